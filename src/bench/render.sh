#!/usr/bin/env bash
# Rendering benchmark (issue #5): the renderer alone, in-process (no server, no database), APA, en-US, text.
# Prints wall and CPU time (compare CPU seconds when the machine is busy) with the load average.
# Usage: src/bench/render.sh first cold|warm     the first 1,000-entry render of a new renderer, without or after
#                                                the start-up warm-up (2,000 made-up entries, as StylesWarmUp does)
#        src/bench/render.sh repeat 10000 2      renders of 10,000 never-rendered entries
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
mvn -q -B -DskipServer test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java ${BENCH_JAVA_OPTS:--Xmx2g} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.ariadne.bibliography.infrastructure.RenderBenchmark "$@"
