#!/usr/bin/env bash
# backup-console --version and --help print and leave without a display: no X11, no Wayland and no
# offscreen platform in the environment (as over ssh, in a container or in a packaging script).
# Usage: test_without_display.sh BACKUP_CONSOLE VERSION
set -uo pipefail
console=$1
version=$2
status=0

run() {
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM LANG=C.UTF-8 LC_ALL=C.UTF-8 "$console" "$@" 2>&1
}

# expect ARGUMENT TEXT: `backup-console ARGUMENT` exits 0 and prints TEXT.
expect() {
    local output
    output=$(run "$1")
    local code=$?
    if [[ $code -ne 0 || $output != *"$2"* ]]; then
        echo "backup-console $1 exited with $code, expected 0 and \"$2\" in:"
        echo "$output"
        status=1
    else
        echo "backup-console $1: exit 0, prints \"$2\""
    fi
}

expect --version "console $version"
expect -v "console $version"
expect --help "--database <location>"
expect -h "Create and manage backup accounts."
exit $status
