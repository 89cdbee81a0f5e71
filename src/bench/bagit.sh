#!/usr/bin/env bash
# BagIt round trip (issue #7): the test server's archive (demo archive plus N generated sources) is exported
# with GET /api/archive, restored into a fresh empty server of its own (port offset 850) with POST /api/archive, and
# every API answer about sources, texts, footnotes, history, contributors, claims, traces and users is compared.
# Usage: src/bench/bagit.sh [generated sources]   (default 10000; port offset 800, override with BENCH_PORT_OFFSET)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
offset=${BENCH_PORT_OFFSET:-800}
mvn -q -B verify -Dit.test=ArchiveIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.port.offset="$offset" -Dit.http.port=$((8080 + offset)) -Dit.management.port=$((9990 + offset)) \
    -Darchive.generated="${1:-10000}"
cat target/archive-report.txt
