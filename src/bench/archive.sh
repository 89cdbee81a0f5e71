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
[ -f target/ariadne.war ] && [ -d target/wildfly-39.0.1.Final ] || mvn -q -B -DskipTests package
mvn -q -B -DskipServer test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
jboss=$(ls -d target/wildfly-*/ | head -n 1)
work=$(mktemp -d /tmp/ariadne-archive-bench.XXXXXX)
mkdir -p "$work/base/deployments" "$work/base/configuration"
find "$jboss/standalone/configuration" -maxdepth 1 -type f -exec cp {} "$work/base/configuration/" \;
cp target/ariadne.war "$work/base/deployments/"
ARIADNE_DATA_DIR="$work/data" JAVA_OPTS="${BENCH_SERVER_OPTS:--Xms256m -Xmx1g}" "$jboss/bin/standalone.sh" -Djboss.server.base.dir="$work/base" \
    -Djboss.socket.binding.port-offset="$offset" -Djboss.bind.address=127.0.0.1 \
    -Djboss.bind.address.management=127.0.0.1 >"$work/server.log" 2>&1 &
stop() {
    "$jboss/bin/jboss-cli.sh" --controller=127.0.0.1:$((9990 + offset)) -c --command=:shutdown >/dev/null 2>&1 || true
    sleep 2
    pkill -f "jboss.server.base.dir=$work/base" 2>/dev/null || true
    rm -rf "$work"
}
trap stop EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/sources")" = 200 ]; do sleep 0.5; done
server_pid=$(pgrep -f "jboss.server.base.dir=$work/base" | while read -r p; do
    [ "$(cat "/proc/$p/comm" 2>/dev/null)" = java ] && echo "$p"; done | head -n 1)
java -Xmx1g -Dbench.server.pid="${server_pid:-}" -Dbench.clock.ticks="$(getconf CLK_TCK)" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.ariadne.bench.ArchiveBenchmark "http://127.0.0.1:$port" "$@"
