#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#
# Makes the README's pictures from the real application, so they show what it is now:
#   packaging/screenshots.sh [BUILD_DIR]   (default: build/, configured as packaging/bootstrap.sh does)
# docs/screenshot-*.png: the main views of the demo practice rendered offscreen (tests/tools/Screenshots.cpp)
# at 1200 × 760, in English, the clock standing at 3 December 2026. docs/agreement-page-1.png and
# docs/agreement-signatures.png: the first page and the signatures' page of the demo's signed agreement, exported by
# boundary-keeper-cli exactly as signed and drawn by pdftoppm (poppler-utils) at 60 dpi.
set -euo pipefail

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${1:-$source_dir/build}
docs="$source_dir/docs"

cmake --build "$build_dir" --target bk_screenshots boundary-keeper-cli

# A fixed folder: the window's status bar shows the practice file's path.
work=/tmp/boundary-keeper-demo
rm -rf "$work"
mkdir -m 700 "$work" "$work/home"
trap 'rm -rf "$work"' EXIT
# Nothing of the user's is read or written: a home of its own, English, one time zone, no display.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export QT_QPA_PLATFORM=offscreen LANG=en_GB.UTF-8 LC_ALL=en_GB.UTF-8 LANGUAGE=en TZ=Europe/London
database="$work/demo.sqlite"

BK_SCREENSHOT_DIR="$docs" BK_SCREENSHOT_DATABASE="$database" "$build_dir/tests/tools/bk_screenshots" -silent

cli=("$build_dir/app/boundary-keeper-cli" --db "$database")
# The first signed agreement the demo holds (CSV: id is the first column, state the fifth).
agreement=$("${cli[@]}" agreements list --format csv | awk -F, 'NR > 1 && $5 == "signed" { id = $1 } END { print id }')
[ -n "$agreement" ] || { echo "The demo practice has no signed agreement" >&2; exit 1; }
"${cli[@]}" agreements export "$agreement" --out "$work/agreement.pdf"
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/agreement.pdf" "$docs/agreement-page-1"
# The page that holds the statement of intent and both signatures.
pages=$(pdfinfo "$work/agreement.pdf" | awk '/^Pages:/ { print $2 }')
signatures=
for page in $(seq 1 "$pages"); do
    if pdftotext -f "$page" -l "$page" "$work/agreement.pdf" - | grep -q '^Statement of intent'; then
        signatures=$page
    fi
done
[ -n "$signatures" ] || { echo "No page of the agreement holds the signatures" >&2; exit 1; }
pdftoppm -png -r 60 -f "$signatures" -l "$signatures" -singlefile "$work/agreement.pdf" "$docs/agreement-signatures"
ls -l "$docs"/*.png
