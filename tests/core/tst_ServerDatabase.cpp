// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
//
// Opening a practice on a PostgreSQL server: reading its URL, what an empty, a foreign or a newer database
// gives, a read-only connection, an unreachable server and a URL whose first host is down.
#include "app/agreements/SigningRecord.h"
// gives, a read-only connection, an unreachable server, a wrong password, a URL whose first host is down, and
// a connection lost mid-session and reopened.
#include "app/clients/ClientSearchIndex.h"
#include "app/clients/ClientService.h"
#include "app/common/ChangeNotifier.h"
#include "app/demo/DemoPractice.h"
#include "app/incidents/IncidentService.h"
#include "app/storage/AgreementRepository.h"
#include "app/storage/ClientRepository.h"
#include "app/storage/Database.h"
#include "app/storage/PracticeCopy.h"
#include "app/storage/ServerAddress.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <algorithm>

using namespace bk;

class TestServerDatabase : public QObject {
    Q_OBJECT

    static QString urlOf(const test::PostgresDatabase &database) {
        return QStringLiteral("postgresql:///") + database.name();
    }

    // Every reference and index of the practice's tables, as the server would create them.
    static QStringList keysAndIndexes(const test::PostgresDatabase &database) {
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral(
                "SELECT conrelid::regclass::text || ' ' || pg_get_constraintdef(oid) FROM pg_constraint "
                "WHERE connamespace = current_schema()::regnamespace UNION ALL "
                "SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1")))
            return {};
        QStringList all;
        while (query.next())
            all.append(query.value(0).toString());
        return all;
    }

    static QByteArray fileDigest(const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly)
                   ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                   : QByteArray();
    }

    static bool run(QSqlDatabase db, const QString &sql) {
        QSqlQuery query(db);
        if (query.exec(sql))
            return true;
        qWarning() << sql << query.lastError().text();
        return false;
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void urlsAreReadAsLibpqReadsThem_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QStringList>("options");
        QTest::addRow("host, port, database and TLS")
            << QStringLiteral("postgresql://anna@db.example.org:5433/practice?sslmode=verify-full")
            << QStringLiteral("postgresql://anna@db.example.org:5433/practice?sslmode=verify-full")
            << QString()
            << QStringList{QStringLiteral("host='db.example.org'"), QStringLiteral("port='5433'"),
                           QStringLiteral("dbname='practice'"), QStringLiteral("user='anna'"),
                           QStringLiteral("sslmode='verify-full'")};
        QTest::addRow("a password in the user part is kept apart")
            << QStringLiteral("postgresql://anna:s3cr%20et@db/practice")
            << QStringLiteral("postgresql://anna@db/practice") << QStringLiteral("s3cr et")
            << QStringList{QStringLiteral("host='db'"), QStringLiteral("dbname='practice'"),
                           QStringLiteral("user='anna'")};
        QTest::addRow("a password in the query is kept apart")
            << QStringLiteral("postgres://db/practice?password=hush&application_name=bk")
            << QStringLiteral("postgres://db/practice?application_name=bk") << QStringLiteral("hush")
            << QStringList{QStringLiteral("host='db'"), QStringLiteral("dbname='practice'"),
                           QStringLiteral("application_name='bk'")};
        QTest::addRow("several hosts for a server that fails over")
            << QStringLiteral("postgresql://db1:5432,db2:5433/practice?target_session_attrs=read-write")
            << QStringLiteral("postgresql://db1:5432,db2:5433/practice?target_session_attrs=read-write")
            << QString()
            << QStringList{QStringLiteral("host='db1,db2'"), QStringLiteral("port='5432,5433'"),
                           QStringLiteral("dbname='practice'"),
                           QStringLiteral("target_session_attrs='read-write'")};
        QTest::addRow("quotes and backslashes are escaped")
            << QStringLiteral("postgresql:///practice?application_name=O%27Brien%5C")
            << QStringLiteral("postgresql:///practice?application_name=O%27Brien%5C") << QString()
            << QStringList{QStringLiteral("dbname='practice'"),
                           QStringLiteral("application_name='O\\'Brien\\\\'")};
    }

    void urlsAreReadAsLibpqReadsThem() {
        QFETCH(QString, url);
        QFETCH(QString, shown);
        QFETCH(QString, password);
        QFETCH(QStringList, options);
        QVERIFY(Database::isServerUrl(url));
        const Result<ServerAddress> address = ServerAddress::parse(url);
        QVERIFY2(address.ok(), address.ok() ? "" : qPrintable(address.error().message));
        QCOMPARE(address.value().shown(), shown);
        QCOMPARE(address.value().password(), password);
        QStringList given = address.value().connectOptions().split(QLatin1Char(';'));
        given.sort();
        options.sort();
        QCOMPARE(given, options);
    }

    void aBadUrlIsRefusedWithoutItsPassword_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<Error::Kind>("kind");
        QTest::addRow("an unknown setting")
            << QStringLiteral("postgresql://anna:s3cret@db/practice?colour=blue") << Error::Kind::Invalid;
        // libpq reads the port only when it connects.
        QTest::addRow("a broken port")
            << QStringLiteral("postgresql://anna:s3cret@db:port/practice") << Error::Kind::Io;
        QTest::addRow("a semicolon QPSQL would split")
            << QStringLiteral("postgresql://anna:s3cret@db/practice?application_name=a%3Bb")
            << Error::Kind::Invalid;
    }

    void aBadUrlIsRefusedWithoutItsPassword() {
        QFETCH(QString, url);
        QFETCH(Error::Kind, kind);
        const Result<std::unique_ptr<Database>> opened = Database::open(url);
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, kind);
        QVERIFY2(opened.error().message.contains(QStringLiteral("postgresql://anna@db")),
                 qPrintable(opened.error().message));
        QVERIFY(!opened.error().message.contains(QStringLiteral("s3cret")));
        QVERIFY(!opened.error().details.contains(QStringLiteral("s3cret")));
    }

    void anEmptyDatabaseBecomesAPractice() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        {
            Result<std::unique_ptr<Database>> opened = Database::open(urlOf(server));
            QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
            const Database &db = *opened.value();
            QVERIFY(db.isServer());
            QCOMPARE(db.path(), urlOf(server));
            QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
            QVERIFY(ClientService(db).add(test::sampleClient(QStringLiteral("Ada"))).ok());
        }
        // Opened again, nothing is migrated twice and the client is there.
        Result<std::unique_ptr<Database>> again = Database::open(urlOf(server));
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        QCOMPARE(ClientService(*again.value()).get(1).value().fullName, QStringLiteral("Ada"));
    }

    void lookingNeverCreatesAPractice() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        Database::Options options;
        options.create = false;
        const Result<std::unique_ptr<Database>> opened = Database::open(urlOf(server), options);
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, Error::Kind::NotFound);
        QSqlQuery tables(server.connection());
        QVERIFY(tables.exec(
            QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()")));
        QVERIFY(tables.next());
        QCOMPARE(tables.value(0).toInt(), 0);
    }

    void aDatabaseOfSomethingElseIsRefusedAndLeftAlone() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        QVERIFY(run(server.connection(), QStringLiteral("CREATE TABLE invoices (id integer)")));
        const Result<std::unique_ptr<Database>> opened = Database::open(urlOf(server));
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, Error::Kind::Foreign);
        QVERIFY(run(server.connection(), QStringLiteral("SELECT id FROM invoices")));
        QSqlQuery marker(server.connection());
        QVERIFY(marker.exec(QStringLiteral("SELECT to_regclass('clients') IS NULL")));
        QVERIFY(marker.next());
        QVERIFY(marker.value(0).toBool());
    }

    void aPracticeOfANewerVersionIsRefused() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        QVERIFY(Database::open(urlOf(server)).ok());
        QVERIFY(run(server.connection(), QStringLiteral("UPDATE boundary_keeper_schema SET version = %1")
                                             .arg(Database::latestSchemaVersion() + 1)));
        const Result<std::unique_ptr<Database>> opened = Database::open(urlOf(server));
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, Error::Kind::TooNew);
    }

    void aPracticeOfSchema21GainsItsSavedSearchIndexes() {
        // Schema 22 adds the saved search indexes to a practice of the schema before it: empty, and deleted
        // with a client by the trigger it brings.
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        QVERIFY(Database::open(urlOf(server)).ok());
        for (const QString &back : {QStringLiteral("DROP TABLE client_search_snapshots"),
                                    QStringLiteral("DROP FUNCTION clients_forget_search_snapshots() CASCADE"),
                                    QStringLiteral("UPDATE boundary_keeper_schema SET version = 21")})
            QVERIFY2(run(server.connection(), back), qPrintable(back));
        Result<std::unique_ptr<Database>> opened = Database::open(urlOf(server));
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        const Database &db = *opened.value();
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        const qint64 id = ClientService(db).add(test::sampleClient(QStringLiteral("Ada"))).value();
        const ClientRepository clients(db);
        ClientSearchIndex index;
        QVERIFY(clients.loadSearchIndex(index).ok());
        QVERIFY(clients.saveSearchSnapshot(index).ok());
        QVERIFY(clients.loadSearchSnapshot().value().has_value());
        QVERIFY(ClientService(db).remove(id).ok());
        QVERIFY(!clients.loadSearchSnapshot().value().has_value());
    }

    void aReadOnlyConnectionCannotWriteEvenInPlainSql() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        QVERIFY(Database::open(urlOf(server)).ok());
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        Result<std::unique_ptr<Database>> opened = Database::open(urlOf(server), options);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        const Database &db = *opened.value();
        QCOMPARE(ClientService(db).add(test::sampleClient(QStringLiteral("Ben"))).error().kind,
                 Error::Kind::ReadOnly);
        QSqlQuery write(db.connection());
        QVERIFY(!write.exec(QStringLiteral("DELETE FROM meta")));
        QCOMPARE(db.errorFrom(write.lastError(), QStringLiteral("a test")).kind, Error::Kind::ReadOnly);
    }

    void anotherDesktopsCommittedChangesAreAnnounced() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        Result<std::unique_ptr<Database>> here = Database::open(urlOf(server));
        Result<std::unique_ptr<Database>> there = Database::open(urlOf(server));
        QVERIFY(here.ok() && there.ok());
        QSignalSpy changedHere(here.value()->notifier(), &ChangeNotifier::changed);
        QSignalSpy changedThere(there.value()->notifier(), &ChangeNotifier::changed);

        QVERIFY(ClientService(*here.value()).add(test::sampleClient(QStringLiteral("Ada"))).ok());
        // A change that rolls back is told to no one; the next one is.
        QVERIFY(!here.value()->change(QStringLiteral("policy_draft"), [] {
            return Status(Error{Error::Kind::Invalid, QStringLiteral("refused")});
        }));
        QVERIFY(here.value()->change(QStringLiteral("incidents"), [] { return Status(); }));

        QTRY_COMPARE(changedThere.count(), 2);
        QCOMPARE(changedThere.at(0).at(0).toString(), QStringLiteral("clients"));
        QCOMPARE(changedThere.at(1).at(0).toString(), QStringLiteral("incidents"));
        // The desktop that made the changes announced each once, not again when the server echoed them.
        QCOMPARE(changedHere.count(), 2);
    }

    // Logging an incident tells the other desktops in the INSERT itself (one round trip, not two), heard once
    // it commits; a change told that way inside a transaction is heard only when that commits.
    void aLoggedIncidentTellsTheOtherDesktopsInItsOwnStatement() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        Result<std::unique_ptr<Database>> opened = Database::open(urlOf(server));
        Result<std::unique_ptr<Database>> there = Database::open(urlOf(server));
        QVERIFY(opened.ok() && there.ok());
        const Database &here = *opened.value();
        QSignalSpy changedHere(here.notifier(), &ChangeNotifier::changed);
        QSignalSpy changedThere(there.value()->notifier(), &ChangeNotifier::changed);
        const Result<qint64> client = ClientService(here).add(test::sampleClient(QStringLiteral("Ada")));
        QVERIFY(client.ok());
        QTRY_COMPARE(changedThere.count(), 1);
        changedHere.clear();
        changedThere.clear();

        const Result<qint64> logged = IncidentService(here).log(
            test::afterHoursCall(client.value(), QDateTime::currentDateTimeUtc().addSecs(-3600)));
        QVERIFY2(logged.ok(), logged.ok() ? "" : qPrintable(logged.error().message));
        QTRY_COMPARE(changedThere.count(), 1);
        QCOMPARE(changedThere.at(0).at(0).toString(), QStringLiteral("incidents"));
        QCOMPARE(changedHere.count(), 1);
        QCOMPARE(changedHere.at(0).at(0).toString(), QStringLiteral("incidents"));

        const auto insertTold = [&here, &changedHere](const QString &key, bool commit) {
            return here.transaction([&]() -> Status {
                QSqlQuery query = here.prepare(here.announcing(
                    QStringLiteral("INSERT INTO meta (key, value) VALUES (:key, 'x') RETURNING key"),
                    QStringLiteral("meta")));
                query.bindValue(QStringLiteral(":key"), key);
                if (!query.exec())
                    return here.errorFrom(query.lastError(), QStringLiteral("a test"));
                here.announceTold(QStringLiteral("meta"));
                if (changedHere.count() != 1)
                    return Error{Error::Kind::Invalid, QStringLiteral("announced before the commit")};
                return commit ? Status() : Status(Error{Error::Kind::Invalid, QStringLiteral("refused")});
            });
        };
        const Status refused = insertTold(QStringLiteral("told.refused"), false);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message, QStringLiteral("refused"));
        const Status committed = insertTold(QStringLiteral("told.committed"), true);
        QVERIFY2(committed.ok(), committed.ok() ? "" : qPrintable(committed.error().message));
        QTRY_COMPARE(changedThere.count(), 2);
        QCOMPARE(changedThere.at(1).at(0).toString(), QStringLiteral("meta"));
        QCOMPARE(changedHere.count(), 2);
        QCOMPARE(changedHere.at(1).at(0).toString(), QStringLiteral("meta"));
    }

    void aPracticeMovesFromItsFileToAnEmptyServer() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY(DemoPractice::open(path).ok());
        {
            // More rows than one batch of the copy sends, so that several batches and a partial one go.
            Result<std::unique_ptr<Database>> demo = Database::open(path);
            QVERIFY(demo.ok());
            QVERIFY(test::addSyntheticClients(*demo.value(), 1500).ok());
            QVERIFY(test::addSyntheticIncidents(*demo.value(), 2500, 1500).ok());
            // The file's saved search index stays behind: a cache each role on the server makes anew.
            const ClientRepository clients(*demo.value());
            ClientSearchIndex index;
            QVERIFY(clients.loadSearchIndex(index).ok());
            QVERIFY(clients.saveSearchSnapshot(index).ok());
        }
        const QByteArray fileBefore = fileDigest(path);
        {
            Result<std::unique_ptr<Database>> from = Database::open(path);
            Result<std::unique_ptr<Database>> to = Database::open(urlOf(server));
            QVERIFY(from.ok() && to.ok());
            // The copy sets references and indexes aside while the rows arrive: every one is back after.
            const QStringList schemaBefore = keysAndIndexes(server);
            QVERIFY(schemaBefore.size() > 20);
            QStringList reported;
            QList<qint64> done;
            qint64 total = -1;
            const Result<QList<PracticeCopy::Table>> copied = PracticeCopy::copy(
                *from.value(), *to.value(), [&](const QString &table, qint64 rows, qint64 all) {
                    reported.append(table);
                    done.append(rows);
                    total = all;
                    return true;
                });
            QVERIFY2(copied.ok(), copied.ok() ? "" : qPrintable(copied.error().message));
            QVERIFY(reported.contains(QStringLiteral("incident_follow_up_outcomes")));
            QSqlQuery role(server.connection());
            QVERIFY(role.exec(QStringLiteral("SELECT current_user")) && role.next());
            const QString copier = role.value(0).toString();
            QCOMPARE(keysAndIndexes(server), schemaBefore);
            // Vacuumed and analysed: the planner knows the rows, and the pages are marked all-visible.
            QSqlQuery statistics(server.connection());
            QVERIFY(statistics.exec(QStringLiteral(
                "SELECT reltuples::bigint, relallvisible FROM pg_class WHERE oid = 'incidents'::regclass")));
            QVERIFY(statistics.next());
            QVERIFY(statistics.value(0).toLongLong() >= 2500);
            QVERIFY(statistics.value(1).toLongLong() > 0);
            // Progress starts at nothing, never goes back, and ends with every row of every table.
            qint64 rows = 0;
            for (const PracticeCopy::Table &table : copied.value())
                rows += table.rows;
            QVERIFY(rows > 4000);
            QCOMPARE(total, rows);
            QCOMPARE(done.constFirst(), 0);
            QCOMPARE(done.constLast(), rows);
            QVERIFY(std::is_sorted(done.begin(), done.end()));
            // Reported during the big tables, not only after each table.
            QVERIFY(done.size() > copied.value().size() + 3);
            for (const PracticeCopy::Table &table : copied.value()) {
                // The trail grows after the copy: the server records every record's digest once more.
                if (table.name.startsWith(QLatin1String("audit_")))
                    continue;
                QSqlQuery count(server.connection());
                QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM ") + table.name));
                QVERIFY(count.next());
                // The role that copied stays an owner of the practice beside the file's practitioners.
                const bool copierAdded =
                    table.name == QLatin1String("practitioners") && Workstation::osUser() != copier;
                QCOMPARE(count.value(0).toLongLong(), table.rows + (copierAdded ? 1 : 0));
            }
            QSqlQuery saved(server.connection());
            QVERIFY(saved.exec(QStringLiteral("SELECT count(*) FROM client_search_snapshots")) &&
                    saved.next());
            QCOMPARE(saved.value(0).toInt(), 0);
            QSqlQuery owner(server.connection());
            QVERIFY(owner.exec(
                QStringLiteral("SELECT practice_role FROM practitioners WHERE login = current_user")));
            QVERIFY(owner.next());
            QCOMPARE(owner.value(0).toString(), QStringLiteral("owner"));
            // The practice reads the same on the server: its clients and its signed agreements' PDFs.
            QCOMPARE(ClientService(*to.value()).get(3).value().fullName,
                     ClientService(*from.value()).get(3).value().fullName);
            const QList<AgreementSummary> signedHere = AgreementRepository(*from.value()).list().value();
            QVERIFY(!signedHere.isEmpty());
            for (const AgreementSummary &summary : signedHere)
                QCOMPARE(AgreementRepository(*to.value()).get(summary.id).value().pdf,
                         AgreementRepository(*from.value()).get(summary.id).value().pdf);
            // New records continue after the copied ids.
            const qint64 next =
                ClientService(*to.value()).add(test::sampleClient(QStringLiteral("Zoe"))).value();
            QVERIFY(next > ClientRepository(*from.value()).count(ClientFilter{{}, {}, true}).value());

            // A second copy finds the practice there and changes nothing.
            const Result<QList<PracticeCopy::Table>> again = PracticeCopy::copy(*from.value(), *to.value());
            QVERIFY(!again);
            QCOMPARE(again.error().kind, Error::Kind::Conflict);
        }
        QCOMPARE(fileDigest(path), fileBefore);
    }

    void aCancelledCopyLeavesTheServerEmpty() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY(DemoPractice::open(path).ok());
        {
            Result<std::unique_ptr<Database>> demo = Database::open(path);
            QVERIFY(demo.ok());
            QVERIFY(test::addSyntheticClients(*demo.value(), 2500).ok());
        }
        Result<std::unique_ptr<Database>> from = Database::open(path);
        Result<std::unique_ptr<Database>> to = Database::open(urlOf(server));
        QVERIFY(from.ok() && to.ok());
        // Opening the server's empty practice recorded who opened it as its first owner; the copy adds
        // nothing.
        QSqlQuery owners(server.connection());
        QVERIFY(owners.exec(QStringLiteral("SELECT count(*) FROM practitioners")) && owners.next());
        const qint64 ownersBefore = owners.value(0).toLongLong();
        // Cancelled once some rows are on the server, in the middle of the clients.
        QString cancelledAt;
        const Result<QList<PracticeCopy::Table>> cancelled =
            PracticeCopy::copy(*from.value(), *to.value(), [&](const QString &table, qint64 done, qint64) {
                if (done < 1000)
                    return true;
                cancelledAt = table;
                return false;
            });
        QVERIFY(!cancelled);
        QVERIFY(!cancelledAt.isEmpty());
        QVERIFY(cancelled.error().message.contains(QStringLiteral("cancelled")));
        QSqlQuery tables(server.connection());
        QVERIFY(
            tables.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                                       "AND tablename <> 'boundary_keeper_schema'")));
        int checked = 0;
        while (tables.next()) {
            QSqlQuery count(server.connection());
            QVERIFY(
                count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(tables.value(0).toString())));
            QVERIFY(count.next());
            // A new practice's own audit trail stays as it was.
            if (tables.value(0).toString().startsWith(QLatin1String("audit_")))
                continue;
            const bool practitioners = tables.value(0).toString() == QLatin1String("practitioners");
            QCOMPARE(count.value(0).toLongLong(), practitioners ? ownersBefore : 0);
            ++checked;
        }
        QVERIFY(checked > 10);
        // The server is still empty, so the copy can simply be made again.
        const Result<QList<PracticeCopy::Table>> again = PracticeCopy::copy(*from.value(), *to.value());
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        QCOMPARE(ClientRepository(*to.value()).count(ClientFilter{{}, {}, true}).value(),
                 ClientRepository(*from.value()).count(ClientFilter{{}, {}, true}).value());
    }

    void anUnreachableServerIsReportedAsSuch() {
        const Result<std::unique_ptr<Database>> opened =
            Database::open(QStringLiteral("postgresql://anna:s3cret@127.0.0.1:1/practice?connect_timeout=2"));
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, Error::Kind::Unreachable);
        QVERIFY2(opened.error().message.contains(QStringLiteral("postgresql://anna@127.0.0.1:1/practice")),
                 qPrintable(opened.error().message));
        QVERIFY(!opened.error().message.contains(QStringLiteral("s3cret")));
        QVERIFY(!opened.error().details.isEmpty());
    }

    void theSecondHostIsUsedWhenTheFirstIsDown() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        const QString host = qEnvironmentVariable("PGHOST", QStringLiteral("localhost"));
        const QString port = qEnvironmentVariable("PGPORT", QStringLiteral("5432"));
        // Port 1 on the loopback refuses at once; libpq then tries the next host.
        const QString url = QStringLiteral("postgresql:///%1?host=127.0.0.1,%2&port=1,%3&connect_timeout=5")
                                .arg(server.name(), QString::fromUtf8(QUrl::toPercentEncoding(host)), port);
        Result<std::unique_ptr<Database>> opened = Database::open(url);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message + opened.error().details));
        QCOMPARE(opened.value()->schemaVersion(), Database::latestSchemaVersion());
    }

    void aWrongPasswordIsToldApartFromAnUnreachableServer() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        const QString role = server.name() + QStringLiteral("_anna");
        QVERIFY(run(server.connection(),
                    QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'right horse'").arg(role)));
        const QString url =
            QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
                .arg(role, qEnvironmentVariable("PGPORT", QStringLiteral("5432")), server.name());
        Database::Options options;
        options.password = QStringLiteral("wrong horse");
        const Result<std::unique_ptr<Database>> wrong = Database::open(url, options);
        QVERIFY(run(server.connection(), QStringLiteral("DROP ROLE %1").arg(role)));
        if (wrong.ok())
            QSKIP("The test server does not ask for passwords on 127.0.0.1.");
        QCOMPARE(wrong.error().kind, Error::Kind::Denied);
        QCOMPARE(
            wrong.error().message,
            QStringLiteral("Cannot connect to the practice server %1: it did not accept the user name or "
                           "password. Check both and try again.")
                .arg(url));
        QVERIFY(!wrong.error().message.contains(QStringLiteral("horse")));
        QVERIFY(!wrong.error().details.contains(QStringLiteral("horse")));
    }

    void aServerWhoseTlsCannotBeCheckedIsToldAsSuch() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        // The test server has either no TLS at all or a certificate no authority here vouches for (Debian's
        // self-signed one; the root certificate is looked for in a folder that has none).
        QTemporaryDir noCertificates;
        const QString url = QStringLiteral("postgresql://127.0.0.1:%1/%2?sslmode=verify-full&sslrootcert=%3")
                                .arg(qEnvironmentVariable("PGPORT", QStringLiteral("5432")), server.name(),
                                     QString::fromUtf8(QUrl::toPercentEncoding(
                                         noCertificates.filePath(QStringLiteral("root.crt")))));
        const Result<std::unique_ptr<Database>> opened = Database::open(url);
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, Error::Kind::Io);
        const QString message = opened.error().message;
        QVERIFY2(
            message.endsWith(QStringLiteral("its TLS certificate is not trusted by this computer, so nothing "
                                            "was sent to it. Ask whoever runs the server for its root "
                                            "certificate.")) ||
                message.endsWith(QStringLiteral("it does not offer the encrypted (TLS) connection this "
                                                "address requires.")),
            qPrintable(message + opened.error().details));
    }

    void aLostConnectionIsReportedOnceAndReopened_data() {
        QTest::addColumn<bool>("twoHosts");
        QTest::addRow("one host") << false;
        QTest::addRow("two hosts, the first down") << true;
    }

    void aLostConnectionIsReportedOnceAndReopened() {
        BK_REQUIRE_POSTGRES();
        QFETCH(bool, twoHosts);
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        const QString host = qEnvironmentVariable("PGHOST", QStringLiteral("localhost"));
        const QString port = qEnvironmentVariable("PGPORT", QStringLiteral("5432"));
        const QString url =
            twoHosts ? QStringLiteral(
                           "postgresql:///%1?host=127.0.0.1,%2&port=1,%3&target_session_attrs=read-write")
                           .arg(server.name(), QString::fromUtf8(QUrl::toPercentEncoding(host)), port)
                     : urlOf(server);
        Result<std::unique_ptr<Database>> opened = Database::open(url);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message + opened.error().details));
        const Database &db = *opened.value();
        const ClientService clients(db);
        QVERIFY(clients.add(test::sampleClient(QStringLiteral("Ada"))).ok());
        QSignalSpy lost(db.notifier(), &ChangeNotifier::connectionLost);
        QSignalSpy reconnected(db.notifier(), &ChangeNotifier::reconnected);
        QSignalSpy changed(db.notifier(), &ChangeNotifier::changed);

        // An administrator (or a server restart) ends the application's session.
        QSqlQuery pid(db.connection());
        QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
        QSqlQuery terminate(server.connection());
        QVERIFY(
            terminate.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid.value(0).toLongLong())));

        const Result<qint64> refused = clients.add(test::sampleClient(QStringLiteral("Grace")));
        QVERIFY(!refused);
        QVERIFY2(refused.error().kind == Error::Kind::Unreachable,
                 qPrintable(refused.error().message + refused.error().details));
        QVERIFY2(refused.error().message.startsWith(QStringLiteral("The practice server cannot be reached")),
                 qPrintable(refused.error().message));
        QVERIFY(db.isConnectionLost());
        QCOMPARE(lost.count(), 1);
        // A read fails the same way, without announcing the loss again.
        const Result<QString> marker = db.changeMarker();
        QVERIFY(!marker);
        QCOMPARE(marker.error().kind, Error::Kind::Unreachable);
        QCOMPARE(lost.count(), 1);

        QVERIFY2(db.reconnect().ok(), "the connection was not reopened");
        QVERIFY(!db.isConnectionLost());
        QCOMPARE(reconnected.count(), 1);
        // Every view is told to read again.
        QStringList tables;
        for (const QList<QVariant> &signal : std::as_const(changed))
            tables.append(signal.at(0).toString());
        QVERIFY2(tables.contains(QStringLiteral("clients")) && tables.contains(QStringLiteral("incidents")),
                 qPrintable(tables.join(QLatin1Char(','))));
        // Reads and writes work again.
        QVERIFY(clients.add(test::sampleClient(QStringLiteral("Grace"))).ok());

        // Lost again: saving again once the server is back reopens the connection by itself.
        QSqlQuery newPid(db.connection());
        QVERIFY(newPid.exec(QStringLiteral("SELECT pg_backend_pid()")) && newPid.next());
        QVERIFY(terminate.exec(
            QStringLiteral("SELECT pg_terminate_backend(%1)").arg(newPid.value(0).toLongLong())));
        QVERIFY(!clients.add(test::sampleClient(QStringLiteral("Hedy"))));
        QCOMPARE(lost.count(), 2);
        QVERIFY(clients.add(test::sampleClient(QStringLiteral("Hedy"))).ok());
        QCOMPARE(reconnected.count(), 2);

        // Nothing of the refused changes was stored, each saved one once.
        QSqlQuery names(server.connection());
        QVERIFY(names.exec(QStringLiteral("SELECT full_name FROM clients ORDER BY id")));
        QStringList stored;
        while (names.next())
            stored.append(names.value(0).toString());
        QCOMPARE(stored,
                 (QStringList{QStringLiteral("Ada"), QStringLiteral("Grace"), QStringLiteral("Hedy")}));
        // Other desktops' changes are heard again.
        changed.clear();
        Result<std::unique_ptr<Database>> other = Database::open(url);
        QVERIFY(other.ok());
        QVERIFY(ClientService(*other.value()).add(test::sampleClient(QStringLiteral("Ida"))).ok());
        QTRY_VERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().at(0).toString(), QStringLiteral("clients"));
    }

    void theChangeMarkerMovesWhenAnotherDesktopWrites() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        Result<std::unique_ptr<Database>> here = Database::open(urlOf(server));
        Result<std::unique_ptr<Database>> there = Database::open(urlOf(server));
        QVERIFY(here.ok() && there.ok());
        const Result<QString> before = here.value()->changeMarker();
        QVERIFY(before.ok());
        QVERIFY(!before.value().isEmpty());
        QVERIFY(ClientService(*there.value()).add(test::sampleClient(QStringLiteral("Ada"))).ok());
        const Result<QString> after = here.value()->changeMarker();
        QVERIFY(after.ok());
        QVERIFY(after.value() != before.value());
    }
};

QTEST_MAIN(TestServerDatabase)
#include "tst_ServerDatabase.moc"
