// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
// The one source of the targets that precompile the tests' headers (bk_add_test() in tests/CMakeLists.txt):
// the headers come from CMake, so there is nothing else to compile.
