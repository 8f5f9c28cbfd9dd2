// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/PagedTableModel.h"
#include "app/storage/IncidentListQuery.h"

#include <QHash>
#include <optional>

namespace bk {

class Database;

/// The incident register as a table, paged from SQL like ClientTableModel: filters and sort run in SQL and
/// rows are read a page at a time into a bounded cache (PagedTableModel), so it stays fast at a million
/// incidents.
class IncidentTableModel
    : public PagedTableModel<IncidentListRow, IncidentListQuery, IncidentFilter, IncidentSort> {
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
    /// Besides IdRole (the incident's id) and RawRole (keys, UTC times, dates, flags as int):
    enum Role {
        OverdueRole = FirstModelRole, ///< bool: open and its next due date is before today
    };

    /// When the model first reads: at once, or at the first refresh() or setFilter() (a section that is not
    /// shown yet need not count a million incidents while the application starts).
    enum class FirstRead { Now, WhenAsked };
    explicit IncidentTableModel(const Database &database, QObject *parent = nullptr,
                                FirstRead firstRead = FirstRead::Now);

    /// The sort key behind `column`, or std::nullopt for a column that does not sort (flags).
    static std::optional<IncidentSortKey> sortKeyFor(int column);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Sets the filter; overdue is judged against Clock::todayLocal() when `filter.today` is invalid.
    void setFilter(const IncidentFilter &filter);
    /// Titles shown for boundary keys and ladder step keys (keys are shown where a title is missing).
    void setTitles(const QHash<QString, QString> &boundaryTitles, const QHash<QString, QString> &stepTitles);

    /// Re-reads count and rows. Writes announced as "incidents" or "clients" refresh the model by themselves.
    void refresh();
    /// Whether the model has read its rows (see FirstRead).
    bool hasRead() const { return m_hasRead; }

protected:
    std::optional<Result<qint64>> readCount(bool recount) override;

private:
    QVariant displayValue(const IncidentListRow &row, int column) const;

    QHash<QString, QString> m_boundaryTitles;
    QHash<QString, QString> m_stepTitles;
    bool m_hasRead = false;
};

} // namespace bk
