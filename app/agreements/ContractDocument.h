// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/agreements/Contract.h"
#include "app/agreements/DocumentParts.h"
#include "app/common/DocumentLanguage.h"
#include "app/common/Result.h"

#include <QByteArray>
#include <QString>
#include <memory>

class QTextDocument;

namespace bk {

/// The printable behavioural contract, built from the same parts as the boundary agreement (letterhead,
/// signatures, evidence page, PDF/A-1b with the document ID in the footer and the title): the parties, why
/// the contract is made, appropriate behaviour, the replacement behaviour, the measurable goals, the
/// consequences and the review date, consent and both signatures, then the evidence page.
///
/// Rendering needs a QGuiApplication (fonts); a command-line tool can run one with QT_QPA_PLATFORM=offscreen.
class ContractDocument {
public:
    using Copy = DocumentParts::SignedCopy;

    explicit ContractDocument(const Contract &contract, Copy copy = Copy::Signed);

    /// The PDF title: "Behavioural contract – client – practice (document ID)".
    QString title() const;
    /// The document as rich text with the logo and signature images as resources, for a review page.
    std::unique_ptr<QTextDocument> textDocument() const;
    /// The PDF bytes (A4 or US Letter as the contract's terms say).
    Result<QByteArray> renderPdf() const;
    /// How many pages the last renderPdf() produced, 0 before.
    int pageCount() const { return m_pageCount; }

private:
    QString html() const;

    Contract m_contract;
    Copy m_copy;
    DocumentLanguage m_language; ///< the contract's
    mutable int m_pageCount = 0;
};

} // namespace bk
