// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "tests/benchmarks/BenchContext.h"
#include "tests/benchmarks/BenchReport.h"

#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlTableModel>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace bk {
class Database;
}

namespace bk::bench {

/// The proxy of the naive table, as a naive application writes it: a QSortFilterProxyModel whose
/// filterAcceptsRow() tests any condition on the source rows, or its own fixed-string filter.
class NaiveProxy : public QSortFilterProxyModel {
public:
    using RowTest = std::function<bool(const QAbstractItemModel &source, int sourceRow)>;
    /// Filters by `test`; an empty test leaves the filtering to the fixed-string filter.
    void setRowTest(RowTest test);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    RowTest m_test;
};

/// The naive Qt way: a QSqlTableModel (or QSqlRelationalTableModel) with every row fetched, behind a
/// NaiveProxy.
struct NaiveTable {
    std::unique_ptr<QSqlTableModel> table;
    std::unique_ptr<NaiveProxy> proxy; ///< declared after table: destroyed first
    /// The table's column behind each of our model's columns, -1 where the naive table has none.
    QList<int> columns;

    /// Selects `tableName` into `model` (set up by `configure`, e.g. with relations, before selecting), keeps
    /// the rows matching the SQL `sqlFilter`, fetches every row and sorts the proxy by `sortColumn`.
    static NaiveTable open(std::unique_ptr<QSqlTableModel> model, const QString &tableName,
                           const QString &sqlFilter, const QStringList &columnNames, int sortColumn,
                           Qt::SortOrder order, const std::function<void(QSqlTableModel &)> &configure = {});
    /// The proxy columns a screen shows.
    QList<int> shownColumns() const;
};

/// What one run of the floor read: the rows it counted (when it counted) and the id of the first row.
struct FloorRead {
    std::optional<qint64> count;
    qint64 firstId = -1;
    QList<qint64> ids; ///< of the rows read, in list order
};

/// Measures a paged table model against its floor (the SQL its repository issues, run alone) and the naive
/// Qt way: opening and showing the first screen, each filter, sorting by each sortable column, and jumping
/// far. A subclass supplies the model, the floor SQL, the naive table and the filters; the measuring, the
/// checks that the floor and the model agree, and the memory probes are shared.
class TableBench {
public:
    virtual ~TableBench() = default;

    /// Adds a row for every operation to `report`.
    Status run(const BenchContext &context, BenchReport &report);
    /// Peak resident memory with the first screen shown on the large database vs on an empty one (and the
    /// naive way when `withNaive`), each in a fresh child process: this executable with --measure-rss.
    Status runMemory(const BenchContext &context, BenchReport &report, bool withNaive);
    /// The child side of runMemory(): opens `databasePath` and shows the first screen (the naive way when
    /// `naive`). Returns the process exit code.
    int probeMemory(const QString &databasePath, bool naive);

    /// Times `Table`'s operations on each of `databases` in turns (see measureSizes()).
    template <typename Table>
    static Status measureGrowth(const QList<const Database *> &databases, const QList<int> &clients,
                                int repeat, BenchReport &report) {
        std::vector<Table> tables(std::size_t(databases.size()));
        QList<TableBench *> sizes;
        for (Table &table : tables)
            sizes.append(&table);
        return measureSizes(sizes, databases, clients, repeat, report);
    }

protected:
    /// Times each operation of `tables`, one table on practices of different sizes (`clients` each, smallest
    /// first, each on its database), at every size in turns: ours alone, not the floor, so that the machine's
    /// drift between the sizes affects each alike. Adds a growth row per operation to `report`; a keyset page
    /// must stay flat.
    static Status measureSizes(const QList<TableBench *> &tables, const QList<const Database *> &databases,
                               const QList<int> &clients, int repeat, BenchReport &report);

protected:
    /// Rows of one screen of a table (a maximised window at 1080p shows about 40).
    static constexpr int ScreenRows = 40;

    /// A filter as a user sets it, applied alike to our model, the floor and the naive proxy.
    struct FilterCase {
        QString operation;
        std::function<void(QAbstractItemModel &)> before; ///< the state the filter is applied to (untimed)
        std::function<void(QAbstractItemModel &)> apply;
        std::function<Result<FloorRead>()> floor; ///< the count and first page with the filter
        std::function<void(NaiveProxy &)> naiveBefore;
        std::function<void(NaiveProxy &)> naiveApply;
        /// False where the naive way paid for the operation when it opened (see TimingRow).
        bool speedUpApplies = true;
        /// Whether the list is opened anew before `before` (untimed, up to its first screen), so that `apply`
        /// runs right after opening, before the event loop has run.
        bool afterOpening = false;
    };

    virtual QString group() const = 0;
    /// The --measure-rss --table name of this table.
    virtual QString name() const = 0;
    /// Where the SQL the floor mirrors lives, for the message when they no longer agree.
    virtual QString repositoryFile() const = 0;
    virtual int columnCount() const = 0;
    virtual int idRole() const = 0;
    virtual int pageSize() const = 0;
    virtual bool isSortable(int column) const = 0;
    /// The model's order when it opens.
    virtual int defaultSortColumn() const = 0;
    virtual Qt::SortOrder defaultSortOrder() const = 0;
    /// Called with the database measured before anything else: the floor runs on its connection.
    virtual void attach(const Database &database) = 0;
    virtual std::unique_ptr<QAbstractItemModel> openModel(const Database &database) = 0;
    virtual QString modelError(const QAbstractItemModel &model) const = 0;
    virtual NaiveTable openNaive(const QSqlDatabase &connection) const = 0;
    /// The floor without a filter: counts the rows when `count`, and reads `limit` rows at `offset`, counted
    /// from the end of the list when `fromEnd` (the model reads far pages that way).
    virtual Result<FloorRead> readFloor(int column, Qt::SortOrder order, bool count, int limit, qint64 offset,
                                        bool fromEnd) const = 0;
    /// The filters to measure, each from the state its `before` sets; called with the database open.
    virtual QList<FilterCase> filterCases(const Database &database) const = 0;
    /// What the group's baseline and naive way are, printed under its heading.
    virtual QString groupNote() const = 0;

    /// Reads one screen (Display role) of `columns` from `firstRow` on; returns the cells that held a value.
    static int readScreen(const QAbstractItemModel &model, int firstRow, const QList<int> &columns);
    QList<int> modelColumns() const;

private:
    /// One operation a user makes on the table, as ours, its floor and the naive way run it.
    struct Operation {
        QString name;
        /// Run once, untimed, before the operation is measured: the state the operations from this one on
        /// start from (e.g. the list unfiltered again before the sorts).
        std::function<void()> setUp;
        std::function<void()> prepare; ///< untimed, before each run of ours and of the floor
        std::function<void()> ours;
        std::function<Result<FloorRead>()> floor;
        int row = 0; ///< the screen's first row, where the model must show the floor's first id
        /// Times the naive way, where it has this operation (run only with the naive way measured).
        std::function<std::optional<Timing>()> naive;
        bool speedUpApplies = true;
        /// Reads one page by its sort key's index (a sort's first screen, the last screen), so its cost must
        /// not grow with the practice; counting every row (opening, filters) and offsets (the middle) may.
        bool keysetPage = false;
    };
    struct Measured {
        Timing ours;
        std::optional<Timing> floor;
        FloorRead read;
    };
    /// Every operation measured, in the order they run.
    QList<Operation> operations(const Database &database);
    /// Times ours (after its preparation) and the floor, then checks that the model shows the floor's rows.
    Result<Measured> measureAgainstFloor(const Operation &operation);
    Status checkAgreement(const QString &operation, const FloorRead &read, int row) const;
    /// Adds the time the model takes to sample its positions after opening, as a note.
    void noteSampling(const Database &database, BenchReport &report);

    int m_repeat = 5;
    bool m_withNaive = true;
    std::unique_ptr<QAbstractItemModel> m_model;
    std::unique_ptr<NaiveTable> m_naive;
    int m_cells = 0; ///< cells read by the last timed run of ours
};

} // namespace bk::bench
