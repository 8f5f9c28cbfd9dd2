// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/AgreementDocument.h"

#include "app/agreements/DocumentParts.h"
#include "app/common/DocumentLanguage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextDocument>

namespace bk {

using namespace DocumentParts;

namespace {

// Document text is looked up in the document's language under this context (QT_TRANSLATE_NOOP files it
// there).
const char *const Context = "AgreementDocument";

} // namespace

AgreementDocument::AgreementDocument(const Agreement &agreement, const PolicyVersion &policy, Copy copy)
    : m_agreement(agreement)
    , m_policy(policy)
    , m_copy(copy)
    , m_language(agreement.language) {
    m_policy.document = policy.document.inLanguage(m_language.code());
}

QString AgreementDocument::title() const {
    return m_language
        .text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "Boundary agreement – %1 – %2 (document %3)"))
        .arg(m_agreement.clientName, m_agreement.terms.name, m_agreement.documentId);
}

QString AgreementDocument::html() const {
    const Agreement &a = m_agreement;
    const PracticeProfile &terms = a.terms;
    const QTimeZone zone = DocumentParts::zone(terms);
    const bool unsigned_ = m_copy == Copy::UnsignedForPaper;

    QString html =
        opening(m_language, terms,
                m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "Boundary agreement")));
    html +=
        QStringLiteral("<p class=\"muted\">") +
        m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "Policy version %1 · Document ID %2"))
            .arg(a.policyVersion)
            .arg(a.documentId)
            .toHtmlEscaped() +
        QStringLiteral("</p>");
    if (unsigned_)
        html += QStringLiteral("<p><b>") +
                m_language
                    .text(Context, QT_TRANSLATE_NOOP("AgreementDocument",
                                                     "Copy for signing on paper. This agreement takes effect "
                                                     "once both parties have signed it "
                                                     "below."))
                    .toHtmlEscaped() +
                QStringLiteral("</b></p>");

    // 1. Parties.
    html += heading(m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "1. The parties")));
    html += parties(m_language, a);

    // 2. Roles, 3. Scope.
    html += heading(
        m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "2. Roles and responsibilities")));
    html +=
        QStringLiteral("<h3>") +
        m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "The practitioner")).toHtmlEscaped() +
        QStringLiteral("</h3><p>") +
        text(terms.practitionerRole,
             m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument",
                                                        "No role was described for the practitioner."))) +
        QStringLiteral("</p>");
    html += QStringLiteral("<h3>") +
            m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "The client")).toHtmlEscaped() +
            QStringLiteral("</h3><p>") +
            text(terms.clientRole,
                 m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument",
                                                            "No role was described for the client."))) +
            QStringLiteral("</p>");
    html += heading(m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "3. Scope of services")));
    html += QStringLiteral("<h3>") +
            m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "What the practice offers"))
                .toHtmlEscaped() +
            QStringLiteral("</h3><p>") +
            text(terms.servicesOffered,
                 m_language.text(Context,
                                 QT_TRANSLATE_NOOP("AgreementDocument", "No services were described."))) +
            QStringLiteral("</p>");
    html +=
        QStringLiteral("<h3>") +
        m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "What the practice does not offer"))
            .toHtmlEscaped() +
        QStringLiteral("</h3><p>") +
        text(terms.servicesNotOffered,
             m_language.text(Context,
                             QT_TRANSLATE_NOOP("AgreementDocument", "No exclusions were described."))) +
        QStringLiteral("</p>");

    // 4. Boundaries.
    html += heading(m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "4. Boundaries")));
    int number = 0;
    for (const Boundary &boundary : m_policy.document.boundaries) {
        ++number;
        const BoundaryDiscussion *discussion = a.discussion(boundary.key);
        html += QStringLiteral("<h3>4.%1 ").arg(number) + boundary.title.toHtmlEscaped() +
                QStringLiteral("</h3><p>") +
                text(boundary.description,
                     m_language.text(Context,
                                     QT_TRANSLATE_NOOP("AgreementDocument", "No description was given."))) +
                QStringLiteral("</p>");
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\">");
        html += row(m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "Appropriate behaviour")),
                    text(boundary.appropriate,
                         m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "Not described."))));
        html += row(m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "If it is crossed")),
                    text(boundary.consequence,
                         m_language.text(
                             Context, QT_TRANSLATE_NOOP("AgreementDocument", "No consequence was stated."))));
        if (!unsigned_ || (discussion && discussion->discussed))
            html += row(
                m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "Discussed with the client")),
                (discussion && discussion->discussed
                     ? m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "Yes"))
                     : m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "No")))
                    .toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    if (!m_policy.document.ladder.isEmpty()) {
        html += QStringLiteral("<h3>") +
                m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "How concerns are handled"))
                    .toHtmlEscaped() +
                QStringLiteral("</h3><ol>");
        for (const LadderStep &step : m_policy.document.ladder)
            html += QStringLiteral("<li><b>") + step.title.toHtmlEscaped() + QStringLiteral("</b> – ") +
                    text(step.description,
                         m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "Not described."))) +
                    QStringLiteral("</li>");
        html += QStringLiteral("</ol>");
    }

    // 5. Communication.
    html += heading(m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "5. Communication")));
    html += QStringLiteral("<h3>") +
            m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "Working hours (%1)"))
                .arg(QString::fromLatin1(zone.id()))
                .toHtmlEscaped() +
            QStringLiteral("</h3><table width=\"60%\" cellspacing=\"0\">");
    for (int weekday = Qt::Monday; weekday <= Qt::Sunday; ++weekday) {
        const WorkingDay day = terms.day(Qt::DayOfWeek(weekday));
        html += row(
            m_language.locale().dayName(weekday),
            day.open
                ? QStringLiteral("%1 – %2").arg(day.start.toString(QStringLiteral("HH:mm")),
                                                day.end.toString(QStringLiteral("HH:mm")))
                : m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "Closed")).toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    html +=
        QStringLiteral("<h3>") +
        m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "Contact channels")).toHtmlEscaped() +
        QStringLiteral("</h3><table width=\"100%\" cellspacing=\"0\"><tr><th>") +
        m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "Channel")).toHtmlEscaped() +
        QStringLiteral("</th><th>") +
        m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "Use")).toHtmlEscaped() +
        QStringLiteral("</th><th>") +
        m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "Response time")).toHtmlEscaped() +
        QStringLiteral("</th></tr>");
    for (ContactChannel channel : ContactChannels::all()) {
        const ChannelTerms channelTerms = terms.channelTerms(channel);
        html += QStringLiteral("<tr><td>") + ContactChannels::label(channel, m_language).toHtmlEscaped() +
                QStringLiteral("</td><td>") +
                (channelTerms.allowed
                     ? m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "Allowed"))
                     : m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "Not used")))
                    .toHtmlEscaped() +
                QStringLiteral("</td><td>") +
                (channelTerms.allowed
                     ? text(channelTerms.responseTime,
                            m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument",
                                                                       "No response time was promised.")))
                     : QStringLiteral("—")) +
                QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");
    html +=
        QStringLiteral("<h3>") +
        m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "Response times")).toHtmlEscaped() +
        QStringLiteral("</h3><p>") +
        text(terms.responseTimes,
             m_language.text(Context,
                             QT_TRANSLATE_NOOP("AgreementDocument", "No response times were described."))) +
        QStringLiteral("</p>");
    html += QStringLiteral("<h3>") +
            m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "Emergencies")).toHtmlEscaped() +
            QStringLiteral("</h3><p>") +
            text(terms.emergencyDefinition,
                 m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument",
                                                            "No definition of an emergency was given."))) +
            QStringLiteral("</p><p>") +
            text(terms.emergencyContact,
                 m_language.text(Context,
                                 QT_TRANSLATE_NOOP("AgreementDocument", "No emergency contact was given."))) +
            QStringLiteral("</p>");

    // 6. Questions and answers.
    html +=
        heading(m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "6. Questions and answers")));
    bool anyQuestion = false;
    for (const Boundary &boundary : m_policy.document.boundaries) {
        const BoundaryDiscussion *discussion = a.discussion(boundary.key);
        if (!discussion ||
            (discussion->questions.trimmed().isEmpty() && discussion->answers.trimmed().isEmpty()))
            continue;
        anyQuestion = true;
        html += QStringLiteral("<h3>") + boundary.title.toHtmlEscaped() +
                QStringLiteral("</h3><table width=\"100%\" cellspacing=\"0\">") +
                row(m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "Question")),
                    text(discussion->questions,
                         m_language.text(
                             Context, QT_TRANSLATE_NOOP("AgreementDocument", "No question was recorded.")))) +
                row(m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "Answer")),
                    text(discussion->answers,
                         m_language.text(
                             Context, QT_TRANSLATE_NOOP("AgreementDocument", "No answer was recorded.")))) +
                QStringLiteral("</table>");
    }
    if (!anyQuestion)
        html += QStringLiteral("<p><i>") +
                m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "No questions were asked."))
                    .toHtmlEscaped() +
                QStringLiteral("</i></p>");

    // 7. Consent and signatures.

    html += signatures(
        m_language, a,
        m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "7. Consent and signatures")),
        unsigned_,
        m_language.text(
            Context,
            QT_TRANSLATE_NOOP(
                "AgreementDocument",
                "This agreement is signed by hand on paper; the signed original is kept by the practice.")));

    // Evidence page.
    html += evidence(
        m_language, a,
        {{m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "Policy version")),
          QString::number(a.policyVersion)},
         {m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "Policy text SHA-256")),
          QStringLiteral("<span class=\"hash\">") +
              text(a.policySha256,
                   m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "Not recorded."))) +
              QStringLiteral("</span>")}},
        unsigned_);
    if (unsigned_)
        html +=
            QStringLiteral("<p><i>") +
            m_language
                .text(Context,
                      QT_TRANSLATE_NOOP(
                          "AgreementDocument",
                          "This is an unsigned copy for signing on paper; it is not the signed agreement."))
                .toHtmlEscaped() +
            QStringLiteral("</i></p>");
    return html + closing();
}

std::unique_ptr<QTextDocument> AgreementDocument::textDocument() const {
    return DocumentParts::textDocument(html(), title(), m_agreement.terms, &m_agreement);
}

Result<QByteArray> AgreementDocument::renderPdf() const {
    return renderSigned(
        m_language, html(), title(), m_agreement,
        m_language.text(Context, QT_TRANSLATE_NOOP("AgreementDocument", "Boundary agreement")), m_copy,
        &m_pageCount);
}

} // namespace bk
