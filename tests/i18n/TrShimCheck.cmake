# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#
# cmake -DROOTS=<folder;folder> -P TrShimCheck.cmake: fails when a source file defines a tr() of its own, a
# free function or a lambda around QCoreApplication::translate(). lupdate files the strings of such a helper
# under the enclosing namespace (`bk`, `bk::cli`), not under the context it asks for at run time, so they are
# never translated. Use Q_DECLARE_TR_FUNCTIONS(Context) in a class instead (GUIDE, Translations).
set(offenders)
set(count 0)
foreach(root IN LISTS ROOTS)
  file(GLOB_RECURSE sources "${root}/*.h" "${root}/*.cpp")
  foreach(source IN LISTS sources)
    math(EXPR count "${count} + 1")
    file(STRINGS "${source}" lines
         REGEX "(^|[ \t])(QString|auto)[ \t]+tr[ \t]*(\\(|=[ \t]*\\[)")
    foreach(line IN LISTS lines)
      list(APPEND offenders "${source}: ${line}")
    endforeach()
  endforeach()
endforeach()
if(offenders)
  list(JOIN offenders "\n" text)
  message(FATAL_ERROR "These files define their own tr(); lupdate cannot see the context it asks for. Use "
                      "Q_DECLARE_TR_FUNCTIONS(Context) in a class instead:\n${text}")
endif()
message(STATUS "None of the ${count} files defines a tr() of its own.")
