#!/usr/bin/env bash
# Search benchmark (issue #6): a generated catalogue of 1,000,000 sources by default (two to four people each, archived
# texts with two footnotes for a tenth, a claim for every other text; SearchBenchmarkData) written by JDBC into a fresh
# data directory; the server starts on it (own copied base directory and port offset), finds the index missing and
# rebuilds it (the reindex timed here), waits for the renderer's start-up warm-up to finish, then the client times
# searches and suggestions (SearchBenchmarkClient).
# Prints: generation time, reindex time (and the server's CPU seconds up to its end, start-up included), index size on disk, search and suggestion p50/p95/p99/max (the searches also by case), server heap used
# after a full GC and resident memory. Stops the server and removes everything (BENCH_KEEP=1 keeps it).
# Usage: src/bench/search.sh [sources] [sample] [warm-up]   (defaults 1000000 2000 1000; builds first if needed)
# Environment: BENCH_PORT_OFFSET (900), BENCH_SERVER_OPTS (server JAVA_OPTS, -Xms256m -Xmx1g).
# BENCH_SEARCH=opensearch (issue 8): the same against an OpenSearch 2.19 node of the script's own, started from Maven
# Central artifacts (src/test/opensearch; -Xmx1g, BENCH_OPENSEARCH_PORT 9251 and that plus 100 for its transport),
# with ARIADNE_SEARCH_BACKEND=elasticsearch and the outbox-polling coordination; the index size is OpenSearch's.
# BENCH_DATA=<dir>: work in <dir> and keep it (for trying changes at 1M without generating again): the first run
# generates the catalogue into <dir>/data and the server builds its index there; later runs skip the generation (the
# sources argument is then ignored) and, as the index is present and the server was shut down cleanly, the rebuild
# too, and time the searches on the server deployed afresh from target/ariadne.war. Delete <dir> when done (~2.3 GB at
# 1M). A rebuild stopped by a clean shutdown leaves a partial index that later runs reuse as it is: delete
# <dir>/data/index to rebuild. On a loaded machine add -Djboss.as.management.blocking.timeout=1200 to
# BENCH_SERVER_OPTS (WildFly rolls back a deployment that takes over 300 s).
# BENCH_WAR=<file>: deploy that WAR instead of target/ariadne.war (e.g. the code before a change, on the same data).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
sources=${1:-1000000}
sample=${2:-2000}
warmup=${3:-1000}
port_offset=${BENCH_PORT_OFFSET:-900}
port=$((8080 + port_offset))
# shellcheck source=src/bench/lib/server.sh
. src/bench/lib/server.sh
bench_build
bench_test_classpath
cp="$bench_classpath:$(bench_h2_jar)"

if [ -n "${BENCH_DATA:-}" ]; then
    mkdir -p "$BENCH_DATA"
    work=$(cd "$BENCH_DATA" && pwd)
else
    work=$(mktemp -d "${TMPDIR:-/tmp}/ariadne-search-bench.XXXXXX")
fi
cleanup() {
    if [ -n "${opensearch_pid:-}" ]; then kill "$opensearch_pid" 2>/dev/null || true; wait "$opensearch_pid" 2>/dev/null || true; fi
    bench_server_stop
    if [ "${BENCH_KEEP:-}" = 1 ] || [ -n "${BENCH_DATA:-}" ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

data="$work/data"
if [ -n "${BENCH_DATA:-}" ] && [ -f "$data/generated" ]; then
    echo "reusing the catalogue in $data ($(cat "$data/generated") sources)"
else
    rm -rf "$data"
    echo "generating $sources sources; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
    gen_start=$(date +%s.%N)
    # -Xmx2g: half of the heap is H2's page cache while loading (SearchBenchmarkData); no cache of H2's Value objects
    java -Xmx2g -Dh2.objectCache=false -cp "$cp" org.ariadne.bench.SearchBenchmarkData "$data" "$sources"
    echo "generation: $(printf '%.1f' "$(echo "$(date +%s.%N) - $gen_start" | bc)") s wall;" \
        "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "$sources" >"$data/generated"
fi
echo "texts on disk: $(du -sh "$data/texts" | cut -f1), database: $(du -sh "$data/db" | cut -f1)"

bench_server_base "$work/base" "${BENCH_WAR:-target/ariadne.war}"
search_env=()
if [ "${BENCH_SEARCH:-lucene}" = opensearch ]; then
    os_port=${BENCH_OPENSEARCH_PORT:-9251}
    mvn -q -B -f src/test/opensearch/pom.xml dependency:build-classpath -Dmdep.outputFile="$work/opensearch.classpath"
    java -Xms1g -Xmx1g -cp "$(cat "$work/opensearch.classpath")" src/test/opensearch/StartOpenSearch.java \
        "$work/opensearch" "$os_port" $((os_port + 100)) >"$work/opensearch.log" 2>&1 &
    opensearch_pid=$!
    until curl -s -o /dev/null "http://127.0.0.1:$os_port/_cluster/health"; do
        sleep 1
        kill -0 "$opensearch_pid" 2>/dev/null || { echo "OpenSearch stopped; log:" >&2; tail -30 "$work/opensearch.log" >&2; exit 1; }
    done
    echo "OpenSearch up on port $os_port"
    search_env=(ARIADNE_SEARCH_BACKEND=elasticsearch ARIADNE_SEARCH_HOSTS="127.0.0.1:$os_port"
        ARIADNE_SEARCH_COORDINATION=outbox-polling ARIADNE_SEARCH_SYNC=)
fi
start=$(date +%s)
bench_server_start "$work/base" "$port_offset" "$work/server.log" "${search_env[@]}" \
    ARIADNE_DATA_DIR="$data" ARIADNE_DB=h2 JAVA_OPTS="${BENCH_SERVER_OPTS:--Xms256m -Xmx1g}"
bench_server_wait "http://127.0.0.1:$port/api/search/index" 900
echo "server up in $(( $(date +%s) - start )) s (port $port)"
jvm=$(bench_server_pid)
# a rebuild that starts at deployment has begun before the first 200; a reused, complete index has no rebuild at all
until curl -s "http://127.0.0.1:$port/api/search/index" | grep -q '"running":false'; do sleep 1; done
echo "reindex finished (or none needed); server CPU since its start: $(bench_cpu_seconds "$jvm") s; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
bench_server_wait_warmup "$work/server.log"
cpu_before=$(bench_cpu_seconds "$jvm")
java -Xmx256m -cp "$cp" org.ariadne.bench.SearchBenchmarkClient "http://127.0.0.1:$port" "$sample" "$warmup"
echo "server CPU during the searches and suggestions: $(echo "$(bench_cpu_seconds "$jvm") - $cpu_before" | bc) s"
if [ -n "${opensearch_pid:-}" ]; then
    echo "OpenSearch indices: $(curl -s "http://127.0.0.1:$os_port/_cat/indices?h=index,docs.count,store.size" | tr '\n' ' ')"
else
    echo "index on disk: $(du -sh "$data/index" | cut -f1)"
fi
if [ -n "$jvm" ]; then
    jcmd "$jvm" GC.run >/dev/null 2>&1 || true
    echo "server heap after a full GC: $(jcmd "$jvm" GC.heap_info 2>/dev/null | grep -m1 -o 'used [0-9]*K' || echo '?')"
    echo "server resident memory: $(grep VmRSS /proc/"$jvm"/status | tr -s ' ' | cut -d' ' -f2-)"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
