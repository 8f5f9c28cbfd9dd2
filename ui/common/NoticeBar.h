// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace bk {

/// A calm coloured bar across the top of a page that tells the user about the state they are working in.
class NoticeBar : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Information, Warning };

    explicit NoticeBar(QWidget *parent = nullptr);

    /// Shows the bar with `text`; an empty text hides it.
    void showMessage(const QString &text, Kind kind = Kind::Information);
    QString text() const;
    /// Adds a flat button at the end of the bar for what the notice invites the user to do; the caller
    /// connects it.
    QPushButton *addButton(const QString &text);

private:
    QLabel *m_iconLabel;
    QLabel *m_textLabel;
};

} // namespace bk
