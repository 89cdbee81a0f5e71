#!/usr/bin/env bash
# Footnotes end to end (issue #3): starts a server of its own (embedded H2, fresh data directory, port offset 850),
# catalogues generated works through the API, then archives texts of 2,000 generated notes with
# PUT /api/sources/{id}/text and prints notes a second for each, database matching and storage included.
# The server runs with the heap of the README's run command (-Xms256m -Xmx1g); BENCH_SERVER_OPTS overrides it.
# Usage: src/bench/archive.sh [catalogue size] [notes per text] [texts]   (defaults 10000 2000 3)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
offset=${BENCH_PORT_OFFSET:-850}
port=$((8080 + offset))
# shellcheck source=src/bench/lib/server.sh
. src/bench/lib/server.sh
bench_build
bench_test_classpath
work=$(mktemp -d /tmp/ariadne-archive-bench.XXXXXX)
stop() {
    bench_server_stop
    rm -rf "$work"
}
trap stop EXIT
bench_server_base "$work/base" target/ariadne.war
bench_server_start "$work/base" "$offset" "$work/server.log" \
    ARIADNE_DATA_DIR="$work/data" JAVA_OPTS="${BENCH_SERVER_OPTS:--Xms256m -Xmx1g}"
bench_server_wait "http://127.0.0.1:$port/api/sources" 0
server_pid=$(bench_server_pid)
java -Xmx1g -Dbench.server.pid="${server_pid:-}" -Dbench.clock.ticks="$(getconf CLK_TCK)" -cp "$bench_classpath" \
    org.ariadne.bench.ArchiveBenchmark "http://127.0.0.1:$port" "$@"
