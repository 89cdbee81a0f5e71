#!/usr/bin/env bash
# Fuzzing (issue #7): runs every @FuzzTest of the parsers under Jazzer, coverage-guided, each for the 60 s its
# annotation allows (one fuzz test per JVM, as Jazzer requires), and prints the executions and the new corpus entries
# of each. A finding fails the run; Jazzer saves the input beside the committed corpus
# (src/test/resources/.../<Test>Inputs/<method>/), where plain `mvn test` replays it from then on.
# The generated corpus is kept in .cifuzz-corpus/ (ignored by git) and reused by the next run.
# Usage: src/bench/fuzz.sh [Class#method ...]   (defaults to all of them)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(ImportFuzzTest#bibtexIsReadOrRefusedCleanly ImportFuzzTest#risIsReadOrRefusedCleanly
             ImportFuzzTest#cslJsonIsReadOrRefusedCleanly ImportFuzzTest#marcXmlIsReadOrRefusedCleanly
             FootnoteFuzzTest#plainTextFootnotesNeverBreak
             FootnoteFuzzTest#markdownFootnotesNeverBreak FootnoteFuzzTest#htmlFootnotesNeverBreak
             FootnoteFuzzTest#noteTextIsParsedOrReportedAsAProblem)
fi
mkdir -p target/fuzz
mvn -q -B -DskipServer test-compile
status=0
for target in "${targets[@]}"; do
    log="target/fuzz/${target//#/.}.log"
    if JAZZER_FUZZ=1 mvn -B -DskipServer surefire:test -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false \
            >"$log" 2>&1; then
        outcome=clean
    else
        outcome=FINDING
        status=1
    fi
    runs=$(grep -Eo 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 || true)
    echo "$target: $outcome; ${runs:-no libFuzzer summary, see $log}"
done
exit $status
