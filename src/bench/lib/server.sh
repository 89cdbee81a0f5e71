# shellcheck shell=bash disable=SC2034 # bench_classpath is set here for the scripts to read
# The steps the benchmark scripts share to run a WildFly of their own, sourced (not run) by them after they have
# changed to the project root:   . src/bench/lib/server.sh
# Works under `set -euo pipefail`. The functions keep their state in lower-case globals named bench_*; the upper-case
# BENCH_* names stay the user's (BENCH_SERVER_PID, for one, is the pid bibliography.sh is given).
#
#   bench_build                           build the WAR and the server if either is missing; sets bench_jboss
#   bench_test_classpath                  compile the tests, resolve the test classpath; sets bench_classpath
#   bench_server_base DIR WAR             a fresh server base directory: the configuration files, WAR as ariadne.war
#   bench_server_start DIR OFFSET LOG [NAME=value ...]
#                                         start bin/standalone.sh on base directory DIR, port offset OFFSET, loopback
#                                         only, output to LOG, with those variables in its environment (only those:
#                                         no JAVA_OPTS given, standalone.conf's apply); returns at once
#   bench_server_wait URL SECONDS [POLL]  wait for a 200 from URL, polling every POLL seconds (0.5); fails with the
#                                         end of the log if the server stops first or SECONDS pass (0: no limit)
#   bench_server_pid                      the started server's java process id (empty if there is none)
#   bench_cpu_seconds PID [DECIMALS]      user + system CPU seconds the process has used so far (1 decimal)
#   bench_cpu_ms PID                      the same in whole milliseconds
#   bench_h2_jar                          the H2 jar of the server's modules (for JDBC clients of its database files)
#   bench_server_stop                     :shutdown through jboss-cli (SIGTERM to java if that cannot connect), the
#                                         java process killed if it is still there 300 s later (a clean shutdown
#                                         matters: search.sh reuses the index a clean stop leaves); nothing if no
#                                         server was started or it was stopped already. Meant for an EXIT trap.

bench_jboss=
bench_classpath=
bench_server_launcher= # the pid of bin/standalone.sh, this shell's child; java is its child
bench_server_base_dir=
bench_server_offset=
bench_server_log=

bench_build() {
    if [ ! -f target/ariadne.war ] || [ ! -d target/wildfly-39.0.1.Final ]; then
        mvn -q -B -DskipTests package
    fi
    bench_jboss=$(cd target/wildfly-39.0.1.Final && pwd)
}

bench_test_classpath() {
    mvn -q -B -DskipServer test-compile
    mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
    bench_classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
}

bench_h2_jar() {
    local jars=("$bench_jboss"/modules/system/layers/base/com/h2database/h2/main/h2-*.jar)
    echo "${jars[0]}"
}

bench_server_base() {
    local dir=$1 war=$2
    [ -n "$dir" ] || return 1
    rm -rf "$dir"
    mkdir -p "$dir/configuration" "$dir/deployments"
    find "$bench_jboss/standalone/configuration" -maxdepth 1 -type f -exec cp {} "$dir/configuration/" \;
    cp "$war" "$dir/deployments/ariadne.war"
}

bench_server_start() {
    bench_server_base_dir=$1
    bench_server_offset=$2
    bench_server_log=$3
    shift 3
    env "$@" "$bench_jboss/bin/standalone.sh" -Djboss.server.base.dir="$bench_server_base_dir" \
        -Djboss.socket.binding.port-offset="$bench_server_offset" -Djboss.bind.address=127.0.0.1 \
        -Djboss.bind.address.management=127.0.0.1 >"$bench_server_log" 2>&1 &
    bench_server_launcher=$!
}

bench_server_wait() {
    local url=$1 limit=$2 poll=${3:-0.5} since=$SECONDS
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ]; do
        if ! kill -0 "$bench_server_launcher" 2>/dev/null; then
            echo "the server stopped before $url answered 200; the end of its log:" >&2
            tail -n 50 "$bench_server_log" >&2
            return 1
        fi
        if [ "$limit" -gt 0 ] && [ $((SECONDS - since)) -ge "$limit" ]; then
            echo "no 200 from $url within $limit s; the end of the server log:" >&2
            tail -n 50 "$bench_server_log" >&2
            return 1
        fi
        sleep "$poll"
    done
}

# Waits, at most $2 seconds (default 300), until the server whose log is $1 has finished the renderer's start-up
# warm-up (StylesWarmUp: from 20 s after the start, one to four rounds of about 8 CPU seconds each, more on a busy
# machine), as a server that has been up for a few minutes has: it would otherwise share the cores with what is timed.
bench_server_wait_warmup() {
    local log=$1 limit=${2:-300} since=$SECONDS
    until grep -q "warm-up done\|Could not warm the renderer up" "$log" || [ $((SECONDS - since)) -ge "$limit" ]; do
        sleep 1
    done
    echo "waited $((SECONDS - since)) s for the renderer's start-up warm-up"
}

bench_server_pid() {
    [ -n "$bench_server_base_dir" ] || return 0
    local p
    # standalone.sh passes our arguments on to java in this order; its own command line has them too, hence the comm
    for p in $(pgrep -f "jboss.server.base.dir=$bench_server_base_dir -Djboss.socket.binding.port-offset=$bench_server_offset " || true); do
        if [ "$(cat "/proc/$p/comm" 2>/dev/null)" = java ]; then
            echo "$p"
            return 0
        fi
    done
}

bench_cpu_seconds() {
    awk -v hz="$(getconf CLK_TCK)" -v fmt="%.${2:-1}f" '{ printf fmt, ($14 + $15) / hz }' "/proc/$1/stat"
}

bench_cpu_ms() {
    awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$1/stat"
}

bench_server_stop() {
    [ -n "$bench_server_launcher" ] || return 0
    local limit=300 java i
    java=$(bench_server_pid)
    if ! "$bench_jboss/bin/jboss-cli.sh" --controller="127.0.0.1:$((9990 + bench_server_offset))" -c \
            --command=:shutdown >/dev/null 2>&1; then
        # not answering (still starting, or gone): SIGTERM runs the JVM's shutdown hook, WildFly's orderly stop.
        # standalone.sh runs java in the foreground and passes no signal on, so java is signalled itself.
        if [ -n "$java" ]; then kill "$java" 2>/dev/null || true; else kill "$bench_server_launcher" 2>/dev/null || true; fi
    fi
    for ((i = 0; i < limit * 10; i++)); do
        kill -0 "$bench_server_launcher" 2>/dev/null || break
        sleep 0.1
    done
    java=$(bench_server_pid)
    if [ -n "$java" ]; then
        echo "the server did not stop within $limit s: killed" >&2
        kill -9 "$java" 2>/dev/null || true
    fi
    wait "$bench_server_launcher" 2>/dev/null || true
    bench_server_launcher=
}
