#!/usr/bin/env bash
# Start-up benchmark: wall time from starting the server process to the first 200 from /api/sources, and the
# server's resident memory (VmRSS) once that answer came, with the demo catalogue. Two cases each run:
# "first start" (a new, empty ARIADNE_DATA_DIR: migrations and demo data run) and "restart" (same directory).
# Also the server's CPU time (user + system) up to that answer, which varies far less than wall time when other work
# shares the machine.
# Usage: src/bench/startup.sh [runs]   (default 3; builds the WAR and the server first if needed)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
runs=${1:-3}
port_offset=${BENCH_PORT_OFFSET:-160}
port=$((8080 + port_offset))
# shellcheck source=src/bench/lib/server.sh
. src/bench/lib/server.sh
bench_build
# the server's own base directory (standalone/), as a server started by hand uses it
deployments="$bench_jboss/standalone/deployments"
cp target/ariadne.war "$deployments/ariadne.war"
data_root=$(mktemp -d /tmp/ariadne-bench.XXXXXX)
cleanup() {
    bench_server_stop
    rm -f "$deployments"/ariadne.war*
    rm -rf "$data_root"
}
trap cleanup EXIT

measure() { # $1 = label, $2 = data dir
    local start end rss java_pid cpu
    start=$(date +%s%N)
    bench_server_start "$bench_jboss/standalone" "$port_offset" "$data_root/server.log" ARIADNE_DATA_DIR="$2"
    bench_server_wait "http://127.0.0.1:$port/api/sources" 180 0.05
    end=$(date +%s%N)
    java_pid=$(bench_server_pid)
    rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$java_pid/status")
    cpu=$(bench_cpu_seconds "$java_pid" 2)
    printf '%-13s %6.2f s  %5d MB  %6.2f s\n' "$1" "$(echo "($end - $start) / 1000000000" | bc -l)" "$rss" "$cpu"
    bench_server_stop
}

echo "case          start   resident   cpu"
for run in $(seq 1 "$runs"); do
    data="$data_root/data-$run"
    measure "first start" "$data"
    measure "restart" "$data"
done
