// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/onboarding/VerificationDialog.h"

#include "app/agreements/AgreementVerifier.h"
#include "app/common/Clock.h"
#include "app/common/StatusColors.h"
#include "ui/common/StatusPalette.h"
#include "ui/help/ContextHelp.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QVBoxLayout>

namespace bk {

VerificationDialog::VerificationDialog(OpenPractice database, const QString &path, QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("verificationDialog"));
    ContextHelp::setTopic(this, HelpTopic::EvidencePage);
    setWindowTitle(tr("Verify a PDF – %1").arg(QFileInfo(path).fileName()));

    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("verificationHeadlineLabel"));
    QFont large = m_headline->font();
    large.setPointSizeF(large.pointSizeF() * 1.35);
    large.setBold(true);
    m_headline->setFont(large);
    m_headline->setWordWrap(true);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("verificationDetailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxCritical;
    StatusColors::Status status = StatusColors::Status::Alert;
    const Result<VerificationResult> verified = AgreementVerifier(database).verifyFile(path);
    QString html;
    if (!verified) {
        m_verdict = Verdict::Failed;
        m_headline->setText(tr("The file could not be verified"));
        m_reason = verified.error().message;
        html = QStringLiteral("<p>%1</p>").arg(m_reason.toHtmlEscaped());
    } else {
        const VerificationResult &result = verified.value();
        switch (result.outcome) {
        case VerificationResult::Outcome::Match:
            m_verdict = Verdict::Match;
            icon = QStyle::SP_DialogApplyButton;
            status = StatusColors::Status::Success;
            m_headline->setText(tr("Unaltered agreement from these records"));
            break;
        case VerificationResult::Outcome::Altered:
            m_verdict = Verdict::Altered;
            m_headline->setText(tr("Altered: this is not the PDF that was signed"));
            break;
        case VerificationResult::Outcome::Unknown:
            m_verdict = Verdict::Unknown;
            icon = QStyle::SP_MessageBoxWarning;
            status = StatusColors::Status::Caution;
            m_headline->setText(tr("Unknown: not an agreement from these records"));
            break;
        }
        m_reason = result.reason;
        html =
            QStringLiteral("<p>%1</p><table cellspacing='0' cellpadding='3'>").arg(m_reason.toHtmlEscaped());
        const auto row = [&html](const QString &label, const QString &value) {
            html +=
                QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label, value.toHtmlEscaped());
        };
        if (result.agreement) {
            const AgreementSummary &agreement = *result.agreement;
            row(tr("Client:"), agreement.clientName);
            row(tr("Document ID:"), agreement.documentId);
            row(tr("Policy version:"), QString::number(agreement.policyVersion));
            row(tr("Signed:"), agreement.signedAt.isValid()
                                   ? Clock::withZone(QLocale().toString(Clock::toLocal(agreement.signedAt),
                                                                        QLocale::LongFormat))
                                   : tr("Not signed"));
        }
        row(tr("File:"), QDir::toNativeSeparators(path));
        row(tr("SHA-256 of the file:"), result.sha256);
        html += QStringLiteral("</table>");
    }
    setStatusColor(m_headline, status);
    m_details->setText(html);

    auto *iconLabel = new QLabel(this);
    iconLabel->setObjectName(QStringLiteral("verificationIconLabel"));
    iconLabel->setPixmap(style()->standardIcon(icon).pixmap(48, 48));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("dialogButtonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->addWidget(iconLabel, 0, 0, 2, 1, Qt::AlignTop);
    grid->addWidget(m_headline, 0, 1);
    grid->addWidget(m_details, 1, 1);
    grid->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid, 1);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

QString VerificationDialog::headline() const {
    return m_headline->text();
}

QString VerificationDialog::details() const {
    return m_details->text();
}

} // namespace bk
