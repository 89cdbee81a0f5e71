#!/usr/bin/env bash
# Bibliography benchmark: an APA bibliography of COUNT entries (default 1,000) through POST /api/bibliography against
# a running Ariadne, next to pandoc --citeproc on the same CSL-JSON items with the same apa.csl (taken from the styles
# jar in the local Maven repository). Creates the COUNT sources as the librarian first (new ones on every call, so
# run 1 renders every entry; later runs find the entries in Ariadne's cache of rendered entries).
# Usage: src/bench/bibliography.sh [base-url] [runs] [count]   (default http://127.0.0.1:8080, 3 runs, 1000)
# Needs curl, python3 and pandoc (Debian package "pandoc"); the server must be up, e.g. src/bench/startup.sh's.
# With BENCH_SERVER_PID set to the server's java process, also prints the CPU time the server used during each
# request (user + system; it varies far less than wall time when other work shares the machine), and for run 1 that
# CPU by thread (the request's "default task", the render helpers, the JIT compiler threads, GC, ...).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
base=${1:-http://127.0.0.1:8080}
runs=${2:-3}
count=${3:-1000}
user=${BENCH_USER:-librarian}
password=${BENCH_PASSWORD:-librarian}
# shellcheck source=src/bench/lib/server.sh
. src/bench/lib/server.sh
work=$(mktemp -d /tmp/ariadne-bib-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

python3 - "$work/items.json" "$count" <<'PY'
import json, random, sys
random.seed(42)
families = ["Doe", "Roe", "Smith", "García", "Müller", "Nakamura", "O'Brien", "van Dijk", "Li", "Okafor"]
givens = ["John", "Ann", "Maria", "Kenji", "Chidi", "Eva", "Pierre", "Sara"]
items = []
for i in range(int(sys.argv[2])):
    kind = random.choice(["book", "article-journal", "chapter"])
    item = {"id": f"bench{i}", "type": kind, "title": f"Study {i} of things {random.randint(1, 99)}",
            "author": [{"family": random.choice(families), "given": random.choice(givens)}
                       for _ in range(random.randint(1, 3))],
            "issued": {"date-parts": [[random.randint(1950, 2024)]]}}
    if kind == "article-journal":
        item.update({"container-title": "Journal of Benchmarks", "volume": str(random.randint(1, 40)),
                     "page": f"{random.randint(1, 200)}-{random.randint(201, 400)}"})
    else:
        item.update({"publisher": "Acme", "publisher-place": "Boston"})
    items.append(item)
json.dump(items, open(sys.argv[1], "w"), ensure_ascii=False)
PY

echo "creating $count sources at $base ..."
python3 - "$work/items.json" "$work/request.json" "$base" "$user" "$password" <<'PY'
import base64, json, sys, urllib.request
from concurrent.futures import ThreadPoolExecutor
items_file, request_file, base, user, password = sys.argv[1:]
auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
def create(item):
    body = {k: v for k, v in item.items() if k != "id"}
    req = urllib.request.Request(base + "/api/sources", data=json.dumps(body).encode(), method="POST",
                                 headers={"Content-Type": "application/json", "Authorization": auth})
    with urllib.request.urlopen(req) as reply:
        return json.load(reply)["id"]
with ThreadPoolExecutor(4) as pool:
    ids = list(pool.map(create, json.load(open(items_file))))
json.dump({"style": "apa", "locale": "en-US", "format": "text", "sources": ids}, open(request_file, "w"))
PY

jars=(~/.m2/repository/org/citationstyles/styles/*/styles-*.jar)
jar=${jars[-1]}
unzip -p "$jar" apa.csl >"$work/apa.csl"
printf -- '---\nnocite: "@*"\n---\n' >"$work/doc.md"

millis() { # runs "$@", prints its wall time in ms
    local start
    start=$(date +%s%N)
    "$@"
    echo $(( ($(date +%s%N) - start) / 1000000 ))
}

server_cpu_ms() { # CPU time used so far by BENCH_SERVER_PID, in ms (0 without it)
    if [ -n "${BENCH_SERVER_PID:-}" ]; then
        bench_cpu_ms "$BENCH_SERVER_PID"
    else
        echo 0
    fi
}

server_threads() { # one line per thread of BENCH_SERVER_PID: id, name, CPU ticks so far
    local t
    for t in /proc/"$BENCH_SERVER_PID"/task/*; do
        echo "$(basename "$t") $(tr ' ' '_' <"$t/comm") $(awk '{print $14 + $15}' "$t/stat")"
    done | sort
}

for run in $(seq 1 "$runs"); do
    [ "$run" = 1 ] && [ -n "${BENCH_SERVER_PID:-}" ] && server_threads >"$work/threads-before"
    cpu_before=$(server_cpu_ms)
    t=$(millis curl -sf -o "$work/out.json" -H 'Content-Type: application/json' \
        --data-binary @"$work/request.json" "$base/api/bibliography")
    cpu=$(( $(server_cpu_ms) - cpu_before ))
    if [ "$run" = 1 ] && [ -n "${BENCH_SERVER_PID:-}" ]; then
        # threads that used CPU during run 1, grouped by name without their number
        server_threads | join "$work/threads-before" - | awk -v tck="$(getconf CLK_TCK)" '
            $5 > $3 { name = $2; sub(/[-#_]*[0-9]*$/, "", name); ms[name] += ($5 - $3) * 1000 / tck }
            END { for (n in ms) printf "    %-18s %6d ms\n", n, ms[n] }' | sort -k2 -n -r
    fi
    n=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["entries"]))' "$work/out.json")
    p=$(millis pandoc --citeproc --csl "$work/apa.csl" --bibliography "$work/items.json" \
        -t plain -o "$work/pandoc.txt" "$work/doc.md")
    printf 'run %d: Ariadne API %6d ms (%d entries%s)   pandoc --citeproc %6d ms   load %s\n' "$run" "$t" "$n" \
        "$([ -n "${BENCH_SERVER_PID:-}" ] && echo ", server CPU $cpu ms")" "$p" "$(cut -d' ' -f1-3 /proc/loadavg)"
done
