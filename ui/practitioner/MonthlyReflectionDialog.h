// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"
#include "app/practitioner/ReflectionService.h"

#include <QDate>
#include <QDialog>
#include <QList>

class QPlainTextEdit;
class QTextBrowser;

namespace bk {

class NoticeBar;

/// The monthly reflection: what the month looked like from the practitioner's side (their own lapses,
/// contacts they initiated out of hours, clients with repeated incidents, disclosure checks taken) and a few
/// questions to answer in a few lines. Saving records the answers; "Skip this month" records the month as
/// skipped. Private, like every reflection entry.
class MonthlyReflectionDialog : public QDialog {
    Q_OBJECT
public:
    /// The reflection on the month holding `month`, with the answers recorded for it, if any.
    MonthlyReflectionDialog(OpenPractice database, const QDate &month, QWidget *parent = nullptr);

    /// Records the answers; with a problem the dialog stays open and keeps them.
    void accept() override;

    /// The review as HTML, for the view and the Reflection page.
    static QString reviewHtml(const MonthlyReview &review);

private:
    void skip();

    const OpenPractice m_db;
    ReflectionService m_service;
    QDate m_month;
    QTextBrowser *m_review = nullptr;
    QList<QPlainTextEdit *> m_answers;
    NoticeBar *m_problem = nullptr;
};

} // namespace bk
