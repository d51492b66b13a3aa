#!/usr/bin/env bash
# Registration benchmark: many people registering for one event at once, through the real HTTP API.
#
# Builds nothing: expects target/regiolab.jar (./mvnw -B package -DskipTests). Per run it starts the
# jar on a fresh temp REGIOLAB_DATA_DIR (embedded PostgreSQL with its production settings, fsync
# and synchronous_commit on; demo world on) bound to 127.0.0.1 on a free port, waits for
# /actuator/health, creates two public events as the demo coordinator (a warm-up event and the
# measured one, CAPACITY seats each), and runs bench/RegistrationLoad.java: CLIENTS concurrent
# clients (virtual threads, one keep-alive connection each) register anonymously, every request
# with a new email, for WARMUP_S seconds against the warm-up event, then for DURATION_S seconds
# against the measured event. Requests under way when the time is up are finished and counted.
# Afterwards GET /api/v1/events/{id}/statistics must show exactly CAPACITY confirmed, the rest
# waitlisted, and as many registrations as 201 answers; else the script fails.
#
# Usage:   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/registrations.sh [runs]   (default 3)
# Knobs:   CLIENTS (64), WARMUP_S (10), DURATION_S (30), CAPACITY (1000), GOAL_PER_S (1000),
#          STARTUP_TIMEOUT_S (300), EXTRA_APP_ARGS (words passed to the app, e.g. --logging.level.root=WARN)
# Prints one RESULT line per phase and run, a CHECK line per run and a Markdown summary at the end.
# The load client runs on the same machine as the app and competes with it for the CPU.
set -euo pipefail

runs=${1:-3}
CLIENTS=${CLIENTS:-64}
WARMUP_S=${WARMUP_S:-10}
SECONDS_MEASURED=${DURATION_S:-30}
CAPACITY=${CAPACITY:-1000}
GOAL_PER_S=${GOAL_PER_S:-1000}
STARTUP_TIMEOUT_S=${STARTUP_TIMEOUT_S:-300}
read -r -a EXTRA_APP_ARGS <<<"${EXTRA_APP_ARGS:-}"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
HOST=127.0.0.1 # loopback only
COORDINATOR=koordination@demo.regiolab.example:Demo-Koordination-2026

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR=$ROOT/target/regiolab.jar
CLIENT=$ROOT/bench/RegistrationLoad.java

[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "runs must be a positive integer: $runs" >&2; exit 2; }
[[ -f $JAR ]] || { echo "$JAR not found: run ./mvnw -B package -DskipTests first" >&2; exit 2; }
[[ -x $JAVA_HOME/bin/java ]] || { echo "no java in $JAVA_HOME" >&2; exit 2; }
for tool in curl jq python3 awk; do
	command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 2; }
done
# The benchmark is of the embedded database with its demo world: ignore settings that change that.
unset SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME SPRING_DATASOURCE_PASSWORD REGIOLAB_DEMO

WORK=""
APP_PID=""

stop_app() {
	if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
		kill -TERM "$APP_PID" 2>/dev/null || true
		for _ in $(seq 1 120); do
			kill -0 "$APP_PID" 2>/dev/null || break
			sleep 0.5
		done
		kill -0 "$APP_PID" 2>/dev/null && kill -KILL "$APP_PID" 2>/dev/null || true
		wait "$APP_PID" 2>/dev/null || true
	fi
	APP_PID=""
	# An app that was killed hard leaves its embedded PostgreSQL running: stop exactly that server.
	if [[ -n $WORK && -f $WORK/data/postgres/postmaster.pid ]]; then
		local pg_pid
		pg_pid=$(head -n 1 "$WORK/data/postgres/postmaster.pid" || true)
		if [[ $pg_pid =~ ^[0-9]+$ ]] && tr '\0' ' ' <"/proc/$pg_pid/cmdline" 2>/dev/null | grep -qF -- "$WORK/data"; then
			kill -INT "$pg_pid" 2>/dev/null || true
			sleep 2
		fi
	fi
}

cleanup() {
	local status=${1:-$?}
	trap - EXIT INT TERM
	stop_app
	if [[ -n $WORK && -d $WORK ]]; then
		if [[ $status -ne 0 && -f $WORK/app.log ]]; then
			echo "--- last lines of the application log ---" >&2
			tail -n 40 "$WORK/app.log" >&2 || true
		fi
		rm -rf -- "$WORK"
	fi
	exit "$status"
}
trap cleanup EXIT
trap 'cleanup 130' INT
trap 'cleanup 143' TERM

# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"

# create_event BASE TITLE -> id of a new public event 30 days ahead with CAPACITY seats
create_event() {
	local start end
	start=$(TZ=Europe/Berlin date -d '+30 days 09:00' '+%Y-%m-%dT%H:%M:%S%:z')
	end=$(TZ=Europe/Berlin date -d '+30 days 18:00' '+%Y-%m-%dT%H:%M:%S%:z')
	call --fail-with-body -u "$COORDINATOR" -H 'Content-Type: application/json' "$1/api/v1/events" -d "$(jq -n \
		--arg title "$2" --arg starts "$start" --arg ends "$end" --argjson capacity "$CAPACITY" \
		'{title: $title, kind: "NETWORK_MEETING", startsAt: $starts, endsAt: $ends, location: "Berlin",
		  capacity: $capacity, public: true}')" | jq -r .id
}

field() { sed -n "s/.* $1=\\([^ ]*\\).*/\\1/p" <<<"$2"; }   # NAME LINE -> value of NAME=value

java_version=$("$JAVA_HOME/bin/java" -version 2>&1 | grep -v '^Picked up' | head -n 1)
echo "## RegioLab registration benchmark"
echo
echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "- command: \`JAVA_HOME=$JAVA_HOME ${0} $*\` (CLIENTS=$CLIENTS WARMUP_S=$WARMUP_S DURATION_S=$SECONDS_MEASURED CAPACITY=$CAPACITY)"
echo "- JDK: \`$java_version\`; JAVA_TOOL_OPTIONS: \`${JAVA_TOOL_OPTIONS:-(none)}\`"
echo "- machine: $(nproc) cores, $(LC_ALL=C lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1), kernel $(uname -r)"
echo "- jar: sha256 $(sha256sum "$JAR" | cut -c1-16)…"
echo

per_s=() p50=() p95=() p99=()
for ((run = 1; run <= runs; run++)); do
	WORK=$(mktemp -d "${TMPDIR:-/tmp}/regiolab-bench-registrations.XXXXXX")
	PORT=$(free_port)
	BASE=http://$HOST:$PORT
	echo "run $run/$runs: starting RegioLab on $BASE" >&2
	REGIOLAB_DATA_DIR=$WORK/data PORT=$PORT SERVER_ADDRESS=$HOST \
		REGIOLAB_ADMIN_EMAIL=bench@example.org REGIOLAB_ADMIN_PASSWORD=Bench-Passwort-2026 \
		"$JAVA_HOME/bin/java" -jar "$JAR" ${EXTRA_APP_ARGS[@]+"${EXTRA_APP_ARGS[@]}"} >"$WORK/app.log" 2>&1 </dev/null &
	APP_PID=$!
	wait_until_up "$BASE" "$APP_PID" "$STARTUP_TIMEOUT_S"
	# the demo world is loaded by an application runner: wait until the coordinator can sign in
	until [[ $(call -o /dev/null -w '%{http_code}' -u "$COORDINATOR" "$BASE/api/v1/events" || true) == 200 ]]; do
		sleep 0.5
	done
	warmup_event=$(create_event "$BASE" "Lasttest Aufwärmen")
	event=$(create_event "$BASE" "Lasttest Ansturm")
	load=$(cut -d ' ' -f 1-3 /proc/loadavg)
	echo "run $run/$runs: up, load average before the load: $load" >&2

	output=$("$JAVA_HOME/bin/java" "$CLIENT" "$BASE" "$warmup_event" "$event" "$CLIENTS" "$WARMUP_S" "$SECONDS_MEASURED")
	load_after=$(cut -d ' ' -f 1-3 /proc/loadavg)
	measured=$(grep 'phase=measured' <<<"$output")
	echo "### Run $run of $runs (load average before: $load, after: $load_after)"
	echo
	sed 's/^/    /' <<<"$output"

	# What the application says: exactly CAPACITY confirmed, the rest waitlisted, one per 201 answer.
	statistics=$(call --fail-with-body -u "$COORDINATOR" "$BASE/api/v1/events/$event/statistics")
	confirmed=$(jq -r '.confirmed' <<<"$statistics")
	waitlisted=$(jq -r '.waitlisted' <<<"$statistics")
	registered=$(jq -r '.registered' <<<"$statistics")
	created=$(field created "$measured")
	verdict=ok
	if ((confirmed != CAPACITY || registered != created || confirmed + waitlisted != created ||
		$(field failed "$measured") != 0 || $(field existing "$measured") != 0)); then
		verdict=FAILED
	fi
	echo
	echo "    CHECK capacity=$CAPACITY confirmed=$confirmed waitlisted=$waitlisted registered=$registered answered_201=$created -> $verdict"
	echo
	[[ $verdict == ok ]] || { echo "the application's figures do not match the answers" >&2; exit 1; }

	per_s+=("$(field per_s "$measured")") p50+=("$(field p50_ms "$measured")")
	p95+=("$(field p95_ms "$measured")") p99+=("$(field p99_ms "$measured")")
	stop_app
	rm -rf -- "$WORK"
	WORK=""
done

# stats N... -> "median (min–max)" (the median of an even count is the mean of the middle two)
stats() {
	printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
		m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
		if (NR == 1) printf "%g", m; else printf "%g (%g–%g)", m, v[1], v[NR] }'
}
echo "### Summary: median (min–max) of $runs run(s), goal over $GOAL_PER_S registrations/s"
echo
echo "| registrations/s | p50 ms | p95 ms | p99 ms |"
echo "|--:|--:|--:|--:|"
echo "| $(stats "${per_s[@]}") | $(stats "${p50[@]}") | $(stats "${p95[@]}") | $(stats "${p99[@]}") |"
