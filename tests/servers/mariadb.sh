#!/usr/bin/env bash
# A throwaway MariaDB server for the tests, on 127.0.0.1 and a free port.
#   mariadb.sh start DIR   wipes DIR, creates a data folder in it, starts mariadbd with its own
#                          socket, pid file and log there, waits until bc_test can log in, and
#                          writes the admin URL to DIR/url
#   mariadb.sh stop DIR    stops that server (if it runs) and removes DIR
# User bc_test@'%' and @'localhost', password bc-test-password, with every privilege and the
# grant option. No binary log, no flush at commit: the data is thrown away, and lives in memory
# when there is room (make_data_folder in common.sh).
set -euo pipefail
script_name=$(basename "$0")
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$(dirname "$0")/common.sh"

readonly user=bc_test password=bc-test-password
[ $# -eq 2 ] || usage
command=$1
dir=$(realpath -m "$2")
check_wipeable "$dir"

server_pid() {
    if [ -r "$dir/mariadbd.pid" ]; then
        cat "$dir/mariadbd.pid"
    fi
}

# Stops the server but keeps DIR (and its log) for a look.
stop_server_only() {
    end_process "$(server_pid)" mariadbd TERM
    # The socket lives outside DIR when DIR's path is too long for one.
    if [ -r "$dir/socket" ]; then
        rm -f "$(cat "$dir/socket")"
    fi
}

stop() {
    stop_server_only
    remove_data_folder "$dir" mariadb
}

start() {
    local server install_db admin
    server=$(command -v mariadbd || echo /usr/sbin/mariadbd)
    install_db=$(command -v mariadb-install-db || true)
    admin=$(command -v mariadb-admin || true)
    [ -x "$server" ] && [ -n "$install_db" ] && [ -n "$admin" ] \
        || die "MariaDB is not installed (scripts/install-deps test)"
    stop # a server an interrupted run left behind
    mkdir -p "$dir"
    touch "$dir/.bc-test-server"

    # A Unix socket path holds at most 107 bytes.
    local socket="$dir/mariadbd.sock"
    if [ ${#socket} -gt 100 ]; then
        socket=$(mktemp -u /tmp/bc-mariadb-XXXXXXXX.sock)
    fi
    echo "$socket" >"$dir/socket"
    local run_as
    run_as=$(id -un) # mariadbd refuses root unless told so
    local log="$dir/mariadbd.log" data
    data=$(make_data_folder "$dir" mariadb)
    cat >"$dir/my.cnf" <<CONF
# tests/servers/mariadb.sh: a throwaway server, fast rather than safe
[mysqld]
user = $run_as
datadir = $data
socket = $socket
pid-file = $dir/mariadbd.pid
log-error = $log
bind-address = 127.0.0.1
skip-name-resolve
skip-log-bin
innodb-flush-log-at-trx-commit = 0
innodb-doublewrite = 0
innodb-buffer-pool-size = 64M
character-set-server = utf8mb4
collation-server = utf8mb4_general_ci
max-connections = 200
init-file = $dir/init.sql
CONF
    cat >"$dir/init.sql" <<SQL
CREATE USER IF NOT EXISTS '$user'@'%' IDENTIFIED BY '$password';
CREATE USER IF NOT EXISTS '$user'@'localhost' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON *.* TO '$user'@'%' WITH GRANT OPTION;
GRANT ALL PRIVILEGES ON *.* TO '$user'@'localhost' WITH GRANT OPTION;
SQL
    if ! "$install_db" --defaults-file="$dir/my.cnf" --auth-root-authentication-method=socket --skip-test-db \
        >"$dir/install-db.log" 2>&1; then
        print_log "$dir/install-db.log"
        print_log "$log"
        die "mariadb-install-db failed"
    fi

    local port ready pid deadline
    for attempt in 1 2 3 4 5; do
        port=$(free_port)
        : >"$log"
        # setsid and no shared output: the server outlives this script, and ctest must not wait for it.
        setsid "$server" --defaults-file="$dir/my.cnf" --port="$port" </dev/null >>"$log" 2>&1 &
        pid=$!
        ready=
        deadline=$((SECONDS + 60))
        while [ $SECONDS -lt $deadline ]; do
            if "$admin" --no-defaults --protocol=tcp -h 127.0.0.1 -P "$port" -u "$user" -p"$password" \
                --connect-timeout=2 ping >/dev/null 2>&1; then
                ready=yes
                break
            fi
            is_alive "$pid" || break
            sleep 0.1
        done
        [ -n "$ready" ] && break
        if is_alive "$pid"; then
            print_log "$log"
            end_process "$pid" mariadbd KILL
            die "MariaDB did not let $user in within 60 s (files in $dir)"
        fi
        if grep -q "Address already in use\|Can't start server: Bind" "$log" && [ "$attempt" -lt 5 ]; then
            echo "$script_name: port $port was taken meanwhile; trying another" >&2
            continue
        fi
        print_log "$log"
        die "MariaDB stopped while starting (files in $dir)"
    done
    echo "mariadb://$user@127.0.0.1:$port/mysql" >"$dir/url"
    echo "$script_name: MariaDB $("$server" --version | awk '{print $3}') on 127.0.0.1:$port, data in $data"
}

case "$command" in
start) start ;;
stop) stop ;;
*) usage ;;
esac
