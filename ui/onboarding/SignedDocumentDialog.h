// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QDialog>

class QLabel;

namespace bk {

class PdfPreviewWidget;
struct Agreement;
struct Contract;

/// A signed agreement or contract opened again after signing: the PDF exactly as it was signed, to read,
/// save a copy of or print.
class SignedDocumentDialog : public QDialog {
    Q_OBJECT
public:
    explicit SignedDocumentDialog(const Agreement &agreement, QWidget *parent = nullptr);
    explicit SignedDocumentDialog(const Contract &contract, QWidget *parent = nullptr);

    /// What the dialog says about the document above the pages.
    QString description() const;
    PdfPreviewWidget *preview() const { return m_preview; }

private:
    SignedDocumentDialog(const QString &title, const QString &description, const QByteArray &pdf,
                         const QString &fileName, QWidget *parent);
    void saveCopy();

    QByteArray m_pdf;
    QString m_title;
    QString m_fileName;
    QLabel *m_description = nullptr;
    PdfPreviewWidget *m_preview = nullptr;
};

} // namespace bk
