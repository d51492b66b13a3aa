#!/usr/bin/env bash
# Portal benchmark: search and profile pages with 1,000,000 generated profiles, through real HTTP.
#
# Builds nothing: expects target/regiolab.jar (./mvnw -B package -DskipTests). Starts the jar on a
# fresh temp REGIOLAB_DATA_DIR (embedded PostgreSQL with its production settings; demo world on)
# bound to 127.0.0.1, writes PROFILES generated published profiles straight into PostgreSQL with
# bench/portal-generate.sql (psql), rebuilds the search index through the API and times it, then
# runs bench/PortalLoad.java twice with CLIENTS concurrent clients: the search API with a mix of
# queries (broad terms, stems, typos, facets, open now), and profile pages drawn at random from
# 20,000 ids. Each phase warms up for WARMUP_S seconds and is measured for DURATION_S seconds.
#
# Usage:   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/portal.sh
# Knobs:   PROFILES (1000000), CLIENTS (32), WARMUP_S (20), DURATION_S (60), STARTUP_TIMEOUT_S (300),
#          JAR (target/regiolab.jar; a copy keeps a rebuild from replacing the jar under the running app),
#          MODES ("search pages"), LOAD (java or wrk: the load client; wrk with bench/portal.lua needs a
#          fraction of the Java client's CPU, which leaves the app more of the 2 cores), CLIENT_THREADS
#          (wrk's threads, 2; one thread competes less with the app for the cores), JAVA_OPTS (extra JVM options of the app, e.g. a flight recording),
#          DATA_DIR (a data directory kept after the run: a later run on it skips the generation when the
#          profiles are there, and the rebuild when the index holds them all, which saves ~10 minutes)
# Needs:   curl, jq, psql (Debian's postgresql-client), python3; wrk for LOAD=wrk.
# The load client runs on the same machine as the app and competes with it for the CPU. Besides the
# requests per second, it prints the CPU time per request of the app, of PostgreSQL and of itself,
# which says what a request costs even when other work shares the machine.
set -euo pipefail

PROFILES=${PROFILES:-1000000}
CLIENTS=${CLIENTS:-32}
WARMUP_S=${WARMUP_S:-20}
SECONDS_MEASURED=${DURATION_S:-60}
STARTUP_TIMEOUT_S=${STARTUP_TIMEOUT_S:-300}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
HOST=127.0.0.1 # loopback only
ADMIN=bench@example.org:Bench-Passwort-2026

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR=${JAR:-$ROOT/target/regiolab.jar}
[[ -f $JAR ]] || { echo "$JAR not found: run ./mvnw -B package -DskipTests first" >&2; exit 2; }
for tool in curl jq psql python3; do
	command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 2; }
done
unset SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME SPRING_DATASOURCE_PASSWORD REGIOLAB_DEMO

# sourced before WORK, APP_PID and cleanup are set here: it declares its own
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"

MODES=${MODES:-search pages}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/regiolab-bench-portal.XXXXXX")
DATA=${DATA_DIR:-$WORK/data}
APP_PID=""
cleanup() {
	local status=$?
	if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
		kill -TERM "$APP_PID" 2>/dev/null || true
		wait "$APP_PID" 2>/dev/null || true
	fi
	[[ $status -ne 0 && -f $WORK/app.log ]] && tail -n 40 "$WORK/app.log" >&2
	rm -rf -- "$WORK"
}
trap cleanup EXIT

PORT=$(free_port)
BASE=http://$HOST:$PORT
# shellcheck disable=SC2086 # JAVA_OPTS are words
REGIOLAB_DATA_DIR=$DATA PORT=$PORT SERVER_ADDRESS=$HOST \
	REGIOLAB_ADMIN_EMAIL=bench@example.org REGIOLAB_ADMIN_PASSWORD=Bench-Passwort-2026 \
	"$JAVA_HOME/bin/java" ${JAVA_OPTS:-} -jar "$JAR" >"$WORK/app.log" 2>&1 </dev/null &
APP_PID=$!
wait_until_up "$BASE" "$APP_PID" "$STARTUP_TIMEOUT_S"
until [[ $(call -o /dev/null -w '%{http_code}' "$BASE/portal" || true) == 200 ]]; do sleep 0.5; done

PG_PORT=$(sed -n 4p "$DATA/postgres/postmaster.pid")
sql() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -At "$@"; }
organisation=$(sql -c "select id from organisation where name = 'Stadt Bottrop'")

generated_s="(kept from an earlier run)"
if (($(sql -c "select count(*) from portal_profile where published is not null") < PROFILES)); then
	echo "generating $PROFILES profiles in PostgreSQL" >&2
	started=$(now)
	sql -v organisation="$organisation" -v count="$PROFILES" -f "$ROOT/bench/portal-generate.sql" >/dev/null
	generated_s=$(awk -v s="$started" -v e="$(now)" 'BEGIN { printf "%.0f s", e - s }')
fi

index_status() { call -u "$ADMIN" "$BASE/api/v1/portal/search/index"; }
# a start on a kept data directory may be rebuilding already (an index of an older format)
while [[ $(index_status | jq -r .rebuilding) == true ]]; do sleep 2; done
indexed_s="(kept from an earlier run)"
if (($(index_status | jq -r .documents) < PROFILES)); then
	echo "rebuilding the search index" >&2
	started=$(now)
	call --fail-with-body -u "$ADMIN" -X POST "$BASE/api/v1/portal/search/index/rebuild" >/dev/null
	sleep 2
	while [[ $(index_status | jq -r .rebuilding) == true ]]; do sleep 2; done
	indexed_s=$(awk -v s="$started" -v e="$(now)" 'BEGIN { printf "%.0f s", e - s }')
fi
documents=$(index_status | jq -r .documents)
index_mb=$(du -sm "$DATA/portal-index" | cut -f 1)

sql -c "select id from portal_profile where published is not null order by random() limit 20000" >"$WORK/ids.txt"

java_version=$("$JAVA_HOME/bin/java" -version 2>&1 | grep -v '^Picked up' | head -n 1)
echo "## RegioLab portal benchmark"
echo
echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "- command: \`JAVA_HOME=$JAVA_HOME bench/portal.sh\` (LOAD=${LOAD:-java} CLIENT_THREADS=${CLIENT_THREADS:-2} PROFILES=$PROFILES CLIENTS=$CLIENTS WARMUP_S=$WARMUP_S DURATION_S=$SECONDS_MEASURED)"
echo "- JDK: \`$java_version\`"
echo "- machine: $(nproc) cores, $(LC_ALL=C lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1), load average before the load: $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "- jar: sha256 $(sha256sum "$JAR" | cut -c1-16)…"
echo "- generated $PROFILES profiles in ${generated_s}; index rebuilt from PostgreSQL in ${indexed_s}: $documents documents, ${index_mb} MB"
echo
# wrk_phase MODE PHASE SECONDS: one phase from wrk, its RESULT line and a CPU line like PortalLoad's
wrk_phase() {
	local postmaster self=$BASHPID app_before pg_before client_before output requests
	postmaster=$(sed -n 1p "$DATA/postgres/postmaster.pid")
	app_before=$(cpu_seconds "$APP_PID") pg_before=$(cpu_seconds "$postmaster" $(pgrep -P "$postmaster"))
	client_before=$(awk '{ print $16 + $17 }' /proc/$self/stat)
	output=$(MODE=$1 PHASE=$2 wrk -t"${CLIENT_THREADS:-2}" -c"$CLIENTS" -d"$3s" --timeout 70s -s "$ROOT/bench/portal.lua" "$BASE" -- \
		"$1" "$WORK/ids.txt" | grep '^RESULT')
	echo "$output"
	requests=$(field requests "$output")
	# wrk is a child of this shell: its CPU time is added to the shell's cutime and cstime when it ends
	awk -v a="$app_before" -v a2="$(cpu_seconds "$APP_PID")" -v p="$pg_before" \
		-v p2="$(cpu_seconds "$postmaster" $(pgrep -P "$postmaster"))" -v c="$client_before" \
		-v c2="$(awk '{ print $16 + $17 }' /proc/$self/stat)" -v hz="$(getconf CLK_TCK)" -v n="$requests" \
		-v mode="$1" -v phase="$2" 'BEGIN {
			app = (a2 - a) * 1000 / n; pg = (p2 - p) * 1000 / n; client = (c2 - c) * 1000 / hz / n
			printf "CPU mode=%s phase=%s per_request app_ms=%.3f postgres_ms=%.3f client_ms=%.3f all_ms=%.3f two_cores_alone_per_s=%.0f\n",
				mode, phase, app, pg, client, app + pg + client, 2000 / (app + pg + client) }'
}

for mode in $MODES; do
	if [[ ${LOAD:-java} == wrk ]]; then
		output=$(wrk_phase "$mode" warmup "$WARMUP_S"; wrk_phase "$mode" measured "$SECONDS_MEASURED")
	else
		output=$(CPU_PIDS="app:$APP_PID postgres:$(sed -n 1p "$DATA/postgres/postmaster.pid")" \
			"$JAVA_HOME/bin/java" "$ROOT/bench/PortalLoad.java" "$mode" "$BASE" "$CLIENTS" "$WARMUP_S" "$SECONDS_MEASURED" "$WORK/ids.txt")
	fi
	echo "### $mode (load average after: $(cut -d ' ' -f 1-3 /proc/loadavg))"
	echo
	sed 's/^/    /' <<<"$output"
	echo
done
