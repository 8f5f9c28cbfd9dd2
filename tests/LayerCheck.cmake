# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#
# cmake -DROOT=<folder> -P LayerCheck.cmake: fails when a source file below ROOT includes a storage header.
# The ui reaches the database only through services and read models (GUIDE, Architecture).
file(GLOB_RECURSE sources "${ROOT}/*.h" "${ROOT}/*.cpp")
set(offenders)
foreach(source IN LISTS sources)
  file(STRINGS "${source}" lines REGEX "^[ \t]*#[ \t]*include[ \t]+\"app/storage/")
  foreach(line IN LISTS lines)
    list(APPEND offenders "${source}: ${line}")
  endforeach()
endforeach()
list(LENGTH sources count)
if(offenders)
  list(JOIN offenders "\n" text)
  message(FATAL_ERROR "These files include storage headers; use a service or read model instead:\n${text}")
endif()
message(STATUS "None of the ${count} files below ${ROOT} includes a storage header.")
