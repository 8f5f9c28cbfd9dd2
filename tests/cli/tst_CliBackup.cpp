// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientService.h"
#include "app/policy/PracticeService.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace bk;
using test::CliRunner;

namespace {

QByteArray digest(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

} // namespace

/// backup, backups list|verify and restore, run as the real program.
class TestCliBackup : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;
    QString m_database;

    qint64 clientCount() const {
        const std::unique_ptr<Database> db = test::openDatabase(m_database);
        return db ? ClientService(*db).count(ClientFilter{{}, {}, true}).value() : -1;
    }

    void addClient(const QString &name) const {
        const std::unique_ptr<Database> db = test::openDatabase(m_database);
        QVERIFY(db);
        QVERIFY(ClientService(*db).add(test::sampleClient(name)));
    }

    QString backupFolder() const { return m_cli->dataFolder() + QStringLiteral("/backups"); }

    QJsonArray listed() const {
        return test::jsonOutput(m_cli->run(m_database, {QStringLiteral("backups"), QStringLiteral("list"),
                                                        QStringLiteral("--format"), QStringLiteral("json")}))
            .array();
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_cli = std::make_unique<CliRunner>(m_dir->path());
        m_database = m_dir->filePath(QStringLiteral("practice.sqlite"));
        const std::unique_ptr<Database> db = test::openDatabase(m_database);
        QVERIFY(db);
        QVERIFY(test::addSyntheticClients(*db, 20));
    }

    void aBackupIsListedVerifiedAndRestored() {
        const CliRunner::Output backedUp = m_cli->run(m_database, {QStringLiteral("backup")});
        QCOMPARE(backedUp.exitCode, 0);
        QVERIFY2(backedUp.err.isEmpty(), qPrintable(backedUp.err));
        QVERIFY2(backedUp.out.contains(QStringLiteral("Backed up")), qPrintable(backedUp.out));
        QCOMPARE(test::fileMode(backupFolder()), 0700);

        const QJsonArray first = listed();
        QCOMPARE(first.size(), 1);
        const QJsonObject entry = first.at(0).toObject();
        QCOMPARE(entry.value(QStringLiteral("kind")).toString(), QStringLiteral("manual"));
        QCOMPARE(entry.value(QStringLiteral("encrypted")).toBool(), false);
        const QString backup = entry.value(QStringLiteral("file")).toString();
        QVERIFY(backup.startsWith(backupFolder()));
        QCOMPARE(test::fileMode(backup), 0600);
        QVERIFY(QFile::exists(backup + QStringLiteral(".json")));

        const CliRunner::Output verified =
            m_cli->run(m_database, {QStringLiteral("backups"), QStringLiteral("verify")});
        QCOMPARE(verified.exitCode, 0);
        QVERIFY2(verified.out.startsWith(QStringLiteral("good\t") + backup), qPrintable(verified.out));

        addClient(QStringLiteral("After The Backup"));
        QCOMPARE(clientCount(), 21);
        const QByteArray before = digest(m_database);

        // Not on a terminal, restore needs --yes, and changes nothing without it.
        const CliRunner::Output refused = m_cli->run(m_database, {QStringLiteral("restore"), backup});
        const QString problem = test::refusalProblem(refused, 2, QStringLiteral("--yes"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(digest(m_database), before);

        const CliRunner::Output restored =
            m_cli->run(m_database, {QStringLiteral("restore"), backup, QStringLiteral("--yes")});
        QCOMPARE(restored.exitCode, 0);
        QVERIFY2(restored.err.isEmpty(), qPrintable(restored.err));
        QVERIFY2(restored.out.contains(QStringLiteral("clients\t20")), qPrintable(restored.out));
        QVERIFY2(restored.out.contains(QStringLiteral("kept as")), qPrintable(restored.out));
        QCOMPARE(clientCount(), 20);

        // The database as it was is kept as a backup, listed and good.
        const QJsonArray second = listed();
        QCOMPARE(second.size(), 2);
        QCOMPARE(second.at(0).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("before-restore"));
        const CliRunner::Output both =
            m_cli->run(m_database, {QStringLiteral("backups"), QStringLiteral("verify")});
        QCOMPARE(both.exitCode, 0);
        QCOMPARE(both.out.count(QStringLiteral("good\t")), 2);
    }

    void theListShowsThePracticesClockWithoutOpeningIt() {
        // The computer in UTC, the practice in Kiritimati (UTC+14): the list does not open the practice, yet
        // names its zone and shows its wall clock, from the zone the backup's manifest keeps.
        m_cli->setEnvironmentVariable(QStringLiteral("TZ"), QStringLiteral("UTC"));
        {
            const std::unique_ptr<Database> db = test::openDatabase(m_database);
            QVERIFY(db);
            PracticeProfile profile = PracticeService(*db).load().value();
            profile.timeZoneId = QByteArrayLiteral("Pacific/Kiritimati");
            QVERIFY(PracticeService(*db).save(profile).ok());
        }
        QCOMPARE(m_cli->run(m_database, {QStringLiteral("backup")}).exitCode, 0);
        const QDateTime created = QDateTime::fromString(
            listed().at(0).toObject().value(QStringLiteral("created")).toString(), Qt::ISODate);
        QVERIFY(created.isValid());
        const CliRunner::Output table =
            m_cli->run(m_database, {QStringLiteral("backups"), QStringLiteral("list")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(QStringLiteral("Created (Kiritimati)")), qPrintable(table.out));
        const QString wallClock = created.toTimeZone(QTimeZone("Pacific/Kiritimati"))
                                      .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QVERIFY2(table.out.contains(wallClock), qPrintable(table.out));
    }

    void aChangedBackupFailsVerification() {
        QCOMPARE(m_cli->run(m_database, {QStringLiteral("backup")}).exitCode, 0);
        const QString backup = listed().at(0).toObject().value(QStringLiteral("file")).toString();
        {
            QFile file(backup);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(file.size() / 2));
            QVERIFY(file.putChar('\x5a'));
        }
        const CliRunner::Output verified =
            m_cli->run(m_database, {QStringLiteral("backups"), QStringLiteral("verify")});
        QCOMPARE(verified.exitCode, 1);
        QVERIFY2(verified.out.startsWith(QStringLiteral("BAD\t") + backup), qPrintable(verified.out));
        QVERIFY2(verified.err.contains(QStringLiteral("1 of 1 backups failed")), qPrintable(verified.err));
    }

    void anEncryptedBackupTakesItsPassphraseFromStandardInput() {
        const QString backup = m_dir->filePath(QStringLiteral("sealed.bkenc"));
        m_cli->setStandardInput("a long passphrase\n");
        const CliRunner::Output backedUp =
            m_cli->run(m_database, {QStringLiteral("backup"), QStringLiteral("--out"), backup,
                                    QStringLiteral("--encrypt"), QStringLiteral("--passphrase-stdin")});
        QCOMPARE(backedUp.exitCode, 0);
        QVERIFY2(backedUp.out.contains(QStringLiteral("encrypted")), qPrintable(backedUp.out));
        QFile file(backup);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(8) == "BKBACKUP");
        file.close();
        QCOMPARE(test::fileMode(backup), 0600);

        addClient(QStringLiteral("After The Backup"));
        const QByteArray before = digest(m_database);
        m_cli->setStandardInput("the wrong passphrase\n");
        const CliRunner::Output wrong =
            m_cli->run(m_database, {QStringLiteral("restore"), backup, QStringLiteral("--yes"),
                                    QStringLiteral("--passphrase-stdin")});
        const QString problem = test::refusalProblem(wrong, 1, QStringLiteral("passphrase does not open"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(digest(m_database), before);
        QCOMPARE(clientCount(), 21);

        m_cli->setStandardInput("a long passphrase\n");
        const CliRunner::Output restored =
            m_cli->run(m_database, {QStringLiteral("restore"), backup, QStringLiteral("--yes"),
                                    QStringLiteral("--passphrase-stdin")});
        QCOMPARE(restored.exitCode, 0);
        QVERIFY2(restored.err.isEmpty(), qPrintable(restored.err));
        QCOMPARE(clientCount(), 20);
    }

    void aDamagedDatabaseNamesTheNewestGoodBackup() {
        // Large enough that overwritten pages hold records.
        {
            const std::unique_ptr<Database> db = test::openDatabase(m_database);
            QVERIFY(db);
            QVERIFY(test::addSyntheticClients(*db, 3000, 7));
        }
        QCOMPARE(m_cli->run(m_database, {QStringLiteral("backup")}).exitCode, 0);
        const QString backup = listed().at(0).toObject().value(QStringLiteral("file")).toString();
        {
            QFile file(m_database);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(6 * 4096));
            file.write(QByteArray(3 * 4096, '\x5a'));
        }
        const QByteArray damaged = digest(m_database);
        const CliRunner::Output listing =
            m_cli->run(m_database, {QStringLiteral("clients"), QStringLiteral("list")});
        QCOMPARE(listing.exitCode, 1);
        QVERIFY2(listing.err.contains(QStringLiteral("damaged")), qPrintable(listing.err));
        QVERIFY2(listing.err.contains(QStringLiteral("restore ") + backup), qPrintable(listing.err));
        QCOMPARE(digest(m_database), damaged);

        // The command it names brings the practice back; the damaged file is kept beside it, unchanged.
        const CliRunner::Output restored =
            m_cli->run(m_database, {QStringLiteral("restore"), backup, QStringLiteral("--yes")});
        QCOMPARE(restored.exitCode, 0);
        QCOMPARE(clientCount(), 3020);
        const QStringList kept =
            QDir(m_dir->path()).entryList({QStringLiteral("practice.sqlite.before-restore-*")});
        QVERIFY2(kept.size() == 1, qPrintable(kept.join(QLatin1Char(' '))));
        QCOMPARE(digest(m_dir->filePath(kept.first())), damaged);
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_CliBackup.moc"
