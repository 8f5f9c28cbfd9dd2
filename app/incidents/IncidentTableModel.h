// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "common/PageCache.h"
#include "storage/IncidentListQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <optional>

namespace bk {

class Database;

/// The incident register as a table, paged from SQL like ClientTableModel: filters and sort run in SQL and
/// rows are read a page at a time into a bounded cache, so it stays fast at a million incidents.
class IncidentTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ClientColumn,
        OccurredColumn,
        BoundaryColumn,
        ChannelColumn,
        SeverityColumn,
        FlagsColumn, ///< not sortable
        StepColumn,
        NextDueColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the incident's id (qint64)
        RawRole,     ///< the stored value behind the cell (keys, UTC times, dates, flags as int)
        OverdueRole, ///< bool: open and its next due date is before today
    };

    static constexpr int PageSize = 128;

    /// When the model first reads: at once, or at the first refresh() or setFilter() (a section that is not
    /// shown yet need not count a million incidents while the application starts).
    enum class FirstRead { Now, WhenAsked };
    explicit IncidentTableModel(const Database &database, QObject *parent = nullptr,
                                FirstRead firstRead = FirstRead::Now);

    /// The sort key behind `column`, or std::nullopt for a column that does not sort (flags).
    static std::optional<IncidentSortKey> sortKeyFor(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Sets the filter; overdue is judged against Clock::todayLocal() when `filter.today` is invalid.
    void setFilter(const IncidentFilter &filter);
    IncidentFilter filter() const { return m_filter; }
    IncidentSort sortOrder() const { return m_sort; }
    /// Titles shown for boundary keys and ladder step keys (keys are shown where a title is missing).
    void setTitles(const QHash<QString, QString> &boundaryTitles, const QHash<QString, QString> &stepTitles);

    /// The row in `row`, or nullptr when out of range or unreadable.
    const IncidentListRow *rowAt(int row) const;
    /// The row showing incident `id`, or -1 when the filter hides it. Searches in SQL.
    int rowOf(qint64 id) const;

    /// Re-reads count and rows. Writes announced as "incidents" or "clients" refresh the model by themselves.
    void refresh();
    QString lastError() const { return m_lastError; }
    /// Whether the model has read its rows (see FirstRead).
    bool hasRead() const { return m_hasRead; }

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    void reload(bool recount);
    const QList<IncidentListRow> *page(int pageIndex) const;
    Result<QList<IncidentListRow>> pageByOffset(int pageIndex) const;
    void reportError(const Error &error) const;
    QVariant displayValue(const IncidentListRow &row, int column) const;

    const Database &m_db;
    IncidentListQuery m_repository;
    IncidentFilter m_filter;
    IncidentSort m_sort;
    QHash<QString, QString> m_boundaryTitles;
    QHash<QString, QString> m_stepTitles;
    int m_rowCount = 0;
    bool m_hasRead = false;
    mutable PageCache<IncidentListRow> m_pages;
    mutable QString m_lastError;
};

} // namespace bk
