// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/export/ExportFolder.h"

#include "app/common/PrivateFile.h"
#include "app/common/Sha256.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace bk {

namespace {

QString shown(const QString &path) {
    return QDir::toNativeSeparators(path);
}

bool makePrivateFolder(const QString &path) {
    return QDir().mkpath(path) &&
           QFile::setPermissions(path,
                                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

QString sha256Of(const QByteArray &bytes) {
    return Sha256::hexOf(bytes);
}

} // namespace

Result<ExportFolder> ExportFolder::create(const QString &path) {
    const QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return Error{Error::Kind::Invalid, tr("%1 is a file; name a new or empty folder.").arg(shown(path))};
    if (info.exists() &&
        !QDir(path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return Error{Error::Kind::Invalid,
                     tr("%1 is not empty; name a new or empty folder, so that nothing in it is overwritten.")
                         .arg(shown(path))};
    if (!makePrivateFolder(path))
        return Error{Error::Kind::Io, tr("The folder %1 could not be created.").arg(shown(path))};
    return ExportFolder(info.absoluteFilePath());
}

Status ExportFolder::write(const QString &relativePath, const QByteArray &bytes) {
    const QString target = m_path + QLatin1Char('/') + relativePath;
    const QString folder = QFileInfo(target).absolutePath();
    if (!QFileInfo(folder).isDir() && !makePrivateFolder(folder))
        return Error{Error::Kind::Io, tr("The folder %1 could not be created.").arg(shown(folder))};
    if (Status saved = PrivateFile::save(bytes, target); !saved)
        return saved;
    m_files.append({relativePath, bytes.size(), sha256Of(bytes)});
    return {};
}

Status ExportFolder::writeManifest(QJsonObject fields) {
    QJsonArray files;
    for (const File &file : std::as_const(m_files))
        files.append(QJsonObject{{QStringLiteral("path"), file.path},
                                 {QStringLiteral("size"), file.size},
                                 {QStringLiteral("sha256"), file.sha256}});
    fields.insert(QStringLiteral("files"), files);
    return PrivateFile::save(QJsonDocument(fields).toJson(QJsonDocument::Indented),
                             m_path + QLatin1Char('/') + manifestName());
}

Status ExportFolder::verify(const QString &path) {
    const QDir folder(QFileInfo(path).absoluteFilePath());
    QFile manifestFile(folder.filePath(manifestName()));
    if (!manifestFile.open(QIODevice::ReadOnly))
        return Error{Error::Kind::NotFound, tr("%1 holds no %2.").arg(shown(path), manifestName())};
    QJsonParseError parseError;
    const QJsonDocument manifest = QJsonDocument::fromJson(manifestFile.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !manifest.isObject() ||
        !manifest.object().value(QStringLiteral("files")).isArray())
        return Error{Error::Kind::Damaged,
                     tr("%1 is not a manifest of an export.").arg(shown(manifestFile.fileName()))};
    QSet<QString> listed;
    const QJsonArray files = manifest.object().value(QStringLiteral("files")).toArray();
    for (const QJsonValue &value : files) {
        const QJsonObject entry = value.toObject();
        const QString relative = entry.value(QStringLiteral("path")).toString();
        // A manifest names files inside its folder only.
        if (relative.isEmpty() || QDir::isAbsolutePath(relative) ||
            relative.split(QLatin1Char('/')).contains(QStringLiteral("..")))
            return Error{Error::Kind::Damaged,
                         tr("The manifest names %1, which is not a file in the folder.").arg(relative)};
        listed.insert(relative);
        QFile file(folder.filePath(relative));
        if (!file.open(QIODevice::ReadOnly))
            return Error{Error::Kind::Damaged, tr("%1 is missing.").arg(relative)};
        const QByteArray bytes = file.readAll();
        if (bytes.size() != entry.value(QStringLiteral("size")).toInteger() ||
            sha256Of(bytes) != entry.value(QStringLiteral("sha256")).toString())
            return Error{Error::Kind::Damaged, tr("%1 differs from the manifest.").arg(relative)};
    }
    QDirIterator walk(folder.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (walk.hasNext()) {
        const QString relative = folder.relativeFilePath(walk.next());
        if (relative != manifestName() && !listed.contains(relative))
            return Error{Error::Kind::Damaged, tr("%1 is not in the manifest.").arg(relative)};
    }
    return {};
}

} // namespace bk
