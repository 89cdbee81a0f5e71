#!/usr/bin/env bash
# Trace benchmark (issue #4): GET /api/claims/{id}/trace end to end on a server whose data directory holds 100,000
# claims (by default) whose quotes lead three footnotes deep (claim -> text A -> note -> text B -> note -> text C ->
# note -> work D without text; shape in TraceBenchmarkData). Generates a fresh data directory before the server
# starts, starts the server on its own copied base directory and port offset (the shared deployments directory and
# other servers are not touched), warms up, then times a random sample of claims sequentially and with two clients
# at once and prints p50/p95/p99/max; every timed trace is checked to be three deep. Stops the server, removes all.
# Usage: src/bench/trace.sh [claims] [sample] [warm-up]   (defaults 100000 3000 3000; builds first if needed)
# Environment: BENCH_PORT_OFFSET (800), BENCH_SERVER_OPTS (server JAVA_OPTS, -Xms256m -Xmx1g), BENCH_KEEP=1 keeps
# the temporary directory (data, server log), BENCH_DATA=<dir> reuses a data directory kept so (it must hold as
# many claims as asked for; it is not removed).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
claims=${1:-100000}
sample=${2:-3000}
warmup=${3:-3000}
port_offset=${BENCH_PORT_OFFSET:-800}
port=$((8080 + port_offset))
# shellcheck source=src/bench/lib/server.sh
. src/bench/lib/server.sh
bench_build
bench_test_classpath
cp="$bench_classpath:$(bench_h2_jar)"

work=$(mktemp -d "${TMPDIR:-/tmp}/ariadne-trace-bench.XXXXXX")
cleanup() {
    bench_server_stop
    if [ "${BENCH_KEEP:-}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

data="${BENCH_DATA:-$work/data}"
if [ -z "${BENCH_DATA:-}" ]; then
    echo "generating $claims claims in a fresh data directory"
    java -Xmx1g -cp "$cp" org.ariadne.bench.TraceBenchmarkData "$data" "$claims"
fi
echo "texts on disk: $(du -sh "$data/texts" | cut -f1), database: $(du -sh "$data/db" | cut -f1)"

bench_server_base "$work/base" target/ariadne.war
start=$(date +%s)
bench_server_start "$work/base" "$port_offset" "$work/server.log" \
    ARIADNE_DATA_DIR="$data" ARIADNE_DB=h2 JAVA_OPTS="${BENCH_SERVER_OPTS:--Xms256m -Xmx1g}"
bench_server_wait "http://127.0.0.1:$port/api/sources?size=1" 300
echo "server up in $(( $(date +%s) - start )) s (port $port); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx256m -cp "$cp" org.ariadne.bench.TraceBenchmarkClient "http://127.0.0.1:$port" "$claims" "$sample" "$warmup"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
