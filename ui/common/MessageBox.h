// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

class QWidget;

namespace bk {

/// Every message box the application shows goes through here, so tests can answer them without a modal loop.
class MessageBox {
public:
    enum class Answer { Confirmed, Cancelled };
    enum class Kind { Question, Warning, Critical };

    /// Asks the user to confirm an action; `confirmLabel` names the action on its button ("Archive").
    /// A destructive confirmation defaults to Cancel, so a stray Enter does not lose data.
    static Answer confirm(QWidget *parent, const QString &title, const QString &text,
                          const QString &confirmLabel, Kind kind = Kind::Question, bool destructive = false);
    /// Asks the user to choose one of `choices` (button labels, the first the default) or Cancel (also
    /// Escape); the index of the choice, -1 for Cancel. setNextAnswer() answers it: Confirmed with the first
    /// choice, Cancelled with Cancel.
    static int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &choices);
    /// Tells the user something went wrong; one button, labelled `buttonLabel` (OK when empty), and
    /// `details` behind a Show Details button when there are any.
    static void inform(QWidget *parent, const QString &title, const QString &text, Kind kind = Kind::Critical,
                       const QString &buttonLabel = {}, const QString &details = {});

    /// The next box is not shown: it returns `answer` at once. For tests.
    static void setNextAnswer(Answer answer);
    /// What the last box said (its text), including boxes answered through setNextAnswer. For tests.
    static QString lastText();

private:
    static std::optional<Answer> s_nextAnswer;
    static QString s_lastText;
};

} // namespace bk
