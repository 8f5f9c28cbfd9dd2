# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#
# Read by ctest in a build with BK_SANITIZE=ON (the TEST_INCLUDE_FILES of the top folder): every test, and
# every program a test starts, runs with these options unless the caller set its own. Any report stops the
# program with a failure: undefined behaviour, an invalid memory access and, at exit, a leak (except the known
# ones of system libraries in lsan.supp); with the stack that led there.
# intercept_tls_get_addr=0: GCC 12's LeakSanitizer otherwise records the dynamic TLS of libraries loaded with
# dlopen (QtKeychain loads libsecret, which loads GLib) and, at exit, reads a range it recorded wrongly and
# crashes ("Tracer caught signal 11" after "DTLS … at 0x…85f2"); those blocks stay reachable through the heap.
if(NOT DEFINED ENV{ASAN_OPTIONS})
  set(ENV{ASAN_OPTIONS} "halt_on_error=1:detect_leaks=1:check_initialization_order=1:intercept_tls_get_addr=0")
endif()
if(NOT DEFINED ENV{UBSAN_OPTIONS})
  set(ENV{UBSAN_OPTIONS} "halt_on_error=1:print_stacktrace=1")
endif()
if(NOT DEFINED ENV{LSAN_OPTIONS})
  set(ENV{LSAN_OPTIONS} "suppressions=${CMAKE_CURRENT_LIST_DIR}/lsan.supp:print_suppressions=0")
endif()
# QtTest's own limit per test function (300 s by default), as ctest's per program (BK_TEST_TIMEOUT): the
# sanitizers make programs several times slower.
if(NOT DEFINED ENV{QTEST_FUNCTION_TIMEOUT})
  set(ENV{QTEST_FUNCTION_TIMEOUT} 1200000)
endif()
