// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/Clock.h"
#include "app/dashboard/DashboardService.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/DashboardDataSet.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;
using test::CliRunner;

/// The dashboard commands through the real binary: JSON compared with the core's figures, text, export and
/// wrong usage.
class TestCliDashboard : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;
    QString m_database;
    test::DashboardDataSet m_set;

    const QStringList period = {QStringLiteral("--from"), QStringLiteral("2026-10-01"),
                                QStringLiteral("--to"), QStringLiteral("2026-11-20")};

    QJsonObject json(const QStringList &arguments) const {
        const auto output =
            m_cli->run(m_database, QStringList{QStringLiteral("dashboard")} + arguments +
                                       QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        if (output.exitCode != 0 || !output.err.isEmpty()) {
            QTest::qFail(qPrintable(output.err), __FILE__, __LINE__);
            return {};
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(output.rawOut, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            QTest::qFail(qPrintable(error.errorString()), __FILE__, __LINE__);
            return {};
        }
        return document.object();
    }

    static QByteArray contents(const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // The figures the core computes now, as the program (which runs on the real clock) does.
    DashboardFigures core(std::optional<qint64> client = std::nullopt) const {
        const std::unique_ptr<Database> database = test::openDatabase(m_database);
        Result<DashboardFigures> figures = DashboardService(*database).compute(DashboardRequest{
            test::DashboardDataSet::periodFrom(), test::DashboardDataSet::periodTo(), client});
        if (!figures)
            QTest::qFail(qPrintable(figures.error().message), __FILE__, __LINE__);
        return figures ? std::move(figures).value() : DashboardFigures();
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_cli = std::make_unique<CliRunner>(m_dir->path());
        m_database = m_dir->filePath(QStringLiteral("practice.sqlite"));
        const std::unique_ptr<Database> database = test::openDatabase(m_database);
        QVERIFY(database);
        const Result<test::DashboardDataSet> set = test::addDashboardDataSet(*database);
        QVERIFY2(set.ok(), set.ok() ? "" : qPrintable(set.error().message));
        m_set = set.value();
        Clock::setNowFunction({});
    }

    void cleanup() {
        m_cli.reset();
        m_dir.reset();
    }

    void jsonMatchesTheCore() {
        const QJsonObject record = json(period);
        const DashboardFigures figures = core();
        QCOMPARE(record.value(QStringLiteral("from")).toString(), QStringLiteral("2026-10-01"));
        QCOMPARE(record.value(QStringLiteral("to")).toString(), QStringLiteral("2026-11-20"));
        QCOMPARE(record.value(QStringLiteral("open")).toInteger(), figures.openIncidents);
        QCOMPARE(record.value(QStringLiteral("open")).toInteger(), 8);
        QCOMPARE(record.value(QStringLiteral("overdue")).toInteger(), figures.overdueFollowUps);
        QCOMPARE(record.value(QStringLiteral("reack_due")).toInteger(), 1);
        QCOMPARE(record.value(QStringLiteral("drafts")).toInteger(), 1);
        QCOMPARE(record.value(QStringLiteral("addressed_within_24h")).toDouble(), 0.2);
        QCOMPARE(record.value(QStringLiteral("median_days_to_resolution")).toDouble(), 2.0);
        QCOMPARE(record.value(QStringLiteral("self_reported")).toInteger(), 1);

        const QJsonArray months = record.value(QStringLiteral("by_month")).toArray();
        QCOMPARE(months.size(), 2);
        QCOMPARE(months.at(0)[QStringLiteral("month")].toString(), QStringLiteral("2026-10"));
        QCOMPARE(months.at(0)[QStringLiteral("count")].toInteger(), 5);
        QCOMPARE(months.at(0)[QStringLiteral("rate_per_active_client_30d")].toDouble(),
                 *figures.byMonth.at(0).ratePerActiveClient30d);
        QCOMPARE(months.at(1)[QStringLiteral("rate_per_active_client_30d")].toDouble(), 2.5);

        const QJsonObject boundaries = record.value(QStringLiteral("by_boundary")).toObject();
        QCOMPARE(boundaries.size(), 3);
        QCOMPARE(boundaries.value(QStringLiteral("after_hours_contact")).toInteger(), 6);
        QCOMPARE(boundaries.value(QStringLiteral("personal_questions")).toInteger(), 3);
        const QJsonObject channels = record.value(QStringLiteral("by_channel")).toObject();
        QCOMPARE(channels.value(QStringLiteral("phone")).toInteger(), 5);
        QCOMPARE(channels.value(QStringLiteral("email")).toInteger(), 2);

        const QJsonArray weekdays = record.value(QStringLiteral("by_weekday_hour")).toArray();
        QCOMPARE(weekdays.size(), 7);
        for (int day = 0; day < 7; ++day) {
            const QJsonArray hours = weekdays.at(day).toArray();
            QCOMPARE(hours.size(), 24);
            for (int hour = 0; hour < 24; ++hour)
                QCOMPARE(hours.at(hour).toInteger(),
                         figures.byWeekdayHour.at(std::size_t(day)).at(std::size_t(hour)));
        }
        QCOMPARE(weekdays.at(6).toArray().at(1).toInteger(), 2); // Sunday 01:00 across the clock change
        QCOMPARE(weekdays.at(0).toArray().at(9).toInteger(), 2); // Monday 09:00

        const QJsonArray clients = record.value(QStringLiteral("by_client")).toArray();
        QCOMPARE(clients.size(), 4);
        QCOMPARE(clients.at(0)[QStringLiteral("client_id")].toInteger(), m_set.amy);
        QCOMPARE(clients.at(0)[QStringLiteral("count")].toInteger(), 4);
        const QJsonObject bands = record.value(QStringLiteral("repeat_bands")).toObject();
        QCOMPARE(bands.value(QStringLiteral("1")).toInteger(), 1);
        QCOMPARE(bands.value(QStringLiteral("2-5")).toInteger(), 3);
        QCOMPARE(bands.value(QStringLiteral("6+")).toInteger(), 0);
        const QJsonArray warnings = record.value(QStringLiteral("early_warning")).toArray();
        QCOMPARE(warnings.size(), figures.earlyWarning.size());
        for (qsizetype i = 0; i < warnings.size(); ++i)
            QCOMPARE(warnings.at(i).toInteger(), figures.earlyWarning.at(i).clientId);
    }

    void oneClient() {
        const QJsonObject record =
            json(period + QStringList{QStringLiteral("--client"), QString::number(m_set.ben)});
        QCOMPARE(record.value(QStringLiteral("client_id")).toInteger(), m_set.ben);
        QCOMPARE(record.value(QStringLiteral("incidents")).toInteger(), 3);
        QCOMPARE(record.value(QStringLiteral("by_client")).toArray().size(), 1);
        QCOMPARE(record.value(QStringLiteral("reack_due")).toInteger(), 0);
    }

    void textNamesTheFigures() {
        const auto output = m_cli->run(m_database, QStringList{QStringLiteral("dashboard")} + period);
        QCOMPARE(output.exitCode, 0);
        QVERIFY(output.err.isEmpty());
        QVERIFY(output.out.contains(QStringLiteral("Harbour Coaching")));
        QVERIFY(output.out.contains(QStringLiteral("Open incidents")));
        QVERIFY(output.out.contains(QStringLiteral("Amy Adams")));
        QVERIFY(output.out.contains(QStringLiteral("2026-10")));
        // Neither month of the period, both over, was reflected on: counted with its own plural.
        QVERIFY2(output.out.contains(QStringLiteral("Months reflected on:     0 of the 2 months over")),
                 qPrintable(output.out));
    }

    void exportWritesPrivatePdfAndCsv() {
        const QString pdf = m_dir->filePath(QStringLiteral("report.pdf"));
        const QString csv = m_dir->filePath(QStringLiteral("figures.csv"));
        const auto output =
            m_cli->run(m_database, QStringList{QStringLiteral("dashboard"), QStringLiteral("export"),
                                               QStringLiteral("--out"), pdf, QStringLiteral("--csv"), csv} +
                                       period);
        QCOMPARE(output.exitCode, 0);
        QVERIFY2(output.err.isEmpty(), qPrintable(output.err));
        QCOMPARE(test::fileMode(pdf), 0600);
        QCOMPARE(test::fileMode(csv), 0600);
        QPdfDocument document;
        QCOMPARE(document.load(pdf), QPdfDocument::Error::None);
        QCOMPARE(document.pageCount(), 7);
        QVERIFY(document.getAllText(0).text().contains(QStringLiteral("Harbour Coaching")));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = test::parseCsv(QString::fromUtf8(file.readAll()));
        QVERIFY(rows.size() > 7 * 24);
        QCOMPARE(rows.first(), (QStringList{QStringLiteral("figure"), QStringLiteral("key"),
                                            QStringLiteral("label"), QStringLiteral("value")}));
        QVERIFY(rows.contains(QStringList{QStringLiteral("by_weekday_hour"), QStringLiteral("sunday 01"),
                                          QString(), QStringLiteral("2")}));
    }

    void exportNeverReplacesAFileWithoutForce_data() {
        QTest::addColumn<QString>("existing");
        QTest::addRow("the report is there") << QStringLiteral("report.pdf");
        QTest::addRow("only the figures are there") << QStringLiteral("figures.csv");
    }

    // As every export: an existing file is refused without --force, and neither file is written then.
    void exportNeverReplacesAFileWithoutForce() {
        QFETCH(QString, existing);
        const QString pdf = m_dir->filePath(QStringLiteral("report.pdf"));
        const QString csv = m_dir->filePath(QStringLiteral("figures.csv"));
        const QString kept = m_dir->filePath(existing);
        {
            QFile file(kept);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("kept");
        }
        const QStringList arguments = QStringList{QStringLiteral("dashboard"), QStringLiteral("export"),
                                                  QStringLiteral("--out"),     pdf,
                                                  QStringLiteral("--csv"),     csv} +
                                      period;
        const QString problem = test::refusalProblem(
            m_cli->run(m_database, arguments), 1,
            QStringLiteral("%1 already exists; choose another name, or add --force").arg(kept));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(contents(kept), QByteArrayLiteral("kept"));
        QVERIFY(!QFileInfo::exists(kept == pdf ? csv : pdf));

        const auto replaced = m_cli->run(m_database, arguments + QStringList{QStringLiteral("--force")});
        QCOMPARE(replaced.exitCode, 0);
        QVERIFY2(replaced.err.isEmpty(), qPrintable(replaced.err));
        QPdfDocument document;
        QCOMPARE(document.load(pdf), QPdfDocument::Error::None);
        QVERIFY(document.getAllText(0).text().contains(QStringLiteral("Harbour Coaching")));
        QVERIFY(contents(csv).startsWith("figure,key,label,value"));
    }

    void exportRefusesOneFileForBothOutputs_data() {
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("csv");
        QTest::addRow("the same name") << QStringLiteral("same.pdf") << QStringLiteral("same.pdf");
        QTest::addRow("the same file spelt differently")
            << QStringLiteral("same.pdf") << QStringLiteral("./sub/../same.pdf");
        QTest::addRow("a relative and an absolute path") << QStringLiteral("same.pdf") << QString();
    }

    // The CSV would otherwise replace the report just written.
    void exportRefusesOneFileForBothOutputs() {
        QFETCH(QString, out);
        QFETCH(QString, csv);
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("sub")));
        const QString same = m_dir->filePath(QStringLiteral("same.pdf"));
        if (csv.isEmpty())
            csv = same;
        // The program runs in the home folder, m_dir.
        for (const bool force : {false, true}) {
            const QString problem = test::refusalProblem(
                m_cli->run(m_database,
                           QStringList{QStringLiteral("dashboard"), QStringLiteral("export"),
                                       QStringLiteral("--out"), out, QStringLiteral("--csv"), csv} +
                               period + (force ? QStringList{QStringLiteral("--force")} : QStringList())),
                1, QStringLiteral("--out and --csv both name %1; give each file its own name.").arg(same));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY(!QFileInfo::exists(same));
        }
    }

    void wrongUsage_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("a date that is not one")
            << QStringList{QStringLiteral("--from"), QStringLiteral("2026-13-01")} << 2;
        QTest::newRow("a period that ends first")
            << QStringList{QStringLiteral("--from"), QStringLiteral("2026-11-02"), QStringLiteral("--to"),
                           QStringLiteral("2026-11-01")}
            << 2;
        QTest::newRow("a day in year 1 (showed “4 Oct -0001” before)")
            << QStringList{QStringLiteral("--to"), QStringLiteral("0001-01-01")} << 2;
        QTest::newRow("an export from before the supported days")
            << QStringList{QStringLiteral("export"), QStringLiteral("--out"), QStringLiteral("d.pdf"),
                           QStringLiteral("--from"), QStringLiteral("1899-12-31")}
            << 2;
        QTest::newRow("a date given twice")
            << QStringList{QStringLiteral("--to"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                           QStringLiteral("2026-11-02")}
            << 2;
        QTest::newRow("a client id that is not a number")
            << QStringList{QStringLiteral("--client"), QStringLiteral("amy")} << 2;
        QTest::newRow("a client that does not exist")
            << QStringList{QStringLiteral("--client"), QStringLiteral("999")} << 1;
        QTest::newRow("an unknown format")
            << QStringList{QStringLiteral("--format"), QStringLiteral("csv")} << 2;
        QTest::newRow("export without --out") << QStringList{QStringLiteral("export")} << 2;
    }

    void wrongUsage() {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const auto output = m_cli->run(m_database, QStringList{QStringLiteral("dashboard")} + arguments);
        QCOMPARE(output.exitCode, exitCode);
        QVERIFY(output.out.isEmpty());
        QVERIFY(!output.err.isEmpty());
        QVERIFY2(output.err.count(QLatin1Char('\n')) == 1, qPrintable(output.err));
        QVERIFY2(!output.err.contains(QStringLiteral("-0001")), qPrintable(output.err));
    }
};

QTEST_MAIN(TestCliDashboard)
#include "tst_CliDashboard.moc"
