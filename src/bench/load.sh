#!/usr/bin/env bash
# Load test (issue #7): many clients mix reads (sources, searches, lists) and writes (own edits, contested
# If-Match edits of shared sources, new sources) on loopback against a managed WildFly for a fixed time; then checks
# no 5xx, no transport error and no lost write, and prints clients, requests, p50/p95/p99, conflicts and errors.
# Usage: src/bench/load.sh [clients] [seconds]   (defaults 32 60; port offset 800, override with BENCH_PORT_OFFSET)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
offset=${BENCH_PORT_OFFSET:-800}
mvn -q -B verify -Dit.test=LoadIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.port.offset="$offset" -Dit.http.port=$((8080 + offset)) -Dit.management.port=$((9990 + offset)) \
    -Dload.clients="${1:-32}" -Dload.seconds="${2:-60}"
cat target/load-report.txt
