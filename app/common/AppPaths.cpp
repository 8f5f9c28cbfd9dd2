// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <sys/stat.h>

namespace bk::AppPaths {

void initProcess() {
    // Everything Boundary Keeper writes is confidential client data: private to the user.
    ::umask(077);
    QCoreApplication::setApplicationName(QStringLiteral("boundary-keeper"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BK_VERSION));
}

QString dataFolder(QString *error) {
    const QString path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (path.isEmpty() || !QDir().mkpath(path)) {
        if (error)
            *error = QCoreApplication::translate("AppPaths", "Cannot create the data folder %1.").arg(path);
        return {};
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

QString defaultDatabasePath() {
    const QString folder = dataFolder();
    return folder.isEmpty() ? QString() : folder + QStringLiteral("/boundary-keeper.sqlite");
}

QString demoDatabasePath() {
    const QString folder = dataFolder();
    return folder.isEmpty() ? QString() : folder + QStringLiteral("/demo.sqlite");
}

} // namespace bk::AppPaths
