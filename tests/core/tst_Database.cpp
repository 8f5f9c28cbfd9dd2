// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientService.h"
#include "app/common/AppPaths.h"
#include "app/common/ChangeNotifier.h"
#include "app/common/IntegrityCheckWorker.h"
#include "app/incidents/IncidentService.h"
#include "app/policy/PolicyService.h"
#include "app/policy/PracticeService.h"
#include "app/storage/AcknowledgementRepository.h"
#include "app/storage/ClientRepository.h"
#include "app/storage/ContractRepository.h"
#include "app/storage/Database.h"
#include "app/storage/IncidentRepository.h"
#include "app/storage/SqlScript.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <limits>
#include <optional>
#include <sys/resource.h>

using namespace bk;

namespace {

// Lowers this process's file size limit until destroyed: a write past it fails as on a full disk.
class FileSizeLimit {
public:
    explicit FileSizeLimit(qint64 bytes) {
        ::getrlimit(RLIMIT_FSIZE, &m_previous);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit lowered = m_previous;
        lowered.rlim_cur = rlim_t(bytes);
        ::setrlimit(RLIMIT_FSIZE, &lowered);
    }
    ~FileSizeLimit() {
        ::setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_previous{};
    void (*m_handler)(int) = nullptr;
};

} // namespace

class TestDatabase : public QObject {
    Q_OBJECT

private:
    static QByteArray digest(const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

    static QVariant pragma(const Database &db, const QString &sql) {
        QSqlQuery query(db.connection());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

    void makeClients(const QString &path, int count) {
        auto db = test::openDatabase(path);
        QVERIFY(db);
        QVERIFY(test::addSyntheticClients(*db, count).ok());
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void freshDatabaseHasLatestSchemaAndSettings() {
        const QString path = m_dir.filePath(QStringLiteral("fresh.sqlite"));
        auto db = test::openDatabase(path);
        QVERIFY(db);
        QVERIFY(!db->isReadOnly());
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(pragma(*db, QStringLiteral("PRAGMA user_version")).toInt(), Database::latestSchemaVersion());
        QCOMPARE(pragma(*db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(*db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(pragma(*db, QStringLiteral("PRAGMA secure_delete")).toInt(), 1);
        QVERIFY(pragma(*db, QStringLiteral("PRAGMA application_id")).toInt() != 0);
    }

    // A change holds the file's write lock from its start: another connection cannot commit between what the
    // change read and what it writes, which made the change fail with "database is locked" at once (the
    // client list saving its search index beside a save in the window).
    void aChangeHoldsTheWriteLockFromItsStart() {
        const QString path = m_dir.filePath(QStringLiteral("write-lock.sqlite"));
        auto db = test::openDatabase(path);
        QVERIFY(db);
        QVERIFY(QSqlQuery(db->connection()).exec(QStringLiteral("CREATE TABLE write_probe (x INTEGER)")));
        const QString name = QStringLiteral("other-writer");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            other.setDatabaseName(path);
            other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
            QVERIFY(other.open());
            bool otherWrote = true;
            const Status changed = db->transaction([&]() -> Status {
                QSqlQuery read(db->connection());
                if (!read.exec(QStringLiteral("SELECT count(*) FROM write_probe")) || !read.next())
                    return Error{Error::Kind::Storage, read.lastError().text()};
                read.finish();
                otherWrote = QSqlQuery(other).exec(QStringLiteral("INSERT INTO write_probe VALUES (1)"));
                QSqlQuery write(db->connection());
                if (!write.exec(QStringLiteral("INSERT INTO write_probe VALUES (2)")))
                    return Error{Error::Kind::Storage, write.lastError().text()};
                return {};
            });
            QVERIFY2(changed.ok(), changed.ok() ? "" : qPrintable(changed.error().message));
            QVERIFY(!otherWrote);
            QVERIFY(QSqlQuery(other).exec(QStringLiteral("INSERT INTO write_probe VALUES (3)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(name);
        QCOMPARE(pragma(*db, QStringLiteral("SELECT group_concat(x) FROM write_probe")).toString(),
                 QStringLiteral("2,3"));
    }

    void aPracticeWrittenInOneGoHasPlannerStatisticsOnceClosed() {
        const QString path = m_dir.filePath(QStringLiteral("statistics.sqlite"));
        {
            auto db = test::openDatabase(path);
            QVERIFY(db);
            QVERIFY(test::addSyntheticClients(*db, 400).ok());
            QVERIFY(test::addSyntheticIncidents(*db, 4000, 400).ok());
        }
        auto db = test::openDatabase(path);
        QVERIFY(db);
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT DISTINCT tbl FROM sqlite_stat1")));
        QStringList analyzed;
        while (query.next())
            analyzed.append(query.value(0).toString());
        QVERIFY2(analyzed.contains(QStringLiteral("clients")) &&
                     analyzed.contains(QStringLiteral("incidents")),
                 qPrintable(analyzed.join(QLatin1Char(' '))));
        // With them, the incidents sorted by client are read walking the clients by name, not sorted whole.
        QVERIFY(query.exec(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT i.id FROM incidents i JOIN clients c ON c.id = i.client_id "
            "ORDER BY c.name_key, c.id, i.occurred_at, i.id LIMIT 60")));
        QStringList plan;
        while (query.next())
            plan.append(query.value(3).toString());
        QVERIFY2(!plan.join(QLatin1Char('\n')).contains(QStringLiteral("TEMP B-TREE")),
                 qPrintable(plan.join(QLatin1Char('\n'))));
    }

    void filesArePrivateToTheUser() {
        const QString folder = AppPaths::dataFolder();
        QVERIFY(!folder.isEmpty());
        QCOMPARE(test::fileMode(folder), 0700);
        const QString path = AppPaths::defaultDatabasePath();
        QVERIFY(path.startsWith(folder));
        auto db = test::openDatabase(path);
        QVERIFY(db);
        QVERIFY(test::addSyntheticClients(*db, 3).ok());
        QCOMPARE(test::fileMode(path), 0600);
        QCOMPARE(test::fileMode(path + QStringLiteral("-wal")), 0600);
    }

    void upgradesFromEveryEarlierVersion_data() {
        QTest::addColumn<int>("fromVersion");
        // Every schema a migration leaves (numbers may have gaps while branches are merged), and none.
        QTest::addRow("from schema 0") << 0;
        for (const QString &file :
             QDir(QStringLiteral(":/sql/sqlite")).entryList({QStringLiteral("*.sql")})) {
            const int version = file.section(QLatin1Char('_'), 0, 0).toInt();
            if (version < Database::latestSchemaVersion())
                QTest::addRow("from schema %d", version) << version;
        }
    }

    void upgradesFromEveryEarlierVersion() {
        QFETCH(int, fromVersion);
        const QString path = m_dir.filePath(QStringLiteral("old-%1.sqlite").arg(fromVersion));
        // Build the old schema exactly as that version's migrations left it.
        QStringList statements;
        QStringList files = QDir(QStringLiteral(":/sql/sqlite")).entryList({QStringLiteral("*.sql")});
        files.sort();
        for (const QString &name : std::as_const(files)) {
            if (name.section(QLatin1Char('_'), 0, 0).toInt() > fromVersion)
                break;
            QFile file(QStringLiteral(":/sql/sqlite/") + name);
            QVERIFY(file.open(QIODevice::ReadOnly));
            statements += SqlScript::split(QString::fromUtf8(file.readAll()));
        }
        if (fromVersion >= 1) {
            statements << QStringLiteral("INSERT INTO clients (full_name, created_at, updated_at, name_key, "
                                         "search_key) VALUES ('Old Client', '2024-01-01T00:00:00.000Z', "
                                         "'2024-01-01T00:00:00.000Z', 'old client', 'old client')");
            statements << QStringLiteral("PRAGMA application_id = 1112237424");
        }
        if (fromVersion >= 2) {
            statements << QStringLiteral("INSERT INTO policy_version_boundaries VALUES (1, 0, 'golden_rule', "
                                         "'The golden rule', 'd', 'a', 'c')");
            statements << QStringLiteral(
                              "INSERT INTO policy_versions (version, published_at, sha256, canonical_text) "
                              "VALUES (1, '2024-02-01T00:00:00.000Z', '%1', '{}')")
                              .arg(QString(64, QLatin1Char('0')));
            statements << QStringLiteral("INSERT INTO policy_acknowledgements (client_id, version, "
                                         "acknowledged_at) VALUES (1, 1, '2024-02-02T00:00:00.000Z')");
        }
        if (fromVersion >= 4) {
            // From schema 8 (008_portable.sql) the incident carries the moment 24 hours after it occurred.
            const bool portable = fromVersion >= 8;
            statements << QStringLiteral(
                              "INSERT INTO incidents (client_id, occurred_at, channel, boundary_key, "
                              "description, created_at, updated_at%1) VALUES (1, "
                              "'2024-03-01T21:30:00.000Z', 'phone', 'golden_rule', 'Late call', "
                              "'2024-03-02T09:00:00.000Z', '2024-03-02T09:00:00.000Z'%2)")
                              .arg(portable ? QStringLiteral(", address_deadline") : QString(),
                                   portable ? QStringLiteral(", '2024-03-02T21:30:00.000Z'") : QString());
            statements << QStringLiteral(
                "INSERT INTO incident_steps (incident_id, step_key, happened_at, note, "
                "recorded_at) VALUES (1, 'conversation', '2024-03-02T10:00:00.000Z', "
                "'Talked', '2024-03-02T10:00:00.000Z')");
        }
        statements << QStringLiteral("PRAGMA user_version = %1").arg(fromVersion);
        test::rawSql(path, statements);

        auto db = test::openDatabase(path);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        if (fromVersion >= 1) {
            const auto client = ClientRepository(*db).get(1);
            QVERIFY(client.ok());
            QCOMPARE(client.value().fullName, QStringLiteral("Old Client"));
        }
        // Whatever the starting point, the policy tables exist afterwards and keep what they held.
        const PolicyService policy(*db);
        QCOMPARE(policy.latestVersionNumber().value(), fromVersion >= 2 ? 1 : 0);
        QCOMPARE(AcknowledgementRepository(*db).acknowledgedVersion(1).value(), fromVersion >= 2 ? 1 : 0);
        QVERIFY(PracticeService(*db).load().ok());
        // The incidents of schema 4 survive, and the contract tables of schema 5 are there and empty.
        const Result<Incident> incident = IncidentRepository(*db).get(1);
        QCOMPARE(incident.ok(), fromVersion >= 4);
        if (fromVersion >= 4) {
            QCOMPARE(incident.value().description, QStringLiteral("Late call"));
            QCOMPARE(IncidentRepository(*db).steps(1).value().size(), 1);
        }
        const Result<QList<ContractSummary>> contracts = ContractRepository(*db).list();
        QVERIFY(contracts.ok());
        QVERIFY(contracts.value().isEmpty());
        // The dashboard's indexes of schema 7: the period index with its two expressions, the steps by kind.
        QCOMPARE(pragma(*db, QStringLiteral("SELECT count(*) FROM pragma_index_xinfo('incidents_by_period') "
                                            "WHERE key = 1"))
                     .toInt(),
                 10);
        QCOMPARE(
            pragma(*db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name "
                                       "= 'incident_steps_by_kind'"))
                .toInt(),
            1);
    }

    void announcementsInsideATransactionWaitForItsCommit() {
        auto db = test::openDatabase(m_dir.filePath(QStringLiteral("announce.sqlite")));
        QVERIFY(db);
        QSignalSpy changed(db->notifier(), &ChangeNotifier::changed);
        // Outside a transaction an announcement goes out at once.
        db->announce(QStringLiteral("clients"));
        QCOMPARE(changed.count(), 1);
        changed.clear();
        // Inside one (nested too) nothing goes out before the commit; then each table once, in order.
        QVERIFY(db->transaction([&]() -> Status {
                      db->announce(QStringLiteral("incidents"));
                      const Status inner = db->transaction([&]() -> Status {
                          db->announce(QStringLiteral("contracts"));
                          db->announce(QStringLiteral("incidents"));
                          return {};
                      });
                      if (changed.count() != 0)
                          return Error{Error::Kind::Invalid, QStringLiteral("announced before the commit")};
                      return inner;
                  }).ok());
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("incidents"));
        QCOMPARE(changed.at(1).at(0).toString(), QStringLiteral("contracts"));
        changed.clear();
        // A rolled-back transaction announces nothing, and leaves nothing for the next one to announce.
        QVERIFY(!db->transaction([&]() -> Status {
                       db->announce(QStringLiteral("clients"));
                       return Error{Error::Kind::Invalid, QStringLiteral("refused")};
                   }).ok());
        QCOMPARE(changed.count(), 0);
        QVERIFY(db->transaction([&]() -> Status { return {}; }).ok());
        QCOMPARE(changed.count(), 0);
    }

    void aChangeIsOneTransactionAnnouncedOnceCommitted() {
        auto db = test::openDatabase(m_dir.filePath(QStringLiteral("change.sqlite")));
        QVERIFY(db);
        QSignalSpy changed(db->notifier(), &ChangeNotifier::changed);
        const auto insertMeta = [&db](const QString &key) -> Result<qint64> {
            QSqlQuery query = db->prepare(
                QStringLiteral("INSERT INTO meta (key, value) VALUES (:key, 'x') RETURNING rowid"));
            query.bindValue(QStringLiteral(":key"), key);
            return db->execReturningId(query, QStringLiteral("test"));
        };
        const auto count = [&db]() {
            return pragma(*db, QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE 'change.%'")).toInt();
        };
        const Result<qint64> id =
            db->insert(QStringLiteral("meta"), [&]() { return insertMeta(QStringLiteral("change.a")); });
        QVERIFY(id.ok());
        QVERIFY(id.value() > 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), QStringLiteral("meta"));
        // A change that fails half-way leaves nothing behind and announces nothing.
        const Status failed = db->change(QStringLiteral("meta"), [&]() -> Status {
            if (Result<qint64> first = insertMeta(QStringLiteral("change.b")); !first)
                return first.error();
            const Result<qint64> again = insertMeta(QStringLiteral("change.a")); // the key exists: refused
            return again ? Status() : Status(again.error());
        });
        QVERIFY(!failed.ok());
        QCOMPARE(count(), 1);
        QCOMPARE(changed.count(), 1);
    }

    void nestedTransactionsJoinTheOuterOne() {
        auto db = test::openDatabase(m_dir.filePath(QStringLiteral("nested.sqlite")));
        QVERIFY(db);
        const auto insert = [&db](const QString &key) -> Status {
            QSqlQuery query = db->prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (:key, 'x')"));
            query.bindValue(QStringLiteral(":key"), key);
            return query.exec() ? Status() : db->errorFrom(query.lastError(), QStringLiteral("test"));
        };
        const auto count = [&db]() {
            QSqlQuery query(db->connection());
            return query.exec(QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE 'nested.%'")) &&
                           query.next()
                       ? query.value(0).toInt()
                       : -1;
        };
        // An inner failure rolls back what the outer work wrote before it.
        const Status failed = db->transaction([&]() -> Status {
            if (Status first = insert(QStringLiteral("nested.a")); !first)
                return first;
            return db->transaction([&]() -> Status {
                if (Status second = insert(QStringLiteral("nested.b")); !second)
                    return second;
                return Error{Error::Kind::Invalid, QStringLiteral("refused")};
            });
        });
        QVERIFY(!failed.ok());
        QCOMPARE(count(), 0);
        // Success commits both, once.
        QVERIFY(db->transaction([&]() -> Status {
                      if (Status first = insert(QStringLiteral("nested.a")); !first)
                          return first;
                      return db->transaction([&]() { return insert(QStringLiteral("nested.b")); });
                  }).ok());
        QCOMPARE(count(), 2);
        QVERIFY(db->transaction([&]() { return insert(QStringLiteral("nested.c")); }).ok());
        QCOMPARE(count(), 3);
    }

    void refusesNewerSchemaAndLeavesItUnchanged() {
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        makeClients(path, 5);
        test::rawSql(path,
                     {QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)});
        const QByteArray before = digest(path);

        const auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::TooNew);
        QVERIFY2(opened.error().message.contains(QStringLiteral("newer version")),
                 qPrintable(opened.error().message));
        QCOMPARE(digest(path), before);
    }

    void refusesForeignFiles_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addRow("a text file") << QByteArray("name,email\nAnn,ann@example.com\n");
        QTest::addRow("a binary file") << QByteArray(8192, '\x07');
        QTest::addRow("a truncated SQLite header") << QByteArray("SQLite format", 13);
    }

    void refusesForeignFiles() {
        QFETCH(QByteArray, content);
        const QString path =
            m_dir.filePath(QStringLiteral("foreign-%1").arg(QString::fromLatin1(QTest::currentDataTag())));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();

        const auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::Foreign);
        QVERIFY(opened.error().message.contains(QStringLiteral("not a Boundary Keeper database")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesAnotherApplicationsSqliteDatabase() {
        const QString path = m_dir.filePath(QStringLiteral("other-app.sqlite"));
        test::rawSql(path, {QStringLiteral("CREATE TABLE songs (title TEXT)"),
                            QStringLiteral("INSERT INTO songs VALUES ('Blue in Green')")});
        const QByteArray before = digest(path);
        const auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::Foreign);
        QCOMPARE(digest(path), before);
    }

    void refusesDamagedFileAndLeavesItUnchanged_data() {
        QTest::addColumn<bool>("truncate");
        QTest::addRow("pages overwritten") << false;
        QTest::addRow("file truncated") << true;
    }

    void refusesDamagedFileAndLeavesItUnchanged() {
        QFETCH(bool, truncate);
        const QString path = m_dir.filePath(QStringLiteral("damaged-%1.sqlite").arg(truncate));
        makeClients(path, 3000);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 20 * 4096);
            if (truncate) {
                QVERIFY(file.resize(file.size() / 2));
            } else {
                QVERIFY(file.seek(6 * 4096));
                file.write(QByteArray(3 * 4096, '\x5a'));
            }
        }
        const QByteArray before = digest(path);

        const auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::Damaged);
        QVERIFY2(opened.error().message.contains(QStringLiteral("damaged")),
                 qPrintable(opened.error().message));
        // One sentence to read; what the check found is kept behind it.
        QVERIFY2(!opened.error().message.contains(QLatin1Char('\n')), qPrintable(opened.error().message));
        QVERIFY(!opened.error().details.isEmpty());
        QCOMPARE(digest(path), before);
    }

    void trustsALargeFileLeftUnchangedAfterACheck() {
        const QString path = m_dir.filePath(QStringLiteral("trusted.sqlite"));
        makeClients(path, 50);
        // Every file counts as large here; by default only files of 32 MiB and more are trusted.
        Database::Options trusting;
        trusting.trustUnchangedFromBytes = 0;
        const auto open = [&path](const Database::Options &options) {
            auto opened = Database::open(path, options);
            return opened.ok() ? std::move(opened).value() : nullptr;
        };

        auto first = open(trusting);
        QVERIFY(first);
        QVERIFY2(first->integrityChecked(), "nothing was recorded about the file yet");
        first.reset();
        auto second = open(trusting);
        QVERIFY(second);
        QVERIFY2(!second->integrityChecked(), "the file is as it was left after the check");
        second.reset();
        auto small = open(Database::Options{});
        QVERIFY(small);
        QVERIFY2(small->integrityChecked(), "a file under the default size is always checked");
        small.reset();

        // A longer note grows the file, so the change shows even within the file system's timestamp
        // resolution. (Another program has to drop the audit trail's trigger to change a client.)
        test::rawSql(path, {QStringLiteral("DROP TRIGGER clients_audit_update"),
                            QStringLiteral("UPDATE clients SET notes = printf('%.100000c', 'x'), row_version "
                                           "= row_version + 1 WHERE id = 1")});
        auto changed = open(trusting);
        QVERIFY(changed);
        QVERIFY2(changed->integrityChecked(), "another program changed the file");
    }

    void checksATrustedFileAgainOnceItChanged() {
        const QString path = m_dir.filePath(QStringLiteral("trusted-then-damaged.sqlite"));
        makeClients(path, 3000);
        Database::Options trusting;
        trusting.trustUnchangedFromBytes = 0;
        QVERIFY(Database::open(path, trusting).ok()); // checked, and recorded as checked when closed
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.resize(file.size() / 2));
        }
        const QByteArray before = digest(path);

        const auto opened = Database::open(path, trusting);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::Damaged);
        QCOMPARE(digest(path), before);
    }

    void refusesAFileWhoseRecordsReferToMissingOnes() {
        const QString path = m_dir.filePath(QStringLiteral("orphans.sqlite"));
        makeClients(path, 3);
        // Another program, foreign keys off, shares a client that does not exist.
        test::rawSql(
            path, {QStringLiteral("DROP TRIGGER client_shares_audit_insert"),
                   QStringLiteral("INSERT INTO client_shares (client_id, practitioner_id) VALUES (999, 1)")});
        const QByteArray before = digest(path);

        for (const bool quick : {false, true}) {
            Database::Options options;
            options.quickCheck = quick;
            const auto opened = Database::open(path, options);
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().kind, Error::Kind::Damaged);
            QVERIFY2(
                opened.error().details.contains(QStringLiteral("client_shares record 1 refers to a missing "
                                                               "clients record")),
                qPrintable(opened.error().details));
        }
        QCOMPARE(digest(path), before);
    }

    void stopsTheCheckWhenAskedAndChangesNothing() {
        const QString path = m_dir.filePath(QStringLiteral("stopped.sqlite"));
        makeClients(path, 2000);
        const QByteArray before = digest(path);
        int asked = 0;
        Database::Options options;
        options.trustUnchangedFromBytes = std::numeric_limits<qint64>::max(); // checked although unchanged
        options.checking = [&asked] {
            ++asked;
            return false;
        };
        const auto opened = Database::open(path, options);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::Cancelled);
        QCOMPARE(asked, 1);
        QCOMPARE(digest(path), before);

        // Asked and let go on, the same check opens the file.
        asked = 0;
        options.checking = [&asked] {
            return ++asked > 0;
        };
        QVERIFY(Database::open(path, options).ok());
        QVERIFY(asked > 1);
    }

    void trustsAFileOnlyAfterTheFullCheckPassed() {
        const QString path = m_dir.filePath(QStringLiteral("quick-then-full.sqlite"));
        makeClients(path, 50);
        Database::Options quick;
        quick.quickCheck = true;
        quick.trustUnchangedFromBytes = 0;
        const auto open = [&path](const Database::Options &options) {
            auto opened = Database::open(path, options);
            return opened.ok() ? std::move(opened).value() : nullptr;
        };
        auto first = open(quick);
        QVERIFY(first);
        QVERIFY(first->integrityChecked());
        QVERIFY2(first->fullCheckPending(), "only the quick check ran");
        first.reset();
        auto second = open(quick);
        QVERIFY(second);
        QVERIFY2(second->fullCheckPending(), "a quick check alone does not make the file trusted");
        second->markFullyChecked();
        QVERIFY(!second->fullCheckPending());
        second.reset();
        auto third = open(quick);
        QVERIFY(third);
        QVERIFY2(!third->integrityChecked(), "the full check passed and nothing changed the file since");
        QVERIFY(!third->fullCheckPending());
    }

    void theBackgroundCheckFindsWhatTheQuickOneCannot() {
        const QString path = m_dir.filePath(QStringLiteral("index-damaged.sqlite"));
        makeClients(path, 5);
        // An index that no longer matches its table: the quick check does not compare them.
        test::rawSql(path,
                     {QStringLiteral("CREATE TABLE extra (a, b)"),
                      QStringLiteral("CREATE INDEX extra_a ON extra (a)"),
                      QStringLiteral("INSERT INTO extra VALUES (1, 20), (2, 10), (3, 5)"),
                      QStringLiteral("PRAGMA writable_schema = ON"),
                      QStringLiteral("UPDATE sqlite_schema SET sql = 'CREATE INDEX extra_a ON extra (b)' "
                                     "WHERE name = 'extra_a'")});
        Database::Options quick;
        quick.quickCheck = true;
        auto opened = Database::open(path, quick);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QVERIFY(opened.value()->fullCheckPending());

        IntegrityCheckWorker worker;
        QSignalSpy damaged(&worker, &IntegrityCheckWorker::damaged);
        QSignalSpy passed(&worker, &IntegrityCheckWorker::passed);
        worker.start(path);
        QTRY_COMPARE_WITH_TIMEOUT(damaged.count() + passed.count(), 1, 30000);
        QCOMPARE(damaged.count(), 1);
        QVERIFY2(damaged.first().at(1).toString().contains(QStringLiteral("missing from index extra_a")),
                 qPrintable(damaged.first().at(1).toString()));

        // An intact file passes.
        const QString intact = m_dir.filePath(QStringLiteral("intact.sqlite"));
        makeClients(intact, 5);
        worker.start(intact);
        QTRY_COMPARE_WITH_TIMEOUT(passed.count(), 1, 30000);
        QCOMPARE(damaged.count(), 1);
    }

    void opensReadOnlyFileReadOnly() {
        const QString path = m_dir.filePath(QStringLiteral("read-only.sqlite"));
        makeClients(path, 4);
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
        const QByteArray before = digest(path);

        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        const Database &db = *opened.value();
        QVERIFY(db.isReadOnly());
        QVERIFY(db.isReadOnlyByFile());
        const ClientRepository clients(db);
        QCOMPARE(clients.count(ClientFilter{{}, {}, true}).value(), qint64(4));

        Client client;
        client.fullName = QStringLiteral("Not Saved");
        const auto added = ClientService(db).add(client);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().kind, Error::Kind::ReadOnly);
        QVERIFY(added.error().message.contains(QStringLiteral("read-only")));
        opened = Error{};
        QCOMPARE(digest(path), before);
    }

    void leavesNothingBesideAFileNobodyCanWrite_data() {
        QTest::addColumn<bool>("immutable");
        QTest::addRow("without write permission") << false;
        QTest::addRow("marked immutable (chattr +i)") << true;
    }

    void leavesNothingBesideAFileNobodyCanWrite() {
        QFETCH(bool, immutable);
        const QString path = m_dir.filePath(QStringLiteral("cannot-write-%1.sqlite").arg(immutable));
        makeClients(path, 2);
        if (!immutable) {
            QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
        } else if (QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) != 0) {
            // Marking a file immutable needs root (CI runs as root) and a file system that has the flag.
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("chattr +i failed, and CI must run this test.");
            QSKIP("chattr +i needs root and a file system with the immutable flag.");
        }
        const auto unmark = qScopeGuard([&] {
            if (immutable)
                QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
        });
        const QByteArray before = digest(path);
        {
            auto opened = Database::open(path);
            QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
            QVERIFY(opened.value()->isReadOnlyByFile());
            QCOMPARE(ClientRepository(*opened.value()).count(ClientFilter{{}, {}, true}).value(), qint64(2));
            QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
            QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
        QCOMPARE(digest(path), before);
    }

    void makesAFileItWritesPrivate() {
        const QString path = m_dir.filePath(QStringLiteral("shared-mode.sqlite"));
        makeClients(path, 1);
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                                QFile::ReadOther));
        auto db = test::openDatabase(path);
        QVERIFY(db);
        QVERIFY(test::addSyntheticClients(*db, 1).ok());
        QCOMPARE(test::fileMode(path), 0600);
        QCOMPARE(test::fileMode(path + QStringLiteral("-wal")), 0600);
    }

    void createsNothingWhenCreatingIsNotAsked_data() {
        QTest::addColumn<bool>("emptyFile");
        QTest::addRow("an empty file") << true;
        QTest::addRow("a missing file") << false;
    }

    void createsNothingWhenCreatingIsNotAsked() {
        QFETCH(bool, emptyFile);
        const QString path = m_dir.filePath(QStringLiteral("not-created-%1.sqlite").arg(emptyFile));
        if (emptyFile) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        Database::Options options;
        options.create = false;
        const auto opened = Database::open(path, options);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::NotFound);
        QCOMPARE(QFile::exists(path), emptyFile);
        QCOMPARE(QFileInfo(path).size(), qint64(0));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    // A write that fails because the disk is full is reported, and every write reported as done is there
    // afterwards. A page limit fills the database itself; a file size limit fails the write-ahead log as a
    // full disk does, when the change is committed.
    void reportsEveryFailedWriteAndKeepsEveryReportedOne_data() {
        QTest::addColumn<bool>("fullDisk");
        QTest::addColumn<bool>("incidents");
        QTest::addRow("new clients in a database at its page limit") << false << false;
        QTest::addRow("new clients on a full disk") << true << false;
        QTest::addRow("new incidents in a database at its page limit") << false << true;
        QTest::addRow("new incidents on a full disk") << true << true;
    }

    void reportsEveryFailedWriteAndKeepsEveryReportedOne() {
        QFETCH(bool, fullDisk);
        QFETCH(bool, incidents);
        const QString path =
            m_dir.filePath(QStringLiteral("full-%1-%2.sqlite").arg(int(fullDisk)).arg(int(incidents)));
        const QString text(20 * 1024, QLatin1Char('x'));
        QList<qint64> reported;
        QStringList failures;
        qint64 owner = 0;
        {
            auto db = test::openDatabase(path);
            QVERIFY(db);
            Client client;
            client.fullName = QStringLiteral("Robin Owner");
            owner = ClientService(*db).add(client).value();
            std::optional<FileSizeLimit> limit;
            if (fullDisk)
                limit.emplace(QFileInfo(path + QStringLiteral("-wal")).size() + 200 * 1024);
            else
                pragma(*db, QStringLiteral("PRAGMA max_page_count = %1")
                                .arg(pragma(*db, QStringLiteral("PRAGMA page_count")).toInt() + 50));
            for (int i = 0; i < 30; ++i) {
                Result<qint64> id = Error{};
                if (incidents) {
                    NewIncident incident;
                    incident.clientId = owner;
                    incident.occurredAt = QDateTime(QDate(2026, 3, 1), QTime(10, i), Qt::UTC);
                    incident.boundaryKey = QStringLiteral("after_hours_contact");
                    incident.description = text;
                    id = IncidentService(*db).log(incident);
                } else {
                    client.fullName = QStringLiteral("Client %1").arg(i);
                    client.notes = text;
                    id = ClientService(*db).add(client);
                }
                if (id.ok())
                    reported.append(id.value());
                else
                    failures.append(id.error().message);
            }
        }
        QVERIFY2(!reported.isEmpty(), qPrintable(failures.value(0)));
        QVERIFY(!failures.isEmpty());
        for (const QString &failure : std::as_const(failures))
            QVERIFY2(failure.contains(QStringLiteral("full")) || failure.contains(QStringLiteral("disk")) ||
                         failure.contains(QStringLiteral("I/O")),
                     qPrintable(failure));
        QCOMPARE(QSet<qint64>(reported.cbegin(), reported.cend()).size(), reported.size());

        auto db = test::openDatabase(path);
        QVERIFY(db);
        for (const qint64 id : std::as_const(reported)) {
            if (incidents)
                QVERIFY2(IncidentRepository(*db).get(id).ok(), qPrintable(QString::number(id)));
            else
                QVERIFY2(ClientRepository(*db).get(id).ok(), qPrintable(QString::number(id)));
        }
        const QString table = incidents ? QStringLiteral("incidents") : QStringLiteral("clients");
        QCOMPARE(pragma(*db, QStringLiteral("SELECT count(*) FROM ") + table).toLongLong(),
                 qint64(reported.size() + (incidents ? 0 : 1)));
    }

    void refusesMissingFileWhenReadOnlyIsAsked() {
        const auto opened = Database::open(m_dir.filePath(QStringLiteral("missing.sqlite")),
                                           {Database::Access::ReadOnly, true});
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().message.contains(QStringLiteral("does not exist")));
    }

    void splitsScriptsWithTriggers() {
        const QString script = QStringLiteral("-- comment\nCREATE TABLE a (x INTEGER);\n"
                                              "CREATE TRIGGER t BEFORE UPDATE ON a BEGIN\n"
                                              "  SELECT RAISE(ABORT, 'no');\nEND;\n"
                                              "INSERT INTO a VALUES (1);\n");
        const QStringList statements = SqlScript::split(script);
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements.at(1).startsWith(QStringLiteral("CREATE TRIGGER")));
        QVERIFY(statements.at(1).endsWith(QStringLiteral("END")));
        QCOMPARE(statements.at(2), QStringLiteral("INSERT INTO a VALUES (1)"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_Database.moc"
