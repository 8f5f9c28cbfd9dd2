// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/Database.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;
using test::CliRunner;

/// The program as a whole: version, help, init, usage errors and the databases it refuses.
class TestCliProgram : public QObject {
    Q_OBJECT

private:
    static QByteArray digest(const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

    // Every file below `folder`, relative to it: shows what a run created.
    static QStringList filesUnder(const QString &folder) {
        QStringList files;
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(QDir(folder).relativeFilePath(it.next()));
        files.sort();
        return files;
    }

    static void verifyOneErrorLine(const CliRunner::Output &output, const QString &fragment) {
        const QStringList lines = output.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(!lines.isEmpty(), "nothing on stderr");
        QVERIFY2(lines.first().startsWith(QStringLiteral("boundary-keeper-cli: ")), qPrintable(output.err));
        QVERIFY2(lines.first().contains(fragment), qPrintable(output.err));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;

    QString path(const QString &name) const { return m_dir->filePath(name); }

private Q_SLOTS:
    void initTestCase() {
        test::initTestEnvironment();
        QVERIFY2(QFile::exists(CliRunner::programPath()), BK_CLI_PATH);
    }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_cli = std::make_unique<CliRunner>(m_dir->path());
    }

    void versionPrintsTheProgramAndItsVersion() {
        const auto output = m_cli->run({QStringLiteral("--version")});
        QCOMPARE(output.exitCode, 0);
        QCOMPARE(output.out, QStringLiteral("boundary-keeper-cli " BK_VERSION "\n"));
        QCOMPARE(output.err, QString());
        QCOMPARE(filesUnder(m_dir->path()), QStringList());
    }

    void helpListsEveryCommand_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("--help lists the commands") << QStringList{QStringLiteral("--help")};
        QTest::addRow("-h lists the commands") << QStringList{QStringLiteral("-h")};
        QTest::addRow("the help command lists the commands") << QStringList{QStringLiteral("help")};
        QTest::addRow("help --help lists the commands")
            << QStringList{QStringLiteral("help"), QStringLiteral("--help")};
    }

    void helpListsEveryCommand() {
        QFETCH(QStringList, arguments);
        const auto output = m_cli->run(arguments);
        QCOMPARE(output.exitCode, 0);
        QCOMPARE(output.err, QString());
        QVERIFY(output.out.startsWith(
            QStringLiteral("Usage: boundary-keeper-cli [--db PATH|URL | --demo] COMMAND")));
        for (const char *command :
             {"--db PATH", "--demo", "--version", "  init ", "  clients add ", "  clients list ",
              "  clients show ", "  clients archive ", "  clients restore ", "  help [COMMAND] "})
            QVERIFY2(output.out.contains(QLatin1String(command)), command);
    }

    void everyCommandPrintsItsUsage_data() {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QString>("option");
        QTest::addRow("init explains itself") << QStringList{QStringLiteral("init")} << QString();
        QTest::addRow("clients add lists its fields")
            << QStringList{QStringLiteral("clients"), QStringLiteral("add")}
            << QStringLiteral("--start-date YYYY-MM-DD");
        QTest::addRow("clients list lists its filters and formats")
            << QStringList{QStringLiteral("clients"), QStringLiteral("list")}
            << QStringLiteral("--format FORMAT");
        QTest::addRow("clients show names its argument")
            << QStringList{QStringLiteral("clients"), QStringLiteral("show")}
            << QStringLiteral("--format FORMAT");
        QTest::addRow("clients archive explains itself")
            << QStringList{QStringLiteral("clients"), QStringLiteral("archive")} << QString();
        QTest::addRow("clients restore explains itself")
            << QStringList{QStringLiteral("clients"), QStringLiteral("restore")} << QString();
    }

    void everyCommandPrintsItsUsage() {
        QFETCH(QStringList, words);
        QFETCH(QString, option);
        const QString usage = QStringLiteral("Usage: boundary-keeper-cli [--db PATH|URL | --demo] ") +
                              words.join(QLatin1Char(' '));
        const QString database = path(QStringLiteral("help.sqlite"));

        const auto output = m_cli->run(database, words + QStringList{QStringLiteral("--help")});
        QCOMPARE(output.exitCode, 0);
        QCOMPARE(output.err, QString());
        QVERIFY2(output.out.startsWith(usage), qPrintable(output.out));
        QVERIFY(output.out.contains(QStringLiteral("-h, --help")));
        if (!option.isEmpty())
            QVERIFY2(output.out.contains(option), qPrintable(output.out));
        QVERIFY2(!QFile::exists(database), "asking for help created the database");

        const auto viaHelp = m_cli->run(QStringList{QStringLiteral("help")} + words);
        QCOMPARE(viaHelp.exitCode, 0);
        QCOMPARE(viaHelp.out, output.out);
    }

    void groupHelpListsItsCommands() {
        const auto output = m_cli->run({QStringLiteral("clients"), QStringLiteral("--help")});
        QCOMPARE(output.exitCode, 0);
        QCOMPARE(output.err, QString());
        for (const char *command :
             {"clients add", "clients list", "clients show", "clients archive", "clients restore"})
            QVERIFY2(output.out.contains(QLatin1String(command)), command);
        QCOMPARE(m_cli->run({QStringLiteral("help"), QStringLiteral("clients")}).out, output.out);
    }

    void initCreatesTheDatabaseAndReportsIt() {
        const QString database = path(QStringLiteral("practice.sqlite"));
        const QString expected = QStringLiteral("Database: %1\nSchema version: %2\n")
                                     .arg(database)
                                     .arg(Database::latestSchemaVersion());
        const auto created = m_cli->run(database, {QStringLiteral("init")});
        QCOMPARE(created.exitCode, 0);
        QCOMPARE(created.err, QString());
        QCOMPARE(created.out, expected);
        QCOMPARE(test::fileMode(database), 0600);

        {
            auto opened = Database::open(database);
            QVERIFY(opened.ok());
            QCOMPARE(opened.value()->schemaVersion(), Database::latestSchemaVersion());
        }

        const auto again = m_cli->run(database, {QStringLiteral("init")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out, expected);
    }

    void initWithoutDbUsesTheDefaultDatabase() {
        const auto output = m_cli->run({QStringLiteral("init")});
        QCOMPARE(output.exitCode, 0);
        QCOMPARE(output.err, QString());
        const QString database = m_cli->dataFolder() + QStringLiteral("/boundary-keeper.sqlite");
        QVERIFY2(output.out.startsWith(QStringLiteral("Database: ") + database + QLatin1Char('\n')),
                 qPrintable(output.out));
        QVERIFY(QFile::exists(database));
        QCOMPARE(test::fileMode(m_cli->dataFolder()), 0700);
    }

    void wrongUsageExitsWithTwo_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("no command at all") << QStringList{} << QStringLiteral("Name a command.");
        QTest::addRow("an unknown command")
            << QStringList{QStringLiteral("frob")} << QStringLiteral("Unknown command “frob”.");
        QTest::addRow("an unknown clients command")
            << QStringList{QStringLiteral("clients"), QStringLiteral("frob")}
            << QStringLiteral("Unknown command “clients frob”.");
        QTest::addRow("a group without its command")
            << QStringList{QStringLiteral("clients")} << QStringLiteral("“clients” needs a command");
        QTest::addRow("an unknown program option")
            << QStringList{QStringLiteral("--frob"), QStringLiteral("init")}
            << QStringLiteral("Unknown option “--frob”.");
        QTest::addRow("an unknown command option")
            << QStringList{QStringLiteral("clients"), QStringLiteral("list"), QStringLiteral("--frob")}
            << QStringLiteral("Unknown option “--frob”.");
        QTest::addRow("--db after the command")
            << QStringList{QStringLiteral("clients"), QStringLiteral("list"), QStringLiteral("--db"),
                           QStringLiteral("x.sqlite")}
            << QStringLiteral("--db goes before the command");
        QTest::addRow("an option without its value")
            << QStringList{QStringLiteral("clients"), QStringLiteral("add"), QStringLiteral("--name")}
            << QStringLiteral("--name");
        QTest::addRow("a missing id") << QStringList{QStringLiteral("clients"), QStringLiteral("show")}
                                      << QStringLiteral("Missing ID.");
        QTest::addRow("an extra argument")
            << QStringList{QStringLiteral("clients"), QStringLiteral("archive"), QStringLiteral("1"),
                           QStringLiteral("2")}
            << QStringLiteral("Unexpected argument “2”.");
        QTest::addRow("an id that is not a number")
            << QStringList{QStringLiteral("clients"), QStringLiteral("show"), QStringLiteral("abc")}
            << QStringLiteral("“abc” is not a client id");
        QTest::addRow("an unknown list format")
            << QStringList{QStringLiteral("clients"), QStringLiteral("list"), QStringLiteral("--format"),
                           QStringLiteral("xml")}
            << QStringLiteral("“xml” is not a list format. Use one of: table|csv|json.");
        QTest::addRow("an unknown show format")
            << QStringList{QStringLiteral("clients"), QStringLiteral("show"), QStringLiteral("1"),
                           QStringLiteral("--format=csv")}
            << QStringLiteral("“csv” is not a format for one client");
        QTest::addRow("an unknown status filter")
            << QStringList{QStringLiteral("clients"), QStringLiteral("list"), QStringLiteral("--status"),
                           QStringLiteral("gone")}
            << QStringLiteral("prospect, onboarding, active, paused, closed");
        QTest::addRow("help for an unknown command")
            << QStringList{QStringLiteral("help"), QStringLiteral("frob")}
            << QStringLiteral("There is no command “frob”.");
    }

    void wrongUsageExitsWithTwo() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString database = path(QStringLiteral("usage.sqlite"));
        const auto output = m_cli->run(database, arguments);
        QCOMPARE(output.exitCode, 2);
        QCOMPARE(output.out, QString());
        verifyOneErrorLine(output, message);
        // One line, which also tells where to see how to get it right.
        QVERIFY2(output.err.count(QLatin1Char('\n')) == 1, qPrintable(output.err));
        QVERIFY2(output.err.contains(QStringLiteral("--help”.")), qPrintable(output.err));
        QVERIFY2(!QFile::exists(database), "a wrong command line created the database");
    }

    void everyErrorIsOneLine_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const auto usage = [](const char *name, const QStringList &arguments) {
            QTest::addRow("usage: %s", name) << arguments << 2;
        };
        const auto refused = [](const char *name, const QStringList &arguments) {
            QTest::addRow("refused: %s", name) << arguments << 1;
        };
        const auto words = [](const char *text) {
            return QString::fromUtf8(text).split(QLatin1Char(' '));
        };
        usage("an unknown command", words("frob"));
        usage("a group alone", words("policy"));
        usage("help for an unknown command", words("help frob"));
        usage("--demo after --db", words("--demo init"));
        usage("an unknown init option", words("init --frob"));
        usage("an option given twice", words("clients add --name A --name B"));
        usage("a switch given twice", words("clients list --archived --archived"));
        usage("a negative client id", words("clients show -1"));
        usage("an id of zero", words("clients archive 0"));
        usage("a start date before year 1", words("clients add --name A --start-date -0001-01-01"));
        usage("an overlong search", QStringList{QStringLiteral("clients"), QStringLiteral("list"),
                                                QStringLiteral("--search"), QString(2000, QLatin1Char('a'))});
        usage("a practice format", words("practice show --format csv"));
        usage("a policy version of letters", words("policy show --version x"));
        usage("a negative policy version", words("policy diff -1 2"));
        usage("a version and the draft", words("policy show --version 1 --draft"));
        usage("an agreement export without --out", words("agreements export 1"));
        usage("a negative agreement client", words("agreements list --client -3"));
        usage("verify without a file", words("verify"));
        usage("an incident without a boundary", words("incidents log --client 1 --description x"));
        usage("an incident time that is not one",
              words("incidents log --client 1 --boundary b --description x --at yesterday"));
        usage("incidents from year 1", words("incidents list --from 0001-01-01"));
        usage("incidents from after to", words("incidents list --from 2026-03-02 --to 2026-03-01"));
        usage("a negative incident id", words("incidents show -2"));
        usage("zero follow-up days", words("followups list --days 0"));
        usage("a calendar export without --out", words("followups export-ics"));
        usage("a dashboard in year 1", words("dashboard --to 0001-01-01"));
        usage("a dashboard from after to", words("dashboard --from 2026-03-02 --to 2026-03-01"));
        usage("a dashboard export of a bad date", words("dashboard export --out d.pdf --from x"));
        refused("an unknown client", words("clients show 999"));
        refused("an empty name", QStringList{QStringLiteral("clients"), QStringLiteral("add"),
                                             QStringLiteral("--name"), QString()});
        refused("an escape in a name", QStringList{QStringLiteral("clients"), QStringLiteral("add"),
                                                   QStringLiteral("--name"), QStringLiteral("A\x1b[2J\nB")});
        refused("archiving an unknown client", words("clients archive 999"));
        refused("an unknown policy version", words("policy show --version 99"));
        refused("exporting an unknown agreement", words("agreements export 5 --out a.pdf"));
        refused("verifying no file", QStringList{QStringLiteral("verify"), QString()});
        refused("verifying a device", words("verify /dev/zero"));
        refused("verifying a missing file", words("verify nowhere.pdf"));
        refused("an incident of an unknown client",
                words("incidents log --client 99 --boundary b --description x"));
        refused("an unknown incident", words("incidents show 99"));
        refused("a dashboard of an unknown client", words("dashboard --client 99"));
    }

    // README promises one line on stderr for every error: the message, with where to find the right usage
    // for wrong usage (exit status 2), and the reason alone when refused (exit status 1).
    void everyErrorIsOneLine() {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const QString database = path(QStringLiteral("practice.sqlite"));
        QCOMPARE(m_cli->run(database, {QStringLiteral("init")}).exitCode, 0);
        const auto output = m_cli->run(database, arguments);
        QVERIFY2(output.exitCode == exitCode,
                 qPrintable(QStringLiteral("exit code %1: %2").arg(output.exitCode).arg(output.err)));
        QCOMPARE(output.out, QString());
        QVERIFY2(output.err.startsWith(QStringLiteral("boundary-keeper-cli: ")), qPrintable(output.err));
        QVERIFY2(output.err.endsWith(QLatin1Char('\n')) && output.err.count(QLatin1Char('\n')) == 1,
                 qPrintable(output.err));
        QVERIFY2(!output.err.contains(QChar(0x1b)), qPrintable(output.err));
        if (exitCode == 2)
            QVERIFY2(output.err.contains(QStringLiteral(" --help”.")), qPrintable(output.err));
    }

    void everyCommandWithAPeriodRefusesOneThatEndsFirst() {
        // Every command whose help offers both --from and --to, found from the help so a new one is covered.
        const auto listed = m_cli->run({QStringLiteral("--help")});
        QCOMPARE(listed.exitCode, 0);
        static const QRegularExpression commandLine(QStringLiteral("^  ([a-z]+(?: [a-z-]+)?)  "));
        QStringList withPeriod;
        for (const QString &line : listed.out.split(QLatin1Char('\n'))) {
            const QRegularExpressionMatch match = commandLine.match(line);
            if (!match.hasMatch())
                continue;
            const QStringList words = match.captured(1).split(QLatin1Char(' '));
            const QString help = m_cli->run(words + QStringList{QStringLiteral("--help")}).out;
            if (help.contains(QStringLiteral("  --from ")) && help.contains(QStringLiteral("  --to ")))
                withPeriod.append(words.join(QLatin1Char(' ')));
        }
        QCOMPARE(withPeriod, (QStringList{QStringLiteral("incidents list"), QStringLiteral("reflect list"),
                                          QStringLiteral("availability add"), QStringLiteral("dashboard"),
                                          QStringLiteral("dashboard export")}));

        const QString database = path(QStringLiteral("practice.sqlite"));
        QCOMPARE(m_cli->run(database, {QStringLiteral("init")}).exitCode, 0);
        const QString message = QStringLiteral("boundary-keeper-cli: The period starts after it ends: --from "
                                               "(2026-03-02) must be on or before --to (2026-03-01). See “");
        for (const QString &command : withPeriod) {
            QStringList arguments = command.split(QLatin1Char(' '));
            if (command == QStringLiteral("dashboard export"))
                arguments << QStringLiteral("--out") << path(QStringLiteral("report.pdf"));
            if (command == QStringLiteral("availability add"))
                arguments << QStringLiteral("--no-sessions");
            arguments << QStringLiteral("--from") << QStringLiteral("2026-03-02") << QStringLiteral("--to")
                      << QStringLiteral("2026-03-01");
            const auto output = m_cli->run(database, arguments);
            QVERIFY2(output.exitCode == 2, qPrintable(command + QStringLiteral(": ") + output.err));
            QVERIFY2(output.out.isEmpty(), qPrintable(command + QStringLiteral(": ") + output.out));
            QCOMPARE(output.err, message + QStringLiteral("boundary-keeper-cli ") + command +
                                     QStringLiteral(" --help”.\n"));
        }
        QVERIFY(!QFile::exists(path(QStringLiteral("report.pdf"))));
    }

    void dbAndDemoTogetherAreRefused() {
        const auto output = m_cli->run({QStringLiteral("--db"), path(QStringLiteral("x.sqlite")),
                                        QStringLiteral("--demo"), QStringLiteral("init")});
        QCOMPARE(output.exitCode, 2);
        verifyOneErrorLine(output, QStringLiteral("either --db or --demo"));
        QCOMPARE(filesUnder(m_dir->path()), QStringList());
    }

    void refusedDatabaseIsLeftUnchanged_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("message");
        const QStringList init = {QStringLiteral("init")};
        const QStringList list = {QStringLiteral("clients"), QStringLiteral("list")};
        const QStringList add = {QStringLiteral("clients"), QStringLiteral("add"), QStringLiteral("--name"),
                                 QStringLiteral("Ada")};
        const QString notOurs = QStringLiteral("is not a Boundary Keeper database");
        const QString otherSqlite = QStringLiteral("is an SQLite database, but not one of Boundary Keeper");
        QTest::addRow("a text file given to init") << QStringLiteral("text") << init << notOurs;
        QTest::addRow("a text file given to clients list") << QStringLiteral("text") << list << notOurs;
        QTest::addRow("a text file given to clients add") << QStringLiteral("text") << add << notOurs;
        QTest::addRow("another program's SQLite file given to init")
            << QStringLiteral("sqlite") << init << otherSqlite;
        QTest::addRow("another program's SQLite file given to clients add")
            << QStringLiteral("sqlite") << add << otherSqlite;
        QTest::addRow("a database from a newer version given to clients list")
            << QStringLiteral("newer") << list
            << QStringLiteral("was written by a newer version of Boundary Keeper");
        QTest::addRow("a damaged database given to clients add")
            << QStringLiteral("damaged") << add << QStringLiteral("is damaged and was not opened");
    }

    void refusedDatabaseIsLeftUnchanged() {
        QFETCH(QString, kind);
        QFETCH(QStringList, command);
        QFETCH(QString, message);
        const QString database = path(QStringLiteral("refused.sqlite"));
        if (kind == QLatin1String("text")) {
            QFile file(database);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("name,email\nAda,ada@example.com\n");
        } else if (kind == QLatin1String("sqlite")) {
            test::rawSql(database,
                         {QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)"),
                          QStringLiteral("INSERT INTO recipes (title) VALUES ('Soup')")});
        } else {
            {
                auto db = test::openDatabase(database);
                QVERIFY(db);
                QVERIFY(test::addSyntheticClients(*db, kind == QLatin1String("damaged") ? 3000 : 3).ok());
            }
            if (kind == QLatin1String("newer")) {
                test::rawSql(database, {QStringLiteral("PRAGMA user_version = 99")});
            } else {
                QFile file(database);
                QVERIFY(file.open(QIODevice::ReadWrite));
                QVERIFY(file.resize(file.size() / 2));
            }
        }
        const QStringList before = filesUnder(m_dir->path());
        const QByteArray bytes = digest(database);

        const auto output = m_cli->run(database, command);
        QCOMPARE(output.exitCode, 1);
        QCOMPARE(output.out, QString());
        verifyOneErrorLine(output, message);
        QCOMPARE(output.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(digest(database), bytes);
        QCOMPARE(filesUnder(m_dir->path()), before);
    }

    void readingCommandsDoNotCreateADatabase() {
        const QString database = path(QStringLiteral("missing.sqlite"));
        for (const QStringList &command :
             {QStringList{QStringLiteral("clients"), QStringLiteral("list")},
              QStringList{QStringLiteral("clients"), QStringLiteral("show"), QStringLiteral("1")},
              QStringList{QStringLiteral("clients"), QStringLiteral("archive"), QStringLiteral("1")}}) {
            const auto output = m_cli->run(database, command);
            QCOMPARE(output.exitCode, 1);
            verifyOneErrorLine(output, QStringLiteral("There is no database at %1 yet").arg(database));
        }
        QCOMPARE(filesUnder(m_dir->path()), QStringList());
    }

    void readingCommandsDoNotTurnAnEmptyFileIntoADatabase() {
        const QString database = path(QStringLiteral("empty.sqlite"));
        {
            QFile file(database);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        for (const QStringList &command :
             {QStringList{QStringLiteral("clients"), QStringLiteral("list")},
              QStringList{QStringLiteral("incidents"), QStringLiteral("list")},
              QStringList{QStringLiteral("clients"), QStringLiteral("archive"), QStringLiteral("1")}}) {
            const auto output = m_cli->run(database, command);
            QCOMPARE(output.exitCode, 1);
            verifyOneErrorLine(output, QStringLiteral("There is no database at %1 yet").arg(database));
        }
        QCOMPARE(filesUnder(m_dir->path()), QStringList{QStringLiteral("empty.sqlite")});
        QCOMPARE(QFileInfo(database).size(), qint64(0));
    }

    // Read-only media: the folder is bound read-only in a mount namespace of the program's own.
    void readsADatabaseOnReadOnlyMedia() {
        const QStringList readOnlyFolder = test::readOnlyFolderLauncher(m_dir->path());
        if (readOnlyFolder.isEmpty()) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("unshare cannot make a read-only mount here, and CI must run this test.");
            QSKIP(
                "This system does not let a test make a mount namespace (unshare --mount --map-root-user).");
        }
        const QString database = path(QStringLiteral("on-read-only-media.sqlite"));
        QCOMPARE(m_cli
                     ->run(database, {QStringLiteral("clients"), QStringLiteral("add"),
                                      QStringLiteral("--name"), QStringLiteral("Ada Lovelace")})
                     .exitCode,
                 0);
        const QByteArray bytes = digest(database);
        const QStringList before = filesUnder(m_dir->path());

        m_cli->setLauncher(readOnlyFolder);
        const auto listed = m_cli->run(database, {QStringLiteral("clients"), QStringLiteral("list"),
                                                  QStringLiteral("--format"), QStringLiteral("csv")});
        const auto refused = m_cli->run(database, {QStringLiteral("clients"), QStringLiteral("add"),
                                                   QStringLiteral("--name"), QStringLiteral("Grace Hopper")});
        m_cli->setLauncher({});
        QCOMPARE(listed.err, QString());
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(test::parseCsv(listed.out).size(), 2);
        QCOMPARE(refused.exitCode, 1);
        verifyOneErrorLine(refused, QStringLiteral("read-only"));
        QCOMPARE(digest(database), bytes);
        QCOMPARE(filesUnder(m_dir->path()), before);
    }

    void readOnlyDatabaseRefusesWrites() {
        const QString database = path(QStringLiteral("read-only.sqlite"));
        const auto added = m_cli->run(database, {QStringLiteral("clients"), QStringLiteral("add"),
                                                 QStringLiteral("--name"), QStringLiteral("Ada Lovelace")});
        QCOMPARE(added.exitCode, 0);
        const QString id = added.out.trimmed();
        QVERIFY(QFile::setPermissions(database, QFile::ReadOwner));
        const QByteArray bytes = digest(database);

        const auto refused = m_cli->run(database, {QStringLiteral("clients"), QStringLiteral("add"),
                                                   QStringLiteral("--name"), QStringLiteral("Grace Hopper")});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.out, QString());
        verifyOneErrorLine(refused, QStringLiteral("read-only"));

        const auto archive = m_cli->run(database, {QStringLiteral("clients"), QStringLiteral("archive"), id});
        QCOMPARE(archive.exitCode, 1);
        verifyOneErrorLine(archive, QStringLiteral("read-only"));

        const auto listed = m_cli->run(database, {QStringLiteral("clients"), QStringLiteral("list"),
                                                  QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.err, QString());
        QCOMPARE(test::parseCsv(listed.out).size(), 2);
        QCOMPARE(digest(database), bytes);
        QVERIFY(QFile::setPermissions(database, QFile::ReadOwner | QFile::WriteOwner));
    }

    void demoListsTheDemoPracticeAndLeavesTheUserDatabaseAlone() {
        const auto output =
            m_cli->run({QStringLiteral("--demo"), QStringLiteral("clients"), QStringLiteral("list"),
                        QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(output.exitCode, 0);
        QCOMPARE(output.err, QString());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(output.rawOut, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(document.array().size(), 12);
        QCOMPARE(document.array().first().toObject().value(QStringLiteral("full_name")).toString(),
                 QStringLiteral("Amelia Hartley"));

        const auto table =
            m_cli->run({QStringLiteral("--demo"), QStringLiteral("clients"), QStringLiteral("list")});
        QCOMPARE(table.exitCode, 0);
        QCOMPARE(table.out.count(QLatin1Char('\n')), 13);
        QVERIFY(table.out.contains(QStringLiteral("Tomás Novák")));

        QCOMPARE(filesUnder(m_dir->path()).filter(QStringLiteral("boundary-keeper.sqlite")), QStringList());
        QVERIFY(QFile::exists(m_cli->dataFolder() + QStringLiteral("/demo.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestCliProgram)
#include "tst_CliProgram.moc"
