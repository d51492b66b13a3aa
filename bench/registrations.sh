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
#          STARTUP_TIMEOUT_S (300), EXTRA_APP_ARGS (words passed to the app, e.g. --logging.level.root=WARN),
#          JAR (target/regiolab.jar; another build to compare)
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

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR=${JAR:-$ROOT/target/regiolab.jar}
CLIENT=$ROOT/bench/RegistrationLoad.java

# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"

[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "runs must be a positive integer: $runs" >&2; exit 2; }
check_prerequisites
# The benchmark is of the embedded database with its demo world: ignore settings that change that.
unset SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME SPRING_DATASOURCE_PASSWORD REGIOLAB_DEMO
trap_cleanup

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

print_header "RegioLab registration benchmark" \
	"JAVA_HOME=$JAVA_HOME ${0} $*" "CLIENTS=$CLIENTS WARMUP_S=$WARMUP_S DURATION_S=$SECONDS_MEASURED CAPACITY=$CAPACITY"

prepare() {
	echo "$(create_event "$1" "Lasttest Aufwärmen") $(create_event "$1" "Lasttest Ansturm")"
}

# What the application says: exactly CAPACITY confirmed, the rest waitlisted, one per 201 answer.
verify() {
	local statistics confirmed waitlisted registered created verdict=ok
	statistics=$(call --fail-with-body -u "$COORDINATOR" "$1/api/v1/events/$2/statistics")
	confirmed=$(jq -r '.confirmed' <<<"$statistics")
	waitlisted=$(jq -r '.waitlisted' <<<"$statistics")
	registered=$(jq -r '.registered' <<<"$statistics")
	created=$(field created "$3")
	if ((confirmed != CAPACITY || registered != created || confirmed + waitlisted != created ||
		$(field failed "$3") != 0 || $(field existing "$3") != 0)); then
		verdict=FAILED
	fi
	echo "CHECK capacity=$CAPACITY confirmed=$confirmed waitlisted=$waitlisted registered=$registered answered_201=$created -> $verdict"
	[[ $verdict == ok ]]
}

load_runs registrations "$runs" "$CLIENT" registrations "$GOAL_PER_S"
