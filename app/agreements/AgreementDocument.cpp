// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/AgreementDocument.h"

#include "app/agreements/DocumentParts.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextDocument>

namespace bk {

using namespace DocumentParts;

namespace {

// lupdate files these messages under "AgreementDocument", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(AgreementDocument)
};

} // namespace

AgreementDocument::AgreementDocument(const Agreement &agreement, const PolicyVersion &policy, Copy copy)
    : m_agreement(agreement)
    , m_policy(policy)
    , m_copy(copy) {}

QString AgreementDocument::title() const {
    return Tr::tr("Boundary agreement – %1 – %2 (document %3)")
        .arg(m_agreement.clientName, m_agreement.terms.name, m_agreement.documentId);
}

QString AgreementDocument::html() const {
    const Agreement &a = m_agreement;
    const PracticeProfile &terms = a.terms;
    const QTimeZone zone = DocumentParts::zone(terms);
    const bool unsigned_ = m_copy == Copy::UnsignedForPaper;

    QString html = opening(terms, Tr::tr("Boundary agreement"));
    html +=
        QStringLiteral("<p class=\"muted\">") +
        Tr::tr("Policy version %1 · Document ID %2").arg(a.policyVersion).arg(a.documentId).toHtmlEscaped() +
        QStringLiteral("</p>");
    if (unsigned_)
        html +=
            QStringLiteral("<p><b>") +
            Tr::tr("Copy for signing on paper. This agreement takes effect once both parties have signed it "
                   "below.")
                .toHtmlEscaped() +
            QStringLiteral("</b></p>");

    // 1. Parties.
    html += heading(Tr::tr("1. The parties"));
    html += parties(a);

    // 2. Roles, 3. Scope.
    html += heading(Tr::tr("2. Roles and responsibilities"));
    html += QStringLiteral("<h3>") + Tr::tr("The practitioner").toHtmlEscaped() + QStringLiteral("</h3><p>") +
            text(terms.practitionerRole, Tr::tr("No role was described for the practitioner.")) +
            QStringLiteral("</p>");
    html += QStringLiteral("<h3>") + Tr::tr("The client").toHtmlEscaped() + QStringLiteral("</h3><p>") +
            text(terms.clientRole, Tr::tr("No role was described for the client.")) + QStringLiteral("</p>");
    html += heading(Tr::tr("3. Scope of services"));
    html += QStringLiteral("<h3>") + Tr::tr("What the practice offers").toHtmlEscaped() +
            QStringLiteral("</h3><p>") + text(terms.servicesOffered, Tr::tr("No services were described.")) +
            QStringLiteral("</p>");
    html += QStringLiteral("<h3>") + Tr::tr("What the practice does not offer").toHtmlEscaped() +
            QStringLiteral("</h3><p>") +
            text(terms.servicesNotOffered, Tr::tr("No exclusions were described.")) + QStringLiteral("</p>");

    // 4. Boundaries.
    html += heading(Tr::tr("4. Boundaries"));
    int number = 0;
    for (const Boundary &boundary : m_policy.document.boundaries) {
        ++number;
        const BoundaryDiscussion *discussion = a.discussion(boundary.key);
        html += QStringLiteral("<h3>4.%1 ").arg(number) + boundary.title.toHtmlEscaped() +
                QStringLiteral("</h3><p>") + text(boundary.description, Tr::tr("No description was given.")) +
                QStringLiteral("</p>");
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\">");
        html += row(Tr::tr("Appropriate behaviour"), text(boundary.appropriate, Tr::tr("Not described.")));
        html +=
            row(Tr::tr("If it is crossed"), text(boundary.consequence, Tr::tr("No consequence was stated.")));
        if (!unsigned_ || (discussion && discussion->discussed))
            html += row(Tr::tr("Discussed with the client"),
                        (discussion && discussion->discussed ? Tr::tr("Yes") : Tr::tr("No")).toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    if (!m_policy.document.ladder.isEmpty()) {
        html += QStringLiteral("<h3>") + Tr::tr("How concerns are handled").toHtmlEscaped() +
                QStringLiteral("</h3><ol>");
        for (const LadderStep &step : m_policy.document.ladder)
            html += QStringLiteral("<li><b>") + step.title.toHtmlEscaped() + QStringLiteral("</b> – ") +
                    text(step.description, Tr::tr("Not described.")) + QStringLiteral("</li>");
        html += QStringLiteral("</ol>");
    }

    // 5. Communication.
    html += heading(Tr::tr("5. Communication"));
    html += QStringLiteral("<h3>") +
            Tr::tr("Working hours (%1)").arg(QString::fromLatin1(zone.id())).toHtmlEscaped() +
            QStringLiteral("</h3><table width=\"60%\" cellspacing=\"0\">");
    for (int weekday = Qt::Monday; weekday <= Qt::Sunday; ++weekday) {
        const WorkingDay day = terms.day(Qt::DayOfWeek(weekday));
        html += row(QLocale().dayName(weekday),
                    day.open ? QStringLiteral("%1 – %2").arg(day.start.toString(QStringLiteral("HH:mm")),
                                                             day.end.toString(QStringLiteral("HH:mm")))
                             : Tr::tr("Closed").toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h3>") + Tr::tr("Contact channels").toHtmlEscaped() +
            QStringLiteral("</h3><table width=\"100%\" cellspacing=\"0\"><tr><th>") +
            Tr::tr("Channel").toHtmlEscaped() + QStringLiteral("</th><th>") + Tr::tr("Use").toHtmlEscaped() +
            QStringLiteral("</th><th>") + Tr::tr("Response time").toHtmlEscaped() +
            QStringLiteral("</th></tr>");
    for (ContactChannel channel : ContactChannels::all()) {
        const ChannelTerms channelTerms = terms.channelTerms(channel);
        html +=
            QStringLiteral("<tr><td>") + ContactChannels::label(channel).toHtmlEscaped() +
            QStringLiteral("</td><td>") +
            (channelTerms.allowed ? Tr::tr("Allowed") : Tr::tr("Not used")).toHtmlEscaped() +
            QStringLiteral("</td><td>") +
            (channelTerms.allowed ? text(channelTerms.responseTime, Tr::tr("No response time was promised."))
                                  : QStringLiteral("—")) +
            QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h3>") + Tr::tr("Response times").toHtmlEscaped() + QStringLiteral("</h3><p>") +
            text(terms.responseTimes, Tr::tr("No response times were described.")) + QStringLiteral("</p>");
    html += QStringLiteral("<h3>") + Tr::tr("Emergencies").toHtmlEscaped() + QStringLiteral("</h3><p>") +
            text(terms.emergencyDefinition, Tr::tr("No definition of an emergency was given.")) +
            QStringLiteral("</p><p>") +
            text(terms.emergencyContact, Tr::tr("No emergency contact was given.")) + QStringLiteral("</p>");

    // 6. Questions and answers.
    html += heading(Tr::tr("6. Questions and answers"));
    bool anyQuestion = false;
    for (const Boundary &boundary : m_policy.document.boundaries) {
        const BoundaryDiscussion *discussion = a.discussion(boundary.key);
        if (!discussion ||
            (discussion->questions.trimmed().isEmpty() && discussion->answers.trimmed().isEmpty()))
            continue;
        anyQuestion = true;
        html += QStringLiteral("<h3>") + boundary.title.toHtmlEscaped() +
                QStringLiteral("</h3><table width=\"100%\" cellspacing=\"0\">") +
                row(Tr::tr("Question"), text(discussion->questions, Tr::tr("No question was recorded."))) +
                row(Tr::tr("Answer"), text(discussion->answers, Tr::tr("No answer was recorded."))) +
                QStringLiteral("</table>");
    }
    if (!anyQuestion)
        html += QStringLiteral("<p><i>") + Tr::tr("No questions were asked.").toHtmlEscaped() +
                QStringLiteral("</i></p>");

    // 7. Consent and signatures.
    html += heading(Tr::tr("7. Consent and signatures"), true);
    html += signatures(
        a, unsigned_,
        Tr::tr("This agreement is signed by hand on paper; the signed original is kept by the practice."));

    // Evidence page.
    html += evidence(a,
                     {{Tr::tr("Policy version"), QString::number(a.policyVersion)},
                      {Tr::tr("Policy text SHA-256"), QStringLiteral("<span class=\"hash\">") +
                                                          text(a.policySha256, Tr::tr("Not recorded.")) +
                                                          QStringLiteral("</span>")}},
                     unsigned_);
    if (unsigned_)
        html += QStringLiteral("<p><i>") +
                Tr::tr("This is an unsigned copy for signing on paper; it is not the signed agreement.")
                    .toHtmlEscaped() +
                QStringLiteral("</i></p>");
    return html + closing();
}

std::unique_ptr<QTextDocument> AgreementDocument::textDocument() const {
    return DocumentParts::textDocument(html(), title(), m_agreement.terms, &m_agreement);
}

Result<QByteArray> AgreementDocument::renderPdf() const {
    return renderSigned(html(), title(), m_agreement, Tr::tr("Boundary agreement"), m_copy, &m_pageCount);
}

} // namespace bk
