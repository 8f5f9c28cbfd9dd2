// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "PrivateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace bk::PrivateFile {

Status save(const QByteArray &bytes, const QString &path) {
    QSaveFile file(path);
    // The umask from AppPaths::initProcess() already gives 0600; set it explicitly so a file saved by a
    // process with another umask is private too.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        file.write(bytes) != bytes.size() || !file.commit())
        return Error{Error::Kind::Io, QCoreApplication::translate("PrivateFile", "%1 could not be saved: %2")
                                          .arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

} // namespace bk::PrivateFile
