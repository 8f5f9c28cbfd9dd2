// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/common/ScanAttachmentWidget.h"

#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBox.h"

#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeDatabase>
#include <QPushButton>

namespace bk {

namespace {

/// A scan larger than this is most likely the wrong file; it would also bloat every backup.
constexpr qint64 MaxScanBytes = 25 * 1024 * 1024;

} // namespace

ScanAttachmentWidget::ScanAttachmentWidget(const QString &dialogName, QWidget *parent)
    : QWidget(parent)
    , m_dialogName(dialogName) {
    setObjectName(QStringLiteral("scanAttachmentWidget"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("scanLabel"));
    auto *attachButton = new QPushButton(tr("&Attach a scan…"), this);
    attachButton->setObjectName(QStringLiteral("attachScanPushButton"));
    connect(attachButton, &QPushButton::clicked, this, &ScanAttachmentWidget::attach);
    m_remove = new QPushButton(tr("Remove scan"), this);
    m_remove->setObjectName(QStringLiteral("removeScanPushButton"));
    connect(m_remove, &QPushButton::clicked, this, [this] { setScan({}, {}); });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(attachButton);
    layout->addWidget(m_remove);
    update();
}

void ScanAttachmentWidget::setScan(const QByteArray &scan, const QString &mime) {
    m_scan = scan;
    m_mime = mime;
    update();
}

void ScanAttachmentWidget::attach() {
    const QString path = FileDialogs::openFile(this, m_dialogName, tr("Attach a scan of the signed original"),
                                               {tr("Scans (*.pdf *.png *.jpg *.jpeg)")});
    if (path.isEmpty())
        return;
    QFile file(path);
    if (QFileInfo(path).size() > MaxScanBytes) {
        MessageBox::inform(this, tr("The scan was not attached"),
                           tr("%1 is larger than 25 MB. Scan the pages at a lower resolution and attach the "
                              "smaller file.")
                               .arg(QFileInfo(path).fileName()),
                           MessageBox::Kind::Warning);
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::inform(this, tr("The scan was not attached"),
                           tr("%1 could not be read: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    setScan(bytes, QMimeDatabase().mimeTypeForFileNameAndData(path, bytes).name());
}

void ScanAttachmentWidget::update() {
    m_label->setText(
        m_scan.isEmpty()
            ? tr("No scan attached")
            : tr("Scan attached (%1, %2)").arg(m_mime, QLocale().formattedDataSize(m_scan.size())));
    m_remove->setEnabled(!m_scan.isEmpty());
}

} // namespace bk
