// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/backup/BackupService.h"
#include "app/clients/ClientService.h"
#include "app/storage/Database.h"
#include "app/storage/DatabaseSnapshot.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;

namespace {

QString urlOf(const test::PostgresDatabase &database) {
    return QStringLiteral("postgresql:///") + database.name();
}

QMap<QString, qint64> countsOf(const QList<DatabaseSnapshot::TableCount> &tables) {
    QMap<QString, qint64> counts;
    for (const DatabaseSnapshot::TableCount &table : tables)
        counts.insert(table.table, table.rows);
    return counts;
}

QMap<QString, qint64> countsOf(const Database &database) {
    return countsOf(DatabaseSnapshot::count(database).value());
}

} // namespace

/// Backups of a practice on a PostgreSQL server: pg_dump and pg_restore in their custom format.
class TestServerBackup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void aServerBackupRestoresIntoAnEmptyDatabase_data() {
        QTest::addColumn<QByteArray>("passphrase");
        QTest::addRow("plain") << QByteArray();
        QTest::addRow("encrypted") << QByteArrayLiteral("harbour light");
    }

    void aServerBackupRestoresIntoAnEmptyDatabase() {
        QFETCH(QByteArray, passphrase);
        BK_REQUIRE_POSTGRES();
        QVERIFY2(DatabaseSnapshot::serverToolsAvailable(), "pg_dump comes with the postgresql package");
        const test::PostgresDatabase source;
        QVERIFY2(source.error().isEmpty(), qPrintable(source.error()));
        QTemporaryDir dir;
        const QString backup = dir.filePath(passphrase.isEmpty() ? QStringLiteral("practice.pgdump")
                                                                 : QStringLiteral("practice.pgdump.bkenc"));
        QMap<QString, qint64> counted;
        {
            Result<std::unique_ptr<Database>> db = Database::open(urlOf(source));
            QVERIFY2(db, db ? "" : qPrintable(db.error().message));
            QVERIFY(test::addSyntheticClients(*db.value(), 30));
            QVERIFY(test::logIncident(
                        *db.value(),
                        test::afterHoursCall(2, QDateTime(QDate(2026, 5, 4), QTime(21, 0), Qt::UTC))) > 0);
            counted = countsOf(*db.value());
            const Result<BackupEntry> written = BackupService(*db.value()).backUpTo(backup, passphrase);
            QVERIFY2(written, written ? "" : qPrintable(written.error().message));
            QVERIFY(written.value().server);
            QCOMPARE(countsOf(written.value().tables), counted);
            QVERIFY(BackupService::verify(written.value()));
        }
        QCOMPARE(counted.value(QStringLiteral("clients")), 30);
        QCOMPARE(test::fileMode(backup), 0600);
        QCOMPARE(BackupService::isEncrypted(backup), !passphrase.isEmpty());
        const Result<BackupService::Inspection> inspected = BackupService::inspect(backup, passphrase);
        QVERIFY2(inspected, inspected ? "" : qPrintable(inspected.error().message));
        QVERIFY(inspected.value().server);
        QCOMPARE(inspected.value().schemaVersion, Database::latestSchemaVersion());

        const test::PostgresDatabase empty;
        QVERIFY2(empty.error().isEmpty(), qPrintable(empty.error()));
        const Result<QString> kept =
            BackupService::restore(urlOf(empty), backup, passphrase, dir.filePath(QStringLiteral("kept")));
        QVERIFY2(kept, kept ? "" : qPrintable(kept.error().message));
        QVERIFY(kept.value().isEmpty()); // an empty database has nothing to keep
        Result<std::unique_ptr<Database>> restored = Database::open(urlOf(empty));
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
        QCOMPARE(countsOf(*restored.value()), counted);
        QCOMPARE(ClientService(*restored.value()).get(2).value().fullName, [&] {
            Result<std::unique_ptr<Database>> db = Database::open(urlOf(source));
            return ClientService(*db.value()).get(2).value().fullName;
        }());
        // New records continue after the restored ids.
        QVERIFY(ClientService(*restored.value()).add(test::sampleClient(QStringLiteral("Zoe"))).value() > 30);
    }

    void restoringOverAPracticeKeepsItFirst() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        QTemporaryDir dir;
        const QString backup = dir.filePath(QStringLiteral("practice.pgdump"));
        const QString folder = dir.filePath(QStringLiteral("kept"));
        {
            Result<std::unique_ptr<Database>> db = Database::open(urlOf(server));
            QVERIFY(db);
            QVERIFY(test::addSyntheticClients(*db.value(), 5));
            QVERIFY(BackupService(*db.value()).backUpTo(backup));
            QVERIFY(ClientService(*db.value()).add(test::sampleClient(QStringLiteral("After"))));
        }
        const Result<QString> kept = BackupService::restore(urlOf(server), backup, {}, folder);
        QVERIFY2(kept, kept ? "" : qPrintable(kept.error().message));
        QVERIFY(DatabaseSnapshot::isServerDump(kept.value()));
        const QList<BackupEntry> listed = BackupService::list(folder);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().kind, BackupEntry::Kind::BeforeRestore);
        QCOMPARE(countsOf(listed.first().tables).value(QStringLiteral("clients")), 6);
        Result<std::unique_ptr<Database>> db = Database::open(urlOf(server));
        QVERIFY(db);
        QCOMPARE(countsOf(*db.value()).value(QStringLiteral("clients")), 5);
    }

    void withoutPgDumpTheBackupSaysSoAndWritesNothing() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        QTemporaryDir dir;
        Result<std::unique_ptr<Database>> db = Database::open(urlOf(server));
        QVERIFY(db);
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(dir.path()));
        const Result<BackupEntry> written =
            BackupService(*db.value()).backUpTo(dir.filePath(QStringLiteral("practice.pgdump")));
        qputenv("PATH", path);
        QVERIFY(!written);
        QVERIFY2(written.error().message.contains(QStringLiteral("pg_dump")),
                 qPrintable(written.error().message));
        QVERIFY2(written.error().message.contains(QStringLiteral("not installed")),
                 qPrintable(written.error().message));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestServerBackup)
#include "tst_ServerBackup.moc"
