// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/common/PdfPreviewWidget.h"

#include <QLabel>
#include <QPainter>
#include <QPdfDocument>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTimer>
#include <QVBoxLayout>

namespace bk {

namespace {

constexpr int MaxPageWidth = 900;
constexpr int PageGap = 18;

/// Loads `pdf` into `document` through `buffer` (which must outlive the document's use of it).
bool load(QPdfDocument &document, QBuffer &buffer, const QByteArray &pdf) {
    document.close();
    buffer.close();
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    document.load(&buffer);
    return document.status() == QPdfDocument::Status::Ready && document.pageCount() > 0;
}

} // namespace

PdfPreviewWidget::PdfPreviewWidget(QWidget *parent)
    : QScrollArea(parent)
    , m_document(new QPdfDocument(this))
    , m_pages(new QWidget)
    , m_layout(new QVBoxLayout(m_pages)) {
    setObjectName(QStringLiteral("pdfPreviewWidget"));
    setWidgetResizable(true);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Document preview"));
    // A neutral desk under the sheets, as document viewers show it.
    m_pages->setObjectName(QStringLiteral("pdfPagesWidget"));
    m_pages->setAutoFillBackground(true);
    QPalette desk = m_pages->palette();
    desk.setColor(QPalette::Window, desk.color(QPalette::Dark));
    m_pages->setPalette(desk);
    m_layout->setContentsMargins(PageGap, PageGap, PageGap, PageGap);
    m_layout->setSpacing(PageGap);
    setWidget(m_pages);
}

PdfPreviewWidget::~PdfPreviewWidget() {
    m_document->close();
}

void PdfPreviewWidget::setPdf(const QByteArray &pdf) {
    load(*m_document, m_buffer, pdf);
    m_renderedWidth = 0;
    renderPages();
}

int PdfPreviewWidget::pageCount() const {
    return m_document->status() == QPdfDocument::Status::Ready ? m_document->pageCount() : 0;
}

QString PdfPreviewWidget::text() const {
    QString text;
    for (int page = 0; page < pageCount(); ++page)
        text += m_document->getAllText(page).text() + QLatin1Char('\n');
    return text;
}

void PdfPreviewWidget::resizeEvent(QResizeEvent *event) {
    QScrollArea::resizeEvent(event);
    // Re-rendered only when the width changes noticeably, so a small drag does not redraw every page.
    const int width = std::min(MaxPageWidth, viewport()->width() - 2 * PageGap - 8);
    // Deferred: replacing the sheets while the scroll area is resizing its content leaves them misplaced.
    if (pageCount() > 0 && std::abs(width - m_renderedWidth) > 40)
        QTimer::singleShot(0, this, &PdfPreviewWidget::renderPages);
}

void PdfPreviewWidget::renderPages() {
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (pageCount() == 0) {
        auto *empty = new QLabel(tr("There is no document to show."), m_pages);
        empty->setObjectName(QStringLiteral("noDocumentLabel"));
        m_layout->addWidget(empty);
        return;
    }
    const int width = std::max(300, std::min(MaxPageWidth, viewport()->width() - 2 * PageGap - 8));
    m_renderedWidth = width;
    const qreal ratio = devicePixelRatioF();
    for (int page = 0; page < pageCount(); ++page) {
        const QSizeF points = m_document->pagePointSize(page);
        const QSize size(width, int(width * points.height() / std::max(1.0, points.width())));
        QImage image = m_document->render(page, size * ratio);
        image.setDevicePixelRatio(ratio);
        auto *sheet = new QLabel(m_pages);
        sheet->setObjectName(QStringLiteral("pdfPageLabel"));
        sheet->setPixmap(QPixmap::fromImage(image));
        sheet->setFixedSize(size + QSize(2, 2));
        sheet->setStyleSheet(
            QStringLiteral("QLabel { border: 1px solid palette(shadow); background: white; }"));
        m_layout->addWidget(sheet, 0, Qt::AlignHCenter);
    }
    m_layout->addStretch(1);
}

namespace PdfPrinting {

void preview(const QByteArray &pdf, const QString &title, QWidget *parent) {
    QPrinter printer(QPrinter::HighResolution);
    // Pages are drawn as images: 300 dpi prints crisply without a page taking hundreds of megabytes.
    printer.setResolution(300);
    printer.setDocName(title);
    QPdfDocument document;
    QBuffer buffer;
    if (!load(document, buffer, pdf))
        return;
    printer.setPageSize(QPageSize(document.pagePointSize(0), QPageSize::Point));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&document](QPrinter *target) {
        QPainter painter(target);
        const QRect page = painter.viewport();
        for (int index = 0; index < document.pageCount(); ++index) {
            if (index > 0)
                target->newPage();
            const QSizeF points = document.pagePointSize(index);
            const double scale = std::min(page.width() / points.width(), page.height() / points.height());
            const QSize size = (points * scale).toSize();
            painter.drawImage(QRect(QPoint(0, 0), size), document.render(index, size));
        }
    });
    dialog.exec();
}

} // namespace PdfPrinting

} // namespace bk
