#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests, on 127.0.0.1 and a free port.
#   postgresql.sh start DIR   wipes DIR, creates a cluster in it, starts the server, waits until
#                             bc_test can log in, and writes the admin URL to DIR/url
#   postgresql.sh stop DIR    stops that server (if it runs) and removes DIR
#   postgresql.sh halt DIR    stops that server but keeps its data (fault tests)
#   postgresql.sh resume DIR  starts a halted server again, on the same port
# Login role bc_test, password bc-test-password, over TCP with scram-sha-256; a superuser, so that
# tests may CREATE DATABASE and CREATE EXTENSION. Durability is off (fsync, full page writes): the
# data is thrown away, and lives in memory when there is room (make_data_folder in common.sh):
# CREATE DATABASE copies 7 MB of catalog files, several times faster there. initdb and postgres refuse to run as root, so as root they run as the postgres user,
# who must be able to reach DIR.
set -euo pipefail
script_name=$(basename "$0")
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$(dirname "$0")/common.sh"

readonly user=bc_test password=bc-test-password
[ $# -eq 2 ] || usage
command=$1
dir=$(realpath -m "$2")
check_wipeable "$dir"

bindir() {
    local found
    found=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$found" ] && [ -x "$found/initdb" ] || die "PostgreSQL is not installed (scripts/install-deps test)"
    echo "$found"
}

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop() {
    stop_server_only
    remove_data_folder "$dir" postgresql
}

start() {
    local bin port log="$dir/postgresql.log"
    bin=$(bindir)
    stop # a server an interrupted run left behind
    mkdir -p "$dir"
    touch "$dir/.bc-test-server"
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || die "there is no postgres user (scripts/install-deps test installs PostgreSQL)"
        chown postgres: "$dir"
        as_owner test -w "$dir" -a -x "$dir" \
            || die "the postgres user cannot reach $dir (a folder above it is not searchable by others); use a folder under /tmp"
    fi

    local data
    data=$(make_data_folder "$dir" postgresql)
    [ "$(id -u)" -ne 0 ] || chown postgres: "$data"
    chmod 700 "$data"
    if ! as_owner "$bin/initdb" --pgdata="$data" --username=postgres --encoding=UTF8 --locale=C.UTF-8 \
        --auth-local=peer --auth-host=scram-sha-256 --no-sync >"$dir/initdb.log" 2>&1; then
        print_log "$dir/initdb.log"
        die "initdb failed"
    fi
    cat >>"$data/postgresql.conf" <<CONF

# tests/servers/postgresql.sh: a throwaway server, fast rather than safe
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
wal_level = minimal
max_wal_senders = 0
max_wal_size = 128MB
min_wal_size = 32MB
# A wrong password waits on the server, as README asks of a server with operators (ServerSetup)
shared_preload_libraries = 'auth_delay'
auth_delay.milliseconds = 200
CONF
    cat >"$data/pg_hba.conf" <<CONF
# TYPE  DATABASE  USER  ADDRESS       METHOD
local   all       all                 peer
host    all       all   127.0.0.1/32  scram-sha-256
CONF
    # The role is created in single-user mode, before the server listens: no connection needed.
    local created
    if ! created=$(echo "CREATE ROLE $user LOGIN SUPERUSER PASSWORD '$password'" \
        | as_owner "$bin/postgres" --single -D "$data" postgres 2>&1) || grep -q "ERROR:" <<<"$created"; then
        echo "$created" >&2
        die "could not create the role $user"
    fi

    for attempt in 1 2 3 4 5; do
        port=$(free_port)
        : >"$log"
        chown --reference="$dir" "$log"
        # -w waits (60 s at most) until the server accepts connections or has died; -l detaches
        # its output from ours, so that ctest does not wait for the server to end.
        if as_owner "$bin/pg_ctl" start --pgdata="$data" --log="$log" --wait --timeout=60 \
            --options="-p $port" >"$dir/pg_ctl.log" 2>&1; then
            break
        fi
        if grep -q "could not bind\|Address already in use" "$log" && [ "$attempt" -lt 5 ]; then
            echo "$script_name: port $port was taken meanwhile; trying another" >&2
            stop_server_only
            continue
        fi
        cat "$dir/pg_ctl.log" >&2
        print_log "$log"
        stop_server_only
        die "PostgreSQL did not start within 60 s (files in $dir)"
    done

    # The server is ready; check that bc_test gets in with its password, over TCP.
    local answer
    if ! answer=$(PGPASSWORD=$password PGCONNECT_TIMEOUT=10 "$bin/psql" -X -q -t -A -h 127.0.0.1 -p "$port" \
        -U "$user" -d postgres -c "SELECT 'logged in'" 2>&1) || [ "$answer" != "logged in" ]; then
        echo "$answer" >&2
        print_log "$log"
        stop_server_only
        die "PostgreSQL runs but $user cannot log in"
    fi
    echo "postgresql://$user@127.0.0.1:$port/postgres" >"$dir/url"
    echo "$script_name: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, cluster in $data"
}

# Stops the server but keeps DIR (and its logs) for a look.
stop_server_only() {
    local pid=
    [ -r "$dir/data/postmaster.pid" ] && pid=$(head -n 1 "$dir/data/postmaster.pid")
    # SIGINT, a fast shutdown: an immediate one (SIGQUIT) leaves shared memory behind in /dev/shm.
    end_process "$pid" postgres INT
}

# Starts a server that halt stopped again on its port: its clients' addresses stay right.
resume() {
    local bin port
    bin=$(bindir)
    [ -r "$dir/url" ] || die "no server was started in $dir"
    port=$(sed -E 's|.*:([0-9]+)/.*|\1|' "$dir/url")
    as_owner "$bin/pg_ctl" status --pgdata="$dir/data" >/dev/null 2>&1 && return 0 # running
    if ! as_owner "$bin/pg_ctl" start --pgdata="$dir/data" --log="$dir/postgresql.log" --wait --timeout=60 \
        --options="-p $port" >"$dir/pg_ctl.log" 2>&1; then
        cat "$dir/pg_ctl.log" >&2
        print_log "$dir/postgresql.log"
        die "PostgreSQL did not start again on port $port"
    fi
}

case "$command" in
start) start ;;
stop) stop ;;
halt) stop_server_only ;;
resume) resume ;;
*) usage ;;
esac
