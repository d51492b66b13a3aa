# Helpers shared by the benchmarks that drive a running RegioLab over loopback HTTP; source it.

now() { date +%s.%N; }

# curl to the app only: never through a proxy, never hanging.
call() { curl -sS --noproxy '*' --max-time 120 "$@"; }

free_port() {
	python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# wait_until_up BASE PID TIMEOUT_S: waits until /actuator/health answers UP; fails if the process
# exits first or the time runs out.
wait_until_up() {
	local base=$1 pid=$2 timeout_s=$3 started
	started=$(now)
	until call -f --max-time 5 "$base/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
		kill -0 "$pid" 2>/dev/null || { echo "RegioLab exited during start-up" >&2; return 1; }
		if (($(date +%s) - ${started%.*} > timeout_s)); then
			echo "RegioLab not up after ${timeout_s}s" >&2
			return 1
		fi
		sleep 0.5
	done
	echo "RegioLab up after $(awk -v s="$started" -v e="$(now)" 'BEGIN { printf "%.1f", e - s }') s (pid $pid)" >&2
}

# --- One RegioLab at a time on a fresh data directory ----------------------------------------------
# The functions below share the state of the running app in WORK (its temp directory) and APP_PID;
# the sourcing script sets JAVA_HOME, JAR and (optionally) the array EXTRA_APP_ARGS and calls
# trap_cleanup once.
WORK=""
APP_PID=""
BENCH_ADMIN=bench@example.org:Bench-Passwort-2026
COORDINATOR=koordination@demo.regiolab.example:Demo-Koordination-2026

# start_app NAME PORT: starts $JAR on a new temp WORK (embedded PostgreSQL with its production
# settings, demo world on) bound to 127.0.0.1:PORT, its log in $WORK/app.log; sets WORK and APP_PID.
# Variables the caller exports (REGIOLAB_FEEDBACK_BURST, …) reach the app.
start_app() {
	WORK=$(mktemp -d "${TMPDIR:-/tmp}/regiolab-bench-$1.XXXXXX")
	REGIOLAB_DATA_DIR=$WORK/data PORT=$2 SERVER_ADDRESS=127.0.0.1 \
		REGIOLAB_ADMIN_EMAIL=${BENCH_ADMIN%%:*} REGIOLAB_ADMIN_PASSWORD=${BENCH_ADMIN#*:} \
		"$JAVA_HOME/bin/java" -jar "$JAR" ${EXTRA_APP_ARGS[@]+"${EXTRA_APP_ARGS[@]}"} >"$WORK/app.log" 2>&1 </dev/null &
	APP_PID=$!
}

# wait_for_demo_world BASE: the demo world is loaded by an application runner after /actuator/health
# says UP; waits until the demo coordinator can sign in.
wait_for_demo_world() {
	until [[ $(call -o /dev/null -w '%{http_code}' -u "$COORDINATOR" "$1/api/v1/events" || true) == 200 ]]; do
		kill -0 "$APP_PID" 2>/dev/null || { echo "RegioLab exited while loading the demo world" >&2; return 1; }
		sleep 0.5
	done
}

# stop_app: SIGTERM (SIGKILL after 60 s), then stops the embedded PostgreSQL a hard kill left behind.
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
	# only a postgres process that really uses this data directory (pids are reused)
	if [[ -n $WORK && -f $WORK/data/postgres/postmaster.pid ]]; then
		local pg_pid
		pg_pid=$(head -n 1 "$WORK/data/postgres/postmaster.pid" || true)
		if [[ $pg_pid =~ ^[0-9]+$ ]] && tr '\0' ' ' <"/proc/$pg_pid/cmdline" 2>/dev/null | grep -qF -- "$WORK/data"; then
			kill -INT "$pg_pid" 2>/dev/null || true
			sleep 2
		fi
	fi
}

# discard_app: stops the app and removes its directory.
discard_app() {
	stop_app
	[[ -n $WORK && -d $WORK ]] && rm -rf -- "$WORK"
	WORK=""
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

trap_cleanup() {
	trap cleanup EXIT
	trap 'cleanup 130' INT
	trap 'cleanup 143' TERM
}

# --- Reporting ---------------------------------------------------------------------------------------

# print_header TITLE COMMAND [KNOBS]: the Markdown head of a load benchmark, with what skews its figures
print_header() {
	echo "## $1"
	echo
	echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "- command: \`$2\`${3:+ ($3)}"
	echo "- JDK: \`$("$JAVA_HOME/bin/java" -version 2>&1 | grep -v '^Picked up' | head -n 1)\`; JAVA_TOOL_OPTIONS: \`${JAVA_TOOL_OPTIONS:-(none)}\`"
	echo "- machine: $(nproc) cores, $(LC_ALL=C lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1), kernel $(uname -r)"
	echo "- jar: sha256 $(sha256sum "$JAR" | cut -c1-16)…"
	echo
}

field() { sed -n "s/.* $1=\\([^ ]*\\).*/\\1/p" <<<"$2"; }   # NAME LINE -> value of NAME=value

# stats N... -> "median (min–max)" (the median of an even count is the mean of the middle two)
stats() {
	printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
		m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
		if (NR == 1) printf "%g", m; else printf "%g (%g–%g)", m, v[1], v[NR] }'
}

# check_prerequisites [TOOL...]: fails unless JAR, JAVA_HOME's java, curl, jq, python3, awk and the TOOLs are there
check_prerequisites() {
	[[ -f $JAR ]] || { echo "$JAR not found: run ./mvnw -B package -DskipTests first" >&2; exit 2; }
	[[ -x $JAVA_HOME/bin/java ]] || { echo "no java in $JAVA_HOME" >&2; exit 2; }
	local tool
	for tool in curl jq python3 awk "$@"; do
		command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 2; }
	done
}

# --- The runs of a load benchmark ----------------------------------------------------------------------

# cpu_seconds PID...: user and system CPU time the processes have used, in seconds
cpu_seconds() {
	local pid ticks=0
	for pid in "$@"; do
		# fields 14 and 15 of /proc/PID/stat, counted after the command name in parentheses
		ticks=$((ticks + $(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null | awk '{ print $12 + $13 }' || echo 0)))
	done
	awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", t / hz }'
}

# postgres_pids: the embedded PostgreSQL of the running app, its postmaster and the postmaster's children
postgres_pids() {
	local postmaster
	postmaster=$(head -n 1 "$WORK/data/postgres/postmaster.pid")
	echo "$postmaster" $(pgrep -P "$postmaster")
}

# run_client CLIENT BASE WARMUP_TARGET MEASURED_TARGET: the warm-up phase and the measured one, one
# RESULT line each. CLIENT is a single-file Java program (it runs both phases itself) or a wrk script
# taking the target as its argument, run by wrk with two threads once per phase; the client's CPU
# time is measured here then.
run_client() {
	local client=$1 base=$2 self=$BASHPID phase target seconds before
	if [[ $client != *.lua ]]; then
		"$JAVA_HOME/bin/java" "$client" "$base" "$3" "$4" "$CLIENTS" "$WARMUP_S" "$SECONDS_MEASURED"
		return
	fi
	for phase in warmup measured; do
		[[ $phase == warmup ]] && target=$3 seconds=$WARMUP_S || target=$4 seconds=$SECONDS_MEASURED
		before=$(awk '{ print $14 + $15 + $16 + $17 }' /proc/$self/stat)
		PHASE=$phase CLIENTS=$CLIENTS wrk -t2 -c"$CLIENTS" -d"${seconds}s" --timeout 70s -s "$client" "$base" -- "$target" |
			grep '^RESULT' | tr -d '\n'
		# wrk is a child of this shell: its CPU time is added to the shell's cutime and cstime when it ends
		awk -v b="$before" -v hz="$(getconf CLK_TCK)" '{ printf " client_cpu_s=%.1f\n", ($14 + $15 + $16 + $17 - b) / hz }' \
			/proc/$self/stat
	done
}

# load_runs NAME RUNS CLIENT UNIT GOAL: RUNS times, starts the app on a fresh data directory, waits for
# the demo world, and runs the load client CLIENT (a single-file Java program taking BASE_URL
# WARMUP_TARGET MEASURED_TARGET CLIENTS WARMUP_S SECONDS) with CLIENTS, WARMUP_S and
# SECONDS_MEASURED; prints the CPU time the app and its PostgreSQL spent per 201 answer, and at the end
# a Markdown summary of UNIT per second against the GOAL.
# The sourcing script defines two functions:
#   prepare BASE         prints the ids of the warm-up target and the measured one, space-separated
#   verify BASE TARGET RESULT_LINE
#                        asks the app what it stored for the measured target, prints one CHECK line
#                        of figures and fails when they do not match the RESULT line's answers
load_runs() {
	local name=$1 runs=$2 client=$3 unit=$4 goal=$5
	local run port base targets load load_after output measured app_cpu postgres_cpu answered
	local per_s=() p50=() p95=() p99=()
	for ((run = 1; run <= runs; run++)); do
		port=$(free_port)
		base=http://127.0.0.1:$port
		echo "run $run/$runs: starting RegioLab on $base" >&2
		start_app "$name" "$port"
		wait_until_up "$base" "$APP_PID" "$STARTUP_TIMEOUT_S"
		wait_for_demo_world "$base"
		read -r -a targets <<<"$(prepare "$base")"
		((${#targets[@]} == 2)) || { echo "no warm-up and measured target to load" >&2; exit 1; }
		load=$(cut -d ' ' -f 1-3 /proc/loadavg)
		echo "run $run/$runs: up, load average before the load: $load" >&2

		app_cpu=$(cpu_seconds "$APP_PID") postgres_cpu=$(cpu_seconds $(postgres_pids))
		output=$(run_client "$client" "$base" "${targets[0]}" "${targets[1]}")
		load_after=$(cut -d ' ' -f 1-3 /proc/loadavg)
		# what one request cost the app and its database, whatever else ran on the machine meanwhile
		app_cpu=$(awk -v a="$app_cpu" -v b="$(cpu_seconds "$APP_PID")" 'BEGIN { printf "%.1f", b - a }')
		postgres_cpu=$(awk -v a="$postgres_cpu" -v b="$(cpu_seconds $(postgres_pids))" 'BEGIN { printf "%.1f", b - a }')
		answered=$(grep -o ' created=[0-9]*' <<<"$output" | awk -F= '{ n += $2 } END { print n }')
		measured=$(grep 'phase=measured' <<<"$output")
		echo "### Run $run of $runs (load average before: $load, after: $load_after)"
		echo
		sed 's/^/    /' <<<"$output"
		echo "    CPU app_s=$app_cpu postgres_s=$postgres_cpu per_201_ms=$(awk -v a="$app_cpu" -v p="$postgres_cpu" \
			-v n="$answered" 'BEGIN { printf "%.2f (app %.2f, postgres %.2f)", (a + p) * 1000 / n, a * 1000 / n, p * 1000 / n }') over both phases"
		echo
		if ! verify "$base" "${targets[1]}" "$measured" | sed 's/^/    /'; then
			echo "what the app stored does not match the answers" >&2
			exit 1
		fi
		echo

		per_s+=("$(field per_s "$measured")") p50+=("$(field p50_ms "$measured")")
		p95+=("$(field p95_ms "$measured")") p99+=("$(field p99_ms "$measured")")
		discard_app
	done

	echo "### Summary: median (min–max) of $runs run(s), goal over $goal $unit/s"
	echo
	echo "| $unit/s | p50 ms | p95 ms | p99 ms |"
	echo "|--:|--:|--:|--:|"
	echo "| $(stats "${per_s[@]}") | $(stats "${p50[@]}") | $(stats "${p95[@]}") | $(stats "${p99[@]}") |"
}
