// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/audit/AuditEventModel.h"

#include "app/common/ChangeNotifier.h"
#include "app/common/Clock.h"
#include "app/storage/Database.h"

#include <QLocale>

namespace bk {

AuditEventModel::AuditEventModel(const Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(database) {
    // A change anywhere adds events: the list is read again from the newest.
    connect(database.notifier(), &ChangeNotifier::changed, this, [this] { setFilter(m_filter); });
    setFilter({});
}

void AuditEventModel::setFilter(const AuditFilter &filter) {
    // The first page is read inside the reset: a view asks for more as soon as the reset ends.
    beginResetModel();
    m_filter = filter;
    m_events.clear();
    m_complete = false;
    m_error.clear();
    m_events = nextPage();
    endResetModel();
}

QStringList AuditEventModel::tables() const {
    QStringList names;
    if (const auto tables = AuditRepository(m_db).tables(); tables) {
        for (const AuditRepository::Table &table : tables.value())
            names.append(table.name);
    }
    return names;
}

int AuditEventModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditEventModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditEventModel::actionLabel(const QString &action) {
    if (action == QLatin1String("insert"))
        return tr("Added");
    if (action == QLatin1String("update"))
        return tr("Changed");
    if (action == QLatin1String("delete"))
        return tr("Deleted");
    return tr("Recorded as it was");
}

QVariant AuditEventModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const AuditEvent &event = m_events.at(index.row());
    switch (role) {
    case TableRole:
        return event.table;
    case RecordRole:
        return event.record;
    case SeqRole:
        return event.seq;
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return QLocale().toString(Clock::toLocal(QDateTime::fromString(event.at, Qt::ISODateWithMs)),
                                      QLocale::ShortFormat);
        case WhoColumn:
            return event.login;
        case WhatColumn:
            return actionLabel(event.action);
        case RecordColumn:
            return tr("%1 %2").arg(event.table, event.record);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant AuditEventModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return Clock::headerWithZone(tr("When"));
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What");
    case RecordColumn:
        return tr("Record");
    default:
        return {};
    }
}

bool AuditEventModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && !m_complete;
}

QList<AuditEvent> AuditEventModel::nextPage() {
    const qint64 before = m_events.isEmpty() ? 0 : m_events.constLast().seq;
    const Result<QList<AuditEvent>> page = AuditRepository(m_db).events(m_filter, before, PageSize);
    if (!page) {
        m_error = page.error().message;
        m_complete = true;
        return {};
    }
    m_complete = page.value().size() < PageSize;
    return page.value();
}

void AuditEventModel::fetchMore(const QModelIndex &parent) {
    if (parent.isValid() || m_complete)
        return;
    const QList<AuditEvent> page = nextPage();
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_events.size()), int(m_events.size() + page.size() - 1));
    m_events.append(page);
    endInsertRows();
}

} // namespace bk
