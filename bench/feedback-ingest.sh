#!/usr/bin/env bash
# Feedback ingest benchmark: many kiosks sending visitors' feedback to one station at once, through
# the real HTTP API (POST /api/v1/stations/{id}/feedback, anonymous).
#
# Builds nothing: expects target/regiolab.jar (./mvnw -B package -DskipTests). Per run it starts the
# jar on a fresh temp REGIOLAB_DATA_DIR (embedded PostgreSQL with its production settings, fsync
# and synchronous_commit on; demo world on) bound to 127.0.0.1 on a free port, with the device's
# burst raised to BURST (REGIOLAB_FEEDBACK_BURST): each load client is one device sending far more
# than a kiosk ever would, and the benchmark measures storing feedback, not refusing it with 429.
# As the demo coordinator it adds two stations to JOSEPHS' themed world »intelligent & digital«
# (a warm-up station and the measured one, each with the single-choice question »nutzung«) and runs
# bench/FeedbackLoad.java: CLIENTS concurrent clients (virtual threads, one keep-alive connection and
# one X-Device-Id each) send feedback with a new id every time, for WARMUP_S seconds to the warm-up
# station, then for DURATION_S seconds to the measured one. Afterwards the station's count in
# GET /api/v1/stations/{id}/feedback/summary (what the database holds) must equal the 201 answers,
# with no other answers; else the script fails.
#
# Usage:   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/feedback-ingest.sh [runs]   (default 3)
# Knobs:   CLIENTS (64), WARMUP_S (60: the JIT needs about that long on 2 cores shared with the client), DURATION_S (30), BURST (1000000), GOAL_PER_S (2000),
#          STARTUP_TIMEOUT_S (300), EXTRA_APP_ARGS (words passed to the app, e.g. --logging.level.root=WARN),
#          JAR (target/regiolab.jar; another build to compare), LOAD (java or wrk: the load client)
# Prints one RESULT line per phase and run, a CHECK line per run and a Markdown summary at the end.
# The load client runs on the same machine as the app and competes with it for the CPU.
set -euo pipefail

runs=${1:-3}
CLIENTS=${CLIENTS:-64}
WARMUP_S=${WARMUP_S:-60}
SECONDS_MEASURED=${DURATION_S:-30}
GOAL_PER_S=${GOAL_PER_S:-2000}
STARTUP_TIMEOUT_S=${STARTUP_TIMEOUT_S:-300}
read -r -a EXTRA_APP_ARGS <<<"${EXTRA_APP_ARGS:-}"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export REGIOLAB_FEEDBACK_BURST=${BURST:-1000000}

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR=${JAR:-$ROOT/target/regiolab.jar}
# LOAD=wrk sends the same feedback from wrk (bench/feedback-ingest.lua), which needs a fraction of
# the CPU the Java client needs, so that the app has more of the two cores to itself
if [[ ${LOAD:-java} == wrk ]]; then CLIENT=$ROOT/bench/feedback-ingest.lua; else CLIENT=$ROOT/bench/FeedbackLoad.java; fi

# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"

[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "runs must be a positive integer: $runs" >&2; exit 2; }
if [[ $CLIENT == *.lua ]]; then check_prerequisites wrk; else check_prerequisites; fi
# The benchmark is of the embedded database with its demo world: ignore settings that change that.
unset SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME SPRING_DATASOURCE_PASSWORD REGIOLAB_DEMO
trap_cleanup

# demo_world BASE -> id of JOSEPHS' themed world »intelligent & digital« in the demo world
demo_world() {
	local lab
	lab=$(call --fail-with-body -u "$COORDINATOR" "$1/api/v1/labs?q=JOSEPHS" | jq -r '.items[0].id')
	call --fail-with-body -u "$COORDINATOR" "$1/api/v1/labs/$lab/themed-worlds" |
		jq -r '.[] | select(.title == "intelligent & digital") | .id'
}

# create_station BASE WORLD NAME -> id of a new station with the question the load client answers
create_station() {
	call --fail-with-body -u "$COORDINATOR" -H 'Content-Type: application/json' \
		"$1/api/v1/themed-worlds/$2/stations" -d "$(jq -n --arg name "$3" \
		'{name: $name, prototype: "Ein Prototyp unter Last",
		  questions: [{key: "nutzung", text: "Würden Sie es nutzen?", kind: "SINGLE_CHOICE",
		               options: ["Ja", "Vielleicht", "Nein"]}]}')" | jq -r .id
}

print_header "RegioLab feedback ingest benchmark" "JAVA_HOME=$JAVA_HOME ${0} $*" \
	"LOAD=${LOAD:-java} CLIENTS=$CLIENTS WARMUP_S=$WARMUP_S DURATION_S=$SECONDS_MEASURED REGIOLAB_FEEDBACK_BURST=$REGIOLAB_FEEDBACK_BURST"

prepare() {
	local world
	world=$(demo_world "$1")
	[[ $world =~ ^[0-9a-f-]{36}$ ]] || { echo "no themed world »intelligent & digital« in the demo world" >&2; exit 1; }
	echo "$(create_station "$1" "$world" "Lasttest Aufwärmen") $(create_station "$1" "$world" "Lasttest Ansturm")"
}

# What the database holds: one feedback per 201 answer, and no answer other than 201. wrk stops at its
# deadline without waiting for the answers under way, one per connection: those feedbacks may be
# stored without their 201 having been counted.
verify() {
	local summary stored histogram created cut_off=0 verdict=ok
	summary=$(call --fail-with-body -u "$COORDINATOR" "$1/api/v1/stations/$2/feedback/summary")
	stored=$(jq -r '.count' <<<"$summary")
	histogram=$(jq -r '[.ratingHistogram[]] | add' <<<"$summary")
	created=$(field created "$3")
	[[ $CLIENT == *.lua ]] && cut_off=$CLIENTS
	if ((stored < created || stored > created + cut_off || histogram != stored || $(field failed "$3") != 0 ||
		$(field existing "$3") != 0)); then
		verdict=FAILED
	fi
	echo "CHECK stored=$stored rating_histogram_sum=$histogram answered_201=$created cut_off_at_most=$cut_off -> $verdict"
	[[ $verdict == ok ]]
}

load_runs feedback "$runs" "$CLIENT" feedback "$GOAL_PER_S"
