// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "tests/cli/CliRunner.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

using namespace bk;
using test::CliRunner;

/// The real program against a practice on a PostgreSQL server, named by its URL: the commands work as on a
/// file, a read never turns an empty database into a practice, and a password in the URL is never shown.
class TestCliServer : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<CliRunner> m_cli;

    static QString urlOf(const test::PostgresDatabase &database) {
        return QStringLiteral("postgresql:///") + database.name();
    }

    static int tableCount(const test::PostgresDatabase &database) {
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral(
                "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()")) ||
            !query.next())
            return -1;
        return query.value(0).toInt();
    }

    // Runs a command that must succeed quietly and returns what it printed.
    QString runOk(const QString &url, const QStringList &arguments) const {
        const CliRunner::Output output = m_cli->run(url, arguments);
        if (output.exitCode != 0 || !output.err.isEmpty()) {
            QTest::qFail(qPrintable(QStringLiteral("%1: exit %2, %3")
                                        .arg(arguments.join(QLatin1Char(' ')))
                                        .arg(output.exitCode)
                                        .arg(output.err)),
                         __FILE__, __LINE__);
            return {};
        }
        return output.out;
    }

private Q_SLOTS:
    void initTestCase() {
        test::initTestEnvironment();
        QVERIFY2(QFile::exists(CliRunner::programPath()), BK_CLI_PATH);
    }

    void init() {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_cli = std::make_unique<CliRunner>(m_home->path());
    }

    void cleanup() {
        m_cli.reset();
        m_home.reset();
    }

    void theCommandsKeepAPracticeOnTheServer() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase database;
        QVERIFY2(database.error().isEmpty(), qPrintable(database.error()));
        const QString url = urlOf(database);

        const QString init = runOk(url, {QStringLiteral("init")});
        QVERIFY2(init.contains(QStringLiteral("Database: ") + url + QLatin1Char('\n')), qPrintable(init));
        QVERIFY2(init.contains(QStringLiteral("Schema version: ")), qPrintable(init));
        QVERIFY(tableCount(database) > 0);
        // No file was made for it: the practice lives on the server only.
        QVERIFY(!QFile::exists(m_cli->dataFolder()));

        const QString added = runOk(url, {QStringLiteral("clients"), QStringLiteral("add"),
                                          QStringLiteral("--name"), QStringLiteral("Jordan Miles"),
                                          QStringLiteral("--email"), QStringLiteral("jordan@example.org")});
        QVERIFY2(QRegularExpression(QStringLiteral("^[1-9][0-9]*\\n$")).match(added).hasMatch(),
                 qPrintable(added));
        const qint64 clientId = added.trimmed().toLongLong();

        const QJsonArray clients =
            test::jsonOutput(m_cli->run(url, {QStringLiteral("clients"), QStringLiteral("list"),
                                              QStringLiteral("--format"), QStringLiteral("json")}))
                .array();
        QCOMPARE(clients.size(), 1);
        QCOMPARE(clients.at(0).toObject().value(QStringLiteral("id")).toInteger(), clientId);
        QCOMPARE(clients.at(0).toObject().value(QStringLiteral("full_name")).toString(),
                 QStringLiteral("Jordan Miles"));

        const QString logged =
            runOk(url, {QStringLiteral("incidents"), QStringLiteral("log"), QStringLiteral("--client"),
                        QString::number(clientId), QStringLiteral("--boundary"),
                        QStringLiteral("after_hours_contact"), QStringLiteral("--description"),
                        QStringLiteral("Called at 23:10 about the schedule."), QStringLiteral("--at"),
                        QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODate)});
        QVERIFY2(QRegularExpression(QStringLiteral("^[1-9][0-9]*\\n$")).match(logged).hasMatch(),
                 qPrintable(logged));

        const QString incidents = runOk(url, {QStringLiteral("incidents"), QStringLiteral("list")});
        QVERIFY2(incidents.contains(QStringLiteral("Jordan Miles")), qPrintable(incidents));
        QVERIFY2(incidents.contains(logged.trimmed()), qPrintable(incidents));

        const QString published = runOk(url, {QStringLiteral("policy"), QStringLiteral("publish")});
        QVERIFY2(QRegularExpression(QStringLiteral("^Published version 1\\.\\nSHA-256: [0-9a-f]{64}\\n"))
                     .match(published)
                     .hasMatch(),
                 qPrintable(published));

        const QJsonObject figures =
            test::jsonOutput(m_cli->run(url, {QStringLiteral("dashboard"), QStringLiteral("--format"),
                                              QStringLiteral("json")}))
                .object();
        QCOMPARE(figures.value(QStringLiteral("by_boundary"))
                     .toObject()
                     .value(QStringLiteral("after_hours_contact"))
                     .toInt(),
                 1);
        const QString dashboard = runOk(url, {QStringLiteral("dashboard")});
        QVERIFY2(QRegularExpression(QStringLiteral("\\nOpen incidents: +1\\n")).match(dashboard).hasMatch(),
                 qPrintable(dashboard));

        // What the commands wrote is in the server's tables, where the GUI would read it.
        QSqlQuery rows(database.connection());
        QVERIFY(rows.exec(
            QStringLiteral("SELECT (SELECT count(*) FROM clients), (SELECT count(*) FROM incidents)")));
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toInt(), 1);
        QCOMPARE(rows.value(1).toInt(), 1);
    }

    void migrateDrawsAProgressBarOnATerminal() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        const QString file = m_home->filePath(QStringLiteral("terminal.sqlite"));
        runOk(file, {QStringLiteral("clients"), QStringLiteral("add"), QStringLiteral("--name"),
                     QStringLiteral("Ada")});
        // Standard error is a pseudo-terminal, as when a person runs the command.
        const int terminal = ::posix_openpt(O_RDWR | O_NOCTTY);
        QVERIFY(terminal >= 0);
        const auto closeTerminal = qScopeGuard([terminal]() { ::close(terminal); });
        QVERIFY(::grantpt(terminal) == 0 && ::unlockpt(terminal) == 0);
        QVERIFY(::fcntl(terminal, F_SETFL, ::fcntl(terminal, F_GETFL) | O_NONBLOCK) == 0);
        QProcess process;
        process.setStandardErrorFile(QString::fromLocal8Bit(::ptsname(terminal)));
        process.start(CliRunner::programPath(), {QStringLiteral("--db"), file, QStringLiteral("migrate"),
                                                 QStringLiteral("--to"), urlOf(server)});
        QByteArray shown;
        const auto readTerminal = [&]() {
            char buffer[4096];
            for (ssize_t got; (got = ::read(terminal, buffer, sizeof buffer)) > 0;)
                shown.append(buffer, got);
        };
        // Read while it runs, so that a full terminal buffer never blocks the program.
        QElapsedTimer waited;
        waited.start();
        while (!process.waitForFinished(50) && waited.elapsed() < 60000)
            readTerminal();
        readTerminal();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().contains("clients\t1\n"));
        // The bar is drawn in place (a carriage return before each drawing), reaches 100 % and ends its line.
        QVERIFY2(shown.startsWith("\r["), shown.constData());
        QVERIFY2(shown.contains("] 100% "), shown.constData());
        QVERIFY2(shown.endsWith("\n"), shown.constData());
        QCOMPARE(shown.count('\n'), 1);
    }

    void migrateMovesAFilePracticeToAnEmptyServer() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        const QString file = m_home->filePath(QStringLiteral("practice.sqlite"));
        runOk(file, {QStringLiteral("clients"), QStringLiteral("add"), QStringLiteral("--name"),
                     QStringLiteral("Ada")});
        runOk(file, {QStringLiteral("clients"), QStringLiteral("add"), QStringLiteral("--name"),
                     QStringLiteral("Ben")});
        QFile before(file);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray fileBefore = before.readAll();
        before.close();

        const CliRunner::Output moved =
            m_cli->run(file, {QStringLiteral("migrate"), QStringLiteral("--to"), urlOf(server)});
        QCOMPARE(moved.exitCode, 0);
        QVERIFY2(moved.out.contains(QStringLiteral("clients\t2\n")), qPrintable(moved.out));
        QVERIFY2(moved.out.contains(QStringLiteral("SHA-256")), qPrintable(moved.out));
        // Not a terminal: no progress bar in a pipe or a log.
        QVERIFY2(moved.err.isEmpty(), qPrintable(moved.err));
        QCOMPARE(
            test::jsonOutput(m_cli->run(urlOf(server), {QStringLiteral("clients"), QStringLiteral("list"),
                                                        QStringLiteral("--format"), QStringLiteral("json")}))
                .array()
                .size(),
            2);
        QVERIFY(before.open(QIODevice::ReadOnly));
        QCOMPARE(before.readAll(), fileBefore);
        // The file's audit trail came along, and the server's digests of the records were added to it.
        const CliRunner::Output verified =
            m_cli->run(urlOf(server), {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));

        // Into a database that holds a practice: refused, with one line and exit 1.
        const CliRunner::Output again =
            m_cli->run(file, {QStringLiteral("migrate"), QStringLiteral("--to"), urlOf(server)});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("not empty")), qPrintable(again.err));
        // Not a server address: wrong usage.
        QCOMPARE(m_cli->run(file, {QStringLiteral("migrate"), QStringLiteral("--to"), file}).exitCode, 2);
    }

    void aReadOnAnEmptyServerDatabaseLeavesItEmpty_data() {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("clients list") << QStringList{QStringLiteral("clients"), QStringLiteral("list")};
        QTest::newRow("incidents list") << QStringList{QStringLiteral("incidents"), QStringLiteral("list")};
        QTest::newRow("dashboard") << QStringList{QStringLiteral("dashboard")};
        QTest::newRow("policy show") << QStringList{QStringLiteral("policy"), QStringLiteral("show")};
    }
    void aReadOnAnEmptyServerDatabaseLeavesItEmpty() {
        BK_REQUIRE_POSTGRES();
        QFETCH(QStringList, command);
        const test::PostgresDatabase database;
        QVERIFY2(database.error().isEmpty(), qPrintable(database.error()));
        const QString url = urlOf(database);

        const QString problem = test::refusalProblem(
            m_cli->run(url, command), 1,
            QStringLiteral("There is no practice at %1 yet; “boundary-keeper-cli init” creates it.")
                .arg(url));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(tableCount(database), 0);
    }

    void aPasswordInTheUrlIsNeverShown_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("shown");
        QTest::newRow("in the user part") << QStringLiteral("postgresql://anna:s3cret@127.0.0.1:1/x")
                                          << QStringLiteral("postgresql://anna@127.0.0.1:1/x");
        QTest::newRow("as a parameter") << QStringLiteral("postgresql://anna@127.0.0.1:1/x?password=s3cret")
                                        << QStringLiteral("postgresql://anna@127.0.0.1:1/x");
        QTest::newRow("before another parameter")
            << QStringLiteral("postgresql://anna@127.0.0.1:1/x?password=s3cret&connect_timeout=5")
            << QStringLiteral("postgresql://anna@127.0.0.1:1/x?connect_timeout=5");
    }
    void aPasswordInTheUrlIsNeverShown() {
        QFETCH(QString, url);
        QFETCH(QString, shown);
        for (const QStringList &command : {QStringList{QStringLiteral("init")},
                                           QStringList{QStringLiteral("clients"), QStringLiteral("list")},
                                           QStringList{QStringLiteral("clients"), QStringLiteral("add"),
                                                       QStringLiteral("--name"), QStringLiteral("Dana")}}) {
            const CliRunner::Output output = m_cli->run(url, command);
            // Nobody listens on port 1: the connection is refused and the server named without the password.
            const QString problem = test::refusalProblem(
                output, 1, QStringLiteral("Cannot connect to the practice server %1").arg(shown));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY2(!output.err.contains(QStringLiteral("s3cret")), qPrintable(output.err));
            // The reason comes along, on the same line.
            QVERIFY2(output.err.contains(QStringLiteral("refused")), qPrintable(output.err));
        }
        QVERIFY(!QFile::exists(m_cli->dataFolder()));
    }

    void aPasswordThatConnectsIsNotShownEither() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase database;
        QVERIFY2(database.error().isEmpty(), qPrintable(database.error()));
        const QString password = test::postgresPassword();
        const QString url = urlOf(database) + QStringLiteral("?password=") +
                            QString::fromLatin1(QUrl::toPercentEncoding(password));
        const QString init = runOk(url, {QStringLiteral("init")});
        QVERIFY2(init.contains(QStringLiteral("Database: ") + urlOf(database) + QLatin1Char('\n')),
                 qPrintable(init));
        QVERIFY(!init.contains(password));
        const CliRunner::Output show =
            m_cli->run(url, {QStringLiteral("clients"), QStringLiteral("show"), QStringLiteral("999")});
        const QString problem = test::refusalProblem(show, 1, QStringLiteral("999"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!show.err.contains(password));
    }

    void aServerUrlFollowsTheExitCodeRules() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase database;
        QVERIFY2(database.error().isEmpty(), qPrintable(database.error()));
        const QString url = urlOf(database);
        runOk(url, {QStringLiteral("init")});

        // Wrong usage is 2, whatever the database.
        QString problem =
            test::refusalProblem(m_cli->run(url, {QStringLiteral("clients"), QStringLiteral("fly")}), 2,
                                 QStringLiteral("Unknown command “clients fly”."));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = test::refusalProblem(m_cli->run(url, {QStringLiteral("clients"), QStringLiteral("add")}), 2,
                                       QStringLiteral("--name"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // A refusal is 1.
        problem = test::refusalProblem(
            m_cli->run(url, {QStringLiteral("clients"), QStringLiteral("add"), QStringLiteral("--name"),
                             QStringLiteral("Dana"), QStringLiteral("--email"), QStringLiteral("dana@")}),
            1, QStringLiteral("dana@"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // A database that is not there, or an address libpq cannot read, is 1 as a missing file is.
        problem = test::refusalProblem(
            m_cli->run(url + QStringLiteral("_missing"), {QStringLiteral("clients"), QStringLiteral("list")}),
            1, QStringLiteral("Cannot connect to the practice server"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = test::refusalProblem(m_cli->run(url + QStringLiteral("?sslmode=sometimes"),
                                                  {QStringLiteral("clients"), QStringLiteral("list")}),
                                       1, QStringLiteral("invalid sslmode value"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = test::refusalProblem(m_cli->run(url + QStringLiteral("?colour=blue"),
                                                  {QStringLiteral("clients"), QStringLiteral("list")}),
                                       1, QStringLiteral("cannot be read"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // Nothing of that reached the practice.
        const QJsonArray clients =
            test::jsonOutput(m_cli->run(url, {QStringLiteral("clients"), QStringLiteral("list"),
                                              QStringLiteral("--format"), QStringLiteral("json")}))
                .array();
        QCOMPARE(clients.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliServer)
#include "tst_CliServer.moc"
