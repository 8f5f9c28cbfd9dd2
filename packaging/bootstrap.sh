#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#
# Sets up a Debian 12 machine for Boundary Keeper and builds it.
#   packaging/bootstrap.sh run  [ARGS...]  install what is missing, build, open Boundary Keeper
#   packaging/bootstrap.sh test [ARGS...]  install what is missing, build, run the whole test suite (ctest)
#   packaging/bootstrap.sh test --sanitize [ARGS...]  the same under AddressSanitizer and
#                                          UndefinedBehaviorSanitizer, in build-sanitize/
#   packaging/bootstrap.sh fuzz [SECONDS]  install clang, build the fuzz targets (libFuzzer) in build-fuzz/, run
#                                          each on its committed corpus for SECONDS (default 60)
#   packaging/bootstrap.sh bench [ARGS...] install what is missing, build, run the benchmark (with
#                                          --engine postgresql on a throwaway cluster, see below)
#   packaging/bootstrap.sh package         install what is missing, build, write the Debian package into build/
# Only Debian packages are installed (through sudo when not root); nothing is downloaded from anywhere else.
set -euo pipefail

usage() {
    echo "usage: packaging/bootstrap.sh run|test|fuzz|bench|package [ARGS...]" >&2
    exit 2
}
[ $# -ge 1 ] || usage
command=$1
shift
case "$command" in run | test | fuzz | bench | package) ;; *) usage ;; esac

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir="$source_dir/build"

# What building and running needs, then what the tests need besides (fonts: a PDF without them has no text;
# qt6-documentation-tools: qhelpgenerator, which compiles the guide; lld links four to seven times faster
# than GNU ld).
build_packages=(cmake ninja-build g++ lld pkg-config qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools
    qt6-documentation-tools qt6-l10n-tools libqt6sql6-sqlite libqt6sql6-psql qt6-charts-dev libqt6opengl6-dev qt6-pdf-dev qt6-qpa-plugins libgl-dev
    fonts-dejavu-core qt6-translations-l10n qt6-svg-dev libpq-dev libsqlite3-dev libsodium-dev
    qtkeychain-qt6-dev libuchardet-dev libphonenumber-dev libssl-dev liblz4-dev)
# What making the Debian package needs (file and dpkg-dev: dpkg-shlibdeps finds its dependencies), and what
# checks it and the desktop files (the tests labelled "package" use them all).
package_packages=(dpkg-dev file lintian desktop-file-utils appstream)
# The fuzz targets need clang and its libFuzzer runtime.
fuzz_packages=(clang-14 libclang-rt-14-dev)
test_packages=(postgresql postgresql-common poppler-utils python3 python3-icalendar sqlite3 xvfb xauth
    "${package_packages[@]}")

install_missing() {
    local missing=() package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Installing ${missing[*]} needs root: run as root or install sudo." >&2; exit 1; }
        sudo=(sudo)
    fi
    echo "Installing Debian packages: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

if [ "$command" = run ]; then
    install_missing "${build_packages[@]}"
elif [ "$command" = package ]; then
    install_missing "${build_packages[@]}" "${package_packages[@]}"
elif [ "$command" = fuzz ]; then
    install_missing "${build_packages[@]}" "${fuzz_packages[@]}"
else
    install_missing "${build_packages[@]}" "${test_packages[@]}"
fi

build_options=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
if [ "$command" = test ] && [ "${1:-}" = --sanitize ]; then
    shift
    # The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer, in a build folder of its own
    # (ctest there sets the sanitizer options: tests/sanitizers/environment.cmake). -O1 -g1 keeps the build
    # and the tests quick while reports still name files and lines; Debug keeps Q_ASSERT on; the benchmark
    # is not part of the suite.
    build_dir="$source_dir/build-sanitize"
    build_options=(-DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1" -DBK_SANITIZE=ON
        -DBK_BUILD_BENCHMARK=OFF)
fi
werror=OFF
[ "${CI:-}" = true ] && werror=ON
if [ "$command" = fuzz ]; then
    # A build of its own with clang that makes only the fuzz targets (each compiles the few sources it reads),
    # then runs their tests: the committed regression cases, and fuzzing from the seed corpus for a while.
    seconds=${1:-60}
    case "$seconds" in '' | *[!0-9]*) usage ;; esac
    cmake -S "$source_dir" -B "$source_dir/build-fuzz" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++-14 -DBK_FUZZ=ON -DBK_FUZZ_SECONDS="$seconds" -DBK_WERROR=$werror >/dev/null
    cmake --build "$source_dir/build-fuzz" --target fuzz -- -j "$(nproc)"
    cd "$source_dir/build-fuzz"
    exec ctest --output-on-failure -j "$(nproc)" -L fuzz
fi
cmake -S "$source_dir" -B "$build_dir" -G Ninja "${build_options[@]}" -DBK_WERROR=$werror >/dev/null
cmake --build "$build_dir" -- -j "$(nproc)"

case "$command" in
run)
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "Boundary Keeper needs a graphical display, and none is set (DISPLAY or WAYLAND_DISPLAY)." >&2
        exit 1
    fi
    exec "$build_dir/app/boundary-keeper" "$@"
    ;;
test)
    cd "$build_dir"
    # The PostgreSQL tests (label pg) run against a throwaway cluster that pg_virtualenv (postgresql-common)
    # creates for this run and removes afterwards; it hands the tests PGHOST, PGPORT, PGUSER and PGPASSWORD.
    exec pg_virtualenv ctest --output-on-failure -j "$(nproc)" "$@"
    ;;
bench)
    # --engine postgresql measures on a server: without one named by PGHOST, on a throwaway cluster that
    # pg_virtualenv creates for this run and removes afterwards (the benchmark makes its own database there).
    engine=sqlite
    previous=
    for argument in "$@"; do
        [ "$previous" = --engine ] && engine=$argument
        case "$argument" in --engine=*) engine=${argument#--engine=} ;; esac
        previous=$argument
    done
    if [ "$engine" = postgresql ] && [ -z "${PGHOST:-}" ]; then
        exec pg_virtualenv "$build_dir/tests/benchmarks/boundary-keeper-bench" "$@"
    fi
    exec "$build_dir/tests/benchmarks/boundary-keeper-bench" "$@"
    ;;
package)
    cd "$build_dir"
    cpack -G DEB >cpack.log 2>&1 || { cat cpack.log >&2; exit 1; }
    deb=$(sed -n 's/^CPack: - package: \(.*\.deb\) generated\.$/\1/p' cpack.log)
    [ -n "$deb" ] || { cat cpack.log >&2; exit 1; }
    echo "Built $deb"
    echo "Install it with: sudo apt install $deb"
    ;;
esac
