// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QBuffer>
#include <QScrollArea>

class QPdfDocument;
class QVBoxLayout;

namespace bk {

/// Shows a PDF's pages one under the other, as sheets of paper, so a document can be read exactly as it
/// prints before it is saved or printed.
class PdfPreviewWidget : public QScrollArea {
    Q_OBJECT
public:
    explicit PdfPreviewWidget(QWidget *parent = nullptr);
    ~PdfPreviewWidget() override;

    /// Shows `pdf`; an empty or unreadable file shows a sentence saying so.
    void setPdf(const QByteArray &pdf);
    int pageCount() const;
    /// The text of every page, for tests and accessibility.
    QString text() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void renderPages();

    QBuffer m_buffer;
    QPdfDocument *m_document = nullptr;
    QWidget *m_pages = nullptr;
    QVBoxLayout *m_layout = nullptr;
    int m_renderedWidth = 0;
};

/// Printing a PDF made by the core: each page drawn on the printer's page, with a print preview first.
namespace PdfPrinting {
/// Opens the print preview for `pdf` (named `title` in the print queue); printing from there prints it.
void preview(const QByteArray &pdf, const QString &title, QWidget *parent);
} // namespace PdfPrinting

} // namespace bk
