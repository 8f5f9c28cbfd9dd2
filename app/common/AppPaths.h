// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once
#include <QSettings>
#include <QString>
#include <memory>

namespace bk {

/// Where Boundary Keeper keeps its files, and the process set-up both executables share.
namespace AppPaths {

/// Sets the application name, the umask (files 0600, folders 0700) and the version. Call first in main.
void initProcess();

/// The private data folder (created 0700 when missing); empty with an error message when impossible.
QString dataFolder(QString *error = nullptr);
QString defaultDatabasePath();
QString demoDatabasePath();

/// The user's settings (window geometry, column layout), in the configuration folder.
std::unique_ptr<QSettings> settings();

} // namespace AppPaths

} // namespace bk
