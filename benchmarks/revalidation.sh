#!/usr/bin/env bash
# Revalidation benchmarks (issue 4), one run, medians of ROUNDS wrk runs per variant:
#   cached 1000x5 Thymeleaf table page vs its uncached render      (target >= 30x)
#   cached page vs Tomcat serving the same bytes as a static file  (target >= 0.8x)
#   revalidateTag with 100,000 unrelated entries vs with none      (target <= 2x)
# Usage: benchmarks/revalidation.sh [-d seconds] [-r rounds] [-c connections] [-t threads]
set -euo pipefail

DURATION=10 ROUNDS=3 CONNECTIONS=16 THREADS=2 PORT=${PORT:-18081}
while getopts "d:r:c:t:" opt; do
	case $opt in
		d) DURATION=$OPTARG ;; r) ROUNDS=$OPTARG ;; c) CONNECTIONS=$OPTARG ;; t) THREADS=$OPTARG ;;
		*) echo "usage: $0 [-d seconds] [-r rounds] [-c connections] [-t threads]" >&2; exit 2 ;;
	esac
done
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
APP_PID=
cleanup() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

cd "$ROOT"
if [ -z "${SKIP_BUILD:-}" ]; then
	./mvnw -B -q -pl benchmarks -am package -DskipTests
fi
JAR=$(ls benchmarks/target/server-actions-benchmarks-*.jar | grep -v original | head -1)
mkdir -p "$WORK/static"
java -Xmx512m -jar "$JAR" --server.port="$PORT" --logging.level.root=warn \
	--spring.web.resources.static-locations="file:$WORK/static/" \
	--server-actions.cache.max-size=256MB >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
	curl -fs "http://127.0.0.1:$PORT/cache/table" -o /dev/null && break
	sleep 0.5
done
curl -fs "http://127.0.0.1:$PORT/cache/table" -o /dev/null || { cat "$WORK/app.log"; exit 1; }

BASE="http://127.0.0.1:$PORT"
curl -fs "$BASE/cache/table-cached" -o "$WORK/static/table.html"
curl -fs "$BASE/cache/table" -o "$WORK/uncached.html"
cmp -s "$WORK/static/table.html" "$WORK/uncached.html" || { echo "cached and uncached pages differ" >&2; exit 1; }
echo "page: $(wc -c <"$WORK/static/table.html") bytes; X-Cache: $(curl -s -D - -o /dev/null "$BASE/cache/table-cached" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-cache"{print $2}')"

rps() { # url -> requests/s of one wrk run
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"${1}s" "$2" | awk '/Requests\/sec/ {print $2}'
}
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

echo "warming up..."
for url in /cache/table /cache/table-cached /table.html; do rps 3 "$BASE$url" >/dev/null; done

declare -A RESULTS
for variant in uncached:/cache/table cached:/cache/table-cached static:/table.html; do
	name=${variant%%:*} url=${variant#*:}
	runs=()
	for _ in $(seq 1 "$ROUNDS"); do runs+=("$(rps "$DURATION" "$BASE$url")"); done
	RESULTS[$name]=$(printf '%s\n' "${runs[@]}" | median)
	printf '%-9s %10s req/s (runs: %s)\n' "$name" "${RESULTS[$name]}" "${runs[*]}"
done

COST=$(curl -fs -X POST "$BASE/cache/bench/revalidate-tag?unrelated=100000&iterations=2000")
echo "revalidateTag: $COST"

awk -v u="${RESULTS[uncached]}" -v c="${RESULTS[cached]}" -v s="${RESULTS[static]}" -v cost="$COST" 'BEGIN {
	match(cost, /"ratio":[0-9.eE+-]+/); r = substr(cost, RSTART + 8, RLENGTH - 8)
	printf "cached vs uncached render:   %6.1fx (target >= 30x)\n", c / u
	printf "cached vs static file:       %6.2fx (target >= 0.8x)\n", c / s
	printf "revalidateTag 100k unrelated vs none: %.2fx (target <= 2x)\n", r
}'
