#!/usr/bin/env bash
# Live pages fan-out: how long from a revalidation to its refresh event at the LAST of N open
# event streams, and what a stream costs in memory.
#
#   benchmarks/run.sh with ONLY=live     (or benchmarks/live.sh directly; same knobs)
#
# Builds the benchmark app, then for each N in LIVE_N and each topology (one instance; two
# instances through a Redis on a free port, the streams on B and the revalidation on A) starts the
# servers, reads the signed subscription of /live/board, measures the server's RSS, opens N
# streams with LiveFanout (one NIO selector, benchmarks/src/main), measures the RSS again, and
# the heap in use after a full GC (jcmd), and revalidates LIVE_REVALIDATIONS times (3 more first, as warm-up, not counted). Prints every
# revalidation, p50/p99 per run, and the RSS delta per stream. ROUNDS runs of all that.
# Topology "floor" serves the same streams (same bytes on the wire, same number of writer
# threads) from RawEventServer, plain Java NIO without servlet container, Spring or library: what
# this machine can do at all with the clients on the same cores. The end prints the medians over
# the rounds side by side, and each topology's ratio to the floor.
# The app runs with server.tomcat.max-connections=20000 and server-actions.live.max-connections=
# 20000: Tomcat's default (8192) would refuse the 10,000 streams. Needs ulimit -n above N + 1000
# for both the server and the client (checked). Targets: p99 <= 100 ms for 10,000 streams on one
# instance, <= 150 ms through Redis.
#
# Knobs (environment): ROUNDS=3 LIVE_N="1000 10000" LIVE_REVALIDATIONS=20 LIVE_TOPOLOGIES="floor solo redis"
#   SKIP_BUILD=1 RESULTS=dir JVM_FLAGS="-Xmx4g" (1g runs out of heap near 9,700 streams)
set -euo pipefail

ROUNDS=${ROUNDS:-3}
LIVE_N=${LIVE_N:-1000 10000}
LIVE_REVALIDATIONS=${LIVE_REVALIDATIONS:-20}
LIVE_TOPOLOGIES=${LIVE_TOPOLOGIES:-floor solo redis}
JVM_FLAGS=${JVM_FLAGS:--Xmx4g}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
RESULTS=${RESULTS:-$HERE/results/live-$(date +%Y%m%d-%H%M%S)}
mkdir -p "$RESULTS"
# shellcheck source=ports.sh
source "$HERE/ports.sh"

say() { printf '%s\n' "$*" | tee -a "$RESULTS/summary.txt" >&2; }

PIDS=()
stop_servers() {
	for pid in "${PIDS[@]}"; do
		kill -- -"$pid" 2>/dev/null || true
	done
	for pid in "${PIDS[@]}"; do
		for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
		kill -9 -- -"$pid" 2>/dev/null || true
	done
	PIDS=()
}
trap stop_servers EXIT
trap 'exit 130' INT TERM

max_n=0
for n in $LIVE_N; do ((n > max_n)) && max_n=$n; done
if (($(ulimit -n) < max_n + 1000)); then
	ulimit -n $((max_n + 1000)) 2>/dev/null || { say "ulimit -n is $(ulimit -n): raise it above $((max_n + 1000))"; exit 1; }
fi

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
	say "==> building the benchmark app"
	(cd "$ROOT" && ./mvnw -B -q -o -pl benchmarks -am package -DskipTests)
fi
JAR=$(ls "$HERE"/target/server-actions-benchmarks-*.jar | grep -v -- '-plain\|\.original' | head -n 1)
SECRET=$(head -c 32 /dev/urandom | base64)

# start NAME PORT [ARGS...]: the benchmark app in its own process group
start() {
	local name=$1 port=$2
	shift 2
	# shellcheck disable=SC2086 # JVM_FLAGS is a list of flags
	setsid java $JVM_FLAGS -jar "$JAR" --server.address=127.0.0.1 --server.port="$port" \
		--server.tomcat.max-connections=20000 --server.tomcat.accept-count=2000 \
		--server-actions.live.max-connections=20000 \
		--server-actions.secret="$SECRET" "$@" >"$RESULTS/$name.log" 2>&1 </dev/null &
	PIDS+=("$!")
	await_server "$name" "http://127.0.0.1:$port/live/board"
}
# start_floor PORT: RawEventServer in its own process group
start_floor() {
	# shellcheck disable=SC2086 # JVM_FLAGS is a list of flags
	setsid java $JVM_FLAGS -cp "$HERE/target/classes" dev.serveractions.benchmarks.live.RawEventServer "$1" \
		>"$RESULTS/floor.log" 2>&1 </dev/null &
	PIDS+=("$!")
	await_server floor "http://127.0.0.1:$1/"
}
# await_server NAME URL: until the URL answers 200 (at most 2 minutes), else the server's log and exit
await_server() {
	for _ in $(seq 1 240); do
		curl -fsS -o /dev/null --max-time 2 "$2" 2>/dev/null && return 0
		sleep 0.5
	done
	say "$1 did not start; its log:"; tail -n 30 "$RESULTS/$1.log" >&2; exit 1
}
rss_kb() { awk '/VmRSS/ { print $2 }' "/proc/$1/status"; }
# heap in use after a full GC, in kB
heap_kb() { jcmd "$1" GC.run >/dev/null; jcmd "$1" GC.heap_info | grep -o 'used [0-9]*K' | head -n 1 | tr -dc 0-9; }
# cpu_ticks PID PREFIX: user + system CPU so far of the writer threads (the library's are
# server-actions-live-N, the floor's floor-writer-N; the kernel shows 15 characters of a name), in clock ticks
cpu_ticks() { for t in /proc/$1/task/*; do if grep -q "^$2" "$t/comm" 2>/dev/null; then cat "$t/stat"; fi; done | awk '{ s += $14 + $15 } END { print s + 0 }'; }
server_pid() { pgrep -f -- "(--server.port=|RawEventServer )$1( |\$)" | head -n 1; }

for round in $(seq 1 "$ROUNDS"); do
	for topology in $LIVE_TOPOLOGIES; do
		for n in $LIVE_N; do
			stream_port=$(free_port)
			cluster=()
			if [[ $topology == redis ]]; then
				redis_port=$(free_port)
				setsid redis-server --bind 127.0.0.1 --port "$redis_port" --save "" --appendonly no \
					--dir "$RESULTS" >"$RESULTS/redis.log" 2>&1 </dev/null &
				PIDS+=("$!")
				sleep 0.5
				cluster=(--server-actions.cluster.enabled=true --spring.data.redis.host=127.0.0.1
					--spring.data.redis.port="$redis_port")
			fi
			revalidate_port=$stream_port
			writers=server-actions-
			if [[ $topology == floor ]]; then
				start_floor "$stream_port"
				token=floor
				writers=floor-writer-
			else
				start b "$stream_port" "${cluster[@]}"
				if [[ $topology == redis ]]; then
					revalidate_port=$(free_port)
					start a "$revalidate_port" "${cluster[@]}"
				fi
				token=$(curl -fsS "http://127.0.0.1:$stream_port/live/board" | grep -o 'data-sa-subscription="[^"]*"' | cut -d'"' -f2)
			fi
			pid=$(server_pid "$stream_port")
			before=$(rss_kb "$pid")
			heap_before=$(heap_kb "$pid")
			out="$RESULTS/round$round-$topology-$n.txt"
			timeout 600 java -cp "$HERE/target/classes" dev.serveractions.benchmarks.live.LiveFanout \
				"$stream_port" "$revalidate_port" "$token" "$n" $((LIVE_REVALIDATIONS + 3)) >"$out" 2>&1 &
			client=$!
			until grep -q "opened" "$out" 2>/dev/null || ! kill -0 $client 2>/dev/null; do sleep 0.2; done
			sleep 1
			after=$(rss_kb "$pid")
			heap_after=$(heap_kb "$pid")
			ticks_before=$(cpu_ticks "$pid" "$writers")
			until grep -q "^RESULT" "$out" 2>/dev/null || ! kill -0 $client 2>/dev/null; do sleep 0.05; done
			ticks_after=$(cpu_ticks "$pid" "$writers")
			wait $client || { say "client failed:"; tail -n 20 "$out" >&2; exit 1; }
			# the first 3 revalidations warm up: p50/p99 over the rest
			lat=$(grep '^revalidation' "$out" | tail -n +4 | sed 's/.*after \([0-9.]*\) ms/\1/' | sort -n)
			count=$(echo "$lat" | wc -l)
			p50=$(echo "$lat" | awk -v c="$count" 'NR == int((c + 1) / 2) { print }')
			p99=$(echo "$lat" | awk -v c="$count" 'NR == int(c * 0.99 + 0.999) { print }')
			per=$(awk -v a="$after" -v b="$before" -v n="$n" 'BEGIN { printf "%.1f", (a - b) / n }')
			heap_per=$(awk -v a="$heap_after" -v b="$heap_before" -v n="$n" 'BEGIN { printf "%.1f", (a - b) / n }')
			cpu_per=$(awk -v a="$ticks_after" -v b="$ticks_before" -v r=$((LIVE_REVALIDATIONS + 3)) -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.0f", (a - b) * 1000 / hz / r }')
			say "round $round $topology n=$n: last-client latency p50 ${p50} ms, p99 ${p99} ms over $count revalidations; writer threads' CPU ${cpu_per} ms per revalidation; RSS $before -> $after kB, $per kB per stream; heap after full GC $heap_before -> $heap_after kB, $heap_per kB per stream"
			say "    every revalidation (ms): $(echo $lat)"
			printf '%s %s %s %s\n' "$topology" "$n" "$p50" "$p99" >>"$RESULTS/runs.txt"
			stop_servers
		done
	done
done
# medians over the rounds, side by side, and each topology's ratio to the floor
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
say "medians over $ROUNDS round(s), ms to the last stream (ratio to the floor, same N):"
for n in $LIVE_N; do
	floor50= floor99=
	for topology in $LIVE_TOPOLOGIES; do
		p50=$(awk -v t="$topology" -v n="$n" '$1 == t && $2 == n { print $3 }' "$RESULTS/runs.txt" | median)
		p99=$(awk -v t="$topology" -v n="$n" '$1 == t && $2 == n { print $4 }' "$RESULTS/runs.txt" | median)
		[[ $topology == floor ]] && { floor50=$p50; floor99=$p99; }
		ratio=""
		if [[ -n $floor50 && $topology != floor ]]; then
			ratio=$(awk -v a="$p50" -v b="$p99" -v c="$floor50" -v d="$floor99" 'BEGIN { printf " (%.2fx, %.2fx)", a / c, b / d }')
		fi
		say "  n=$n $topology: p50 $p50, p99 $p99$ratio"
	done
done
say "results in $RESULTS"
