// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/common/ScanAttachment.h"

#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBox.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>

namespace bk {

namespace {

/// A scan larger than this is most likely the wrong file; it would also bloat every backup.
constexpr qint64 MaxScanBytes = 25 * 1024 * 1024;

} // namespace

std::optional<ScanAttachment> ScanAttachment::choose(QWidget *parent, const QString &dialogName) {
    const QString path = FileDialogs::openFile(parent, dialogName, tr("Attach a scan of the signed original"),
                                               {tr("Scans (*.pdf *.png *.jpg *.jpeg)")});
    if (path.isEmpty())
        return std::nullopt;
    QFile file(path);
    if (QFileInfo(path).size() > MaxScanBytes) {
        MessageBox::inform(parent, tr("The scan was not attached"),
                           tr("%1 is larger than 25 MB. Scan the pages at a lower resolution and attach the "
                              "smaller file.")
                               .arg(QFileInfo(path).fileName()),
                           MessageBox::Kind::Warning);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::inform(parent, tr("The scan was not attached"),
                           tr("%1 could not be read: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    ScanAttachment scan;
    scan.bytes = file.readAll();
    scan.mime = QMimeDatabase().mimeTypeForFileNameAndData(path, scan.bytes).name();
    return scan;
}

QString ScanAttachment::describe(const QByteArray &bytes, const QString &mime) {
    return bytes.isEmpty()
               ? tr("No scan attached")
               : tr("Scan attached (%1, %2)").arg(mime, QLocale().formattedDataSize(bytes.size()));
}

} // namespace bk
