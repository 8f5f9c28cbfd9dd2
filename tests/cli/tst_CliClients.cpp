// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientService.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QDate>
#include <QDateTime>
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

/// The clients commands: add, list in every format with its filters, show, archive and restore.
class TestCliClients : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;
    QString m_database;

    CliRunner::Output clients(const QStringList &arguments) const {
        return m_cli->run(m_database, QStringList{QStringLiteral("clients")} + arguments);
    }

    // Adds a client and returns its id, failing the test when that does not work.
    qint64 add(const QStringList &arguments) {
        const auto output = clients(QStringList{QStringLiteral("add")} + arguments);
        if (output.exitCode != 0 || !output.err.isEmpty()) {
            QTest::qFail(qPrintable(output.err), __FILE__, __LINE__);
            return 0;
        }
        return output.out.trimmed().toLongLong();
    }

    QJsonArray listJson(const QStringList &arguments = {}) const {
        const auto output =
            clients(QStringList{QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")} +
                    arguments);
        if (output.exitCode != 0 || !output.err.isEmpty()) {
            QTest::qFail(qPrintable(output.err), __FILE__, __LINE__);
            return {};
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(output.rawOut, &error);
        if (error.error != QJsonParseError::NoError || !document.isArray()) {
            QTest::qFail(qPrintable(error.errorString()), __FILE__, __LINE__);
            return {};
        }
        return document.array();
    }

    static QStringList names(const QJsonArray &clientsArray) {
        QStringList result;
        for (const QJsonValue &client : clientsArray)
            result.append(client.toObject().value(QStringLiteral("full_name")).toString());
        return result;
    }

    // Three clients whose values need care in every format: a comma, quotes, non-ASCII letters.
    void addThreeClients() {
        QVERIFY(add({QStringLiteral("--name"), QStringLiteral("Zoë \"Zed\" Quinn, PhD"),
                     QStringLiteral("--email"), QStringLiteral("zoe@example.com"), QStringLiteral("--status"),
                     QStringLiteral("active"), QStringLiteral("--channel"), QStringLiteral("video_call"),
                     QStringLiteral("--start-date"), QStringLiteral("2025-09-01")}));
        QVERIFY(
            add({QStringLiteral("--name"), QStringLiteral("Ann Baker"), QStringLiteral("--phone"),
                 QStringLiteral("+44 7700 900111"), QStringLiteral("--status"), QStringLiteral("paused")}));
        QVERIFY(add({QStringLiteral("--name"), QStringLiteral("Bérénice Durand"),
                     QStringLiteral("--preferred-name"), QStringLiteral("Mim"), QStringLiteral("--email"),
                     QStringLiteral("berenice@example.fr"), QStringLiteral("--status"),
                     QStringLiteral("active")}));
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_cli = std::make_unique<CliRunner>(m_dir->path());
        m_database = m_dir->filePath(QStringLiteral("practice.sqlite"));
        QCOMPARE(m_cli->run(m_database, {QStringLiteral("init")}).exitCode, 0);
    }

    void addPrintsAUsableIdAlone() {
        const auto first =
            clients({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Ada Lovelace")});
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.err, QString());
        QVERIFY2(QRegularExpression(QStringLiteral("^[1-9][0-9]*\\n$")).match(first.out).hasMatch(),
                 qPrintable(first.out));
        const auto second = clients({QStringLiteral("add"), QStringLiteral("--name=Grace Hopper")});
        QCOMPARE(second.exitCode, 0);
        QVERIFY(second.out != first.out);

        const auto shown = clients({QStringLiteral("show"), first.out.trimmed(), QStringLiteral("--format"),
                                    QStringLiteral("json")});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject client = QJsonDocument::fromJson(shown.rawOut).object();
        QCOMPARE(client.value(QStringLiteral("id")).toInteger(), first.out.trimmed().toLongLong());
        QCOMPARE(client.value(QStringLiteral("full_name")).toString(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(client.value(QStringLiteral("status")).toString(), QStringLiteral("prospect"));
        QVERIFY(client.value(QStringLiteral("channel")).isNull());
        QVERIFY(client.value(QStringLiteral("start_date")).isNull());
    }

    void addStoresEveryField() {
        const qint64 id = add(
            {QStringLiteral("--name"), QStringLiteral("Kenji Watanabe"), QStringLiteral("--preferred-name"),
             QStringLiteral("Ken"), QStringLiteral("--email"), QStringLiteral("kenji@example.com"),
             QStringLiteral("--phone"), QStringLiteral("+81 90 1234 5678"), QStringLiteral("--channel"),
             QStringLiteral("text_message"), QStringLiteral("--status"), QStringLiteral("onboarding"),
             QStringLiteral("--start-date"), QStringLiteral("2026-01-15"), QStringLiteral("--notes"),
             QStringLiteral("Prefers mornings.\nTwo lines.")});
        QVERIFY(id > 0);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-120);
        const auto shown =
            clients({QStringLiteral("show"), QString::number(id), QStringLiteral("--format=json")});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject client = QJsonDocument::fromJson(shown.rawOut).object();
        QCOMPARE(client.value(QStringLiteral("preferred_name")).toString(), QStringLiteral("Ken"));
        QCOMPARE(client.value(QStringLiteral("email")).toString(), QStringLiteral("kenji@example.com"));
        QCOMPARE(client.value(QStringLiteral("phone")).toString(), QStringLiteral("+81 90 1234 5678"));
        QCOMPARE(client.value(QStringLiteral("channel")).toString(), QStringLiteral("text_message"));
        QCOMPARE(client.value(QStringLiteral("status")).toString(), QStringLiteral("onboarding"));
        QCOMPARE(client.value(QStringLiteral("start_date")).toString(), QStringLiteral("2026-01-15"));
        QCOMPARE(client.value(QStringLiteral("notes")).toString(),
                 QStringLiteral("Prefers mornings.\nTwo lines."));
        QCOMPARE(client.value(QStringLiteral("archived")).toBool(true), false);
        const QString created = client.value(QStringLiteral("created_at")).toString();
        QVERIFY2(created.endsWith(QLatin1Char('Z')), qPrintable(created));
        const QDateTime createdAt = QDateTime::fromString(created, Qt::ISODateWithMs);
        QCOMPARE(createdAt.timeSpec(), Qt::UTC);
        QVERIFY(createdAt > before);

        const auto text = clients({QStringLiteral("show"), QString::number(id)});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.err, QString());
        for (const char *line : {"Name:            Kenji Watanabe\n", "Preferred name:  Ken\n",
                                 "Channel:         Text message\n", "Status:          Onboarding\n",
                                 "Start date:      2026-01-15\n", "Archived:        no\n",
                                 "Notes:           Prefers mornings.\n                 Two lines.\n"})
            QVERIFY2(text.out.contains(QString::fromUtf8(line)), qPrintable(text.out));
    }

    void addRefusesWhatCannotBeSaved_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString name = QStringLiteral("--name=Ada Lovelace");
        QTest::addRow("an email address without a domain")
            << QStringList{name, QStringLiteral("--email"), QStringLiteral("ada@")} << 1
            << QStringLiteral("“ada@” is not an email address; it should look like name@example.com.");
        QTest::addRow("an empty name")
            << QStringList{QStringLiteral("--name=")} << 1 << QStringLiteral("Enter the client's full name.");
        QTest::addRow("a phone number of letters")
            << QStringList{name, QStringLiteral("--phone=call me")} << 1
            << QStringLiteral("A phone number has at least 3 digits");
        QTest::addRow("a start date years ahead")
            << QStringList{name, QStringLiteral("--start-date=2099-01-01")} << 1
            << QStringLiteral("more than a year ahead");
        QTest::addRow("an unknown channel lists the channels")
            << QStringList{name, QStringLiteral("--channel=fax")} << 2
            << QStringLiteral(
                   "“fax” is not a contact channel. Use one of: in_person, phone, text_message, email, "
                   "video_call, messaging_app, social_media, other.");
        QTest::addRow("an unknown status lists the statuses")
            << QStringList{name, QStringLiteral("--status=happy")} << 2
            << QStringLiteral("“happy” is not a client status. Use one of: prospect, onboarding, active, "
                              "paused, closed.");
        QTest::addRow("a date in another format")
            << QStringList{name, QStringLiteral("--start-date=01/02/2026")} << 2
            << QStringLiteral("write it as YYYY-MM-DD");
        QTest::addRow("no name at all") << QStringList{QStringLiteral("--email=ada@example.com")} << 2
                                        << QStringLiteral("--name is required");
        QTest::addRow("a start date before year 1 (was a NOT NULL constraint failure)")
            << QStringList{name, QStringLiteral("--start-date"), QStringLiteral("-0001-01-01")} << 2
            << QStringLiteral("“-0001-01-01” is not a date; write it as YYYY-MM-DD");
        QTest::addRow("a start date in year 1")
            << QStringList{name, QStringLiteral("--start-date=0001-01-01")} << 2
            << QStringLiteral("“0001-01-01” is outside the supported dates. Dates from 1900-01-01 to "
                              "9998-12-31 are supported.");
        QTest::addRow("a start date with a five-digit year")
            << QStringList{name, QStringLiteral("--start-date=+2026-03-01")} << 2
            << QStringLiteral("is not a date");
        QTest::addRow("a name given twice")
            << QStringList{name, QStringLiteral("--name"), QStringLiteral("Grace")} << 2
            << QStringLiteral("--name is given more than once; give it once.");
        QTest::addRow("an escape sequence in the name")
            << QStringList{QStringLiteral("--name"), QStringLiteral("Ada\x1b]0;pwned\x07")} << 1
            << QStringLiteral("The name holds a control character (U+001B)");
        QTest::addRow("a carriage return in the preferred name")
            << QStringList{name, QStringLiteral("--preferred-name"), QStringLiteral("Ada\rEve")} << 1
            << QStringLiteral("The preferred name holds a control character (U+000D)");
        QTest::addRow("a bell in the notes")
            << QStringList{name, QStringLiteral("--notes"), QStringLiteral("Two\nlines\a")} << 1
            << QStringLiteral("The notes hold a control character (U+0007)");
    }

    void addRefusesWhatCannotBeSaved() {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const auto output = clients(QStringList{QStringLiteral("add")} + arguments);
        QCOMPARE(output.exitCode, exitCode);
        QCOMPARE(output.out, QString());
        const QStringList lines = output.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        QVERIFY2(lines.first().startsWith(QStringLiteral("boundary-keeper-cli: ")), qPrintable(output.err));
        QVERIFY2(lines.first().contains(message), qPrintable(output.err));
        QCOMPARE(lines.size(), 1);
        // Nothing the user typed reaches the terminal raw, not even in the error.
        QVERIFY2(!output.err.contains(QChar(0x1b)) && !output.err.contains(QLatin1Char('\r')),
                 qPrintable(output.err));
        QCOMPARE(listJson({QStringLiteral("--archived")}).size(), 0);
    }

    void tableAlignsColumnsUnderAHeader() {
        addThreeClients();
        const auto output = clients({QStringLiteral("list")});
        QCOMPARE(output.exitCode, 0);
        QCOMPARE(output.err, QString());
        const QStringList lines = output.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        const QString header = lines.at(0);
        const QStringList headers = {QStringLiteral("ID"),        QStringLiteral("Name"),
                                     QStringLiteral("Email"),     QStringLiteral("Phone"),
                                     QStringLiteral("Channel"),   QStringLiteral("Status"),
                                     QStringLiteral("Start date")};
        QList<qsizetype> starts;
        for (const QString &title : headers) {
            starts.append(header.indexOf(title));
            QVERIFY2(starts.last() >= 0, qPrintable(title));
        }
        QVERIFY(std::is_sorted(starts.cbegin(), starts.cend()));
        // Sorted by name; each value starts exactly under its column's title.
        QVERIFY(lines.at(1).mid(starts.at(1)).startsWith(QStringLiteral("Ann Baker ")));
        QVERIFY(lines.at(1).mid(starts.at(3)).startsWith(QStringLiteral("+44 7700 900111 ")));
        QVERIFY(lines.at(1).mid(starts.at(5)).startsWith(QStringLiteral("Paused")));
        QVERIFY(lines.at(2).mid(starts.at(1)).startsWith(QStringLiteral("Bérénice Durand ")));
        QVERIFY(lines.at(2).mid(starts.at(2)).startsWith(QStringLiteral("berenice@example.fr ")));
        QVERIFY(lines.at(3).mid(starts.at(1)).startsWith(QStringLiteral("Zoë \"Zed\" Quinn, PhD ")));
        QVERIFY(lines.at(3).mid(starts.at(4)).startsWith(QStringLiteral("Video call ")));
        QCOMPARE(lines.at(3).mid(starts.at(6)), QStringLiteral("2025-09-01"));
        for (const QString &line : lines)
            QVERIFY2(!line.endsWith(QLatin1Char(' ')), qPrintable(line));
    }

    void csvQuotesFieldsAndReadsBack() {
        addThreeClients();
        const auto output =
            clients({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(output.exitCode, 0);
        QCOMPARE(output.err, QString());
        QVERIFY(output.out.contains(QStringLiteral("\"Zoë \"\"Zed\"\" Quinn, PhD\"")));
        const QList<QStringList> records = test::parseCsv(output.out);
        QCOMPARE(records.size(), 4);
        QCOMPARE(
            records.at(0),
            (QStringList{QStringLiteral("id"), QStringLiteral("full_name"), QStringLiteral("preferred_name"),
                         QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("channel"),
                         QStringLiteral("status"), QStringLiteral("start_date"), QStringLiteral("archived"),
                         QStringLiteral("created_at"), QStringLiteral("updated_at")}));
        QCOMPARE(records.at(1).at(1), QStringLiteral("Ann Baker"));
        QCOMPARE(records.at(2).at(1), QStringLiteral("Bérénice Durand"));
        QCOMPARE(records.at(2).at(2), QStringLiteral("Mim"));
        const QStringList zoe = records.at(3);
        QCOMPARE(zoe.size(), 11);
        QCOMPARE(zoe.at(1), QStringLiteral("Zoë \"Zed\" Quinn, PhD"));
        QCOMPARE(zoe.at(3), QStringLiteral("zoe@example.com"));
        QCOMPARE(zoe.at(5), QStringLiteral("video_call"));
        QCOMPARE(zoe.at(6), QStringLiteral("active"));
        QCOMPARE(zoe.at(7), QStringLiteral("2025-09-01"));
        QCOMPARE(zoe.at(8), QStringLiteral("false"));
        QVERIFY(QDateTime::fromString(zoe.at(9), Qt::ISODateWithMs).isValid());
        QCOMPARE(records.at(1).at(5), QString()); // no channel
    }

    // OWASP's CSV-injection guidance: a spreadsheet must show such a name, not run it.
    void csvNeutralisesFormulas_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("a name starting with =") << QStringLiteral("=HYPERLINK(\"http://x\")");
        QTest::newRow("a name starting with +") << QStringLiteral("+1+cmd");
        QTest::newRow("a name starting with -") << QStringLiteral("-2+3");
        QTest::newRow("a name starting with @") << QStringLiteral("@SUM(A1)");
    }

    void csvNeutralisesFormulas() {
        QFETCH(QString, name);
        QVERIFY(add({QStringLiteral("--name"), name}));
        const auto output = clients({QStringLiteral("list"), QStringLiteral("--format=csv")});
        QCOMPARE(output.exitCode, 0);
        const QList<QStringList> records = test::parseCsv(output.out);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).at(1), QLatin1Char('\'') + name);
        QCOMPARE(listJson().at(0).toObject().value(QStringLiteral("full_name")).toString(), name);
    }

    void jsonIsAnArrayOfClients() {
        addThreeClients();
        const QJsonArray array = listJson();
        QCOMPARE(names(array), (QStringList{QStringLiteral("Ann Baker"), QStringLiteral("Bérénice Durand"),
                                            QStringLiteral("Zoë \"Zed\" Quinn, PhD")}));
        QStringList keys = {
            QStringLiteral("id"),         QStringLiteral("full_name"),  QStringLiteral("preferred_name"),
            QStringLiteral("email"),      QStringLiteral("phone"),      QStringLiteral("channel"),
            QStringLiteral("status"),     QStringLiteral("start_date"), QStringLiteral("archived"),
            QStringLiteral("created_at"), QStringLiteral("updated_at")};
        keys.sort();
        for (const QJsonValue &value : array) {
            const QJsonObject client = value.toObject();
            QCOMPARE(client.keys(), keys);
            QVERIFY(client.value(QStringLiteral("id")).toInteger() > 0);
            for (const char *time : {"created_at", "updated_at"}) {
                const QString text = client.value(QLatin1String(time)).toString();
                QVERIFY2(text.endsWith(QLatin1Char('Z')), qPrintable(text));
                QVERIFY(QDateTime::fromString(text, Qt::ISODateWithMs).isValid());
            }
        }
        QCOMPARE(array.at(1).toObject().value(QStringLiteral("preferred_name")).toString(),
                 QStringLiteral("Mim"));
        QCOMPARE(array.at(2).toObject().value(QStringLiteral("channel")).toString(),
                 QStringLiteral("video_call"));
    }

    void emptyListsAreStillWellFormed() {
        QCOMPARE(listJson().size(), 0);
        const auto csv = clients({QStringLiteral("list"), QStringLiteral("--format=csv")});
        QCOMPARE(test::parseCsv(csv.out).size(), 1);
        const auto table = clients({QStringLiteral("list")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.startsWith(QStringLiteral("ID  Name")));
        QCOMPARE(table.out.count(QLatin1Char('\n')), 1);
    }

    void filtersNarrowTheList_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("expected");
        const QString ann = QStringLiteral("Ann Baker");
        const QString berenice = QStringLiteral("Bérénice Durand");
        const QString zoe = QStringLiteral("Zoë \"Zed\" Quinn, PhD");
        QTest::addRow("no filter lists everyone") << QStringList{} << QStringList{ann, berenice, zoe};
        QTest::addRow("search matches part of a name, ignoring case")
            << QStringList{QStringLiteral("--search"), QStringLiteral("DUR")} << QStringList{berenice};
        QTest::addRow("search matches the preferred name")
            << QStringList{QStringLiteral("--search=mim")} << QStringList{berenice};
        QTest::addRow("search matches an email")
            << QStringList{QStringLiteral("--search=zoe@")} << QStringList{zoe};
        QTest::addRow("search matches phone digits")
            << QStringList{QStringLiteral("--search=900111")} << QStringList{ann};
        QTest::addRow("every search word must match")
            << QStringList{QStringLiteral("--search"), QStringLiteral("quinn phd")} << QStringList{zoe};
        QTest::addRow("status keeps one status")
            << QStringList{QStringLiteral("--status=active")} << QStringList{berenice, zoe};
        QTest::addRow("status and search together")
            << QStringList{QStringLiteral("--status=active"), QStringLiteral("--search=zoë")}
            << QStringList{zoe};
        QTest::addRow("a search nobody matches")
            << QStringList{QStringLiteral("--search=nobody")} << QStringList{};
        QTest::addRow("a status nobody has")
            << QStringList{QStringLiteral("--status=closed")} << QStringList{};
    }

    void filtersNarrowTheList() {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, expected);
        addThreeClients();
        QCOMPARE(names(listJson(arguments)), expected);
        // The CSV lists the same clients.
        const auto csv =
            clients(QStringList{QStringLiteral("list"), QStringLiteral("--format=csv")} + arguments);
        QCOMPARE(test::parseCsv(csv.out).size(), expected.size() + 1);
    }

    void commandsNeverSaveTheSearchIndex() {
        // Only the window saves the client list's search index (it reads the whole index anyway); a command
        // searches in SQL and writes nothing of it.
        addThreeClients();
        QCOMPARE(names(listJson({QStringLiteral("--search=mim")})),
                 QStringList{QStringLiteral("Bérénice Durand")});
        QCOMPARE(
            clients({QStringLiteral("list"), QStringLiteral("--search=a"), QStringLiteral("--format=csv")})
                .exitCode,
            0);
        QCOMPARE(clients({QStringLiteral("show"), QStringLiteral("1")}).exitCode, 0);
        const Result<std::unique_ptr<Database>> db = Database::open(m_database);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QSqlQuery saved(db.value()->connection());
        QVERIFY(saved.exec(QStringLiteral("SELECT count(*) FROM client_search_snapshots")) && saved.next());
        QCOMPARE(saved.value(0).toInt(), 0);
    }

    void idsMustBeWholeNumbersAboveZero_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("show -1") << QStringList{QStringLiteral("show"), QStringLiteral("-1")};
        QTest::addRow("show -1 with an option after it")
            << QStringList{QStringLiteral("show"), QStringLiteral("-1"), QStringLiteral("--format=json")};
        QTest::addRow("archive -5") << QStringList{QStringLiteral("archive"), QStringLiteral("-5")};
        QTest::addRow("restore 0") << QStringList{QStringLiteral("restore"), QStringLiteral("0")};
    }

    void idsMustBeWholeNumbersAboveZero() {
        QFETCH(QStringList, arguments);
        const QString problem = test::refusalProblem(
            clients(arguments), 2,
            QStringLiteral("“%1” is not a client id; ids are whole numbers above 0").arg(arguments.at(1)));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void anOverlongSearchIsRefusedWithAMessage() {
        addThreeClients();
        // 120 KB (a single argument is at most 128 KiB on Linux): SQLite refused such a search with "LIKE or
        // GLOB pattern too complex".
        const auto output = clients(
            {QStringLiteral("list"), QStringLiteral("--search"), QString(120 * 1024, QLatin1Char('a'))});
        const QString problem = test::refusalProblem(
            output, 2,
            QStringLiteral(
                "--search: The search text is 122880 characters long; a search takes at most 1000."));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!output.err.contains(QStringLiteral("LIKE")));
        // A long but sensible search still runs.
        QCOMPARE(
            names(listJson({QStringLiteral("--search"), QStringLiteral("ann baker ann baker ann baker")})),
            QStringList{QStringLiteral("Ann Baker")});
    }

    void storedControlCharactersAreEscapedInTheOutput() {
        // An older database may hold what validation now refuses: shown escaped, never sent to the terminal.
        const qint64 id = add({QStringLiteral("--name"), QStringLiteral("Ann Baker"),
                               QStringLiteral("--notes"), QStringLiteral("Line one\n\tindented")});
        QVERIFY(id > 0);
        // Written by another program, which has to drop the audit trail's trigger to change a client.
        test::rawSql(
            m_database,
            {QStringLiteral("DROP TRIGGER clients_audit_update"),
             QStringLiteral("UPDATE clients SET full_name = 'Ann' || char(27) || '[2J' || char(7) || "
                            "'Baker' || char(13) || 'Eve', preferred_name = 'A' || char(155) || '31m', "
                            "row_version = row_version + 1 WHERE id = %1")
                 .arg(id)});

        const auto table = clients({QStringLiteral("list")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(QStringLiteral("Ann\\x1b[2J\\x07Baker Eve")), qPrintable(table.out));
        const auto text = clients({QStringLiteral("show"), QString::number(id)});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Name:            Ann\\x1b[2J\\x07Baker\\x0dEve\n")),
                 qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("Preferred name:  A\\u009b31m\n")), qPrintable(text.out));
        // Tabs and line breaks of multi-line notes stay as they are.
        QVERIFY2(
            text.out.contains(QStringLiteral("Notes:           Line one\n                 \tindented\n")),
            qPrintable(text.out));
        const auto csv = clients({QStringLiteral("list"), QStringLiteral("--format=csv")});
        const auto archived = clients({QStringLiteral("archive"), QString::number(id)});
        for (const CliRunner::Output &output : {table, text, csv, archived}) {
            for (const QChar control : {QChar(0x1b), QChar(0x07), QChar(0x9b)})
                QVERIFY2(!output.rawOut.contains(QString(control).toUtf8()), qPrintable(output.out));
            QVERIFY2(!output.out.contains(QStringLiteral("Baker\rEve")), qPrintable(output.out));
        }
        // JSON keeps the stored text exactly, escaped the JSON way.
        const QJsonArray json = listJson({QStringLiteral("--archived")});
        QCOMPARE(json.at(0).toObject().value(QStringLiteral("full_name")).toString(),
                 QStringLiteral("Ann\x1b[2J\aBaker\rEve"));
    }

    void showReportsAMissingClient() {
        const auto output = clients({QStringLiteral("show"), QStringLiteral("999")});
        QCOMPARE(output.exitCode, 1);
        QCOMPARE(output.out, QString());
        QCOMPARE(output.err, QStringLiteral("boundary-keeper-cli: There is no client with id 999.\n"));
    }

    void editChangesOnlyWhatIsGivenAndRaisesTheVersion() {
        const qint64 id = add({QStringLiteral("--name"), QStringLiteral("Ann Baker"),
                               QStringLiteral("--phone"), QStringLiteral("+44 7700 900111")});
        QVERIFY(id);
        const QString idText = QString::number(id);
        const auto show = [&] {
            return test::jsonOutput(clients({QStringLiteral("show"), idText, QStringLiteral("--format"),
                                             QStringLiteral("json")}))
                .object();
        };
        QCOMPARE(show().value(QStringLiteral("version")).toInt(), 1);
        QVERIFY(clients({QStringLiteral("show"), idText})
                    .out.contains(QRegularExpression(QStringLiteral("\\nVersion: +1\\n"))));

        const auto edited = clients({QStringLiteral("edit"), idText, QStringLiteral("--email"),
                                     QStringLiteral("ann@example.org"), QStringLiteral("--status"),
                                     QStringLiteral("active")});
        QCOMPARE(edited.err, QString());
        QCOMPARE(edited.exitCode, 0);
        QCOMPARE(edited.out, QStringLiteral("Saved client %1, Ann Baker (version 2).\n").arg(id));
        const QJsonObject stored = show();
        QCOMPARE(stored.value(QStringLiteral("email")).toString(), QStringLiteral("ann@example.org"));
        QCOMPARE(stored.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(stored.value(QStringLiteral("phone")).toString(), QStringLiteral("+44 7700 900111"));
        QCOMPARE(stored.value(QStringLiteral("version")).toInt(), 2);

        // A script that read version 2 saves on top of it.
        const auto expected =
            clients({QStringLiteral("edit"), idText, QStringLiteral("--expect-version"), QStringLiteral("2"),
                     QStringLiteral("--notes"), QStringLiteral("Tuesdays.")});
        QCOMPARE(expected.exitCode, 0);
        QCOMPARE(show().value(QStringLiteral("version")).toInt(), 3);
    }

    // A script read the client, someone else saved it (here: the window's service, through a connection of
    // its own), then the script saves what it read: refused, nothing written.
    void editRefusesToSaveOverAChangeMadeSinceTheVersionRead() {
        const qint64 id = add({QStringLiteral("--name"), QStringLiteral("Ann Baker")});
        QVERIFY(id);
        {
            const auto window = test::openDatabase(m_database);
            QVERIFY(window);
            Client client = ClientService(*window).get(id).value();
            client.notes = QStringLiteral("Saved in the window.");
            QVERIFY(ClientService(*window).update(client).ok());
        }
        const auto output =
            clients({QStringLiteral("edit"), QString::number(id), QStringLiteral("--expect-version"),
                     QStringLiteral("1"), QStringLiteral("--notes"), QStringLiteral("From the script.")});
        QCOMPARE(test::refusalProblem(output, 1, QStringLiteral("is at version 2, not 1")), QString());
        QVERIFY(output.err.contains(QStringLiteral("Nothing was saved")));
        const QJsonObject stored =
            test::jsonOutput(clients({QStringLiteral("show"), QString::number(id), QStringLiteral("--format"),
                                      QStringLiteral("json")}))
                .object();
        QCOMPARE(stored.value(QStringLiteral("notes")).toString(), QStringLiteral("Saved in the window."));
        QCOMPARE(stored.value(QStringLiteral("version")).toInt(), 2);
    }

    void editRefusesWrongUsage_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("nothing to change")
            << QStringList{QStringLiteral("1")} << QStringLiteral("Nothing to change");
        QTest::addRow("a version that is no number")
            << QStringList{QStringLiteral("1"), QStringLiteral("--expect-version"), QStringLiteral("two"),
                           QStringLiteral("--notes"), QStringLiteral("x")}
            << QStringLiteral("is not a version");
        QTest::addRow("an unknown status")
            << QStringList{QStringLiteral("1"), QStringLiteral("--status"), QStringLiteral("dormant")}
            << QStringLiteral("dormant");
    }

    void editRefusesWrongUsage() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QVERIFY(add({QStringLiteral("--name"), QStringLiteral("Ann Baker")}));
        const auto output = clients(QStringList{QStringLiteral("edit")} + arguments);
        QCOMPARE(test::refusalProblem(output, 2, message), QString());
        QCOMPARE(test::jsonOutput(clients({QStringLiteral("show"), QStringLiteral("1"),
                                           QStringLiteral("--format"), QStringLiteral("json")}))
                     .object()
                     .value(QStringLiteral("version"))
                     .toInt(),
                 1);
    }

    void editReportsAMissingClient() {
        const auto output = clients(
            {QStringLiteral("edit"), QStringLiteral("41"), QStringLiteral("--notes"), QStringLiteral("x")});
        QCOMPARE(output.exitCode, 1);
        QCOMPARE(output.err, QStringLiteral("boundary-keeper-cli: There is no client with id 41.\n"));
    }

    void archiveHidesAClientAndRestoreBringsItBack() {
        addThreeClients();
        const QJsonArray all = listJson();
        const QString id = QString::number(all.at(0).toObject().value(QStringLiteral("id")).toInteger());

        const auto archived = clients({QStringLiteral("archive"), id});
        QCOMPARE(archived.exitCode, 0);
        QCOMPARE(archived.err, QString());
        QCOMPARE(archived.out, QStringLiteral("Archived client %1, Ann Baker.\n").arg(id));
        QCOMPARE(names(listJson()),
                 (QStringList{QStringLiteral("Bérénice Durand"), QStringLiteral("Zoë \"Zed\" Quinn, PhD")}));
        QVERIFY(!clients({QStringLiteral("list")}).out.contains(QStringLiteral("Ann Baker")));

        const QJsonArray withArchived = listJson({QStringLiteral("--archived")});
        QCOMPARE(withArchived.size(), 3);
        QCOMPARE(withArchived.at(0).toObject().value(QStringLiteral("archived")).toBool(), true);
        QCOMPARE(withArchived.at(1).toObject().value(QStringLiteral("archived")).toBool(), false);
        QVERIFY(clients({QStringLiteral("show"), id}).out.contains(QStringLiteral("Archived:        yes\n")));

        const auto again = clients({QStringLiteral("archive"), id});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out, QStringLiteral("Client %1, Ann Baker, was already archived.\n").arg(id));

        const auto restored = clients({QStringLiteral("restore"), id});
        QCOMPARE(restored.exitCode, 0);
        QCOMPARE(restored.out, QStringLiteral("Restored client %1, Ann Baker.\n").arg(id));
        QCOMPARE(listJson().size(), 3);
    }

    void archiveReportsAMissingClient_data() {
        QTest::addColumn<QString>("command");
        QTest::addRow("archiving") << QStringLiteral("archive");
        QTest::addRow("restoring") << QStringLiteral("restore");
    }

    void archiveReportsAMissingClient() {
        QFETCH(QString, command);
        const auto output = clients({command, QStringLiteral("41")});
        QCOMPARE(output.exitCode, 1);
        QCOMPARE(output.out, QString());
        QCOMPARE(output.err, QStringLiteral("boundary-keeper-cli: There is no client with id 41.\n"));
    }

    void outputIsUtf8InEveryLocale_data() {
        QTest::addColumn<QString>("locale");
        QTest::addRow("a UTF-8 locale") << QStringLiteral("C.UTF-8");
        QTest::addRow("the plain C locale") << QStringLiteral("C");
    }

    void outputIsUtf8InEveryLocale() {
        QFETCH(QString, locale);
        m_cli->setEnvironmentVariable(QStringLiteral("LANG"), locale);
        m_cli->setEnvironmentVariable(QStringLiteral("LC_ALL"), locale);
        const QString name = QStringLiteral("Søren Ærø 李小龍");
        const qint64 id = add({QStringLiteral("--name"), name});
        QVERIFY(id > 0);
        const auto table = clients({QStringLiteral("list")});
        QVERIFY(table.rawOut.contains(name.toUtf8()));
        QCOMPARE(names(listJson()), QStringList{name});
    }
};

QTEST_GUILESS_MAIN(TestCliClients)
#include "tst_CliClients.moc"
