// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "tests/benchmarks/TableBench.h"

#include "app/common/PagedTableModel.h"
#include "app/storage/Database.h"
#include "tests/benchmarks/ChildProcess.h"

#include <QCoreApplication>
#include <QSqlRecord>
#include <cstdio>

// Fairness: every measurement runs on one warmed connection. The model, the floor and the naive
// QSqlTableModel all use the connection of the same bk::Database (SQLite's page cache is per connection),
// and measure() runs each operation once untimed before timing it. Memory is measured in child processes.

namespace bk::bench {

namespace {} // namespace

void NaiveProxy::setRowTest(RowTest test) {
    m_test = std::move(test);
    invalidateFilter();
}

bool NaiveProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    return m_test ? m_test(*sourceModel(), sourceRow)
                  : QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

NaiveTable NaiveTable::open(std::unique_ptr<QSqlTableModel> model, const QString &tableName,
                            const QString &sqlFilter, const QStringList &columnNames, int sortColumn,
                            Qt::SortOrder order, const std::function<void(QSqlTableModel &)> &configure) {
    NaiveTable naive;
    naive.table = std::move(model);
    naive.table->setTable(tableName);
    // Relations keep the column positions, so they are looked up by the table's own column names first.
    for (const QString &column : columnNames)
        naive.columns.append(column.isEmpty() ? -1 : naive.table->record().indexOf(column));
    if (configure)
        configure(*naive.table);
    naive.table->setFilter(sqlFilter);
    naive.table->select();
    while (naive.table->canFetchMore())
        naive.table->fetchMore();
    naive.proxy = std::make_unique<NaiveProxy>();
    naive.proxy->setSourceModel(naive.table.get());
    naive.proxy->sort(naive.columns.value(sortColumn), order);
    return naive;
}

QList<int> NaiveTable::shownColumns() const {
    QList<int> shown;
    for (int column : columns) {
        if (column >= 0)
            shown.append(column);
    }
    return shown;
}

int TableBench::readScreen(const QAbstractItemModel &model, int firstRow, const QList<int> &columns) {
    int cells = 0;
    const int end = std::min(model.rowCount(), firstRow + ScreenRows);
    for (int row = firstRow; row < end; ++row) {
        for (int column : columns)
            cells += model.data(model.index(row, column)).isValid() ? 1 : 0;
    }
    return cells;
}

QList<int> TableBench::modelColumns() const {
    QList<int> columns;
    for (int column = 0; column < columnCount(); ++column)
        columns.append(column);
    return columns;
}

Status TableBench::checkAgreement(const QString &operation, const FloorRead &read, int row) const {
    const auto disagreement = [&](const QString &detail) {
        return Error{
            Error::Kind::Invalid,
            QStringLiteral(
                "The floor no longer matches the model for \"%1\" (%2): update the floor to the SQL in "
                "%3.")
                .arg(operation, detail, repositoryFile())};
    };
    if (const QString error = modelError(*m_model); !error.isEmpty())
        return Error{Error::Kind::Storage, error};
    const int rows = m_model->rowCount();
    if (read.count && *read.count != rows)
        return disagreement(QStringLiteral("%1 rows vs %2").arg(*read.count).arg(rows));
    const qint64 modelId = m_model->data(m_model->index(row, 0), idRole()).toLongLong();
    if (rows > row && modelId != read.firstId)
        return disagreement(QStringLiteral("id %1 vs %2 in row %3").arg(read.firstId).arg(modelId).arg(row));
    const int expectedCells = std::min(ScreenRows, rows - row) * columnCount();
    if (m_cells != expectedCells)
        return disagreement(QStringLiteral("%1 of %2 cells read").arg(m_cells).arg(expectedCells));
    return {};
}

Result<TableBench::Measured> TableBench::measureAgainstFloor(const QString &operation,
                                                             const std::function<void()> &prepare,
                                                             const std::function<void()> &ours,
                                                             const std::function<Result<FloorRead>()> &floor,
                                                             int row) {
    Measured measured;
    Status failed;
    // The floor runs after the same preparation as ours, so both start from the same cache contents (the
    // preparation, e.g. counting every row before a filter, evicts pages from SQLite's cache); they run in
    // turns, ours last, so the model is checked in the state its last run left.
    const TimedPair timed = measureInTurns(
        m_repeat, prepare,
        [&]() {
            Result<FloorRead> read = floor();
            if (read.ok())
                measured.read = read.value();
            else if (failed)
                failed = read.error();
        },
        ours);
    measured.floor = timed.baseline;
    measured.ours = timed.ours;
    if (!failed)
        return failed.error();
    if (Status agreed = checkAgreement(operation, measured.read, row); !agreed)
        return agreed.error();
    return measured;
}

Status TableBench::run(const BenchContext &context, BenchReport &report) {
    m_repeat = context.options.repeat;
    m_withNaive = !context.options.skipNaive;
    m_report = &report;
    report.addGroupNote(group(), groupNote());
    // The integrity check is the start-up's business (measured there); here it would only add minutes.
    Result<std::unique_ptr<Database>> opened =
        Database::open(context.largeDatabasePath, Database::Options{Database::Access::ReadWrite, false});
    if (!opened.ok())
        return opened.error();
    const Database &database = *opened.value();
    attach(database);
    Status status = measureOpen(database);
    if (status)
        status = measureFilters(database);
    if (status)
        status = measureSorts();
    if (status)
        status = measureJumps(database);
    m_naive.reset();
    m_model.reset();
    return status;
}

Status TableBench::measureOpen(const Database &database) {
    TimingRow row;
    row.operation = QStringLiteral("Open and show the first screen");
    Result<Measured> measured = measureAgainstFloor(
        row.operation, [&]() { m_model.reset(); },
        [&]() {
            m_model = openModel(database);
            m_cells = readScreen(*m_model, 0, modelColumns());
        },
        [&]() { return readFloor(defaultSortColumn(), defaultSortOrder(), true, pageSize(), 0, false); }, 0);
    if (!measured.ok())
        return measured.error();
    row.ours = measured.value().ours;
    row.floor = measured.value().floor;
    // The last naive table opened stays for the other operations: it paid for every row up front.
    if (m_withNaive)
        row.naive = measure(
            m_repeat, [&]() { m_naive.reset(); },
            [&]() {
                m_naive = std::make_unique<NaiveTable>(openNaive(database.connection()));
                readScreen(*m_naive->proxy, 0, m_naive->shownColumns());
            });
    m_report->addTiming(group(), row);
    return {};
}

Status TableBench::measureFilters(const Database &database) {
    NaiveProxy *proxy = m_naive ? m_naive->proxy.get() : nullptr;
    const QList<int> shown = m_naive ? m_naive->shownColumns() : QList<int>();
    const QList<FilterCase> cases = filterCases(database);
    for (const FilterCase &filter : cases) {
        TimingRow row;
        row.operation = filter.operation;
        Result<Measured> measured = measureAgainstFloor(
            row.operation,
            [&]() {
                if (filter.afterOpening) {
                    m_model.reset();
                    m_model = openModel(database);
                }
                filter.before(*m_model);
                readScreen(*m_model, 0, modelColumns());
            },
            [&]() {
                filter.apply(*m_model);
                m_cells = readScreen(*m_model, 0, modelColumns());
            },
            filter.floor, 0);
        if (!measured.ok())
            return measured.error();
        row.ours = measured.value().ours;
        row.floor = measured.value().floor;
        row.speedUpApplies = filter.speedUpApplies;
        if (proxy) {
            row.naive = measure(
                m_repeat, [&]() { filter.naiveBefore(*proxy); },
                [&]() {
                    filter.naiveApply(*proxy);
                    readScreen(*proxy, 0, shown);
                });
        }
        m_report->addTiming(group(), row);
    }
    m_model = openModel(database);
    if (proxy) {
        proxy->setRowTest({});
        proxy->setFilterFixedString({});
    }
    return {};
}

Status TableBench::measureSorts() {
    NaiveProxy *proxy = m_naive ? m_naive->proxy.get() : nullptr;
    const QList<int> shown = m_naive ? m_naive->shownColumns() : QList<int>();
    // Without dynamic sorting the proxy sorts again on every call instead of returning early, so no untimed
    // re-sort is needed between naive runs.
    if (proxy)
        proxy->setDynamicSortFilter(false);
    for (int column = 0; column < columnCount(); ++column) {
        if (!isSortable(column))
            continue;
        // The untimed run sorts by another column first, so the timed sort really sorts.
        int otherColumn = defaultSortColumn();
        for (int candidate = 0; otherColumn == column; ++candidate) {
            if (candidate != column && isSortable(candidate))
                otherColumn = candidate;
        }
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            TimingRow row;
            row.operation = QStringLiteral("Sort by %1 %2 and show the first screen")
                                .arg(m_model->headerData(column, Qt::Horizontal).toString().toLower(),
                                     order == Qt::AscendingOrder ? QStringLiteral("ascending")
                                                                 : QStringLiteral("descending"));
            // The floor is the ORDER BY ... LIMIT query alone: the order does not change the row count.
            Result<Measured> measured = measureAgainstFloor(
                row.operation,
                [&]() {
                    m_model->sort(otherColumn, Qt::AscendingOrder);
                    readScreen(*m_model, 0, modelColumns());
                },
                [&]() {
                    m_model->sort(column, order);
                    m_cells = readScreen(*m_model, 0, modelColumns());
                },
                [&]() { return readFloor(column, order, false, pageSize(), 0, false); }, 0);
            if (!measured.ok())
                return measured.error();
            row.ours = measured.value().ours;
            row.floor = measured.value().floor;
            // The naive sort costs the same in either order (and tens of seconds at a million rows), so it is
            // timed ascending only, without a warm-up: its rows are in memory already.
            if (const int naiveColumn = m_naive ? m_naive->columns.value(column, -1) : -1;
                naiveColumn >= 0 && order == Qt::AscendingOrder) {
                row.naive = measure(
                    m_repeat, {},
                    [&]() {
                        proxy->sort(naiveColumn, order);
                        readScreen(*proxy, 0, shown);
                    },
                    false);
            }
            m_report->addTiming(group(), row);
        }
    }
    m_model->sort(defaultSortColumn(), defaultSortOrder());
    if (proxy)
        proxy->sort(m_naive->columns.value(defaultSortColumn()), defaultSortOrder());
    return {};
}

namespace {

/// Runs the event loop until `model` has sampled its positions (PagedTableModel), as it does while the
/// application waits for the user after showing the first screen.
void letSample(QAbstractItemModel &model) {
    if (const auto *paged = qobject_cast<const PagedTableModelBase *>(&model)) {
        while (!paged->isSampled())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
}

} // namespace

Status TableBench::measureJumps(const Database &database) {
    // A freshly opened table (first screen shown) jumps to the middle, or to the end: once it has sampled
    // its positions while idle, and at once. The floor reads exactly that screen by OFFSET, from the end of
    // the list in its second half as the model does without samples, and does not count: the row count is
    // already known.
    const int rowCount = m_model->rowCount();
    const Timing sampling = measure(
        m_repeat,
        [&]() {
            m_model = openModel(database);
            readScreen(*m_model, 0, modelColumns());
        },
        [&]() { letSample(*m_model); });
    m_report->addNote(QStringLiteral("%1: sampling the positions of the %2 rows after opening (while the "
                                     "event loop is idle, a short read at a time) took %3 ms (median; "
                                     "%4-%5 ms).")
                          .arg(group())
                          .arg(rowCount)
                          .arg(sampling.median, 0, 'f', 1)
                          .arg(sampling.min, 0, 'f', 1)
                          .arg(sampling.max, 0, 'f', 1));
    struct Jump {
        QString operation;
        int firstRow;
        bool sampled;
    };
    const QList<Jump> jumps = {
        {QStringLiteral("Jump to the middle and show a screen"), rowCount / 2, true},
        {QStringLiteral("Jump to the middle at once after opening (not sampled yet) and show a screen"),
         rowCount / 2, false},
        {QStringLiteral("Jump to the last row and show a screen"), std::max(0, rowCount - ScreenRows),
         false}};
    for (const auto &[operation, firstRow, sampled] : jumps) {
        TimingRow row;
        row.operation = operation;
        // The floor reads the pages the model reads for the screen (from the end in the second half), and
        // reports the screen's first row.
        const auto floorPages = [&, firstRow = firstRow]() -> Result<FloorRead> {
            FloorRead screen;
            const int size = pageSize();
            for (int page = firstRow / size; page <= (firstRow + ScreenRows - 1) / size; ++page) {
                const qint64 first = qint64(page) * size;
                const qint64 end = std::min<qint64>(first + size, rowCount);
                const bool fromEnd = first > rowCount / 2;
                const int wanted = fromEnd ? int(end - first) : size;
                const Result<FloorRead> read = readFloor(defaultSortColumn(), defaultSortOrder(), false,
                                                         wanted, fromEnd ? rowCount - end : first, fromEnd);
                if (!read.ok())
                    return read.error();
                if (page == firstRow / size)
                    screen.firstId = read.value().ids.value(firstRow - first, -1);
            }
            return screen;
        };
        Result<Measured> measured = measureAgainstFloor(
            row.operation,
            [&, sampled = sampled]() {
                m_model = openModel(database);
                readScreen(*m_model, 0, modelColumns());
                if (sampled)
                    letSample(*m_model);
            },
            [&, firstRow = firstRow]() { m_cells = readScreen(*m_model, firstRow, modelColumns()); },
            floorPages, firstRow);
        if (!measured.ok())
            return measured.error();
        row.ours = measured.value().ours;
        row.floor = measured.value().floor;
        if (m_naive) {
            row.naive = measure(m_repeat, {},
                                [&]() { readScreen(*m_naive->proxy, firstRow, m_naive->shownColumns()); });
        }
        // The naive table holds every row in memory already: it paid for scrolling when it opened.
        row.speedUpApplies = false;
        m_report->addTiming(group(), row);
    }
    return {};
}

Status TableBench::runMemory(const BenchContext &context, BenchReport &report, bool withNaive) {
    const auto medianPeakMb = [&](const QString &path, bool naive) -> Result<double> {
        QStringList arguments{QStringLiteral("--measure-rss"), path, QStringLiteral("--table"), name()};
        if (naive)
            arguments.append(QStringLiteral("--naive"));
        QList<double> samples;
        for (int i = 0; i < context.options.repeat; ++i) {
            const Result<ChildRun> run = runChild(QCoreApplication::applicationFilePath(), arguments);
            if (!run.ok())
                return run.error();
            if (run.value().exitCode != 0)
                return Error{Error::Kind::Io, QStringLiteral("Measuring memory in a child process failed: %1")
                                                  .arg(QString::fromLocal8Bit(run.value().standardError))};
            samples.append(run.value().peakRssMb);
        }
        return Timing::fromSamples(samples).median;
    };
    const Result<double> empty = medianPeakMb(context.emptyDatabasePath, false);
    if (!empty.ok())
        return empty.error();
    const Result<double> large = medianPeakMb(context.largeDatabasePath, false);
    if (!large.ok())
        return large.error();
    MemoryRow row{
        QStringLiteral("Open the database and show the first screen"), empty.value(), large.value(), {}};
    if (withNaive) {
        const Result<double> naive = medianPeakMb(context.largeDatabasePath, true);
        if (!naive.ok())
            return naive.error();
        row.naiveLargeMb = naive.value();
    }
    report.addMemory(QStringLiteral("%1 memory (peak RSS, median of child processes)").arg(group()), row);
    return {};
}

int TableBench::probeMemory(const QString &databasePath, bool naive) {
    Result<std::unique_ptr<Database>> opened =
        Database::open(databasePath, Database::Options{Database::Access::ReadWrite, false});
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    const Database &database = *opened.value();
    if (naive) {
        const NaiveTable table = openNaive(database.connection());
        readScreen(*table.proxy, 0, table.shownColumns());
    } else {
        m_model = openModel(database);
        readScreen(*m_model, 0, modelColumns());
        m_model.reset();
    }
    return 0;
}

} // namespace bk::bench
