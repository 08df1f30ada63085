#!/usr/bin/env bash
# Measures the same work served several ways, side by side, in one run, with wrk.
#
#   benchmarks/run.sh
#
# Builds the Spring benchmark app (and the Next.js app when node is installed), starts every
# server on 127.0.0.1 on a free port, checks that variants meant to be equal return the same
# bytes and that every POST variant answers its status and really runs its action, warms each
# variant up twice, then runs ROUNDS rounds (in each, every group's variants back to back, order
# rotated each round) and prints req/s, p50 and p99 per round, the medians and the ratios, and
# the cost of revalidateTag with 100,000 unrelated cache entries. Every server it started is
# stopped on exit.
#
# Group cluster (needs redis-server on the PATH: apt-get install -y redis-server): a Redis on a
# free port and two instances in cluster mode; the cached heavy page with cluster mode against
# the same page without (at least 5 rounds), and in each round the cross-instance invalidation
# latency over CLUSTER_REVALIDATIONS=1000 revalidations ("cluster-latency"), with what a shared
# second-level store would cost and save for the heavy page.
#
# Group live (ONLY=live, run by live.sh): N event streams of a live page (1,000 and 10,000), the
# time from a revalidation to the event at the last stream, one instance and two through Redis,
# beside the floor: the same streams served by plain Java NIO (RawEventServer), with ratios to it.
#
# Group purgestorm: the cached page read by 10 connections, alone and while 160 writers purge
# everything below "/" at PURGE_RATE=500 purges/s in total (wrk/paced.lua); target: reads keep
# 80 % of their rate. (A purge may wait up to 200 ms for its coalesced run during a storm, so
# 500/s needs at least 100 writer connections.)
#
# Knobs (environment): ROUNDS=3 (the routes group: at least 5) DURATION=10s WARMUP=15s THREADS=2 CONNECTIONS=32
#   ONLY="actions" runs one group (routes, actions, cache, writes, purgestorm; startup: see startup.sh) or named variants
#   (ONLY="route controller"; "revalidate-tag" is the revalidateTag measurement);
#   SKIP_BUILD=1 reuses the last build; RESULTS=dir keeps the raw wrk output there
#   (default benchmarks/results/<timestamp>, which git ignores).
set -euo pipefail

ROUNDS=${ROUNDS:-3}
# Groups whose ratio is close to 1, so that one lucky round must not decide it: they run at least
# this many rounds whatever ROUNDS says.
declare -A MIN_ROUNDS=([routes]=5 [cluster]=5)
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-15s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
JVM_FLAGS=${JVM_FLAGS:--Xms512m -Xmx512m}
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-120}

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
RESULTS=${RESULTS:-$HERE/results/$(date +%Y%m%d-%H%M%S)}
# ONLY=live measures live pages instead: the refresh fan-out to N event streams (see live.sh).
if [[ "${ONLY-}" == live ]]; then
	exec "$(dirname "${BASH_SOURCE[0]}")/live.sh"
fi
# ONLY=startup measures cold start instead (time to the first 200, RSS, the library's own cost).
if [[ "${ONLY-}" == startup ]]; then
	exec "$HERE/startup.sh"
fi

# ---------------------------------------------------------------------------------------------
# The variants. One line each: name, group, server, path, body group, request.
#   group       ONLY=<group> runs the group; a round runs a group's variants back to back
#   server      a start_<server> function below; it sets PORT_<server>
#   body group  variants with the same group must answer byte-identical bodies ("-": no check)
#   request     "-": plain GET; else a request_<name> function below that describes a POST
#               (body, headers, expected status, the counter that proves the action ran),
#               sent by wrk through wrk/request.lua
# To add a variant, add a line (and, for a new server, a start_<server> function).
VARIANTS=(
	"route          routes   spring  /route/todos         todos  -"
	"controller     routes   spring  /controller/todos    todos  -"
	"nextjs         routes   nextjs  /api/todos           todos  -"
	"action-form    actions  spring  /actions/page        -      action_form"
	"postmapping    actions  spring  /classic/page        -      postmapping"
	"action-runtime actions  spring  /actions/page        -      action_runtime"
	"nextjs-form    actions  nextjs  /actions             -      nextjs_form"
	"nextjs-fetch   actions  nextjs  /actions             -      nextjs_fetch"
	"cached         cache    spring  /cache/table-cached  table  -"
	"uncached       cache    spring  /cache/table         table  -"
	"static         cache    spring  /table.html          table  -"
	"nextjs-static  cache    nextjs  /table               -      -"
	"cached-w1      writes   spring  /cache/table-cached  table  -"
	"uncached-w1    writes   spring  /cache/table         table  -"
	"cached-w10     writes   spring  /cache/table-cached  table  -"
	"uncached-w10   writes   spring  /cache/table         table  -"
	"cached-solo    cluster  spring     /cache/table-cached  table  -"
	"cached-cluster cluster  cluster_a  /cache/table-cached  table  -"
	"keyflood       keyflood spring     /cache/table-cached  table  -"
	"cached-calm    purgestorm spring   /cache/table-cached  table  -"
	"cached-storm   purgestorm spring   /cache/table-cached  table  -"
	"cached-posts   purgestorm spring   /cache/table-cached  table  -"
)
# Reads under writes: while a variant listed here is measured, writers POST to a path that
# revalidates the cached page, as fast as they can, for as long as the readers read. One line
# each: variant, reader connections (instead of CONNECTIONS), writer connections, writer path.
# The uncached variants get the same writers, so both sides share the machine with them.
WITH_WRITERS=(
	"cached-w1      10  1   /cache/table/revalidate"
	"uncached-w1    10  1   /cache/table/revalidate"
	"cached-w10     10  10  /cache/table/revalidate"
	"uncached-w10   10  10  /cache/table/revalidate"
	"cached-calm    10  0   -"
	"cached-storm   10  160 /cache/purge"
	"cached-posts   10  160 /cache/noop"
)
# Key flood: while a variant listed here is measured (its readers GET the real page and count
# its X-Cache answers), flooders GET the same page with a random query parameter, matrix
# parameter or Accept-Language each (wrk/keyflood.lua). The report gives the readers' hit rate
# (target KEYFLOOD_HIT_RATE_TARGET) and the store's entries and bytes after each round. One line
# each: variant, flooder connections.
FLOODED=(
	"keyflood       16"
)
KEYFLOOD_HIT_RATE_TARGET=0.90
# Writers that keep a pace instead of going as fast as they can: variant, writes per second (all
# writer connections together). The purge storm: /cache/purge expires everything below "/".
# cached-posts is the control: the same writers at the same rate POST to a handler that purges
# nothing, so the storm's cost splits into what any 500 POSTs/s cost and what the purges add.
declare -A WRITER_RATE=([cached-storm]=${PURGE_RATE:-500} [cached-posts]=${PURGE_RATE:-500})
# The ratios to print: numerator, denominator (by median req/s), target (numerator/denominator
# at least this).
RATIOS=(
	"route           controller     0.95"
	"route           nextjs         10"
	"action-form     postmapping    0.90"
	"action-form     nextjs-form    15"
	"action-runtime  nextjs-fetch   10"
	"cached          uncached       30"
	"cached          static         0.8"
	"cached          nextjs-static  10"
	"cached-w1       uncached-w1    1"
	"cached-w10      uncached-w10   1"
	"cached-cluster  cached-solo    0.95"
	"cached-storm    cached-calm    0.8"
	"cached-posts    cached-calm    -"
	"cached-storm    cached-posts   -"
)
# revalidateTag with REVALIDATE_UNRELATED unrelated entries vs none: at most this many times slower.
REVALIDATE_TAG_TARGET=2
REVALIDATE_UNRELATED=${REVALIDATE_UNRELATED:-100000}
# Cross-instance invalidation latency: p99 over CLUSTER_REVALIDATIONS at most this many ms.
CLUSTER_LATENCY_P99_TARGET_MS=10
CLUSTER_REVALIDATIONS=${CLUSTER_REVALIDATIONS:-1000}
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

# shellcheck source=ports.sh
. "$HERE/ports.sh"

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
# Every server: a start_<server> function that sets PORT_<server>, and READY_<server>, a path
# that answers 2xx once the server is up.
SPRING_JAR=""
READY_spring=/controller/todos
start_spring() {
	PORT_spring=$(free_port)
	# The static variant serves the cached page's bytes from this directory (written once the
	# app is up); the cache is large enough for the revalidateTag measurement's entries.
	mkdir -p "$RESULTS/static"
	# shellcheck disable=SC2086 # JVM_FLAGS is a list of flags
	launch spring "$RESULTS/spring.log" java $JVM_FLAGS -jar "$SPRING_JAR" \
		--server.address=127.0.0.1 --server.port="$PORT_spring" \
		--spring.web.resources.static-locations="file:$RESULTS/static/" \
		--server-actions.cache.max-size=256MB
}

# Cluster mode: one Redis and two instances; cluster_b records when revalidations reach it.
CLUSTER_SECRET=$(head -c 32 /dev/urandom | base64)
PORT_redis=""
start_redis() {
	[[ -z "$PORT_redis" ]] || return 0
	if ! command -v redis-server >/dev/null 2>&1; then
		say "redis-server is not installed (group cluster): apt-get install -y redis-server"
		exit 1
	fi
	PORT_redis=$(free_port)
	launch redis "$RESULTS/redis.log" redis-server --bind 127.0.0.1 --port "$PORT_redis" --save "" \
		--appendonly no --dir "$RESULTS"
	for _ in $(seq 1 100); do
		redis-cli -p "$PORT_redis" ping 2>/dev/null | grep -q PONG && return 0
		sleep 0.1
	done
	say "redis-server did not answer on port $PORT_redis; its log:"
	tail -n 20 "$RESULTS/redis.log" >&2
	exit 1
}
# start_cluster NAME [ARGS...]
start_cluster() {
	local name=$1
	shift
	start_redis
	eval "PORT_$name=$(free_port)"
	# shellcheck disable=SC2086 # JVM_FLAGS is a list of flags
	launch "$name" "$RESULTS/$name.log" java $JVM_FLAGS -jar "$SPRING_JAR" \
		--server.address=127.0.0.1 --server.port="$(eval echo "\$PORT_$name")" \
		--server-actions.cluster.enabled=true --server-actions.secret="$CLUSTER_SECRET" \
		--spring.data.redis.host=127.0.0.1 --spring.data.redis.port="$PORT_redis" "$@"
}
READY_cluster_a=/controller/todos
start_cluster_a() {
	start_cluster cluster_a
}
READY_cluster_b=/controller/todos
start_cluster_b() {
	start_cluster cluster_b --benchmark.cluster.record-receipts=true
}

READY_nextjs=/api/todos
start_nextjs() {
	PORT_nextjs=$(free_port)
	launch nextjs "$RESULTS/nextjs.log" env NEXT_TELEMETRY_DISABLED=1 \
		node "$HERE/nextjs/node_modules/next/dist/bin/next" start "$HERE/nextjs" \
		-H 127.0.0.1 -p "$PORT_nextjs"
}

# url SERVER PATH
url() {
	echo "http://127.0.0.1:$(eval echo "\$PORT_$1")$2"
}

# writers_of NAME: "reader-connections writer-connections writer-path" ("CONNECTIONS 0 -" when
# the variant runs without writers).
writers_of() {
	local line n readers writers path
	for line in "${WITH_WRITERS[@]}"; do
		read -r n readers writers path <<<"$line"
		if [[ "$n" == "$1" ]]; then
			echo "$readers $writers $path"
			return
		fi
	done
	echo "$CONNECTIONS 0 -"
}

# ---- the POST variants' requests ----------------------------------------------------------------
# request_<name> FILE: writes the body to FILE.body and the headers, one "Name: value" a line,
# to FILE.headers; sets REQ_STATUS (the status the variant must answer) and REQ_COUNT (a URL
# whose number grows by one each time the variant's action runs). Every POST carries the
# Origin a browser sends, so both frameworks' cross-site checks run as they would for a user.

TEXT="Signed by wrk"

# The id of the guestbook.sign action as <form sa:action="guestbook.sign"> rendered it.
spring_action_id() {
	local id
	id=$(curl -fsS "$(url spring /actions/page)" | sed -n 's/.*name="_sa_action" value="\([^"]*\)".*/\1/p' | head -n 1)
	[[ -n "$id" ]] || { say "no _sa_action field in $(url spring /actions/page)"; exit 1; }
	echo "$id"
}

# Server action, JavaScript off: the form's fields (with _sa_action) posted url-encoded → 303.
request_action_form() {
	printf '_sa_action=%s&text=%s' "$(spring_action_id)" "${TEXT// /+}" >"$1.body"
	printf 'Content-Type: application/x-www-form-urlencoded\nOrigin: %s\n' "$(url spring "")" >"$1.headers"
	REQ_STATUS=303
	REQ_COUNT=$(url spring /actions/count)
}

# The same work behind a hand-written @PostMapping that returns "redirect:" (Spring's 302).
request_postmapping() {
	printf 'text=%s' "${TEXT// /+}" >"$1.body"
	printf 'Content-Type: application/x-www-form-urlencoded\nOrigin: %s\n' "$(url spring "")" >"$1.headers"
	REQ_STATUS=302
	REQ_COUNT=$(url spring /actions/count)
}

# Server action through the client runtime: what runtime.js sends for a form submit (the form's
# fields url-encoded, header Sa-Action, Accept) → 200 with the page rendered again.
request_action_runtime() {
	local id
	id=$(spring_action_id)
	printf '_sa_action=%s&text=%s' "$id" "${TEXT// /+}" >"$1.body"
	printf 'Content-Type: application/x-www-form-urlencoded\nOrigin: %s\nSa-Action: %s\nAccept: %s\n' \
		"$(url spring "")" "$id" "text/html, application/problem+json" >"$1.headers"
	REQ_STATUS=200
	REQ_COUNT=$(url spring /actions/count)
}

# Next.js server action, JavaScript off: the form as React renders it (multipart, field
# $ACTION_ID_<id> taken from the page's HTML); the action redirects → 303.
request_nextjs_form() {
	local id boundary=----run-sh-form-boundary
	id=$(curl -fsS "$(url nextjs /actions)" | grep -o 'name="\$ACTION_ID_[0-9a-f]*"' | head -n 1 | sed 's/.*_\([0-9a-f]*\)"$/\1/')
	[[ -n "$id" ]] || { say "no \$ACTION_ID_ field in $(url nextjs /actions)"; exit 1; }
	printf -- '--%s\r\nContent-Disposition: form-data; name="$ACTION_ID_%s"\r\n\r\n\r\n--%s\r\nContent-Disposition: form-data; name="text"\r\n\r\n%s\r\n--%s--\r\n' \
		"$boundary" "$id" "$boundary" "$TEXT" "$boundary" >"$1.body"
	printf 'Content-Type: multipart/form-data; boundary=%s\nOrigin: %s\n' "$boundary" "$(url nextjs "")" >"$1.headers"
	REQ_STATUS=303
	REQ_COUNT=$(url nextjs /api/entries)
}

# Next.js server action called from the client: header Next-Action (the id of signFromScript in
# the build's server reference manifest, the id its client chunk carries), React's reply
# encoding of one string argument as the body; the action calls revalidatePath, so the answer
# (text/x-component, 200) carries the page rendered again, like the Spring runtime's answer.
request_nextjs_fetch() {
	local id tree
	id=$(node -e 'const m = require(process.argv[1]);
		for (const [id, action] of Object.entries(m.node)) if (action.exportedName === "signFromScript") console.log(id);' \
		"$HERE/nextjs/.next/server/server-reference-manifest.json")
	[[ -n "$id" ]] || { say "no signFromScript in the Next.js server reference manifest"; exit 1; }
	# The router state the client sends for /actions: ["",{"children":["actions",{"children":["__PAGE__",{},null,null]},null,null]},null,null,true]
	tree='%5B%22%22%2C%7B%22children%22%3A%5B%22actions%22%2C%7B%22children%22%3A%5B%22__PAGE__%22%2C%7B%7D%2Cnull%2Cnull%5D%7D%2Cnull%2Cnull%5D%7D%2Cnull%2Cnull%2Ctrue%5D'
	printf '["%s"]' "$TEXT" >"$1.body"
	printf 'Content-Type: text/plain;charset=UTF-8\nOrigin: %s\nNext-Action: %s\nAccept: text/x-component\nNext-Router-State-Tree: %s\n' \
		"$(url nextjs "")" "$id" "$tree" >"$1.headers"
	REQ_STATUS=200
	REQ_COUNT=$(url nextjs /api/entries)
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

known_groups=" " known_names=" "
for line in "${VARIANTS[@]}"; do
	read -r name group _ <<<"$line"
	[[ "$known_groups" == *" $group "* ]] || known_groups+="$group "
	known_names+="$name "
done
known_names+="revalidate-tag cluster-latency "
for word in ${ONLY-}; do
	if [[ "$known_groups$known_names" != *" $word "* ]]; then
		say "ONLY: '$word' is neither a group (${known_groups# }) nor a variant (${known_names# })"
		exit 2
	fi
done
selected() { # NAME GROUP
	[[ -z "${ONLY-}" || " $ONLY " == *" $1 "* || " $ONLY " == *" $2 "* ]]
}

ACTIVE=()
SERVERS=()
WANTED=" "
for line in "${VARIANTS[@]}"; do
	read -r name group server _ <<<"$line"
	selected "$name" "$group" || continue
	WANTED+=" $name "
	if [[ "$server" == nextjs ]] && ((!HAVE_NODE)); then
		say "NOTICE: node is not installed, so the Next.js variant '$name' is skipped."
		continue
	fi
	ACTIVE+=("$line")
	[[ " ${SERVERS[*]-} " == *" $server "* ]] || SERVERS+=("$server")
done
MEASURE_CLUSTER_LATENCY=0
if selected cluster-latency cluster; then
	MEASURE_CLUSTER_LATENCY=1
	[[ " ${SERVERS[*]-} " == *" cluster_a "* ]] || SERVERS+=(cluster_a)
fi
# cluster_a always has a peer that listens, as in a real cluster
if [[ " ${SERVERS[*]-} " == *" cluster_a "* ]]; then
	SERVERS+=(cluster_b)
fi
MEASURE_REVALIDATE_TAG=0
if selected revalidate-tag cache; then
	MEASURE_REVALIDATE_TAG=1
	[[ " ${SERVERS[*]-} " == *" spring "* ]] || SERVERS+=(spring)
fi

for server in "${SERVERS[@]}"; do
	say "==> starting $server"
	"start_$server"
done
for server in "${SERVERS[@]}"; do
	wait_for "$server" "$(url "$server" "$(eval echo "\$READY_$server")")"
done

# The static variant: the cached page's bytes, as a file that Spring Boot's static resource
# handling serves.
for line in "${ACTIVE[@]}"; do
	read -r name _ <<<"$line"
	if [[ "$name" == static ]]; then
		curl -fsS --max-time 30 -o "$RESULTS/static/table.html" "$(url spring /cache/table-cached)"
	fi
done

# ---- same answer, right status, action ran ----------------------------------------------------

declare -A FIRST_OF_GROUP=() BYTES=() REQUEST_OF=() COUNT_OF=() NOTES=()
for line in "${ACTIVE[@]}"; do
	read -r name _ server path body_group request <<<"$line"
	if [[ "$request" == - ]]; then
		curl -fsS --max-time 30 -D "$RESULTS/$name.response-headers" -o "$RESULTS/$name.body" "$(url "$server" "$path")"
		BYTES[$name]=$(wc -c <"$RESULTS/$name.body")
		cache=$(tr -d '\r' <"$RESULTS/$name.response-headers" | awk -F': ' 'tolower($1) == "x-cache" { print $2 }')
		[[ -n "$cache" ]] && NOTES[$name]="X-Cache: $cache"
		[[ "$body_group" == - ]] && continue
		if [[ -z "${FIRST_OF_GROUP[$body_group]-}" ]]; then
			FIRST_OF_GROUP[$body_group]=$name
		elif ! cmp -s "$RESULTS/${FIRST_OF_GROUP[$body_group]}.body" "$RESULTS/$name.body"; then
			say "variants '${FIRST_OF_GROUP[$body_group]}' and '$name' answer different bodies:"
			diff <(head -c 400 "$RESULTS/${FIRST_OF_GROUP[$body_group]}.body") <(head -c 400 "$RESULTS/$name.body") >&2 || true
			exit 1
		fi
		continue
	fi
	"request_$request" "$RESULTS/$name.request"
	REQUEST_OF[$name]="$RESULTS/$name.request"
	COUNT_OF[$name]=$REQ_COUNT
	before=$(curl -fsS --max-time 10 "$REQ_COUNT")
	status=$(curl -sS --max-time 30 -o "$RESULTS/$name.body" -w '%{http_code}' -X POST \
		-H "@$RESULTS/$name.request.headers" --data-binary "@$RESULTS/$name.request.body" "$(url "$server" "$path")")
	after=$(curl -fsS --max-time 10 "$REQ_COUNT")
	BYTES[$name]=$(wc -c <"$RESULTS/$name.body")
	if [[ "$status" != "$REQ_STATUS" ]]; then
		say "variant '$name' answered $status instead of $REQ_STATUS:"
		head -c 600 "$RESULTS/$name.body" >&2
		exit 1
	fi
	if ((after != before + 1)); then
		say "variant '$name' answered $status but its action did not run (count $before → $after)"
		exit 1
	fi
	NOTES[$name]="answers $status, action ran"
done
# The writers' POST: an empty body; it must answer 204 and expire the cached page.
: >"$RESULTS/writer.request.body"
printf 'Content-Type: application/x-www-form-urlencoded\n' >"$RESULTS/writer.request.headers"
for line in "${ACTIVE[@]}"; do
	read -r name _ server path _ <<<"$line"
	read -r readers writers writer_path <<<"$(writers_of "$name")"
	((writers)) || continue
	status=$(curl -sS --max-time 30 -o /dev/null -w '%{http_code}' -X POST "$(url "$server" "$writer_path")")
	if [[ "$status" != 204 ]]; then
		say "the writers' POST $writer_path answered $status instead of 204"
		exit 1
	fi
	NOTES[$name]="$readers readers, $writers writer(s) POST $writer_path"
done
say "==> checked: same bodies within each body group; every POST variant answers its status and runs its action"

# ---- key flood (group keyflood) ---------------------------------------------------------------

# flooders_of NAME: the flooder connections of a variant, 0 when it runs without a flood.
flooders_of() {
	local line n connections
	for line in "${FLOODED[@]}"; do
		read -r n connections <<<"$line"
		[[ "$n" == "$1" ]] && { echo "$connections"; return; }
	done
	echo 0
}

# flood_start NAME SERVER PATH DURATION LABEL: the flood of a flooded variant, in the background.
FLOOD_PID=""
flood_start() {
	local flooders
	flooders=$(flooders_of "$1")
	((flooders)) || return 0
	timeout --signal=KILL 300 wrk -t1 -c"$flooders" -d"$4" -s "$HERE/wrk/keyflood.lua" \
		"$(url "$2" "$3")" >"$RESULTS/$1.$5.flood.txt" &
	FLOOD_PID=$!
}

# flood_stop NAME SERVER LABEL: waits for the flood; notes its rate and the store's size.
flood_stop() {
	[[ -n "$FLOOD_PID" ]] || return 0
	wait "$FLOOD_PID"
	FLOOD_PID=""
	{
		echo "Flood/sec: $(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$RESULTS/$1.$3.flood.txt")"
		echo "Store: $(curl -fsS --max-time 10 "$(url "$2" /cache/bench/store)")"
	} >>"$RESULTS/$1.$3.txt"
}

# keyflood_report: per round and as a median, the readers' hit rate under the flood and the
# store's size; the hit rate against its target.
keyflood_report() {
	local line name flooders round file rates="" rate
	for line in "${FLOODED[@]}"; do
		read -r name flooders <<<"$line"
		[[ -n "${RPS[$name]-}" ]] || continue
		echo
		echo "$name: readers GET $(awk -v n="$name" '$1 == n { print $4 }' <<<"$(printf '%s\n' "${VARIANTS[@]}")") while $flooders flooders GET it with random keys"
		for round in $(seq 1 "$MAX_ROUNDS"); do
			file="$RESULTS/$name.round$round.txt"
			[[ -f "$file" ]] || continue
			rate=$(awk '/^X-Cache:/ { t = $3 + $5 + $7 + $9; printf "%.4f", (t > 0) ? ($3 + $5) / t : 0 }' "$file")
			rates+=" $rate"
			echo "  round $round: $(grep '^X-Cache:' "$file"), hit rate $rate; flood $(awk '/^Flood\/sec:/ { print $2 }' "$file") req/s; $(grep '^Store:' "$file")"
		done
		rate=$(median %.4f <<<"$rates")
		printf '%-30s %8s %8s %8s %8s  %s\n' "$name hit rate" "$rate" - - ">= $KEYFLOOD_HIT_RATE_TARGET" \
			"$(awk -v r="$rate" -v t="$KEYFLOOD_HIT_RATE_TARGET" 'BEGIN { print (r >= t) ? "met" : "MISSED" }')"
	done
}

# ---- measure ----------------------------------------------------------------------------------

# cpu_ticks PID: user + system CPU time of a process (all its threads), in clock ticks.
cpu_ticks() {
	# The command name in /proc/PID/stat may hold spaces; the fields after it are fixed.
	sed 's/.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'
}

# bench NAME LABEL DURATION: one wrk run against variant NAME, raw output kept in RESULTS.
bench() {
	local name=$1 label=$2 duration=$3 line n server path args=() pid before count_before connections writers \
		writer_path writer_pid
	for line in "${ACTIVE[@]}"; do
		read -r n _ server path _ <<<"$line"
		[[ "$n" == "$name" ]] && break
	done
	if [[ -n "${REQUEST_OF[$name]-}" ]]; then
		args+=(-s "$HERE/wrk/request.lua")
		export WRK_BODY_FILE="${REQUEST_OF[$name]}.body" WRK_HEADERS_FILE="${REQUEST_OF[$name]}.headers"
		count_before=$(curl -fsS --max-time 10 "${COUNT_OF[$name]}")
	fi
	pid=$(eval echo "\$PID_$server")
	read -r connections writers writer_path <<<"$(writers_of "$name")"
	(($(flooders_of "$name"))) && args+=(-s "$HERE/wrk/xcache.lua")
	before=$(cpu_ticks "$pid")
	flood_start "$name" "$server" "$path" "$duration" "$label"
	if ((writers)); then
		# The writers run for the readers' whole run (and stop by themselves with it).
		WRK_BODY_FILE="$RESULTS/writer.request.body" WRK_HEADERS_FILE="$RESULTS/writer.request.headers" \
			WRK_LUA_DIR="$HERE/wrk" WRK_RATE="${WRITER_RATE[$name]-}" \
			timeout --signal=KILL 300 wrk -t1 -c"$writers" -d"$duration" \
			-s "$HERE/wrk/$([[ -n "${WRITER_RATE[$name]-}" ]] && echo paced || echo request).lua" \
			"$(url "$server" "$writer_path")" >"$RESULTS/$name.$label.writers.txt" &
		writer_pid=$!
	fi
	# wrk stops by itself after -d; timeout is the outer bound should it ever hang.
	timeout --signal=KILL 300 wrk -t"$THREADS" -c"$connections" -d"$duration" --latency "${args[@]}" \
		"$(url "$server" "$path")" >"$RESULTS/$name.$label.txt"
	flood_stop "$name" "$server" "$label"
	if ((writers)); then
		wait "$writer_pid"
		echo "Writes/sec: $(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$RESULTS/$name.$label.writers.txt")" \
			"by $writers writers, non-2xx: $(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$RESULTS/$name.$label.writers.txt")" \
			>>"$RESULTS/$name.$label.txt"
	fi
	# The server's CPU time for the run, so that cost per request can be read even when the
	# machine is shared and req/s is noisy.
	echo "Server CPU ticks: $(($(cpu_ticks "$pid") - before)) at $(getconf CLK_TCK)/s" >>"$RESULTS/$name.$label.txt"
	if [[ -n "${REQUEST_OF[$name]-}" ]]; then
		# Every answer wrk counted must come from an action that ran.
		echo "Actions run: $(($(curl -fsS --max-time 10 "${COUNT_OF[$name]}") - count_before))" >>"$RESULTS/$name.$label.txt"
	fi
}

# to_ms VALUE: wrk's "812.00us" / "2.07ms" / "1.20s" in milliseconds.
to_ms() {
	awk -v v="$1" 'BEGIN {
		n = v + 0
		if (v ~ /us$/) n = n / 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n = n * 60000; else if (v ~ /s$/) n = n * 1000
		printf "%.2f", n }'
}

# parse FILE: "req/s p50 p99 errors cpu-us-per-request" from one wrk output. Errors are
# non-2xx/3xx answers, socket errors and, for POST variants, answers without an action run.
parse() {
	local file=$1 rps p50 p99 non2xx socket cpu missing
	rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$file")
	p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$file")")
	p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$file")")
	non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$file")
	socket=$(awk '/Socket errors:/ { s = 0; for (i = 3; i <= NF; i += 2) s += $(i + 1); print s }' "$file" | tr -d ',')
	cpu=$(awk '$2 == "requests" { n = $1 } /^Server CPU ticks:/ { t = $4; hz = substr($6, 1, index($6, "/") - 1) }
		END { printf "%.1f", (n > 0) ? t * 1e6 / hz / n : 0 }' "$file")
	missing=$(awk '$2 == "requests" { n = $1 } /^Actions run:/ { ran = $3; seen = 1 }
		END { print (seen && n > ran) ? n - ran : 0 }' "$file")
	echo "${rps:-0} $p50 $p99 $((${non2xx:-0} + ${socket:-0} + missing)) $cpu"
}

# The groups in table order, and their variants.
GROUPS_IN_ORDER=()
declare -A MEMBERS=()
names=()
for line in "${ACTIVE[@]}"; do
	read -r name group _ <<<"$line"
	names+=("$name")
	[[ -n "${MEMBERS[$group]-}" ]] || GROUPS_IN_ORDER+=("$group")
	MEMBERS[$group]="${MEMBERS[$group]-} $name"
done

# rounds_of GROUP: ROUNDS, or the group's minimum when that is more.
rounds_of() {
	local min=${MIN_ROUNDS[$1]-0}
	echo $((ROUNDS > min ? ROUNDS : min))
}
MAX_ROUNDS=$ROUNDS
for group in "${GROUPS_IN_ORDER[@]}"; do
	(($(rounds_of "$group") > MAX_ROUNDS)) && MAX_ROUNDS=$(rounds_of "$group")
done

LOAD_AT_START=$(cut -d" " -f1-3 /proc/loadavg)
if ((${#names[@]})); then
	# Twice, the second time in reverse order: a JVM warmed on one variant at a time recompiles
	# when the variants start to alternate, and that cost landed in round 1, always on the variant
	# that runs first in it.
	say "==> warm-up: $WARMUP per variant, twice"
	for name in "${names[@]}"; do
		bench "$name" warmup "$WARMUP"
	done
	for ((i = ${#names[@]} - 1; i >= 0; i--)); do
		bench "${names[$i]}" warmup2 "$WARMUP"
	done
fi

declare -A RPS=() P50=() P99=() CPU=() ROWS=() WRITES=()
if ((${#names[@]})); then
	say "==> measuring: $ROUNDS rounds (routes: $(rounds_of routes)) of $DURATION per variant, each group's variants back to back"
fi
for round in $(seq 1 "$MAX_ROUNDS"); do
	((${#names[@]})) || break
	for group in "${GROUPS_IN_ORDER[@]}"; do
		((round <= $(rounds_of "$group"))) || continue
		read -r -a members <<<"${MEMBERS[$group]}"
		# Rotate the order each round so that no variant always runs first or last.
		count=${#members[@]}
		for i in $(seq 0 $((count - 1))); do
			name=${members[$(((i + round - 1) % count))]}
			bench "$name" "round$round" "$DURATION"
			read -r rps p50 p99 errors cpu < <(parse "$RESULTS/$name.round$round.txt")
			RPS[$name]="${RPS[$name]-} $rps"
			RPS[$name,$round]=$rps
			P50[$name]="${P50[$name]-} $p50"
			P99[$name]="${P99[$name]-} $p99"
			CPU[$name]="${CPU[$name]-} $cpu"
			writes=$(awk '/^Writes\/sec:/ { print $2 }' "$RESULTS/$name.round$round.txt")
			[[ -z "$writes" ]] || WRITES[$name]="${WRITES[$name]-} $writes"
			ROWS[$name]+=$(printf '%-15s %5s %10s %9s %9s %9s %7s%s' \
				"$name" "$round" "$rps" "$p50" "$p99" "$cpu" "$errors" "${writes:+  writes/s $writes}")$'\n'
			say "    round $round $name: $rps req/s${writes:+ (writers: $writes writes/s)}"
		done
	done
done

# revalidateTag on the app's own store, with none and with REVALIDATE_UNRELATED unrelated
# entries (RevalidationCostController; it clears the cache, so it runs after the wrk rounds).
REVALIDATE_RATIOS="" REVALIDATE_NONE="" REVALIDATE_MANY=""
if ((MEASURE_REVALIDATE_TAG)); then
	say "==> revalidateTag: $ROUNDS measurements (median of 2000 calls each) with none and $REVALIDATE_UNRELATED unrelated entries"
	for round in $(seq 1 "$ROUNDS"); do
		curl -fsS --max-time 300 -X POST -o "$RESULTS/revalidate-tag.round$round.json" \
			"$(url spring /cache/bench/revalidate-tag)?unrelated=$REVALIDATE_UNRELATED&iterations=2000"
		json=$(cat "$RESULTS/revalidate-tag.round$round.json")
		REVALIDATE_RATIOS+=" $(sed -n 's/.*"ratio":\([0-9.eE+-]*\).*/\1/p' <<<"$json")"
		REVALIDATE_NONE+=" $(sed -n 's/.*"medianNanosWithNone":\([0-9]*\).*/\1/p' <<<"$json")"
		REVALIDATE_MANY+=" $(sed -n 's/.*"medianNanosWithUnrelated":\([0-9]*\).*/\1/p' <<<"$json")"
		say "    round $round revalidate-tag: $json"
	done
fi

# Cross-instance invalidation latency: cluster_a revalidates CLUSTER_REVALIDATIONS tags one after
# the other, cluster_b records when each reached its store (ClusterBenchmarkController); and the
# heavy page rendered against its bytes fetched from Redis (the second-level store question).
LATENCY_P50="" LATENCY_P99="" RENDER_P50="" FETCH_P50=""
if ((MEASURE_CLUSTER_LATENCY)); then
	rounds=$(rounds_of cluster)
	say "==> cluster: warm-up ($CLUSTER_REVALIDATIONS revalidations and the second-level measurement, not counted)"
	curl -fsS --max-time 600 -X POST -o "$RESULTS/cluster-latency.warmup.json" \
		"$(url cluster_a /cluster/bench/latency)?n=$CLUSTER_REVALIDATIONS&peer=$(url cluster_b "")"
	curl -fsS --max-time 600 -X POST -o "$RESULTS/second-level.warmup.json" \
		"$(url cluster_a /cluster/bench/second-level)?iterations=1000"
	say "==> cluster: $rounds measurements of $CLUSTER_REVALIDATIONS revalidations from cluster_a to cluster_b"
	for round in $(seq 1 "$rounds"); do
		curl -fsS --max-time 600 -X POST -o "$RESULTS/cluster-latency.round$round.json" \
			"$(url cluster_a /cluster/bench/latency)?n=$CLUSTER_REVALIDATIONS&peer=$(url cluster_b "")"
		json=$(cat "$RESULTS/cluster-latency.round$round.json")
		LATENCY_P50+=" $(sed -n 's/.*"p50":\([0-9]*\).*/\1/p' <<<"$json")"
		LATENCY_P99+=" $(sed -n 's/.*"p99":\([0-9]*\).*/\1/p' <<<"$json")"
		say "    round $round cluster-latency (microseconds): $json"
		curl -fsS --max-time 600 -X POST -o "$RESULTS/second-level.round$round.json" \
			"$(url cluster_a /cluster/bench/second-level)?iterations=1000"
		json=$(cat "$RESULTS/second-level.round$round.json")
		RENDER_P50+=" $(sed -n 's/.*"renderMicros":{"p50":\([0-9]*\).*/\1/p' <<<"$json")"
		FETCH_P50+=" $(sed -n 's/.*"redisGetMicros":{"p50":\([0-9]*\).*/\1/p' <<<"$json")"
		say "    round $round second-level (microseconds): $json"
	done
fi

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
	echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency; warm-up $WARMUP per variant twice; $ROUNDS rounds (routes: $(rounds_of routes))"
	echo "Spring JVM: $(java -version 2>&1 | head -n 1); flags: $JVM_FLAGS"
	if ((HAVE_NODE)); then
		echo "Next.js $(node -p "require('$HERE/nextjs/node_modules/next/package.json').version") on Node $(node -v)"
	fi
	((HAVE_NODE)) || echo "Next.js skipped: node is not installed"
	echo "$(nproc) cores, load average at start: $LOAD_AT_START, at end: $(cut -d" " -f1-3 /proc/loadavg)"
	if ((${#names[@]})); then
		echo
		printf '%-15s %5s %10s %9s %9s %9s %7s\n' variant round "req/s" "p50 ms" "p99 ms" "cpu us" errors
		for name in "${names[@]}"; do
			printf "%s" "${ROWS[$name]}"
		done
		echo
		printf '%-15s %10s %9s %9s %9s %9s  %s\n' median "req/s" "p50 ms" "p99 ms" "cpu us" bytes notes
	fi
	declare -A MEDIAN=() MEDIAN_CPU=()
	for name in "${names[@]}"; do
		MEDIAN[$name]=$(median %.0f <<<"${RPS[$name]}")
		MEDIAN_CPU[$name]=$(median %.1f <<<"${CPU[$name]}")
		notes=${NOTES[$name]-}
		[[ -z "${WRITES[$name]-}" ]] || notes+=", median $(median %.0f <<<"${WRITES[$name]}") writes/s"
		printf '%-15s %10s %9s %9s %9s %9s  %s\n' "$name" "${MEDIAN[$name]}" \
			"$(median %.2f <<<"${P50[$name]}")" "$(median %.2f <<<"${P99[$name]}")" "${MEDIAN_CPU[$name]}" \
			"${BYTES[$name]-}" "$notes"
	done
	echo
	printf '%-30s %8s %8s %8s %8s\n' ratio "req/s" paired "cpu" target
	for line in "${RATIOS[@]}"; do
		read -r top bottom target <<<"$line"
		if [[ -z "${MEDIAN[$top]-}" || -z "${MEDIAN[$bottom]-}" ]]; then
			# print a skipped line only when both were asked for (and node is missing)
			[[ "$WANTED" == *" $top "* && "$WANTED" == *" $bottom "* ]] || continue
			printf '%-30s %8s %8s %8s %8s  skipped\n' "$top/$bottom" - - - ">= $target"
			continue
		fi
		value=$(divide "${MEDIAN[$top]}" "${MEDIAN[$bottom]}")
		paired=""
		for round in $(seq 1 "$MAX_ROUNDS"); do
			[[ -n "${RPS[$top,$round]-}" && -n "${RPS[$bottom,$round]-}" ]] || continue
			paired+=" $(divide "${RPS[$top,$round]}" "${RPS[$bottom,$round]}")"
		done
		verdict=$(awk -v r="$value" -v t="$target" 'BEGIN { print (t == "-") ? "(no target)" : (r >= t) ? "met" : "MISSED" }')
		printf '%-30s %8s %8s %8s %8s  %s\n' "$top/$bottom" "$value" "$(median %.2f <<<"$paired")" \
			"$(divide "${MEDIAN_CPU[$bottom]}" "${MEDIAN_CPU[$top]}")" "$([[ $target == - ]] && echo - || echo ">= $target")" "$verdict"
	done
	if ((MEASURE_REVALIDATE_TAG)); then
		ratio=$(median %.2f <<<"$REVALIDATE_RATIOS")
		verdict=$(awk -v r="$ratio" -v t="$REVALIDATE_TAG_TARGET" 'BEGIN { print (r <= t) ? "met" : "MISSED" }')
		printf '%-30s %8s %8s %8s %8s  %s\n' "revalidate-tag $REVALIDATE_UNRELATED/0" "$ratio" - - "<= $REVALIDATE_TAG_TARGET" "$verdict"
		echo "  revalidateTag median ns per call, with none: $(median %.0f <<<"$REVALIDATE_NONE"), with $REVALIDATE_UNRELATED unrelated entries: $(median %.0f <<<"$REVALIDATE_MANY") (per-round ratios:$REVALIDATE_RATIOS)"
	fi
	if ((MEASURE_CLUSTER_LATENCY)); then
		p99=$(median %.0f <<<"$LATENCY_P99")
		verdict=$(awk -v p="$p99" -v t="$CLUSTER_LATENCY_P99_TARGET_MS" 'BEGIN { print (p <= t * 1000) ? "met" : "MISSED" }')
		printf '%-30s %8s %8s %8s %8s  %s\n' "cluster-latency p99 ms" "$(awk -v p="$p99" 'BEGIN { printf "%.2f", p / 1000 }')" \
			- - "<= $CLUSTER_LATENCY_P99_TARGET_MS" "$verdict"
		echo "  cross-instance invalidation over $CLUSTER_REVALIDATIONS revalidations, microseconds; p50 per round:$LATENCY_P50, p99 per round:$LATENCY_P99"
		echo "  heavy page rendered here vs fetched from Redis, p50 microseconds per round: render$RENDER_P50; fetch$FETCH_P50"
	fi
	keyflood_report
	echo
	echo "req/s: ratio of the median req/s (the target applies to it); paired: median of the per-round"
	echo "ratios; cpu: server CPU time per request, bottom over top (above 1: top costs less)."
	echo "errors: non-2xx/3xx answers, socket errors, and answers whose action did not run."
	echo "writes group: the readers' figures while writers revalidate the cached page; cpu includes the writers'."
	echo "raw wrk output: $RESULTS"
} | tee "$RESULTS/summary.txt"
