#!/usr/bin/env bash
# Builds the .deb with CPack, unpacks it into a fresh root (dpkg -x) and checks it there: the files
# it should hold, its shared libraries (ldd), that the three programs start, the AppStream metainfo,
# the .desktop file, the manual pages, the bash completion and, when lintian is installed, lintian.
# Usage: test_package.sh CPACK BUILD_DIR VERSION
set -euo pipefail
cpack=$1 build=$2 version=$3
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LANG=C.UTF-8 LC_ALL=C.UTF-8
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

"$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1 \
    || { cat "$tmp/cpack.log" >&2; fail "cpack -G DEB failed"; }
debs=("$tmp"/out/*.deb)
[ -f "${debs[0]}" ] || fail "cpack made no .deb"
deb=${debs[0]}
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

[ "$(dpkg-deb -f "$deb" Package)" = backup-console ] || fail "the package is not named backup-console"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "the package version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# libqrencode4 draws the enrolment's QR code, libpq5 speaks to PostgreSQL: dpkg-shlibdeps finds
# them as the programs link them.
for library in libqt6core6 libqt6widgets6 libqt6sql6 libqt6svg6 libqt6sql6-sqlite libqrencode4 libpq5; do
    [[ $depends == *"$library"* ]] || fail "the package does not depend on $library"
done
# Qt's MariaDB driver is recommended only: SQLite alone must be installable.
recommends=$(dpkg-deb -f "$deb" Recommends)
echo "Recommends: $recommends"
for driver in libqt6sql6-mysql; do
    [[ $recommends == *"$driver"* ]] || fail "the package does not recommend $driver"
    [[ $depends != *"$driver"* ]] || fail "the package depends on $driver, which only a server needs"
done

root=$tmp/root
dpkg -x "$deb" "$root"
for file in usr/bin/backup-console usr/bin/backup-console-cli usr/bin/backup-console-server \
    usr/share/applications/backup-console.desktop \
    usr/share/icons/hicolor/scalable/apps/backup-console.svg \
    usr/share/man/man1/backup-console-cli.1.gz usr/share/man/man1/backup-console-server.1.gz \
    usr/share/bash-completion/completions/backup-console-cli \
    usr/share/doc/backup-console/copyright; do
    [ -s "$root/$file" ] || fail "the package has no /$file"
done
metainfo=("$root"/usr/share/metainfo/*.metainfo.xml)
[ -f "${metainfo[0]}" ] || fail "the package has no AppStream metainfo in /usr/share/metainfo"

for program in backup-console backup-console-cli backup-console-server; do
    missing=$(ldd "$root/usr/bin/$program" | grep 'not found' || true)
    [ -z "$missing" ] || fail "$program: shared libraries not found: $missing"
done

# The programs, from the unpacked root; Qt and its plugins are the system's.
home=$tmp/home
mkdir -p "$home"
run() {
    env HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" QT_QPA_PLATFORM=offscreen \
        timeout 30 "$root/usr/bin/$1" --version 2>&1
}
for program in backup-console-cli backup-console backup-console-server; do
    output=$(run "$program") || fail "$program --version failed: $output"
    [[ $output == *"$version"* ]] || fail "$program --version does not print $version: $output"
    echo "$program --version: $output"
done

appstreamcli validate --no-net "${metainfo[0]}" || fail "appstreamcli validate rejects the metainfo"
desktop-file-validate "$root/usr/share/applications/backup-console.desktop" \
    || fail "desktop-file-validate rejects the .desktop file"
grep -q "<release version=\"$version\"" "${metainfo[0]}" || fail "the metainfo does not name release $version"

# Read whole before grep looks: "zcat | grep -q" fails under pipefail when grep stops at the first
# match while zcat still writes (SIGPIPE), which a page over one write of zcat's made a coin toss.
for page in backup-console-cli backup-console-server; do
    text=$(zcat "$root/usr/share/man/man1/$page.1.gz")
    grep -q "^\.TH \"\?${page^^}" <<<"$text" || fail "$page.1 is no manual page"
done
grep -q 'account add' <<<"$(zcat "$root/usr/share/man/man1/backup-console-cli.1.gz")" \
    || fail "backup-console-cli.1 does not describe account add"

"$here/test_completion.sh" "$root/usr/share/bash-completion/completions/backup-console-cli"

if command -v lintian >/dev/null; then
    # Errors fail the test; warnings are printed.
    lintian --fail-on error "$deb" || fail "lintian reports errors"
else
    echo "lintian is not installed; skipped"
fi
echo "package_installs: all checks passed"
