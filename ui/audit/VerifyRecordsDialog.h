// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/audit/AuditTrail.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace bk {

class AuditWorker;

/// Help ▸ Verify records: checks the audit trail of the open practice off the GUI thread, with progress, and
/// shows what is broken (or that everything is intact). The check can be run again against the head noted in
/// a signed document or a backup the user picks.
class VerifyRecordsDialog : public QDialog {
    Q_OBJECT
public:
    /// Starts checking the practice at `location` at once.
    explicit VerifyRecordsDialog(const QString &location, QWidget *parent = nullptr);
    ~VerifyRecordsDialog() override;

private:
    void check();
    /// Asks for a signed PDF or a backup and checks the trail again against the head it notes.
    void checkAgainstFile();
    void showProgress(qint64 done, qint64 total);
    void showOutcome(bool checked, bool intact, const QString &summary, const QStringList &problems);

    const QString m_location;
    QList<AuditTrail::Anchor> m_anchors;
    AuditWorker *m_worker = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_problems = nullptr;
    QPushButton *m_againstFile = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace bk
