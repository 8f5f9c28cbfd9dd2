// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/ContractDocument.h"

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
const char *const Context = "ContractDocument";

struct Message {
    const char *source;
    const char *disambiguation;
};

// The long date in the document's language, with its month names (QLocale of that language).
QString longDate(const DocumentLanguage &language, const QDate &date) {
    static constexpr Message Format =
        QT_TRANSLATE_NOOP3("ContractDocument", "d MMMM yyyy", "date format (QLocale): day, month name, year");
    return date.isValid() ? language.locale().toString(
                                date, language.text(Context, Format.source, Format.disambiguation))
                          : language.text(Context, QT_TRANSLATE_NOOP("ContractDocument", "Not set"));
}

} // namespace

ContractDocument::ContractDocument(const Contract &contract, Copy copy)
    : m_contract(contract)
    , m_copy(copy)
    , m_language(contract.language) {}

QString ContractDocument::title() const {
    return m_language
        .text(Context, QT_TRANSLATE_NOOP("ContractDocument", "Behavioural contract – %1 – %2 (document %3)"))
        .arg(m_contract.clientName, m_contract.terms.name, m_contract.documentId);
}

QString ContractDocument::html() const {
    const Contract &c = m_contract;
    const BehaviouralContract &content = c.content;
    const bool unsignedCopy = m_copy == Copy::UnsignedForPaper;

    QString html =
        opening(m_language, c.terms,
                m_language.text(Context, QT_TRANSLATE_NOOP("ContractDocument", "Behavioural contract")));
    html += QStringLiteral("<p class=\"muted\">") +
            m_language.text(Context, QT_TRANSLATE_NOOP("ContractDocument", "Document ID %1 · Review date %2"))
                .arg(c.documentId, longDate(m_language, content.reviewDate))
                .toHtmlEscaped() +
            QStringLiteral("</p>");
    if (unsignedCopy)
        html += QStringLiteral("<p><b>") +
                m_language
                    .text(Context, QT_TRANSLATE_NOOP("ContractDocument",
                                                     "Copy for signing on paper. This contract takes effect "
                                                     "once both parties have signed it "
                                                     "below."))
                    .toHtmlEscaped() +
                QStringLiteral("</b></p>");

    html += heading(m_language.text(Context, QT_TRANSLATE_NOOP("ContractDocument", "1. The parties"))) +
            parties(m_language, c);
    html +=
        heading(
            m_language.text(Context, QT_TRANSLATE_NOOP("ContractDocument", "2. Why we make this contract"))) +
        paragraph(c.background, m_language.text(Context, QT_TRANSLATE_NOOP("ContractDocument",
                                                                           "No background was recorded.")));
    html +=
        heading(m_language.text(Context, QT_TRANSLATE_NOOP("ContractDocument", "3. Appropriate behaviour"))) +
        paragraph(content.appropriate,
                  m_language.text(Context, QT_TRANSLATE_NOOP("ContractDocument",
                                                             "No appropriate behaviour was described.")));
    html += heading(m_language.text(Context,
                                    QT_TRANSLATE_NOOP("ContractDocument", "4. The replacement behaviour"))) +
            paragraph(content.replacement,
                      m_language.text(Context, QT_TRANSLATE_NOOP("ContractDocument",
                                                                 "No replacement behaviour was described.")));
    html += heading(m_language.text(Context, QT_TRANSLATE_NOOP("ContractDocument", "5. Measurable goals")));
    QStringList goals;
    for (const QString &goal : content.measurableGoals) {
        if (!goal.trimmed().isEmpty())
            goals.append(QStringLiteral("<li>") + text(goal, {}) + QStringLiteral("</li>"));
    }
    html += goals.isEmpty()
                ? paragraph({}, m_language.text(Context, QT_TRANSLATE_NOOP("ContractDocument",
                                                                           "No measurable goals were set.")))
                : QStringLiteral("<ol>") + goals.join(QString()) + QStringLiteral("</ol>");
    html += heading(m_language.text(Context, QT_TRANSLATE_NOOP("ContractDocument", "6. Consequences"))) +
            paragraph(content.consequences,
                      m_language.text(Context,
                                      QT_TRANSLATE_NOOP("ContractDocument", "No consequences were stated.")));
    html += heading(m_language.text(Context, QT_TRANSLATE_NOOP("ContractDocument", "7. Review"))) +
            QStringLiteral("<p>") +
            (content.reviewDate.isValid()
                 ? m_language
                       .text(Context, QT_TRANSLATE_NOOP("ContractDocument",
                                                        "We review this contract together on %1: how each "
                                                        "goal went, and what comes next."))
                       .arg(longDate(m_language, content.reviewDate))
                 : m_language.text(Context, QT_TRANSLATE_NOOP("ContractDocument", "No review date was set.")))
                .toHtmlEscaped() +
            QStringLiteral("</p>");

    html += signatures(
        m_language, c,
        m_language.text(Context, QT_TRANSLATE_NOOP("ContractDocument", "8. Consent and signatures")),
        unsignedCopy,
        m_language.text(
            Context,
            QT_TRANSLATE_NOOP(
                "ContractDocument",
                "This contract is signed by hand on paper; the signed original is kept by the practice.")));

    html += evidence(
        m_language, c,
        {{m_language.text(Context, QT_TRANSLATE_NOOP("ContractDocument", "Incident")),
          c.incidentId > 0
              ? QString::number(c.incidentId)
              : text({}, m_language.text(Context, QT_TRANSLATE_NOOP("ContractDocument", "Not recorded.")))},
         {m_language.text(Context, QT_TRANSLATE_NOOP("ContractDocument", "Review date")),
          longDate(m_language, content.reviewDate).toHtmlEscaped()},
         {m_language.text(Context, QT_TRANSLATE_NOOP("ContractDocument", "Contract text SHA-256")),
          QStringLiteral("<span class=\"hash\">") + c.contentSha256() + QStringLiteral("</span>")}},
        unsignedCopy);
    if (unsignedCopy)
        html +=
            QStringLiteral("<p><i>") +
            m_language
                .text(Context,
                      QT_TRANSLATE_NOOP(
                          "ContractDocument",
                          "This is an unsigned copy for signing on paper; it is not the signed contract."))
                .toHtmlEscaped() +
            QStringLiteral("</i></p>");
    return html + closing();
}

std::unique_ptr<QTextDocument> ContractDocument::textDocument() const {
    return DocumentParts::textDocument(html(), title(), m_contract.terms, &m_contract);
}

Result<QByteArray> ContractDocument::renderPdf() const {
    return renderSigned(
        m_language, html(), title(), m_contract,
        m_language.text(Context, QT_TRANSLATE_NOOP("ContractDocument", "Behavioural contract")), m_copy,
        &m_pageCount);
}

} // namespace bk
