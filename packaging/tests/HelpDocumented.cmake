# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Boundary Keeper contributors

# cmake -DPROGRAM=… -DMAN_PAGE=… -P HelpDocumented.cmake
# cmake -DPROGRAM=… -DMARKDOWN=README.md -DSECTION="Command line" -P HelpDocumented.cmake
# Fails unless every option PROGRAM --help prints appears in the man page, or in the section of the Markdown
# file under the heading SECTION (up to the next heading of its level or above); when the help lists
# commands (boundary-keeper-cli), every command and every option of each command's --help must appear too.

cmake_policy(VERSION 3.25)

function(help_of out)
  execute_process(COMMAND ${PROGRAM} ${ARGN} --help
    OUTPUT_VARIABLE text ERROR_VARIABLE error RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} ${ARGN} --help failed (${status}): ${error}")
  endif()
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# The options a help lists: the first column of its option lines ("  -h, --help  …", "  --db <PATH>  …").
function(options_of out text)
  string(REGEX MATCHALL "\n  (-[a-zA-Z], )?--[a-z][a-z0-9-]*" lines "${text}")
  set(options)
  foreach(line IN LISTS lines)
    string(REGEX MATCHALL "--?[a-zA-Z][a-z0-9-]*" found "${line}")
    list(APPEND options ${found})
  endforeach()
  set(${out} ${options} PARENT_SCOPE)
endfunction()

if(DEFINED MARKDOWN)
  # The section's text, with Markdown's escaped table bars as plain bars.
  set(document "${MARKDOWN}")
  file(READ "${MARKDOWN}" man)
  string(REGEX MATCH "(^|\n)(#+) ${SECTION}\n" heading "${man}")
  if(NOT heading)
    message(FATAL_ERROR "${MARKDOWN} has no heading \"${SECTION}\"")
  endif()
  string(FIND "${man}" "${heading}" at)
  string(SUBSTRING "${man}" ${at} -1 man)
  # The next heading of this level or above: "\n#", then up to level - 1 more "#", then a space.
  string(LENGTH "${CMAKE_MATCH_2}" level)
  math(EXPR more "${level} - 1")
  string(REPEAT "#?" ${more} deeper)
  string(SUBSTRING "${man}" 1 -1 rest)
  string(REGEX MATCH "\n#${deeper} [^\n]*" next "${rest}")
  if(next)
    string(FIND "${rest}" "${next}" end)
    string(SUBSTRING "${rest}" 0 ${end} man)
  endif()
  string(REPLACE "\\|" "|" man "${man}")
else()
  # The man page's text: comments, troff's escaped hyphens and font changes removed.
  set(document "${MAN_PAGE}")
  file(READ "${MAN_PAGE}" man)
  string(REGEX REPLACE "(^|\n)\\.\\\\\"[^\n]*" "\\1" man "${man}")
  string(REPLACE "\\-" "-" man "${man}")
  string(REGEX REPLACE "\\\\f[BIRP]" "" man "${man}")
  string(REPLACE "\\&" "" man "${man}")
endif()

set(missing)
function(require what)
  # Whole words only: --to must not be found inside --token.
  if(NOT man MATCHES "(^|[^a-zA-Z0-9-])${what}($|[^a-zA-Z0-9-])")
    set(missing ${missing} "${what}" PARENT_SCOPE)
  endif()
endfunction()

help_of(help)
options_of(options "${help}")
list(LENGTH options count)
if(count LESS 2)
  message(FATAL_ERROR "No options found in the help of ${PROGRAM}:\n${help}")
endif()
foreach(option IN LISTS options)
  require("${option}")
endforeach()

# Commands: the lines of the "Commands:" section, one or two lower-case words before the description.
string(FIND "${help}" "\nCommands:\n" at)
set(checked_commands 0)
if(at GREATER -1)
  string(SUBSTRING "${help}" ${at} -1 section)
  string(FIND "${section}" "\n\n" end)
  string(SUBSTRING "${section}" 0 ${end} section)
  string(REGEX MATCHALL "\n  [a-z][a-z-]*( [a-z][a-z-]*)?" commands "${section}")
  foreach(command IN LISTS commands)
    string(STRIP "${command}" command)
    require("${command}")
    if(command STREQUAL "help")
      continue()
    endif()
    string(REPLACE " " ";" words "${command}")
    help_of(command_help ${words})
    options_of(command_options "${command_help}")
    foreach(option IN LISTS command_options)
      require("${option}")
    endforeach()
    math(EXPR checked_commands "${checked_commands} + 1")
  endforeach()
  if(checked_commands EQUAL 0)
    message(FATAL_ERROR "The help of ${PROGRAM} has a Commands section but no command was found in it.")
  endif()
endif()

if(missing)
  list(REMOVE_DUPLICATES missing)
  list(JOIN missing ", " missing)
  message(FATAL_ERROR "${document} does not mention: ${missing}")
endif()
message(STATUS "${document}: ${count} options and ${checked_commands} commands described")
