// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientService.h"
#include "app/storage/Database.h"
#include "tests/support/TestSupport.h"

#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;

/// Records that cannot be lost: a program logging incidents is killed (SIGKILL, as by a power cut of the
/// program alone, the out-of-memory killer or a crash) at random moments, again and again, and after every
/// kill the practice file opens, passes PRAGMA integrity_check, and holds every incident the program had
/// reported as saved, unchanged.
class TestCrashSafety : public QObject {
    Q_OBJECT

private:
    static constexpr int Kills = 25;

    // The rows of a statement's first column.
    static QStringList firstColumn(const Database &database, const QString &sql) {
        QSqlQuery query = database.prepare(sql);
        if (!query.exec()) {
            QTest::qFail(qPrintable(query.lastError().text()), __FILE__, __LINE__);
            return {};
        }
        QStringList values;
        while (query.next())
            values.append(query.value(0).toString());
        return values;
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void killedWriterKeepsEveryReportedIncident() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("practice.sqlite"));
        qint64 client = 0;
        {
            const std::unique_ptr<Database> database = test::openDatabase(path);
            QVERIFY(database);
            const Result<qint64> added =
                ClientService(*database).add(test::sampleClient(QStringLiteral("Jordan")));
            QVERIFY(added.ok());
            client = added.value();
        }

        // The moments are random so that, run after run, the kills land everywhere; the seed makes a failure
        // reproducible (BK_CRASH_SEED).
        const quint32 seed = qEnvironmentVariableIsSet("BK_CRASH_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("BK_CRASH_SEED"))
                                 : QRandomGenerator::global()->generate();
        qInfo("Kill moments from BK_CRASH_SEED=%u", seed);
        QRandomGenerator random(seed);

        QMap<qint64, qint64> reported; // incident id -> the number in its description
        for (int kill = 1; kill <= Kills; ++kill) {
            QProcess writer;
            writer.start(QStringLiteral(BK_CRASH_WRITER_PATH), {path, QString::number(client)});
            QVERIFY2(writer.waitForStarted(30000), qPrintable(writer.errorString()));
            if (kill % 4 == 1) {
                // Anywhere in its start, opening (and checking) the file the last kill left included.
                writer.waitForFinished(int(random.bounded(300)));
            } else {
                // While it writes: after its first saved incident, a moment into the ones that follow.
                while (!writer.canReadLine() && writer.state() == QProcess::Running)
                    writer.waitForReadyRead(30000);
                writer.waitForFinished(int(random.bounded(40)));
            }
            QVERIFY2(writer.state() == QProcess::Running,
                     qPrintable(QStringLiteral("The writer stopped by itself: ") +
                                QString::fromUtf8(writer.readAllStandardError())));
            writer.kill();
            QVERIFY(writer.waitForFinished(30000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

            // Only whole lines: a line is written at once, after its incident was committed.
            const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
            for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
                const QList<QByteArray> fields = lines.at(i).split(' ');
                QCOMPARE(fields.size(), 2);
                reported.insert(fields.at(0).toLongLong(), fields.at(1).toLongLong());
            }

            // What the next start of either program does: open the file, checked since it has a write-ahead
            // log left over.
            Result<std::unique_ptr<Database>> opened = Database::open(path);
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
            const std::unique_ptr<Database> database = std::move(opened).value();
            QCOMPARE(firstColumn(*database, QStringLiteral("PRAGMA integrity_check")),
                     QStringList{QStringLiteral("ok")});
            QCOMPARE(firstColumn(*database, QStringLiteral("PRAGMA foreign_key_check")), QStringList{});

            QSqlQuery stored = database->prepare(QStringLiteral("SELECT id, description FROM incidents"));
            QVERIFY2(stored.exec(), qPrintable(stored.lastError().text()));
            QMap<qint64, QString> descriptions;
            while (stored.next())
                descriptions.insert(stored.value(0).toLongLong(), stored.value(1).toString());
            for (auto it = reported.cbegin(); it != reported.cend(); ++it) {
                QVERIFY2(
                    descriptions.contains(it.key()),
                    qPrintable(QStringLiteral("Incident %1 was reported saved and is gone").arg(it.key())));
                QCOMPARE(descriptions.value(it.key()), QStringLiteral("Call number %1.").arg(it.value()));
            }
            // Each kill can cut off at most the report of one committed incident, never add others.
            QVERIFY2(descriptions.size() >= reported.size() && descriptions.size() <= reported.size() + kill,
                     qPrintable(QStringLiteral("%1 incidents stored, %2 reported after %3 kills")
                                    .arg(descriptions.size())
                                    .arg(reported.size())
                                    .arg(kill)));
        }
        // The kills while writing came after saved incidents: the checks above had something to find.
        QVERIFY(reported.size() >= Kills / 2);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_CrashSafety.moc"
