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
