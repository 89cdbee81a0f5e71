#!/usr/bin/env bash
# Crash safety (issue #7): CrashIT on servers of its own (port offset BENCH_PORT_OFFSET, default 850), killed with
# SIGKILL during large imports, large text uploads over older texts and BagIt restores into an empty instance, each at
# several points, restarted on the same data directory, all or nothing checked after each restart; prints the kill
# points and outcomes (target/crash-report.txt).
# Usage: src/bench/crash.sh [import entries]   (default 2000)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
offset=${BENCH_PORT_OFFSET:-850}
mvn -q -B verify -Dit.test=CrashIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dcrash.port.offset="$offset" -Dcrash.import.entries="${1:-2000}"
cat target/crash-report.txt
