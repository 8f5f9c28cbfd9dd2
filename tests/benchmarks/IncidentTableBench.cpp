// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "tests/benchmarks/IncidentTableBench.h"

#include "app/incidents/IncidentTableModel.h"
#include "app/policy/BoundaryPolicy.h"
#include "app/storage/ClientRepository.h"
#include "app/storage/Database.h"
#include "app/storage/SqlValues.h"

#include <QSqlError>
#include <QSqlRecord>
#include <QSqlRelationalTableModel>
#include <algorithm>

namespace bk::bench {

namespace {

/// The `incidents` columns behind IncidentTableModel's columns; the client's is shown by its name through a
/// relation, and the flags column has no naive counterpart.
const QStringList NaiveColumns = {
    QStringLiteral("client_id"),    QStringLiteral("occurred_at"), QStringLiteral("boundary_key"),
    QStringLiteral("channel"),      QStringLiteral("severity"),    QString(),
    QStringLiteral("current_step"), QStringLiteral("next_due"),    QStringLiteral("status")};

/// A client of the synthetic practice, a month of its log and a boundary, to filter by.
constexpr qint64 FilterClientId = 4242;
const QDate RangeFrom(2024, 3, 1);
const QDate RangeTo(2024, 3, 31);

IncidentTableModel &incidentModel(QAbstractItemModel &model) {
    return static_cast<IncidentTableModel &>(model);
}

IncidentFilter unfiltered() {
    IncidentFilter filter;
    filter.today = IncidentTableBench::today();
    return filter;
}

QString text(const QAbstractItemModel &source, int row, int column) {
    return source.data(source.index(row, column)).toString();
}

} // namespace

Status IncidentTableBench::measure(const BenchContext &context, BenchReport &report) {
    return IncidentTableBench().run(context, report);
}

Status IncidentTableBench::measureMemory(const BenchContext &context, BenchReport &report) {
    // The naive table at a million rows needs gigabytes and minutes per child; its memory is not measured.
    return IncidentTableBench().runMemory(context, report, false);
}

QDate IncidentTableBench::today() {
    return {2026, 12, 1};
}

QString IncidentTableBench::group() const {
    return QStringLiteral("Incident table");
}

int IncidentTableBench::columnCount() const {
    return IncidentTableModel::ColumnCount;
}

int IncidentTableBench::idRole() const {
    return IncidentTableModel::IdRole;
}

int IncidentTableBench::pageSize() const {
    return IncidentTableModel::PageSize;
}

bool IncidentTableBench::isSortable(int column) const {
    return IncidentTableModel::sortKeyFor(column).has_value();
}

int IncidentTableBench::defaultSortColumn() const {
    return IncidentTableModel::OccurredColumn;
}

void IncidentTableBench::attach(const Database &database) {
    m_repository = std::make_unique<IncidentListQuery>(database);
}

std::unique_ptr<QAbstractItemModel> IncidentTableBench::openModel(const Database &database) {
    // Opened as the application opens it: no filter ("today" only matters to the overdue filter).
    return std::make_unique<IncidentTableModel>(database);
}

QString IncidentTableBench::modelError(const QAbstractItemModel &model) const {
    return static_cast<const IncidentTableModel &>(model).lastError();
}

NaiveTable IncidentTableBench::openNaive(const QSqlDatabase &connection) const {
    // The naive way shows client names the Qt way, through a relation (a join in the select).
    return NaiveTable::open(
        std::make_unique<QSqlRelationalTableModel>(nullptr, connection), QStringLiteral("incidents"), {},
        NaiveColumns, IncidentTableModel::OccurredColumn, Qt::DescendingOrder, [](QSqlTableModel &table) {
            auto &relational = static_cast<QSqlRelationalTableModel &>(table);
            relational.setRelation(
                relational.record().indexOf(QStringLiteral("client_id")),
                QSqlRelation(QStringLiteral("clients"), QStringLiteral("id"), QStringLiteral("full_name")));
        });
}

Result<FloorRead> IncidentTableBench::readFloor(int column, Qt::SortOrder order, bool count, int limit,
                                                qint64 offset, bool fromEnd) const {
    return readFloorWith(unfiltered(), IncidentSort{*IncidentTableModel::sortKeyFor(column), order}, count,
                         limit, offset, fromEnd);
}

Result<FloorRead> IncidentTableBench::readFloorWith(const IncidentFilter &filter, const IncidentSort &sort,
                                                    bool count, int limit, qint64 offset,
                                                    bool fromEnd) const {
    const auto failure = [](const QSqlQuery &query) {
        return Error{Error::Kind::Storage, QStringLiteral("The floor query failed: %1 (%2)")
                                               .arg(query.lastError().text(), query.lastQuery())};
    };
    FloorRead read;
    if (count) {
        QSqlQuery query = m_repository->countQuery(filter);
        if (!query.exec() || !query.next())
            return failure(query);
        read.count = query.value(0).toLongLong();
    }
    QSqlQuery query = m_repository->listQuery(filter, sort, nullptr, fromEnd, offset, limit);
    if (!query.exec())
        return failure(query);
    const int columns = query.record().count();
    int values = 0;
    while (query.next()) {
        read.ids.append(query.value(0).toLongLong());
        for (int i = 0; i < columns; ++i)
            values += query.value(i).isValid() ? 1 : 0;
    }
    // Read from the end, the rows come last first.
    if (fromEnd)
        std::reverse(read.ids.begin(), read.ids.end());
    read.firstId = values > 0 ? read.ids.value(0, -1) : -1;
    return read;
}

QList<TableBench::FilterCase> IncidentTableBench::filterCases(const Database &database) const {
    const Result<Client> filterClient = ClientRepository(database).get(FilterClientId);
    const QString clientName = filterClient.ok() ? filterClient.value().fullName : QString();
    const QString boundaryKey = PolicyDocument::defaults().boundaries.value(1).key;
    const QString overdueBefore = SqlValues::fromDate(today());
    const QString rangeFrom = SqlValues::fromUtc(QDateTime(RangeFrom, QTime(0, 0)));
    const QString rangeEnd = SqlValues::fromUtc(QDateTime(RangeTo.addDays(1), QTime(0, 0)));

    IncidentFilter byClient = unfiltered();
    byClient.clientId = FilterClientId;
    IncidentFilter byBoundary = unfiltered();
    byBoundary.boundaryKey = boundaryKey;
    IncidentFilter open = unfiltered();
    open.status = IncidentStatus::Open;
    IncidentFilter overdue = unfiltered();
    overdue.overdueOnly = true;
    IncidentFilter range = unfiltered();
    range.from = RangeFrom;
    range.to = RangeTo;

    // The naive filters test the source rows in filterAcceptsRow(), as a naive application would.
    const int client = NaiveColumns.indexOf(QStringLiteral("client_id"));
    const int boundary = NaiveColumns.indexOf(QStringLiteral("boundary_key"));
    const int status = NaiveColumns.indexOf(QStringLiteral("status"));
    const int occurred = NaiveColumns.indexOf(QStringLiteral("occurred_at"));
    const int nextDue = NaiveColumns.indexOf(QStringLiteral("next_due"));
    const QList<std::tuple<QString, IncidentFilter, NaiveProxy::RowTest>> filters = {
        {QStringLiteral("Filter by client and show the first screen"), byClient,
         [clientName, client](const QAbstractItemModel &source, int row) {
             return text(source, row, client) == clientName;
         }},
        {QStringLiteral("Filter by boundary and show the first screen"), byBoundary,
         [boundaryKey, boundary](const QAbstractItemModel &source, int row) {
             return text(source, row, boundary) == boundaryKey;
         }},
        {QStringLiteral("Filter by status (open) and show the first screen"), open,
         [status](const QAbstractItemModel &source, int row) {
             return text(source, row, status) == u"0";
         }},
        {QStringLiteral("Filter overdue and show the first screen"), overdue,
         [status, nextDue, overdueBefore](const QAbstractItemModel &source, int row) {
             const QString due = text(source, row, nextDue);
             return text(source, row, status) == u"0" && !due.isEmpty() && due < overdueBefore;
         }},
        {QStringLiteral("Filter by date range (a month) and show the first screen"), range,
         [occurred, rangeFrom, rangeEnd](const QAbstractItemModel &source, int row) {
             const QString at = text(source, row, occurred);
             return at >= rangeFrom && at < rangeEnd;
         }},
    };

    QList<FilterCase> cases;
    const IncidentSort defaultSort{IncidentSortKey::OccurredAt, defaultSortOrder()};
    for (const auto &[operation, filter, test] : filters) {
        cases.append(
            {operation, [](QAbstractItemModel &model) { incidentModel(model).setFilter(unfiltered()); },
             [filter](QAbstractItemModel &model) { incidentModel(model).setFilter(filter); },
             [this, filter, defaultSort]() {
                 return readFloorWith(filter, defaultSort, true, IncidentTableModel::PageSize, 0, false);
             },
             [](NaiveProxy &proxy) { proxy.setRowTest({}); },
             [test](NaiveProxy &proxy) {
                 proxy.setRowTest(test);
             }});
    }
    return cases;
}

QString IncidentTableBench::groupNote() const {
    return QStringLiteral(
               "Baseline: the statements IncidentListQuery runs for the operation (countQuery() and "
               "listQuery()), executed with QSqlQuery alone. Naive: QSqlRelationalTableModel on `incidents` "
               "(client names through a relation), every row fetched, behind a QSortFilterProxyModel sorted "
               "by "
               "time; its filters test the rows in filterAcceptsRow(). \"Overdue\" is judged on %1.")
        .arg(today().toString(Qt::ISODate));
}

} // namespace bk::bench
