// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/backup/BackupCipher.h"
#include "app/backup/BackupService.h"
#include "app/clients/ClientService.h"
#include "app/common/Clock.h"
#include "app/storage/Database.h"
#include "app/storage/DatabaseSnapshot.h"
#include "app/storage/SqlScript.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <csignal>
#include <sys/resource.h>

using namespace bk;

namespace {

QByteArray digest(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

qint64 rowsOf(const QList<DatabaseSnapshot::TableCount> &tables, const QString &name) {
    for (const DatabaseSnapshot::TableCount &table : tables) {
        if (table.table == name)
            return table.rows;
    }
    return -1;
}

// Counts keyed by table, to compare two databases whatever order they were listed in.
QMap<QString, qint64> countsOf(const QList<DatabaseSnapshot::TableCount> &tables) {
    QMap<QString, qint64> counts;
    for (const DatabaseSnapshot::TableCount &table : tables)
        counts.insert(table.table, table.rows);
    return counts;
}

QMap<QString, qint64> countsOf(const Database &database) {
    return countsOf(DatabaseSnapshot::count(database).value());
}

// Writes as on a full disk: every file this process writes past `bytes` is refused (EFBIG).
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        std::signal(SIGXFSZ, SIG_IGN);
        ::getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() { ::setrlimit(RLIMIT_FSIZE, &m_saved); }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_saved{};
};

const QByteArray Passphrase = QByteArrayLiteral("correct horse battery staple");

} // namespace

class TestBackupService : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath(const QString &stem) {
        return m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(stem).arg(++m_files));
    }

    // A practice with clients and incidents: its path.
    QString practice(int clients = 40) {
        const QString path = newPath(QStringLiteral("practice"));
        const std::unique_ptr<Database> db = test::openDatabase(path);
        if (!db)
            return {};
        if (!test::addSyntheticClients(*db, clients))
            return {};
        for (int i = 0; i < std::min(clients, 5); ++i)
            test::logIncident(
                *db, test::afterHoursCall(1 + i, QDateTime(QDate(2026, 5, 1 + i), QTime(21, 30), Qt::UTC)));
        return path;
    }

    static QStringList filesIn(const QString &folder) {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }

private Q_SLOTS:
    void initTestCase() {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { Clock::setNowFunction({}); }

    void aBackupIsCheckedPrivateAndRestoresWithEqualCounts() {
        const QString path = practice();
        const QString backup = m_dir.filePath(QStringLiteral("chosen.sqlite"));
        QMap<QString, qint64> counted;
        {
            const std::unique_ptr<Database> db = test::openDatabase(path);
            QVERIFY(db);
            counted = countsOf(*db);
            QVERIFY(counted.value(QStringLiteral("clients")) == 40);
            qint64 lastDone = -1;
            qint64 lastTotal = 0;
            const Result<BackupEntry> written =
                BackupService(*db).backUpTo(backup, {}, [&](qint64 done, qint64 total) {
                    lastDone = done;
                    lastTotal = total;
                    return true;
                });
            QVERIFY2(written, written ? "" : qPrintable(written.error().message));
            QVERIFY(lastTotal > 0);
            QCOMPARE(lastDone, lastTotal);
            QCOMPARE(countsOf(written.value().tables), counted);
            QCOMPARE(written.value().schemaVersion, Database::latestSchemaVersion());
            // A change after the backup is not in it.
            QVERIFY(ClientService(*db).add(test::sampleClient(QStringLiteral("After Backup"))));
        }
        QCOMPARE(test::fileMode(backup), 0600);
        QCOMPARE(test::fileMode(backup + QStringLiteral(".json")), 0600);
        QVERIFY(!QFile::exists(backup + QStringLiteral("-wal")));

        // The manifest: when, schema, rows per table (every table of the file), the file's SHA-256.
        QFile manifestFile(backup + QStringLiteral(".json"));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
        QCOMPARE(manifest.value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(digest(backup).toHex()));
        QCOMPARE(manifest.value(QStringLiteral("schemaVersion")).toInt(), Database::latestSchemaVersion());
        QCOMPARE(manifest.value(QStringLiteral("tables")).toObject().value(QStringLiteral("clients")).toInt(),
                 40);
        QVERIFY(manifest.value(QStringLiteral("created")).toString().endsWith(QLatin1Char('Z')));

        const Result<BackupService::Inspection> inspected = BackupService::inspect(backup);
        QVERIFY2(inspected, inspected ? "" : qPrintable(inspected.error().message));
        QCOMPARE(countsOf(inspected.value().tables), counted);

        // Restoring brings back exactly the backed-up rows and keeps the database as it was.
        const QString keptFolder = m_dir.filePath(QStringLiteral("kept-%1").arg(++m_files));
        const Result<QString> kept = BackupService::restore(path, backup, {}, keptFolder);
        QVERIFY2(kept, kept ? "" : qPrintable(kept.error().message));
        {
            const std::unique_ptr<Database> db = test::openDatabase(path);
            QVERIFY(db);
            QCOMPARE(countsOf(*db), counted);
        }
        QVERIFY(kept.value().startsWith(keptFolder));
        QCOMPARE(test::fileMode(keptFolder), 0700);
        const Result<DatabaseSnapshot::Contents> before = DatabaseSnapshot::inspect(kept.value());
        QVERIFY(before);
        QCOMPARE(rowsOf(before.value().tables, QStringLiteral("clients")), 41);
        const QList<BackupEntry> listed = BackupService::list(keptFolder);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().kind, BackupEntry::Kind::BeforeRestore);
        QVERIFY(BackupService::verify(listed.first()));
        // Nothing temporary is left beside the database.
        QCOMPARE(QDir(m_dir.path())
                     .entryList({QStringLiteral(".*restoring*"), QStringLiteral(".*partial*")},
                                QDir::Files | QDir::Hidden),
                 QStringList());
    }

    void theBackupFolderIsPrivate() {
        const QString path = practice(3);
        const std::unique_ptr<Database> db = test::openDatabase(path);
        QVERIFY(db);
        const Result<BackupEntry> written = BackupService(*db).backUpToFolder(BackupEntry::Kind::Manual);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QCOMPARE(QFileInfo(written.value().path).absolutePath(), BackupService::defaultFolder());
        QCOMPARE(test::fileMode(BackupService::defaultFolder()), 0700);
        QCOMPARE(test::fileMode(written.value().path), 0600);
    }

    void rotationKeepsSevenDailyFourWeeklyAndTwelveMonthly() {
        const QString path = practice(2);
        const QString folder = m_dir.filePath(QStringLiteral("rotation"));
        const std::unique_ptr<Database> db = test::openDatabase(path);
        QVERIFY(db);
        const BackupService service(*db, folder);
        QDateTime now(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC); // a Thursday
        Clock::setNowFunction([&now] { return now; });
        QVERIFY(service.backUpToFolder(BackupEntry::Kind::Manual));
        for (int day = 0; day < 40; ++day) {
            now = QDateTime(QDate(2026, 1, 1).addDays(day), QTime(12, 0), Qt::UTC);
            const Result<std::optional<BackupEntry>> first = service.backUpIfDue();
            QVERIFY2(first && first.value(), first ? "none taken" : qPrintable(first.error().message));
            // At most once a day: closing again the same day takes none.
            now = now.addSecs(3600);
            const Result<std::optional<BackupEntry>> second = service.backUpIfDue();
            QVERIFY(second && !second.value());
        }
        QList<QDate> kept;
        int manual = 0;
        for (const BackupEntry &entry : BackupService::list(folder)) {
            if (entry.kind == BackupEntry::Kind::Daily)
                kept.append(entry.created.date());
            else
                ++manual;
            QVERIFY(QFile::exists(entry.path));
        }
        std::sort(kept.begin(), kept.end());
        // The last 7 days (3–9 February); the newest of the ISO weeks 4 and 5 (25 January, 1 February; weeks
        // 6 and 7 end on 8 and 9 February, kept already); the newest of January (31st) and February (9th).
        const QList<QDate> expected = {
            QDate(2026, 1, 25), QDate(2026, 1, 31), QDate(2026, 2, 1), QDate(2026, 2, 3), QDate(2026, 2, 4),
            QDate(2026, 2, 5),  QDate(2026, 2, 6),  QDate(2026, 2, 7), QDate(2026, 2, 8), QDate(2026, 2, 9)};
        QCOMPARE(kept, expected);
        QCOMPARE(manual, 1); // a backup the user asked for is never rotated away
        // Rotated backups went with their manifests: nothing else is left in the folder.
        QCOMPARE(filesIn(folder).size(), 2 * (expected.size() + 1));
    }

    void anEncryptedBackupRoundTrips() {
        const QString path = practice(12);
        const QString backup = m_dir.filePath(QStringLiteral("sealed.sqlite.bkenc"));
        QMap<QString, qint64> counted;
        {
            const std::unique_ptr<Database> db = test::openDatabase(path);
            QVERIFY(db);
            counted = countsOf(*db);
            const Result<BackupEntry> written = BackupService(*db).backUpTo(backup, Passphrase);
            QVERIFY2(written, written ? "" : qPrintable(written.error().message));
            QVERIFY(written.value().encrypted);
            QVERIFY(BackupService::verify(written.value()));
            QVERIFY(ClientService(*db).add(test::sampleClient(QStringLiteral("After Backup"))));
        }
        QCOMPARE(test::fileMode(backup), 0600);
        QVERIFY(BackupService::isEncrypted(backup));
        QFile file(backup);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("BKBACKUP"));
        QVERIFY(!bytes.contains("SQLite format 3"));
        QVERIFY(!bytes.contains("clients"));

        const Result<BackupService::Inspection> inspected = BackupService::inspect(backup, Passphrase);
        QVERIFY2(inspected, inspected ? "" : qPrintable(inspected.error().message));
        QVERIFY(inspected.value().encrypted);
        QCOMPARE(countsOf(inspected.value().tables), counted);

        const Result<QString> kept =
            BackupService::restore(path, backup, Passphrase, m_dir.filePath(QStringLiteral("kept-sealed")));
        QVERIFY2(kept, kept ? "" : qPrintable(kept.error().message));
        const std::unique_ptr<Database> db = test::openDatabase(path);
        QVERIFY(db);
        QCOMPARE(countsOf(*db), counted);
    }

    void aWrongPassphraseOrADamagedFileIsRefusedAndNothingIsRestored_data() {
        QTest::addColumn<QByteArray>("passphrase");
        QTest::addColumn<int>("flipAt"); // -1: none; else a byte from the end
        QTest::addColumn<bool>("cut");
        QTest::addColumn<int>("kind");
        QTest::addRow("a wrong passphrase")
            << QByteArray("wrong horse") << -1 << false << int(Error::Kind::Invalid);
        QTest::addRow("a byte flipped in the last chunk")
            << Passphrase << 100 << false << int(Error::Kind::Damaged);
        QTest::addRow("a byte flipped in the salt") << Passphrase << -2 << false << int(Error::Kind::Invalid);
        QTest::addRow("the end cut off") << Passphrase << -1 << true << int(Error::Kind::Damaged);
    }

    void aWrongPassphraseOrADamagedFileIsRefusedAndNothingIsRestored() {
        QFETCH(QByteArray, passphrase);
        QFETCH(int, flipAt);
        QFETCH(bool, cut);
        QFETCH(int, kind);
        // Large enough for several chunks, so that a later chunk's damage is told from a wrong passphrase.
        const int clients = 1500;
        const QString path = practice(clients);
        const QString backup = m_dir.filePath(QStringLiteral("sealed-%1.sqlite.bkenc").arg(++m_files));
        {
            const std::unique_ptr<Database> db = test::openDatabase(path);
            QVERIFY(db);
            QVERIFY(BackupService(*db).backUpTo(backup, Passphrase));
            QVERIFY(ClientService(*db).add(test::sampleClient(QStringLiteral("Only Here"))));
        }
        {
            QFile file(backup);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 3 * 64 * 1024);
            if (flipAt >= 0 || flipAt == -2) {
                const qint64 at = flipAt == -2 ? 8 + 1 + 16 + 3 : file.size() - flipAt;
                QVERIFY(file.seek(at));
                char byte = 0;
                QVERIFY(file.getChar(&byte));
                QVERIFY(file.seek(at));
                QVERIFY(file.putChar(char(byte ^ 0x01)));
            }
            if (cut)
                QVERIFY(file.resize(file.size() - 70 * 1024));
        }
        const QByteArray before = digest(path);
        const QString folder = m_dir.filePath(QStringLiteral("refused-%1").arg(++m_files));
        const QStringList filesBefore = filesIn(m_dir.path());

        const Result<BackupService::Inspection> inspected = BackupService::inspect(backup, passphrase);
        QVERIFY(!inspected);
        QCOMPARE(int(inspected.error().kind), kind);
        const Result<QString> restored = BackupService::restore(path, backup, passphrase, folder);
        QVERIFY(!restored);
        QCOMPARE(int(restored.error().kind), kind);
        QVERIFY2(restored.error().message.contains(QStringLiteral("nothing was restored")),
                 qPrintable(restored.error().message));
        // The database is untouched, nothing was kept (there was no swap) and nothing is left behind.
        QCOMPARE(digest(path), before);
        QCOMPARE(filesIn(folder), QStringList());
        QCOMPARE(filesIn(m_dir.path()), filesBefore);
        const std::unique_ptr<Database> db = test::openDatabase(path);
        QVERIFY(db);
        QCOMPARE(ClientService(*db).get(clients + 1).value().fullName, QStringLiteral("Only Here"));
    }

    void aBackupIsTakenBeforeASchemaUpgrade() {
        // A file of schema 1, as the first version left it.
        const QString path = newPath(QStringLiteral("schema-1"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QFile first(
                QStringLiteral(":/sql/sqlite/") +
                QDir(QStringLiteral(":/sql/sqlite")).entryList({QStringLiteral("001_*.sql")}).value(0));
            QVERIFY(first.open(QIODevice::ReadOnly));
            QStringList statements = SqlScript::split(QString::fromUtf8(first.readAll()));
            statements << QStringLiteral("INSERT INTO clients (full_name, created_at, updated_at, name_key, "
                                         "search_key) VALUES ('Old Client', '2024-01-01T00:00:00.000Z', "
                                         "'2024-01-01T00:00:00.000Z', 'old client', 'old client')")
                       << QStringLiteral("PRAGMA application_id = 1112237424")
                       << QStringLiteral("PRAGMA user_version = 1");
            for (const QString &statement : std::as_const(statements)) {
                QSqlQuery query(raw);
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
            }
            raw.close();
            raw = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("old"));
        }

        // A backup that cannot be taken refuses the upgrade: the file stays as it was.
        Database::Options refusing;
        refusing.beforeUpgrade = [](const Database &) -> Status {
            return Error{Error::Kind::Io, QStringLiteral("no room for the backup")};
        };
        const Result<std::unique_ptr<Database>> refused = Database::open(path, refusing);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("no room for the backup")),
                 qPrintable(refused.error().message));
        const Result<DatabaseSnapshot::Contents> unchanged = DatabaseSnapshot::inspect(path);
        QVERIFY(unchanged);
        QCOMPARE(unchanged.value().schemaVersion, 1);

        const QList<BackupEntry> before = BackupService::list(BackupService::defaultFolder());
        Database::Options options;
        options.beforeUpgrade = &BackupService::beforeUpgrade;
        {
            const Result<std::unique_ptr<Database>> opened = Database::open(path, options);
            QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
            QCOMPARE(opened.value()->schemaVersion(), Database::latestSchemaVersion());
        }
        QList<BackupEntry> taken;
        for (const BackupEntry &entry : BackupService::list(BackupService::defaultFolder())) {
            if (entry.source == QFileInfo(path).absoluteFilePath())
                taken.append(entry);
        }
        QCOMPARE(taken.size(), 1);
        QCOMPARE(before.size() + 1, BackupService::list(BackupService::defaultFolder()).size());
        QCOMPARE(taken.first().kind, BackupEntry::Kind::BeforeUpgrade);
        QCOMPARE(taken.first().schemaVersion, 1);
        const Result<DatabaseSnapshot::Contents> contents = DatabaseSnapshot::inspect(taken.first().path);
        QVERIFY2(contents, contents ? "" : qPrintable(contents.error().message));
        QCOMPARE(contents.value().schemaVersion, 1);
        QCOMPARE(rowsOf(contents.value().tables, QStringLiteral("clients")), 1);

        // Opening the upgraded file again takes no further backup.
        {
            const Result<std::unique_ptr<Database>> again = Database::open(path, options);
            QVERIFY(again);
        }
        QCOMPARE(before.size() + 1, BackupService::list(BackupService::defaultFolder()).size());
    }

    void aFailedBackupLeavesNothingThatLooksLikeABackup_data() {
        QTest::addColumn<QByteArray>("passphrase");
        QTest::addRow("plain") << QByteArray();
        QTest::addRow("encrypted") << Passphrase;
    }

    void aFailedBackupLeavesNothingThatLooksLikeABackup() {
        QFETCH(QByteArray, passphrase);
        const QString path = practice(3000);
        const QString folder = m_dir.filePath(QStringLiteral("full-%1").arg(++m_files));
        QVERIFY(QDir().mkpath(folder));
        const std::unique_ptr<Database> db = test::openDatabase(path);
        QVERIFY(db);
        QVERIFY(QFileInfo(path).size() > 256 * 1024);
        {
            // A disk that fills up after 64 KiB of the copy.
            const FileSizeLimit full(64 * 1024);
            const Result<BackupEntry> written =
                BackupService(*db).backUpTo(folder + QStringLiteral("/b.sqlite"), passphrase);
            QVERIFY(!written);
            QCOMPARE(written.error().kind, Error::Kind::Io);
        }
        QCOMPARE(filesIn(folder), QStringList());
        // A folder that does not exist.
        const Result<BackupEntry> nowhere =
            BackupService(*db).backUpTo(folder + QStringLiteral("/missing/b.sqlite"), passphrase);
        QVERIFY(!nowhere);
        QCOMPARE(filesIn(folder), QStringList());
        // And the same backup goes through once there is room.
        QVERIFY(BackupService(*db).backUpTo(folder + QStringLiteral("/b.sqlite"), passphrase));
    }

    void aDamagedFileNamesTheNewestGoodBackupAndIsNotWritten() {
        const QString path = practice(3000);
        {
            const std::unique_ptr<Database> db = test::openDatabase(path);
            QVERIFY(db);
            QVERIFY(BackupService(*db).backUpToFolder(BackupEntry::Kind::Daily));
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(6 * 4096));
            file.write(QByteArray(3 * 4096, '\x5a'));
        }
        const QByteArray damaged = digest(path);
        const Result<std::unique_ptr<Database>> opened = Database::open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, Error::Kind::Damaged);

        const QString advice = BackupService::restoreAdvice(path);
        const std::optional<BackupEntry> good =
            BackupService::newestGood(BackupService::defaultFolder(), QFileInfo(path).absoluteFilePath());
        QVERIFY(good);
        QVERIFY2(advice.contains(QDir::toNativeSeparators(good->path)), qPrintable(advice));
        QVERIFY2(advice.contains(QStringLiteral("restore")), qPrintable(advice));
        QCOMPARE(digest(path), damaged);

        // Restoring over the damaged file keeps it (untouched) beside itself and brings the good one back.
        const Result<QString> kept = BackupService::restore(path, good->path, {});
        QVERIFY2(kept, kept ? "" : qPrintable(kept.error().message));
        QVERIFY(kept.value().startsWith(path + QStringLiteral(".before-restore-")));
        QCOMPARE(digest(kept.value()), damaged);
        const std::unique_ptr<Database> db = test::openDatabase(path);
        QVERIFY(db);
        QCOMPARE(countsOf(*db), countsOf(good->tables));
    }

    void aBackupOfANewerSchemaIsRefused() {
        const QString path = practice(2);
        const QString backup = m_dir.filePath(QStringLiteral("newer.sqlite"));
        {
            const std::unique_ptr<Database> db = test::openDatabase(path);
            QVERIFY(db);
            QVERIFY(BackupService(*db).backUpTo(backup));
        }
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            raw.setDatabaseName(backup);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec(
                QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)));
            raw.close();
            raw = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        }
        const QByteArray before = digest(path);
        const Result<QString> restored =
            BackupService::restore(path, backup, {}, m_dir.filePath(QStringLiteral("n")));
        QVERIFY(!restored);
        QCOMPARE(restored.error().kind, Error::Kind::TooNew);
        QCOMPARE(digest(path), before);
    }
};

QTEST_GUILESS_MAIN(TestBackupService)
#include "tst_BackupService.moc"
