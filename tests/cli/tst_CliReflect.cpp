// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientService.h"
#include "app/common/Clock.h"
#include "app/practitioner/ReflectionService.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPdfDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;
using test::CliRunner;

/// reflect list: the practitioner's private reflection entries in every format, filtered by client, and
/// never in the commands that show a client's records.
class TestCliReflect : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;
    QString m_database;
    std::unique_ptr<Database> m_db;
    qint64 m_anna = 0;
    qint64 m_ben = 0;
    qint64 m_older = 0;   ///< Anna, a week ago: better not, held back, with a note
    qint64 m_general = 0; ///< no client, yesterday: supervisor
    qint64 m_newest = 0;  ///< Ben, today: go ahead, shared

    CliRunner::Output run(const QStringList &arguments) const { return m_cli->run(m_database, arguments); }

    qint64 record(qint64 client, int daysAgo, DisclosureAnswers answers, DisclosureDecision decision,
                  const QString &note) const {
        NewReflection entry;
        entry.clientId = client;
        entry.date = Clock::todayLocal().addDays(-daysAgo);
        entry.answers = answers;
        entry.decision = decision;
        entry.note = note;
        const Result<qint64> id = ReflectionService(*m_db).record(entry);
        if (!id)
            QTest::qFail(qPrintable(id.error().message), __FILE__, __LINE__);
        return id ? id.value() : 0;
    }

    static QList<qint64> ids(const QJsonArray &records) {
        QList<qint64> result;
        for (const QJsonValue &record : records)
            result.append(record.toObject().value(QStringLiteral("id")).toInteger());
        return result;
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_cli = std::make_unique<CliRunner>(m_dir->path());
        m_database = m_dir->filePath(QStringLiteral("practice.sqlite"));
        QCOMPARE(m_cli->run(m_database, {QStringLiteral("init")}).exitCode, 0);
        m_db = test::openDatabase(m_database);
        QVERIFY(m_db);
        Client anna;
        anna.fullName = QStringLiteral("Anna Schmidt");
        m_anna = ClientService(*m_db).add(anna).value();
        Client ben;
        ben.fullName = QStringLiteral("Ben Okafor");
        m_ben = ClientService(*m_db).add(ben).value();
        const DisclosureAnswers yes{CheckAnswer::Yes, CheckAnswer::Yes, CheckAnswer::Yes, CheckAnswer::Yes,
                                    CheckAnswer::Yes};
        DisclosureAnswers mine = yes;
        mine.servesClient = CheckAnswer::No;
        DisclosureAnswers unsure = yes;
        unsure.brief = CheckAnswer::NotSure;
        m_older = record(m_anna, 7, mine, DisclosureDecision::HeldBack,
                         QStringLiteral("Wanted to vent, about my landlord, \"again\"."));
        m_general = record(0, 1, unsure, DisclosureDecision::TalkToSupervisor, QString());
        m_newest = record(m_ben, 0, yes, DisclosureDecision::Shared, QStringLiteral("Told my exam story."));
    }

    void cleanup() {
        m_db.reset();
        m_cli.reset();
        m_dir.reset();
    }

    void jsonListsEveryEntryNewestFirstWithTheAnswers() {
        const QJsonArray records = test::jsonOutput(run({QStringLiteral("reflect"), QStringLiteral("list"),
                                                         QStringLiteral("--format"), QStringLiteral("json")}))
                                       .array();
        QCOMPARE(ids(records), (QList<qint64>{m_newest, m_general, m_older}));
        const QJsonObject older = records.at(2).toObject();
        QCOMPARE(older.value(QStringLiteral("date")).toString(),
                 Clock::todayLocal().addDays(-7).toString(Qt::ISODate));
        QCOMPARE(older.value(QStringLiteral("client_id")).toInteger(), m_anna);
        QCOMPARE(older.value(QStringLiteral("client_name")).toString(), QStringLiteral("Anna Schmidt"));
        QCOMPARE(older.value(QStringLiteral("recommendation")).toString(), QStringLiteral("better_not"));
        QCOMPARE(older.value(QStringLiteral("decision")).toString(), QStringLiteral("held_back"));
        QCOMPARE(older.value(QStringLiteral("serves_client")).toString(), QStringLiteral("no"));
        QCOMPARE(older.value(QStringLiteral("brief")).toString(), QStringLiteral("yes"));
        QCOMPARE(older.value(QStringLiteral("note")).toString(),
                 QStringLiteral("Wanted to vent, about my landlord, \"again\"."));
        const QJsonObject general = records.at(1).toObject();
        QVERIFY(general.value(QStringLiteral("client_id")).isNull());
        QVERIFY(general.value(QStringLiteral("client_name")).isNull());
        QVERIFY(general.value(QStringLiteral("note")).isNull());
        QCOMPARE(general.value(QStringLiteral("recommendation")).toString(), QStringLiteral("supervisor"));
        QCOMPARE(general.value(QStringLiteral("brief")).toString(), QStringLiteral("not_sure"));
    }

    void textIsATableInWordsAndCsvQuotesTheNote() {
        const CliRunner::Output text = run({QStringLiteral("reflect"), QStringLiteral("list")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.err.isEmpty(), qPrintable(text.err));
        const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("ID")));
        QVERIFY(lines.at(1).contains(QStringLiteral("Ben Okafor")));
        QVERIFY(lines.at(1).contains(QStringLiteral("Go ahead, briefly")));
        QVERIFY(lines.at(2).contains(QStringLiteral("(no client)")));
        QVERIFY(lines.at(2).contains(QStringLiteral("Talk to your supervisor first")));
        QVERIFY(lines.at(3).contains(QStringLiteral("Better not")));
        QVERIFY(lines.at(3).contains(QStringLiteral("I kept it to myself")));
        // As in every other list command, the table is also asked for by name.
        const CliRunner::Output table = run({QStringLiteral("reflect"), QStringLiteral("list"),
                                             QStringLiteral("--format"), QStringLiteral("table")});
        QCOMPARE(table.exitCode, 0);
        QCOMPARE(table.out, text.out);

        const CliRunner::Output csv =
            run({QStringLiteral("reflect"), QStringLiteral("list"), QStringLiteral("--format=csv")});
        QCOMPARE(csv.exitCode, 0);
        const QList<QStringList> rows = test::parseCsv(csv.out);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).first(), QStringLiteral("id"));
        const qsizetype note = rows.at(0).indexOf(QStringLiteral("note"));
        QVERIFY(note > 0);
        QCOMPARE(rows.at(3).at(note), QStringLiteral("Wanted to vent, about my landlord, \"again\"."));
    }

    void clientNarrowsTheList() {
        const QJsonArray anna = test::jsonOutput(run({QStringLiteral("reflect"), QStringLiteral("list"),
                                                      QStringLiteral("--client"), QString::number(m_anna),
                                                      QStringLiteral("--format=json")}))
                                    .array();
        QCOMPARE(ids(anna), QList<qint64>{m_older});
    }

    void aPeriodNarrowsTheList() {
        const QString today = Clock::todayLocal().toString(Qt::ISODate);
        const QString yesterday = Clock::todayLocal().addDays(-1).toString(Qt::ISODate);
        const QJsonArray recent =
            test::jsonOutput(run({QStringLiteral("reflect"), QStringLiteral("list"), QStringLiteral("--from"),
                                  yesterday, QStringLiteral("--format=json")}))
                .array();
        QCOMPARE(ids(recent), (QList<qint64>{m_newest, m_general}));
        const QJsonArray untilYesterday =
            test::jsonOutput(run({QStringLiteral("reflect"), QStringLiteral("list"), QStringLiteral("--to"),
                                  yesterday, QStringLiteral("--format=json")}))
                .array();
        QCOMPARE(ids(untilYesterday), (QList<qint64>{m_general, m_older}));
        const QString problem =
            test::refusalProblem(run({QStringLiteral("reflect"), QStringLiteral("list"),
                                      QStringLiteral("--from"), today, QStringLiteral("--to"), yesterday}),
                                 2, QStringLiteral("--from"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void editChangesOnlyWhatIsGiven() {
        const CliRunner::Output output =
            run({QStringLiteral("reflect"), QStringLiteral("edit"), QString::number(m_older),
                 QStringLiteral("--serves-client"), QStringLiteral("yes"), QStringLiteral("--decision"),
                 QStringLiteral("shared"), QStringLiteral("--note"), QStringLiteral("It helped after all.")});
        QCOMPARE(output.exitCode, 0);
        QVERIFY2(output.out.contains(QStringLiteral("Saved reflection entry %1").arg(m_older)),
                 qPrintable(output.out));
        QVERIFY2(output.out.contains(QStringLiteral("Go ahead, briefly")), qPrintable(output.out));
        const ReflectionEntry edited = ReflectionService(*m_db).get(m_older).value();
        QCOMPARE(edited.answers.servesClient, CheckAnswer::Yes);
        QCOMPARE(edited.recommendation, Recommendation::GoAhead);
        QCOMPARE(edited.decision, DisclosureDecision::Shared);
        QCOMPARE(edited.note, QStringLiteral("It helped after all."));
        // What was not given stays.
        QCOMPARE(edited.clientId, m_anna);
        QCOMPARE(edited.date, Clock::todayLocal().addDays(-7));

        QCOMPARE(run({QStringLiteral("reflect"), QStringLiteral("edit"), QString::number(m_older),
                      QStringLiteral("--no-client"), QStringLiteral("--date"),
                      Clock::todayLocal().addDays(-2).toString(Qt::ISODate)})
                     .exitCode,
                 0);
        QCOMPARE(ReflectionService(*m_db).get(m_older).value().clientId, 0);
        QCOMPARE(ReflectionService(*m_db).get(m_older).value().date, Clock::todayLocal().addDays(-2));
    }

    void deleteNeedsYesAndTheEntryIsGone() {
        const QString problem = test::refusalProblem(
            run({QStringLiteral("reflect"), QStringLiteral("delete"), QString::number(m_general)}), 2,
            QStringLiteral("give --yes to confirm"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(ReflectionService(*m_db).get(m_general).ok());
        const CliRunner::Output output = run({QStringLiteral("reflect"), QStringLiteral("delete"),
                                              QString::number(m_general), QStringLiteral("--yes")});
        QCOMPARE(output.exitCode, 0);
        QVERIFY2(output.out.contains(QStringLiteral("Deleted reflection entry %1").arg(m_general)),
                 qPrintable(output.out));
        const QJsonArray records = test::jsonOutput(run({QStringLiteral("reflect"), QStringLiteral("list"),
                                                         QStringLiteral("--format"), QStringLiteral("json")}))
                                       .array();
        QCOMPARE(ids(records), (QList<qint64>{m_newest, m_older}));
    }

    void badEditsAndDeletionsAreRefusedAndChangeNothing_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addRow("an id that is not a number")
            << QStringList{QStringLiteral("edit"), QStringLiteral("first")} << 2
            << QStringLiteral("“first” is not a reflection entry id");
        QTest::addRow("an entry that does not exist")
            << QStringList{QStringLiteral("delete"), QStringLiteral("99"), QStringLiteral("--yes")} << 1
            << QStringLiteral("There is no reflection entry with id 99.");
        QTest::addRow("an answer that is not one")
            << QStringList{QStringLiteral("edit"), QStringLiteral("ENTRY"), QStringLiteral("--brief"),
                           QStringLiteral("maybe")}
            << 2 << QStringLiteral("“maybe” is not an answer for --brief");
        QTest::addRow("a decision that is not one")
            << QStringList{QStringLiteral("edit"), QStringLiteral("ENTRY"), QStringLiteral("--decision"),
                           QStringLiteral("later")}
            << 2 << QStringLiteral("“later” is not a decision");
        QTest::addRow("a day to come")
            << QStringList{QStringLiteral("edit"), QStringLiteral("ENTRY"), QStringLiteral("--date"),
                           Clock::todayLocal().addDays(3).toString(Qt::ISODate)}
            << 1 << QStringLiteral("a reflection looks back");
        QTest::addRow("a client and none")
            << QStringList{QStringLiteral("edit"), QStringLiteral("ENTRY"), QStringLiteral("--client"),
                           QStringLiteral("1"), QStringLiteral("--no-client")}
            << 2 << QStringLiteral("not both");
    }

    void badEditsAndDeletionsAreRefusedAndChangeNothing() {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        arguments.replaceInStrings(QStringLiteral("ENTRY"), QString::number(m_older));
        const QString problem =
            test::refusalProblem(run(QStringList{QStringLiteral("reflect")} + arguments), exitCode, message);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const ReflectionEntry unchanged = ReflectionService(*m_db).get(m_older).value();
        QCOMPARE(unchanged.decision, DisclosureDecision::HeldBack);
        QCOMPARE(unchanged.date, Clock::todayLocal().addDays(-7));
        QCOMPARE(ReflectionService(*m_db).count().value(), 3);
    }

    void wrongUsageAndUnknownClientsAreRefused_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addRow("a format it does not have")
            << QStringList{QStringLiteral("--format"), QStringLiteral("xml")} << 2
            << QStringLiteral("“xml” is not a format here");
        QTest::addRow("a client id that is not a number")
            << QStringList{QStringLiteral("--client"), QStringLiteral("anna")} << 2
            << QStringLiteral("“anna” is not a client id");
        QTest::addRow("a client who does not exist")
            << QStringList{QStringLiteral("--client"), QStringLiteral("99")} << 1
            << QStringLiteral("There is no client with id 99.");
    }

    void wrongUsageAndUnknownClientsAreRefused() {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString problem = test::refusalProblem(
            run(QStringList{QStringLiteral("reflect"), QStringLiteral("list")} + arguments), exitCode,
            message);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The export for supervision holds the monthly reflection and every check, in a file only its owner
    // reads.
    void exportWritesAPdfForSupervision() {
        QVERIFY(ReflectionService(*m_db)
                    .reflectOnMonth(Clock::todayLocal(), {QStringLiteral("Answered Ben on a Sunday."),
                                                          QString(), QStringLiteral("Keep Sundays free.")})
                    .ok());
        const QString path = m_dir->filePath(QStringLiteral("supervision.pdf"));
        const CliRunner::Output output =
            run({QStringLiteral("reflect"), QStringLiteral("export"), QStringLiteral("--out"), path});
        QCOMPARE(output.exitCode, 0);
        QVERIFY2(output.out.contains(QStringLiteral("reflected on, 3 disclosure check")),
                 qPrintable(output.out));
        QCOMPARE(test::fileMode(path), 0600);
        QPdfDocument document;
        QCOMPARE(document.load(path), QPdfDocument::Error::None);
        QString text;
        for (int page = 0; page < document.pageCount(); ++page)
            text += document.getAllText(page).text();
        for (const QString &expected :
             {QStringLiteral("Reflection for supervision"), QStringLiteral("Answered Ben on a Sunday."),
              QStringLiteral("Keep Sundays free."), QStringLiteral("landlord"), QStringLiteral("exam story")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        // An existing file is kept without --force; --out is required.
        QCOMPARE(run({QStringLiteral("reflect"), QStringLiteral("export"), QStringLiteral("--out"), path})
                     .exitCode,
                 1);
        QCOMPARE(run({QStringLiteral("reflect"), QStringLiteral("export")}).exitCode, 2);
    }

    // The practitioner's notes are theirs: the commands that show a client's records never print them.
    void aClientsRecordsNeverShowTheEntries() {
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("clients"), QStringLiteral("show"), QString::number(m_anna),
                          QStringLiteral("--format=json")},
              QStringList{QStringLiteral("clients"), QStringLiteral("show"), QString::number(m_anna)},
              QStringList{QStringLiteral("clients"), QStringLiteral("list"), QStringLiteral("--format=csv")},
              QStringList{QStringLiteral("incidents"), QStringLiteral("list"), QStringLiteral("--client"),
                          QString::number(m_anna), QStringLiteral("--format=json")}}) {
            const CliRunner::Output output = run(arguments);
            QCOMPARE(output.exitCode, 0);
            QVERIFY2(!output.out.contains(QStringLiteral("landlord")), qPrintable(arguments.join(u' ')));
            QVERIFY2(!output.out.contains(QStringLiteral("held_back")), qPrintable(arguments.join(u' ')));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliReflect)
#include "tst_CliReflect.moc"
