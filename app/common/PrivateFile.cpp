// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/PrivateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace bk::PrivateFile {

Status checkTarget(const QString &path) {
    // QSaveFile resolves a link, even a dangling one, and renames its temporary file over the target: a
    // file elsewhere would be created or replaced, and the link left as it was.
    if (QFileInfo(path).isSymLink())
        return Error{
            Error::Kind::Invalid,
            QCoreApplication::translate("PrivateFile", "%1 is a symbolic link; name a file, not a link.")
                .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))};
    return {};
}

Status save(const QByteArray &bytes, const QString &path) {
    return save([&bytes](const std::function<Status(const QByteArray &)> &append) { return append(bytes); },
                path);
}

Status save(const Parts &parts, const QString &path) {
    if (Status target = checkTarget(path); !target)
        return target;
    QSaveFile file(path);
    const auto failed = [&file, &path]() -> Status {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error{Error::Kind::Io, QCoreApplication::translate("PrivateFile", "%1 could not be saved: %2")
                                          .arg(QDir::toNativeSeparators(path), reason)};
    };
    // Unbuffered, and written until every byte is out or the system refuses: buffered, a small write only
    // filled QFileDevice's buffer, and Qt 6.4's commit() renamed the file over `path` even when flushing
    // that buffer failed (a full disk, a file size limit), leaving an empty or cut file. A short write is
    // repeated so that the refusal comes with its reason ("No space left on device").
    const auto append = [&file, &failed](const QByteArray &bytes) -> Status {
        for (qint64 written = 0; written < bytes.size();) {
            const qint64 count = file.write(bytes.constData() + written, bytes.size() - written);
            if (count <= 0)
                return failed();
            written += count;
        }
        return file.error() == QFileDevice::NoError ? Status{} : failed();
    };
    // The umask from AppPaths::initProcess() already gives 0600; set it explicitly so a file saved by a
    // process with another umask is private too. Without a commit the temporary file is removed and
    // whatever was at `path` stays as it was.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) ||
        !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
        return failed();
    if (Status written = parts(append); !written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return failed();
    return {};
}

} // namespace bk::PrivateFile
