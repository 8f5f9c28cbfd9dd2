// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientService.h"
#include "app/common/Clock.h"
#include "app/incidents/IncidentService.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QPdfDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;
using test::CliRunner;

/// availability add|list|clients|move|notices through the real binary: the clients a period affects, moving
/// their follow-ups out of it and writing their notices.
class TestCliAvailability : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;
    QString m_database;
    std::unique_ptr<Database> m_db;
    qint64 m_anna = 0;
    QDate m_from;
    QDate m_to;

    CliRunner::Output run(const QStringList &arguments) const { return m_cli->run(m_database, arguments); }

    QStringList addArguments() const {
        return {QStringLiteral("availability"),
                QStringLiteral("add"),
                QStringLiteral("--from"),
                m_from.toString(Qt::ISODate),
                QStringLiteral("--to"),
                m_to.toString(Qt::ISODate),
                QStringLiteral("--no-sessions"),
                QStringLiteral("--covered-by"),
                QStringLiteral("Sam Lee"),
                QStringLiteral("--contact"),
                QStringLiteral("sam@northbridge.example"),
                QStringLiteral("--reason"),
                QStringLiteral("illness")};
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    // Anna has a goal due ten days from today, in the period from 8 to 14 days ahead; Ben has nothing due.
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_cli = std::make_unique<CliRunner>(m_dir->path());
        m_database = m_dir->filePath(QStringLiteral("practice.sqlite"));
        QCOMPARE(m_cli->run(m_database, {QStringLiteral("init")}).exitCode, 0);
        m_db = test::openDatabase(m_database);
        QVERIFY(m_db);
        m_anna = ClientService(*m_db).add(test::sampleClient(QStringLiteral("Anna Schmidt"))).value();
        QVERIFY(ClientService(*m_db).add(test::sampleClient(QStringLiteral("Ben Okafor"))).ok());
        const qint64 incident =
            test::logIncident(*m_db, test::afterHoursCall(m_anna, Clock::nowUtc().addSecs(-3600)));
        QVERIFY(incident);
        const QDate today = Clock::todayLocal();
        QVERIFY(IncidentService(*m_db)
                    .recordGoals(incident, Clock::nowUtc(), QString(),
                                 {{0, 0, 0, QStringLiteral("Email after hours"), today.addDays(10)}})
                    .ok());
        m_from = today.addDays(8);
        m_to = today.addDays(14);
    }

    void cleanup() {
        m_db.reset();
        m_cli.reset();
        m_dir.reset();
    }

    void addListsTheClientsAffected() {
        const CliRunner::Output output = run(addArguments() + QStringList{QStringLiteral("--format=json")});
        QCOMPARE(output.exitCode, 0);
        const QJsonArray rows = test::jsonOutput(output).array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.value(QStringLiteral("client_id")).toInteger(), m_anna);
        QCOMPARE(row.value(QStringLiteral("kind")).toString(), QStringLiteral("follow_up"));
        QCOMPARE(row.value(QStringLiteral("due")).toString(),
                 Clock::todayLocal().addDays(10).toString(Qt::ISODate));
        QVERIFY(row.value(QStringLiteral("moved_to")).isNull());

        const CliRunner::Output text = run({QStringLiteral("availability"), QStringLiteral("list")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Sam Lee")), qPrintable(text.out));
    }

    void wrongUsageIsRefusedAndNothingIsRecorded_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addRow("no last day") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-12-08")}
                                     << 2 << QStringLiteral("--from and --to are required");
        QTest::addRow("a reason it does not know")
            << QStringList{QStringLiteral("--from"),        QStringLiteral("2026-12-08"),
                           QStringLiteral("--to"),          QStringLiteral("2026-12-10"),
                           QStringLiteral("--no-sessions"), QStringLiteral("--reason"),
                           QStringLiteral("holiday")}
            << 2 << QStringLiteral("“holiday” is not a reason");
        QTest::addRow("nothing changes for clients")
            << QStringList{QStringLiteral("--from"), QStringLiteral("2026-12-08"), QStringLiteral("--to"),
                           QStringLiteral("2026-12-10")}
            << 1 << QStringLiteral("Say what changes for clients");
    }
    void wrongUsageIsRefusedAndNothingIsRecorded() {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString problem = test::refusalProblem(
            run(QStringList{QStringLiteral("availability"), QStringLiteral("add")} + arguments), exitCode,
            message);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QJsonArray periods =
            test::jsonOutput(run({QStringLiteral("availability"), QStringLiteral("list"),
                                  QStringLiteral("--format=json")}))
                .array();
        QVERIFY(periods.isEmpty());
    }

    void moveAndNoticesWriteAPdfPerClientInTheirLanguage() {
        QCOMPARE(run(addArguments()).exitCode, 0);
        const CliRunner::Output moved =
            run({QStringLiteral("availability"), QStringLiteral("move"), QStringLiteral("1")});
        QCOMPARE(moved.exitCode, 0);
        QVERIFY2(moved.out.contains(QStringLiteral("Moved 1 follow-up")), qPrintable(moved.out));
        const QJsonArray rows =
            test::jsonOutput(run({QStringLiteral("availability"), QStringLiteral("clients"),
                                  QStringLiteral("1"), QStringLiteral("--format=json")}))
                .array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QStringLiteral("moved_to")).toString(),
                 m_to.addDays(1).toString(Qt::ISODate));

        const QString folder = m_dir->filePath(QStringLiteral("notices"));
        QVERIFY(QDir().mkpath(folder));
        const CliRunner::Output written =
            run({QStringLiteral("availability"), QStringLiteral("notices"), QStringLiteral("1"),
                 QStringLiteral("--out"), folder, QStringLiteral("--record-sent")});
        QCOMPARE(written.exitCode, 0);
        const QStringList files = QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files);
        QCOMPARE(files.size(), 1);
        const QString path = QDir(folder).filePath(files.first());
        QCOMPARE(test::fileMode(path), 0600);
        QPdfDocument document;
        QCOMPARE(document.load(path), QPdfDocument::Error::None);
        const QString text = document.getAllText(0).text();
        QVERIFY2(text.contains(QStringLiteral("Sam Lee")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Change in availability")));
        QVERIFY(!text.contains(QStringLiteral("illness"), Qt::CaseInsensitive));
        QVERIFY(!text.contains(QStringLiteral("Illness"), Qt::CaseInsensitive));
        const QJsonArray sent =
            test::jsonOutput(run({QStringLiteral("availability"), QStringLiteral("clients"),
                                  QStringLiteral("1"), QStringLiteral("--format=json")}))
                .array();
        QVERIFY(!sent.first().toObject().value(QStringLiteral("notice_sent_at")).isNull());
        // An existing file is not replaced without --force.
        QCOMPARE(run({QStringLiteral("availability"), QStringLiteral("notices"), QStringLiteral("1"),
                      QStringLiteral("--out"), folder})
                     .exitCode,
                 1);
    }

    // The calendar shows the period over its days (without its reason) and the follow-up on its new date.
    void theCalendarExportShowsThePeriodAndTheMovedFollowUp() {
        QCOMPARE(run(addArguments()).exitCode, 0);
        QCOMPARE(run({QStringLiteral("availability"), QStringLiteral("move"), QStringLiteral("1")}).exitCode,
                 0);
        const QString path = m_dir->filePath(QStringLiteral("follow-ups.ics"));
        QCOMPARE(
            run({QStringLiteral("followups"), QStringLiteral("export-ics"), QStringLiteral("--out"), path})
                .exitCode,
            0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString ics = QString::fromUtf8(file.readAll());
        QVERIFY2(ics.contains(QStringLiteral("SUMMARY:Reduced availability")), qPrintable(ics));
        QVERIFY(ics.contains(QStringLiteral("DTSTART;VALUE=DATE:") +
                             m_from.toString(QStringLiteral("yyyyMMdd"))));
        QVERIFY(ics.contains(QStringLiteral("DTEND;VALUE=DATE:") +
                             m_to.addDays(1).toString(QStringLiteral("yyyyMMdd"))));
        QVERIFY(ics.contains(QStringLiteral("Covered by Sam Lee.")));
        QVERIFY(!ics.contains(QStringLiteral("illness"), Qt::CaseInsensitive));
        // The follow-up is on the day after the period, no longer on its original date.
        QVERIFY(ics.contains(QStringLiteral("UID:incident-1-") +
                             m_to.addDays(1).toString(QStringLiteral("yyyyMMdd"))));
        QVERIFY(!ics.contains(QStringLiteral("UID:incident-1-") +
                              Clock::todayLocal().addDays(10).toString(QStringLiteral("yyyyMMdd"))));
    }
};

QTEST_GUILESS_MAIN(TestCliAvailability)
#include "tst_CliAvailability.moc"
