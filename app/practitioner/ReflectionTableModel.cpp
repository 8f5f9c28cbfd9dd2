// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/practitioner/ReflectionTableModel.h"

#include "app/storage/Database.h"

#include <QLocale>

namespace bk {

ReflectionTableModel::ReflectionTableModel(const Database &database, QObject *parent)
    : PagedTableModel(database, parent) {
    connect(database.notifier(), &ChangeNotifier::changed, this, [this](const QString &table) {
        if (table == QLatin1String("reflection_entries") || table == QLatin1String("clients"))
            refresh();
    });
    refresh();
}

int ReflectionTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReflectionTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.parent().isValid())
        return {};
    const ReflectionEntry *entry = rowAt(index.row());
    if (!entry)
        return {};
    if (role == IdRole)
        return entry->id;
    if (role == RawRole) {
        switch (index.column()) {
        case DateColumn:
            return entry->date;
        case ClientColumn:
            return entry->clientId;
        case RecommendationColumn:
            return DisclosureCheck::recommendationKey(entry->recommendation);
        case DecisionColumn:
            return DisclosureDecisions::key(entry->decision);
        case NoteColumn:
            return entry->note;
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(entry->date, QLocale::ShortFormat);
        case ClientColumn:
            return entry->clientId == 0 ? tr("No particular client") : entry->clientName;
        case RecommendationColumn:
            return DisclosureCheck::recommendationLabel(entry->recommendation);
        case DecisionColumn:
            return DisclosureDecisions::label(entry->decision);
        case NoteColumn:
            return entry->note.simplified();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == NoteColumn && !entry->note.isEmpty())
        return entry->note;
    return {};
}

QVariant ReflectionTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ClientColumn:
        return tr("Client");
    case RecommendationColumn:
        return tr("The check said");
    case DecisionColumn:
        return tr("I decided");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

void ReflectionTableModel::setFilter(const ReflectionFilter &filter) {
    m_filter = filter;
    reload(true);
}

void ReflectionTableModel::refresh() {
    reload(true);
}

std::optional<Result<qint64>> ReflectionTableModel::readCount(bool recount) {
    if (!recount)
        return std::nullopt;
    return m_list.count(m_filter);
}

} // namespace bk
