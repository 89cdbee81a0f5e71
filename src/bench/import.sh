#!/usr/bin/env bash
# BibTeX import through the API (issue #5): starts a server of its own (embedded H2, fresh data directory, port
# offset 470), generates a BibTeX file of N entries (articles, books, chapters and reports, with @string macros,
# LaTeX accents, DOIs and ISBNs, every title distinct) and imports it with one POST /api/import as the librarian,
# then prints entries a second. Usage: src/bench/import.sh [entries] [runs]   (defaults 100000 1; each run imports a
# newly generated file into the same catalogue, so later runs also match against what the earlier ones created)
# The server runs with the heap of the README's run command (-Xms256m -Xmx1g); BENCH_SERVER_OPTS overrides it.
# Each run also prints the load average and the server's CPU seconds during the import (the wall time alone says
# little on a shared machine). BENCH_JFR=file records a JFR profile of the server (settings=profile) into that file.
# On a failed run the server log is kept as target/bench-import-server.log. The import starts once the renderer's
# start-up warm-up is done (at most 180 s after the server answers).
# BENCH_DB=postgresql: the server stores into a PostgreSQL of the script's own (Debian's postgresql package, on
# 127.0.0.1:BENCH_PG_PORT, default 55470, its data in a temporary directory) instead of the embedded H2; each run
# then also prints that PostgreSQL's CPU seconds during the import (its processes share the machine's cores).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
entries=${1:-100000}
runs=${2:-1}
offset=${BENCH_PORT_OFFSET:-470}
port=$((8080 + offset))
# shellcheck source=src/bench/lib/server.sh
. src/bench/lib/server.sh
# shellcheck source=src/test/postgresql.sh
. src/test/postgresql.sh
bench_build
work=$(mktemp -d /tmp/ariadne-import-bench.XXXXXX)
failed=0
stop() {
    if [ "$failed" = 1 ]; then
        cp "$work/server.log" target/bench-import-server.log && echo "server log: target/bench-import-server.log"
    fi
    bench_server_stop
    postgresql_stop
    rm -rf "$work"
}
trap stop EXIT
database=()
librarian_password=librarian
if [ "${BENCH_DB:-h2}" = postgresql ]; then
    pg_port=${BENCH_PG_PORT:-55470}
    postgresql_start "$(mktemp -d /tmp/ariadne-import-pg.XXXXXX)" "$pg_port"
    admin_password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
    librarian_password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
    database=(ARIADNE_DB=postgresql "ARIADNE_DB_URL=jdbc:postgresql://127.0.0.1:$pg_port/ariadne"
        ARIADNE_DB_USER=ariadne "ARIADNE_DB_PASSWORD=$postgresql_password" "ARIADNE_ADMIN_PASSWORD=$admin_password")
fi
bench_server_base "$work/base" target/ariadne.war
opts="${BENCH_SERVER_OPTS:--Xms256m -Xmx1g}"
[ -n "${BENCH_JFR:-}" ] && opts="$opts -XX:StartFlightRecording=filename=$(realpath -m "$BENCH_JFR"),settings=profile"
bench_server_start "$work/base" "$offset" "$work/server.log" ARIADNE_DATA_DIR="$work/data" JAVA_OPTS="$opts" \
    "${database[@]}"
bench_server_wait "http://127.0.0.1:$port/api/sources" 0 || { failed=1; exit 1; }
if [ -n "${admin_password:-}" ]; then
    # PostgreSQL has no demo users: the administrator the server made at start creates the librarian
    created=$(curl -s -o /dev/null -w '%{http_code}' -u "admin:$admin_password" -H 'Content-Type: application/json' \
        --data "{\"username\":\"librarian\",\"password\":\"$librarian_password\",\"roles\":[\"librarian\"]}" \
        "http://127.0.0.1:$port/api/users")
    [ "$created" = 201 ] || { echo "could not create the librarian: HTTP $created"; failed=1; exit 1; }
fi
java_pid=$(bench_server_pid)
bench_server_wait_warmup "$work/server.log" 180
for run in $(seq 1 "$runs"); do
    python3 - "$entries" "$run" > "$work/bench.bib" <<'PY'
import random, sys
n, run = int(sys.argv[1]), int(sys.argv[2])
rnd = random.Random(run)
families = ["Haggard", "Noland", "M{\\\"u}ller", "Kim", "Lee", "Park", "Choi", "Garc{\\'\\i}a", "{\\L}ukasz", "Nguyen",
            "Smith", "Dupont", "O'Brien", "van der Berg", "Schr{\\\"o}der", "Ko{\\c{c}}"]
givens = ["Stephen", "Marcus", "Ann", "Su-jin", "Jae", "Marie", "Pedro", "Ji-ho", "Hans", "Fran{\\c{c}}ois"]
words = ["refugee", "famine", "border", "policy", "China", "Korea", "repatriation", "rights", "asylum", "Tumen",
         "market", "state", "memory", "law", "flight", "return", "camps", "diplomacy", "hunger", "archive"]
print("@string{jpr = {Journal of Peace Research}}\n@string{ajs = {Asian Journal of Security}}\n")
for i in range(n):
    title = " ".join(rnd.choice(words) for _ in range(5)).capitalize() + " %d-%d" % (run, i)
    authors = " and ".join("%s, %s" % (rnd.choice(families), rnd.choice(givens)) for _ in range(rnd.randint(1, 3)))
    year = rnd.randint(1990, 2025)
    kind = i % 4
    if kind == 0:
        print("@article{a%d_%d,\n  title = {%s},\n  author = {%s},\n  journal = %s,\n  volume = %d, number = %d,"
              "\n  pages = {%d--%d},\n  year = %d, month = %s,\n  doi = {10.5555/bench.%d.%d}\n}\n"
              % (run, i, title, authors, rnd.choice(["jpr", "ajs"]), rnd.randint(1, 60), rnd.randint(1, 12),
                 i % 300, i % 300 + 20, year, rnd.choice(["jan", "mar", "jun", "oct"]), run, i))
    elif kind == 1:
        print("@book{b%d_%d,\n  title = {%s},\n  author = {%s},\n  publisher = {Columbia University Press},"
              "\n  address = {New York},\n  year = {%d},\n  isbn = {978%010d}\n}\n"
              % (run, i, title, authors, year, run * 10000000 + i))
    elif kind == 2:
        print("@incollection{c%d_%d,\n  title = {%s},\n  author = {%s},\n  editor = {Lee, Ann},"
              "\n  booktitle = {Essays on {Korea} %d},\n  publisher = {MIT Press},\n  pages = {%d--%d},\n  year = {%d}\n}\n"
              % (run, i, title, authors, i % 50, i % 200, i % 200 + 15, year))
    else:
        print("@techreport{r%d_%d,\n  title = {%s},\n  author = {{World Food Programme}},\n  institution = {WFP},"
              "\n  number = {%d},\n  year = {%d}\n}\n" % (run, i, title, i, year))
PY
    bytes=$(stat -c %s "$work/bench.bib")
    cpu_before=$(bench_cpu_seconds "$java_pid")
    pg_cpu_before=$([ -z "$postgresql_dir" ] || postgresql_cpu_seconds)
    start=$(date +%s.%N)
    status=$(curl -s -o "$work/report.json" -w '%{http_code}' -u "librarian:$librarian_password" \
        -H 'Content-Type: application/x-bibtex' --data-binary @"$work/bench.bib" \
        "http://127.0.0.1:$port/api/import")
    end=$(date +%s.%N)
    cpu=$(awk -v a="$cpu_before" -v b="$(bench_cpu_seconds "$java_pid")" 'BEGIN { printf "%.1f", b - a }')
    pg_cpu=
    if [ -n "$postgresql_dir" ]; then
        pg_cpu=$(awk -v a="$pg_cpu_before" -v b="$(postgresql_cpu_seconds)" 'BEGIN { printf "%.1f", b - a }')
    fi
    python3 - "$status" "$work/report.json" "$entries" "$start" "$end" "$bytes" "$run" "$cpu" "$(cut -d' ' -f1-3 /proc/loadavg)" "$pg_cpu" <<'PY' || failed=1
import json, sys
status, path, n, start, end, size, run, cpu, load, pg_cpu = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]), int(sys.argv[6]), sys.argv[7], sys.argv[8], sys.argv[9], sys.argv[10]
seconds = end - start
if status != "200":
    print("run %s: HTTP %s after %.1f s: %s" % (run, status, seconds, open(path).read()[:500]))
    sys.exit(1)
report = json.load(open(path))
print("run %s: %d entries (%.1f MB) in %.1f s: %d entries/s; %d created, %d duplicates, %d warnings; "
      "server CPU %s s%s; load average %s"
      % (run, n, size / 1e6, seconds, n / seconds, len(report["created"]), len(report["duplicates"]),
         len(report["warnings"]), cpu, "; PostgreSQL CPU %s s" % pg_cpu if pg_cpu else "", load))
PY
    if [ "$failed" = 1 ]; then exit 1; fi
done
