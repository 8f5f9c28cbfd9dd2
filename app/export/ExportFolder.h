// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace bk {

/// A folder an export writes for the user: created private (0700), refused when it already holds anything
/// (nothing of the user's is ever overwritten), every file private (0600) and listed with its SHA-256 for the
/// manifest. verify() checks such a folder against its manifest.json without Boundary Keeper's database.
class ExportFolder {
    Q_DECLARE_TR_FUNCTIONS(ExportFolder)

public:
    struct File {
        QString path; ///< relative to the folder, with forward slashes
        qint64 size = 0;
        QString sha256; ///< lower-case hex
    };

    /// Creates `path` (and its parents), or takes an existing empty folder. Invalid when it holds anything or
    /// is not a folder; Io when it cannot be created.
    static Result<ExportFolder> create(const QString &path);

    /// Writes `bytes` to `relativePath` inside the folder (subfolders created 0700), 0600, and lists it.
    Status write(const QString &relativePath, const QByteArray &bytes);
    /// Writes manifest.json: `fields` plus "files", every file written so far with its size and SHA-256.
    Status writeManifest(QJsonObject fields);

    QString path() const { return m_path; }
    const QList<File> &files() const { return m_files; }

    /// The name of the manifest in an export folder.
    static QString manifestName() { return QStringLiteral("manifest.json"); }
    /// Checks every file manifest.json lists in `path` (its size and SHA-256), and that the folder holds no
    /// file the manifest does not list. Damaged naming the first mismatch; NotFound without a manifest.
    static Status verify(const QString &path);

private:
    explicit ExportFolder(QString path)
        : m_path(std::move(path)) {}

    QString m_path;
    QList<File> m_files;
};

} // namespace bk
