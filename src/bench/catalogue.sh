#!/usr/bin/env bash
# Catalogue list benchmark: how long GET /api/sources (the librarian's catalogue page) takes for each sort, both
# directions, a deep page, a type filter and a text filter, on a large catalogue on the embedded database.
# The catalogue is search.sh's (SearchBenchmarkData: 1,000,000 sources by default), generated into a fresh data
# directory or reused from BENCH_DATA=<dir> (search.sh's own, which it keeps); the server starts on it with its own
# copied base directory and port offset, waits for any index rebuild and the renderer's warm-up, then each request
# is timed three times in a row (BENCH_RUNS). Prints one line per request: the first time, the best, and the total.
# Usage: [BENCH_DATA=<dir>] src/bench/catalogue.sh [sources]   (default 1000000; builds first if needed)
# Environment: BENCH_PORT_OFFSET (900), BENCH_SERVER_OPTS (server JAVA_OPTS, -Xms256m -Xmx1g), BENCH_WAR (the WAR
# to deploy, target/ariadne.war by default: e.g. the code before a change, on the same data), BENCH_RUNS (3; 1 for
# a build whose slow sorts take minutes).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
sources=${1:-1000000}
port_offset=${BENCH_PORT_OFFSET:-900}
port=$((8080 + port_offset))
# shellcheck source=src/bench/lib/server.sh
. src/bench/lib/server.sh
bench_build

if [ -n "${BENCH_DATA:-}" ]; then
    mkdir -p "$BENCH_DATA"
    work=$(cd "$BENCH_DATA" && pwd)
else
    work=$(mktemp -d "${TMPDIR:-/tmp}/ariadne-catalogue-bench.XXXXXX")
fi
cleanup() {
    bench_server_stop
    if [ -n "${BENCH_DATA:-}" ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

data="$work/data"
if [ -f "$data/generated" ]; then
    echo "reusing the catalogue in $data ($(cat "$data/generated") sources)"
else
    bench_test_classpath
    rm -rf "$data"
    echo "generating $sources sources"
    java -Xmx2g -Dh2.objectCache=false -cp "$bench_classpath:$(bench_h2_jar)" org.ariadne.bench.SearchBenchmarkData \
        "$data" "$sources"
    echo "$sources" >"$data/generated"
fi

bench_server_base "$work/base" "${BENCH_WAR:-target/ariadne.war}"
bench_server_start "$work/base" "$port_offset" "$work/server.log" \
    ARIADNE_DATA_DIR="$data" ARIADNE_DB=h2 JAVA_OPTS="${BENCH_SERVER_OPTS:--Xms256m -Xmx1g}"
# a first start of a newer build on older data migrates the schema first (V21 builds four indexes over the table)
start=$(date +%s)
bench_server_wait "http://127.0.0.1:$port/api/search/index" 1800
echo "server up in $(( $(date +%s) - start )) s (port $port)"
until curl -s "http://127.0.0.1:$port/api/search/index" | grep -q '"running":false'; do sleep 1; done
bench_server_wait_warmup "$work/server.log"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

printf '%-34s %10s %10s %9s\n' request "first (s)" "best (s)" total
for query in "" "sort=title" "sort=-title" "sort=creator" "sort=-creator" "sort=issued" "sort=-issued" \
        "sort=type" "sort=-type" "sort=updated" "sort=-updated" "sort=created" "sort=-created" "sort=-id" \
        "page=1000" "sort=title&page=1000" "sort=-title&page=1000" "sort=-creator&page=49999" "type=book" \
        "type=book&sort=title" "type=book&sort=-title" "q=harbour"; do
    times=()
    for ((run = 0; run < ${BENCH_RUNS:-3}; run++)); do
        times+=("$(curl -s -o "$work/answer.json" -w '%{time_total}' "http://127.0.0.1:$port/api/sources?$query")")
    done
    total=$(grep -o '"total":[0-9]*' "$work/answer.json" | cut -d: -f2)
    best=$(printf '%s\n' "${times[@]}" | sort -n | head -1)
    printf '%-34s %10.3f %10.3f %9s\n' "${query:-(default: by id)}" "${times[0]}" "$best" "${total:-?}"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
