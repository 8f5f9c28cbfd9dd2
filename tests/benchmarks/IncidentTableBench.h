// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/storage/IncidentListQuery.h"
#include "tests/benchmarks/TableBench.h"

namespace bk::bench {

/// Measures the incident register (bk::IncidentTableModel on IncidentListQuery) at a million incidents
/// against the SQL alone and the naive Qt way: open, filter by client, boundary, status, overdue and date
/// range, sort by every sortable column and scroll far.
class IncidentTableBench : public TableBench {
public:
    static Status measure(const BenchContext &context, BenchReport &report);
    static Status measureMemory(const BenchContext &context, BenchReport &report);
    /// The day "overdue" is judged against: the synthetic incidents are generated up to it.
    static QDate today();

protected:
    QString group() const override;
    QString name() const override { return QStringLiteral("incident"); }
    QString repositoryFile() const override { return QStringLiteral("IncidentListQuery.cpp"); }
    int columnCount() const override;
    int idRole() const override;
    int pageSize() const override;
    bool isSortable(int column) const override;
    int defaultSortColumn() const override;
    Qt::SortOrder defaultSortOrder() const override { return Qt::DescendingOrder; }
    void attach(const Database &database) override;
    std::unique_ptr<QAbstractItemModel> openModel(const Database &database) override;
    QString modelError(const QAbstractItemModel &model) const override;
    NaiveTable openNaive(const QSqlDatabase &connection) const override;
    Result<FloorRead> readFloor(int column, Qt::SortOrder order, bool count, int limit, qint64 offset,
                                bool fromEnd) const override;
    QList<FilterCase> filterCases(const Database &database) const override;
    QString groupNote() const override;

private:
    Result<FloorRead> readFloorWith(const IncidentFilter &filter, const IncidentSort &sort, bool count,
                                    int limit, qint64 offset, bool fromEnd) const;

    std::unique_ptr<IncidentListQuery> m_repository; ///< of the database being measured: its SQL is the floor
};

} // namespace bk::bench
