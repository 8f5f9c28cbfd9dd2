// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "IncidentTableModel.h"

#include "common/Clock.h"
#include "storage/Database.h"

#include <QColor>
#include <QLocale>
#include <limits>

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
    : QAbstractTableModel(parent)
    , m_db(database)
    , m_repository(database) {
    connect(database.notifier(), &ChangeNotifier::changed, this, [this](const QString &table) {
        if (table == QLatin1String("incidents") || table == QLatin1String("clients"))
            refresh();
    });
    if (firstRead == FirstRead::Now)
        refresh();
}

int IncidentTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_rowCount;
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
        return index.column() == NextDueColumn && isOverdue(row->incident) ? QVariant(QColor(Qt::darkRed))
                                                                           : QVariant();
    case Qt::BackgroundRole:
        // The whole row of an overdue incident is tinted, so it stands out in a long list.
        return isOverdue(row->incident) ? QVariant(QColor(198, 40, 40, 30)) : QVariant();
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
        return tr("Date and time");
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
    // The order does not change how many incidents match: only the pages are read again.
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
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0, BoundaryColumn), index(m_rowCount - 1, StepColumn));
}

void IncidentTableModel::refresh() {
    reload(true);
}

void IncidentTableModel::reload(bool recount) {
    // Sorted before the first read: the first read uses the new order.
    if (!recount && !m_hasRead)
        return;
    m_hasRead = true;
    beginResetModel();
    m_pages.clear();
    m_lastError.clear();
    if (recount) {
        if (!m_filter.today.isValid())
            m_filter.today = Clock::todayLocal();
        const Result<qint64> count = m_repository.count(m_filter);
        if (count.ok()) {
            m_rowCount = int(std::min<qint64>(count.value(), std::numeric_limits<int>::max()));
        } else {
            m_rowCount = 0;
            reportError(count.error());
        }
    }
    endResetModel();
}

const IncidentListRow *IncidentTableModel::rowAt(int row) const {
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const QList<IncidentListRow> *rows = page(row / PageSize);
    const int offset = row % PageSize;
    return rows && offset < rows->size() ? &rows->at(offset) : nullptr;
}

int IncidentTableModel::rowOf(qint64 id) const {
    const Result<qint64> position = m_repository.positionOf(m_filter, m_sort, id);
    if (!position.ok()) {
        reportError(position.error());
        return -1;
    }
    return position.value() < m_rowCount ? int(position.value()) : -1;
}

const QList<IncidentListRow> *IncidentTableModel::page(int pageIndex) const {
    if (const QList<IncidentListRow> *cached = m_pages.find(pageIndex))
        return cached;
    // Continue from a neighbouring page by keyset when one is cached (scrolling); jump by offset otherwise.
    Result<QList<IncidentListRow>> rows = QList<IncidentListRow>();
    if (const QList<IncidentListRow> *previous = m_pages.peek(pageIndex - 1);
        previous && !previous->isEmpty())
        rows = m_repository.pageNextTo(m_filter, m_sort, previous->last(), false, PageSize);
    else if (const QList<IncidentListRow> *next = m_pages.peek(pageIndex + 1); next && !next->isEmpty())
        rows = m_repository.pageNextTo(m_filter, m_sort, next->first(), true, PageSize);
    else
        rows = pageByOffset(pageIndex);
    if (!rows.ok()) {
        reportError(rows.error());
        return nullptr;
    }
    return m_pages.insert(pageIndex, std::move(rows).value());
}

Result<QList<IncidentListRow>> IncidentTableModel::pageByOffset(int pageIndex) const {
    // OFFSET steps over every skipped row, so pages in the second half are counted from the end instead.
    const qint64 first = qint64(pageIndex) * PageSize;
    const qint64 end = std::min<qint64>(first + PageSize, m_rowCount);
    if (first > m_rowCount / 2)
        return m_repository.pageFromEnd(m_filter, m_sort, m_rowCount - end, int(end - first));
    return m_repository.pageAt(m_filter, m_sort, first, PageSize);
}

void IncidentTableModel::reportError(const Error &error) const {
    m_lastError = error.message;
    Q_EMIT const_cast<IncidentTableModel *>(this)->loadFailed(error.message);
}

} // namespace bk
