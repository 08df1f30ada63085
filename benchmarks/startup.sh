#!/usr/bin/env bash
# Cold start, side by side in one run: how long from launch until the first 200, and how much
# memory the process holds then.
#
#   benchmarks/run.sh with ONLY=startup     (or benchmarks/startup.sh directly; same knobs)
#
# Builds the demo (examples/todo, AOT-processed by its pom) and the Next.js benchmark app (when
# node is installed), prepares every variant once (Spring Boot's extracted layout; the training
# runs that write the JDK 17 CDS archive and the JDK 25 AOT cache: start, answer a few requests,
# stop), then runs ROUNDS rounds; in each, every variant starts once (order rotated each round):
# launch, poll GET <ready path> every 10 ms from this script, stop at the first 200. It prints
# every run, then the medians: milliseconds to the first 200, the process's CPU time until then,
# its RSS just after, and for Spring the JVM's own "Started ... in" figures.
# Then the library's own startup cost (StartupCost, see benchmarks/src/test): an application with
# 200 generated route handlers and 500 generated actions, started with the library ("with"), and
# the fair baseline: the same application written with plain @RestController and @PostMapping
# methods (same counts, "plain"); "without" is the library's application with its
# auto-configurations excluded, the old baseline, kept for continuity. Each in fresh JVMs, in three
# modes: JVM without the processor's index, JVM with it, and processed by Spring AOT; every mode
# and variant once per round, in an order rotated each round. The first request after the start
# (one action or @PostMapping, one route) is timed too. Printed: every round, the medians, with /
# plain and "library cost" = with - plain.
#
# Knobs (environment): ROUNDS=5 VARIANTS="jar-17 aot-cds-17 aot-cache-25 aot-cache-25-nomgmt nextjs" (see the list
#   below; EXTRA=1 adds the variants that show where the time goes and the cheap wins)
#   COST_ROUNDS=7 (0 skips the library's cost; VARIANTS=" " ROUNDS=0 runs only it)
#   COST_MODES="jvm index aot" AOT_SECRET=1 PLAIN_MAPPING=method (class: the plain controllers
#   carry their path in a class-level @RequestMapping, as a route handler does through @RouteHandler)
#   (0: the AOT processing does not know server-actions.secret, so the build-time ids do not fit)
#   SKIP_BUILD=1 RESULTS=dir
set -euo pipefail

ROUNDS=${ROUNDS:-5}
COST_ROUNDS=${COST_ROUNDS:-7}
COST_MODES=${COST_MODES:-jvm index aot}
PLAIN_MAPPING=${PLAIN_MAPPING:-method}
JAVA17=${JAVA17:-java}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-120}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
RESULTS=${RESULTS:-$HERE/results/startup-$(date +%Y%m%d-%H%M%S)}

# ---------------------------------------------------------------------------------------------
# The variants. One line each: name, java (17 | 25 | node), layout, cache, flags.
#   layout   jar: java -jar of the executable jar; extracted: Spring Boot's
#            `-Djarmode=tools extract` layout (what CDS and the AOT cache need); nomgmt: the
#            extracted layout with, ahead of it on the class path, the code of a second process-aot
#            run with -Dmanagement.server.port=-1 (in $RESULTS/nomgmt; the demo is not changed)
#   cache    none | cds (JDK 17 -XX:ArchiveClassesAtExit training run, then -XX:SharedArchiveFile)
#            | aot (JDK 25 -XX:AOTCacheOutput training run, then -XX:AOTCache)
#   flags    JVM flags, comma-separated ("-" for none); -Dspring.aot.enabled=true runs the
#            AOT-generated context
declare -a ALL_VARIANTS=(
	"jar-17              17   jar        none  -"
	"aot-cds-17          17   extracted  cds   -Dspring.aot.enabled=true"
	"aot-cache-25        25   extracted  aot   -Dspring.aot.enabled=true"
	# the same without Actuator's separate management port: a second process-aot of the demo with
	# management.server.port=-1 (under AOT the management context is fixed at build time), run with it too
	"aot-cache-25-nomgmt 25   nomgmt     aot   -Dspring.aot.enabled=true,-Dmanagement.server.port=-1"
	"nextjs              node -          -     -"
	# where the time goes: each step on its own
	"jar-25              25   jar        none  -"
	"extracted-17        17   extracted  none  -"
	"aot-17              17   extracted  none  -Dspring.aot.enabled=true"
	"cds-17              17   extracted  cds   -"
	"aot-25              25   extracted  none  -Dspring.aot.enabled=true"
	# cheap wins on top of the best: each one flag
	"aot-cache-25-c1     25   extracted  aot   -Dspring.aot.enabled=true,-XX:TieredStopAtLevel=1"
	"aot-cache-25-serial 25   extracted  aot   -Dspring.aot.enabled=true,-XX:+UseSerialGC"
	"aot-cache-25-lazy   25   extracted  aot   -Dspring.aot.enabled=true,-Dspring.main.lazy-initialization=true"
)
DEFAULT_VARIANTS="jar-17 aot-cds-17 aot-cache-25 aot-cache-25-nomgmt nextjs"
EXTRA_VARIANTS="jar-25 extracted-17 aot-17 cds-17 aot-25 aot-cache-25-c1 aot-cache-25-serial aot-cache-25-lazy"
if [[ -z "${VARIANTS-}" ]]; then
	VARIANTS=$DEFAULT_VARIANTS
	[[ "${EXTRA:-0}" != 1 ]] || VARIANTS+=" $EXTRA_VARIANTS"
fi
SPRING_READY=/todos        # the demo's page: a Thymeleaf page with server actions, from H2
NEXTJS_READY=/actions      # the Next.js app's page with server actions
# ---------------------------------------------------------------------------------------------

say() { printf '%s\n' "$*" >&2; }
mkdir -p "$RESULTS"

PGIDS=()
cleanup() {
	local pid
	for pid in "${PGIDS[@]}"; do
		kill -KILL -- "-$pid" 2>/dev/null || true
	done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# shellcheck source=ports.sh
. "$HERE/ports.sh"

# status PORT PATH: the HTTP status of GET PATH, from bash alone (no process started per try).
status() {
	local line=""
	{ exec 3<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 1
	printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' "$2" >&3
	read -r -t 5 line <&3 || true
	exec 3<&-
	echo "$line" | awk '{ print $2 }'
}

# group_cpu_ms PGID / group_rss_mb PGID: CPU time (user + system) and RSS of every process in
# the group (Next.js starts a child process).
group_cpu_ms() {
	local total=0 pid ticks
	for pid in $(ps -o pid= -g "$1" 2>/dev/null); do
		ticks=$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)
		total=$((total + ticks))
	done
	echo $((total * 1000 / $(getconf CLK_TCK)))
}
group_rss_mb() {
	ps -o rss= -g "$1" 2>/dev/null | awk '{ s += $1 } END { printf "%.0f", s / 1024 }'
}

# ---- build and prepare -------------------------------------------------------------------------

HAVE_NODE=1
command -v node >/dev/null 2>&1 || HAVE_NODE=0
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
	say "==> building the demo (AOT-processed)"
	(cd "$ROOT" && ./mvnw -B -q -pl examples/todo -am package -DskipTests)
	if ((HAVE_NODE)) && [[ " $VARIANTS " == *" nextjs "* ]]; then
		say "==> building the Next.js app (npm ci, next build)"
		(cd "$HERE/nextjs" && export NEXT_TELEMETRY_DISABLED=1 \
			&& npm ci --no-audit --no-fund --loglevel=error && npx --no-install next build) \
			>"$RESULTS/nextjs-build.log" 2>&1 || {
			tail -n 40 "$RESULTS/nextjs-build.log" >&2
			exit 1
		}
	fi
fi
JAR=$(ls "$ROOT"/examples/todo/target/server-actions-example-todo-*.jar 2>/dev/null | grep -v '\.original' | head -n 1 || true)
EXTRACTED=""
if [[ -n "${VARIANTS// /}" ]]; then # VARIANTS=" " runs only the library's cost: no demo needed
	[[ -n "$JAR" ]] || { say "no demo jar in examples/todo/target; run without SKIP_BUILD=1"; exit 1; }
	"$JAVA17" -Djarmode=tools -jar "$JAR" extract --force --destination "$RESULTS/extracted" >/dev/null
	EXTRACTED="$RESULTS/extracted/$(basename "$JAR")"
fi

declare -A JAVA_OF=() LAYOUT_OF=() CACHE_OF=() FLAGS_OF=()
for line in "${ALL_VARIANTS[@]}"; do
	read -r name java layout cache flags <<<"$line"
	JAVA_OF[$name]=$java LAYOUT_OF[$name]=$layout CACHE_OF[$name]=$cache
	FLAGS_OF[$name]=$([[ "$flags" == - ]] && echo "" || echo "${flags//,/ }")
done
ACTIVE=()
for name in $VARIANTS; do
	[[ -n "${JAVA_OF[$name]-}" ]] || { say "unknown variant '$name'"; exit 2; }
	if [[ "${JAVA_OF[$name]}" == node ]] && ((!HAVE_NODE)); then
		say "NOTICE: node is not installed, so '$name' is skipped."
		continue
	fi
	ACTIVE+=("$name")
done

# The demo processed ahead of time a second time, with management.server.port=-1, as
# `spring-boot:process-aot` would with -Dspring-boot.aot.jvmArguments=-Dmanagement.server.port=-1:
# the generated code, compiled, goes ahead of the jar's own on the class path.
MAIN_CLASS=""
NEED_NOMGMT=0
for name in "${ACTIVE[@]}"; do [[ "${LAYOUT_OF[$name]}" != nomgmt ]] || NEED_NOMGMT=1; done
if ((NEED_NOMGMT)); then
	say "==> processing the demo ahead of time again, with management.server.port=-1"
	MAIN_CLASS=$(unzip -p "$EXTRACTED" META-INF/MANIFEST.MF | sed -n 's/^Main-Class: *\([^[:space:]]*\).*/\1/p')
	rm -rf "$RESULTS/nomgmt"
	"$JAVA17" -Dmanagement.server.port=-1 -cp "$EXTRACTED" org.springframework.boot.SpringApplicationAotProcessor \
		"$MAIN_CLASS" "$RESULTS/nomgmt/sources" "$RESULTS/nomgmt/resources" "$RESULTS/nomgmt/classes" \
		dev.serveractions server-actions-example-todo >"$RESULTS/nomgmt.process-aot.log" 2>&1 || {
		tail -n 30 "$RESULTS/nomgmt.process-aot.log" >&2
		exit 1
	}
	JAVAC=$(dirname "$(readlink -f "$(command -v "$JAVA17")")")/javac
	find "$RESULTS/nomgmt/sources" -name '*.java' >"$RESULTS/nomgmt/sources.txt"
	"$JAVAC" -nowarn -parameters --release 17 -cp "$EXTRACTED" -d "$RESULTS/nomgmt/classes" @"$RESULTS/nomgmt/sources.txt"
	cp -r "$RESULTS/nomgmt/resources/." "$RESULTS/nomgmt/classes/"
	# a jar: the JDK's class archives accept no non-empty directory on the class path
	"$(dirname "$JAVAC")/jar" cf "$RESULTS/nomgmt/aot.jar" -C "$RESULTS/nomgmt/classes" .
fi

# command_of NAME [EXTRA FLAGS...]: the command line that starts the variant.
command_of() {
	local name=$1 java
	shift
	case ${JAVA_OF[$name]} in
		node) echo "env NEXT_TELEMETRY_DISABLED=1 node $HERE/nextjs/node_modules/next/dist/bin/next start $HERE/nextjs -H 127.0.0.1"; return ;;
		17) java=$JAVA17 ;;
		25) java=$JAVA25 ;;
	esac
	local target="-jar $JAR"
	case ${LAYOUT_OF[$name]} in
		extracted) target="-jar $EXTRACTED" ;;
		nomgmt) target="-cp $RESULTS/nomgmt/aot.jar:$EXTRACTED $MAIN_CLASS" ;;
	esac
	echo "$java $* ${FLAGS_OF[$name]} $target"
}

# port_args NAME PORT
port_args() {
	if [[ "${JAVA_OF[$1]}" == node ]]; then echo "-p $2"; else echo "--server.port=$2"; fi
}
ready_path() {
	if [[ "${JAVA_OF[$1]}" == node ]]; then echo "$NEXTJS_READY"; else echo "$SPRING_READY"; fi
}

# The training run: start with the archive flag, answer a few requests, stop (SIGTERM: the JVM
# writes the archive or cache on its way out).
train() {
	local name=$1 archive=$2 flag port pid
	case ${CACHE_OF[$name]} in
		cds) flag="-XX:ArchiveClassesAtExit=$archive" ;;
		aot) flag="-XX:AOTCacheOutput=$archive" ;;
	esac
	port=$(free_port)
	# shellcheck disable=SC2046
	setsid $(command_of "$name" "$flag") $(port_args "$name" "$port") >"$RESULTS/$name.training.log" 2>&1 </dev/null &
	pid=$!
	PGIDS+=("$pid")
	local deadline=$((SECONDS + STARTUP_TIMEOUT))
	until [[ "$(status "$port" "$(ready_path "$name")" || true)" == 200 ]]; do
		kill -0 "$pid" 2>/dev/null || { say "$name: the training run exited"; tail -n 30 "$RESULTS/$name.training.log" >&2; exit 1; }
		((SECONDS < deadline)) || { say "$name: the training run did not answer"; exit 1; }
		sleep 0.2
	done
	for _ in 1 2 3; do
		status "$port" /todos >/dev/null || true
		status "$port" /api/todos >/dev/null || true
	done
	kill -TERM "$pid"
	wait "$pid" 2>/dev/null || true
	[[ -s "$archive" ]] || { say "$name: no archive written"; tail -n 30 "$RESULTS/$name.training.log" >&2; exit 1; }
}

declare -A CACHE_FLAG=()
for name in "${ACTIVE[@]}"; do
	case ${CACHE_OF[$name]} in
		cds)
			say "==> $name: training run for the CDS archive"
			train "$name" "$RESULTS/$name.jsa"
			CACHE_FLAG[$name]="-XX:SharedArchiveFile=$RESULTS/$name.jsa"
			;;
		aot)
			say "==> $name: training run for the AOT cache"
			train "$name" "$RESULTS/$name.aot"
			CACHE_FLAG[$name]="-XX:AOTCache=$RESULTS/$name.aot"
			;;
	esac
done

# ---- measure -----------------------------------------------------------------------------------

# once NAME LABEL: one cold start; appends "ms cpu-ms rss-mb started-s" to the variant's rows.
declare -A MS=() CPU=() RSS=() STARTED=() ROWS=()
once() {
	local name=$1 label=$2 port pid t0 t1 code cpu rss started log
	port=$(free_port)
	log="$RESULTS/$name.$label.log"
	local cmd
	cmd="$(command_of "$name" "${CACHE_FLAG[$name]-}") $(port_args "$name" "$port")"
	t0=$(date +%s%N)
	# shellcheck disable=SC2086
	setsid $cmd >"$log" 2>&1 </dev/null &
	pid=$!
	PGIDS+=("$pid")
	local deadline=$((SECONDS + STARTUP_TIMEOUT))
	while :; do
		code=$(status "$port" "$(ready_path "$name")" || true)
		[[ "$code" != 200 ]] || break
		kill -0 "$pid" 2>/dev/null || { say "$name exited before answering; its log:"; tail -n 30 "$log" >&2; exit 1; }
		((SECONDS < deadline)) || { say "$name did not answer within ${STARTUP_TIMEOUT}s"; exit 1; }
		sleep 0.01
	done
	t1=$(date +%s%N)
	cpu=$(group_cpu_ms "$pid")
	rss=$(group_rss_mb "$pid")
	kill -TERM -- "-$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	started=$(sed -n 's/.*Started [A-Za-z]* in \([0-9.]*\) seconds (process running for \([0-9.]*\)).*/\1\/\2/p' "$log" | head -n 1)
	local ms=$(((t1 - t0) / 1000000))
	MS[$name]+=" $ms" CPU[$name]+=" $cpu" RSS[$name]+=" $rss"
	[[ -z "$started" ]] || STARTED[$name]+=" $started"
	ROWS[$name]+=$(printf '%-20s %5s %8s %8s %8s  %s' "$name" "$label" "$ms" "$cpu" "$rss" "${started:--}")$'\n'
	say "    $label $name: ${ms} ms to the first 200, cpu ${cpu} ms, rss ${rss} MB${started:+, Started in ${started%/*} s (process ${started#*/} s)}"
}

LOAD_AT_START=$(cut -d" " -f1-3 /proc/loadavg)
say "==> measuring: $ROUNDS rounds, every variant started once per round"
for round in $(seq 1 "$ROUNDS"); do
	count=${#ACTIVE[@]}
	for i in $(seq 0 $((count - 1))); do
		once "${ACTIVE[$(((i + round - 1) % count))]}" "round$round"
	done
done

median() {
	tr " " "\n" | grep -v "^$" | sort -g | awk '{ a[NR] = $1 } END {
		printf "%.0f", (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# ---- the library's own cost --------------------------------------------------------------------

COST_SUMMARY=""
COST_VARIANTS=(with plain without)
if ((COST_ROUNDS > 0)); then
	say "==> the library's own startup cost ($COST_MODES): $COST_ROUNDS rounds; each round starts every mode and variant once, in a rotated order"
	COST_LOAD_AT_START=$(cut -d" " -f1-3 /proc/loadavg)
	(cd "$ROOT" && ./mvnw -B -q -o -pl benchmarks,server-actions-processor -am test-compile dependency:build-classpath \
		-Dmdep.outputFile="$RESULTS/cost.classpath" -Dmdep.includeScope=test >/dev/null)
	COST_CP="$ROOT/benchmarks/target/test-classes:$ROOT/benchmarks/target/classes:$(cat "$RESULTS/cost.classpath")"
	# the application compiled twice: as is (classes), and with server-actions-processor on javac's
	# processor path (index-classes: + META-INF/server-actions/index.json), as users are told to build
	"$JAVA17" -Dplain.mapping="$PLAIN_MAPPING" -cp "$COST_CP" dev.serveractions.benchmarks.startup.StartupCost generate "$RESULTS/cost-app" 200 500 \
		"$ROOT/server-actions-processor/target/classes" >&2
	# cost_cp VARIANT MODE: the class path of one start
	cost_cp() {
		local app="$RESULTS/cost-app/classes"
		[[ "$2" != index ]] || app="$RESULTS/cost-app/index-classes"
		[[ "$1" != plain ]] || app="$RESULTS/cost-app/plain-classes"
		[[ "$2" != aot ]] || app="$RESULTS/cost-app/aot-$1/classes:$app"
		echo "$app:$COST_CP"
	}
	declare -A COST=()
	if [[ " $COST_MODES " == *" aot "* ]]; then
		for variant in "${COST_VARIANTS[@]}"; do
			say "    processing '$variant' ahead of time (as spring-boot:process-aot does)"
			"$JAVA17" -cp "$(cost_cp "$variant" jvm)" dev.serveractions.benchmarks.startup.StartupCost aot "$variant" \
				"$RESULTS/cost-app" >"$RESULTS/cost.aot-$variant.log" 2>&1 || {
				tail -n 30 "$RESULTS/cost.aot-$variant.log" >&2
				exit 1
			}
		done
	fi
	STARTS=()
	for mode in $COST_MODES; do
		for variant in "${COST_VARIANTS[@]}"; do STARTS+=("$mode $variant"); done
	done
	for round in $(seq 1 "$COST_ROUNDS"); do
		for i in $(seq 0 $((${#STARTS[@]} - 1))); do
			read -r mode variant <<<"${STARTS[$(((i + round - 1) % ${#STARTS[@]}))]}"
			flags=""
			[[ "$mode" != aot ]] || flags="-Dspring.aot.enabled=true"
			# shellcheck disable=SC2086
			out=$("$JAVA17" $flags -cp "$(cost_cp "$variant" "$mode")" dev.serveractions.benchmarks.startup.StartupCost \
				run "$variant" 2>"$RESULTS/cost.$mode.$variant.$round.log")
			out=$(tail -n 1 <<<"$out")
			read -r wall cpu post get classes _ <<<"$out"
			COST[$mode,$variant]+=" $wall" COST[$mode,$variant,cpu]+=" $cpu"
			COST[$mode,$variant,post]+=" $(sed 's/post=\([0-9-]*\).*/\1/' <<<"$post")"
			COST[$mode,$variant,get]+=" $(sed 's/get=\([0-9-]*\).*/\1/' <<<"$get")"
			COST[$mode,$variant,classes]+=" ${classes#classes=}"
			# kilobytes the main thread allocated: parsing the configuration classes, the whole refresh
			for phase in config-classes.parse refresh; do
				COST[$mode,$variant,$phase]+=" $({ grep -o "alloc:$phase=[0-9]*" <<<"$out" || echo =-; } | cut -d= -f2)"
			done
			[[ "$variant" != with ]] || COST[$mode,detail]+="$out"$'\n'
			say "    round $round $mode $variant: $out"
		done
	done
	ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }
	COST_SUMMARY="The library's own cost, 200 route handlers + 500 actions (generated), SpringApplication.run, fresh JVM each:"
	COST_SUMMARY+=$'\n'"  plain: paths on each $PLAIN_MAPPING (PLAIN_MAPPING); $(nproc) cores, load average at start: $COST_LOAD_AT_START, at end: $(cut -d" " -f1-3 /proc/loadavg); $COST_ROUNDS rounds, modes and variants interleaved"
	COST_SUMMARY+=$'\n'"  with: the library's auto-configurations; plain: the same app with @RestController/@PostMapping methods"
	COST_SUMMARY+=$'\n'"  instead (same counts), the library excluded: the fair baseline; without: the library's app, its"
	COST_SUMMARY+=$'\n'"  auto-configurations excluded (same beans, unmapped: Spring MVC registers nothing for them)"
	for mode in $COST_MODES; do
		declare -A MED=()
		for variant in "${COST_VARIANTS[@]}"; do
			for what in "" ",cpu" ",post" ",get" ",classes" ",config-classes.parse" ",refresh"; do
				MED[$variant$what]=$({ grep -v -- - <<<"${COST[$mode,$variant$what]// /$'\n'}" || true; } | tr "\n" " " | median || true)
			done
		done
		case $mode in
			jvm) title="JVM, the application compiled without server-actions-processor (no index)" target="" ;;
			index) title="JVM, compiled with server-actions-processor (its index on the class path)" target=50 ;;
			aot) title="Spring AOT: processed ahead of time, -Dspring.aot.enabled=true" target=20 ;;
		esac
		COST_SUMMARY+=$'\n'$'\n'"  $mode: $title"
		for variant in "${COST_VARIANTS[@]}"; do
			COST_SUMMARY+=$'\n'"$(printf '    %-8s main-thread CPU ms %-40s (median %5s)  wall ms %-40s (median %5s)' "$variant" \
				"${COST[$mode,$variant,cpu]# }" "${MED[$variant,cpu]}" "${COST[$mode,$variant]# }" "${MED[$variant]}")"
		done
		for variant in "${COST_VARIANTS[@]}"; do
			COST_SUMMARY+=$'\n'"$(printf '    %-8s classes loaded by the end of the start %-40s (median %5s)' "$variant" \
				"${COST[$mode,$variant,classes]# }" "${MED[$variant,classes]}")"
		done
		for variant in with plain; do
			COST_SUMMARY+=$'\n'"$(printf '    %-8s first request after the start, ms: POST %-28s (median %3s)  GET %-28s (median %3s)' "$variant" \
				"${COST[$mode,$variant,post]# }" "${MED[$variant,post]}" "${COST[$mode,$variant,get]# }" "${MED[$variant,get]}")"
		done
		for variant in "${COST_VARIANTS[@]}"; do
			COST_SUMMARY+=$'\n'"$(printf '    %-8s KB allocated by the main thread: parsing the configuration classes %-34s (median %6s)  refresh %-40s (median %6s)' "$variant" \
				"${COST[$mode,$variant,config-classes.parse]# }" "${MED[$variant,config-classes.parse]}" "${COST[$mode,$variant,refresh]# }" "${MED[$variant,refresh]}")"
		done
		# allocated VARIANT PHASE: with's median less VARIANT's, or "-" where the phase did not run (AOT parses nothing)
		allocated() { if [[ "${COST[$mode,with,$2]}" == *[0-9]* ]]; then echo "$((MED[with,$2] - MED[$1,$2])) KB"; else echo "-"; fi; }
		COST_SUMMARY+=$'\n'"    allocated, with - plain (medians; steadier than CPU time): parsing $(allocated plain config-classes.parse), refresh $(allocated plain refresh); with - without: parsing $(allocated without config-classes.parse), refresh $(allocated without refresh)"
		COST_SUMMARY+=$'\n'"    with / plain (medians): CPU $(ratio "${MED[with,cpu]}" "${MED[plain,cpu]}"), wall $(ratio "${MED[with]}" "${MED[plain]}") (target <= 1.03)"
		COST_SUMMARY+=$'\n'"    library cost = with - plain (medians): CPU $((MED[with,cpu] - MED[plain,cpu])) ms$([[ -z "$target" ]] || echo " (target <= $target)"), wall $((MED[with] - MED[plain])) ms; classes $((MED[with,classes] - MED[plain,classes]))"
		# paired: with and plain of the same round started next to each other (or nearly), so the
		# machine's slow stretches cancel out in their difference
		paired=$(paste -d" " <(tr " " "\n" <<<"${COST[$mode,with,cpu]# }") <(tr " " "\n" <<<"${COST[$mode,plain,cpu]# }") \
			| awk '{ printf "%d ", $1 - $2 }')
		COST_SUMMARY+=$'\n'"    with - plain per round (CPU ms): ${paired% } (median $(median <<<"$paired"))"
		COST_SUMMARY+=$'\n'"    with - without (medians, as before: counts Spring MVC's registration of the 400 route mappings): CPU $((MED[with,cpu] - MED[without,cpu])) ms, wall $((MED[with] - MED[without])) ms"
		COST_SUMMARY+=$'\n'"    per run, with: wall ms, CPU ms, first POST and GET, classes loaded, then the CPU time of the library's own beans and callbacks, self (CpuTimeStartup, ms):"
		COST_SUMMARY+=$'\n'"$(sed 's/^/      /' <<<"${COST[$mode,detail]}")"
	done
fi

# ---- report ------------------------------------------------------------------------------------

{
	if ((${#ACTIVE[@]})); then
		echo
		echo "Cold start of the demo (GET $SPRING_READY) and of the Next.js benchmark app (GET $NEXTJS_READY): $ROUNDS rounds"
		echo "JDK 17: $("$JAVA17" -version 2>&1 | head -n 1); JDK 25: $("$JAVA25" -version 2>&1 | head -n 1)"
		((HAVE_NODE)) && [[ " ${ACTIVE[*]} " == *" nextjs "* ]] && echo "Next.js $(node -p "require('$HERE/nextjs/node_modules/next/package.json').version") on Node $(node -v)"
		echo "$(nproc) cores, load average at start: $LOAD_AT_START, at end: $(cut -d" " -f1-3 /proc/loadavg)"
		echo
		printf '%-20s %5s %8s %8s %8s  %s\n' variant round "ms" "cpu ms" "rss MB" "Started in / process running for (s)"
		for name in "${ACTIVE[@]}"; do printf "%s" "${ROWS[$name]}"; done
		echo
		printf '%-20s %8s %8s %8s  %s\n' median "ms" "cpu ms" "rss MB" "target"
		for name in "${ACTIVE[@]}"; do
			target=""
			case $name in
				aot-cache-25) target="<= 700 ms" ;;
				aot-cds-17 | jar-17) target="<= 1500 ms (JDK 17)" ;;
			esac
			printf '%-20s %8s %8s %8s  %s\n' "$name" "$(median <<<"${MS[$name]}")" "$(median <<<"${CPU[$name]}")" \
				"$(median <<<"${RSS[$name]}")" "$target"
		done
		echo
		echo "ms: launch until the first 200 (polled every 10 ms); cpu ms: the process's CPU time by then;"
		echo "rss MB: resident memory just after the first 200 (Next.js: its processes together)."
	fi
	[[ -z "$COST_SUMMARY" ]] || { echo; echo "$COST_SUMMARY"; }
	echo "logs and archives: $RESULTS"
} | tee "$RESULTS/summary.txt"
