#!/bin/sh
# The matchmaking figures of docs/benchmarks.md. Usage: bench/matchmaking.sh [repeats]
set -e
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
"$JAVA" -version 2>&1 | head -1
"$JAVA" -Xmx4g -cp target/classes:target/test-classes org.regiolab.matchmaking.MatchmakingBench "${1:-5}"
