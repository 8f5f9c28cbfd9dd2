// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "tests/benchmarks/TableBench.h"

#include "app/common/PagedTableModel.h"
#include "app/storage/Database.h"
#include "tests/benchmarks/ChildProcess.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlRecord>
#include <cstdio>
#include <utility>

// Fairness: every measurement runs on one warmed connection. The model, the floor and the naive
// QSqlTableModel all use the connection of the same bk::Database (SQLite's page cache is per connection),
// and measure() runs each operation once untimed before timing it. Memory is measured in child processes.

namespace bk::bench {

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
    if (const qint64 modelId = rows > row ? m_model->data(m_model->index(row, 0), idRole()).toLongLong() : -1;
        rows > row && modelId != read.firstId)
        return disagreement(QStringLiteral("id %1 vs %2 in row %3").arg(read.firstId).arg(modelId).arg(row));
    const int expectedCells = std::min(ScreenRows, rows - row) * columnCount();
    if (m_cells != expectedCells)
        return disagreement(QStringLiteral("%1 of %2 cells read").arg(m_cells).arg(expectedCells));
    return {};
}

Result<TableBench::Measured> TableBench::measureAgainstFloor(const Operation &operation) {
    Measured measured;
    Status failed;
    // The floor runs after the same preparation as ours, so both start from the same cache contents (the
    // preparation, e.g. counting every row before a filter, evicts pages from SQLite's cache); they run in
    // turns, ours last, so the model is checked in the state its last run left.
    const TimedPair timed = measureInTurns(
        m_repeat, operation.prepare,
        [&]() {
            Result<FloorRead> read = operation.floor();
            if (read.ok())
                measured.read = read.value();
            else if (failed)
                failed = read.error();
        },
        operation.ours);
    measured.floor = timed.baseline;
    measured.ours = timed.ours;
    if (!failed)
        return failed.error();
    if (Status agreed = checkAgreement(operation.name, measured.read, operation.row); !agreed)
        return agreed.error();
    return measured;
}

Status TableBench::run(const BenchContext &context, BenchReport &report) {
    m_repeat = context.options.repeat;
    m_withNaive = !context.options.skipNaive;
    report.addGroupNote(group(), groupNote());
    // The integrity check is the start-up's business (measured there); here it would only add minutes.
    Result<std::unique_ptr<Database>> opened =
        Database::open(context.largeDatabasePath, Database::Options{Database::Access::ReadWrite, false});
    if (!opened.ok())
        return opened.error();
    const Database &database = *opened.value();
    attach(database);
    Status status;
    for (const Operation &operation : operations(database)) {
        if (operation.setUp)
            operation.setUp();
        Result<Measured> measured = measureAgainstFloor(operation);
        if (!measured.ok()) {
            status = measured.error();
            break;
        }
        TimingRow row;
        row.operation = operation.name;
        row.ours = measured.value().ours;
        row.floor = measured.value().floor;
        if (m_withNaive && operation.naive)
            row.naive = operation.naive();
        row.speedUpApplies = operation.speedUpApplies;
        report.addTiming(group(), row);
    }
    if (status)
        noteSampling(database, report);
    m_naive.reset();
    m_model.reset();
    return status;
}

Status TableBench::measureSizes(const QList<TableBench *> &tables, const QList<const Database *> &databases,
                                const QList<int> &clients, int repeat, BenchReport &report) {
    QList<QList<Operation>> sizes;
    for (qsizetype size = 0; size < tables.size(); ++size) {
        TableBench &table = *tables.at(size);
        table.m_repeat = repeat;
        table.m_withNaive = false;
        table.attach(*databases.at(size));
        sizes.append(table.operations(*databases.at(size)));
    }
    const QString group = tables.constLast()->group() + QStringLiteral(": cost as the practice grows");
    QStringList sizeNames;
    for (int count : clients)
        sizeNames.append(QLocale(QLocale::English).toString(count));
    report.addGroupNote(
        group,
        QStringLiteral("Ours alone (median ms) on practices of %1 clients with ten incidents each, built "
                       "with the same seed, each operation at the three sizes in turns. A keyset page "
                       "(a sort's first screen, the last screen) reads one page by its index and must "
                       "stay flat: at most %2 from the smallest to the largest. Opening, the filters "
                       "and the middle count rows or skip an offset, so they grow; they have no target "
                       "here.")
            .arg(sizeNames.join(QStringLiteral(", ")),
                 QString::number(Targets::MaxFloorRatio, 'f', 1) + QStringLiteral("×")));
    Status status;
    for (qsizetype index = 0; status && index < sizes.constFirst().size(); ++index) {
        const Operation &largest = sizes.constLast().at(index);
        QList<Turn> turns;
        for (qsizetype size = 0; size < sizes.size(); ++size) {
            const Operation &operation = sizes.at(size).value(index);
            if (operation.name != largest.name)
                return Error{Error::Kind::Invalid,
                             QStringLiteral("\"%1\" is measured on one practice, \"%2\" on another.")
                                 .arg(operation.name, largest.name)};
            if (operation.setUp)
                operation.setUp();
            turns.append({operation.prepare, operation.ours});
        }
        const QList<Timing> timings = measureInTurns(repeat, turns);
        GrowthRow row{largest.name, {}, {}};
        for (qsizetype size = 0; size < sizes.size(); ++size) {
            // Each model still shows what its floor reads after its last run.
            const Operation &operation = sizes.at(size).at(index);
            const Result<FloorRead> read = operation.floor();
            status = read ? tables.at(size)->checkAgreement(operation.name, read.value(), operation.row)
                          : Status(read.error());
            row.medians.append(timings.at(size).median);
        }
        if (largest.keysetPage)
            row.maxGrowth = Targets::MaxFloorRatio;
        report.addGrowth(group, row);
    }
    for (TableBench *table : tables)
        table->m_model.reset();
    return status;
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

QList<TableBench::Operation> TableBench::operations(const Database &database) {
    QList<Operation> operations;
    const auto showFirstScreen = [this, &database]() {
        m_model = openModel(database);
        readScreen(*m_model, 0, modelColumns());
    };

    Operation open;
    open.name = QStringLiteral("Open and show the first screen");
    open.prepare = [this]() {
        m_model.reset();
    };
    open.ours = [this, &database]() {
        m_model = openModel(database);
        m_cells = readScreen(*m_model, 0, modelColumns());
    };
    open.floor = [this]() {
        return readFloor(defaultSortColumn(), defaultSortOrder(), true, pageSize(), 0, false);
    };
    // The last naive table opened stays for the other operations: it paid for every row up front.
    open.naive = [this, &database]() -> std::optional<Timing> {
        return measure(
            m_repeat, [this]() { m_naive.reset(); },
            [this, &database]() {
                m_naive = std::make_unique<NaiveTable>(openNaive(database.connection()));
                readScreen(*m_naive->proxy, 0, m_naive->shownColumns());
            });
    };
    operations.append(open);

    for (const FilterCase &filter : filterCases(database)) {
        Operation filtered;
        filtered.name = filter.operation;
        filtered.prepare = [this, &database, filter]() {
            if (filter.afterOpening) {
                m_model.reset();
                m_model = openModel(database);
            }
            filter.before(*m_model);
            readScreen(*m_model, 0, modelColumns());
        };
        filtered.ours = [this, filter]() {
            filter.apply(*m_model);
            m_cells = readScreen(*m_model, 0, modelColumns());
        };
        filtered.floor = filter.floor;
        filtered.naive = [this, filter]() -> std::optional<Timing> {
            NaiveProxy &proxy = *m_naive->proxy;
            const QList<int> shown = m_naive->shownColumns();
            return measure(
                m_repeat, [&]() { filter.naiveBefore(proxy); },
                [&]() {
                    filter.naiveApply(proxy);
                    readScreen(proxy, 0, shown);
                });
        };
        filtered.speedUpApplies = filter.speedUpApplies;
        operations.append(filtered);
    }

    // The sorts start from the list opened anew, and the naive proxy unfiltered; without dynamic sorting the
    // proxy sorts again on every call instead of returning early, so no untimed re-sort is needed between
    // naive runs.
    bool first = true;
    const std::unique_ptr<QAbstractItemModel> shown = openModel(database);
    const int rowCount = shown->rowCount();
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
            Operation sort;
            sort.name = QStringLiteral("Sort by %1 %2 and show the first screen")
                            .arg(shown->headerData(column, Qt::Horizontal).toString().toLower(),
                                 order == Qt::AscendingOrder ? QStringLiteral("ascending")
                                                             : QStringLiteral("descending"));
            if (std::exchange(first, false)) {
                sort.setUp = [this, showFirstScreen]() {
                    showFirstScreen();
                    if (m_naive) {
                        m_naive->proxy->setRowTest({});
                        m_naive->proxy->setFilterFixedString({});
                        m_naive->proxy->setDynamicSortFilter(false);
                    }
                };
            }
            sort.prepare = [this, otherColumn]() {
                m_model->sort(otherColumn, Qt::AscendingOrder);
                readScreen(*m_model, 0, modelColumns());
            };
            sort.ours = [this, column, order]() {
                m_model->sort(column, order);
                m_cells = readScreen(*m_model, 0, modelColumns());
            };
            // The floor is the ORDER BY ... LIMIT query alone: the order does not change the row count.
            sort.floor = [this, column, order]() {
                return readFloor(column, order, false, pageSize(), 0, false);
            };
            // The naive sort costs the same in either order (and tens of seconds at a million rows), so it is
            // timed ascending only, without a warm-up: its rows are in memory already.
            if (order == Qt::AscendingOrder) {
                sort.naive = [this, column]() -> std::optional<Timing> {
                    const int naiveColumn = m_naive->columns.value(column, -1);
                    if (naiveColumn < 0)
                        return std::nullopt;
                    NaiveProxy &proxy = *m_naive->proxy;
                    const QList<int> shownColumns = m_naive->shownColumns();
                    return measure(
                        m_repeat, {},
                        [&]() {
                            proxy.sort(naiveColumn, Qt::AscendingOrder);
                            readScreen(proxy, 0, shownColumns);
                        },
                        false);
                };
            }
            sort.keysetPage = true;
            operations.append(sort);
        }
    }

    // A freshly opened table (first screen shown) jumps to the middle, or to the end: once it has sampled its
    // positions while idle, and at once. The floor reads exactly that screen by OFFSET, from the end of the
    // list in its second half as the model does without samples, and does not count: the row count is
    // already known. The naive table holds every row in memory already: it paid for scrolling when it
    // opened, in its own order again.
    struct Jump {
        QString name;
        int firstRow;
        bool sampled;
        bool keysetPage;
    };
    const QList<Jump> jumps = {
        {QStringLiteral("Jump to the middle and show a screen"), rowCount / 2, true, false},
        {QStringLiteral("Jump to the middle at once after opening (not sampled yet) and show a screen"),
         rowCount / 2, false, false},
        {QStringLiteral("Jump to the last row and show a screen"), std::max(0, rowCount - ScreenRows), false,
         true}};
    first = true;
    for (const Jump &jump : jumps) {
        Operation jumped;
        jumped.name = jump.name;
        if (std::exchange(first, false)) {
            jumped.setUp = [this]() {
                if (m_naive)
                    m_naive->proxy->sort(m_naive->columns.value(defaultSortColumn()), defaultSortOrder());
            };
        }
        jumped.prepare = [this, showFirstScreen, sampled = jump.sampled]() {
            showFirstScreen();
            if (sampled)
                letSample(*m_model);
        };
        jumped.ours = [this, firstRow = jump.firstRow]() {
            m_cells = readScreen(*m_model, firstRow, modelColumns());
        };
        // The floor reads what the model reads for the screen: from its first row to the end of that row's
        // page (of the list when that is nearer than a page), then the next page as far as the screen needs,
        // each from the end in the second half; and reports the screen's first row.
        jumped.floor = [this, rowCount, firstRow = jump.firstRow]() -> Result<FloorRead> {
            FloorRead screen;
            const int size = pageSize();
            qint64 begin = firstRow;
            qint64 end = rowCount - firstRow <= size
                             ? rowCount
                             : std::min<qint64>((firstRow / size + 1) * qint64(size), rowCount);
            while (begin < std::min<qint64>(firstRow + ScreenRows, rowCount)) {
                const bool fromEnd = begin > rowCount / 2;
                const Result<FloorRead> read =
                    readFloor(defaultSortColumn(), defaultSortOrder(), false, int(end - begin),
                              fromEnd ? rowCount - end : begin, fromEnd);
                if (!read.ok())
                    return read.error();
                if (begin == firstRow)
                    screen.firstId = read.value().ids.value(0, -1);
                begin = end;
                end = std::min<qint64>(end + size, rowCount);
            }
            return screen;
        };
        jumped.row = jump.firstRow;
        jumped.naive = [this, firstRow = jump.firstRow]() -> std::optional<Timing> {
            return measure(m_repeat, {},
                           [&]() { readScreen(*m_naive->proxy, firstRow, m_naive->shownColumns()); });
        };
        jumped.speedUpApplies = false;
        jumped.keysetPage = jump.keysetPage;
        operations.append(jumped);
    }
    return operations;
}

void TableBench::noteSampling(const Database &database, BenchReport &report) {
    int rowCount = 0;
    const Timing sampling = measure(
        m_repeat,
        [&]() {
            m_model = openModel(database);
            readScreen(*m_model, 0, modelColumns());
            rowCount = m_model->rowCount();
        },
        [&]() { letSample(*m_model); });
    report.addNote(QStringLiteral("%1: sampling the positions of the %2 rows after opening (while the "
                                  "event loop is idle, a short read at a time) took %3 ms (median; "
                                  "%4-%5 ms).")
                       .arg(group())
                       .arg(rowCount)
                       .arg(sampling.median, 0, 'f', 1)
                       .arg(sampling.min, 0, 'f', 1)
                       .arg(sampling.max, 0, 'f', 1));
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
