// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/common/MessageBox.h"

#include <QMessageBox>
#include <QPushButton>

namespace bk {

std::optional<MessageBox::Answer> MessageBox::s_nextAnswer;
QString MessageBox::s_lastText;

namespace {

QMessageBox::Icon iconFor(MessageBox::Kind kind) {
    switch (kind) {
    case MessageBox::Kind::Warning:
        return QMessageBox::Warning;
    case MessageBox::Kind::Critical:
        return QMessageBox::Critical;
    case MessageBox::Kind::Question:
        break;
    }
    return QMessageBox::Question;
}

} // namespace

MessageBox::Answer MessageBox::confirm(QWidget *parent, const QString &title, const QString &text,
                                       const QString &confirmLabel, Kind kind, bool destructive) {
    s_lastText = text;
    if (s_nextAnswer) {
        const Answer answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(iconFor(kind), title, text, QMessageBox::NoButton, parent);
    QPushButton *confirmButton = box.addButton(confirmLabel, QMessageBox::AcceptRole);
    QPushButton *cancelButton = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(destructive ? cancelButton : confirmButton);
    box.setEscapeButton(cancelButton);
    box.exec();
    return box.clickedButton() == confirmButton ? Answer::Confirmed : Answer::Cancelled;
}

int MessageBox::choose(QWidget *parent, const QString &title, const QString &text,
                       const QStringList &choices) {
    s_lastText = text;
    if (s_nextAnswer) {
        const Answer answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer == Answer::Confirmed ? 0 : -1;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("choiceMessageBox"));
    QList<QPushButton *> buttons;
    for (const QString &choice : choices) {
        buttons.append(box.addButton(choice, QMessageBox::AcceptRole));
        buttons.last()->setObjectName(QStringLiteral("choice%1PushButton").arg(buttons.size() - 1));
    }
    QPushButton *cancelButton = box.addButton(QMessageBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelChoicePushButton"));
    if (!buttons.isEmpty())
        box.setDefaultButton(buttons.first());
    box.setEscapeButton(cancelButton);
    box.exec();
    return int(buttons.indexOf(qobject_cast<QPushButton *>(box.clickedButton())));
}

void MessageBox::inform(QWidget *parent, const QString &title, const QString &text, Kind kind,
                        const QString &buttonLabel, const QString &details) {
    s_lastText = text;
    if (s_nextAnswer) {
        s_nextAnswer.reset();
        return;
    }
    QMessageBox box(iconFor(kind), title, text, QMessageBox::NoButton, parent);
    if (buttonLabel.isEmpty())
        box.addButton(QMessageBox::Ok);
    else
        box.addButton(buttonLabel, QMessageBox::AcceptRole);
    box.setDetailedText(details);
    box.exec();
}

void MessageBox::setNextAnswer(Answer answer) {
    s_nextAnswer = answer;
}

QString MessageBox::lastText() {
    return s_lastText;
}

} // namespace bk
