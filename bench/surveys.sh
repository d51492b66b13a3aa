#!/usr/bin/env bash
# Surveys benchmark (issue 17): the live results of a survey with 30 questions and 10,000 responses,
# unfiltered and filtered, and whole responses taken at 64 clients, through the real HTTP API.
#
# Builds nothing: expects target/regiolab.jar (./mvnw -B package -DskipTests). Per run it starts the
# jar on a fresh temp REGIOLAB_DATA_DIR (embedded PostgreSQL with its production settings, fsync and
# synchronous_commit on; demo world on; virtual threads on, as the app's properties have it) bound to
# 127.0.0.1, with Tomcat's access log on (each request's server time, %D in microseconds). As the demo
# coordinator it makes an API token and creates a survey of the Wirtschaftsallianz Bottrop with the 30
# questions of SPEC (single and multiple choice, matrix, 0–10 scale, number, short and long text,
# ranking, yes/no) on five pages, then writes RESPONSES responses with their answer rows and OPEN open
# invitations with known links straight into PostgreSQL (bench/surveys-generate.sql, psql).
#
# Results: bench/SurveyLoad.java (MODE=results) asks GET /api/v1/surveys/{id}/results in a closed loop,
# for each of the FILTERS (none; one sector, a fifth of the responses; a cross-tabulation by an option
# of q01) with 1 and then 8 clients, DURATION_RESULTS_S each, after RESULTS_WARMUP_S of warm-up at 1
# clients (the first filter only). Server time: the access log's %D of the measured requests.
# Answers: bench/SurveyLoad.java (MODE=answers) posts whole responses (an answer to each of the 30
# questions) to POST /api/v1/survey-responses/{token} from CLIENTS clients, every request with a link
# of its own, for WARMUP_S seconds, then DURATION_S seconds measured. Afterwards the survey must hold
# RESPONSES + as many responses as 201 answers, and no answer may be other than 201; else the script fails.
#
# Usage:   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/surveys.sh [runs]   (default 3)
# Knobs:   RESPONSES (10000), OPEN (70000), CLIENTS (64), WARMUP_S (20), DURATION_S (40),
#          RESULTS_WARMUP_S (20), DURATION_RESULTS_S (15), STARTUP_TIMEOUT_S (300), MODES ("results answers"),
#          EXTRA_APP_ARGS (words passed to the app), JAR (target/regiolab.jar; another build to compare)
# Needs:   curl, jq, psql (Debian's postgresql-client), python3, awk.
# The load client runs on the same machine as the app and competes with it for the CPU.
set -euo pipefail

runs=${1:-3}
RESPONSES=${RESPONSES:-10000}
OPEN=${OPEN:-70000}
CLIENTS=${CLIENTS:-64}
WARMUP_S=${WARMUP_S:-20}
SECONDS_MEASURED=${DURATION_S:-40}
RESULTS_WARMUP_S=${RESULTS_WARMUP_S:-20}
DURATION_RESULTS_S=${DURATION_RESULTS_S:-15}
STARTUP_TIMEOUT_S=${STARTUP_TIMEOUT_S:-300}
MODES=${MODES:-results answers}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR=${JAR:-$ROOT/target/regiolab.jar}
CLIENT=$ROOT/bench/SurveyLoad.java
PREFIX=u_bench_

# The questions: key:TYPE:options:rows:other (a matrix's options are its steps). One source for the
# survey's definition, the generated answers and the load client's responses.
SPEC=q01:SINGLE_CHOICE:5:0:false,q02:NUMBER:0:0:false,q03:YES_NO:0:0:false,q04:MULTIPLE_CHOICE:8:0:true
SPEC+=,q05:SCALE:0:0:false,q06:MATRIX:5:5:false,q07:SINGLE_CHOICE:4:0:false,q08:MULTIPLE_CHOICE:6:0:false
SPEC+=,q09:SHORT_TEXT:0:0:false,q10:RANKING:5:0:false,q11:YES_NO:0:0:false,q12:SCALE:0:0:false
SPEC+=,q13:SINGLE_CHOICE:6:0:true,q14:NUMBER:0:0:false,q15:MATRIX:5:4:false,q16:LONG_TEXT:0:0:false
SPEC+=,q17:YES_NO:0:0:false,q18:MULTIPLE_CHOICE:7:0:false,q19:SCALE:0:0:false,q20:SINGLE_CHOICE:3:0:false
SPEC+=,q21:MATRIX:5:6:false,q22:RANKING:4:0:false,q23:SHORT_TEXT:0:0:false,q24:YES_NO:0:0:false
SPEC+=,q25:MULTIPLE_CHOICE:6:0:false,q26:SCALE:0:0:false,q27:NUMBER:0:0:false,q28:SINGLE_CHOICE:4:0:false
SPEC+=,q29:LONG_TEXT:0:0:false,q30:YES_NO:0:0:false
export SPEC
# name=query of each results filter
FILTERS=("none=" "sector=sector=62" "crosstab=question=q01&option=0")

# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"

[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "runs must be a positive integer: $runs" >&2; exit 2; }
check_prerequisites psql
unset SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME SPRING_DATASOURCE_PASSWORD REGIOLAB_DEMO
trap_cleanup
# each request's server time from Tomcat's access log (%D: microseconds), in a directory of its own
ACCESS=$(mktemp -d "${TMPDIR:-/tmp}/regiolab-bench-surveys-log.XXXXXX")
trap 'status=$?; rm -rf -- "$ACCESS"; cleanup $status' EXIT
trap 'rm -rf -- "$ACCESS"; cleanup 130' INT
trap 'rm -rf -- "$ACCESS"; cleanup 143' TERM
read -r -a EXTRA_APP_ARGS <<<"${EXTRA_APP_ARGS:-}"
EXTRA_APP_ARGS+=(--server.tomcat.accesslog.enabled=true "--server.tomcat.accesslog.directory=$ACCESS"
	--server.tomcat.accesslog.prefix=access --server.tomcat.accesslog.suffix=.log --server.tomcat.accesslog.rotate=false
	--server.tomcat.accesslog.file-date-format= --server.tomcat.accesslog.buffered=false
	"--server.tomcat.accesslog.pattern=%D %s %m %U%q")

# the survey's definition as the API takes it: five pages of six questions
definition() {
	python3 - "$SPEC" <<'EOF'
import json, sys
pages = []
for n, spec in enumerate(sys.argv[1].split(',')):
    key, kind, options, rows, other = spec.split(':')
    question = {'key': key, 'type': kind, 'text': {'de': f'Frage {n + 1} ({kind.lower()})'}, 'required': False,
                'other': other == 'true'}
    if kind == 'MATRIX':
        question['options'] = [{'de': f'Stufe {i + 1}'} for i in range(int(options))]
        question['rows'] = [{'de': f'Bereich {i + 1}'} for i in range(int(rows))]
    elif int(options):
        question['options'] = [{'de': f'Antwort {i + 1}'} for i in range(int(options))]
    if kind == 'NUMBER':
        question.update(min=0, max=100000, unit='Beschäftigte')
    if n % 6 == 0:
        pages.append({'title': {'de': f'Teil {n // 6 + 1}'}, 'questions': []})
    pages[-1]['questions'].append(question)
print(json.dumps({'pages': pages}))
EOF
}

# percentiles FILE -> "n=… p50_ms=… p95_ms=… p99_ms=… max_ms=…" of the microseconds in FILE (nearest rank)
percentiles() {
	sort -g "$1" | awk '{ v[NR] = $1 } END {
		printf "n=%d", NR
		split("50 95 99 100", p, " "); split("p50 p95 p99 max", name, " ")
		for (i = 1; i <= 4; i++) { r = p[i] * NR / 100; r = r == int(r) ? r : int(r) + 1
			printf " %s_ms=%.1f", name[i], v[r < 1 ? 1 : r] / 1000 }
		printf "\n" }'
}

print_header "RegioLab surveys benchmark" "JAVA_HOME=$JAVA_HOME ${0} $*" \
	"RESPONSES=$RESPONSES OPEN=$OPEN CLIENTS=$CLIENTS WARMUP_S=$WARMUP_S DURATION_S=$SECONDS_MEASURED RESULTS_WARMUP_S=$RESULTS_WARMUP_S DURATION_RESULTS_S=$DURATION_RESULTS_S"

declare -A server_p50 client_p50 client_per_s
answers_per_s=() responses_per_s=() p50=() p99=()
for ((run = 1; run <= runs; run++)); do
	port=$(free_port)
	base=http://127.0.0.1:$port
	echo "run $run/$runs: starting RegioLab on $base" >&2
	rm -f -- "$ACCESS/access.log"
	start_app surveys "$port"
	wait_until_up "$base" "$APP_PID" "$STARTUP_TIMEOUT_S"
	wait_for_demo_world "$base"

	pg_port=$(sed -n 4p "$WORK/data/postgres/postmaster.pid")
	sql() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -v ON_ERROR_STOP=1 -At "$@"; }
	alliance=$(sql -c "select id from alliance order by name <> 'Wirtschaftsallianz Bottrop', name limit 1")
	bearer=$(call --fail-with-body -u "$COORDINATOR" -H 'Content-Type: application/json' "$base/api/v1/me/tokens" \
		-d '{"name":"Lasttest Umfragen"}' | jq -r .token)
	survey=$(call --fail-with-body -H "Authorization: Bearer $bearer" -H 'Content-Type: application/json' "$base/api/v1/surveys" \
		-d "$(jq -n --arg alliance "$alliance" --argjson definition "$(definition)" \
		'{allianceId: $alliance, title: {de: "Unternehmensbefragung Zukunftsplan (Lasttest)"}, definition: $definition}')" | jq -r .id)
	[[ $survey =~ ^[0-9a-f-]{36}$ ]] || { echo "no survey created: $survey" >&2; exit 1; }
	started=$(now)
	sql -v survey="$survey" -v spec="$SPEC" -v responses="$RESPONSES" -v open="$OPEN" -v prefix="$PREFIX" \
		-f "$ROOT/bench/surveys-generate.sql" | tail -n 1 >"$WORK/generated.txt"
	generated_s=$(awk -v s="$started" -v e="$(now)" 'BEGIN { printf "%.0f", e - s }')
	IFS='|' read -r responses answer_rows links <"$WORK/generated.txt"
	seq -f "${PREFIX}%.0f" 1 "$OPEN" >"$WORK/tokens.txt"
	echo "### Run $run of $runs"
	echo
	echo "    survey $survey: generated $responses responses, $answer_rows answer rows, $links open links in ${generated_s} s"

	if [[ " $MODES " == *" results "* ]]; then
		warmup=$RESULTS_WARMUP_S
		for filter in "${FILTERS[@]}"; do
			name=${filter%%=*} query=${filter#*=}
			for clients in 1 8; do
				load=$(cut -d ' ' -f 1-3 /proc/loadavg)
				# a warm-up phase only before the first measurement (1 client, the first filter)
				output=$(MODE=results BEARER=$bearer "$JAVA_HOME/bin/java" "$CLIENT" "$base" "$survey/results${query:+?$query}" \
					"$survey/results${query:+?$query}" "$clients" "$((clients == 8 ? 0 : warmup))" "$DURATION_RESULTS_S" | grep 'phase=measured')
				warmup=0
				grep -F "phase=measured-$clients" "$ACCESS/access.log" | grep -F "/results" | grep -F " 200 GET " |
					grep -F -- "$query" | cut -d ' ' -f 1 >"$WORK/server-$name-$clients.txt"
				# the query of "none" is empty and matches every filter: only requests without a filter count
				if [[ -z $query ]]; then
					grep -F "phase=measured-$clients" "$ACCESS/access.log" | grep -F '/results?phase=' | grep -F " 200 GET " |
						cut -d ' ' -f 1 >"$WORK/server-$name-$clients.txt"
				fi
				server=$(percentiles "$WORK/server-$name-$clients.txt")
				per_s=$(awk -v n="$(field existing "$output")" -v s="$(field seconds "$output")" 'BEGIN { printf "%.1f", n / s }')
				echo "    results filter=$name clients=$clients (load average before: $load) requests_per_s=$per_s"
				echo "      client: $(grep -o 'p50_ms=.*' <<<"$output")"
				echo "      server (access log): $server"
				(($(field failed "$output") == 0)) || { echo "results requests failed" >&2; exit 1; }
				server_p50[$name-$clients]+="$(field p50_ms "$server") "
				client_p50[$name-$clients]+="$(field p50_ms "$output") "
				client_per_s[$name-$clients]+="$per_s "
			done
		done
		call --fail-with-body -H "Authorization: Bearer $bearer" "$base/api/v1/surveys/$survey/results?sector=62" |
			jq -c '{responses, questions: (.questions | length), themes: [.questions[] | .themes | length] | add}' | sed 's/^/    results of sector 62: /'
	fi

	if [[ " $MODES " == *" answers "* ]]; then
		load=$(cut -d ' ' -f 1-3 /proc/loadavg)
		app_cpu=$(cpu_seconds "$APP_PID") postgres_cpu=$(cpu_seconds $(postgres_pids))
		half=$((OPEN * 2 / 7))
		output=$(MODE=answers TOKENS=$WORK/tokens.txt "$JAVA_HOME/bin/java" "$CLIENT" "$base" "1-$half" "$((half + 1))-$OPEN" \
			"$CLIENTS" "$WARMUP_S" "$SECONDS_MEASURED")
		load_after=$(cut -d ' ' -f 1-3 /proc/loadavg)
		app_cpu=$(awk -v a="$app_cpu" -v b="$(cpu_seconds "$APP_PID")" 'BEGIN { printf "%.1f", b - a }')
		postgres_cpu=$(awk -v a="$postgres_cpu" -v b="$(cpu_seconds $(postgres_pids))" 'BEGIN { printf "%.1f", b - a }')
		created=$(grep -o ' created=[0-9]*' <<<"$output" | awk -F= '{ n += $2 } END { print n }')
		measured=$(grep 'phase=measured' <<<"$output")
		questions=$(tr ',' '\n' <<<"$SPEC" | wc -l)
		echo "    answers (load average before: $load, after: $load_after), $questions answers per response:"
		sed 's/^/      /' <<<"$output"
		echo "      answers_per_s=$(awk -v r="$(field per_s "$measured")" -v q="$questions" 'BEGIN { printf "%.0f", r * q }')" \
			"CPU per response app_ms=$(awk -v a="$app_cpu" -v n="$created" 'BEGIN { printf "%.2f", a * 1000 / n }')" \
			"postgres_ms=$(awk -v a="$postgres_cpu" -v n="$created" 'BEGIN { printf "%.2f", a * 1000 / n }') over both phases"
		stored=$(sql -c "select count(*) from survey_response where survey = '$survey'")
		verdict=ok
		if ((stored != responses + created)) || (($(grep -o ' failed=[0-9]*' <<<"$output" | awk -F= '{ n += $2 } END { print n }') != 0)) ||
			(($(grep -o ' existing=[0-9]*' <<<"$output" | awk -F= '{ n += $2 } END { print n }') != 0)); then
			verdict=FAILED
		fi
		echo "      CHECK stored=$stored generated=$responses answered_201=$created -> $verdict"
		[[ $verdict == ok ]] || { echo "what the app stored does not match the answers" >&2; exit 1; }
		responses_per_s+=("$(field per_s "$measured")")
		answers_per_s+=("$(awk -v r="$(field per_s "$measured")" -v q="$questions" 'BEGIN { printf "%.0f", r * q }')")
		p50+=("$(field p50_ms "$measured")") p99+=("$(field p99_ms "$measured")")
	fi
	echo
	discard_app
done

echo "### Summary: median (min–max) of $runs run(s)"
echo
if [[ " $MODES " == *" results "* ]]; then
	echo "| results filter | clients | server p50 ms | client p50 ms | requests/s |"
	echo "|---|--:|--:|--:|--:|"
	for filter in "${FILTERS[@]}"; do
		for clients in 1 8; do
			key=${filter%%=*}-$clients
			# shellcheck disable=SC2086 # the values are words
			echo "| ${filter%%=*} | $clients | $(stats ${server_p50[$key]}) | $(stats ${client_p50[$key]}) | $(stats ${client_per_s[$key]}) |"
		done
	done
	echo
fi
if [[ " $MODES " == *" answers "* ]]; then
	echo "| responses/s | answers/s | p50 ms | p99 ms |"
	echo "|--:|--:|--:|--:|"
	echo "| $(stats "${responses_per_s[@]}") | $(stats "${answers_per_s[@]}") | $(stats "${p50[@]}") | $(stats "${p99[@]}") |"
fi
