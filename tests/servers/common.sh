# shellcheck shell=bash
# Shared by postgresql.sh and mariadb.sh: sourced, not run. They set script_name.
# shellcheck disable=SC2154

die() {
    echo "$script_name: $*" >&2
    exit 1
}

# A TCP port on 127.0.0.1 that nothing listens on now (below Linux's ephemeral range, so that
# outgoing connections do not take it meanwhile). The server may still lose a race for it:
# the callers try again with another port when binding fails.
free_port() {
    local port
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 12000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    die "found no free TCP port"
}

# Whether process PID lives (a zombie has ended: whoever adopted it reaps it in its own time).
is_alive() {
    local pid=$1 stat
    [ -n "$pid" ] || return 1
    stat=$(cat "/proc/$pid/stat" 2>/dev/null) || return 1
    # "pid (comm) state ...": comm may hold spaces and parentheses, so cut at the last ") ".
    local state=${stat##*) }
    state=${state%% *}
    [ "$state" != Z ] && [ "$state" != X ]
}

# Whether process PID lives and runs the program NAME (a PID from a stale pid file may belong to
# somebody else by now).
is_running() {
    local pid=$1 name=$2
    is_alive "$pid" || return 1
    [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "$name" ]
}

# Sends SIGNAL to PID and waits up to 30 s for it to end, then kills it.
end_process() {
    local pid=$1 name=$2 signal=$3
    is_running "$pid" "$name" || return 0
    kill "-$signal" "$pid" 2>/dev/null || true
    for _ in $(seq 1 300); do
        is_running "$pid" "$name" || return 0
        sleep 0.1
    done
    echo "$script_name: $name ($pid) did not stop within 30 s; killing it" >&2
    kill -KILL "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do
        is_running "$pid" "$name" || return 0
        sleep 0.1
    done
    die "could not stop $name ($pid)"
}

print_log() {
    local log=$1
    if [ -s "$log" ]; then
        echo "---- $log ----" >&2
        tail -n 60 "$log" >&2
        echo "----" >&2
    fi
}

usage() {
    echo "usage: $script_name start|stop DIR" >&2
    exit 2
}

# Refuses to wipe a folder that is not one of ours: DIR must be missing, empty, or hold the
# marker that `start` leaves.
check_wipeable() {
    local dir=$1
    case "$dir" in
    / | "" | "$HOME" | /tmp | /root | /home | /usr | /var | /etc) die "refusing to use $dir" ;;
    esac
    if [ -d "$dir" ] && [ -n "$(ls -A "$dir")" ] && [ ! -e "$dir/.bc-test-server" ]; then
        die "$dir holds files this script did not write; refusing to wipe it"
    fi
}

# The folder for a server's files: in memory (a new folder in /dev/shm, linked from DIR/data)
# when /dev/shm is a tmpfs with 1 GiB free, else DIR/data. Creating a database writes and syncs
# several megabytes, many times faster in memory. BC_TEST_SERVER_TMPFS=no keeps them in DIR/data.
make_data_folder() {
    local dir=$1 name=$2 free_kib data
    if [ "${BC_TEST_SERVER_TMPFS:-auto}" != no ] && [ -d /dev/shm ] && [ -w /dev/shm ] \
        && [ "$(stat -f -c %T /dev/shm)" = tmpfs ]; then
        free_kib=$(df -Pk /dev/shm | awk 'NR == 2 { print $4 }')
        if [ "${free_kib:-0}" -ge $((1024 * 1024)) ]; then
            data=$(mktemp -d "/dev/shm/bc-test-$name-XXXXXX")
            ln -s "$data" "$dir/data"
            echo "$data"
            return 0
        fi
    fi
    mkdir -p "$dir/data"
    echo "$dir/data"
}

# Removes DIR and the folder in memory DIR/data links to.
remove_data_folder() {
    local dir=$1 name=$2 target
    if [ -L "$dir/data" ]; then
        target=$(readlink "$dir/data")
        case "$target" in
        "/dev/shm/bc-test-$name-"*) rm -rf "$target" ;;
        esac
    fi
    rm -rf "$dir"
}
