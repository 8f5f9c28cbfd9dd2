// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/incidents/IncidentTableModel.h"

#include "app/common/Clock.h"
#include "app/common/StatusColors.h"
#include "app/storage/Database.h"

#include <QGuiApplication>
#include <QLocale>

namespace bk {

namespace {

QVariant rawValue(const IncidentListRow &row, int column) {
    const Incident &incident = row.incident;
    switch (column) {
    case IncidentTableModel::ClientColumn:
        return incident.clientId;
    case IncidentTableModel::OccurredColumn:
        return incident.occurredAt;
    case IncidentTableModel::BoundaryColumn:
        return incident.boundaryKey;
    case IncidentTableModel::ChannelColumn:
        return ContactChannels::key(incident.channel);
    case IncidentTableModel::SeverityColumn:
        return Severities::key(incident.severity);
    case IncidentTableModel::FlagsColumn:
        return (incident.outsideHours ? 1 : 0) | (incident.outsideChannel ? 2 : 0);
    case IncidentTableModel::StepColumn:
        return incident.currentStep;
    case IncidentTableModel::NextDueColumn:
        return incident.nextDue;
    case IncidentTableModel::StatusColumn:
        return IncidentStatuses::key(incident.status);
    default:
        return {};
    }
}

bool isOverdue(const Incident &incident) {
    return incident.status == IncidentStatus::Open && incident.nextDue.isValid() &&
           incident.nextDue < Clock::todayLocal();
}

} // namespace

std::optional<IncidentSortKey> IncidentTableModel::sortKeyFor(int column) {
    switch (column) {
    case ClientColumn:
        return IncidentSortKey::Client;
    case OccurredColumn:
        return IncidentSortKey::OccurredAt;
    case BoundaryColumn:
        return IncidentSortKey::Boundary;
    case ChannelColumn:
        return IncidentSortKey::Channel;
    case SeverityColumn:
        return IncidentSortKey::Severity;
    case StepColumn:
        return IncidentSortKey::Step;
    case NextDueColumn:
        return IncidentSortKey::NextDue;
    case StatusColumn:
        return IncidentSortKey::Status;
    default:
        return std::nullopt;
    }
}

IncidentTableModel::IncidentTableModel(const Database &database, QObject *parent, FirstRead firstRead)
    : PagedTableModel(database, parent) {
    connect(database.notifier(), &ChangeNotifier::changed, this, [this](const QString &table) {
        if (table == QLatin1String("incidents") || table == QLatin1String("clients"))
            refresh();
    });
    if (firstRead == FirstRead::Now)
        refresh();
}

int IncidentTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentTableModel::displayValue(const IncidentListRow &row, int column) const {
    const Incident &incident = row.incident;
    switch (column) {
    case ClientColumn:
        return row.clientName;
    case OccurredColumn:
        return QLocale().toString(Clock::toLocal(incident.occurredAt), QLocale::ShortFormat);
    case BoundaryColumn:
        return m_boundaryTitles.value(incident.boundaryKey, incident.boundaryKey);
    case ChannelColumn:
        return ContactChannels::label(incident.channel);
    case SeverityColumn:
        return Severities::label(incident.severity);
    case FlagsColumn:
        return flagLabels(incident).join(QStringLiteral(", "));
    case StepColumn:
        return incident.currentStep.isEmpty()
                   ? tr("Not yet addressed")
                   : m_stepTitles.value(incident.currentStep, incident.currentStep);
    case NextDueColumn:
        return incident.nextDue.isValid() ? QLocale().toString(incident.nextDue, QLocale::ShortFormat)
                                          : QString();
    case StatusColumn:
        return IncidentStatuses::label(incident.status);
    default:
        return {};
    }
}

QVariant IncidentTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IncidentListRow *row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NextDueColumn)
            return row->incident.nextAction;
        return index.column() == BoundaryColumn ? row->incident.description.left(500) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == NextDueColumn && isOverdue(row->incident)
                   ? QVariant(StatusColors::text(StatusColors::Status::Alert, QGuiApplication::palette()))
                   : QVariant();
    case Qt::BackgroundRole:
        // The whole row of an overdue incident is tinted, so it stands out in a long list.
        return isOverdue(row->incident)
                   ? QVariant(StatusColors::tint(StatusColors::Status::Alert, QGuiApplication::palette()))
                   : QVariant();
    case IdRole:
        return row->incident.id;
    case RawRole:
        return rawValue(*row, index.column());
    case OverdueRole:
        return isOverdue(row->incident);
    default:
        return {};
    }
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ClientColumn:
        return tr("Client");
    case OccurredColumn:
        // Times are the practice's; where the computer is in another zone, the header says which.
        return Clock::headerWithZone(tr("Date and time"));
    case BoundaryColumn:
        return tr("Boundary");
    case ChannelColumn:
        return tr("Channel");
    case SeverityColumn:
        return tr("Severity");
    case FlagsColumn:
        return tr("Flags");
    case StepColumn:
        return tr("Ladder step");
    case NextDueColumn:
        return tr("Next due");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

void IncidentTableModel::sort(int column, Qt::SortOrder order) {
    const std::optional<IncidentSortKey> key = sortKeyFor(column);
    if (!key || (*key == m_sort.key && order == m_sort.order))
        return;
    m_sort = IncidentSort{*key, order};
    // The order does not change how many incidents match: only the pages are read again. Sorted before the
    // first read, the first read uses the new order.
    if (m_hasRead)
        reload(false);
}

void IncidentTableModel::setFilter(const IncidentFilter &filter) {
    m_filter = filter;
    refresh();
}

void IncidentTableModel::setTitles(const QHash<QString, QString> &boundaryTitles,
                                   const QHash<QString, QString> &stepTitles) {
    m_boundaryTitles = boundaryTitles;
    m_stepTitles = stepTitles;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, BoundaryColumn), index(rowCount() - 1, StepColumn));
}

void IncidentTableModel::refresh() {
    m_hasRead = true;
    reload(true);
}

std::optional<Result<qint64>> IncidentTableModel::readCount(bool recount) {
    if (!recount)
        return std::nullopt;
    if (!m_filter.today.isValid())
        m_filter.today = Clock::todayLocal();
    return m_list.count(m_filter);
}

} // namespace bk
