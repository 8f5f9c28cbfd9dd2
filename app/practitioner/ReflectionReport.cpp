// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/practitioner/ReflectionReport.h"

#include "app/agreements/DocumentParts.h"
#include "app/common/Clock.h"
#include "app/common/DocumentLanguage.h"
#include "app/policy/PracticeService.h"
#include "app/practitioner/ReflectionService.h"

#include <QLocale>
#include <QTextDocument>

namespace bk {

using namespace DocumentParts;

namespace {

// The list is read in pages; the report holds every entry.
constexpr int Chunk = 500;

} // namespace

Result<ReflectionReport> ReflectionReport::read(const Database &database) {
    ReflectionReport report;
    Result<PracticeProfile> practice = PracticeService(database).load();
    if (!practice)
        return practice.error();
    report.m_practice = practice.value();
    report.m_exportedOn = Clock::todayLocal();
    const ReflectionService service(database);
    Result<QList<MonthlyReflection>> months = service.monthlyReflections();
    if (!months)
        return months.error();
    for (const MonthlyReflection &reflection : months.value()) {
        Result<MonthlyReview> review = service.monthlyReview(reflection.month);
        if (!review)
            return review.error();
        report.m_months.append(Month{reflection, review.value()});
    }
    const ReflectionEntry *after = nullptr;
    while (true) {
        Result<QList<ReflectionEntry>> page = service.entries({}, after, Chunk);
        if (!page)
            return page.error();
        report.m_checks += page.value();
        if (page.value().size() < Chunk)
            break;
        after = &report.m_checks.last();
    }
    return report;
}

qsizetype ReflectionReport::reflectedMonths() const {
    return std::count_if(m_months.begin(), m_months.end(),
                         [](const Month &month) { return !month.reflection.skipped; });
}

QString ReflectionReport::html() const {
    const DocumentLanguage language(DocumentLanguage::interfaceCode());
    const QLocale locale = language.locale();
    QString html = opening(language, m_practice, tr("Reflection for supervision"));
    const QString practitioner =
        m_practice.practitioners.isEmpty() ? QString() : m_practice.practitioners.first().name.trimmed();
    html += table({{tr("Practitioner"), text(practitioner, tr("No practitioner was named."))},
                   {tr("Exported"), locale.toString(m_exportedOn, QLocale::LongFormat).toHtmlEscaped()},
                   {tr("Months reflected on"), QString::number(reflectedMonths())},
                   {tr("Disclosure checks"), QString::number(m_checks.size())}});
    html +=
        paragraph(tr("Private: this is your own reflection, for you and your supervisor. It is never part "
                     "of anything a client receives."),
                  {});

    html += heading(tr("Monthly reflections"));
    if (m_months.isEmpty())
        html += paragraph({}, tr("No monthly reflection recorded yet."));
    const QStringList questions = ReflectionService::monthlyQuestions();
    for (const Month &month : m_months) {
        html += subheading(locale.toString(month.reflection.month, QStringLiteral("MMMM yyyy")));
        if (month.reflection.skipped) {
            html += paragraph(tr("Skipped."), {});
            continue;
        }
        QStringList lapses;
        for (const OwnLapse &lapse : month.review.ownLapses)
            lapses.append(tr("%1, %2%3")
                              .arg(locale.toString(Clock::toLocal(lapse.occurredAt), QLocale::ShortFormat),
                                   lapse.clientName,
                                   lapse.outsideHours ? tr(" (outside working hours)") : QString()));
        QStringList repeated;
        for (const RepeatedClient &client : month.review.repeatedClients)
            repeated.append(tr("%1 (%Ln incident(s))", nullptr, int(client.incidents)).arg(client.name));
        html += table(
            {{tr("Own lapses"), text(lapses.join(QLatin1Char('\n')), tr("None recorded."))},
             {tr("Contacts you initiated outside hours"),
              QString::number(month.review.outsideHoursContacts())},
             {tr("Clients with repeated incidents"), text(repeated.join(QStringLiteral(", ")), tr("None."))},
             {tr("Disclosure checks taken"), tr("%1 (shared after %2)")
                                                 .arg(month.review.disclosureChecks)
                                                 .arg(month.review.disclosureShared)}});
        for (qsizetype i = 0; i < questions.size(); ++i)
            html += QStringLiteral("<p><b>%1</b></p>").arg(questions.at(i).toHtmlEscaped()) +
                    paragraph(month.reflection.answers.value(i), tr("Not answered."));
    }

    html += heading(tr("Disclosure checks"));
    if (m_checks.isEmpty())
        html += paragraph({}, tr("No disclosure check recorded yet."));
    for (const ReflectionEntry &entry : m_checks) {
        html +=
            subheading(tr("%1 — %2").arg(locale.toString(entry.date, QLocale::LongFormat),
                                         entry.clientId > 0 ? entry.clientName : tr("No particular client")));
        html += table({{tr("The check said"),
                        DisclosureCheck::recommendationLabel(entry.recommendation).toHtmlEscaped()},
                       {tr("I decided"), DisclosureDecisions::label(entry.decision).toHtmlEscaped()},
                       {tr("Note"), text(entry.note, tr("No note."))}});
    }
    return html + closing();
}

Result<QByteArray> ReflectionReport::renderPdf() const {
    const DocumentLanguage language(DocumentLanguage::interfaceCode());
    const QString title = tr("Reflection for supervision (%1)").arg(m_exportedOn.toString(Qt::ISODate));
    std::unique_ptr<QTextDocument> document = textDocument(html(), title, m_practice, nullptr);
    return DocumentParts::renderPdf(language, *document,
                                    {title, m_practice.paperSize, tr("Private reflection · %1").arg(title)});
}

} // namespace bk
