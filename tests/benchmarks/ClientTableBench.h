// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "tests/benchmarks/TableBench.h"

namespace bk::bench {

/// Measures the client table (bk::ClientTableModel) against its raw SQL and the naive Qt way: open,
/// type-ahead filter, sort by every sortable column and scroll far.
class ClientTableBench : public TableBench {
public:
    static Status measure(const BenchContext &context, BenchReport &report);
    static Status measureMemory(const BenchContext &context, BenchReport &report);

protected:
    QString group() const override;
    QString name() const override { return QStringLiteral("client"); }
    QString repositoryFile() const override { return QStringLiteral("ClientRepository.cpp"); }
    int columnCount() const override;
    int idRole() const override;
    int pageSize() const override;
    bool isSortable(int column) const override;
    int defaultSortColumn() const override;
    Qt::SortOrder defaultSortOrder() const override { return Qt::AscendingOrder; }
    void attach(const Database &database) override;
    std::unique_ptr<QAbstractItemModel> openModel(const Database &database) override;
    QString modelError(const QAbstractItemModel &model) const override;
    NaiveTable openNaive(const QSqlDatabase &connection) const override;
    Result<FloorRead> readFloor(int column, Qt::SortOrder order, bool count, int limit, qint64 offset,
                                bool fromEnd) const override;
    QList<FilterCase> filterCases(const Database &database) const override;
    QString groupNote() const override;

private:
    Result<FloorRead> readFloorWith(const QString &search, int column, Qt::SortOrder order, bool count,
                                    int limit, qint64 offset, bool fromEnd) const;

    /// The database being measured, for the floor (its connection is asked for per query: a copy kept here
    /// would keep the connection in use after the database closes).
    const Database *m_database = nullptr;
};

} // namespace bk::bench
