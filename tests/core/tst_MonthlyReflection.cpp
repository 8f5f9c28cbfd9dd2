// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientService.h"
#include "app/common/ChangeNotifier.h"
#include "app/common/Clock.h"
#include "app/incidents/IncidentService.h"
#include "app/practitioner/ReflectionService.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;

/// The monthly reflection: what a month looked like from the practitioner's side, the answers recorded or
/// the month skipped, and the reminder for the last month.
class tst_MonthlyReflection : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Database> m_db;
    qint64 m_anna = 0;
    qint64 m_ben = 0;

    static QDateTime at(int month, int day, int hour = 12) {
        return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
    }

    void logIncident(qint64 client, const QDateTime &when, CrossedBy by) {
        NewIncident incident = test::afterHoursCall(client, when);
        incident.crossedBy = by;
        QVERIFY(test::logIncident(*m_db, incident));
    }

private Q_SLOTS:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase() {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    // The practice started in October. In November: Anna crossed a boundary twice, Ben once, and the
    // practitioner replied to Ben late one evening; one disclosure check was taken.
    void init() {
        Clock::setNowFunction([] { return at(10, 1, 9); });
        m_db = test::openDatabase(m_dir.filePath(QStringLiteral("%1.sqlite").arg(++m_count)));
        QVERIFY(m_db);
        m_anna = ClientService(*m_db).add(test::sampleClient(QStringLiteral("Anna Schmidt"))).value();
        m_ben = ClientService(*m_db).add(test::sampleClient(QStringLiteral("Ben Okafor"))).value();
        Clock::setNowFunction([] { return at(12, 3); });
        logIncident(m_anna, at(11, 4), CrossedBy::Client);
        logIncident(m_anna, at(11, 20), CrossedBy::Client);
        logIncident(m_ben, at(11, 10), CrossedBy::Client);
        logIncident(m_ben, at(11, 12, 22), CrossedBy::Practitioner);
        logIncident(m_anna, at(12, 1), CrossedBy::Client);
        NewReflection check;
        check.clientId = m_ben;
        check.date = QDate(2026, 11, 15);
        check.answers = {CheckAnswer::Yes, CheckAnswer::Yes, CheckAnswer::Yes, CheckAnswer::Yes,
                         CheckAnswer::Yes};
        check.decision = DisclosureDecision::Shared;
        QVERIFY(ReflectionService(*m_db).record(check).ok());
    }

    void cleanup() {
        Clock::setNowFunction({});
        m_db.reset();
    }

    void theReviewCountsLapsesRepeatedClientsAndChecks() {
        const Result<MonthlyReview> review = ReflectionService(*m_db).monthlyReview(QDate(2026, 11, 30));
        QVERIFY2(review.ok(), review.ok() ? "" : qPrintable(review.error().message));
        QCOMPARE(review.value().month, QDate(2026, 11, 1));
        QCOMPARE(review.value().ownLapses.size(), 1);
        QCOMPARE(review.value().ownLapses.first().clientName, QStringLiteral("Ben Okafor"));
        QCOMPARE(review.value().outsideHoursContacts(), 1);
        QCOMPARE(review.value().repeatedClients.size(), 1);
        QCOMPARE(review.value().repeatedClients.first().clientId, m_anna);
        QCOMPARE(review.value().repeatedClients.first().incidents, 2);
        QCOMPARE(review.value().disclosureChecks, 1);
        QCOMPARE(review.value().disclosureShared, 1);
        const MonthlyReview december = ReflectionService(*m_db).monthlyReview(QDate(2026, 12, 3)).value();
        QVERIFY(december.ownLapses.isEmpty());
        QVERIFY(december.repeatedClients.isEmpty());
        QCOMPARE(december.disclosureChecks, 0);
    }

    void theLastMonthIsDueUntilReflectedOn() {
        const ReflectionService service(*m_db);
        QCOMPARE(service.monthDue().value(), std::optional<QDate>(QDate(2026, 11, 1)));
        QSignalSpy changed(m_db->notifier(), &ChangeNotifier::changed);
        const Result<qint64> id =
            service.reflectOnMonth(QDate(2026, 11, 1), {QStringLiteral("  Replying to Ben at ten.  "),
                                                        QString(), QStringLiteral("Phone off after six.")});
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), QStringLiteral("monthly_reflections"));
        QVERIFY(!service.monthDue().value().has_value());
        const QList<MonthlyReflection> list = service.monthlyReflections().value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().month, QDate(2026, 11, 1));
        QVERIFY(!list.first().skipped);
        QCOMPARE(list.first().answers, (QStringList{QStringLiteral("Replying to Ben at ten."), QString(),
                                                    QStringLiteral("Phone off after six.")}));
        // A reflected month cannot be skipped afterwards.
        QVERIFY(!service.skipMonth(QDate(2026, 11, 1)).ok());
    }

    void aSkippedMonthIsNoLongerDueAndCanStillBeReflectedOn() {
        const ReflectionService service(*m_db);
        QVERIFY(service.skipMonth(QDate(2026, 11, 5)).ok());
        QVERIFY(!service.monthDue().value().has_value());
        QVERIFY(service.monthlyReflections().value().first().skipped);
        QVERIFY(service.reflectOnMonth(QDate(2026, 11, 5), {QStringLiteral("Later after all.")}).ok());
        const QList<MonthlyReflection> list = service.monthlyReflections().value();
        QCOMPARE(list.size(), 1);
        QVERIFY(!list.first().skipped);
    }

    void badReflectionsAreRefused_data() {
        QTest::addColumn<QDate>("month");
        QTest::addColumn<QStringList>("answers");
        QTest::newRow("nothing written")
            << QDate(2026, 11, 1) << QStringList{QStringLiteral("  "), QString()};
        QTest::newRow("a month still to come") << QDate(2027, 1, 1) << QStringList{QStringLiteral("Soon.")};
        QTest::newRow("a control character") << QDate(2026, 11, 1) << QStringList{QStringLiteral("Bell\x07")};
        QTest::newRow("an answer far too long")
            << QDate(2026, 11, 1)
            << QStringList{QString(ReflectionService::MaxAnswerLength + 1, QLatin1Char('a'))};
    }
    void badReflectionsAreRefused() {
        QFETCH(QDate, month);
        QFETCH(QStringList, answers);
        const Result<qint64> id = ReflectionService(*m_db).reflectOnMonth(month, answers);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().kind, Error::Kind::Invalid);
        QVERIFY(ReflectionService(*m_db).monthlyReflections().value().isEmpty());
    }

    void aPracticeStartedThisMonthIsNotRemindedOfTheLast() {
        Clock::setNowFunction([] { return at(10, 20); });
        QVERIFY(!ReflectionService(*m_db).monthDue().value().has_value());
    }
};

QTEST_GUILESS_MAIN(tst_MonthlyReflection)
#include "tst_MonthlyReflection.moc"
