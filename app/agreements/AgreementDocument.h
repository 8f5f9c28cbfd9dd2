// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/agreements/Agreement.h"
#include "app/agreements/DocumentParts.h"
#include "app/common/DocumentLanguage.h"
#include "app/common/Result.h"

#include <QByteArray>
#include <QString>
#include <memory>

class QTextDocument;

namespace bk {

/// The printable boundary agreement: built as a QTextDocument and written as PDF/A-1b with QPdfWriter,
/// without Widgets, so the wizard's review page, printing, the PDF and the command line all show the same
/// document.
///
/// Pages: the parties, roles, scope, every boundary with its consequence, the communication terms, the
/// client's questions and answers, consent and both signatures, then an evidence page (document ID, policy
/// version and text hash, signature methods, the timeline in UTC and the practice's time zone, workstation
/// and OS user). Every page's footer carries the document ID and "Page X of Y"; the PDF's title carries
/// the document ID too, so AgreementVerifier can recognise an altered copy.
///
/// Rendering needs a QGuiApplication (fonts); a command-line tool can run one with QT_QPA_PLATFORM=offscreen.
class AgreementDocument {
public:
    using Copy = DocumentParts::SignedCopy;

    /// `policy` must be the version the agreement was made on (its boundaries are printed, in the agreement's
    /// language where the version has it).
    AgreementDocument(const Agreement &agreement, const PolicyVersion &policy, Copy copy = Copy::Signed);

    /// The PDF title: "Boundary agreement – client – practice (document ID)".
    QString title() const;
    /// The document as rich text, with the logo and signature images as resources: what the review page
    /// shows. Laid out for the screen; renderPdf() lays it out again for the page.
    std::unique_ptr<QTextDocument> textDocument() const;
    /// The PDF bytes (A4 or US Letter as the agreement's terms say).
    Result<QByteArray> renderPdf() const;
    /// How many pages the last renderPdf() produced, 0 before.
    int pageCount() const { return m_pageCount; }

private:
    QString html() const;

    Agreement m_agreement;
    PolicyVersion m_policy;
    Copy m_copy;
    DocumentLanguage m_language; ///< the agreement's: headings, fixed sentences, dates and the policy texts
    mutable int m_pageCount = 0;
};

} // namespace bk
