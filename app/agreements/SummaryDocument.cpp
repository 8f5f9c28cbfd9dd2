// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/SummaryDocument.h"

#include "app/agreements/AgreementFiles.h"
#include "app/agreements/DocumentParts.h"
#include "app/common/Clock.h"
#include "app/common/DocumentLanguage.h"
#include "app/incidents/IncidentService.h"
#include "app/policy/PracticeService.h"
#include "app/practitioner/AvailabilityService.h"
#include "app/storage/ClientRepository.h"
#include "app/storage/IncidentRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QTextDocument>

namespace bk {

using namespace DocumentParts;

namespace {

// Document text is looked up in the document's language under this context (QT_TRANSLATE_NOOP files it
// there).
const char *const Context = "SummaryDocument";

struct Message {
    const char *source;
    const char *disambiguation;
};

// The long date in the document's language, with its month names (QLocale of that language).
QString longDate(const DocumentLanguage &language, const QDate &date) {
    static constexpr Message Format =
        QT_TRANSLATE_NOOP3("SummaryDocument", "d MMMM yyyy", "date format (QLocale): day, month name, year");
    return date.isValid() ? language.locale().toString(
                                date, language.text(Context, Format.source, Format.disambiguation))
                          : language.text(Context, QT_TRANSLATE_NOOP("SummaryDocument", "Not dated"));
}

} // namespace

SummaryDocument::SummaryDocument(const PracticeProfile &practice, const WrittenSummary &summary)
    : m_practice(practice)
    , m_summary(summary)
    , m_language(summary.language) {}

Result<SummaryDocument> SummaryDocument::forIncident(const Database &database, qint64 incidentId,
                                                     const QString &text) {
    Result<Incident> incident = IncidentRepository(database).get(incidentId);
    if (!incident)
        return incident.error();
    Result<Client> client = ClientRepository(database).get(incident.value().clientId);
    if (!client)
        return client.error();
    Result<PracticeProfile> profile = PracticeService(database).load();
    if (!profile)
        return profile.error();
    WrittenSummary summary{client.value().id,
                           client.value().fullName.trimmed(),
                           incidentId,
                           0,
                           Clock::todayLocal(),
                           text,
                           client.value().documentLanguage};
    if (summary.text.trimmed().isEmpty()) {
        Result<QString> drafted = IncidentService(database).writtenSummaryText(incidentId);
        if (!drafted)
            return drafted.error();
        summary.text = drafted.value();
    }
    return SummaryDocument(profile.value(), summary);
}

Result<SummaryDocument> SummaryDocument::forNotice(const Database &database, qint64 periodId, qint64 clientId,
                                                   const QString &text) {
    Result<Client> client = ClientRepository(database).get(clientId);
    if (!client)
        return client.error();
    Result<PracticeProfile> profile = PracticeService(database).load();
    if (!profile)
        return profile.error();
    WrittenSummary notice{client.value().id,
                          client.value().fullName.trimmed(),
                          0,
                          periodId,
                          Clock::todayLocal(),
                          text,
                          client.value().documentLanguage};
    if (notice.text.trimmed().isEmpty()) {
        Result<QString> drafted = AvailabilityService(database).noticeText(periodId, clientId);
        if (!drafted)
            return drafted.error();
        notice.text = drafted.value();
    }
    return SummaryDocument(profile.value(), notice);
}

QString SummaryDocument::heading() const {
    return m_summary.periodId > 0
               ? m_language.text(Context, QT_TRANSLATE_NOOP("SummaryDocument", "Change in availability"))
               : m_language.text(Context, QT_TRANSLATE_NOOP("SummaryDocument", "Written summary"));
}

QString SummaryDocument::title() const {
    // Whole sentences per kind, so that each language can order them as it needs.
    const QString pattern =
        m_summary.periodId > 0
            ? m_language.text(Context,
                              QT_TRANSLATE_NOOP("SummaryDocument", "Change in availability – %1 – %2 (%3)"))
            : m_language.text(Context,
                              QT_TRANSLATE_NOOP("SummaryDocument", "Written summary – %1 – %2 (%3)"));
    return pattern.arg(m_summary.clientName, m_practice.name, m_summary.writtenOn.toString(Qt::ISODate));
}

QString SummaryDocument::html() const {
    QString html = opening(m_language, m_practice, heading());
    html += table({{m_language.text(Context, QT_TRANSLATE_NOOP("SummaryDocument", "For")),
                    text(m_summary.clientName,
                         m_language.text(Context, QT_TRANSLATE_NOOP("SummaryDocument",
                                                                    "The client's name was not recorded.")))},
                   {m_language.text(Context, QT_TRANSLATE_NOOP("SummaryDocument", "Date")),
                    longDate(m_language, m_summary.writtenOn).toHtmlEscaped()},
                   {m_language.text(Context, QT_TRANSLATE_NOOP("SummaryDocument", "From")),
                    practiceName(m_language, m_practice).toHtmlEscaped()}});
    html += QStringLiteral("<hr class=\"rule\"/>");
    const QStringList paragraphs = m_summary.text.trimmed().split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    if (paragraphs.isEmpty())
        html += paragraph(
            {}, m_language.text(Context, QT_TRANSLATE_NOOP("SummaryDocument", "The summary has no text.")));
    // A letter reads better a little larger and with air between the paragraphs.
    for (const QString &part : paragraphs)
        html += QStringLiteral("<p class=\"letter\" style=\"margin-bottom: 9px;\">") + text(part, {}) +
                QStringLiteral("</p>");
    return html + closing();
}

std::unique_ptr<QTextDocument> SummaryDocument::textDocument() const {
    return DocumentParts::textDocument(html(), title(), m_practice, nullptr);
}

Result<QByteArray> SummaryDocument::renderPdf() const {
    std::unique_ptr<QTextDocument> document = textDocument();
    const QString footer =
        (m_summary.periodId > 0
             ? m_language.text(Context,
                               QT_TRANSLATE_NOOP("SummaryDocument", "Change in availability · %1 · %2"))
             : m_language.text(Context, QT_TRANSLATE_NOOP("SummaryDocument", "Written summary · %1 · %2")))
            .arg(m_summary.clientName, m_summary.writtenOn.toString(Qt::ISODate));
    return DocumentParts::renderPdf(m_language, *document, {title(), m_practice.paperSize, footer});
}

QString SummaryDocument::defaultFileName() const {
    const QString date =
        (m_summary.writtenOn.isValid() ? m_summary.writtenOn : Clock::todayLocal()).toString(Qt::ISODate);
    if (m_summary.periodId > 0)
        return QStringLiteral("availability-notice-%1-period-%2.pdf").arg(date).arg(m_summary.periodId);
    return m_summary.incidentId > 0
               ? QStringLiteral("written-summary-%1-incident-%2.pdf").arg(date).arg(m_summary.incidentId)
               : QStringLiteral("written-summary-%1.pdf").arg(date);
}

Result<QString> SummaryDocument::saveToClientFolder() const {
    Result<QByteArray> pdf = renderPdf();
    if (!pdf)
        return pdf.error();
    Result<QString> folder = AgreementFiles::defaultFolder(m_summary.clientId, m_summary.clientName);
    if (!folder)
        return folder.error();
    const QString path = QDir(folder.value()).filePath(defaultFileName());
    if (Status saved = AgreementFiles::savePdf(pdf.value(), path); !saved)
        return saved.error();
    return path;
}

} // namespace bk
