#!/usr/bin/env bash
# Start-up (issue #2): an application class-data sharing archive for the built server, made by one training start.
# The JVM maps the classes it archived (WildFly's modules, Ariadne's WAR and its libraries: some 23,000 of the 33,000
# classes a start loads) instead of reading, parsing and verifying them again, which takes about a fifth of the CPU
# of every start. Run by the build (package phase) after the server is configured:
#   class-data-sharing.sh <jboss home> <war> <work directory>
# It starts the server once on the embedded database with an empty data directory (so the migrations and the demo
# catalogue are part of the training), waits for the API and two pages, stops it, and the JVM writes
# <jboss home>/ariadne.jsa as it exits. standalone.conf gets the line that uses the archive when it exists; the
# wildfly:run goal passes it itself (pom.xml). A JVM that finds the archive made by another JDK, or a class changed
# since, loads those classes the usual way: the archive only ever saves time. If the training fails, the build goes
# on without an archive and says so.
set -uo pipefail
jboss=$(cd "$1" && pwd)
war=$2
rm -rf "$3"
mkdir -p "$3"
work=$(cd "$3" && pwd)
archive="$jboss/ariadne.jsa"
conf="$jboss/bin/standalone.conf"

if ! grep -q 'ariadne.jsa' "$conf"; then
    cat >>"$conf" <<'EOF'

# Ariadne: the class-data sharing archive the build made (wildfly-config/class-data-sharing.sh)
if [ -f "$JBOSS_HOME/ariadne.jsa" ]; then
   JAVA_OPTS="$JAVA_OPTS -XX:SharedArchiveFile=$JBOSS_HOME/ariadne.jsa"
fi
EOF
fi

rm -f "$archive"
# the run command needs only the JDK and Maven: without curl to ask the training server, go on without the archive
command -v curl >/dev/null 2>&1 || { echo "class-data sharing: no curl; building without the archive"; exit 0; }
mkdir -p "$work/base/deployments" "$work/data"
cp -r "$jboss/standalone/configuration" "$work/base/"
cp "$war" "$work/base/deployments/ariadne.war"

# a port offset nobody uses: builds in other checkouts and test servers may run at the same time
free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
offset=
for _ in $(seq 1 50); do
    candidate=$((2000 + RANDOM % 900))
    if free $((8080 + candidate)) && free $((9990 + candidate)) && free $((8443 + candidate)); then
        offset=$candidate
        break
    fi
done
[ -n "$offset" ] || { echo "class-data sharing: no free port offset; building without the archive"; exit 0; }
port=$((8080 + offset))

give_up() {
    echo "class-data sharing: $1; building without the archive (the server starts without it, only slower)"
    echo "--- last lines of the training server's log ($work/server.log):"
    tail -n 20 "$work/server.log"
    # the JVM itself, not only the script that started it; SIGKILL, so that it writes no archive as it exits
    pkill -KILL -f "jboss.server.base.dir=$work/base" 2>/dev/null
    wait "${server_pid:-}" 2>/dev/null
    rm -f "$archive"
    exit 0
}

# the embedded database and the default search index, whatever the environment of the build says
unset_ariadne=$(env | grep -o '^ARIADNE_[A-Z0-9_]*' | sed 's/^/-u /' | tr '\n' ' ')
started=$(date +%s)
# shellcheck disable=SC2086
env $unset_ariadne ARIADNE_DATA_DIR="$work/data" \
    JAVA_OPTS="-Xms256m -Xmx1g -XX:ArchiveClassesAtExit=$archive" \
    "$jboss/bin/standalone.sh" -Djboss.server.base.dir="$work/base" -Djboss.socket.binding.port-offset="$offset" \
    -Djboss.bind.address=127.0.0.1 -Djboss.bind.address.management=127.0.0.1 >"$work/server.log" 2>&1 &
server_pid=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/sources")" = 200 ]; do
    sleep 0.5
    kill -0 "$server_pid" 2>/dev/null || give_up "the training server stopped"
    ! grep -q 'WFLYSRV0026' "$work/server.log" || give_up "the training server started with errors"
    [ $(($(date +%s) - started)) -lt 600 ] || give_up "the training server did not answer within 600 s"
done
for page in / /login.xhtml /catalog/sources/list.xhtml; do
    curl -s -o /dev/null "http://127.0.0.1:$port$page"
done
"$jboss/bin/jboss-cli.sh" --controller=127.0.0.1:$((9990 + offset)) -c --command=:shutdown >/dev/null 2>&1 \
    || give_up "the training server did not accept the shutdown"
wait "$server_pid"
server_pid=
[ -f "$archive" ] || give_up "the JVM wrote no archive"
echo "class-data sharing: $archive ($(du -m "$archive" | cut -f1) MB) written in $(($(date +%s) - started)) s"
rm -rf "$work"
