// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientService.h"
#include "app/common/Clock.h"
#include "app/incidents/IncidentService.h"
#include "app/policy/PolicyService.h"
#include "app/policy/PracticeService.h"
#include "app/storage/ClientRepository.h"
#include "app/storage/FollowUpRepository.h"
#include "app/storage/IncidentListQuery.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace bk;
using test::CliRunner;

/// The incidents and followups commands: logging with flags and time zones, listing with filters, showing
/// the ladder, steps, corrections and goals, the follow-up list and the iCalendar export, on fresh
/// databases and on the demo practice.
class TestCliIncidents : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;
    QString m_database;
    std::unique_ptr<Database> m_db;
    qint64 m_jordan = 0;
    qint64 m_mia = 0;

    CliRunner::Output run(const QStringList &arguments) const { return m_cli->run(m_database, arguments); }

    // Logs through the command and returns the printed id; fails the test when that does not work.
    qint64 log(const QStringList &arguments) const {
        const auto output = run(QStringList{QStringLiteral("incidents"), QStringLiteral("log")} + arguments);
        if (output.exitCode != 0 || !output.err.isEmpty() ||
            !QRegularExpression(QStringLiteral("^[1-9][0-9]*\\n$")).match(output.out).hasMatch()) {
            QTest::qFail(qPrintable(output.err + output.out), __FILE__, __LINE__);
            return 0;
        }
        return output.out.trimmed().toLongLong();
    }

    // A plain incident for `client`, `daysAgo` days ago at 10:00 UTC.
    qint64 logFor(qint64 client, const QString &boundary, int daysAgo, const QStringList &more = {}) const {
        const QDateTime at(Clock::todayLocal().addDays(-daysAgo), QTime(10, 0), Qt::UTC);
        QStringList arguments{QStringLiteral("--client"),   QString::number(client),
                              QStringLiteral("--boundary"), boundary,
                              QStringLiteral("--at"),       at.toString(Qt::ISODate)};
        // A description in `more` replaces the default one: an option given twice is refused.
        if (!more.join(QLatin1Char(' ')).contains(QStringLiteral("--description")))
            arguments << QStringLiteral("--description") << QStringLiteral("Something happened.");
        return log(arguments + more);
    }

    QJsonArray jsonArray(const QStringList &arguments) const {
        return test::jsonOutput(run(arguments + QStringList{QStringLiteral("--format=json")})).array();
    }

    QJsonArray listJson(const QStringList &arguments = {}) const {
        return jsonArray(QStringList{QStringLiteral("incidents"), QStringLiteral("list")} + arguments);
    }

    static QList<qint64> ids(const QJsonArray &records, const QString &key = QStringLiteral("id")) {
        QList<qint64> result;
        for (const QJsonValue &record : records)
            result.append(record.toObject().value(key).toInteger());
        return result;
    }

    qint64 incidentCount() const { return IncidentListQuery(*m_db).count(IncidentFilter{}).value(); }

    // Goals set on an incident through the core, each due the given number of days from today.
    void setGoals(qint64 incident, const QList<int> &dueInDays) const {
        QList<FollowUp> goals;
        for (int days : dueInDays) {
            FollowUp goal;
            goal.goal = QStringLiteral("Goal due in %1 days").arg(days);
            goal.due = Clock::todayLocal().addDays(days);
            goals.append(goal);
        }
        const Result<qint64> recorded = IncidentService(*m_db).recordGoals(
            incident, Clock::nowUtc(), QStringLiteral("Goals agreed."), goals);
        QVERIFY2(recorded.ok(), recorded.ok() ? "" : qPrintable(recorded.error().message));
    }

    // The record of an incident in the list JSON and what the core holds about it.
    static void compareWithCore(const QJsonObject &record, const Incident &incident) {
        QCOMPARE(record.value(QStringLiteral("id")).toInteger(), incident.id);
        QCOMPARE(record.value(QStringLiteral("client_id")).toInteger(), incident.clientId);
        QCOMPARE(record.value(QStringLiteral("boundary")).toString(), incident.boundaryKey);
        QCOMPARE(record.value(QStringLiteral("channel")).toString(), ContactChannels::key(incident.channel));
        QCOMPARE(
            QDateTime::fromString(record.value(QStringLiteral("occurred_at")).toString(), Qt::ISODateWithMs),
            incident.occurredAt);
        QVERIFY(record.value(QStringLiteral("occurred_at")).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(record.value(QStringLiteral("outside_hours")).toBool(), incident.outsideHours);
        QCOMPARE(record.value(QStringLiteral("outside_channel")).toBool(), incident.outsideChannel);
        QCOMPARE(record.value(QStringLiteral("severity")).toString(), Severities::key(incident.severity));
        QCOMPARE(record.value(QStringLiteral("by")).toString(), CrossedBys::key(incident.crossedBy));
        QCOMPARE(record.value(QStringLiteral("step")).toString(), incident.currentStep);
        QCOMPARE(record.value(QStringLiteral("step")).isNull(), incident.currentStep.isEmpty());
        QCOMPARE(record.value(QStringLiteral("next_due")).toString(), incident.nextDue.toString(Qt::ISODate));
        QCOMPARE(record.value(QStringLiteral("next_action")).toString(), incident.nextAction);
        QCOMPARE(record.value(QStringLiteral("status")).toString(), IncidentStatuses::key(incident.status));
        QCOMPARE(record.value(QStringLiteral("description")).toString(), incident.description);
    }

    // The events of an .ics file as "UID|DTSTART|SUMMARY", read by python3-icalendar.
    static QStringList parsedEvents(const QString &path) {
        const QString python = test::pythonWith(QStringLiteral("icalendar"));
        if (python.isEmpty()) {
            QTest::qFail(
                "python3-icalendar is needed to check the file (packaging/bootstrap.sh test installs it).",
                __FILE__, __LINE__);
            return {};
        }
        const QString script =
            QStringLiteral("import sys, icalendar\n"
                           "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                           "for e in cal.walk('VEVENT'):\n"
                           "    print(str(e['UID']) + '|' + e['DTSTART'].dt.isoformat() + '|' + "
                           "str(e['SUMMARY']))\n");
        QProcess parser;
        parser.start(python, {QStringLiteral("-c"), script, path});
        if (!parser.waitForFinished(30000) || parser.exitCode() != 0) {
            QTest::qFail(parser.readAllStandardError().constData(), __FILE__, __LINE__);
            return {};
        }
        return QString::fromUtf8(parser.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
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
        // London, Monday to Friday 9:00–18:00; phone allowed, social media not.
        PracticeProfile profile = PracticeProfile::defaults();
        profile.timeZoneId = QByteArrayLiteral("Europe/London");
        for (int day = Qt::Monday; day <= Qt::Friday; ++day)
            profile.setDay(Qt::DayOfWeek(day), WorkingDay{true, QTime(9, 0), QTime(18, 0)});
        profile.setChannelTerms({ContactChannel::Phone, true, QString(), 24});
        profile.setChannelTerms({ContactChannel::SocialMedia, false, QString(), 0});
        QVERIFY(PracticeService(*m_db).save(profile).ok());
        QVERIFY(PolicyService(*m_db).publish().ok());
        for (auto [name, id] : {std::pair{QStringLiteral("Jordan Reyes"), &m_jordan},
                                std::pair{QStringLiteral("Mia Chen"), &m_mia}}) {
            Client client;
            client.fullName = name;
            const Result<qint64> added = ClientService(*m_db).add(client);
            QVERIFY(added.ok());
            *id = added.value();
        }
    }

    void cleanup() { m_db.reset(); }

    void logStoresTheIncidentWithItsFlags() {
        // 2026-03-02 is a Monday; 21:30 in London in March is 21:30 UTC.
        const qint64 id =
            log({QStringLiteral("--client"), QString::number(m_jordan), QStringLiteral("--boundary"),
                 QStringLiteral("after_hours_contact"), QStringLiteral("--description"),
                 QStringLiteral("Called at 21:30 about next week."), QStringLiteral("--channel"),
                 QStringLiteral("phone"), QStringLiteral("--at"), QStringLiteral("2026-03-02T21:30"),
                 QStringLiteral("--severity"), QStringLiteral("major"), QStringLiteral("--by"),
                 QStringLiteral("client")});
        QVERIFY(id > 0);
        const Incident incident = IncidentRepository(*m_db).get(id).value();
        QCOMPARE(incident.clientId, m_jordan);
        QCOMPARE(incident.occurredAt, QDateTime(QDate(2026, 3, 2), QTime(21, 30), Qt::UTC));
        QCOMPARE(incident.channel, ContactChannel::Phone);
        QCOMPARE(incident.severity, Severity::Major);
        QCOMPARE(incident.crossedBy, CrossedBy::Client);
        QCOMPARE(incident.policyVersion, 1);
        QVERIFY(incident.outsideHours);
        QVERIFY(!incident.outsideChannel);
        QCOMPARE(incident.status, IncidentStatus::Open);
        QVERIFY(incident.nextDue.isValid());
        QVERIFY(!incident.nextAction.isEmpty());

        const qint64 defaults = log({QStringLiteral("--client=") + QString::number(m_mia),
                                     QStringLiteral("--boundary=golden_rule"),
                                     QStringLiteral("--description=Shouted in the corridor.")});
        QVERIFY(defaults > id);
        const Incident plain = IncidentRepository(*m_db).get(defaults).value();
        QCOMPARE(plain.channel, ContactChannel::InPerson);
        QCOMPARE(plain.severity, Severity::Minor);
        QCOMPARE(plain.crossedBy, CrossedBy::Client);
        QVERIFY(qAbs(plain.occurredAt.secsTo(Clock::nowUtc())) < 120);
    }

    void atIsAnInstantOrTheTimeInThePracticeZone_data() {
        QTest::addColumn<QString>("at");
        QTest::addColumn<QDateTime>("utc");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<bool>("outsideHours");
        QTest::addColumn<bool>("outsideChannel");
        const auto utc = [](int month, int day, int hour, int minute) {
            return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
        };
        const QString phone = QStringLiteral("phone");
        QTest::addRow("a summer time without offset is London's (BST)")
            << QStringLiteral("2026-07-06T10:00") << utc(7, 6, 9, 0) << phone << false << false;
        QTest::addRow("Z is UTC: 17:30Z is 18:30 in London, after hours")
            << QStringLiteral("2026-07-06T17:30:00Z") << utc(7, 6, 17, 30) << phone << true << false;
        QTest::addRow("an offset is honoured: 08:30+02:00 is 07:30 in London, before hours")
            << QStringLiteral("2026-07-06T08:30+02:00") << utc(7, 6, 6, 30) << phone << true << false;
        QTest::addRow("a Sunday is outside hours")
            << QStringLiteral("2026-07-05T11:00") << utc(7, 5, 10, 0) << phone << true << false;
        QTest::addRow("the Friday before the clocks go back is BST: 09:30 is 08:30 UTC")
            << QStringLiteral("2026-10-23T09:30") << utc(10, 23, 8, 30) << phone << false << false;
        QTest::addRow("the Monday after is GMT again: 09:30 is 09:30 UTC")
            << QStringLiteral("2026-10-26T09:30") << utc(10, 26, 9, 30) << phone << false << false;
        QTest::addRow("a channel the practice does not use")
            << QStringLiteral("2026-07-07T11:00") << utc(7, 7, 10, 0) << QStringLiteral("social_media")
            << false << true;
        QTest::addRow("the first 01:30 of the night the clocks go back, by its offset (BST)")
            << QStringLiteral("2026-10-25T01:30+01:00") << utc(10, 25, 0, 30) << phone << true << false;
        QTest::addRow("the second 01:30 of that night, by its offset (GMT)")
            << QStringLiteral("2026-10-25T01:30+00:00") << utc(10, 25, 1, 30) << phone << true << false;
        QTest::addRow("seconds and milliseconds are kept")
            << QStringLiteral("2026-01-05T10:15:30.250Z")
            << QDateTime(QDate(2026, 1, 5), QTime(10, 15, 30, 250), Qt::UTC) << phone << false << false;
    }

    void atIsAnInstantOrTheTimeInThePracticeZone() {
        QFETCH(QString, at);
        QFETCH(QDateTime, utc);
        QFETCH(QString, channel);
        QFETCH(bool, outsideHours);
        QFETCH(bool, outsideChannel);
        const qint64 id = log({QStringLiteral("--client"), QString::number(m_jordan),
                               QStringLiteral("--boundary"), QStringLiteral("agreed_channels"),
                               QStringLiteral("--description"), QStringLiteral("A message."),
                               QStringLiteral("--channel"), channel, QStringLiteral("--at"), at});
        QVERIFY(id > 0);
        const QJsonObject record = listJson().first().toObject();
        QCOMPARE(record.value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(
            QDateTime::fromString(record.value(QStringLiteral("occurred_at")).toString(), Qt::ISODateWithMs),
            utc);
        QCOMPARE(record.value(QStringLiteral("outside_hours")).toBool(), outsideHours);
        QCOMPARE(record.value(QStringLiteral("outside_channel")).toBool(), outsideChannel);
        compareWithCore(record, IncidentRepository(*m_db).get(id).value());
    }

    void logRefusesAndStoresNothing_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString client = QStringLiteral("--client=1");
        const QString boundary = QStringLiteral("--boundary=after_hours_contact");
        const QString description = QStringLiteral("--description=Called late.");
        QTest::addRow("no client") << QStringList{boundary, description} << 2
                                   << QStringLiteral("--client is required");
        QTest::addRow("no boundary") << QStringList{client, description} << 2
                                     << QStringLiteral("--boundary is required");
        QTest::addRow("no description")
            << QStringList{client, boundary} << 2 << QStringLiteral("--description is required");
        QTest::addRow("a client that is not a number")
            << QStringList{QStringLiteral("--client=Jordan"), boundary, description} << 2
            << QStringLiteral("“Jordan” is not a client id");
        QTest::addRow("an unknown channel lists the channels")
            << QStringList{client, boundary, description, QStringLiteral("--channel=fax")} << 2
            << QStringLiteral(
                   "“fax” is not a contact channel. Use one of: in_person, phone, text_message, email, "
                   "video_call, messaging_app, social_media, other.");
        QTest::addRow("an unknown severity lists the severities")
            << QStringList{client, boundary, description, QStringLiteral("--severity=huge")} << 2
            << QStringLiteral("“huge” is not a severity. Use one of: minor, major.");
        QTest::addRow("an unknown side lists both")
            << QStringList{client, boundary, description, QStringLiteral("--by=neighbour")} << 2
            << QStringLiteral(
                   "“neighbour” is not who crossed the boundary. Use one of: client, practitioner.");
        QTest::addRow("a time that is not ISO 8601")
            << QStringList{client, boundary, description, QStringLiteral("--at=yesterday evening")} << 2
            << QStringLiteral("is not a date and time. Write it in ISO 8601");
        QTest::addRow("a date without a time")
            << QStringList{client, boundary, description, QStringLiteral("--at=2026-03-02")} << 2
            << QStringLiteral("“2026-03-02” is not a date and time");
        QTest::addRow("a time the clocks skip in London")
            << QStringList{client, boundary, description, QStringLiteral("--at=2026-03-29T01:30")} << 2
            << QStringLiteral("2026-03-29T01:30 does not exist in Europe/London");
        QTest::addRow("a time that happens twice in London is not guessed")
            << QStringList{client, boundary, description, QStringLiteral("--at=2026-10-25T01:30")} << 2
            << QStringLiteral(
                   "2026-10-25T01:30 happens twice in Europe/London: the clocks went back then. Add "
                   "the offset to say which: 2026-10-25T01:30+01:00 (the first time) or "
                   "2026-10-25T01:30+00:00 (the second), or give the time in UTC with Z.");
        QTest::addRow("a time in year 1")
            << QStringList{client, boundary, description, QStringLiteral("--at=0001-01-01T10:00Z")} << 2
            << QStringLiteral("“0001-01-01T10:00Z” is outside the supported dates. Dates from 1900-01-01");
        QTest::addRow("an unknown client")
            << QStringList{QStringLiteral("--client=99"), boundary, description} << 1
            << QStringLiteral("There is no client with id 99.");
        QTest::addRow("a boundary the policy does not have")
            << QStringList{client, QStringLiteral("--boundary=parking"), description} << 1
            << QStringLiteral("The boundary \"parking\" is not part of the current policy (version 1).");
        QTest::addRow("a blank description")
            << QStringList{client, boundary, QStringLiteral("--description=   ")} << 1
            << QStringLiteral("Describe what happened, in a few factual words.");
        QTest::addRow("a time in the future")
            << QStringList{client, boundary, description,
                           QStringLiteral("--at=") + Clock::nowUtc().addDays(2).toString(Qt::ISODate)}
            << 1 << QStringLiteral("An incident cannot be logged for a time in the future.");
    }

    void logRefusesAndStoresNothing() {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QCOMPARE(m_jordan, 1);
        const QString problem = test::refusalProblem(
            run(QStringList{QStringLiteral("incidents"), QStringLiteral("log")} + arguments), exitCode,
            message);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(incidentCount(), 0);
    }

    void listJsonMatchesTheCoreNewestFirst() {
        const qint64 older = logFor(m_jordan, QStringLiteral("after_hours_contact"), 9);
        const qint64 newer =
            logFor(m_mia, QStringLiteral("golden_rule"), 2, {QStringLiteral("--by=practitioner")});
        const qint64 middle =
            logFor(m_jordan, QStringLiteral("agreed_channels"), 5,
                   {QStringLiteral("--channel=social_media"), QStringLiteral("--severity=major")});
        const QJsonArray list = listJson();
        QCOMPARE(ids(list), (QList<qint64>{newer, middle, older}));
        const QStringList required = {QStringLiteral("id"),
                                      QStringLiteral("client_id"),
                                      QStringLiteral("boundary"),
                                      QStringLiteral("channel"),
                                      QStringLiteral("occurred_at"),
                                      QStringLiteral("outside_hours"),
                                      QStringLiteral("outside_channel"),
                                      QStringLiteral("severity"),
                                      QStringLiteral("by"),
                                      QStringLiteral("step"),
                                      QStringLiteral("next_due"),
                                      QStringLiteral("status")};
        for (const QJsonValue &value : list) {
            const QJsonObject record = value.toObject();
            for (const QString &key : required)
                QVERIFY2(record.contains(key), qPrintable(key));
            compareWithCore(
                record,
                IncidentRepository(*m_db).get(record.value(QStringLiteral("id")).toInteger()).value());
        }
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("client_name")).toString(),
                 QStringLiteral("Mia Chen"));
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("outside_channel")).toBool(), true);
    }

    void listFiltersNarrowTheList() {
        const qint64 jordanOld = logFor(m_jordan, QStringLiteral("after_hours_contact"), 40);
        const qint64 jordanNew = logFor(m_jordan, QStringLiteral("golden_rule"), 3);
        const qint64 mia =
            logFor(m_mia, QStringLiteral("after_hours_contact"), 6, {QStringLiteral("--by=practitioner")});
        const qint64 closed = logFor(m_mia, QStringLiteral("golden_rule"), 20);
        QVERIFY(IncidentService(*m_db).close(closed, QStringLiteral("Resolved in one conversation.")).ok());
        setGoals(jordanOld, {-3}); // a goal follow-up three days overdue
        const QString from = Clock::todayLocal().addDays(-10).toString(Qt::ISODate);

        const QList<std::pair<QStringList, QList<qint64>>> cases = {
            {{}, {jordanNew, mia, closed, jordanOld}},
            {{QStringLiteral("--client"), QString::number(m_jordan)}, {jordanNew, jordanOld}},
            {{QStringLiteral("--status=closed")}, {closed}},
            {{QStringLiteral("--status=open"), QStringLiteral("--client"), QString::number(m_mia)}, {mia}},
            {{QStringLiteral("--overdue")}, {jordanOld}},
            {{QStringLiteral("--boundary=golden_rule")}, {jordanNew, closed}},
            {{QStringLiteral("--by=practitioner")}, {mia}},
            {{QStringLiteral("--from"), from}, {jordanNew, mia}},
            {{QStringLiteral("--to"), from}, {closed, jordanOld}},
        };
        for (const auto &[arguments, expected] : cases) {
            QCOMPARE(ids(listJson(arguments)), expected);
            const auto csv = run(QStringList{QStringLiteral("incidents"), QStringLiteral("list"),
                                             QStringLiteral("--format=csv")} +
                                 arguments);
            QCOMPARE(test::parseCsv(csv.out).size(), expected.size() + 1);
        }
    }

    void listTableHasAColumnPerField() {
        logFor(m_jordan, QStringLiteral("agreed_channels"), 1, {QStringLiteral("--channel=social_media")});
        const auto table = run({QStringLiteral("incidents"), QStringLiteral("list")});
        QCOMPARE(table.exitCode, 0);
        QCOMPARE(table.err, QString());
        const QStringList lines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        for (const char *title : {"ID", "Occurred", "Client", "Boundary", "Channel", "Severity", "Flags",
                                  "Step", "Next due", "Status"})
            QVERIFY2(lines.first().contains(QLatin1String(title)), title);
        for (const char *cell :
             {"Jordan Reyes", "agreed_channels", "Social media", "Outside channels", "Open"})
            QVERIFY2(lines.at(1).contains(QLatin1String(cell)), cell);
        const auto empty =
            run({QStringLiteral("incidents"), QStringLiteral("list"), QStringLiteral("--status=closed")});
        QCOMPARE(empty.out.count(QLatin1Char('\n')), 1);
    }

    void listRefusesBadFilters_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addRow("an unknown status")
            << QStringList{QStringLiteral("--status=pending")} << 2
            << QStringLiteral("“pending” is not an incident status. Use one of: "
                              "open, closed.");
        QTest::addRow("an unknown format") << QStringList{QStringLiteral("--format=text")} << 2
                                           << QStringLiteral("“text” is not a format here");
        QTest::addRow("a date in another format") << QStringList{QStringLiteral("--from=02/03/2026")} << 2
                                                  << QStringLiteral("write it as YYYY-MM-DD");
        QTest::addRow("an unknown client") << QStringList{QStringLiteral("--client=77")} << 1
                                           << QStringLiteral("There is no client with id 77.");
        QTest::addRow("a day in year 1 (listed nothing before)")
            << QStringList{QStringLiteral("--from=0001-01-01")} << 2
            << QStringLiteral("--from “0001-01-01” is outside the supported dates. Dates from 1900-01-01 to "
                              "9998-12-31 are supported.");
        QTest::addRow("a day after the supported ones")
            << QStringList{QStringLiteral("--to=9999-12-31")} << 2
            << QStringLiteral("--to “9999-12-31” is outside the supported dates");
        QTest::addRow("a period that starts after it ends (listed nothing before)")
            << QStringList{QStringLiteral("--from=2026-03-02"), QStringLiteral("--to=2026-03-01")} << 2
            << QStringLiteral(
                   "The period starts after it ends: --from (2026-03-02) must be on or before --to "
                   "(2026-03-01).");
        QTest::addRow("a negative client id")
            << QStringList{QStringLiteral("--client=-1")} << 2 << QStringLiteral("“-1” is not a client id");
    }

    void listRefusesBadFilters() {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString problem = test::refusalProblem(
            run(QStringList{QStringLiteral("incidents"), QStringLiteral("list")} + arguments), exitCode,
            message);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void showHasTheLadderStepsCorrectionsAndGoals() {
        const qint64 id =
            logFor(m_jordan, QStringLiteral("after_hours_contact"), 8,
                   {QStringLiteral("--channel=phone"), QStringLiteral("--description=Called at 21:30.")});
        const IncidentService service(*m_db);
        const QDateTime talked = Clock::nowUtc().addDays(-7);
        const Result<qint64> conversation =
            service.recordConversation(id, talked, QStringLiteral("Talked it through before the session."));
        QVERIFY(conversation.ok());
        const Result<qint64> correction = service.correctStep(
            conversation.value(), talked, QStringLiteral("Talked it through after the session."), {});
        QVERIFY(correction.ok());
        setGoals(id, {-2, 10});
        const QList<FollowUp> goals = IncidentRepository(*m_db).followUps(id).value();
        QCOMPARE(goals.size(), 2);
        const Result<qint64> outcome = service.recordFollowUpOutcome(goals.first().id, FollowUpResult::NotMet,
                                                                     QStringLiteral("Called twice."));
        QVERIFY(outcome.ok());
        QVERIFY(service
                    .correctFollowUpOutcome(outcome.value(), FollowUpResult::PartlyMet,
                                            QStringLiteral("One of the calls was an emergency."))
                    .ok());

        const QJsonObject record =
            test::jsonOutput(run({QStringLiteral("incidents"), QStringLiteral("show"), QString::number(id),
                                  QStringLiteral("--format=json")}))
                .object();
        const Incident incident = IncidentRepository(*m_db).get(id).value();
        compareWithCore(record, incident);
        const LadderPosition position = service.position(id).value();
        QCOMPARE(record.value(QStringLiteral("step")).toString(), QStringLiteral("goals_follow_up"));
        QCOMPARE(record.value(QStringLiteral("next_step")).toString(), position.nextStep);
        QCOMPARE(record.value(QStringLiteral("next_action")).toString(), position.nextAction);
        QCOMPARE(record.value(QStringLiteral("next_due")).toString(), position.nextDue.toString(Qt::ISODate));
        QCOMPARE(record.value(QStringLiteral("boundary_title")).toString(),
                 PolicyService(*m_db).version(1).value().document.boundary(incident.boundaryKey)->title);

        const QJsonArray steps = record.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 3);
        const QJsonObject original = steps.at(0).toObject();
        const QJsonObject corrected = steps.at(1).toObject();
        QCOMPARE(original.value(QStringLiteral("id")).toInteger(), conversation.value());
        QCOMPARE(original.value(QStringLiteral("corrected")).toBool(), true);
        QVERIFY(original.value(QStringLiteral("corrects_id")).isNull());
        QCOMPARE(corrected.value(QStringLiteral("corrects_id")).toInteger(), conversation.value());
        QCOMPARE(corrected.value(QStringLiteral("corrected")).toBool(), false);
        QCOMPARE(corrected.value(QStringLiteral("note")).toString(),
                 QStringLiteral("Talked it through after the session."));
        QCOMPARE(steps.at(2).toObject().value(QStringLiteral("step")).toString(),
                 QStringLiteral("goals_follow_up"));

        const QJsonArray goalRecords = record.value(QStringLiteral("goals")).toArray();
        QCOMPARE(goalRecords.size(), 2);
        const QJsonObject first = goalRecords.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("due")).toString(), goals.first().due.toString(Qt::ISODate));
        QCOMPARE(first.value(QStringLiteral("result")).toString(), QStringLiteral("partly_met"));
        const QJsonArray outcomes = first.value(QStringLiteral("outcomes")).toArray();
        QCOMPARE(outcomes.size(), 2);
        QCOMPARE(outcomes.at(0).toObject().value(QStringLiteral("result")).toString(),
                 QStringLiteral("not_met"));
        QCOMPARE(outcomes.at(0).toObject().value(QStringLiteral("corrected")).toBool(), true);
        QCOMPARE(outcomes.at(1).toObject().value(QStringLiteral("corrects_id")).toInteger(), outcome.value());
        QVERIFY(goalRecords.at(1).toObject().value(QStringLiteral("result")).isNull());

        const auto text = run({QStringLiteral("incidents"), QStringLiteral("show"), QString::number(id)});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.err, QString());
        for (const QString &expected : QStringList{
                 QStringLiteral("Client:       Jordan Reyes (client %1)").arg(m_jordan),
                 QStringLiteral("[after_hours_contact]"), QStringLiteral("Phone"),
                 QStringLiteral("step 3 of 7"), QStringLiteral("Next action:  ") + position.nextAction,
                 QStringLiteral("Due:          ") + position.nextDue.toString(Qt::ISODate),
                 QStringLiteral("Recorded steps (3)"),
                 QStringLiteral("(corrected later; no longer in force)"),
                 QStringLiteral("(correction of #%1)").arg(conversation.value()),
                 QStringLiteral("Talked it through after the session."), QStringLiteral("Goals (2)"),
                 QStringLiteral("Not met: Called twice."), QStringLiteral("Partly met: One of the calls"),
                 QStringLiteral("No outcome recorded yet.")})
            QVERIFY2(text.out.contains(expected),
                     qPrintable(expected + QStringLiteral("\n---\n") + text.out));
    }

    void showOfAClosedIncidentHasItsOutcome() {
        const qint64 id = logFor(m_mia, QStringLiteral("golden_rule"), 4);
        QVERIFY(IncidentService(*m_db).close(id, QStringLiteral("Apologised; no repeat.")).ok());
        const QJsonObject record =
            test::jsonOutput(run({QStringLiteral("incidents"), QStringLiteral("show"), QString::number(id),
                                  QStringLiteral("--format"), QStringLiteral("json")}))
                .object();
        QCOMPARE(record.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
        QCOMPARE(record.value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("Apologised; no repeat."));
        QVERIFY(record.value(QStringLiteral("next_due")).isNull());
        QVERIFY(record.value(QStringLiteral("next_step")).isNull());
        QVERIFY(record.value(QStringLiteral("closed_at")).toString().endsWith(QLatin1Char('Z')));
        const auto text = run({QStringLiteral("incidents"), QStringLiteral("show"), QString::number(id)});
        QVERIFY2(text.out.contains(QStringLiteral("Outcome:      Apologised; no repeat.")),
                 qPrintable(text.out));
        QVERIFY(!text.out.contains(QStringLiteral("Next action:")));
    }

    void showRefuses_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addRow("an unknown incident")
            << QStringList{QStringLiteral("999")} << 1 << QStringLiteral("Incident 999 does not exist.");
        QTest::addRow("an id that is not a number")
            << QStringList{QStringLiteral("last")} << 2 << QStringLiteral("“last” is not an incident id");
        QTest::addRow("a list format")
            << QStringList{QStringLiteral("1"), QStringLiteral("--format=csv")} << 2
            << QStringLiteral("“csv” is not a format here. Use one of: text|json.");
        QTest::addRow("no id") << QStringList{} << 2 << QStringLiteral("Missing ID.");
    }

    void showRefuses() {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        logFor(m_jordan, QStringLiteral("golden_rule"), 1);
        const QString problem = test::refusalProblem(
            run(QStringList{QStringLiteral("incidents"), QStringLiteral("show")} + arguments), exitCode,
            message);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void followUpsAreOverdueTodayAndUpcoming() {
        const qint64 first = logFor(m_jordan, QStringLiteral("after_hours_contact"), 10);
        const qint64 second = logFor(m_mia, QStringLiteral("golden_rule"), 10);
        const qint64 third = logFor(m_mia, QStringLiteral("agreed_channels"), 10);
        const qint64 later = logFor(m_jordan, QStringLiteral("golden_rule"), 10);
        setGoals(first, {-4});
        setGoals(second, {0});
        setGoals(third, {5});
        setGoals(later, {30});

        const QJsonArray list = jsonArray({QStringLiteral("followups"), QStringLiteral("list")});
        QCOMPARE(ids(list, QStringLiteral("incident_id")), (QList<qint64>{first, second, third}));
        QStringList when;
        for (const QJsonValue &value : list)
            when.append(value.toObject().value(QStringLiteral("when")).toString());
        QCOMPARE(when, (QStringList{QStringLiteral("overdue"), QStringLiteral("today"),
                                    QStringLiteral("upcoming")}));
        const QJsonObject overdue = list.first().toObject();
        QCOMPARE(overdue.value(QStringLiteral("due")).toString(),
                 Clock::todayLocal().addDays(-4).toString(Qt::ISODate));
        QCOMPARE(overdue.value(QStringLiteral("client_name")).toString(), QStringLiteral("Jordan Reyes"));
        QCOMPARE(overdue.value(QStringLiteral("next_action")).toString(),
                 IncidentRepository(*m_db).get(first).value().nextAction);

        QCOMPARE(
            ids(jsonArray({QStringLiteral("followups"), QStringLiteral("list"), QStringLiteral("--days=30")}),
                QStringLiteral("incident_id")),
            (QList<qint64>{first, second, third, later}));
        const auto table = run({QStringLiteral("followups"), QStringLiteral("list")});
        QCOMPARE(table.exitCode, 0);
        const QStringList lines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(1).startsWith(QStringLiteral("Overdue")));
        QVERIFY(lines.at(2).startsWith(QStringLiteral("Today")));
        QVERIFY(lines.at(3).startsWith(QStringLiteral("Upcoming")));
        const QString problem = test::refusalProblem(
            run({QStringLiteral("followups"), QStringLiteral("list"), QStringLiteral("--days=soon")}), 2,
            QStringLiteral("“soon” is not a number of days"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void timesAndTodayAreThePracticesNotTheComputers() {
        // The computer in UTC, the practice in a zone whose date differs from UTC's now: Pago Pago (UTC-11)
        // before 10:30 UTC, Kiritimati (UTC+14) after; the margin keeps the date from turning meanwhile.
        m_cli->setEnvironmentVariable(QStringLiteral("TZ"), QStringLiteral("UTC"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const bool west = now.time() < QTime(10, 30);
        const QTimeZone zone(west ? "Pacific/Pago_Pago" : "Pacific/Kiritimati");
        const QString label = west ? QStringLiteral("Pago Pago") : QStringLiteral("Kiritimati");
        const QDate practiceToday = now.toTimeZone(zone).date();
        QVERIFY(practiceToday != now.date());
        PracticeProfile profile = PracticeService(*m_db).load().value();
        profile.timeZoneId = zone.id();
        QVERIFY(PracticeService(*m_db).save(profile).ok());

        const QDateTime occurred(QDate(2026, 3, 1), QTime(21, 30), Qt::UTC);
        const qint64 id =
            log({QStringLiteral("--client"), QString::number(m_jordan), QStringLiteral("--boundary"),
                 QStringLiteral("after_hours_contact"), QStringLiteral("--description=Called."),
                 QStringLiteral("--at"), occurred.toString(Qt::ISODate)});
        const QString wallClock = occurred.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));

        // The list names the zone in its header and shows the practice's wall clock.
        const auto table = run({QStringLiteral("incidents"), QStringLiteral("list")});
        QCOMPARE(table.exitCode, 0);
        const QStringList lines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.first().contains(QStringLiteral("Occurred (%1)").arg(label)),
                 qPrintable(lines.first()));
        QVERIFY2(lines.at(1).contains(wallClock), qPrintable(lines.at(1)));

        // A time on its own line says which zone it is in.
        const auto show = run({QStringLiteral("incidents"), QStringLiteral("show"), QString::number(id)});
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(show.out.contains(QStringLiteral("Occurred:")) &&
                     show.out.contains(QStringLiteral("%1 (%2 time)").arg(wallClock, label)),
                 qPrintable(show.out));
        const auto client =
            run({QStringLiteral("clients"), QStringLiteral("show"), QString::number(m_jordan)});
        QCOMPARE(client.exitCode, 0);
        const QDateTime added = ClientRepository(*m_db).get(m_jordan).value().createdAt;
        QVERIFY2(client.out.contains(
                     QStringLiteral("%1 (%2 time)")
                         .arg(added.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")), label)),
                 qPrintable(client.out));

        // A goal due on the practice's today is due today, not yesterday or tomorrow as on the computer.
        FollowUp goal;
        goal.goal = QStringLiteral("Email only");
        goal.due = practiceToday;
        QVERIFY(IncidentService(*m_db).recordGoals(id, Clock::nowUtc(), QString(), {goal}).ok());
        const QJsonArray due = jsonArray({QStringLiteral("followups"), QStringLiteral("list")});
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().toObject().value(QStringLiteral("when")).toString(), QStringLiteral("today"));
        const auto shown = run({QStringLiteral("incidents"), QStringLiteral("show"), QString::number(id)});
        QVERIFY2(shown.out.contains(QStringLiteral("%1 (today)").arg(practiceToday.toString(Qt::ISODate))),
                 qPrintable(shown.out));
        // So does each recorded step's line, as the incident's own lines above it do.
        const QStringList steps = shown.out.split(QLatin1Char('\n'))
                                      .filter(QRegularExpression(QStringLiteral("^ +#\\d+  .*\\[goals")));
        QVERIFY2(steps.size() == 1, qPrintable(shown.out));
        QVERIFY2(steps.first().contains(QStringLiteral(" (%1 time)  ").arg(label)),
                 qPrintable(steps.first()));
    }

    void exportIcsWritesEveryFollowUpAsAnEvent() {
        const qint64 first = logFor(m_jordan, QStringLiteral("after_hours_contact"), 10);
        const qint64 later = logFor(m_mia, QStringLiteral("golden_rule"), 10);
        setGoals(first, {-1});
        setGoals(later, {45});
        const QString file = m_dir->filePath(QStringLiteral("followups.ics"));
        const QStringList arguments = {QStringLiteral("followups"), QStringLiteral("export-ics"),
                                       QStringLiteral("--out"), file};
        const auto output = run(arguments);
        QCOMPARE(output.exitCode, 0);
        QCOMPARE(output.err, QString());
        QVERIFY2(output.out.startsWith(QStringLiteral("Wrote 2 follow-ups to ")), qPrintable(output.out));
        QCOMPARE(test::fileMode(file), 0600);
        const QStringList events = parsedEvents(file);
        QCOMPARE(events.size(), 2);
        const QDate firstDue = Clock::todayLocal().addDays(-1);
        QVERIFY2(events.at(0).startsWith(
                     QStringLiteral("incident-%1-%2@boundary-keeper|%3|Follow up on the goal")
                         .arg(first)
                         .arg(firstDue.toString(QStringLiteral("yyyyMMdd")), firstDue.toString(Qt::ISODate))),
                 qPrintable(events.at(0)));
        QVERIFY2(events.at(0).endsWith(QStringLiteral("Jordan Reyes")), qPrintable(events.at(0)));
        QVERIFY2(events.at(1).contains(Clock::todayLocal().addDays(45).toString(Qt::ISODate)),
                 qPrintable(events.at(1)));

        // An existing file is kept unless --force replaces it; --days narrows the upcoming ones.
        const QString problem = test::refusalProblem(run(arguments), 1, QStringLiteral("already exists"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const auto replaced =
            run(arguments + QStringList{QStringLiteral("--force"), QStringLiteral("--days=14")});
        QCOMPARE(replaced.exitCode, 0);
        QVERIFY2(replaced.out.startsWith(QStringLiteral("Wrote 1 follow-up to ")), qPrintable(replaced.out));
        QCOMPARE(parsedEvents(file).size(), 1);
        QCOMPARE(test::fileMode(file), 0600);
    }

    void exportIcsRefuses_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addRow("no --out") << QStringList{} << 2 << QStringLiteral("--out is required");
        QTest::addRow("a folder that does not exist")
            << QStringList{QStringLiteral("--out=/nonexistent-folder/f.ics")} << 1
            << QStringLiteral("The folder /nonexistent-folder does not exist.");
        QTest::addRow("a place no file can be written")
            << QStringList{QStringLiteral("--out=/proc/f.ics")} << 1
            << QStringLiteral("/proc/f.ics could not be saved");
        QTest::addRow("zero days") << QStringList{QStringLiteral("--out=x.ics"), QStringLiteral("--days=0")}
                                   << 2 << QStringLiteral("“0” is not a number of days");
    }

    void exportIcsRefuses() {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString problem = test::refusalProblem(
            run(QStringList{QStringLiteral("followups"), QStringLiteral("export-ics")} + arguments), exitCode,
            message);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // A full disk, imitated by a file size limit on the program: the write fails, the command says so and
    // exits 1, and neither an empty file nor a temporary one is left (the empty file used to block the next
    // export); a file exported before stays as it was.
    void exportIcsOnAFullDiskWritesNothing() {
        const qint64 first = logFor(m_jordan, QStringLiteral("after_hours_contact"), 10);
        const qint64 second = logFor(m_mia, QStringLiteral("golden_rule"), 10);
        setGoals(first, {-1});
        setGoals(second, {5});
        const QString previous = m_dir->filePath(QStringLiteral("previous.ics"));
        const QStringList exportTo = {QStringLiteral("followups"), QStringLiteral("export-ics"),
                                      QStringLiteral("--out")};
        QCOMPARE(run(exportTo + QStringList{previous}).exitCode, 0);
        QFile previousFile(previous);
        QVERIFY(previousFile.open(QIODevice::ReadOnly));
        const QByteArray exported = previousFile.readAll();
        previousFile.close();
        QVERIFY(exported.contains("BEGIN:VEVENT"));
        const QStringList before = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);

        // Half the calendar fits: small enough to fail, larger than anything else the program writes (m_db
        // keeps the database's WAL index open, so SQLite grows no file).
        m_cli->setFileSizeLimit(exported.size() / 2);
        const QString file = m_dir->filePath(QStringLiteral("followups.ics"));
        QString problem =
            test::refusalProblem(run(exportTo + QStringList{file}), 1,
                                 QStringLiteral("%1 could not be saved: File too large").arg(file));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!QFileInfo::exists(file));
        problem = test::refusalProblem(run(exportTo + QStringList{previous, QStringLiteral("--force")}), 1,
                                       QStringLiteral("%1 could not be saved: File too large").arg(previous));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(previousFile.open(QIODevice::ReadOnly));
        QCOMPARE(previousFile.readAll(), exported);
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), before);

        // With room again the same command writes the file.
        m_cli->setFileSizeLimit(0);
        QCOMPARE(run(exportTo + QStringList{file}).exitCode, 0);
        QCOMPARE(parsedEvents(file), parsedEvents(previous));
    }

    // A link at the output path would have the file written where it points (a dangling link creates a
    // file there; with --force the file it points to is replaced and the link kept): refused either way.
    void exportIcsNeverWritesThroughALink_data() {
        QTest::addColumn<bool>("targetExists");
        QTest::addColumn<bool>("force");
        QTest::addRow("a dangling link") << false << false;
        QTest::addRow("a dangling link with --force") << false << true;
        QTest::addRow("a link to a file") << true << false;
        QTest::addRow("a link to a file with --force") << true << true;
    }

    void exportIcsNeverWritesThroughALink() {
        QFETCH(bool, targetExists);
        QFETCH(bool, force);
        setGoals(logFor(m_jordan, QStringLiteral("after_hours_contact"), 10), {3});
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("elsewhere")));
        const QString target = m_dir->filePath(QStringLiteral("elsewhere/calendar.ics"));
        if (targetExists) {
            QFile file(target);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("kept");
        }
        const QString link = m_dir->filePath(QStringLiteral("followups.ics"));
        QVERIFY(QFile::link(target, link));
        const QString problem = test::refusalProblem(
            run(QStringList{QStringLiteral("followups"), QStringLiteral("export-ics"),
                            QStringLiteral("--out"), link} +
                (force ? QStringList{QStringLiteral("--force")} : QStringList())),
            1, QStringLiteral("%1 is a symbolic link; name a file, not a link.").arg(link));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(QFileInfo(link).symLinkTarget(), target);
        QCOMPARE(QDir(m_dir->filePath(QStringLiteral("elsewhere"))).entryList(QDir::Files | QDir::Hidden),
                 targetExists ? QStringList{QStringLiteral("calendar.ics")} : QStringList());
        if (targetExists) {
            QFile file(target);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), QByteArrayLiteral("kept"));
        }
    }

    void demoIncidentsAreWhatTheCoreHolds() {
        const QStringList demo = {QStringLiteral("--demo")};
        const QJsonArray list =
            test::jsonOutput(
                m_cli->run(demo + QStringList{QStringLiteral("incidents"), QStringLiteral("list"),
                                              QStringLiteral("--format=json")}))
                .array();
        const std::unique_ptr<Database> database =
            test::openDatabase(m_cli->dataFolder() + QStringLiteral("/demo.sqlite"));
        QVERIFY(database);
        const IncidentRepository repository(*database);
        QCOMPARE(list.size(), IncidentListQuery(*database).count(IncidentFilter{}).value());
        QSet<QString> steps;
        bool lapse = false;
        for (const QJsonValue &value : list) {
            const QJsonObject record = value.toObject();
            compareWithCore(record, repository.get(record.value(QStringLiteral("id")).toInteger()).value());
            steps.insert(record.value(QStringLiteral("step")).toString());
            lapse = lapse || record.value(QStringLiteral("by")).toString() == QLatin1String("practitioner");
        }
        QVERIFY(lapse);
        QVERIFY(steps.size() >= 5);

        IncidentFilter overdue;
        overdue.overdueOnly = true;
        overdue.today = Clock::todayLocal();
        const QJsonArray overdueList =
            test::jsonOutput(
                m_cli->run(demo + QStringList{QStringLiteral("incidents"), QStringLiteral("list"),
                                              QStringLiteral("--overdue"), QStringLiteral("--format=json")}))
                .array();
        QCOMPARE(overdueList.size(), IncidentListQuery(*database).count(overdue).value());
        QVERIFY(overdueList.size() >= 2);

        const QJsonArray followUps =
            test::jsonOutput(
                m_cli->run(demo + QStringList{QStringLiteral("followups"), QStringLiteral("list"),
                                              QStringLiteral("--format=json")}))
                .array();
        QList<qint64> expected;
        for (FollowUpWindow window :
             {FollowUpWindow::Overdue, FollowUpWindow::DueToday, FollowUpWindow::Upcoming}) {
            for (const FollowUpItem &item :
                 FollowUpRepository(*database).followUpsIn(window, Clock::todayLocal()).value())
                expected.append(item.incidentId);
        }
        QCOMPARE(ids(followUps, QStringLiteral("incident_id")), expected);

        // Every demo incident shows, in both formats, with as many steps as the core records.
        for (const QJsonValue &value : list) {
            const QString id = QString::number(value.toObject().value(QStringLiteral("id")).toInteger());
            const QJsonObject shown =
                test::jsonOutput(
                    m_cli->run(demo + QStringList{QStringLiteral("incidents"), QStringLiteral("show"), id,
                                                  QStringLiteral("--format=json")}))
                    .object();
            QCOMPARE(shown.value(QStringLiteral("steps")).toArray().size(),
                     repository.steps(id.toLongLong()).value().size());
            QCOMPARE(shown.value(QStringLiteral("goals")).toArray().size(),
                     repository.followUps(id.toLongLong()).value().size());
            QCOMPARE(m_cli->run(demo + QStringList{QStringLiteral("incidents"), QStringLiteral("show"), id})
                         .exitCode,
                     0);
        }

        const QString file = m_dir->filePath(QStringLiteral("demo.ics"));
        QCOMPARE(m_cli
                     ->run(demo + QStringList{QStringLiteral("followups"), QStringLiteral("export-ics"),
                                              QStringLiteral("--out"), file})
                     .exitCode,
                 0);
        QVERIFY(parsedEvents(file).size() >= expected.size());
    }

    void demoHistoryIsSpreadOverThePastMonths() {
        const QStringList demo = {QStringLiteral("--demo")};
        const auto json = [&](const QStringList &command) {
            return test::jsonOutput(
                m_cli->run(demo + command + QStringList{QStringLiteral("--format=json")}));
        };
        const auto time = [](const QJsonValue &value) {
            return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        };
        const QDateTime today = Clock::nowUtc().date().startOfDay(Qt::UTC);

        const QJsonArray versions = json({QStringLiteral("policy"), QStringLiteral("versions")}).array();
        QCOMPARE(versions.size(), 2);
        const QDateTime first = time(versions.at(0).toObject().value(QStringLiteral("published_at")));
        const QDateTime second = time(versions.at(1).toObject().value(QStringLiteral("published_at")));
        QVERIFY(first.isValid() && first.daysTo(second) > 30);
        QVERIFY(second < today);

        QSet<QDate> signedOn;
        const QJsonArray agreements = json({QStringLiteral("agreements"), QStringLiteral("list")}).array();
        for (const QJsonValue &value : agreements) {
            const QJsonObject agreement = value.toObject();
            if (agreement.value(QStringLiteral("state")).toString() != QLatin1String("signed"))
                continue;
            const QDateTime at = time(agreement.value(QStringLiteral("signed_at")));
            QVERIFY(at.isValid() && at < today);
            signedOn.insert(at.date());
            // One signed on version 1, now due for re-acknowledgement: signed before version 2 existed.
            if (agreement.value(QStringLiteral("policy_version")).toInt() == 1)
                QVERIFY(at < second);
        }
        QVERIFY(signedOn.size() >= 4);

        // Incidents are logged, and their steps recorded, when they happened, not on the day the demo is
        // made.
        QSet<QDate> loggedOn;
        for (const QJsonValue &value : json({QStringLiteral("incidents"), QStringLiteral("list")}).array()) {
            const QString id = QString::number(value.toObject().value(QStringLiteral("id")).toInteger());
            const QJsonObject shown =
                json({QStringLiteral("incidents"), QStringLiteral("show"), id}).object();
            const QDateTime created = time(shown.value(QStringLiteral("created_at")));
            QVERIFY2(created <= Clock::nowUtc(), qPrintable(id));
            loggedOn.insert(created.date());
            for (const QJsonValue &step : shown.value(QStringLiteral("steps")).toArray()) {
                const QDateTime recorded = time(step.toObject().value(QStringLiteral("recorded_at")));
                QVERIFY2(recorded < today, qPrintable(id));
                QVERIFY(recorded >= time(step.toObject().value(QStringLiteral("happened_at"))));
            }
        }
        QVERIFY(loggedOn.size() >= 6);
    }

    void everyCommandHasHelp_data() {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("incidents log")
            << QStringList{QStringLiteral("incidents"), QStringLiteral("log")}
            << QStringList{QStringLiteral("--boundary KEY"), QStringLiteral("practice's time zone"),
                           QStringLiteral("in_person, phone")};
        QTest::addRow("incidents list")
            << QStringList{QStringLiteral("incidents"), QStringLiteral("list")}
            << QStringList{QStringLiteral("outside_hours"), QStringLiteral("outside_channel"),
                           QStringLiteral("next_due"), QStringLiteral("--overdue")};
        QTest::addRow("incidents show")
            << QStringList{QStringLiteral("incidents"), QStringLiteral("show")}
            << QStringList{QStringLiteral("corrects_id"), QStringLiteral("outcomes")};
        QTest::addRow("followups list") << QStringList{QStringLiteral("followups"), QStringLiteral("list")}
                                        << QStringList{QStringLiteral("overdue, today or upcoming")};
        QTest::addRow("followups export-ics")
            << QStringList{QStringLiteral("followups"), QStringLiteral("export-ics")}
            << QStringList{QStringLiteral("RFC 5545"), QStringLiteral("0600"), QStringLiteral("--force")};
    }

    void everyCommandHasHelp() {
        QFETCH(QStringList, command);
        QFETCH(QStringList, expected);
        const auto output = m_cli->run(command + QStringList{QStringLiteral("--help")});
        QCOMPARE(output.exitCode, 0);
        QCOMPARE(output.err, QString());
        QVERIFY(output.out.startsWith(QStringLiteral("Usage: boundary-keeper-cli [--db PATH|URL | --demo] ") +
                                      command.join(QLatin1Char(' '))));
        for (const QString &text : expected)
            QVERIFY2(output.out.contains(text), qPrintable(text + QStringLiteral("\n---\n") + output.out));
    }
};

QTEST_GUILESS_MAIN(TestCliIncidents)
#include "tst_CliIncidents.moc"
