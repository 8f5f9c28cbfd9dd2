// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"

#include <QDialog>

class QLabel;

namespace bk {

/// Says whether a PDF is an unaltered signed agreement from this database (and which one), an altered
/// copy of one, or unknown, with the reason.
class VerificationDialog : public QDialog {
    Q_OBJECT
public:
    enum class Verdict { Match, Altered, Unknown, Failed };

    /// Verifies the file at `path` against `database` and shows the outcome.
    VerificationDialog(OpenPractice database, const QString &path, QWidget *parent = nullptr);

    Verdict verdict() const { return m_verdict; }
    QString headline() const;
    QString details() const;
    /// Why the verdict is what it is (or why the file could not be verified), in plain text.
    QString reason() const { return m_reason; }

private:
    Verdict m_verdict = Verdict::Failed;
    QString m_reason;
    QLabel *m_headline = nullptr;
    QLabel *m_details = nullptr;
};

} // namespace bk
