// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QByteArray>
#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;

namespace bk {

/// The optional scan of a paper original signed by hand (a PDF or an image): what is attached, "Attach a
/// scan…" and "Remove scan". Shared by the agreement wizard and the contract's paper signing.
class ScanAttachmentWidget : public QWidget {
    Q_OBJECT
public:
    /// `dialogName` names the file dialog that asks for the scan.
    explicit ScanAttachmentWidget(const QString &dialogName, QWidget *parent = nullptr);

    QByteArray scan() const { return m_scan; }
    QString mime() const { return m_mime; }
    void setScan(const QByteArray &scan, const QString &mime);

private:
    /// Asks for the scan file and reads it; refuses (saying why) one too large or unreadable.
    void attach();
    void update();

    const QString m_dialogName;
    QByteArray m_scan;
    QString m_mime;
    QLabel *m_label = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace bk
