#!/usr/bin/env bash
# The portal's Lucene search measured in-process, without HTTP and PostgreSQL: builds an index of
# DOCS generated businesses in a temporary folder and lets THREADS threads search a fixed mix of
# queries for SECONDS seconds after a warm-up (src/test/java/…/portal/search/LuceneSearchMeasurement.java).
#
# Usage:   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/portal-lucene.sh [DOCS] [THREADS] [SECONDS]
#          [INDEX_DIR] (defaults 1000000 32 30, a temporary index); with INDEX_DIR the index is kept
#          there and the next run with as many documents skips building it. Compiles first.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
cd "$ROOT"
./mvnw -B -q test-compile
classpath=$(./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=compile)
"$JAVA_HOME/bin/java" -Xmx2g --enable-native-access=ALL-UNNAMED -cp "target/classes:target/test-classes:$classpath" \
	org.regiolab.portal.search.LuceneSearchMeasurement "${1:-1000000}" "${2:-32}" "${3:-30}" ${4:+"$4"}
