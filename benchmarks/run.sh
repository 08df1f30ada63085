#!/usr/bin/env bash
# Measures the same endpoint served several ways, in one run, with wrk.
#
#   benchmarks/run.sh
#
# Builds the Spring benchmark app (and the Next.js app when node is installed), starts every
# server on 127.0.0.1 on a free port, checks that variants meant to be equal return the same
# bytes, warms each variant up, then runs ROUNDS alternating wrk rounds and prints req/s, p50
# and p99 per round, the medians and the ratios. Every server it started is stopped on exit.
#
# Knobs (environment): ROUNDS=3 DURATION=10s WARMUP=15s THREADS=2 CONNECTIONS=32
#   ONLY="route controller" runs just those variants;
#   SKIP_BUILD=1 reuses the last build; RESULTS=dir keeps the raw wrk output there
#   (default benchmarks/results/<timestamp>, which git ignores).
set -euo pipefail

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-15s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
JVM_FLAGS=${JVM_FLAGS:--Xms512m -Xmx512m}
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-120}

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
RESULTS=${RESULTS:-$HERE/results/$(date +%Y%m%d-%H%M%S)}

# ---------------------------------------------------------------------------------------------
# The variants. One line each: name, server, path, body group, wrk script.
#   server      a start_<server> function below; it sets PORT_<server>
#   body group  variants with the same group must answer byte-identical bodies ("-": no check)
#   wrk script  a Lua file under benchmarks/wrk/ for non-GET requests ("-": plain GET)
# To add a variant, add a line (and, for a new server, a start_<server> function).
VARIANTS=(
	"route      spring  /route/todos       todos  -"
	"controller spring  /controller/todos  todos  -"
	"nextjs     nextjs  /api/todos         todos  -"
)
# The ratios to print: numerator, denominator (by median req/s), target.
RATIOS=(
	"route  controller  0.95"
	"route  nextjs      10"
)
# ---------------------------------------------------------------------------------------------

say() { printf '%s\n' "$*" >&2; }

if ! command -v wrk >/dev/null 2>&1; then
	say "wrk is not installed. Install it, then run this again:"
	say "  apt-get install -y wrk           (Debian/Ubuntu; with sudo unless root)"
	say "  brew install wrk                 (macOS)"
	exit 1
fi
if ! command -v curl >/dev/null 2>&1; then
	say "curl is not installed: sudo apt-get install -y curl"
	exit 1
fi
HAVE_NODE=1
if ! command -v node >/dev/null 2>&1; then
	HAVE_NODE=0
fi

# ---- servers ----------------------------------------------------------------------------------

PIDS=()
stop_servers() {
	local pid
	for pid in "${PIDS[@]}"; do
		# Each server runs in its own process group (setsid), so this reaches its children too.
		kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
	done
	for pid in "${PIDS[@]}"; do
		for _ in $(seq 1 50); do
			kill -0 "$pid" 2>/dev/null || break
			sleep 0.2
		done
		kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
	done
	PIDS=()
}
trap stop_servers EXIT
trap 'exit 130' INT TERM

# A port nothing listens on; bounded number of tries.
free_port() {
	local port
	for _ in $(seq 1 100); do
		port=$((20000 + RANDOM % 40000))
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
			echo "$port"
			return 0
		fi
	done
	say "no free port found"
	return 1
}

# launch NAME LOG COMMAND...: start in its own process group, remember the pid.
launch() {
	local name=$1 log=$2
	shift 2
	setsid "$@" >"$log" 2>&1 < /dev/null &
	PIDS+=("$!")
	eval "PID_$name=$!"
}

# wait_for NAME URL: until it answers 2xx, the process dies, or STARTUP_TIMEOUT passes.
wait_for() {
	local name=$1 url=$2 pid log deadline
	pid=$(eval echo "\$PID_$name")
	log="$RESULTS/$name.log"
	deadline=$((SECONDS + STARTUP_TIMEOUT))
	until curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; do
		if ! kill -0 "$pid" 2>/dev/null; then
			say "$name exited before answering $url; its log:"
			tail -n 40 "$log" >&2
			exit 1
		fi
		if ((SECONDS > deadline)); then
			say "$name did not answer $url within ${STARTUP_TIMEOUT}s; its log:"
			tail -n 40 "$log" >&2
			exit 1
		fi
		sleep 0.5
	done
}

SPRING_JAR=""
start_spring() {
	PORT_spring=$(free_port)
	# shellcheck disable=SC2086 # JVM_FLAGS is a list of flags
	launch spring "$RESULTS/spring.log" java $JVM_FLAGS -jar "$SPRING_JAR" \
		--server.address=127.0.0.1 --server.port="$PORT_spring"
}

start_nextjs() {
	PORT_nextjs=$(free_port)
	launch nextjs "$RESULTS/nextjs.log" env NEXT_TELEMETRY_DISABLED=1 \
		node "$HERE/nextjs/node_modules/next/dist/bin/next" start "$HERE/nextjs" \
		-H 127.0.0.1 -p "$PORT_nextjs"
}

# ---- build ------------------------------------------------------------------------------------

mkdir -p "$RESULTS"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
	say "==> building the Spring benchmark app"
	(cd "$ROOT" && ./mvnw -B -q -pl benchmarks -am package -DskipTests)
	if ((HAVE_NODE)); then
		say "==> building the Next.js app (npm ci, next build)"
		(cd "$HERE/nextjs" && export NEXT_TELEMETRY_DISABLED=1 \
			&& npm ci --no-audit --no-fund --loglevel=error && npx --no-install next build) \
			>"$RESULTS/nextjs-build.log" 2>&1 || {
			tail -n 40 "$RESULTS/nextjs-build.log" >&2
			exit 1
		}
	fi
fi
SPRING_JAR=$(ls "$HERE"/target/server-actions-benchmarks-*.jar 2>/dev/null | grep -v -- '-plain\|\.original' | head -n 1 || true)
if [[ -z "$SPRING_JAR" ]]; then
	say "no benchmark jar in $HERE/target; run without SKIP_BUILD=1"
	exit 1
fi

# ---- which variants run -----------------------------------------------------------------------

ACTIVE=()
SERVERS=()
for line in "${VARIANTS[@]}"; do
	read -r name server _ <<<"$line"
	if [[ -n "${ONLY-}" && " $ONLY " != *" $name "* ]]; then
		continue
	fi
	if [[ "$server" == nextjs ]] && ((!HAVE_NODE)); then
		say "NOTICE: node is not installed, so the Next.js variant '$name' is skipped."
		continue
	fi
	ACTIVE+=("$line")
	[[ " ${SERVERS[*]-} " == *" $server "* ]] || SERVERS+=("$server")
done

for server in "${SERVERS[@]}"; do
	say "==> starting $server"
	"start_$server"
done

url_of() {
	local server=$2 path=$3 port
	port=$(eval echo "\$PORT_$server")
	echo "http://127.0.0.1:$port$path"
}

for line in "${ACTIVE[@]}"; do
	read -r name server path _ <<<"$line"
	wait_for "$server" "$(url_of "$name" "$server" "$path")"
done

# ---- same answer ------------------------------------------------------------------------------

declare -A FIRST_OF_GROUP=()
for line in "${ACTIVE[@]}"; do
	read -r name server path group _ <<<"$line"
	[[ "$group" == - ]] && continue
	curl -fsS --max-time 10 -o "$RESULTS/$name.body" "$(url_of "$name" "$server" "$path")"
	if [[ -z "${FIRST_OF_GROUP[$group]-}" ]]; then
		FIRST_OF_GROUP[$group]=$name
	elif ! cmp -s "$RESULTS/${FIRST_OF_GROUP[$group]}.body" "$RESULTS/$name.body"; then
		say "variants '${FIRST_OF_GROUP[$group]}' and '$name' answer different bodies:"
		diff <(head -c 400 "$RESULTS/${FIRST_OF_GROUP[$group]}.body") <(head -c 400 "$RESULTS/$name.body") >&2 || true
		exit 1
	fi
done
say "==> bodies checked: variants in the same group answer byte-identical bodies"

# ---- measure ----------------------------------------------------------------------------------

# cpu_ticks PID: user + system CPU time of a process (all its threads), in clock ticks.
cpu_ticks() {
	# The command name in /proc/PID/stat may hold spaces; the fields after it are fixed.
	sed 's/.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'
}

# bench NAME LABEL DURATION: one wrk run against variant NAME, raw output kept in RESULTS.
bench() {
	local name=$1 label=$2 duration=$3 line n server path script args=() pid before
	for line in "${ACTIVE[@]}"; do
		read -r n server path _ script <<<"$line"
		[[ "$n" == "$name" ]] && break
	done
	[[ "$script" != - ]] && args+=(-s "$HERE/wrk/$script")
	pid=$(eval echo "\$PID_$server")
	before=$(cpu_ticks "$pid")
	# wrk stops by itself after -d; timeout is the outer bound should it ever hang.
	timeout --signal=KILL 300 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency "${args[@]}" \
		"$(url_of "$name" "$server" "$path")" >"$RESULTS/$name.$label.txt"
	# The server's CPU time for the run, so that cost per request can be read even when the
	# machine is shared and req/s is noisy.
	echo "Server CPU ticks: $(($(cpu_ticks "$pid") - before)) at $(getconf CLK_TCK)/s" >>"$RESULTS/$name.$label.txt"
}

# to_ms VALUE: wrk's "812.00us" / "2.07ms" / "1.20s" in milliseconds.
to_ms() {
	awk -v v="$1" 'BEGIN {
		n = v + 0
		if (v ~ /us$/) n = n / 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n = n * 60000; else if (v ~ /s$/) n = n * 1000
		printf "%.2f", n }'
}

# parse FILE: "req/s p50 p99 errors cpu-us-per-request" from one wrk output.
parse() {
	local file=$1 rps p50 p99 non2xx socket cpu
	rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$file")
	p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$file")")
	p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$file")")
	non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$file")
	socket=$(awk '/Socket errors:/ { s = 0; for (i = 3; i <= NF; i += 2) s += $(i + 1); print s }' "$file" | tr -d ',')
	cpu=$(awk '$2 == "requests" { n = $1 } /^Server CPU ticks:/ { t = $4; hz = substr($6, 1, index($6, "/") - 1) }
		END { printf "%.1f", (n > 0) ? t * 1e6 / hz / n : 0 }' "$file")
	echo "${rps:-0} $p50 $p99 $((${non2xx:-0} + ${socket:-0})) $cpu"
}

names=()
for line in "${ACTIVE[@]}"; do
	read -r name _ <<<"$line"
	names+=("$name")
done

LOAD_AT_START=$(cut -d" " -f1-3 /proc/loadavg)
say "==> warm-up: $WARMUP per variant"
for name in "${names[@]}"; do
	bench "$name" warmup "$WARMUP"
done

say "==> measuring: $ROUNDS alternating rounds of $DURATION per variant"
declare -A RPS=() P50=() P99=() CPU=() ROWS=()
for round in $(seq 1 "$ROUNDS"); do
	# Rotate the order each round so that no variant always runs first or last.
	count=${#names[@]}
	for i in $(seq 0 $((count - 1))); do
		name=${names[$(((i + round - 1) % count))]}
		bench "$name" "round$round" "$DURATION"
		read -r rps p50 p99 errors cpu < <(parse "$RESULTS/$name.round$round.txt")
		RPS[$name]="${RPS[$name]-} $rps"
		RPS[$name,$round]=$rps
		P50[$name]="${P50[$name]-} $p50"
		P99[$name]="${P99[$name]-} $p99"
		CPU[$name]="${CPU[$name]-} $cpu"
		ROWS[$name]+=$(printf '%-12s %5s %10s %9s %9s %9s %7s' \
			"$name" "$round" "$rps" "$p50" "$p99" "$cpu" "$errors")$'\n'
		say "    round $round $name: $rps req/s"
	done
done

# median FORMAT: the median of the numbers on stdin, printed with FORMAT.
median() {
	tr " " "\n" | grep -v "^$" | sort -g | awk -v f="$1\n" '{ a[NR] = $1 } END {
		printf f, (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# divide A B: A / B with two decimals, "-" when B is zero.
divide() {
	awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "-" }'
}

# ---- report -----------------------------------------------------------------------------------

{
	echo
	echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency; warm-up $WARMUP per variant; $ROUNDS rounds"
	echo "Spring JVM: $(java -version 2>&1 | head -n 1); flags: $JVM_FLAGS"
	if ((HAVE_NODE)); then
		echo "Next.js $(node -p "require('$HERE/nextjs/node_modules/next/package.json').version") on Node $(node -v)"
	fi
	((HAVE_NODE)) || echo "Next.js skipped: node is not installed"
	echo "$(nproc) cores, load average at start: $LOAD_AT_START, at end: $(cut -d" " -f1-3 /proc/loadavg)"
	echo
	printf '%-12s %5s %10s %9s %9s %9s %7s\n' variant round "req/s" "p50 ms" "p99 ms" "cpu us" errors
	for name in "${names[@]}"; do
		printf "%s" "${ROWS[$name]}"
	done
	echo
	printf '%-12s %10s %9s %9s %9s\n' median "req/s" "p50 ms" "p99 ms" "cpu us"
	declare -A MEDIAN=() MEDIAN_CPU=()
	for name in "${names[@]}"; do
		MEDIAN[$name]=$(median %.0f <<<"${RPS[$name]}")
		MEDIAN_CPU[$name]=$(median %.1f <<<"${CPU[$name]}")
		printf '%-12s %10s %9s %9s %9s\n' "$name" "${MEDIAN[$name]}" \
			"$(median %.2f <<<"${P50[$name]}")" "$(median %.2f <<<"${P99[$name]}")" "${MEDIAN_CPU[$name]}"
	done
	echo
	printf '%-20s %8s %8s %8s %8s\n' ratio "req/s" paired "cpu" target
	for line in "${RATIOS[@]}"; do
		read -r top bottom target <<<"$line"
		if [[ -z "${MEDIAN[$top]-}" || -z "${MEDIAN[$bottom]-}" ]]; then
			printf '%-20s %8s %8s %8s %8s  skipped\n' "$top/$bottom" - - - "$target"
			continue
		fi
		value=$(divide "${MEDIAN[$top]}" "${MEDIAN[$bottom]}")
		paired=""
		for round in $(seq 1 "$ROUNDS"); do
			paired+=" $(divide "${RPS[$top,$round]}" "${RPS[$bottom,$round]}")"
		done
		verdict=$(awk -v r="$value" -v t="$target" 'BEGIN { print (r >= t) ? "met" : "MISSED" }')
		printf '%-20s %8s %8s %8s %8s  %s\n' "$top/$bottom" "$value" "$(median %.2f <<<"$paired")" \
			"$(divide "${MEDIAN_CPU[$bottom]}" "${MEDIAN_CPU[$top]}")" ">= $target" "$verdict"
	done
	echo
	echo "req/s: ratio of the median req/s (the target applies to it); paired: median of the per-round"
	echo "ratios; cpu: server CPU time per request, bottom over top (above 1: top costs less)."
	echo "raw wrk output: $RESULTS"
} | tee "$RESULTS/summary.txt"
