#!/usr/bin/env bash
# Startup benchmark for RegioLab.
#
# For each run: start the jar on a new, empty data directory ("cold": initdb, Flyway migrations,
# demo world), measure the wall-clock time from launching the JVM until GET /actuator/health first
# answers 200 with "status":"UP", sample resident memory, stop with SIGTERM, then start again on the
# same data directory ("warm": existing database) and measure the same.
#
# Usage:   bench/startup.sh [path/to/regiolab.jar] [runs]
#          (defaults: target/regiolab.jar next to this script's project, 3 runs)
# JDK:     JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/startup.sh target/regiolab.jar 5
#          (without JAVA_HOME: the `java` on PATH; JAVA_TOOL_OPTIONS is passed through and reported)
# Knobs:   BENCH_SETTLE_S   seconds from the first answer to the second memory sample (default 10)
#          BENCH_TIMEOUT_S  give up on one start after this many seconds (default 180)
#          BENCH_MAX_LOAD   if set (e.g. 1.5), wait before each run (at most 10 min) until the
#                           1-minute load average is below it; useful on a shared machine
#
# Measured, per start:
#   first UP ms        launch of the java process -> first 200 {"status":"UP"} from /actuator/health
#                      (curl every 50 ms, loopback only)
#   JVM CPU ms         user+system CPU time of the java process at the first UP answer (less
#                      sensitive to other load on the machine than the wall-clock time)
#   ready ms           launch -> first 200 from /actuator/health/readiness (the application runners,
#                      e.g. the demo-world loader, have finished)
#   JVM RSS first      VmRSS of the java process right after the first UP answer, MiB
#   JVM RSS settled    VmRSS again BENCH_SETTLE_S after the first answer, after 3 x GET / and /login
#   PG RSS / PSS       sum of VmRSS (and of Pss from smaps_rollup) of the embedded postmaster (pid
#                      from <data>/postgres/postmaster.pid) and its child processes, MiB. The RSS sum
#                      counts shared buffers once per process; the PSS sum shares them out fairly.
#   stop ms            SIGTERM -> java process exited
# The output is Markdown (tables with a median and min–max summary); progress goes to stderr.
# Only loopback addresses are contacted. Temp directories and processes are removed on any exit.
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
jar=${1:-$script_dir/../target/regiolab.jar}
runs=${2:-3}
settle_s=${BENCH_SETTLE_S:-10}
timeout_s=${BENCH_TIMEOUT_S:-180}
max_load=${BENCH_MAX_LOAD:-}

if [[ -n ${JAVA_HOME:-} ]]; then
  java_bin=$JAVA_HOME/bin/java
  export PATH=$JAVA_HOME/bin:$PATH
else
  java_bin=$(command -v java || true)
fi
[[ -x $java_bin ]] || { echo "no java: set JAVA_HOME or put java on PATH" >&2; exit 2; }
[[ -f $jar ]] || { echo "jar not found: $jar" >&2; exit 2; }
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "runs must be a positive integer: $runs" >&2; exit 2; }
[[ $settle_s =~ ^[0-9]+$ && $timeout_s =~ ^[1-9][0-9]*$ && $max_load =~ ^([0-9]+(\.[0-9]+)?)?$ ]] ||
  { echo "bad BENCH_* value" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl is required" >&2; exit 2; }
jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")

# The benchmark is of the embedded database with its demo world: ignore settings that change that.
unset SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME SPRING_DATASOURCE_PASSWORD REGIOLAB_DEMO

# ---------------------------------------------------------------------------------------------
# State for cleanup
app_pid=""            # the running java process, if any
stop_ms=""            # set by stop_app
tmp_dirs=()           # every temp directory this script made

log() { printf '%s\n' "$*" >&2; }

now_us() { local t=${EPOCHREALTIME//[!0-9]/}; echo $((10#$t)); }   # locale-independent

# stop_postmaster DATA_DIR: stop an embedded PostgreSQL left running on DATA_DIR/postgres, if any.
stop_postmaster() {
  local pg_dir=$1/postgres pm i
  [[ -f $pg_dir/postmaster.pid ]] || return 0
  pm=$(head -n 1 "$pg_dir/postmaster.pid" 2>/dev/null || true)
  [[ $pm =~ ^[0-9]+$ ]] || return 0
  # Only a postgres process that really uses this data directory (pids are reused).
  tr '\0' ' ' <"/proc/$pm/cmdline" 2>/dev/null | grep -qF -- "$pg_dir" || return 0
  log "  stopping leftover PostgreSQL $pm on $pg_dir"
  kill -INT "$pm" 2>/dev/null || true                       # fast shutdown
  for ((i = 0; i < 100; i++)); do kill -0 "$pm" 2>/dev/null || return 0; sleep 0.1; done
  pkill -KILL -P "$pm" 2>/dev/null || true
  kill -KILL "$pm" 2>/dev/null || true
}

# stop_app: SIGTERM the java process, wait for it (SIGKILL after 60 s); sets stop_ms.
stop_app() {
  local pid=$app_pid t0 i
  [[ -n $pid ]] || return 0
  t0=$(now_us)
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 1200; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
  if kill -0 "$pid" 2>/dev/null; then
    log "  java $pid ignored SIGTERM for 60 s, killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
  app_pid=""
  stop_ms=$((($(now_us) - t0) / 1000))
}

cleanup() {
  local rc=$? d
  trap - EXIT INT TERM HUP
  set +e
  [[ -n $app_pid ]] && stop_app
  for d in "${tmp_dirs[@]}"; do
    stop_postmaster "$d/data"
    rm -rf -- "$d"
  done
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# ---------------------------------------------------------------------------------------------
# Measurement helpers

# A free TCP port on this machine, outside the usual ephemeral range (32768-60999).
pick_port() {
  local p i listening=""
  command -v ss >/dev/null && listening=$(ss -Htln 2>/dev/null | awk '{n = split($4, a, ":"); print a[n]}')
  for ((i = 0; i < 100; i++)); do
    p=$((20000 + RANDOM % 12000))
    grep -qx "$p" <<<"$listening" && continue
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && continue   # something answers there
    echo "$p"
    return 0
  done
  log "no free port found"
  return 1
}

kib_field() { awk -v f="$2" '$1 == f ":" {print $2; exit}' "$1" 2>/dev/null || true; }   # FILE FIELD -> kB
mib() { echo $((($1 + 512) / 1024)); }
clk_tck=$(getconf CLK_TCK)
cpu_ms() {   # PID -> user+system CPU time in ms
  local st f
  st=$(<"/proc/$1/stat"); st=${st##*) }; read -r -a f <<<"$st"
  echo $(((f[11] + f[12]) * 1000 / clk_tck))
}

# wait_for_quiet: with BENCH_MAX_LOAD, wait (at most 10 min) for the 1-minute load average to drop.
wait_for_quiet() {
  [[ -n $max_load ]] || return 0
  local i
  for ((i = 0; i < 120; i++)); do
    awk -v max="$max_load" '{exit !($1 < max)}' /proc/loadavg && return 0
    ((i % 12)) || log "  waiting for load average < $max_load (now $(cut -d ' ' -f 1 /proc/loadavg))"
    sleep 5
  done
  log "  load average still >= $max_load after 10 min, running anyway"
}

# pg_mem DATA_DIR -> "RSS_KiB PSS_KiB NPROC" of the postmaster on DATA_DIR/postgres and its children
pg_mem() {
  local pg_dir=$1/postgres pm pids p rss=0 pss=0 n=0 v
  pm=$(head -n 1 "$pg_dir/postmaster.pid" 2>/dev/null || true)
  if [[ $pm =~ ^[0-9]+$ ]] && tr '\0' ' ' <"/proc/$pm/cmdline" 2>/dev/null | grep -qF -- "$pg_dir"; then
    pids="$pm $(ps -o pid= --ppid "$pm" 2>/dev/null | tr '\n' ' ')"
    for p in $pids; do
      v=$(kib_field "/proc/$p/status" VmRSS); [[ -n $v ]] || continue
      rss=$((rss + v)); n=$((n + 1))
      v=$(kib_field "/proc/$p/smaps_rollup" Pss); pss=$((pss + ${v:-0}))
    done
  fi
  echo "$rss $pss $n"
}

http_code() {   # URL -> HTTP status ("000" when nothing answered)
  curl --noproxy '*' -s -o /dev/null -w '%{http_code}' --connect-timeout 1 --max-time 10 "$1" || true
}

# start_once LABEL TMPDIR: one start on TMPDIR/data; appends a Markdown row to $rows and the raw
# numbers to the per-label arrays.
start_once() {
  local label=$1 dir=$2 data=$2/data port applog body t0 t_up t_ready code i deadline
  local jvm_cpu jvm_first jvm_settled pg_first pg_settled code_root code_login up_ms ready_ms
  local pgf_rss pgs_rss pgs_pss pgs_n
  local -n a_up=${label}_up a_ready=${label}_ready a_jvm1=${label}_jvm1 a_jvm2=${label}_jvm2
  local -n a_cpu=${label}_cpu a_pg1=${label}_pg1 a_pg2=${label}_pg2 a_pss2=${label}_pss2

  port=$(pick_port)
  applog=$dir/app-$label.log
  body=$dir/health.json
  log "  $label start on port $port"

  t0=$(now_us)
  (cd "$dir" && REGIOLAB_DATA_DIR=$data PORT=$port REGIOLAB_ADMIN_EMAIL=admin@bench.invalid \
      REGIOLAB_ADMIN_PASSWORD=$admin_password exec "$java_bin" -jar "$jar") >"$applog" 2>&1 </dev/null &
  app_pid=$!
  deadline=$((t0 + timeout_s * 1000000))

  # Poll /actuator/health every 50 ms until 200 with "status":"UP".
  while :; do
    code=$(curl --noproxy '*' -s -o "$body" -w '%{http_code}' --connect-timeout 1 --max-time 5 \
      "http://127.0.0.1:$port/actuator/health" || true)
    if [[ $code == 200 ]] && grep -q '"status":"UP"' "$body"; then t_up=$(now_us); break; fi
    if ! kill -0 "$app_pid" 2>/dev/null; then
      log "  java exited before answering; last lines of its log:"; tail -n 30 "$applog" >&2
      return 1
    fi
    if (($(now_us) > deadline)); then
      log "  no UP answer within ${timeout_s} s; last lines of its log:"; tail -n 30 "$applog" >&2
      return 1
    fi
    sleep 0.05
  done
  jvm_first=$(kib_field "/proc/$app_pid/status" VmRSS)
  jvm_cpu=$(cpu_ms "$app_pid")
  pg_first=$(pg_mem "$data")

  # Readiness (the application runners have finished), then a few page requests.
  t_ready=""
  for ((i = 0; i < 1200 && $(now_us) < deadline; i++)); do
    [[ $(http_code "http://127.0.0.1:$port/actuator/health/readiness") == 200 ]] && { t_ready=$(now_us); break; }
    sleep 0.05
  done
  for i in 1 2 3; do
    code_root=$(http_code "http://127.0.0.1:$port/")
    code_login=$(http_code "http://127.0.0.1:$port/login")
  done
  while (($(now_us) < t_up + settle_s * 1000000)); do sleep 0.1; done
  kill -0 "$app_pid" 2>/dev/null || { log "  java died while settling"; tail -n 30 "$applog" >&2; return 1; }
  jvm_settled=$(kib_field "/proc/$app_pid/status" VmRSS)
  pg_settled=$(pg_mem "$data")

  stop_app
  # The app stops its PostgreSQL on shutdown; give it a moment, then make sure.
  for ((i = 0; i < 50; i++)); do [[ -f $data/postgres/postmaster.pid ]] || break; sleep 0.1; done
  stop_postmaster "$data"

  up_ms=$(((t_up - t0) / 1000))
  ready_ms=${t_ready:+$(((t_ready - t0) / 1000))}
  read -r pgf_rss _ _ <<<"$pg_first"
  read -r pgs_rss pgs_pss pgs_n <<<"$pg_settled"
  rows+="| $label | $up_ms | $jvm_cpu | ${ready_ms:-n/a} | $(mib "$jvm_first") | $(mib "$jvm_settled") | $(mib "$pgf_rss") | $(mib "$pgs_rss") | $(mib "$pgs_pss") | $pgs_n | $code_root | $code_login | $stop_ms |"$'\n'
  a_up+=("$up_ms"); a_cpu+=("$jvm_cpu"); [[ -z $ready_ms ]] || a_ready+=("$ready_ms")
  a_jvm1+=("$(mib "$jvm_first")"); a_jvm2+=("$(mib "$jvm_settled")")
  a_pg1+=("$(mib "$pgf_rss")"); a_pg2+=("$(mib "$pgs_rss")"); a_pss2+=("$(mib "$pgs_pss")")
  log "  $label: first UP after $up_ms ms, JVM RSS $(mib "$jvm_first") -> $(mib "$jvm_settled") MiB, PG RSS $(mib "$pgs_rss") MiB"
}

# stats N... -> "median (min–max)"; the median of an even count is the rounded mean of the middle two.
stats() {
  (($# > 0)) || { echo "n/a"; return; }
  local s n
  mapfile -t s < <(printf '%s\n' "$@" | sort -n)
  n=${#s[@]}
  local med=$(((n % 2) ? s[n / 2] : (s[n / 2 - 1] + s[n / 2] + 1) / 2))
  if ((n == 1)); then echo "$med"; else echo "$med (${s[0]}–${s[n - 1]})"; fi
}

# ---------------------------------------------------------------------------------------------
# shellcheck disable=SC2034  # read and written through namerefs (local -n)
cold_up=() cold_cpu=() cold_ready=() cold_jvm1=() cold_jvm2=() cold_pg1=() cold_pg2=() cold_pss2=()
# shellcheck disable=SC2034
warm_up=() warm_cpu=() warm_ready=() warm_jvm1=() warm_jvm2=() warm_pg1=() warm_pg2=() warm_pss2=()
admin_password=$(od -An -N18 -tx1 /dev/urandom | tr -d ' \n')
java_version=$("$java_bin" -version 2>&1) || { echo "$java_bin -version failed: $java_version" >&2; exit 2; }
java_version=$(grep -v '^Picked up' <<<"$java_version" | sed -n '1,2p' | paste -sd ';' - | sed 's/;/; /')

echo "## RegioLab startup benchmark"
echo
echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "- command: \`${JAVA_TOOL_OPTIONS:+JAVA_TOOL_OPTIONS=\"$JAVA_TOOL_OPTIONS\" }${JAVA_HOME:+JAVA_HOME=$JAVA_HOME }$0 $*\`"
echo "- JDK: \`$java_version\`"
echo "- JAVA_TOOL_OPTIONS: \`${JAVA_TOOL_OPTIONS:-(none)}\`"
echo "- machine: $(nproc) cores, $(LC_ALL=C free -h | awk '/^Mem:/{print $2}') RAM," \
  "$(LC_ALL=C lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1), kernel $(uname -r)"
echo "- settle time: ${settle_s} s; MiB = VmRSS kB / 1024"
echo

for ((run = 1; run <= runs; run++)); do
  dir=$(mktemp -d "${TMPDIR:-/tmp}/regiolab-bench.XXXXXX")
  tmp_dirs+=("$dir")
  wait_for_quiet
  load=$(cut -d ' ' -f 1-3 /proc/loadavg)
  log "run $run/$runs in $dir (load $load)"
  rows=""
  start_once cold "$dir"
  start_once warm "$dir"
  echo "### Run $run of $runs (load average before: $load)"
  echo
  echo "| start | first UP ms | JVM CPU ms | ready ms | JVM RSS first MiB | JVM RSS settled MiB | PG RSS first MiB | PG RSS settled MiB | PG PSS settled MiB | PG procs | GET / | GET /login | stop ms |"
  echo "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
  printf '%s' "$rows"
  echo
  stop_postmaster "$dir/data"
  rm -rf -- "$dir"
done

echo "### Summary: median (min–max) of $runs run(s)"
echo
echo "JDK: \`$java_version\`, JAVA_TOOL_OPTIONS: \`${JAVA_TOOL_OPTIONS:-(none)}\`"
echo
echo "| start | first UP ms | JVM CPU ms | ready ms | JVM RSS first MiB | JVM RSS settled MiB | PG RSS first MiB | PG RSS settled MiB | PG PSS settled MiB |"
echo "|---|--:|--:|--:|--:|--:|--:|--:|--:|"
summary_row() {
  local -n b_up=$1_up b_cpu=$1_cpu b_ready=$1_ready b_jvm1=$1_jvm1 b_jvm2=$1_jvm2 b_pg1=$1_pg1 b_pg2=$1_pg2 b_pss2=$1_pss2
  echo "| $1 | $(stats "${b_up[@]}") | $(stats "${b_cpu[@]}") | $(stats "${b_ready[@]}") | $(stats "${b_jvm1[@]}") | $(stats "${b_jvm2[@]}")" \
    "| $(stats "${b_pg1[@]}") | $(stats "${b_pg2[@]}") | $(stats "${b_pss2[@]}") |"
}
summary_row cold
summary_row warm
