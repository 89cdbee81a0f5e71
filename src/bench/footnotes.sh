#!/usr/bin/env bash
# Footnote benchmark (issue #3): extraction, resolution and catalogue matching of generated plain texts with
# Chicago-style notes (full citations, ibid., short forms) against an in-memory catalogue; prints notes a second for
# (a) one text of 2,000 notes and (b) 10,000 texts. No server, no database: the domain code alone, single-threaded.
# Usage: src/bench/footnotes.sh [catalogue size] [notes of the long text] [texts] [seed]
#        (defaults 100000 2000 10000 3; compiles the classes first)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
mvn -q -B -DskipServer test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java ${BENCH_JAVA_OPTS:--Xmx2g} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.ariadne.bench.FootnoteBenchmark "$@"
