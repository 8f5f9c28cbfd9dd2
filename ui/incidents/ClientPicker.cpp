// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/incidents/ClientPicker.h"

#include "app/clients/ClientService.h"
#include "app/common/TextKeys.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QStandardItemModel>
#include <QTimer>

namespace bk {

namespace {

constexpr int SuggestDelayMs = 120;
constexpr int IdRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;

/// Up to `limit` clients the text matches, by name, from SQL.
QList<ClientListRow> matching(OpenPractice database, const QString &text, int limit) {
    ClientFilter filter;
    filter.search = text.trimmed();
    if (filter.search.isEmpty())
        return {};
    Result<QList<ClientListRow>> rows = ClientService(database).list(filter, ClientSort{}, 0, limit);
    return rows.ok() ? std::move(rows).value() : QList<ClientListRow>();
}

} // namespace

ClientPicker::ClientPicker(OpenPractice database, QWidget *parent)
    : QLineEdit(parent)
    , m_db(database)
    , m_suggestions(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_suggestions, this))
    , m_suggestTimer(new QTimer(this)) {
    setPlaceholderText(tr("Type part of a name, email or phone"));
    setClearButtonEnabled(true);
    // The database already filtered the suggestions; the completer only shows them.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(MaxSuggestions);
    m_completer->setWidget(this);
    m_completer->popup()->setObjectName(QStringLiteral("clientSuggestionsListView"));
    m_completer->popup()->installEventFilter(this);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                choose(index.data(IdRole).toLongLong(), index.data(NameRole).toString());
            });

    m_suggestTimer->setSingleShot(true);
    m_suggestTimer->setInterval(SuggestDelayMs);
    connect(m_suggestTimer, &QTimer::timeout, this, &ClientPicker::suggest);
    connect(this, &QLineEdit::textEdited, this, &ClientPicker::textWasEdited);
    connect(this, &QLineEdit::returnPressed, this, &ClientPicker::resolve);
}

void ClientPicker::textWasEdited(const QString &text) {
    if (m_clientId != 0 && text != m_chosenName) {
        m_clientId = 0;
        Q_EMIT clientChanged(0);
    }
    m_suggestTimer->start();
}

void ClientPicker::suggest() {
    m_suggestTimer->stop();
    const QList<ClientListRow> rows = matching(m_db, text(), MaxSuggestions);
    m_matchCount = int(rows.size());
    m_suggestions->clear();
    for (const ClientListRow &row : rows) {
        const Client &client = row.client;
        QString label = client.fullName;
        const QString contact = client.email.isEmpty() ? client.phone : client.email;
        if (!contact.isEmpty())
            label += QStringLiteral("  ·  ") + contact;
        auto *item = new QStandardItem(label);
        item->setData(client.id, IdRole);
        item->setData(client.fullName, NameRole);
        m_suggestions->appendRow(item);
    }
    if (rows.isEmpty() || !hasFocus() || (rows.size() == 1 && rows.first().client.id == m_clientId))
        m_completer->popup()->hide();
    else
        m_completer->complete();
}

void ClientPicker::choose(qint64 id, const QString &name) {
    m_suggestTimer->stop();
    m_chosenName = name;
    setText(name);
    if (id != m_clientId) {
        m_clientId = id;
        Q_EMIT clientChanged(id);
    }
}

void ClientPicker::setClientId(qint64 id) {
    if (id <= 0) {
        clear();
        m_chosenName.clear();
        if (m_clientId != 0) {
            m_clientId = 0;
            Q_EMIT clientChanged(0);
        }
        return;
    }
    Result<Client> client = ClientService(m_db).get(id);
    if (client)
        choose(id, client.value().fullName);
}

bool ClientPicker::resolve() {
    if (m_clientId != 0 && text() == m_chosenName)
        return true;
    if (text().trimmed().isEmpty())
        return false;
    const QList<ClientListRow> rows = matching(m_db, text(), MaxSuggestions + 1);
    m_matchCount = int(rows.size());
    const QString typed = TextKeys::fold(text().simplified());
    const ClientListRow *exact = nullptr;
    int exactCount = 0;
    for (const ClientListRow &row : rows) {
        if (TextKeys::fold(row.client.fullName.simplified()) == typed) {
            exact = &row;
            ++exactCount;
        }
    }
    if (exactCount == 1)
        choose(exact->client.id, exact->client.fullName);
    else if (rows.size() == 1)
        choose(rows.first().client.id, rows.first().client.fullName);
    return m_clientId != 0;
}

QAbstractItemView *ClientPicker::suggestionPopup() const {
    return m_completer->popup();
}

QString ClientPicker::problem() const {
    if (m_clientId != 0 || text().trimmed().isEmpty())
        return {};
    if (m_matchCount == 0)
        return tr("No client matches “%1”.").arg(text().trimmed());
    return tr("Several clients match “%1”: choose one from the list.").arg(text().trimmed());
}

bool ClientPicker::eventFilter(QObject *watched, QEvent *event) {
    // Tab with the suggestions open takes the highlighted one (or what the text names) and moves on, as it
    // does with the suggestions closed; the completer alone would only close them.
    if (watched == m_completer->popup() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Tab || key == Qt::Key_Backtab) {
            const QModelIndex current = m_completer->popup()->currentIndex();
            m_completer->popup()->hide();
            if (current.isValid())
                choose(current.data(IdRole).toLongLong(), current.data(NameRole).toString());
            else
                resolve();
            focusNextPrevChild(key == Qt::Key_Tab);
            return true;
        }
    }
    return QLineEdit::eventFilter(watched, event);
}

void ClientPicker::focusOutEvent(QFocusEvent *event) {
    // Leaving the field by Tab settles the choice, so the next field can rely on it.
    if (event->reason() != Qt::PopupFocusReason && !m_completer->popup()->isVisible())
        resolve();
    QLineEdit::focusOutEvent(event);
}

} // namespace bk
