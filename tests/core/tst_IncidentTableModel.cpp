// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/Clock.h"
#include "app/incidents/IncidentTableModel.h"
#include "app/storage/ClientRepository.h"
#include "app/storage/IncidentListQuery.h"
#include "app/storage/IncidentRepository.h"
#include "tests/support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <functional>
#include <map>

using namespace bk;

namespace {

constexpr int IncidentCount = 20000;
constexpr int ClientCount = 300;

const QStringList Boundaries{QStringLiteral("after_hours_contact"), QStringLiteral("agreed_channels"),
                             QStringLiteral("golden_rule"), QStringLiteral("personal_questions"),
                             QStringLiteral("personal_space")};
const QStringList Steps{QString(), QStringLiteral("conversation"), QStringLiteral("written_summary"),
                        QStringLiteral("goals_follow_up"), QStringLiteral("behavioural_contract")};

} // namespace

Q_DECLARE_METATYPE(bk::IncidentFilter)

class TestIncidentTableModel : public QObject {
    Q_OBJECT

    // The synthetic log in one engine's database, with what was written, to compute the answers from.
    struct Log {
        std::unique_ptr<Database> db;
        QList<Incident> incidents;
        QHash<qint64, QString> nameKeys;
    };

    QTemporaryDir m_dir;
    // Each engine's log, made at its first test and kept for the rest: it is large.
    std::map<QString, Log> m_logs;
    const Log *m_log = nullptr;
    const QDate m_today{2026, 2, 1};

    // The model's ids, row by row.
    static QList<qint64> modelIds(const IncidentTableModel &model) {
        QList<qint64> ids;
        ids.reserve(model.rowCount());
        for (int row = 0; row < model.rowCount(); ++row)
            ids.append(model.index(row, 0).data(IncidentTableModel::IdRole).toLongLong());
        return ids;
    }

    bool matches(const Incident &incident, const IncidentFilter &filter) const {
        if (filter.clientId && incident.clientId != *filter.clientId)
            return false;
        if (!filter.boundaryKey.isEmpty() && incident.boundaryKey != filter.boundaryKey)
            return false;
        if (filter.status && incident.status != *filter.status)
            return false;
        if (filter.overdueOnly && !(incident.status == IncidentStatus::Open && incident.nextDue.isValid() &&
                                    incident.nextDue < filter.today))
            return false;
        if (filter.from.isValid() && incident.occurredAt < QDateTime(filter.from, QTime(0, 0)).toUTC())
            return false;
        if (filter.to.isValid() &&
            incident.occurredAt >= QDateTime(filter.to.addDays(1), QTime(0, 0)).toUTC())
            return false;
        return !filter.crossedBy || incident.crossedBy == *filter.crossedBy;
    }

    // The expected order, computed independently of SQL.
    QList<qint64> expected(const IncidentFilter &filter, IncidentSortKey key, Qt::SortOrder order) const {
        QList<const Incident *> rows;
        for (const Incident &incident : m_log->incidents) {
            if (matches(incident, filter))
                rows.append(&incident);
        }
        const auto sortKey = [&](const Incident *i) -> QVariantList {
            switch (key) {
            case IncidentSortKey::OccurredAt:
                return {i->occurredAt};
            case IncidentSortKey::Client:
                return {m_log->nameKeys.value(i->clientId), i->clientId, i->occurredAt};
            case IncidentSortKey::Boundary:
                return {i->boundaryKey, i->occurredAt};
            case IncidentSortKey::Channel:
                return {ContactChannels::key(i->channel)};
            case IncidentSortKey::Severity:
                return {int(i->severity)};
            case IncidentSortKey::Step:
                return {i->currentStep};
            case IncidentSortKey::NextDue:
                return {i->nextDue.isValid() ? i->nextDue.toString(Qt::ISODate) : QString()};
            case IncidentSortKey::Status:
                return {int(i->status)};
            }
            return {};
        };
        const auto less = [&](const Incident *a, const Incident *b) {
            const QVariantList ka = sortKey(a);
            const QVariantList kb = sortKey(b);
            for (qsizetype n = 0; n < ka.size(); ++n) {
                const QPartialOrdering c = QVariant::compare(ka.at(n), kb.at(n));
                if (c == QPartialOrdering::Less)
                    return true;
                if (c == QPartialOrdering::Greater)
                    return false;
            }
            return a->id < b->id;
        };
        std::sort(rows.begin(), rows.end(), less);
        if (order == Qt::DescendingOrder)
            std::reverse(rows.begin(), rows.end());
        QList<qint64> ids;
        for (const Incident *incident : rows)
            ids.append(incident->id);
        return ids;
    }

    // The ids of the whole log as a plain query lists them on `db`, newest first (the model's first order).
    static QList<qint64> plainIds(const Database &db) {
        QSqlQuery query(db.connection());
        QList<qint64> ids;
        if (!query.exec(QStringLiteral("SELECT id FROM incidents ORDER BY occurred_at DESC, id DESC")))
            return {-1};
        while (query.next())
            ids.append(query.value(0).toLongLong());
        return ids;
    }

private Q_SLOTS:
    void initTestCase_data() { test::addEngineRows(); }

    void initTestCase() {
        test::initTestEnvironment();
        Clock::setNowFunction([] { return QDateTime(QDate(2026, 2, 1), QTime(12, 0), Qt::UTC); });
    }

    void init() {
        QFETCH_GLOBAL(QString, engine);
        if (const auto made = m_logs.find(engine); made != m_logs.end()) {
            m_log = &made->second;
            return;
        }
        Log log;
        log.db = test::openDatabase(m_dir.filePath(QStringLiteral("incidents.sqlite")));
        QVERIFY(log.db);
        QVERIFY(test::addSyntheticClients(*log.db, ClientCount).ok());
        QSqlQuery names = log.db->prepare(QStringLiteral("SELECT id, name_key FROM clients"));
        QVERIFY(names.exec());
        while (names.next())
            log.nameKeys.insert(names.value(0).toLongLong(), names.value(1).toString());

        QRandomGenerator random(20260201);
        const QDateTime start(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        const IncidentRepository repository(*log.db);
        const Status inserted = log.db->transaction([&]() -> Status {
            for (int n = 0; n < IncidentCount; ++n) {
                Incident incident;
                incident.clientId = log.nameKeys.keys().at(int(random.bounded(ClientCount)));
                // Whole minutes, so equal times occur and the id tie-break is exercised.
                incident.occurredAt = start.addSecs(qint64(random.bounded(400 * 24 * 60)) * 60);
                incident.channel = ContactChannels::all().at(int(random.bounded(8)));
                incident.boundaryKey = Boundaries.at(int(random.bounded(int(Boundaries.size()))));
                incident.severity = random.bounded(4) == 0 ? Severity::Major : Severity::Minor;
                incident.description = QStringLiteral("Synthetic incident %1").arg(n);
                incident.crossedBy = random.bounded(6) == 0 ? CrossedBy::Practitioner : CrossedBy::Client;
                incident.outsideHours = random.bounded(2) == 1;
                incident.currentStep = Steps.at(int(random.bounded(int(Steps.size()))));
                if (random.bounded(3) == 0) {
                    incident.status = IncidentStatus::Closed;
                    incident.outcome = QStringLiteral("Settled");
                } else {
                    incident.nextAction = QStringLiteral("Next");
                    incident.nextDue = m_today.addDays(int(random.bounded(60)) - 30);
                }
                incident.createdAt = incident.occurredAt;
                incident.updatedAt = incident.occurredAt;
                Result<qint64> id = repository.insert(incident);
                if (!id)
                    return id.error();
                incident.id = id.value();
                log.incidents.append(incident);
            }
            return Status();
        });
        QVERIFY2(inserted.ok(), qPrintable(inserted.error().message));
        m_log = &m_logs.emplace(engine, std::move(log)).first->second;
    }

    void cleanupTestCase() {
        m_log = nullptr;
        m_logs.clear();
        Clock::setNowFunction({});
    }

    void passesTheModelTester() {
        IncidentTableModel model(*m_log->db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), IncidentCount);
        QCOMPARE(model.columnCount(), int(IncidentTableModel::ColumnCount));
        model.sort(IncidentTableModel::ClientColumn, Qt::AscendingOrder);
        IncidentFilter filter;
        filter.status = IncidentStatus::Open;
        model.setFilter(filter);
        QVERIFY(model.rowCount() > 0);
        QVERIFY(!model.index(0, IncidentTableModel::FlagsColumn).data().isNull());
        QVERIFY(model.lastError().isEmpty());
    }

    void sortsAndFiltersLikeAnIndependentComputation_data() {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<IncidentFilter>("filter");
        // The row of the incident whose client the filter names, or -1: this table is made once for both
        // engines, and each engine's log has clients of its own.
        QTest::addColumn<int>("clientOf");
        IncidentFilter none;
        IncidentFilter boundary;
        boundary.boundaryKey = QStringLiteral("golden_rule");
        IncidentFilter open;
        open.status = IncidentStatus::Open;
        IncidentFilter overdue;
        overdue.overdueOnly = true;
        overdue.today = m_today;
        IncidentFilter range;
        range.from = QDate(2025, 3, 30); // the range starts on a daylight-saving day in London
        range.to = QDate(2025, 6, 30);
        IncidentFilter lapses;
        lapses.crossedBy = CrossedBy::Practitioner;
        IncidentFilter combined = overdue;
        combined.boundaryKey = QStringLiteral("personal_space");
        combined.crossedBy = CrossedBy::Client;
        combined.from = QDate(2025, 6, 1);

        const int asc = Qt::AscendingOrder;
        const int desc = Qt::DescendingOrder;
        QTest::newRow("everything, newest first")
            << int(IncidentTableModel::OccurredColumn) << desc << none << -1;
        QTest::newRow("everything by client name")
            << int(IncidentTableModel::ClientColumn) << asc << none << -1;
        QTest::newRow("everything by client name, reversed")
            << int(IncidentTableModel::ClientColumn) << desc << none << -1;
        QTest::newRow("one client by date") << int(IncidentTableModel::OccurredColumn) << asc << none << 17;
        QTest::newRow("one boundary by channel")
            << int(IncidentTableModel::ChannelColumn) << asc << boundary << -1;
        QTest::newRow("open incidents by next due")
            << int(IncidentTableModel::NextDueColumn) << asc << open << -1;
        QTest::newRow("overdue by next due, latest first")
            << int(IncidentTableModel::NextDueColumn) << desc << overdue << -1;
        QTest::newRow("a date range by boundary")
            << int(IncidentTableModel::BoundaryColumn) << asc << range << -1;
        QTest::newRow("practitioner lapses by severity")
            << int(IncidentTableModel::SeverityColumn) << desc << lapses << -1;
        QTest::newRow("everything by ladder step")
            << int(IncidentTableModel::StepColumn) << asc << none << -1;
        QTest::newRow("everything by status") << int(IncidentTableModel::StatusColumn) << asc << none << -1;
        QTest::newRow("overdue client incidents on one boundary since June")
            << int(IncidentTableModel::OccurredColumn) << asc << combined << -1;
    }

    void sortsAndFiltersLikeAnIndependentComputation() {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(IncidentFilter, filter);
        QFETCH(int, clientOf);
        if (clientOf >= 0)
            filter.clientId = m_log->incidents.at(clientOf).clientId;
        IncidentTableModel model(*m_log->db);
        model.setFilter(filter);
        model.sort(column, Qt::SortOrder(order));
        const QList<qint64> want = expected(filter, model.sortOrder().key, Qt::SortOrder(order));
        QVERIFY(!want.isEmpty());
        QCOMPARE(model.rowCount(), want.size());
        QCOMPARE(modelIds(model), want);
        // Jumping back to the start after scrolling reads by offset, and finds rows by id in SQL.
        for (qsizetype probe : {qsizetype(0), want.size() / 2, want.size() - 1})
            QCOMPARE(model.rowOf(want.at(probe)), int(probe));
    }

    // The first screen of overdue incidents, newest first, walks the time index and tests each row: an
    // index on the status or the due date would find thousands of rows to sort. (On PostgreSQL a unary + on
    // the status, SQLite's way of keeping it out of an index, blinded the estimate: two parallel workers
    // and 240 ms at a million incidents under load, where walking the index takes a millisecond.)
    void theOverdueScreenWalksTheTimeIndex() {
        QSqlQuery analyze(m_log->db->connection());
        QVERIFY(analyze.exec(QStringLiteral("ANALYZE")));
        IncidentFilter overdue;
        overdue.overdueOnly = true;
        overdue.today = m_today;
        const QSqlQuery page =
            IncidentListQuery(*m_log->db)
                .listQuery(overdue, IncidentSort{IncidentSortKey::OccurredAt, Qt::DescendingOrder}, nullptr,
                           false, 0, IncidentTableModel::PageSize);
        const QString text = test::planOf(*m_log->db, page);
        QVERIFY2(text.contains(QStringLiteral("incidents_by_occurred")), qPrintable(text));
        for (const QString &index :
             {QStringLiteral("incidents_by_status"), QStringLiteral("incidents_by_next_due"),
              QStringLiteral("incidents_open_by_due"), QStringLiteral("Gather")})
            QVERIFY2(!text.contains(index), qPrintable(text));
    }

    void jumpsFromSampledRowsLandOnTheRightRows_data() {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<bool>("openOnly");
        QTest::newRow("everything, newest first")
            << int(IncidentTableModel::OccurredColumn) << int(Qt::DescendingOrder) << false;
        QTest::newRow("everything by client name")
            << int(IncidentTableModel::ClientColumn) << int(Qt::AscendingOrder) << false;
        QTest::newRow("open incidents by next due (none due first)")
            << int(IncidentTableModel::NextDueColumn) << int(Qt::AscendingOrder) << true;
        QTest::newRow("everything by status, reversed (two values)")
            << int(IncidentTableModel::StatusColumn) << int(Qt::DescendingOrder) << false;
    }

    // A page far from every page read so far is read from the nearest row sampled while the event loop was
    // idle: reading every third page first (none of them next to another) lands at every distance from a
    // sample, and every row is the list's.
    void jumpsFromSampledRowsLandOnTheRightRows() {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(bool, openOnly);
        IncidentFilter filter;
        if (openOnly)
            filter.status = IncidentStatus::Open;
        IncidentTableModel model(*m_log->db);
        model.setFilter(filter);
        model.sort(column, Qt::SortOrder(order));
        QTRY_VERIFY(model.isSampled());
        const QList<qint64> want = expected(filter, model.sortOrder().key, Qt::SortOrder(order));
        QVERIFY(want.size() > 4 * IncidentTableModel::SampleMinimum);
        QCOMPARE(model.rowCount(), want.size());
        const auto idAt = [&model](int row) {
            return model.index(row, 0).data(IncidentTableModel::IdRole).toLongLong();
        };
        const int pageSize = IncidentTableModel::PageSize;
        for (int first = 0; first < want.size(); first += 3 * pageSize) {
            for (int row = first; row < std::min<int>(first + pageSize, int(want.size())); ++row)
                QCOMPARE(idAt(row), want.at(row));
        }
        QCOMPARE(modelIds(model), want);
        QVERIFY(model.lastError().isEmpty());
    }

    // The whole log is counted from the counts kept per client (migration 020), not by reading every
    // incident: PostgreSQL took 110-255 ms for a million of them, and the list opens with that count.
    void theUnfilteredCountReadsNoIncident() {
        const QString text =
            test::planOf(*m_log->db, IncidentListQuery(*m_log->db).countQuery(IncidentFilter{}));
        QVERIFY(!text.isEmpty());
        QVERIFY2(!text.contains(QStringLiteral("incidents ")) && !text.contains(QStringLiteral("incidents_")),
                 qPrintable(text));
        IncidentTableModel model(*m_log->db);
        QCOMPARE(model.rowCount(), IncidentCount);
    }

    // Another desktop logs incidents (one of a client without any yet) and removes them while the list is
    // open: after the refresh the count and the rows at the start, the middle and the end are a plain
    // query's.
    void anotherConnectionsChangesShowAfterTheRefresh() {
        IncidentTableModel model(*m_log->db);
        QCOMPARE(model.rowCount(), IncidentCount);
        const std::unique_ptr<Database> other =
            test::openDatabase(m_dir.filePath(QStringLiteral("incidents.sqlite")));
        QVERIFY(other);
        const Result<qint64> client =
            ClientRepository(*other).insert(test::sampleClient(QStringLiteral("Nia Obi")));
        QVERIFY(client.ok());
        const qint64 newClient = client.value();
        QList<qint64> added;
        for (const auto &[clientId, at] :
             {std::pair{m_log->incidents.constFirst().clientId, QDateTime(QDate(2025, 7, 1), QTime(9, 0))},
              std::pair{newClient, QDateTime(QDate(2026, 6, 1), QTime(9, 0))}}) {
            Incident incident = m_log->incidents.constFirst();
            incident.clientId = clientId;
            incident.occurredAt = at.toUTC();
            const Result<qint64> id = IncidentRepository(*other).insert(incident);
            QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
            added.append(id.value());
        }
        const auto showsWhatIsStored = [&]() {
            model.refresh();
            QTRY_VERIFY(model.isSampled());
            const QList<qint64> stored = plainIds(*m_log->db);
            QCOMPARE(model.rowCount(), stored.size());
            for (const qsizetype row : {qsizetype(0), stored.size() / 2, stored.size() - 1})
                QCOMPARE(model.index(int(row), 0).data(IncidentTableModel::IdRole).toLongLong(),
                         stored.at(row));
        };
        showsWhatIsStored();
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(model.rowCount(), IncidentCount + 2);
        QCOMPARE(model.rowOf(added.at(1)), 0);

        QSqlQuery removal(other->connection());
        for (const qint64 id : std::as_const(added))
            QVERIFY2(removal.exec(QStringLiteral("DELETE FROM incidents WHERE id = %1").arg(id)),
                     qPrintable(removal.lastError().text()));
        QVERIFY(removal.exec(QStringLiteral("DELETE FROM clients WHERE id = %1").arg(newClient)));
        showsWhatIsStored();
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(model.rowCount(), IncidentCount);
        QCOMPARE(model.rowOf(added.at(1)), -1);
    }

    void flagsColumnIsNotSortable() {
        IncidentTableModel model(*m_log->db);
        const IncidentSort before = model.sortOrder();
        model.sort(IncidentTableModel::FlagsColumn, Qt::AscendingOrder);
        QCOMPARE(model.sortOrder().key, before.key);
    }
};

QTEST_GUILESS_MAIN(TestIncidentTableModel)
#include "tst_IncidentTableModel.moc"
