// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"

#include <QLineEdit>

class QAbstractItemView;
class QCompleter;
class QStandardItemModel;
class QTimer;

namespace bk {

/// A line edit for choosing a client by typing part of their name, email or phone. Suggestions are read from
/// the database a few at a time, so it stays quick with a very large register.
class ClientPicker : public QLineEdit {
    Q_OBJECT
public:
    static constexpr int MaxSuggestions = 12;

    explicit ClientPicker(OpenPractice database, QWidget *parent = nullptr);

    /// The chosen client, 0 when the text names none (yet).
    qint64 clientId() const { return m_clientId; }
    /// Chooses client `id` and shows their name; 0 clears the choice and the text.
    void setClientId(qint64 id);
    /// Chooses the client the typed text names, when it names exactly one: a full name typed out, or text
    /// that only one client matches. Returns whether a client is chosen now.
    bool resolve();
    /// The list of suggestions under the field (a separate popup window).
    QAbstractItemView *suggestionPopup() const;
    /// Why the typed text names no client; empty when a client is chosen or nothing is typed.
    QString problem() const;

Q_SIGNALS:
    /// The chosen client changed (0: none).
    void clientChanged(qint64 id);

protected:
    void focusOutEvent(QFocusEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(qint64 id, const QString &name);
    void suggest();
    void textWasEdited(const QString &text);

    const OpenPractice m_db;
    QStandardItemModel *m_suggestions = nullptr;
    QCompleter *m_completer = nullptr;
    QTimer *m_suggestTimer = nullptr;
    qint64 m_clientId = 0;
    QString m_chosenName;
    int m_matchCount = 0; ///< how many clients the typed text matched at the last look-up
};

} // namespace bk
