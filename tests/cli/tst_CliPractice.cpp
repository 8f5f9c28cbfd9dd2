// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/policy/PracticeProfile.h"
#include "app/policy/PracticeService.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;
using test::CliRunner;

/// The practice show command: the profile as text and as JSON, the defaults and the demo practice.
class TestCliPractice : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;
    QString m_database;

    CliRunner::Output show(const QStringList &arguments = {}) const {
        return m_cli->run(m_database,
                          QStringList{QStringLiteral("practice"), QStringLiteral("show")} + arguments);
    }

    QJsonObject showJson() const {
        const auto output = show({QStringLiteral("--format"), QStringLiteral("json")});
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

    // A profile with everything filled in, saved through the core as the application would.
    PracticeProfile saveProfile() {
        PracticeProfile profile = PracticeProfile::defaults();
        profile.name = QStringLiteral("Harbour Light Counselling");
        profile.contactLine = QStringLiteral("4 Quay Street, Galway · +353 91 555 0100");
        profile.logoPng = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(92, 'x');
        profile.practitioners = {{QStringLiteral("Róisín Byrne"), QStringLiteral("Counsellor")},
                                 {QStringLiteral("Tom Walsh"), QString()}};
        profile.timeZoneId = QByteArrayLiteral("Europe/Dublin");
        profile.setDay(Qt::Monday, WorkingDay{true, QTime(8, 30), QTime(16, 0)});
        profile.setDay(Qt::Sunday, WorkingDay{false, QTime(), QTime()});
        profile.setChannelTerms({ContactChannel::Email, true, QStringLiteral("Within two working days"), 48});
        profile.setChannelTerms({ContactChannel::SocialMedia, false, QString(), 0});
        profile.paperSize = PaperSize::UsLetter;
        const std::unique_ptr<Database> database = test::openDatabase(m_database);
        if (!database)
            return profile;
        const Status saved = PracticeService(*database).save(profile);
        if (!saved)
            QTest::qFail(qPrintable(saved.error().message), __FILE__, __LINE__);
        return profile;
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

    void jsonOfANewDatabaseHoldsTheDefaultsWithEveryKey() {
        const QJsonObject profile = showJson();
        const QStringList expectedKeys = {QStringLiteral("channels"),
                                          QStringLiteral("client_role"),
                                          QStringLiteral("contact_line"),
                                          QStringLiteral("emergency_contact"),
                                          QStringLiteral("emergency_definition"),
                                          QStringLiteral("logo_bytes"),
                                          QStringLiteral("name"),
                                          QStringLiteral("paper_size"),
                                          QStringLiteral("practitioner_role"),
                                          QStringLiteral("practitioners"),
                                          QStringLiteral("response_times"),
                                          QStringLiteral("saved"),
                                          QStringLiteral("services_not_offered"),
                                          QStringLiteral("services_offered"),
                                          QStringLiteral("time_zone"),
                                          QStringLiteral("working_hours")};
        QStringList keys = profile.keys();
        keys.sort();
        QCOMPARE(keys, expectedKeys);
        QCOMPARE(profile.value(QStringLiteral("saved")).toBool(), false);
        QCOMPARE(profile.value(QStringLiteral("logo_bytes")).toInteger(), 0);

        const QJsonArray hours = profile.value(QStringLiteral("working_hours")).toArray();
        QCOMPARE(hours.size(), 7);
        QCOMPARE(hours.first().toObject().value(QStringLiteral("weekday")).toString(),
                 QStringLiteral("monday"));
        QCOMPARE(hours.last().toObject().value(QStringLiteral("weekday")).toString(),
                 QStringLiteral("sunday"));

        const QJsonArray channels = profile.value(QStringLiteral("channels")).toArray();
        QCOMPARE(channels.size(), ContactChannels::all().size());
        for (const QJsonValue &channel : channels) {
            const QJsonObject terms = channel.toObject();
            QVERIFY(ContactChannels::fromKey(terms.value(QStringLiteral("channel")).toString()));
            QVERIFY(terms.value(QStringLiteral("allowed")).isBool());
            QVERIFY(terms.value(QStringLiteral("response_time")).isString());
            QVERIFY(terms.value(QStringLiteral("response_hours")).isDouble());
        }

        const auto text = show();
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("these are the defaults")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("Logo:")), qPrintable(text.out));
    }

    void jsonShowsTheSavedProfile() {
        const PracticeProfile saved = saveProfile();
        const QJsonObject profile = showJson();
        QCOMPARE(profile.value(QStringLiteral("saved")).toBool(), true);
        QCOMPARE(profile.value(QStringLiteral("name")).toString(), saved.name);
        QCOMPARE(profile.value(QStringLiteral("contact_line")).toString(), saved.contactLine);
        QCOMPARE(profile.value(QStringLiteral("logo_bytes")).toInteger(), 100);
        QCOMPARE(profile.value(QStringLiteral("time_zone")).toString(), QStringLiteral("Europe/Dublin"));
        QCOMPARE(profile.value(QStringLiteral("paper_size")).toString(), QStringLiteral("us_letter"));
        QCOMPARE(profile.value(QStringLiteral("services_offered")).toString(), saved.servicesOffered);
        QCOMPARE(profile.value(QStringLiteral("emergency_contact")).toString(), saved.emergencyContact);

        const QJsonArray practitioners = profile.value(QStringLiteral("practitioners")).toArray();
        QCOMPARE(practitioners.size(), 2);
        QCOMPARE(practitioners.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Róisín Byrne"));
        QCOMPARE(practitioners.at(0).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Counsellor"));

        const QJsonArray hours = profile.value(QStringLiteral("working_hours")).toArray();
        const QJsonObject monday = hours.at(0).toObject();
        QCOMPARE(monday.value(QStringLiteral("open")).toBool(), true);
        QCOMPARE(monday.value(QStringLiteral("start")).toString(), QStringLiteral("08:30"));
        QCOMPARE(monday.value(QStringLiteral("end")).toString(), QStringLiteral("16:00"));
        const QJsonObject sunday = hours.at(6).toObject();
        QCOMPARE(sunday.value(QStringLiteral("open")).toBool(), false);
        QVERIFY(sunday.value(QStringLiteral("start")).isNull());

        const QJsonArray channels = profile.value(QStringLiteral("channels")).toArray();
        const qsizetype emailIndex = ContactChannels::all().indexOf(ContactChannel::Email);
        const QJsonObject email = channels.at(emailIndex).toObject();
        QCOMPARE(email.value(QStringLiteral("channel")).toString(), QStringLiteral("email"));
        QCOMPARE(email.value(QStringLiteral("allowed")).toBool(), true);
        QCOMPARE(email.value(QStringLiteral("response_time")).toString(),
                 QStringLiteral("Within two working days"));
        QCOMPARE(email.value(QStringLiteral("response_hours")).toInt(), 48);
        const qsizetype socialIndex = ContactChannels::all().indexOf(ContactChannel::SocialMedia);
        QCOMPARE(channels.at(socialIndex).toObject().value(QStringLiteral("allowed")).toBool(), false);
    }

    void textShowsTheSavedProfile() {
        const PracticeProfile saved = saveProfile();
        const auto output = show();
        QCOMPARE(output.exitCode, 0);
        QCOMPARE(output.err, QString());
        for (const QString &expected :
             {QStringLiteral("Practice:"), saved.name, saved.contactLine,
              QStringLiteral("present (100 bytes)"), QStringLiteral("Róisín Byrne, Counsellor"),
              QStringLiteral("Tom Walsh"), QStringLiteral("Working hours (Europe/Dublin):"),
              QStringLiteral("08:30–16:00"), QStringLiteral("closed"),
              QStringLiteral("allowed, answered: Within two working days"), QStringLiteral("US Letter"),
              saved.emergencyDefinition.section(QLatin1Char('\n'), 0, 0)}) {
            QVERIFY2(output.out.contains(expected),
                     qPrintable(expected + QStringLiteral("\n---\n") + output.out));
        }
        QVERIFY(!output.out.contains(QStringLiteral("these are the defaults")));
    }

    void demoShowsTheDemoPractice() {
        const auto text =
            m_cli->run({QStringLiteral("--demo"), QStringLiteral("practice"), QStringLiteral("show")});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.err, QString());
        QVERIFY2(text.out.contains(QStringLiteral("Northbridge Coaching & Training")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("Alex Morgan, Coach")), qPrintable(text.out));

        const auto json =
            m_cli->run({QStringLiteral("--demo"), QStringLiteral("practice"), QStringLiteral("show"),
                        QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject profile = QJsonDocument::fromJson(json.rawOut).object();
        QCOMPARE(profile.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Northbridge Coaching & Training"));
        QCOMPARE(profile.value(QStringLiteral("saved")).toBool(), true);
    }

    void unknownFormatIsWrongUsage() {
        const auto output = show({QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(output.exitCode, 2);
        QCOMPARE(output.out, QString());
        QVERIFY2(output.err.contains(QStringLiteral("“csv” is not a format")), qPrintable(output.err));
    }

    void missingDatabaseIsRefusedWithoutCreatingIt() {
        const QString missing = m_dir->filePath(QStringLiteral("missing.sqlite"));
        const auto output = m_cli->run(missing, {QStringLiteral("practice"), QStringLiteral("show")});
        QCOMPARE(output.exitCode, 1);
        QVERIFY2(output.err.contains(QStringLiteral("There is no database at")), qPrintable(output.err));
        QVERIFY(!QFile::exists(missing));
    }

    void helpDocumentsTheJsonKeys() {
        const auto output = show({QStringLiteral("--help")});
        QCOMPARE(output.exitCode, 0);
        QVERIFY(output.out.startsWith(
            QStringLiteral("Usage: boundary-keeper-cli [--db PATH|URL | --demo] practice show")));
        for (const QString &key : {QStringLiteral("contact_line"), QStringLiteral("working_hours"),
                                   QStringLiteral("response_time"), QStringLiteral("paper_size")})
            QVERIFY2(output.out.contains(key), qPrintable(key));
    }
};

QTEST_GUILESS_MAIN(TestCliPractice)
#include "tst_CliPractice.moc"
