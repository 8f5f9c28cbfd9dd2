// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/agreements/SigningRecord.h"
#include "app/common/Result.h"
#include "app/policy/PracticeProfile.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QTimeZone>
#include <memory>

class QTextDocument;

namespace bk {

class DocumentLanguage;

/// The building blocks every printed document of the practice shares (the boundary agreement, the
/// behavioural contract, the written summary): the style sheet and letterhead, escaped text that states a
/// missing value instead of leaving it blank, label/value tables, the consent and signature block, the
/// evidence page, and PDF/A-1b output with a footer carrying the document ID and "Page X of Y".
///
/// Documents are HTML for QTextDocument; every function returns HTML except where it says otherwise. Their
/// fixed text is in the `language` they are given (the document's, not the interface's).
namespace DocumentParts {

/// Whether a signed document is printed as signed or as a copy to print and sign by hand.
enum class SignedCopy {
    Signed,          ///< with the signature images (or the paper note) and the full timeline
    UnsignedForPaper ///< blank signature lines, to print and sign by hand
};

/// A label and its value (HTML) for row().
using Row = QPair<QString, QString>;

/// Escaped text with line breaks kept; `missing` (a full sentence, in italics) when the text is empty.
QString text(const QString &value, const QString &missing);
/// A section heading; `newPage` starts it on a new page.
QString heading(const QString &title, bool newPage = false);
QString subheading(const QString &title);
/// A paragraph of escaped text, `missing` when empty.
QString paragraph(const QString &value, const QString &missing);
/// A table row: the label in the first third, `valueHtml` beside it.
QString row(const QString &label, const QString &valueHtml);
/// A full-width table of rows.
QString table(const QList<Row> &rows);

/// The time in `zone` as "2026-11-22 14:05:00 GMT"; "Not recorded" for an invalid time.
QString dateTime(const DocumentLanguage &language, const QDateTime &utc, const QTimeZone &zone);
/// "2026-11-22 14:05:00 UTC"; "Not recorded" for an invalid time.
QString utcText(const DocumentLanguage &language, const QDateTime &utc);
/// The practice's time zone, UTC when the profile names none that exists.
QTimeZone zone(const PracticeProfile &terms);
/// The practice's name, or "The practice" when it has none (plain text).
QString practiceName(const DocumentLanguage &language, const PracticeProfile &terms);

/// The client's name, or "The client" when it is empty (plain text).
QString clientName(const DocumentLanguage &language, const SigningRecord &record);
/// The table of the parties: the practice, the practitioner (who countersigned, with their title, or every
/// practitioner of the practice before signing) and the client.
QString parties(const DocumentLanguage &language, const SigningRecord &record);

/// The start of a document: the style sheet, the letterhead (logo, practice name, contact line) and the
/// title as the first heading.
QString opening(const DocumentLanguage &language, const PracticeProfile &terms, const QString &title);
QString closing();

/// The section `title`, the consent (or paper) statement, the statement of intent and the two signature
/// cells: the client's and the practitioner's, each with the signature image (or a blank line on an unsigned
/// copy), the name, the date and the method. `paperSentence` says how a paper original is kept. renderPdf()
/// keeps this part on one page.
QString signatures(const DocumentLanguage &language, const SigningRecord &record, const QString &title,
                   bool unsignedCopy, const QString &paperSentence);

/// The practice's name and contact line, as a client reaches it (plain text).
QString practiceContact(const DocumentLanguage &language, const PracticeProfile &terms);
/// The sentence ending a consent to sign electronically: whom to ask for a paper copy or to withdraw the
/// consent (the practice's contact details).
QString consentContact(const DocumentLanguage &language, const PracticeProfile &terms);

/// The evidence page: document ID, client, practice, who countersigned, `specificRows`, how it was signed,
/// each signature's method, the practice's time zone; when signed electronically, the client's rights
/// (paper copies, withdrawing consent, what reading and keeping the PDF needs); the timeline in UTC and
/// practice time; how to verify the file; and in small type the technical details: the computer and
/// account it was signed on and the audit trail's head at signing.
QString evidence(const DocumentLanguage &language, const SigningRecord &record,
                 const QList<Row> &specificRows, bool unsignedCopy);

/// The document as rich text, with the practice's logo and (when `record` is given) the signature images
/// as resources.
std::unique_ptr<QTextDocument> textDocument(const QString &html, const QString &title,
                                            const PracticeProfile &terms, const SigningRecord *record);

/// What a PDF carries besides its content.
struct PdfPage {
    QString title; ///< the PDF's title metadata
    PaperSize paperSize = PaperSize::A4;
    QString footer; ///< left of the footer on every page; "Page X of Y" is on the right
};

/// Writes `document` as PDF/A-1b (title and creator metadata, embedded fonts) on pages of `page`'s size,
/// with the footer on every page. `pageCount`, when given, receives the number of pages.
Result<QByteArray> renderPdf(const DocumentLanguage &language, QTextDocument &document, const PdfPage &page,
                             int *pageCount = nullptr);

/// The PDF of a signed document: `html` with the practice's logo and the record's signature images, on the
/// record's paper size, titled `title`, with "`kind` · Document ID …" (or "Unsigned copy · Document ID …")
/// in the footer.
Result<QByteArray> renderSigned(const DocumentLanguage &language, const QString &html, const QString &title,
                                const SigningRecord &record, const QString &kind, SignedCopy copy,
                                int *pageCount = nullptr);

/// The lower-case hex SHA-256 of `bytes`.
QString sha256(const QByteArray &bytes);

} // namespace DocumentParts

} // namespace bk
