// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientService.h"
#include "app/common/Clock.h"
#include "app/incidents/IncidentDetails.h"
#include "app/incidents/IncidentService.h"
#include "app/policy/PolicyService.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bk;

class TestIncidentDetails : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Database> m_db;
    qint64 m_client = 0;

    static QDateTime now() { return QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC); }

    static QDateTime at(int daysFromNow, int hour = 12) {
        return QDateTime(now().date().addDays(daysFromNow), QTime(hour, 0), Qt::UTC);
    }

    qint64 logIncident(const QString &boundary = QStringLiteral("after_hours_contact")) {
        NewIncident incident = test::afterHoursCall(m_client, at(-1, 21));
        incident.boundaryKey = boundary;
        return test::logIncident(*m_db, incident);
    }

    IncidentDetails details(qint64 id) {
        Result<IncidentDetails> loaded = IncidentDetails::load(*m_db, id);
        if (!loaded)
            qWarning() << loaded.error().message;
        return loaded ? std::move(loaded).value() : IncidentDetails{};
    }

    void publishWithBoundary(const QString &key, const QString &title, bool retired) {
        PolicyDocument draft = PolicyService(*m_db).draft().value();
        draft.boundary(key)->title = title;
        draft.boundary(key)->retired = retired;
        QVERIFY(PolicyService(*m_db).saveDraft(draft).ok());
        QVERIFY(PolicyService(*m_db).publish().ok());
    }

private Q_SLOTS:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase() {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void init() {
        Clock::setNowFunction([] { return now(); });
        m_db = test::openDatabase(m_dir.filePath(QStringLiteral("details-%1.sqlite").arg(++m_counter)));
        QVERIFY(m_db);
        Client client;
        client.fullName = QStringLiteral("Jordan Reyes");
        client.preferredName = QStringLiteral("Jordan");
        m_client = ClientService(*m_db).add(client).value();
    }

    void cleanup() {
        m_db.reset();
        Clock::setNowFunction({});
    }

    void holdsTheIncidentItsClientAndTheCurrentPolicy() {
        const qint64 id = logIncident();
        const IncidentDetails loaded = details(id);
        QCOMPARE(loaded.incident.id, id);
        QCOMPARE(loaded.client.id, m_client);
        QCOMPARE(loaded.client.fullName, QStringLiteral("Jordan Reyes"));
        const PolicyDocument policy = IncidentService(*m_db).currentPolicy().value().document;
        QCOMPARE(loaded.ladder.size(), policy.ladder.size());
        QCOMPARE(loaded.boundaries.size(), policy.boundaries.size());
        QCOMPARE(loaded.boundaryTitles.value(QStringLiteral("after_hours_contact")),
                 policy.boundary(QStringLiteral("after_hours_contact"))->title);
        QCOMPARE(loaded.boundary.key, QStringLiteral("after_hours_contact"));
        QVERIFY(!loaded.boundaryRetired);
        QVERIFY(loaded.isOpen());
        QCOMPARE(loaded.clientIncidents.size(), 1);
        QVERIFY(loaded.clientIncidents.contains(id));
        QVERIFY(!loaded.proposal);
    }

    void anUnknownIncidentIsNotFound() {
        const Result<IncidentDetails> loaded = IncidentDetails::load(*m_db, 4711);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().kind, Error::Kind::NotFound);
    }

    void theBoundaryIsWordedAsTheVersionItWasJudgedAgainst() {
        const QString key = QStringLiteral("after_hours_contact");
        publishWithBoundary(key, QStringLiteral("Contact in working hours"), false);
        const qint64 id = logIncident(key);
        publishWithBoundary(key, QStringLiteral("Contact only in working hours"), false);
        const IncidentDetails loaded = details(id);
        QCOMPARE(loaded.incident.policyVersion, 1);
        QCOMPARE(loaded.boundary.title, QStringLiteral("Contact in working hours"));
        QVERIFY(!loaded.boundaryRetired);
        QCOMPARE(loaded.boundaryTitles.value(key), QStringLiteral("Contact only in working hours"));
    }

    void aBoundaryNoPolicyHoldsAnyMoreKeepsItsKey() {
        // Logged under the draft (version 0), which the first published version then retires.
        const QString key = QStringLiteral("after_hours_contact");
        const qint64 id = logIncident(key);
        publishWithBoundary(key, QStringLiteral("Gone"), true);
        const IncidentDetails loaded = details(id);
        QVERIFY(loaded.boundaryRetired);
        QCOMPARE(loaded.boundary.key, key);
        QVERIFY(loaded.boundary.title.isEmpty());
    }

    void thePositionIsTheServicesAndEndsWithTheIncident() {
        const IncidentService service(*m_db);
        const qint64 id = logIncident();
        QVERIFY(service.recordConversation(id, at(0, 14), QStringLiteral("Agreed to email.")).ok());
        IncidentDetails loaded = details(id);
        const LadderPosition position = service.position(id).value();
        QCOMPARE(loaded.position.currentStep, QStringLiteral("conversation"));
        QCOMPARE(loaded.position.currentStep, position.currentStep);
        QCOMPARE(loaded.position.nextStep, position.nextStep);
        QCOMPARE(loaded.position.nextAction, position.nextAction);
        QCOMPARE(loaded.position.nextDue, position.nextDue);
        QCOMPARE(loaded.position.nextAction, loaded.incident.nextAction);

        QVERIFY(service.close(id, QStringLiteral("Resolved.")).ok());
        loaded = details(id);
        QVERIFY(!loaded.isOpen());
        QCOMPARE(loaded.position.currentStep, QStringLiteral("conversation"));
        QVERIFY(loaded.position.nextAction.isEmpty());
        QVERIFY(!loaded.position.nextDue.isValid());
    }

    void correctedEntriesAndOutcomesAreOnRecordButNotInForce() {
        const IncidentService service(*m_db);
        const qint64 id = logIncident();
        const qint64 original = service.recordConversation(id, at(0), QStringLiteral("Wrong gist.")).value();
        const qint64 correction =
            service.correctStep(original, at(0, 13), QStringLiteral("Agreed to email instead."), {}).value();
        QVERIFY(service.recordGoals(id, at(1), QString(), {{0, 0, 0, QStringLiteral("Goal"), at(7).date()}})
                    .ok());
        IncidentDetails loaded = details(id);
        QCOMPARE(loaded.entries.size(), 3);
        QCOMPARE(loaded.effectiveEntries().size(), 2);
        QCOMPARE(loaded.latestEntry(QStringLiteral("conversation"))->id, correction);
        QCOMPARE(loaded.latestEntry(QStringLiteral("written_summary")), nullptr);
        QCOMPARE(loaded.followUps.size(), 1);
        const qint64 followUp = loaded.followUps.first().id;
        QCOMPARE(loaded.outcomeOf(followUp), nullptr);

        const qint64 outcome =
            service.recordFollowUpOutcome(followUp, FollowUpResult::NotMet, QString()).value();
        const qint64 corrected =
            service.correctFollowUpOutcome(outcome, FollowUpResult::Met, QStringLiteral("Misread")).value();
        loaded = details(id);
        QCOMPARE(loaded.outcomes.size(), 2);
        QCOMPARE(loaded.outcomeOf(followUp)->id, corrected);
        QCOMPARE(loaded.outcomeOf(followUp)->result, FollowUpResult::Met);
    }

    void stepsAreTitledByTheLadder() {
        const IncidentDetails loaded = details(logIncident());
        const LadderStep first = loaded.ladder.first();
        QCOMPARE(loaded.step(first.key)->title, first.title);
        QCOMPARE(loaded.stepTitle(first.key), first.title);
        QCOMPARE(loaded.step(QStringLiteral("no_such_step")), nullptr);
        QCOMPARE(loaded.stepTitle(QStringLiteral("no_such_step")), QStringLiteral("no_such_step"));
    }

    void proposesAContractAfterThreeIncidents() {
        for (int i = 0; i < 2; ++i)
            QVERIFY(logIncident() > 0);
        const qint64 id = logIncident();
        const IncidentDetails loaded = details(id);
        QCOMPARE(loaded.clientIncidents.size(), 3);
        QVERIFY(loaded.proposal);
        QCOMPARE(loaded.proposal->incidentIds.size(), 3);
        QVERIFY(loaded.proposal->incidentIds.contains(id));
        QCOMPARE(loaded.proposal->incidentIds,
                 IncidentService(*m_db).contractProposal(m_client).value()->incidentIds);
    }
};

QTEST_GUILESS_MAIN(TestIncidentDetails)
#include "tst_IncidentDetails.moc"
