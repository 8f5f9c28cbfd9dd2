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

QString tr(const char *text) {
    return QCoreApplication::translate("ContractDocument", text);
}

QString longDate(const QDate &date) {
    return date.isValid() ? QLocale::c().toString(date, QStringLiteral("d MMMM yyyy")) : tr("Not set");
}

} // namespace

ContractDocument::ContractDocument(const Contract &contract, Copy copy)
    : m_contract(contract)
    , m_copy(copy) {}

QString ContractDocument::title() const {
    return tr("Behavioural contract – %1 – %2 (document %3)")
        .arg(m_contract.clientName, m_contract.terms.name, m_contract.documentId);
}

QString ContractDocument::html() const {
    const Contract &c = m_contract;
    const BehaviouralContract &content = c.content;
    const bool unsignedCopy = m_copy == Copy::UnsignedForPaper;

    QString html = opening(c.terms, tr("Behavioural contract"));
    html += QStringLiteral("<p class=\"muted\">") +
            tr("Document ID %1 · Review date %2")
                .arg(c.documentId, longDate(content.reviewDate))
                .toHtmlEscaped() +
            QStringLiteral("</p>");
    if (unsignedCopy)
        html += QStringLiteral("<p><b>") +
                tr("Copy for signing on paper. This contract takes effect once both parties have signed it "
                   "below.")
                    .toHtmlEscaped() +
                QStringLiteral("</b></p>");

    html += heading(tr("1. The parties")) + parties(c);
    html += heading(tr("2. Why we make this contract")) +
            paragraph(c.background, tr("No background was recorded."));
    html += heading(tr("3. Appropriate behaviour")) +
            paragraph(content.appropriate, tr("No appropriate behaviour was described."));
    html += heading(tr("4. The replacement behaviour")) +
            paragraph(content.replacement, tr("No replacement behaviour was described."));
    html += heading(tr("5. Measurable goals"));
    QStringList goals;
    for (const QString &goal : content.measurableGoals) {
        if (!goal.trimmed().isEmpty())
            goals.append(QStringLiteral("<li>") + text(goal, {}) + QStringLiteral("</li>"));
    }
    html += goals.isEmpty() ? paragraph({}, tr("No measurable goals were set."))
                            : QStringLiteral("<ol>") + goals.join(QString()) + QStringLiteral("</ol>");
    html +=
        heading(tr("6. Consequences")) + paragraph(content.consequences, tr("No consequences were stated."));
    html += heading(tr("7. Review")) + QStringLiteral("<p>") +
            (content.reviewDate.isValid()
                 ? tr("We review this contract together on %1: how each goal went, and what comes next.")
                       .arg(longDate(content.reviewDate))
                 : tr("No review date was set."))
                .toHtmlEscaped() +
            QStringLiteral("</p>");

    html += heading(tr("8. Consent and signatures"), true);
    html += signatures(
        c, unsignedCopy,
        tr("This contract is signed by hand on paper; the signed original is kept by the practice."));

    html += evidence(
        c,
        {{tr("Incident"), c.incidentId > 0 ? QString::number(c.incidentId) : text({}, tr("Not recorded."))},
         {tr("Review date"), longDate(content.reviewDate).toHtmlEscaped()},
         {tr("Contract text SHA-256"),
          QStringLiteral("<span class=\"hash\">") + c.contentSha256() + QStringLiteral("</span>")}},
        unsignedCopy);
    if (unsignedCopy)
        html += QStringLiteral("<p><i>") +
                tr("This is an unsigned copy for signing on paper; it is not the signed contract.")
                    .toHtmlEscaped() +
                QStringLiteral("</i></p>");
    return html + closing();
}

std::unique_ptr<QTextDocument> ContractDocument::textDocument() const {
    return DocumentParts::textDocument(html(), title(), m_contract.terms, &m_contract);
}

Result<QByteArray> ContractDocument::renderPdf() const {
    return renderSigned(html(), title(), m_contract, tr("Behavioural contract"), m_copy, &m_pageCount);
}

} // namespace bk
