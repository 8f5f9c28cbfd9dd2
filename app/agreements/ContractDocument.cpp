// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/ContractDocument.h"

#include "app/agreements/DocumentParts.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextDocument>

namespace bk {

using namespace DocumentParts;

namespace {

// lupdate files these messages under "ContractDocument", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(ContractDocument)
};

QString longDate(const QDate &date) {
    return date.isValid() ? QLocale().toString(
                                date, Tr::tr("d MMMM yyyy", "date format (QLocale): day, month name, year"))
                          : Tr::tr("Not set");
}

} // namespace

ContractDocument::ContractDocument(const Contract &contract, Copy copy)
    : m_contract(contract)
    , m_copy(copy) {}

QString ContractDocument::title() const {
    return Tr::tr("Behavioural contract – %1 – %2 (document %3)")
        .arg(m_contract.clientName, m_contract.terms.name, m_contract.documentId);
}

QString ContractDocument::html() const {
    const Contract &c = m_contract;
    const BehaviouralContract &content = c.content;
    const bool unsignedCopy = m_copy == Copy::UnsignedForPaper;

    QString html = opening(c.terms, Tr::tr("Behavioural contract"));
    html += QStringLiteral("<p class=\"muted\">") +
            Tr::tr("Document ID %1 · Review date %2")
                .arg(c.documentId, longDate(content.reviewDate))
                .toHtmlEscaped() +
            QStringLiteral("</p>");
    if (unsignedCopy)
        html +=
            QStringLiteral("<p><b>") +
            Tr::tr("Copy for signing on paper. This contract takes effect once both parties have signed it "
                   "below.")
                .toHtmlEscaped() +
            QStringLiteral("</b></p>");

    html += heading(Tr::tr("1. The parties")) + parties(c);
    html += heading(Tr::tr("2. Why we make this contract")) +
            paragraph(c.background, Tr::tr("No background was recorded."));
    html += heading(Tr::tr("3. Appropriate behaviour")) +
            paragraph(content.appropriate, Tr::tr("No appropriate behaviour was described."));
    html += heading(Tr::tr("4. The replacement behaviour")) +
            paragraph(content.replacement, Tr::tr("No replacement behaviour was described."));
    html += heading(Tr::tr("5. Measurable goals"));
    QStringList goals;
    for (const QString &goal : content.measurableGoals) {
        if (!goal.trimmed().isEmpty())
            goals.append(QStringLiteral("<li>") + text(goal, {}) + QStringLiteral("</li>"));
    }
    html += goals.isEmpty() ? paragraph({}, Tr::tr("No measurable goals were set."))
                            : QStringLiteral("<ol>") + goals.join(QString()) + QStringLiteral("</ol>");
    html += heading(Tr::tr("6. Consequences")) +
            paragraph(content.consequences, Tr::tr("No consequences were stated."));
    html += heading(Tr::tr("7. Review")) + QStringLiteral("<p>") +
            (content.reviewDate.isValid()
                 ? Tr::tr("We review this contract together on %1: how each goal went, and what comes next.")
                       .arg(longDate(content.reviewDate))
                 : Tr::tr("No review date was set."))
                .toHtmlEscaped() +
            QStringLiteral("</p>");

    html += heading(Tr::tr("8. Consent and signatures"), true);
    html += signatures(
        c, unsignedCopy,
        Tr::tr("This contract is signed by hand on paper; the signed original is kept by the practice."));

    html += evidence(c,
                     {{Tr::tr("Incident"),
                       c.incidentId > 0 ? QString::number(c.incidentId) : text({}, Tr::tr("Not recorded."))},
                      {Tr::tr("Review date"), longDate(content.reviewDate).toHtmlEscaped()},
                      {Tr::tr("Contract text SHA-256"), QStringLiteral("<span class=\"hash\">") +
                                                            c.contentSha256() + QStringLiteral("</span>")}},
                     unsignedCopy);
    if (unsignedCopy)
        html += QStringLiteral("<p><i>") +
                Tr::tr("This is an unsigned copy for signing on paper; it is not the signed contract.")
                    .toHtmlEscaped() +
                QStringLiteral("</i></p>");
    return html + closing();
}

std::unique_ptr<QTextDocument> ContractDocument::textDocument() const {
    return DocumentParts::textDocument(html(), title(), m_contract.terms, &m_contract);
}

Result<QByteArray> ContractDocument::renderPdf() const {
    return renderSigned(html(), title(), m_contract, Tr::tr("Behavioural contract"), m_copy, &m_pageCount);
}

} // namespace bk
