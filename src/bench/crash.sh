#!/usr/bin/env bash
# Crash safety (issue #7): a server of its own (port offset 850) is killed with SIGKILL during a large import and
# during a large text upload, at each kill point (ms after sending), and restarted on the same data directory; all or
# nothing is checked after each restart, and the kill points and outcomes are printed.
# Usage: src/bench/crash.sh [import entries] [kill points, ms, comma-separated]   (defaults 3000 300,1200,3000)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
offset=${BENCH_PORT_OFFSET:-800}
mvn -q -B verify -Dit.test=CrashIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.port.offset="$offset" -Dit.http.port=$((8080 + offset)) -Dit.management.port=$((9990 + offset)) \
    -Dcrash.import.entries="${1:-3000}" -Dcrash.kill.after.ms="${2:-300,1200,3000}"
cat target/crash-report.txt
