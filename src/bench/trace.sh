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
[ -f target/ariadne.war ] && [ -d target/wildfly-39.0.1.Final ] || mvn -q -B -DskipTests package
mvn -q -B -DskipServer test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
jboss=$(cd "$(ls -d target/wildfly-*/ | head -n 1)" && pwd)
h2=$(ls "$jboss"/modules/system/layers/base/com/h2database/h2/main/h2-*.jar | head -n 1)
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt):$h2"

work=$(mktemp -d "${TMPDIR:-/tmp}/ariadne-trace-bench.XXXXXX")
cleanup() {
    if [ -n "${server_pid:-}" ]; then
        "$jboss/bin/jboss-cli.sh" --controller=127.0.0.1:$((9990 + port_offset)) -c --command=:shutdown \
            >/dev/null 2>&1 || kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    if [ "${BENCH_KEEP:-}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

data="${BENCH_DATA:-$work/data}"
if [ -z "${BENCH_DATA:-}" ]; then
    echo "generating $claims claims in a fresh data directory"
    java -Xmx1g -cp "$cp" org.ariadne.bench.TraceBenchmarkData "$data" "$claims"
fi
echo "texts on disk: $(du -sh "$data/texts" | cut -f1), database: $(du -sh "$data/db" | cut -f1)"

mkdir -p "$work/base/configuration" "$work/base/deployments"
cp "$jboss"/standalone/configuration/*.xml "$jboss"/standalone/configuration/*.properties "$work/base/configuration/"
cp target/ariadne.war "$work/base/deployments/"
start=$(date +%s)
ARIADNE_DATA_DIR="$data" ARIADNE_DB=h2 JAVA_OPTS="${BENCH_SERVER_OPTS:--Xms256m -Xmx1g}" \
    "$jboss/bin/standalone.sh" -Djboss.server.base.dir="$work/base" -Djboss.socket.binding.port-offset="$port_offset" \
    -Djboss.bind.address=127.0.0.1 -Djboss.bind.address.management=127.0.0.1 >"$work/server.log" 2>&1 &
server_pid=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/sources?size=1")" = 200 ]; do
    sleep 0.5
    if ! kill -0 "$server_pid" 2>/dev/null; then echo "the server stopped; log:" >&2; tail -50 "$work/server.log" >&2; exit 1; fi
    if [ $(( $(date +%s) - start )) -gt 300 ]; then echo "no 200 within 300 s" >&2; exit 1; fi
done
echo "server up in $(( $(date +%s) - start )) s (port $port); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx256m -cp "$cp" org.ariadne.bench.TraceBenchmarkClient "http://127.0.0.1:$port" "$claims" "$sample" "$warmup"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
