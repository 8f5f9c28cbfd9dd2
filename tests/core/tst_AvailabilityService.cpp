// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/ChangeNotifier.h"
#include "app/practitioner/AvailabilityService.h"
#include "app/storage/IncidentRepository.h"
#include "tests/core/AgreementFixture.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;

namespace {

QDate day(int d) {
    return QDate(2026, 12, d);
}

QDateTime at(int d, int hour = 10) {
    return QDateTime(day(d), QTime(hour, 0), Qt::UTC);
}

AvailabilityPeriod period(int fromDay, int toDay) {
    AvailabilityPeriod period;
    period.from = day(fromDay);
    period.to = day(toDay);
    period.noSessions = true;
    period.slowerReplies = true;
    period.coveredBy = QStringLiteral("Sam Lee");
    period.coveredContact = QStringLiteral("sam@northbridge.example");
    period.reason = AvailabilityReason::Bereavement;
    return period;
}

QString one(const Database &db, const QString &sql) {
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("(failed)");
    return query.value(0).toString();
}

} // namespace

class tst_AvailabilityService : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;
    test::AgreementFixture m_fixture;
    qint64 m_ben = 0;
    qint64 m_cora = 0;
    qint64 m_annaIncident = 0;
    qint64 m_benIncident = 0;

    const Database &db() const { return *m_fixture.db; }

    qint64 addClient(const QString &name, const QString &language) {
        Client client;
        client.fullName = name;
        client.documentLanguage = language;
        const Result<qint64> id = ClientService(db()).add(client);
        return id ? id.value() : 0;
    }

private Q_SLOTS:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase() {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    // Anna (German documents) has goals due on 10 and 20 December; Ben's contract is reviewed on 12 December;
    // Cora has nothing due.
    void init() {
        Clock::setNowFunction([] { return at(1); });
        m_fixture = test::makeAgreementFixture(m_dir.filePath(QStringLiteral("%1.sqlite").arg(++m_count)));
        QVERIFY(m_fixture.clientId);
        Result<Client> anna = ClientService(db()).get(m_fixture.clientId);
        QVERIFY(anna.ok());
        Client german = anna.value();
        german.documentLanguage = QStringLiteral("de");
        QVERIFY(ClientService(db()).update(german).ok());
        m_ben = addClient(QStringLiteral("Ben Okafor"), QStringLiteral("en"));
        m_cora = addClient(QStringLiteral("Cora Diaz"), QStringLiteral("en"));
        QVERIFY(m_ben && m_cora);

        const IncidentService incidents(db());
        m_annaIncident = test::logIncident(db(), test::afterHoursCall(m_fixture.clientId, at(1, 9)));
        QVERIFY(m_annaIncident);
        QVERIFY(incidents
                    .recordGoals(m_annaIncident, at(1), QString(),
                                 {{0, 0, 0, QStringLiteral("Email after 18:00"), day(10)},
                                  {0, 0, 0, QStringLiteral("Calls only in hours"), day(20)}})
                    .ok());
        QCOMPARE(IncidentRepository(db()).get(m_annaIncident).value().nextDue, day(10));

        m_benIncident = test::logIncident(db(), test::afterHoursCall(m_ben, at(1, 8)));
        QVERIFY(m_benIncident);
        BehaviouralContract content;
        content.appropriate = QStringLiteral("Calls in working hours.");
        content.replacement = QStringLiteral("Email.");
        content.measurableGoals = {QStringLiteral("No late calls.")};
        content.consequences = QStringLiteral("A review.");
        content.reviewDate = day(12);
        Result<Contract> contract = ContractService(db()).start(m_benIncident, content);
        QVERIFY2(contract.ok(), contract.ok() ? "" : qPrintable(contract.error().message));
        Contract draft = contract.value();
        QVERIFY(ContractService(db()).saveDraft(draft).ok());
    }

    void cleanup() {
        Clock::setNowFunction({});
        m_fixture = {};
    }

    void aPeriodIsRecordedWithItsPrivateReason() {
        QSignalSpy changed(db().notifier(), &ChangeNotifier::changed);
        const Result<qint64> id = AvailabilityService(db()).add(period(8, 14));
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), QStringLiteral("availability_periods"));
        const AvailabilityPeriod stored = AvailabilityService(db()).get(id.value()).value();
        QCOMPARE(stored.from, day(8));
        QCOMPARE(stored.to, day(14));
        QVERIFY(stored.noSessions && stored.slowerReplies);
        QCOMPARE(stored.coveredBy, QStringLiteral("Sam Lee"));
        QCOMPARE(stored.reason, AvailabilityReason::Bereavement);
        QCOMPARE(AvailabilityService(db()).covering(day(9)).value()->id, id.value());
        QVERIFY(!AvailabilityService(db()).covering(day(15)).value().has_value());
    }

    void badPeriodsAreRefusedAndNothingIsWritten_data() {
        QTest::addColumn<AvailabilityPeriod>("input");
        AvailabilityPeriod backwards = period(14, 8);
        QTest::newRow("the last day before the first") << backwards;
        AvailabilityPeriod nothing = period(8, 14);
        nothing.noSessions = nothing.slowerReplies = false;
        nothing.coveredBy.clear();
        nothing.coveredContact.clear();
        QTest::newRow("nothing changes for clients") << nothing;
        AvailabilityPeriod noDate = period(8, 14);
        noDate.from = QDate();
        QTest::newRow("no first day") << noDate;
        AvailabilityPeriod control = period(8, 14);
        control.coveredBy = QStringLiteral("Sam\x01Lee");
        QTest::newRow("a control character in the colleague's name") << control;
        AvailabilityPeriod contactOnly = period(8, 14);
        contactOnly.coveredBy.clear();
        QTest::newRow("a contact without a colleague") << contactOnly;
    }
    void badPeriodsAreRefusedAndNothingIsWritten() {
        QFETCH(AvailabilityPeriod, input);
        const Result<qint64> id = AvailabilityService(db()).add(input);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().kind, Error::Kind::Invalid);
        QVERIFY(!id.error().message.isEmpty());
        QCOMPARE(one(db(), QStringLiteral("SELECT count(*) FROM availability_periods")), QStringLiteral("0"));
    }

    void theClientsAffectedAreThoseWithFollowUpsReviewsOrGoalsInThePeriod() {
        const qint64 id = AvailabilityService(db()).add(period(8, 14)).value();
        const QList<AffectedClient> clients = AvailabilityService(db()).affectedClients(id).value();
        QCOMPARE(clients.size(), 2);
        QCOMPARE(clients.at(0).clientId, m_fixture.clientId);
        QCOMPARE(clients.at(0).documentLanguage, QStringLiteral("de"));
        // The goal due on 10 December is the incident's follow-up: listed once, not as a goal as well; the
        // goal due on 20 December is outside the period.
        QCOMPARE(clients.at(0).due.size(), 1);
        QCOMPARE(clients.at(0).due.first().kind, DueKind::FollowUp);
        QCOMPARE(clients.at(0).due.first().due, day(10));
        QCOMPARE(clients.at(1).clientId, m_ben);
        const QList<DueInPeriod> &ben = clients.at(1).due;
        QVERIFY(std::any_of(ben.begin(), ben.end(), [](const DueInPeriod &due) {
            return due.kind == DueKind::ContractReview && due.due == day(12);
        }));

        // A goal with an outcome is no longer due; the next goal (20 December) is outside the period.
        const QList<FollowUp> goals = IncidentRepository(db()).followUps(m_annaIncident).value();
        QVERIFY(IncidentService(db())
                    .recordFollowUpOutcome(goals.first().id, FollowUpResult::Met, QString())
                    .ok());
        const QList<AffectedClient> after = AvailabilityService(db()).affectedClients(id).value();
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().clientId, m_ben);

        // A goal due in the period that is not the incident's next follow-up is listed as a goal.
        const qint64 later = AvailabilityService(db()).add(period(18, 22)).value();
        const QList<AffectedClient> goalOnly = AvailabilityService(db()).affectedClients(later).value();
        QVERIFY(std::any_of(goalOnly.begin(), goalOnly.end(), [this](const AffectedClient &client) {
            return client.clientId == m_fixture.clientId;
        }));
    }

    void followUpsMoveInOneStepAndKeepTheirOriginalDates() {
        const qint64 id = AvailabilityService(db()).add(period(8, 14)).value();
        QSignalSpy changed(db().notifier(), &ChangeNotifier::changed);
        const Result<int> moved = AvailabilityService(db()).moveFollowUps(id);
        QVERIFY2(moved.ok(), moved.ok() ? "" : qPrintable(moved.error().message));
        QVERIFY(moved.value() >= 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(IncidentRepository(db()).get(m_annaIncident).value().nextDue, day(15));
        // The move is recorded with the original date; the goal itself keeps its date.
        const QList<DueMove> moves = IncidentRepository(db()).dueMoves(m_annaIncident).value();
        QCOMPARE(moves.size(), 1);
        QCOMPARE(moves.first().originalDue, day(10));
        QCOMPARE(moves.first().movedTo, day(15));
        QCOMPARE(moves.first().periodId, id);
        QCOMPARE(IncidentRepository(db()).followUps(m_annaIncident).value().first().due, day(10));
        // The client is still listed for the period, with where the follow-up went.
        const QList<AffectedClient> clients = AvailabilityService(db()).affectedClients(id).value();
        QCOMPARE(clients.first().clientId, m_fixture.clientId);
        QCOMPARE(clients.first().due.first().due, day(10));
        QCOMPARE(clients.first().due.first().movedTo, day(15));

        // A later step keeps the moved date while the same follow-up is due.
        QVERIFY(
            IncidentService(db()).recordConversation(m_annaIncident, at(2), QStringLiteral("Talked.")).ok());
        QCOMPARE(IncidentRepository(db()).get(m_annaIncident).value().nextDue, day(15));
        // Moving again finds nothing left in the period.
        QCOMPARE(AvailabilityService(db()).moveFollowUps(id).value(), 0);
        // A move is never changed.
        QSqlQuery update(db().connection());
        QVERIFY(!update.exec(QStringLiteral("UPDATE incident_due_moves SET moved_to = original_due")));
    }

    void aMoveMovesOnlyTheActionItWasMadeFor() {
        // Cora has two goals due on the same day; the first one's date is moved out of the period.
        const IncidentService incidents(db());
        const qint64 incident = test::logIncident(db(), test::afterHoursCall(m_cora, at(1, 7)));
        QVERIFY(incident);
        QVERIFY(incidents
                    .recordGoals(incident, at(1), QString(),
                                 {{0, 0, 0, QStringLiteral("Texts only in hours"), day(9)},
                                  {0, 0, 0, QStringLiteral("Book sessions by email"), day(9)}})
                    .ok());
        const QList<FollowUp> goals = IncidentRepository(db()).followUps(incident).value();
        QCOMPARE(goals.size(), 2);
        const Result<qint64> move = incidents.moveDueDate(incident, day(16));
        QVERIFY2(move.ok(), move.ok() ? "" : qPrintable(move.error().message));
        QCOMPARE(IncidentRepository(db()).get(incident).value().nextDue, day(16));
        const QList<DueMove> moves = IncidentRepository(db()).dueMoves(incident).value();
        QCOMPARE(moves.size(), 1);
        QCOMPARE(moves.first().followUpId, goals.first().id);
        QCOMPARE(moves.first().stepId, goals.first().stepId);

        // Once the moved goal has its outcome, the other goal is due on its own date, not the moved one.
        QVERIFY(incidents.recordFollowUpOutcome(goals.first().id, FollowUpResult::Met, QString()).ok());
        QCOMPARE(IncidentRepository(db()).get(incident).value().nextDue, day(9));
        QCOMPARE(incidents.position(incident).value().nextDue, day(9));
        // A later step changes nothing about that.
        QVERIFY(incidents.recordConversation(incident, at(2), QStringLiteral("Talked.")).ok());
        QCOMPARE(IncidentRepository(db()).get(incident).value().nextDue, day(9));
    }

    void aFollowUpCannotMoveIntoThePeriod() {
        const qint64 id = AvailabilityService(db()).add(period(8, 14)).value();
        const Result<int> moved = AvailabilityService(db()).moveFollowUps(id, day(12));
        QVERIFY(!moved.ok());
        QCOMPARE(moved.error().kind, Error::Kind::Invalid);
        QCOMPARE(IncidentRepository(db()).get(m_annaIncident).value().nextDue, day(10));
        QCOMPARE(one(db(), QStringLiteral("SELECT count(*) FROM incident_due_moves")), QStringLiteral("0"));
    }

    void theNoticeSaysWhatChangesInTheClientsLanguageWithoutTheReason() {
        const qint64 id = AvailabilityService(db()).add(period(8, 14)).value();
        QVERIFY(AvailabilityService(db()).moveFollowUps(id).ok());
        const QString text = AvailabilityService(db()).noticeText(id, m_fixture.clientId).value();
        QVERIFY2(text.contains(QStringLiteral("Sam Lee")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("sam@northbridge.example")));
        // Dates in the client's document language (German month names), the follow-up's new date included.
        QVERIFY2(text.contains(QStringLiteral("Dezember")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("15")));
        QVERIFY(text.contains(QStringLiteral("Alex Morgan")));
        for (AvailabilityReason reason : AvailabilityReasons::all()) {
            QVERIFY(!text.contains(AvailabilityReasons::label(reason), Qt::CaseInsensitive));
            QVERIFY(!text.contains(AvailabilityReasons::key(reason), Qt::CaseInsensitive));
        }
        const QString english = AvailabilityService(db()).noticeText(id, m_ben).value();
        QVERIFY2(english.contains(QStringLiteral("December")), qPrintable(english));
    }

    void aNoticeIsRecordedAsSentWithItsText() {
        const qint64 id = AvailabilityService(db()).add(period(8, 14)).value();
        const QString text = AvailabilityService(db()).noticeText(id, m_ben).value();
        QVERIFY(!AvailabilityService(db())
                     .recordNoticeSent(id, m_ben, at(1), QStringLiteral("  "), SummaryMethod::Email)
                     .ok());
        QVERIFY(
            !AvailabilityService(db()).recordNoticeSent(id, m_ben, at(20), text, SummaryMethod::Email).ok());
        QSignalSpy changed(db().notifier(), &ChangeNotifier::changed);
        const Result<qint64> sent =
            AvailabilityService(db()).recordNoticeSent(id, m_ben, at(1), text, SummaryMethod::Email);
        QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().message));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), QStringLiteral("availability_notices"));
        const QList<SentNotice> notices = AvailabilityService(db()).notices(id).value();
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.first().text, text);
        QCOMPARE(notices.first().method, QStringLiteral("email"));
        const QList<AffectedClient> clients = AvailabilityService(db()).affectedClients(id).value();
        QCOMPARE(clients.size(), 2);
        QCOMPARE(clients.at(1).noticeSentAt, at(1));
        QVERIFY(!clients.at(0).noticeSentAt.isValid());
    }
};

QTEST_GUILESS_MAIN(tst_AvailabilityService)
#include "tst_AvailabilityService.moc"
