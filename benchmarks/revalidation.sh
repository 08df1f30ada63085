#!/usr/bin/env bash
# The revalidation benchmarks (issue 4) alone: the "cache" group of run.sh, which measures the
# cached 1000x5 table page against its uncached render, the same bytes as a static file and the
# Next.js prerendered page, and revalidateTag with 100,000 unrelated entries against none.
# Usage: benchmarks/revalidation.sh [-d seconds] [-r rounds] [-c connections] [-t threads]
# (the same as ONLY=cache benchmarks/run.sh with DURATION, ROUNDS, CONNECTIONS, THREADS set).
set -euo pipefail

while getopts "d:r:c:t:" opt; do
	case $opt in
		d) export DURATION=${OPTARG}s ;; r) export ROUNDS=$OPTARG ;;
		c) export CONNECTIONS=$OPTARG ;; t) export THREADS=$OPTARG ;;
		*) echo "usage: $0 [-d seconds] [-r rounds] [-c connections] [-t threads]" >&2; exit 2 ;;
	esac
done
ONLY=cache exec "$(dirname "$0")/run.sh"
