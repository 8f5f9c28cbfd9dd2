// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once
#include <QString>

namespace bk {

/// Where Boundary Keeper keeps its files, and the process set-up both executables share.
namespace AppPaths {

/// Sets the application name, the umask (files 0600, folders 0700) and the version. Call first in main.
void initProcess();

/// The private data folder (created 0700 when missing); empty with an error message when impossible.
QString dataFolder(QString *error = nullptr);
QString defaultDatabasePath();
QString demoDatabasePath();

} // namespace AppPaths

} // namespace bk
