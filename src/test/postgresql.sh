# shellcheck shell=bash
# A throwaway PostgreSQL (Debian's postgresql package) for the tests (.ci/run) and the import benchmark
# (src/bench/import.sh), sourced by them from the project root:   . src/test/postgresql.sh
# Works under `set -euo pipefail`; run as root, the server runs as the postgres user.
#
#   postgresql_start DIR PORT    initialise and start it with its data under DIR (a new directory), listening on
#                                127.0.0.1:PORT only, with a database ariadne owned by a user ariadne whose password
#                                it sets in postgresql_password (the user may create databases: ArchiveIT restores
#                                into one of its own); returns when it accepts connections
#   postgresql_cpu_seconds       user + system CPU seconds of its running processes (the postmaster and its
#                                children: the clients' connections, the writers)
#   postgresql_stop              stop it and remove DIR; nothing if none was started. Meant for an EXIT trap.

postgresql_bin=
postgresql_dir=
postgresql_password=

postgresql_as_owner() {
    if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

postgresql_start() {
    local port=$2
    postgresql_bin=$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)
    if [ -z "$postgresql_bin" ]; then
        echo "PostgreSQL is not installed (apt-get install postgresql, as .ci/run does)" >&2
        return 1
    fi
    postgresql_dir=$1
    mkdir -p "$postgresql_dir"
    postgresql_password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
    echo "$postgresql_password" >"$postgresql_dir/pwfile"
    if [ "$(id -u)" -eq 0 ]; then chown -R postgres "$postgresql_dir"; fi
    postgresql_as_owner "'$postgresql_bin/initdb' -D '$postgresql_dir/data' -U postgres \
        --auth-host=scram-sha-256 --auth-local=trust --pwfile='$postgresql_dir/pwfile' >/dev/null"
    postgresql_as_owner "'$postgresql_bin/pg_ctl' -D '$postgresql_dir/data' -l '$postgresql_dir/log' \
        -o \"-c listen_addresses=127.0.0.1 -p $port -k '$postgresql_dir'\" -w start >/dev/null"
    postgresql_as_owner "'$postgresql_bin/psql' -h '$postgresql_dir' -p $port -U postgres -q -v ON_ERROR_STOP=1 \
        -c \"CREATE USER ariadne CREATEDB PASSWORD '$postgresql_password'\" -c 'CREATE DATABASE ariadne OWNER ariadne'"
}

postgresql_cpu_seconds() {
    local main
    main=$(head -n 1 "$postgresql_dir/data/postmaster.pid")
    # shellcheck disable=SC2046 # one pid per word
    for pid in "$main" $(pgrep -P "$main"); do cat "/proc/$pid/stat" 2>/dev/null || true; done |
        awk -v hz="$(getconf CLK_TCK)" '{ s += $14 + $15 } END { printf "%.1f", s / hz }'
}

postgresql_stop() {
    [ -n "$postgresql_dir" ] || return 0
    postgresql_as_owner "'$postgresql_bin/pg_ctl' -D '$postgresql_dir/data' -m fast -w stop >/dev/null" || true
    rm -rf "$postgresql_dir"
    postgresql_dir=
}
