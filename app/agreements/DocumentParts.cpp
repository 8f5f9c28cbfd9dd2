// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/DocumentParts.h"

#include "app/common/DocumentLanguage.h"
#include "app/common/Sha256.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>
#include <optional>

namespace bk::DocumentParts {

namespace {

// lupdate files these messages under "DocumentParts", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(DocumentParts)
};

// Document text is looked up in the document's language under this context (QT_TRANSLATE_NOOP files it
// there).
const char *const Context = "DocumentParts";

const QUrl LogoUrl(QStringLiteral("bk://logo"));
// The anchor on the heading of the consent and signatures, which are kept together on one page.
const QLatin1String SigningAnchor("bk-signing");
const QUrl ClientSignatureUrl(QStringLiteral("bk://signature/client"));
const QUrl PractitionerSignatureUrl(QStringLiteral("bk://signature/practitioner"));

const char *const Style = R"(
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; color: #1d1d1f; }
h1 { font-family: 'DejaVu Serif'; font-size: 20pt; font-weight: bold; color: #1f3a5f; margin-top: 10px; margin-bottom: 2px; }
h2 { font-family: 'DejaVu Serif'; font-size: 13pt; font-weight: bold; color: #1f3a5f; margin-top: 16px; margin-bottom: 6px; }
h3 { font-size: 10.5pt; font-weight: bold; color: #1d1d1f; margin-top: 10px; margin-bottom: 3px; }
p { margin-top: 2px; margin-bottom: 5px; }
td { padding: 3px; vertical-align: top; }
td.label { color: #555555; }
th { background-color: #e8edf3; color: #1f3a5f; text-align: left; padding: 4px; }
.practice { font-family: 'DejaVu Serif'; font-size: 15pt; font-weight: bold; color: #1f3a5f; }
.muted { color: #666666; font-size: 8.5pt; }
.rule { color: #1f3a5f; }
.hash { font-family: 'DejaVu Sans Mono'; font-size: 8pt; }
.letter { font-size: 10.5pt; }
)";

QString signatureCell(const DocumentLanguage &language, const std::optional<Signature> &signature,
                      const QUrl &imageUrl, const QString &role, const QString &fallbackName,
                      bool unsignedCopy, const QTimeZone &zone) {
    QString cell = QStringLiteral("<td width=\"50%\"><p class=\"muted\">") + role.toHtmlEscaped() +
                   QStringLiteral("</p>");
    const bool hasImage = !unsignedCopy && signature && !signature->imagePng.isEmpty() &&
                          signature->method != SignatureMethod::Paper;
    if (hasImage)
        cell += QStringLiteral("<p><img src=\"%1\" width=\"225\" height=\"75\"/><br/>"
                               "______________________________________</p>")
                    .arg(imageUrl.toString());
    else if (!unsignedCopy && signature && signature->method == SignatureMethod::Paper)
        cell += QStringLiteral("<p><i>") +
                text(signature->paperNote,
                     language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "Signed on paper."))) +
                QStringLiteral("</i></p>");
    else
        cell += QStringLiteral("<p><br/><br/><br/>______________________________________</p>");
    const QString name = signature && !signature->signerName.isEmpty() ? signature->signerName : fallbackName;
    cell += QStringLiteral("<p><b>") +
            text(name, language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "Name not recorded"))) +
            QStringLiteral("</b><br/>");
    if (!unsignedCopy && signature)
        cell += language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "Signed %1"))
                    .arg(dateTime(language, signature->signedAt, zone))
                    .toHtmlEscaped() +
                QStringLiteral("<br/>") +
                SignatureMethods::label(signature->method, language).toHtmlEscaped();
    else
        cell += language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "Date: ____________________"))
                    .toHtmlEscaped();
    return cell + QStringLiteral("</p></td>");
}

QString practitionerLine(const SigningRecord &record) {
    if (record.practitionerSignature && !record.practitionerSignature->signerName.isEmpty()) {
        for (const Practitioner &practitioner : record.terms.practitioners) {
            if (practitioner.name == record.practitionerSignature->signerName &&
                !practitioner.title.isEmpty())
                return practitioner.name + QStringLiteral(", ") + practitioner.title;
        }
        return record.practitionerSignature->signerName;
    }
    QStringList names;
    for (const Practitioner &practitioner : record.terms.practitioners)
        names.append(practitioner.title.isEmpty()
                         ? practitioner.name
                         : practitioner.name + QStringLiteral(", ") + practitioner.title);
    return names.join(QStringLiteral("; "));
}

} // namespace

QString text(const QString &value, const QString &missing) {
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("<i>") + missing.toHtmlEscaped() + QStringLiteral("</i>");
    return trimmed.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString heading(const QString &title, bool newPage) {
    return QStringLiteral("<h2 style=\"%1\">")
               .arg(newPage ? QStringLiteral("page-break-before: always;") : QString()) +
           title.toHtmlEscaped() + QStringLiteral("</h2>");
}

QString subheading(const QString &title) {
    return QStringLiteral("<h3>") + title.toHtmlEscaped() + QStringLiteral("</h3>");
}

QString paragraph(const QString &value, const QString &missing) {
    return QStringLiteral("<p>") + text(value, missing) + QStringLiteral("</p>");
}

QString row(const QString &label, const QString &valueHtml) {
    return QStringLiteral("<tr><td width=\"32%\" class=\"label\">") + label.toHtmlEscaped() +
           QStringLiteral("</td><td>") + valueHtml + QStringLiteral("</td></tr>");
}

QString table(const QList<Row> &rows) {
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\">");
    for (const Row &entry : rows)
        html += row(entry.first, entry.second);
    return html + QStringLiteral("</table>");
}

QString dateTime(const DocumentLanguage &language, const QDateTime &utc, const QTimeZone &zone) {
    if (!utc.isValid())
        return language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "Not recorded"));
    return QLocale::c().toString(utc.toTimeZone(zone), QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
}

QString utcText(const DocumentLanguage &language, const QDateTime &utc) {
    return utc.isValid() ? utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                         : language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "Not recorded"));
}

QTimeZone zone(const PracticeProfile &terms) {
    const QTimeZone zone(terms.timeZoneId);
    return zone.isValid() ? zone : QTimeZone::utc();
}

QString practiceName(const DocumentLanguage &language, const PracticeProfile &terms) {
    return terms.name.trimmed().isEmpty()
               ? language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "The practice"))
               : terms.name.trimmed();
}

QString clientName(const DocumentLanguage &language, const SigningRecord &record) {
    return record.clientName.trimmed().isEmpty()
               ? language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "The client"))
               : record.clientName.trimmed();
}

QString parties(const DocumentLanguage &language, const SigningRecord &record) {
    return table(
        {{language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "Practice")),
          practiceName(language, record.terms).toHtmlEscaped()},
         {language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "Practitioner")),
          text(practitionerLine(record),
               language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "No practitioner was named.")))},
         {language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "Client")),
          clientName(language, record).toHtmlEscaped()}});
}

QString opening(const DocumentLanguage &language, const PracticeProfile &terms, const QString &title) {
    QString html = QStringLiteral("<html><head><style>") + QString::fromUtf8(Style) +
                   QStringLiteral("</style></head><body>");
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>");
    if (!terms.logoPng.isEmpty())
        html +=
            QStringLiteral("<td width=\"70\"><img src=\"%1\" height=\"56\"/></td>").arg(LogoUrl.toString());
    html +=
        QStringLiteral("<td><span class=\"practice\">") + practiceName(language, terms).toHtmlEscaped() +
        QStringLiteral("</span><br/><span class=\"muted\">") +
        text(terms.contactLine,
             language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "No contact details were given."))) +
        QStringLiteral("</span></td></tr></table><hr class=\"rule\"/>");
    return html + QStringLiteral("<h1>") + title.toHtmlEscaped() + QStringLiteral("</h1>");
}

QString closing() {
    return QStringLiteral("</body></html>");
}

QString signatures(const DocumentLanguage &language, const SigningRecord &record, const QString &title,
                   bool unsignedCopy, const QString &paperSentence) {
    // The anchor marks where the part renderPdf() keeps on one page begins.
    QString html = QStringLiteral("<h2><a name=\"%1\">").arg(SigningAnchor) + title.toHtmlEscaped() +
                   QStringLiteral("</a></h2>");
    if (record.signingMode == SigningMode::Electronic) {
        html +=
            QStringLiteral("<p><b>") +
            language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "Consent to sign electronically"))
                .toHtmlEscaped() +
            QStringLiteral("</b><br/>") +
            text(record.consentText,
                 language.text(Context,
                               QT_TRANSLATE_NOOP("DocumentParts", "No consent statement was recorded."))) +
            QStringLiteral("<br/>") +
            (record.consentGiven
                 ? language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "The client gave this consent."))
                 : language.text(
                       Context, QT_TRANSLATE_NOOP("DocumentParts", "The client has not given this consent.")))
                .toHtmlEscaped() +
            QStringLiteral("</p>");
    } else {
        html += QStringLiteral("<p>") + paperSentence.toHtmlEscaped() + QStringLiteral("</p>");
    }
    html +=
        QStringLiteral("<p><b>") +
        language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "Statement of intent")).toHtmlEscaped() +
        QStringLiteral("</b><br/>") +
        text(record.intentText,
             language.text(Context,
                           QT_TRANSLATE_NOOP("DocumentParts", "No statement of intent was recorded."))) +
        QStringLiteral("</p>");
    const QTimeZone practiceZone = zone(record.terms);
    return html + QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><tr>") +
           signatureCell(language, record.clientSignature, ClientSignatureUrl,
                         language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "Client")),
                         clientName(language, record), unsignedCopy, practiceZone) +
           signatureCell(
               language, record.practitionerSignature, PractitionerSignatureUrl,
               language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "Practitioner (countersignature)")),
               record.defaultPractitionerName(), unsignedCopy, practiceZone) +
           QStringLiteral("</tr></table>");
}

namespace {

// The practitioner who countersigned, by the name they signed with and their title in the practice.
QString countersigner(const DocumentLanguage &language, const SigningRecord &record, bool unsignedCopy) {
    if (unsignedCopy || !record.practitionerSignature)
        return language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "Not countersigned yet"));
    return record.practitionerSignature->signerName.trimmed().isEmpty() ? record.defaultPractitionerName()
                                                                        : practitionerLine(record);
}

} // namespace

QString practiceContact(const DocumentLanguage &language, const PracticeProfile &terms) {
    const QString contact = terms.contactLine.simplified();
    return contact.isEmpty() ? practiceName(language, terms)
                             : practiceName(language, terms) + QStringLiteral(", ") + contact;
}

QString consentContact(const DocumentLanguage &language, const PracticeProfile &terms) {
    return language
        .text(Context,
              QT_TRANSLATE_NOOP("DocumentParts", "To ask for a paper copy or to withdraw this consent: %1."))
        .arg(practiceContact(language, terms));
}

QString evidence(const DocumentLanguage &language, const SigningRecord &record,
                 const QList<Row> &specificRows, bool unsignedCopy) {
    const QTimeZone practiceZone = zone(record.terms);
    const auto method = [&](const std::optional<Signature> &signature) -> QString {
        if (unsignedCopy || !signature)
            return language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "Not signed yet"))
                .toHtmlEscaped();
        return SignatureMethods::label(signature->method, language).toHtmlEscaped();
    };
    QList<Row> rows{
        {language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "Document ID")),
         QStringLiteral("<b>") + record.documentId.toHtmlEscaped() + QStringLiteral("</b>")},
        {language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "Client")),
         clientName(language, record).toHtmlEscaped()},
        {language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "Practice")),
         practiceName(language, record.terms).toHtmlEscaped()},
        {language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "Countersigned by")),
         countersigner(language, record, unsignedCopy).toHtmlEscaped()},
    };
    rows += specificRows;
    rows += QList<Row>{
        {language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "Signing")),
         (record.signingMode == SigningMode::Electronic
              ? language.text(Context,
                              QT_TRANSLATE_NOOP("DocumentParts", "Electronic, with the client's consent"))
              : language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "On paper")))
             .toHtmlEscaped()},
        {language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "Client's signature")),
         method(record.clientSignature)},
        {language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "Practitioner's signature")),
         method(record.practitionerSignature)},
        {language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "Practice time zone")),
         QString::fromLatin1(practiceZone.id()).toHtmlEscaped()},
    };
    QString html =
        heading(language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "Evidence")), true) + table(rows);

    // What a consent to sign electronically must have told the client (US ESIGN Act §101(c), eIDAS
    // practice): paper copies and how to get them, withdrawing and what follows, what reading and keeping
    // the PDF needs.
    if (record.signingMode == SigningMode::Electronic && !unsignedCopy) {
        html +=
            subheading(language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "Signing electronically"))) +
            QStringLiteral("<p>") +
            language
                .text(Context, QT_TRANSLATE_NOOP("DocumentParts",
                                                 "Paper copy: the client may ask for a paper copy of this "
                                                 "document at any time, free of charge, from %1."))
                .arg(practiceContact(language, record.terms))
                .toHtmlEscaped() +
            QStringLiteral("<br/>") +
            language
                .text(Context, QT_TRANSLATE_NOOP("DocumentParts",
                                                 "Withdrawing consent: the client may withdraw the consent "
                                                 "to sign electronically at any time by telling the "
                                                 "practice. Documents are then given on paper; what was "
                                                 "signed before stays valid."))
                .toHtmlEscaped() +
            QStringLiteral("<br/>") +
            language
                .text(Context, QT_TRANSLATE_NOOP("DocumentParts",
                                                 "Reading and keeping it: a computer, tablet or phone that "
                                                 "opens PDF files, and somewhere to save or print the file."))
                .toHtmlEscaped() +
            QStringLiteral("</p>");
    }

    html += subheading(language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "Timeline"))) +
            QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><tr><th>") +
            language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "UTC")).toHtmlEscaped() +
            QStringLiteral("</th><th>") +
            language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "Practice time")).toHtmlEscaped() +
            QStringLiteral("</th><th>") +
            language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "Event")).toHtmlEscaped() +
            QStringLiteral("</th></tr>");
    if (record.events.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"3\"><i>") +
                language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "No events were recorded."))
                    .toHtmlEscaped() +
                QStringLiteral("</i></td></tr>");
    for (const AgreementEvent &event : record.events)
        html += QStringLiteral("<tr><td>") + utcText(language, event.at).toHtmlEscaped() +
                QStringLiteral("</td><td>") + dateTime(language, event.at, practiceZone).toHtmlEscaped() +
                QStringLiteral("</td><td>") + AgreementEvents::describe(event, language).toHtmlEscaped() +
                QStringLiteral("</td></tr>");
    html += QStringLiteral("</table>");

    html +=
        subheading(language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "Verifying this document"))) +
        QStringLiteral("<p>") +
        language
            .text(Context,
                  QT_TRANSLATE_NOOP("DocumentParts", "Verify this document with Boundary Keeper: choose File "
                                                     "▸ Verify a PDF… in the app, or run "
                                                     "\"boundary-keeper-cli verify FILE.pdf\". The SHA-256 "
                                                     "of the final PDF file is stored in the "
                                                     "practice's records when it is produced; a file cannot "
                                                     "contain its own hash, so this page "
                                                     "carries the document ID instead. A file whose hash "
                                                     "does not match the stored one has been "
                                                     "altered."))
            .toHtmlEscaped() +
        QStringLiteral("</p>");

    // Where it was signed and the trail's head matter to an expert checking the record, not to the client
    // reading it: small type, at the end. The head is also a link's target, which the PDF keeps as plain
    // bytes for AgreementVerifier to read back.
    const QString notRecorded = language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "not recorded"));
    QString details =
        language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "Computer: %1. Account on it: %2."))
            .toHtmlEscaped()
            .arg(text(record.workstation, notRecorded), text(record.osUser, notRecorded));
    if (!unsignedCopy && record.auditHead.isValid())
        details += QStringLiteral("<br/>") +
                   language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "Record trail at signing: %1"))
                       .toHtmlEscaped()
                       .arg(QStringLiteral("<a href=\"%1\" style=\"color: #666666; text-decoration: none;\">"
                                           "<span class=\"hash\">%2</span></a>")
                                .arg(record.auditHead.uri().toHtmlEscaped(),
                                     record.auditHead.text().toHtmlEscaped()));
    html += subheading(language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "Technical details"))) +
            QStringLiteral("<p class=\"muted\">") + details + QStringLiteral("</p>");
    return html;
}

std::unique_ptr<QTextDocument> textDocument(const QString &html, const QString &title,
                                            const PracticeProfile &terms, const SigningRecord *record) {
    auto document = std::make_unique<QTextDocument>();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    document->setDefaultFont(font);
    const auto addImage = [&](const QByteArray &png, const QUrl &url) {
        if (!png.isEmpty())
            document->addResource(QTextDocument::ImageResource, url,
                                  QImage::fromData(png).convertToFormat(QImage::Format_RGB32));
    };
    addImage(terms.logoPng, LogoUrl);
    if (record) {
        if (record->clientSignature)
            addImage(record->clientSignature->imagePng, ClientSignatureUrl);
        if (record->practitionerSignature)
            addImage(record->practitionerSignature->imagePng, PractitionerSignatureUrl);
    }
    document->setHtml(html);
    document->setMetaInformation(QTextDocument::DocumentTitle, title);
    return document;
}

namespace {

// The first block whose text carries the anchor `name`, or an invalid block.
QTextBlock anchoredBlock(const QTextDocument &document, const QString &name) {
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            if (fragment.fragment().charFormat().anchorNames().contains(name))
                return block;
        }
    }
    return {};
}

// The pages (0-based, as laid out for the document's page size) on which the part signatures() wrote begins
// and ends; none when the document has no such part.
std::optional<QPair<int, int>> signingPages(QTextDocument &document) {
    const QTextBlock start = anchoredBlock(document, SigningAnchor);
    if (!start.isValid())
        return std::nullopt;
    // The part ends with the table of the two signature cells, the first table after its heading.
    QTextTable *cells = nullptr;
    for (QTextBlock block = start.next(); block.isValid() && !cells; block = block.next())
        cells = QTextCursor(block).currentTable();
    if (!cells)
        return std::nullopt;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const double pageHeight = document.pageSize().height();
    const double top = layout->blockBoundingRect(start).top();
    const double bottom = layout->frameBoundingRect(cells).bottom();
    return QPair<int, int>(int(top / pageHeight), int((bottom - 1) / pageHeight));
}

// Moves the part signatures() wrote to the next page when it would be split over two pages, so that the
// signatures never stand apart from the consent and the statement they sign.
void keepSigningTogether(QTextDocument &document) {
    const std::optional<QPair<int, int>> pages = signingPages(document);
    if (!pages || pages->first == pages->second)
        return;
    // Split over two pages: the whole part starts the next page, where it fits unless it is taller than a
    // page (then it stays where it is, as moving it would only leave a gap).
    const QTextBlock start = anchoredBlock(document, SigningAnchor);
    QTextCursor cursor(start);
    QTextBlockFormat format = start.blockFormat();
    format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
    cursor.setBlockFormat(format);
    const std::optional<QPair<int, int>> moved = signingPages(document);
    if (moved && moved->first != moved->second) {
        format.setPageBreakPolicy(start.blockFormat().pageBreakPolicy() &
                                  ~QTextFormat::PageBreak_AlwaysBefore);
        cursor.setBlockFormat(format);
    }
}

} // namespace

Result<QByteArray> renderPdf(const DocumentLanguage &language, QTextDocument &document, const PdfPage &page,
                             int *pageCount) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(page.title);
        writer.setCreator(QStringLiteral("Boundary Keeper %1").arg(QCoreApplication::applicationVersion()));
        writer.setResolution(300);
        const QPageSize pageSize(page.paperSize == PaperSize::UsLetter ? QPageSize::Letter : QPageSize::A4);
        writer.setPageLayout(
            QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(20, 18, 20, 14), QPageLayout::Millimeter));

        document.documentLayout()->setPaintDevice(&writer);
        document.setDocumentMargin(0);
        const QRectF area = writer.pageLayout().paintRectPixels(writer.resolution());
        // The footer sits in the last 10 mm of the printable area; the text flows above it.
        const double footerHeight = 10.0 / 25.4 * writer.resolution();
        const QSizeF textPage(area.width(), area.height() - footerHeight);
        document.setPageSize(textPage);
        keepSigningTogether(document);
        const int pages = document.pageCount();

        QPainter painter;
        if (!painter.begin(&writer))
            return Error{Error::Kind::Io, Tr::tr("The PDF could not be started.")};
        QFont footerFont(QStringLiteral("DejaVu Sans"));
        footerFont.setPointSizeF(7.5);
        for (int index = 0; index < pages; ++index) {
            if (index > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -index * textPage.height());
            document.drawContents(&painter, QRectF(QPointF(0, index * textPage.height()), textPage));
            painter.restore();

            const QRectF footer(0, area.height() - footerHeight * 0.6, area.width(), footerHeight * 0.6);
            painter.setPen(QPen(QColor(0x1f, 0x3a, 0x5f), 1.5));
            painter.drawLine(footer.topLeft(), footer.topRight());
            painter.setFont(footerFont);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, page.footer);
            painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                             language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "Page %1 of %2"))
                                 .arg(index + 1)
                                 .arg(pages));
        }
        if (!painter.end())
            return Error{Error::Kind::Io, Tr::tr("The PDF could not be finished.")};
        if (pageCount)
            *pageCount = pages;
    }
    if (bytes.isEmpty())
        return Error{Error::Kind::Io, Tr::tr("The PDF came out empty.")};
    return bytes;
}

Result<QByteArray> renderSigned(const DocumentLanguage &language, const QString &html, const QString &title,
                                const SigningRecord &record, const QString &kind, SignedCopy copy,
                                int *pageCount) {
    std::unique_ptr<QTextDocument> document = textDocument(html, title, record.terms, &record);
    const QString footer =
        copy == SignedCopy::UnsignedForPaper
            ? language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "Unsigned copy · Document ID %1"))
                  .arg(record.documentId)
            : language.text(Context, QT_TRANSLATE_NOOP("DocumentParts", "%1 · Document ID %2"))
                  .arg(kind, record.documentId);
    return renderPdf(language, *document, {title, record.terms.paperSize, footer}, pageCount);
}

QString sha256(const QByteArray &bytes) {
    return Sha256::hexOf(bytes);
}

} // namespace bk::DocumentParts
