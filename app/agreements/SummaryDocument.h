// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/DocumentLanguage.h"
#include "app/common/Result.h"
#include "app/policy/PracticeProfile.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <memory>

class QTextDocument;

namespace bk {

class Database;

/// What a written summary (or a notice of reduced availability) for the client says, and about whom.
struct WrittenSummary {
    qint64 clientId = 0;
    QString clientName; ///< the client's full name, printed under the letterhead
    qint64 incidentId = 0;
    qint64 periodId = 0; ///< > 0: a notice about this period of reduced availability rather than a summary
    QDate writtenOn;
    QString text; ///< the letter itself, as IncidentService::writtenSummaryText() drafts it or as edited
    QString language = QStringLiteral("en"); ///< the client's document language (headings, date)
};

/// The written summary of a conversation, or a notice of reduced availability, as a PDF for the client: the
/// practice's letterhead, the client's name, the date and the text, with "Page X of Y" in the footer. Uses
/// the agreement's document parts, so it looks like the practice's other documents.
///
/// Rendering needs a QGuiApplication (fonts); a command-line tool can run one with QT_QPA_PLATFORM=offscreen.
class SummaryDocument {
public:
    SummaryDocument(const PracticeProfile &practice, const WrittenSummary &summary);

    /// The summary of the incident's latest conversation, dated today: `text` as the practitioner edited
    /// it, or, when empty, the text IncidentService::writtenSummaryText() drafts; with the saved practice
    /// profile and the client's name. NotFound for an unknown incident; Invalid when no conversation has
    /// been recorded yet and no text is given.
    static Result<SummaryDocument> forIncident(const Database &database, qint64 incidentId,
                                               const QString &text = {});

    /// The notice of period `periodId` for the client, dated today: `text` as the practitioner edited it, or,
    /// when empty, as AvailabilityService::noticeText() drafts it.
    static Result<SummaryDocument> forNotice(const Database &database, qint64 periodId, qint64 clientId,
                                             const QString &text = {});

    const WrittenSummary &summary() const { return m_summary; }
    /// "Written summary – client – practice (2026-12-03)", or "Change in availability – …" for a notice.
    QString title() const;
    /// The document as rich text with the logo as a resource, for a preview or printing.
    std::unique_ptr<QTextDocument> textDocument() const;
    /// The PDF bytes (A4 or US Letter as the practice profile says).
    Result<QByteArray> renderPdf() const;
    /// "written-summary-2026-12-03-incident-12.pdf" ("…-2026-12-03.pdf" without an incident), or
    /// "availability-notice-2026-12-03-period-4.pdf".
    QString defaultFileName() const;
    /// Renders the PDF and saves it as defaultFileName() in the client's private folder
    /// (AgreementFiles::defaultFolder(), file 0600); returns the path written.
    Result<QString> saveToClientFolder() const;

private:
    QString html() const;
    /// The heading in the document's language: "Written summary" or "Change in availability".
    QString heading() const;

    PracticeProfile m_practice;
    WrittenSummary m_summary;
    DocumentLanguage m_language; ///< the summary's
};

} // namespace bk
