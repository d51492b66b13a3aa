#!/bin/sh
# The matchmaking figures of docs/benchmarks.md: what the solver's and the greedy's schedules reach
# against the upper bound, then their times with JMH (built only with -Pbench).
# Usage: bench/matchmaking.sh [JMH options], e.g. -wi 1 -i 2 for a shorter run
set -e
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbench test-compile dependency:build-classpath -Dmdep.includeScope=test \
	-Dmdep.outputFile=target/bench/classpath.txt
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
CP="target/bench/test-classes:target/bench/classes:$(cat target/bench/classpath.txt)"
"$JAVA" -version 2>&1 | head -1
"$JAVA" -Xmx4g -cp "$CP" org.regiolab.matchmaking.ScheduleQuality
"$JAVA" -cp "$CP" org.openjdk.jmh.Main 'org.regiolab.matchmaking.MatchmakingBenchmark' "$@"
