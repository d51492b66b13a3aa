#!/usr/bin/env bash
# Import benchmark: 50,000 organisation rows through the real application, over loopback HTTP only.
#
# Builds target/regiolab.jar if it is missing, starts RegioLab on a fresh data directory and a free
# port on 127.0.0.1, then times two imports of 50,000 different organisations each:
#   cold  - the first import after start-up (JIT not warmed up for the import path)
#   warm  - a second import of other rows on the same running app
# Wall time runs from just before the POST until GET /api/v1/imports/{id} reports DONE (polled every
# 200 ms). Each run must create every row with no errors and no duplicates, else the script fails.
#
# Usage: bench/import-50k.sh            (JAVA_HOME defaults to the JDK 25 the figures are taken with)
#        ROWS=5000 bench/import-50k.sh  (a quick smoke run)
#        EXTRA_APP_ARGS='--spring.datasource.hikari.data-source-properties.reWriteBatchedInserts=true' \
#            bench/import-50k.sh         (try a configuration; words are passed to the app as arguments)
# Prints one "RESULT" line per run, e.g.
#   RESULT run=cold rows=50000 seconds=13.55 rows_per_s=3690 goal=60s verdict=within load1_before=0.42
set -euo pipefail

ROWS=${ROWS:-50000}
GOAL_SECONDS=${GOAL_SECONDS:-60}
IMPORT_TIMEOUT_SECONDS=${IMPORT_TIMEOUT_SECONDS:-900}
STARTUP_TIMEOUT_SECONDS=${STARTUP_TIMEOUT_SECONDS:-300}
read -r -a EXTRA_APP_ARGS <<<"${EXTRA_APP_ARGS:-}"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
ADMIN_EMAIL=bench@example.org
ADMIN_PASSWORD=Bench-Passwort-2026
HOST=127.0.0.1 # loopback only: this benchmark never talks to any other address

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR="$ROOT/target/regiolab.jar"

WORK=""
APP_PID=""

cleanup() {
	local status=${1:-$?}
	trap - EXIT INT TERM
	if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
		echo "Stopping RegioLab (pid $APP_PID)" >&2
		kill -TERM "$APP_PID" 2>/dev/null || true
		for _ in $(seq 1 60); do
			kill -0 "$APP_PID" 2>/dev/null || break
			sleep 0.5
		done
		if kill -0 "$APP_PID" 2>/dev/null; then
			kill -KILL "$APP_PID" 2>/dev/null || true
		fi
		wait "$APP_PID" 2>/dev/null || true
	fi
	# An app that was killed hard leaves its embedded PostgreSQL running: stop exactly that server.
	if [[ -n "$WORK" && -f "$WORK/data/postgres/postmaster.pid" ]]; then
		local pg_pid
		pg_pid=$(head -n 1 "$WORK/data/postgres/postmaster.pid" || true)
		if [[ "$pg_pid" =~ ^[0-9]+$ ]] && kill -0 "$pg_pid" 2>/dev/null; then
			kill -TERM "$pg_pid" 2>/dev/null || true
			sleep 2
		fi
	fi
	if [[ -n "$WORK" && -d "$WORK" ]]; then
		if [[ $status -ne 0 && -f "$WORK/app.log" ]]; then
			echo "--- last lines of the application log ---" >&2
			tail -n 40 "$WORK/app.log" >&2 || true
		fi
		rm -rf "$WORK"
	fi
	exit "$status"
}
trap cleanup EXIT
trap 'cleanup 130' INT
trap 'cleanup 143' TERM

# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"

# Writes a semicolon-separated CSV of $1 organisations numbered from $2 on: realistic German names
# with umlauts and ß, unique per postal code (the running number is part of every name).
generate_csv() {
	local rows=$1 first=$2 seed=$3 file=$4
	python3 - "$rows" "$first" "$seed" >"$file" <<'PYTHON'
import random
import sys

rows, first, seed = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
rnd = random.Random(seed)
trades = [("Bäckerei", "Handwerksbetrieb"), ("Metzgerei", "Handwerksbetrieb"), ("Schreinerei", "Handwerksbetrieb"),
          ("Elektro", "Handwerksbetrieb"), ("Sanitär", "Handwerksbetrieb"), ("Dachdeckerei", "Handwerksbetrieb"),
          ("Malerbetrieb", "Handwerksbetrieb"), ("Kfz-Werkstatt", "Handwerksbetrieb"), ("Gärtnerei", "Unternehmen"),
          ("Ingenieurbüro", "Unternehmen"), ("Steuerberatung", "Unternehmen"), ("Logistik", "Unternehmen"),
          ("Softwarehaus", "Unternehmen"), ("Maschinenbau", "Unternehmen"), ("Brauerei", "Unternehmen")]
families = ["Müller", "Schäfer", "Köhler", "Böhm", "Günther", "Krüger", "Jäger", "Schröder", "Möller", "Weiß",
            "Groß", "Fuchs", "Schmidt", "Becker", "Hoffmann", "Schulz", "Wagner", "Koch", "Straßburger", "Öztürk"]
legal_forms = ["GmbH", "GmbH & Co. KG", "e.K.", "KG", "OHG", "AG", ""]
# official district key, town, first three digits of its postal codes
places = [("05512", "Bottrop", "462"), ("05513", "Gelsenkirchen", "458"), ("05913", "Dortmund", "441"),
          ("09564", "Nürnberg", "904"), ("11000", "Berlin", "101"), ("05315", "Köln", "506"),
          ("09162", "München", "803"), ("02000", "Hamburg", "204")]
out = sys.stdout
out.write("Firma;Art;PLZ;Ort;AGS;Internet\n")
for number in range(first, first + rows):
    trade, kind = rnd.choice(trades)
    legal_form = rnd.choice(legal_forms)
    district, town, postal_prefix = rnd.choice(places)
    name = f"{trade} {rnd.choice(families)} {number}" + (f" {legal_form}" if legal_form else "")
    out.write(f"{name};{kind};{postal_prefix}{rnd.randrange(100):02d};{town};{district};www.example-{number}.de\n")
PYTHON
}

# Submits $2 and waits for the job to finish; prints one RESULT line and fails unless every row was created.
run_import() {
	local label=$1 file=$2 base=$3
	local response id status job start end seconds load_before
	# other work on the machine skews the figures: the 1-minute load average tells of it
	load_before=$(cut -d' ' -f1 /proc/loadavg)
	start=$(now)
	response=$(call --fail-with-body -u "$ADMIN_EMAIL:$ADMIN_PASSWORD" \
		-F "file=@$file;type=text/csv" -F kind=organizations "$base/api/v1/imports")
	id=$(jq -r .id <<<"$response")
	if [[ -z "$id" || "$id" == null ]]; then
		echo "No import id in: $response" >&2
		return 1
	fi
	while :; do
		job=$(call --fail-with-body -u "$ADMIN_EMAIL:$ADMIN_PASSWORD" "$base/api/v1/imports/$id")
		status=$(jq -r .status <<<"$job")
		if [[ "$status" == DONE || "$status" == FAILED ]]; then
			break
		fi
		if (($(date +%s) - ${start%.*} > IMPORT_TIMEOUT_SECONDS)); then
			echo "Import $label not finished after ${IMPORT_TIMEOUT_SECONDS}s: $(jq -c 'del(.errors, .duplicates)' <<<"$job")" >&2
			return 1
		fi
		sleep 0.2
	done
	end=$(now)
	seconds=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }')
	local created errors duplicates
	created=$(jq -r .created <<<"$job")
	errors=$(jq -r '.errors | length' <<<"$job")
	duplicates=$(jq -r '.duplicates | length' <<<"$job")
	if [[ "$status" != DONE || "$created" != "$ROWS" || "$errors" != 0 || "$duplicates" != 0 ]]; then
		echo "Import $label: status $status, created $created of $ROWS, $errors errors, $duplicates duplicates" >&2
		jq -c '{errors: .errors[:5], duplicates: .duplicates[:5]}' <<<"$job" >&2
		return 1
	fi
	local verdict=within
	if awk -v s="$seconds" -v g="$GOAL_SECONDS" 'BEGIN { exit !(s >= g) }'; then
		verdict=OVER
	fi
	echo "RESULT run=$label rows=$created seconds=$seconds rows_per_s=$(awk -v n="$created" -v s="$seconds" \
		'BEGIN { printf "%.0f", n / s }') goal=${GOAL_SECONDS}s verdict=$verdict load1_before=$load_before"
}

for tool in curl jq python3 awk; do
	command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 1; }
done
if [[ ! -f "$JAR" ]]; then
	echo "Building $JAR" >&2
	(cd "$ROOT" && ./mvnw -B -q -o package -DskipTests)
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/regiolab-bench-import.XXXXXX")
PORT=$(free_port)
BASE="http://$HOST:$PORT"

echo "Generating 2 x $ROWS rows" >&2
generate_csv "$ROWS" 1000000 1 "$WORK/cold.csv"
generate_csv "$ROWS" 2000000 2 "$WORK/warm.csv"
echo "CSV size: $(du -h "$WORK/cold.csv" | cut -f1) each" >&2

echo "Starting RegioLab on $BASE with $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)" >&2
REGIOLAB_DATA_DIR="$WORK/data" PORT="$PORT" SERVER_ADDRESS="$HOST" \
	REGIOLAB_ADMIN_EMAIL="$ADMIN_EMAIL" REGIOLAB_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
	"$JAVA_HOME/bin/java" -jar "$JAR" ${EXTRA_APP_ARGS[@]+"${EXTRA_APP_ARGS[@]}"} >"$WORK/app.log" 2>&1 &
APP_PID=$!

wait_until_up "$BASE" "$APP_PID" "$STARTUP_TIMEOUT_SECONDS"

run_import cold "$WORK/cold.csv" "$BASE"
run_import warm "$WORK/warm.csv" "$BASE"
