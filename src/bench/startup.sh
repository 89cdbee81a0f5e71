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
[ -f target/ariadne.war ] && [ -d target/wildfly-39.0.1.Final ] || mvn -q -B -DskipTests package
jboss=$(ls -d target/wildfly-*/ | head -n 1)
deployments="$jboss/standalone/deployments"
cp target/ariadne.war "$deployments/ariadne.war"
data_root=$(mktemp -d /tmp/ariadne-bench.XXXXXX)
cleanup() {
    [ -n "${server_pid:-}" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
    rm -f "$deployments"/ariadne.war*
    rm -rf "$data_root"
}
trap cleanup EXIT

measure() { # $1 = label, $2 = data dir
    local start end rss java_pid cpu
    start=$(date +%s%N)
    ARIADNE_DATA_DIR="$2" "$jboss/bin/standalone.sh" -Djboss.socket.binding.port-offset="$port_offset" \
        -Djboss.bind.address=127.0.0.1 -Djboss.bind.address.management=127.0.0.1 >"$data_root/server.log" 2>&1 &
    server_pid=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/sources")" = 200 ]; do
        sleep 0.05
        if [ $(( ($(date +%s%N) - start) / 1000000000 )) -gt 180 ]; then echo "no 200 within 180 s" >&2; exit 1; fi
    done
    end=$(date +%s%N)
    java_pid=$(pgrep -f "jboss.home.dir=.*port-offset=$port_offset" | head -n 1 || true)
    [ -n "$java_pid" ] || java_pid=$(pgrep -n -f "port-offset=$port_offset")
    rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$java_pid/status")
    cpu=$(awk -v tck="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / tck}' "/proc/$java_pid/stat")
    printf '%-13s %6.2f s  %5d MB  %6.2f s\n' "$1" "$(echo "($end - $start) / 1000000000" | bc -l)" "$rss" "$cpu"
    "$jboss/bin/jboss-cli.sh" --controller=127.0.0.1:$((9990 + port_offset)) -c --command=:shutdown >/dev/null 2>&1 || kill "$server_pid"
    wait "$server_pid" 2>/dev/null || true
    server_pid=
}

echo "case          start   resident   cpu"
for run in $(seq 1 "$runs"); do
    data="$data_root/data-$run"
    measure "first start" "$data"
    measure "restart" "$data"
done
