#!/usr/bin/env bash
# Checks the generated bash completion of backup-console-cli: it completes topics, subcommands,
# a command's own options and file names for path options.
# Runs once on its own and, when the bash-completion package is installed, once more on top of it.
# Usage: test_completion.sh COMPLETION_FILE
set -euo pipefail
file=$1
[ -s "$file" ] || { echo "FAIL: no completion file at $file" >&2; exit 1; }
framework=/usr/share/bash-completion/bash_completion
if [ -n "${BC_WITH_BASH_COMPLETION-}" ]; then
    set +u
    # shellcheck source=/dev/null
    source "$framework"
    set -u
fi
# shellcheck source=/dev/null
source "$file"
failures=0

# complete WORD... : what bash offers for the last word (the one under the cursor).
complete_words() {
    COMP_WORDS=(backup-console-cli "$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="${COMP_WORDS[*]}"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _backup_console_cli
    printf '%s\n' "${COMPREPLY[@]}"
}
expect() {
    local want=$1
    shift
    local offered
    offered=$(complete_words "$@")
    if ! grep -qxF -- "$want" <<<"$offered"; then
        echo "FAIL: completing [$*] does not offer $want; it offers: $(tr '\n' ' ' <<<"$offered")" >&2
        failures=$((failures + 1))
    fi
}
refuse() {
    local unwanted=$1
    shift
    local offered
    offered=$(complete_words "$@")
    if grep -qxF -- "$unwanted" <<<"$offered"; then
        echo "FAIL: completing [$*] offers $unwanted" >&2
        failures=$((failures + 1))
    fi
}

expect account ''
expect security-group sec
expect add account ''
expect resend-activation account res
expect --login account add --lo
expect --email account add --login alice --em
expect --include-subgroups account list --group "Acme MSP" --inc
expect --database group list --data
expect --password-stdin outbox send ''
expect --version --vers
expect list help account ''
expect mfa operator ''
expect enroll operator mfa ''
expect reset operator mfa res
expect --json operator mfa enroll --js
expect mfa group ''
expect require group mfa ''
expect optional group mfa opt
refuse --login group add --lo
refuse --login account add --login ''

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
touch "$tmp/body.txt"
expect "$tmp/body.txt" account add --activation-body-file "$tmp/bo"

[ "$failures" -eq 0 ] || exit 1
if [ -n "${BC_WITH_BASH_COMPLETION-}" ]; then
    echo "bash completion: all checks passed with $framework"
else
    echo "bash completion: all checks passed"
    if [ -r "$framework" ]; then
        BC_WITH_BASH_COMPLETION=1 "$0" "$file"
    fi
fi
