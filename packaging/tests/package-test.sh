#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#
# package-test.sh BUILD_DIR WORK_DIR VERSION APP_ID
# Builds the Debian package from what BUILD_DIR already built (cpack into WORK_DIR, so the user's own
# build/*.deb is left alone), runs lintian on it (no errors allowed), checks its dependencies and files,
# unpacks it into an empty folder and runs both programs from there.
set -euo pipefail
[ $# -eq 4 ] || { echo "usage: package-test.sh BUILD_DIR WORK_DIR VERSION APP_ID" >&2; exit 2; }
build_dir=$1 work=$2 version=$3 app_id=$4

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

rm -rf "$work"
mkdir -p "$work"
start=$SECONDS

cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; fail "cpack could not build the package"; }
shopt -s nullglob
debs=("$work"/boundary-keeper_"$version"-*_*.deb)
[ ${#debs[@]} -eq 1 ] || { cat "$work/cpack.log" >&2; fail "expected one boundary-keeper_$version-*.deb in $work, found ${#debs[@]}"; }
deb=${debs[0]}
echo "Built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB) in $((SECONDS - start)) s"

# Lintian: every tag is shown; an error fails the test (overrides: packaging/debian/lintian-overrides).
lintian_start=$SECONDS
lintian --fail-on error --display-info "$deb" >"$work/lintian.log" 2>&1 || {
    cat "$work/lintian.log" >&2
    fail "lintian found errors in $(basename "$deb")"
}
cat "$work/lintian.log"
echo "lintian: no errors ($((SECONDS - lintian_start)) s)"

# Dependencies: shlibdeps found the libraries; the plugins and fonts loaded at run time were added by hand.
depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
for package in libqt6core6 libqt6widgets6 libqt6sql6 libqt6pdf6 libqt6charts6 libqt6help6 libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 fonts-dejavu-core; do
    grep -Eq "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package: $depends"
done

# The files, where the desktop looks for them.
root=$work/root
mkdir "$root"
dpkg-deb -x "$deb" "$root"
expected=(usr/bin/boundary-keeper usr/bin/boundary-keeper-cli
    "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml"
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    usr/share/man/man1/boundary-keeper.1.gz usr/share/man/man1/boundary-keeper-cli.1.gz
    usr/share/doc/boundary-keeper/copyright usr/share/doc/boundary-keeper/changelog.Debian.gz
    usr/share/boundary-keeper/help/boundary-keeper_en.qhc usr/share/boundary-keeper/help/boundary-keeper_en.qch)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x$size/apps/$app_id.png")
done
for file in "${expected[@]}"; do
    [ -f "$root/$file" ] || fail "the package has no /$file"
done
for size in 16 22 24 32 48 64 128 256; do
    file "$root/usr/share/icons/hicolor/${size}x$size/apps/$app_id.png" | grep -q "PNG image data, $size x $size," ||
        fail "the ${size}x$size icon is not a $size×$size PNG"
done
# The guide's collection names its documentation beside itself, so it is found wherever it is installed.
help_file=$(sqlite3 "$root/usr/share/boundary-keeper/help/boundary-keeper_en.qhc" "SELECT FilePath FROM NamespaceTable")
[ "$help_file" = boundary-keeper_en.qch ] || fail "the guide's collection names $help_file, not boundary-keeper_en.qch"
appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree found errors in the unpacked package"

# The programs run from where the package put them, with a private home.
export HOME=$work/home XDG_DATA_HOME=$work/home/data XDG_CONFIG_HOME=$work/home/config QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"
cli_version=$("$root/usr/bin/boundary-keeper-cli" --version) || fail "boundary-keeper-cli --version failed"
echo "boundary-keeper-cli --version: $cli_version"
grep -q "$version" <<<"$cli_version" || fail "boundary-keeper-cli --version does not say $version: $cli_version"
gui_help=$("$root/usr/bin/boundary-keeper" --help) || fail "boundary-keeper --help failed"
grep -q -- "--section" <<<"$gui_help" || fail "boundary-keeper --help does not list --section: $gui_help"
echo "boundary-keeper --help: $(wc -l <<<"$gui_help") lines"
[ -z "$(ls -A "$HOME")" ] || fail "the programs wrote into the home folder: $(ls -A "$HOME")"
echo "The package test took $((SECONDS - start)) s"
