// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ClientTableBench.h"

#include "BenchReport.h"
#include "ProcessMemory.h"
#include "clients/ClientTableModel.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <cstdio>
#include <memory>

// Fairness: every measurement runs on one warmed connection. The model, the floor and the naive
// QSqlTableModel all use the connection of the same bk::Database (SQLite's page cache is per connection),
// and measure() runs each operation once untimed before timing it. Memory is measured in child processes.

namespace bk::bench::ClientTableBench {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("ClientTableBench", text);
}

const QString Group = QStringLiteral("Client table");

/// Rows of one screen of the table (a maximised window at 1080p shows about 40).
constexpr int ScreenRows = 40;

/// The `clients` columns behind ClientTableModel's columns, in the same order: the naive table shows these.
const QStringList NaiveColumns = {QStringLiteral("full_name"), QStringLiteral("email"),
                                  QStringLiteral("phone"),     QStringLiteral("preferred_channel"),
                                  QStringLiteral("status"),    QStringLiteral("start_date"),
                                  QStringLiteral("updated_at")};

/// The type-ahead search as it is typed, one character at a time; the name "Müller" is in the synthetic data.
const QStringList TypedSearch = {QStringLiteral("m"), QStringLiteral("mü"), QStringLiteral("mül")};

QList<int> ourColumns() {
    QList<int> columns;
    for (int column = 0; column < ClientTableModel::ColumnCount; ++column)
        columns.append(column);
    return columns;
}

/// Reads one screen (Display role) from `firstRow` on; returns the number of cells that held a value.
int readScreen(const QAbstractItemModel &model, int firstRow, const QList<int> &columns) {
    int cells = 0;
    const int end = std::min(model.rowCount(), firstRow + ScreenRows);
    for (int row = firstRow; row < end; ++row) {
        for (int column : columns)
            cells += model.data(model.index(row, column)).isValid() ? 1 : 0;
    }
    return cells;
}

// The floor: the statements ClientRepository::count() and ClientRepository::list() issue, with the same
// bound values, run with QSqlQuery alone: no Client objects, no display strings, no model. This SQL lives
// here and not in app/storage because measuring the raw SQL is the point; it mirrors ClientRepository.cpp,
// and every operation checks that the floor and the model agree on the count and the first row.
class FloorSql {
public:
    explicit FloorSql(QSqlDatabase connection)
        : m_connection(std::move(connection)) {}

    /// Expression each ClientTableModel column sorts by (ClientRepository's sortExpression()).
    static QString sortExpression(int column) {
        static const QStringList expressions = {
            QStringLiteral("name_key"),          QStringLiteral("lower(email)"), QStringLiteral("phone"),
            QStringLiteral("preferred_channel"), QStringLiteral("status"),       QStringLiteral("start_date"),
            QStringLiteral("updated_at")};
        return expressions.value(column);
    }

    Result<qint64> count(const QString &search) const {
        QSqlQuery query(m_connection);
        query.prepare(QStringLiteral("SELECT count(*) FROM clients") + where(search));
        bindSearch(query, search);
        if (!query.exec() || !query.next())
            return failure(query);
        return query.value(0).toLongLong();
    }

    /// Reads the rows of one page; returns the id of its first row, or -1 for an empty page.
    Result<qint64> page(const QString &search, int column, Qt::SortOrder order, int limit,
                        qint64 offset) const {
        const QString key = sortExpression(column);
        const QString direction =
            order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
        QSqlQuery query(m_connection);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT id, full_name, preferred_name, email, phone, preferred_channel, "
                                     "status, start_date, notes, created_at, updated_at, archived, ") +
                      key + QStringLiteral(" FROM clients") + where(search) + QStringLiteral(" ORDER BY ") +
                      key + direction + QStringLiteral(", id") + direction +
                      QStringLiteral(" LIMIT :limit OFFSET :offset"));
        bindSearch(query, search);
        query.bindValue(QStringLiteral(":limit"), limit);
        query.bindValue(QStringLiteral(":offset"), offset);
        if (!query.exec())
            return failure(query);
        qint64 firstId = -1;
        int values = 0;
        while (query.next()) {
            if (firstId < 0)
                firstId = query.value(0).toLongLong();
            for (int i = 0; i < 13; ++i)
                values += query.value(i).isValid() ? 1 : 0;
        }
        return values > 0 ? firstId : -1;
    }

private:
    static QStringList words(const QString &search) {
        return search.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }

    static QString where(const QString &search) {
        QString sql = QStringLiteral(" WHERE archived = 0");
        for (qsizetype i = 0; i < words(search).size(); ++i)
            sql += QStringLiteral(" AND search_key LIKE :word%1 ESCAPE '\\'").arg(i);
        return sql;
    }

    static void bindSearch(QSqlQuery &query, const QString &search) {
        const QStringList all = words(search);
        for (qsizetype i = 0; i < all.size(); ++i) {
            QString pattern = all.at(i).toCaseFolded();
            pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
            pattern.replace(QLatin1Char('%'), QLatin1String("\\%"));
            pattern.replace(QLatin1Char('_'), QLatin1String("\\_"));
            query.bindValue(QStringLiteral(":word%1").arg(i),
                            QString(QLatin1Char('%') + pattern + QLatin1Char('%')));
        }
    }

    static Error failure(const QSqlQuery &query) {
        return Error{Error::Kind::Storage, tr("The floor query failed: %1 (%2)").arg(query.lastError().text(), query.lastQuery())};
    }

    QSqlDatabase m_connection;
};

/// The naive Qt way: QSqlTableModel with every row fetched, behind a QSortFilterProxyModel.
struct NaiveTable {
    std::unique_ptr<QSqlTableModel> table;
    std::unique_ptr<QSortFilterProxyModel> proxy; ///< declared after table: destroyed first
    QList<int> columns;                           ///< proxy columns matching ClientTableModel's

    /// Opens it as a naive application would show the register: archived clients left out in SQL, every
    /// row fetched, sorted by name.
    static NaiveTable open(const QSqlDatabase &connection) {
        NaiveTable naive;
        naive.table = std::make_unique<QSqlTableModel>(nullptr, connection);
        naive.table->setTable(QStringLiteral("clients"));
        naive.table->setFilter(QStringLiteral("archived = 0"));
        naive.table->select();
        while (naive.table->canFetchMore())
            naive.table->fetchMore();
        naive.proxy = std::make_unique<QSortFilterProxyModel>();
        naive.proxy->setSourceModel(naive.table.get());
        for (const QString &name : NaiveColumns)
            naive.columns.append(naive.table->record().indexOf(name));
        naive.proxy->sort(naive.columns.first(), Qt::AscendingOrder);
        return naive;
    }
};

Status disagreement(const QString &operation, const QString &detail) {
    return Error{Error::Kind::Invalid,
                 tr("The floor no longer matches the model for \"%1\" (%2): update FloorSql to the SQL in "
                    "ClientRepository.cpp.")
                     .arg(operation, detail)};
}

/// Checks that the model shows what the floor read (the same row count when the floor counted, the same
/// client at `row`) and that the screen read from the model was complete.
Status checkAgreement(const QString &operation, const ClientTableModel &model, std::optional<qint64> count,
                      int row, qint64 floorId, int cellsRead) {
    if (!model.lastError().isEmpty())
        return Error{Error::Kind::Storage, model.lastError()};
    if (count && *count != model.rowCount())
        return disagreement(operation, tr("%1 rows vs %2").arg(*count).arg(model.rowCount()));
    const qint64 modelId = model.data(model.index(row, 0), ClientTableModel::IdRole).toLongLong();
    if (model.rowCount() > row && modelId != floorId)
        return disagreement(operation, tr("id %1 vs %2 in row %3").arg(floorId).arg(modelId).arg(row));
    const int expectedCells = std::min(ScreenRows, model.rowCount() - row) * ClientTableModel::ColumnCount;
    if (cellsRead != expectedCells)
        return disagreement(operation, tr("%1 of %2 cells read").arg(cellsRead).arg(expectedCells));
    return {};
}

TimingRow named(const QString &operation) {
    TimingRow row;
    row.operation = operation;
    return row;
}

void setSearch(ClientTableModel &model, const QString &search) {
    ClientFilter filter = model.filter();
    filter.search = search;
    model.setFilter(filter);
}

} // namespace

Status run(const BenchContext &context, BenchReport &report) {
    const int repeat = context.options.repeat;
    Result<std::unique_ptr<Database>> opened = Database::open(context.largeDatabasePath);
    if (!opened.ok())
        return opened.error();
    const Database &db = *opened.value();
    const FloorSql floor(db.connection());
    const QList<int> columns = ourColumns();
    constexpr int PageSize = ClientTableModel::PageSize;

    // Floor runs keep their result here; measure() takes callables that return nothing.
    Status floorStatus;
    qint64 floorCount = 0;
    qint64 floorId = 0;
    const auto floorRun = [&](std::function<Status()> query) {
        return [&floorStatus, query]() {
            if (Status result = query(); !result && floorStatus)
                floorStatus = result;
        };
    };
    const auto countAndPage = [&](const QString &search, int column, Qt::SortOrder order) -> Status {
        const Result<qint64> count = floor.count(search);
        if (!count.ok())
            return count.error();
        floorCount = count.value();
        const Result<qint64> first = floor.page(search, column, order, PageSize, 0);
        if (!first.ok())
            return first.error();
        floorId = first.value();
        return {};
    };
    const auto pageOnly = [&](int column, Qt::SortOrder order, int limit, qint64 offset) -> Status {
        const Result<qint64> first = floor.page({}, column, order, limit, offset);
        if (!first.ok())
            return first.error();
        floorId = first.value();
        return {};
    };
    int cells = 0;

    // a) Open the table and show the first screen.
    std::unique_ptr<ClientTableModel> model;
    {
        TimingRow row = named(tr("Open and show the first screen"));
        row.ours = measure(
            repeat, [&]() { model.reset(); },
            [&]() {
                model = std::make_unique<ClientTableModel>(db);
                cells = readScreen(*model, 0, columns);
            });
        row.floor = measure(repeat, {}, floorRun([&]() { return countAndPage({}, 0, Qt::AscendingOrder); }));
        if (!floorStatus)
            return floorStatus;
        if (Status agreed = checkAgreement(row.operation, *model, floorCount, 0, floorId, cells); !agreed)
            return agreed;
        std::unique_ptr<NaiveTable> naive;
        row.naive = measure(
            repeat, [&]() { naive.reset(); },
            [&]() {
                naive = std::make_unique<NaiveTable>(NaiveTable::open(db.connection()));
                readScreen(*naive->proxy, 0, naive->columns);
            });
        report.addTiming(Group, row);
    }

    // The naive table for the other operations, opened once: it pays for every row up front.
    const NaiveTable naive = NaiveTable::open(db.connection());

    // b) Type-ahead filter. The naive proxy filters the name column only, case-insensitively: the cheapest
    // naive filter, so its speed-up is a lower bound (setFilterKeyColumn(-1), closer to our search over
    // name, preferred name, email and phone, tests all 15 columns and is slower still).
    naive.proxy->setFilterKeyColumn(naive.columns.first());
    naive.proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    for (qsizetype i = 0; i < TypedSearch.size(); ++i) {
        const QString typed = TypedSearch.at(i);
        const QString before = i > 0 ? TypedSearch.at(i - 1) : QString();
        TimingRow row = named(tr("Type-ahead filter \"%1\" and show the first screen").arg(typed));
        row.ours = measure(
            repeat,
            [&]() {
                setSearch(*model, before);
                readScreen(*model, 0, columns);
            },
            [&]() {
                setSearch(*model, typed);
                cells = readScreen(*model, 0, columns);
            });
        row.floor =
            measure(repeat, {}, floorRun([&]() { return countAndPage(typed, 0, Qt::AscendingOrder); }));
        if (!floorStatus)
            return floorStatus;
        if (Status agreed = checkAgreement(row.operation, *model, floorCount, 0, floorId, cells); !agreed)
            return agreed;
        row.naive = measure(
            repeat, [&]() { naive.proxy->setFilterFixedString(before); },
            [&]() {
                naive.proxy->setFilterFixedString(typed);
                readScreen(*naive.proxy, 0, naive.columns);
            });
        report.addTiming(Group, row);
    }
    setSearch(*model, {});
    naive.proxy->setFilterFixedString({});

    // c) Sort by each column, both orders. The floor is the ORDER BY ... LIMIT query alone: sorting does
    // not change how many rows there are. Without dynamic sorting the proxy sorts again on every call
    // instead of returning early, so no untimed re-sort is needed between runs.
    naive.proxy->setDynamicSortFilter(false);
    for (int column = 0; column < ClientTableModel::ColumnCount; ++column) {
        if (!ClientTableModel::isSortable(column))
            continue;
        // The untimed run sorts by another column first, so the timed sort really sorts.
        const int otherColumn =
            column == ClientTableModel::NameColumn ? ClientTableModel::EmailColumn : ClientTableModel::NameColumn;
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            TimingRow row = named(tr("Sort by %1 %2 and show the first screen")
                                      .arg(model->headerData(column, Qt::Horizontal).toString().toLower(),
                                           order == Qt::AscendingOrder ? tr("ascending") : tr("descending")));
            row.ours = measure(
                repeat,
                [&]() {
                    model->sort(otherColumn, Qt::AscendingOrder);
                    readScreen(*model, 0, columns);
                },
                [&]() {
                    model->sort(column, order);
                    cells = readScreen(*model, 0, columns);
                });
            row.floor = measure(repeat, {}, floorRun([&]() { return pageOnly(column, order, PageSize, 0); }));
            if (!floorStatus)
                return floorStatus;
            if (Status agreed = checkAgreement(row.operation, *model, std::nullopt, 0, floorId, cells);
                !agreed)
                return agreed;
            row.naive = measure(repeat, {}, [&]() {
                naive.proxy->sort(naive.columns.at(column), order);
                readScreen(*naive.proxy, 0, naive.columns);
            });
            report.addTiming(Group, row);
        }
    }
    model->sort(ClientTableModel::NameColumn, Qt::AscendingOrder);
    naive.proxy->sort(naive.columns.first(), Qt::AscendingOrder);

    // d) Scroll: a freshly opened table (first screen shown) jumps to the middle, or to the end. The floor
    // reads exactly that screen with LIMIT/OFFSET and no count: the row count is already known.
    const int rowCount = model->rowCount();
    const QList<std::pair<QString, int>> jumps = {
        {tr("Jump to the middle and show a screen"), rowCount / 2},
        {tr("Jump to the last row and show a screen"), std::max(0, rowCount - ScreenRows)}};
    for (const auto &[operation, firstRow] : jumps) {
        TimingRow row = named(operation);
        row.ours = measure(
            repeat,
            [&]() {
                model = std::make_unique<ClientTableModel>(db);
                readScreen(*model, 0, columns);
            },
            [&]() { cells = readScreen(*model, firstRow, columns); });
        row.floor = measure(repeat, {}, floorRun([&]() {
                                return pageOnly(ClientTableModel::NameColumn, Qt::AscendingOrder, ScreenRows,
                                                firstRow);
                            }));
        if (!floorStatus)
            return floorStatus;
        if (Status agreed = checkAgreement(row.operation, *model, std::nullopt, firstRow, floorId, cells);
            !agreed)
            return agreed;
        row.naive = measure(repeat, {}, [&]() { readScreen(*naive.proxy, firstRow, naive.columns); });
        // The naive table holds every row in memory already: it paid for scrolling when it opened.
        row.speedUpApplies = false;
        report.addTiming(Group, row);
    }
    return {};
}

namespace {

Result<ProcessMemory> probeChild(const QString &databasePath, bool naive) {
    QStringList arguments{QStringLiteral("--measure-rss"), databasePath};
    if (naive)
        arguments.append(QStringLiteral("--naive"));
    QProcess process;
    process.start(QCoreApplication::applicationFilePath(), arguments);
    const bool finished = process.waitForFinished(300000);
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return Error{Error::Kind::Io, tr("Measuring memory in a child process failed: %1")
                                          .arg(QString::fromLocal8Bit(process.readAllStandardError()))};
    }
    const QList<QByteArray> fields = process.readAllStandardOutput().trimmed().split(' ');
    return ProcessMemory{fields.value(1).toLongLong(), fields.value(0).toLongLong()};
}

Result<double> medianPeakMb(const QString &databasePath, bool naive, int repeat) {
    QList<double> samples;
    for (int i = 0; i < repeat; ++i) {
        const Result<ProcessMemory> memory = probeChild(databasePath, naive);
        if (!memory.ok())
            return memory.error();
        samples.append(double(memory.value().peakKb) / 1024.0);
    }
    return Timing::fromSamples(samples).median;
}

} // namespace

Status runMemory(const BenchContext &context, BenchReport &report) {
    const int repeat = context.options.repeat;
    const Result<double> empty = medianPeakMb(context.emptyDatabasePath, false, repeat);
    if (!empty.ok())
        return empty.error();
    const Result<double> large = medianPeakMb(context.largeDatabasePath, false, repeat);
    if (!large.ok())
        return large.error();
    const Result<double> naive = medianPeakMb(context.largeDatabasePath, true, repeat);
    if (!naive.ok())
        return naive.error();
    report.addMemory(tr("Client table memory (peak RSS, median of child processes)"),
                     MemoryRow{tr("Open the database and show the first screen"), empty.value(),
                               large.value(), naive.value()});
    return {};
}

int probeMemory(const QString &databasePath, bool naive) {
    Result<std::unique_ptr<Database>> opened = Database::open(databasePath);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    const Database &db = *opened.value();
    std::unique_ptr<ClientTableModel> model;
    std::unique_ptr<NaiveTable> table;
    if (naive) {
        table = std::make_unique<NaiveTable>(NaiveTable::open(db.connection()));
        readScreen(*table->proxy, 0, table->columns);
    } else {
        model = std::make_unique<ClientTableModel>(db);
        readScreen(*model, 0, ourColumns());
    }
    const ProcessMemory memory = ProcessMemory::current();
    std::printf("%lld %lld\n", static_cast<long long>(memory.peakKb),
                static_cast<long long>(memory.residentKb));
    return 0;
}

} // namespace bk::bench::ClientTableBench
