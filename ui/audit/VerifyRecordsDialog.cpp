// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/audit/VerifyRecordsDialog.h"

#include "app/audit/AuditWorker.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBox.h"
#include "ui/help/ContextHelp.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace bk {

VerifyRecordsDialog::VerifyRecordsDialog(const QString &location, QWidget *parent)
    : QDialog(parent)
    , m_location(location)
    , m_worker(new AuditWorker(this)) {
    setObjectName(QStringLiteral("verifyRecordsDialog"));
    ContextHelp::setTopic(this, HelpTopic::VerifyRecords);
    setWindowTitle(tr("Verify records"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("verifyStatusLabel"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("verifyProgressBar"));
    m_problems = new QPlainTextEdit(this);
    m_problems->setObjectName(QStringLiteral("verifyProblemsPlainTextEdit"));
    m_problems->setReadOnly(true);
    m_problems->hide();
    auto *buttons = new QDialogButtonBox(this);
    m_againstFile = buttons->addButton(tr("Check against a &file…"), QDialogButtonBox::ActionRole);
    m_againstFile->setObjectName(QStringLiteral("verifyAgainstFilePushButton"));
    m_againstFile->setToolTip(tr("Check the trail against the head noted in a signed agreement or contract "
                                 "(its PDF) or in a backup."));
    connect(m_againstFile, &QPushButton::clicked, this, &VerifyRecordsDialog::checkAgainstFile);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("verifyCancelPushButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("verifyClosePushButton"));
    connect(m_cancel, &QPushButton::clicked, m_worker, &AuditWorker::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    resize(560, 200);

    connect(m_worker, &AuditWorker::progress, this, &VerifyRecordsDialog::showProgress);
    connect(m_worker, &AuditWorker::finished, this, &VerifyRecordsDialog::showOutcome);
    check();
}

void VerifyRecordsDialog::check() {
    m_status->setText(tr("Checking the audit trail and every record against it…"));
    m_progress->setRange(0, 0);
    m_problems->hide();
    m_againstFile->setEnabled(false);
    m_cancel->setEnabled(true);
    m_close->setEnabled(false);
    m_worker->start(m_location, m_anchors);
}

void VerifyRecordsDialog::checkAgainstFile() {
    const QString file = FileDialogs::openFile(
        this, QStringLiteral("verifyAgainstFileDialog"), tr("Check against a signed document or a backup"),
        {tr("Signed documents and backups (*.pdf *.sqlite *.bkenc *.pgdump)"), tr("All files (*)")});
    if (file.isEmpty())
        return;
    const Result<AuditTrail::Anchor> anchor = AuditTrail::anchorIn(file);
    if (!anchor) {
        MessageBox::inform(this, tr("Verify records"), anchor.error().message, MessageBox::Kind::Warning, {},
                           anchor.error().details);
        return;
    }
    m_anchors.append(anchor.value());
    check();
}

VerifyRecordsDialog::~VerifyRecordsDialog() = default;

void VerifyRecordsDialog::showProgress(qint64 done, qint64 total) {
    // The bar counts in thousandths, as a million events do not fit in its int.
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
}

void VerifyRecordsDialog::showOutcome(bool checked, bool intact, const QString &summary,
                                      const QStringList &problems) {
    m_progress->setRange(0, 1000);
    m_progress->setValue(checked ? 1000 : 0);
    QStringList lines{summary};
    if (checked && intact) {
        for (const AuditTrail::Anchor &anchor : std::as_const(m_anchors))
            lines.append(tr("The trail holds the head noted %1.").arg(anchor.where));
    }
    m_status->setText(lines.join(QLatin1Char('\n')));
    m_problems->setPlainText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    if (checked && !intact)
        resize(width(), 380);
    m_againstFile->setEnabled(true);
    m_cancel->setEnabled(false);
    m_close->setEnabled(true);
    m_close->setDefault(true);
}

} // namespace bk
