// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QString>
#include <functional>

class QProgressDialog;
class QWidget;

namespace bk {

/// What the user sees while a practice file is checked before it opens (after another program changed it,
/// or a copy was put in its place): nothing for a moment, then a dialog saying what is going on, with
/// Cancel, which stops the check and opens nothing. SQLite does not tell how far a check has come, so the
/// dialog shows that work goes on rather than a percentage.
class CheckingProgress {
    Q_DECLARE_TR_FUNCTIONS(CheckingProgress)
public:
    /// For the practice at `location`; the dialog appears once the check has taken `showAfterMs`.
    CheckingProgress(QWidget *parent, const QString &location, int showAfterMs = 400);
    ~CheckingProgress();
    CheckingProgress(const CheckingProgress &) = delete;
    CheckingProgress &operator=(const CheckingProgress &) = delete;

    /// For Database::Options::checking: shows the dialog when it is due, keeps it responsive, and says
    /// whether to go on.
    std::function<bool()> callback();

private:
    bool goOn();

    QWidget *m_parent;
    QString m_location;
    int m_showAfterMs;
    QElapsedTimer m_elapsed;
    QPointer<QProgressDialog> m_dialog;
    bool m_cancelled = false;
};

} // namespace bk
