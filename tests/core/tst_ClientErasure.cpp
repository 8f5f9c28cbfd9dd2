// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/AgreementService.h"
#include "app/agreements/ContractService.h"
#include "app/clients/ClientService.h"
#include "app/dashboard/DashboardService.h"
#include "app/incidents/IncidentService.h"
#include "tests/core/AgreementFixture.h"
#include "tests/support/TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;

Q_DECLARE_METATYPE(bk::SignedDocuments)

/// A client's request to erase their personal data (ClientService::erase): what goes, what stays, and that
/// the append-only tables open for exactly that and nothing else.
class TestClientErasure : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;
    test::AgreementFixture m_fixture;
    qint64 m_incident = 0;

    // Where the client's own words could be, with how many rows hold `needle` in each.
    qint64 rowsHolding(const QString &needle) const {
        const QStringList places = {
            QStringLiteral("clients:full_name || preferred_name || email || phone || notes"),
            QStringLiteral("incidents:description || outcome"),
            QStringLiteral("incident_steps:note || details"),
            QStringLiteral("incident_follow_ups:goal"),
            QStringLiteral("incident_follow_up_outcomes:note"),
            QStringLiteral("agreements:client_name || terms_json"),
            QStringLiteral("agreement_discussions:questions || answers"),
            QStringLiteral("agreement_signatures:signer_name"),
            QStringLiteral("contracts:client_name || background"),
            QStringLiteral("contract_signatures:signer_name"),
        };
        qint64 rows = 0;
        for (const QString &place : places) {
            const QStringList parts = place.split(QLatin1Char(':'));
            QSqlQuery query =
                m_fixture.db->prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 LIKE :needle")
                                          .arg(parts.at(0), parts.at(1)));
            query.bindValue(QStringLiteral(":needle"), QString(QLatin1Char('%') + needle + QLatin1Char('%')));
            if (!query.exec() || !query.next()) {
                QTest::qFail(qPrintable(query.lastError().text()), __FILE__, __LINE__);
                return -1;
            }
            rows += query.value(0).toLongLong();
        }
        return rows;
    }

    qint64 count(const QString &sql) const {
        QSqlQuery query(m_fixture.db->connection());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    DashboardFigures figures() const {
        const DashboardService dashboard(*m_fixture.db);
        return dashboard.compute(dashboard.defaultRequest().value()).value();
    }

    // A client with everything: an agreement signed, an incident with a conversation, goals and an outcome,
    // a behavioural contract signed.
    void giveTheClientRecords() {
        QVERIFY(AgreementService(*m_fixture.db).finalise(test::completeAgreement(m_fixture)).ok());
        const IncidentService incidents(*m_fixture.db);
        const Result<qint64> goals = incidents.recordGoals(
            m_incident, Clock::nowUtc().addSecs(-1800), QStringLiteral("Anna wants calmer evenings"),
            {FollowUp{0, 0, 0, QStringLiteral("Anna emails instead of phoning"),
                      Clock::todayLocal().addDays(7)}});
        QVERIFY2(goals.ok(), goals.ok() ? "" : qPrintable(goals.error().message));
        const qint64 followUp = incidents.record(m_incident).value().followUps.first().id;
        QVERIFY(incidents.recordFollowUpOutcome(followUp, FollowUpResult::Met, QStringLiteral("Anna kept it"))
                    .ok());
        QVERIFY(ContractService(*m_fixture.db).finalise(test::completeContract(m_fixture, m_incident)).ok());
    }

private Q_SLOTS:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase() {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void init() {
        m_fixture =
            test::makeAgreementFixture(m_dir.filePath(QStringLiteral("erase-%1.sqlite").arg(++m_count)));
        QVERIFY(m_fixture.clientId);
        m_incident = test::logIncident(m_fixture, QStringLiteral("Anna phoned at 21:30 about the plan."));
        QVERIFY(m_incident);
        giveTheClientRecords();
    }

    void cleanup() { m_fixture.db.reset(); }

    void deleteForGoodIsRefusedForAClientWithRecords() {
        const Status removed = ClientService(*m_fixture.db).remove(m_fixture.clientId);
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error().kind, Error::Kind::Conflict);
    }

    void scopeNamesWhatGoes() {
        const ErasureScope scope = ClientService(*m_fixture.db).erasureScope(m_fixture.clientId).value();
        QCOMPARE(scope.incidents, 1);
        QCOMPARE(scope.signedAgreements, 1);
        QCOMPARE(scope.signedContracts, 1);
        QCOMPARE(ClientService(*m_fixture.db).erasureScope(9999).error().kind, Error::Kind::NotFound);
    }

    void erasureLeavesNoPersonalDataAndTheCountsAsTheyWere_data() {
        QTest::addColumn<SignedDocuments>("documents");
        QTest::newRow("removing the signed documents") << SignedDocuments::Remove;
        QTest::newRow("keeping the signed documents") << SignedDocuments::Keep;
    }

    void erasureLeavesNoPersonalDataAndTheCountsAsTheyWere() {
        QFETCH(SignedDocuments, documents);
        QVERIFY(rowsHolding(QStringLiteral("Anna")) > 0);
        const DashboardFigures before = figures();
        const qint64 steps = count(QStringLiteral("SELECT count(*) FROM incident_steps"));

        const Status erased = ClientService(*m_fixture.db).erase(m_fixture.clientId, documents);
        QVERIFY2(erased.ok(), erased.ok() ? "" : qPrintable(erased.error().message));

        const Client client = ClientService(*m_fixture.db).get(m_fixture.clientId).value();
        QCOMPARE(client.fullName, Client::ErasedText);
        QVERIFY(client.email.isEmpty() && client.phone.isEmpty() && client.notes.isEmpty());
        const qint64 signedLeft =
            count(QStringLiteral("SELECT count(*) FROM agreements WHERE status = 'signed'")) +
            count(QStringLiteral("SELECT count(*) FROM contracts WHERE status = 'signed'"));
        if (documents == SignedDocuments::Remove) {
            QCOMPARE(rowsHolding(QStringLiteral("Anna")), 0);
            QCOMPARE(signedLeft, 0);
        } else {
            // Kept by the practitioner's choice: the signed documents name the client, and nothing else does.
            QCOMPARE(signedLeft, 2);
            QCOMPARE(
                rowsHolding(QStringLiteral("Anna")),
                count(QStringLiteral("SELECT count(*) FROM agreements")) +
                    count(QStringLiteral("SELECT count(*) FROM agreement_signatures WHERE role = 'client'")) +
                    count(QStringLiteral("SELECT count(*) FROM contracts")) +
                    count(QStringLiteral("SELECT count(*) FROM contract_signatures WHERE role = 'client'")));
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM incident_steps")), steps);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM clients WHERE erased_at IS NOT NULL")), 1);

        const DashboardFigures after = figures();
        QCOMPARE(after.incidents, before.incidents);
        QCOMPARE(after.openIncidents, before.openIncidents);
        QCOMPARE(after.outsideHours, before.outsideHours);
        QCOMPARE(after.overdueFollowUps, before.overdueFollowUps);
        QCOMPARE(after.byBoundary.size(), before.byBoundary.size());

        const Status again = ClientService(*m_fixture.db).erase(m_fixture.clientId, documents);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Kind::Invalid);
        QCOMPARE(ClientService(*m_fixture.db).erase(9999, documents).error().kind, Error::Kind::NotFound);
    }

    // The triggers let the erasure's own writes through, for an erased client, and nothing else.
    void theAppendOnlyTablesStayClosedOtherwise() {
        QSqlQuery query(m_fixture.db->connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE incident_steps SET note = '', details = '{}'")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM agreements")));
        QVERIFY(ClientService(*m_fixture.db).erase(m_fixture.clientId, SignedDocuments::Keep).ok());
        QVERIFY(!query.exec(QStringLiteral("UPDATE incident_steps SET note = 'rewritten'")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE incident_steps SET step_key = 'closed', note = ''")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE incident_follow_ups SET goal = 'another goal'")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE incident_follow_up_outcomes SET outcome = 2, note = ''")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM incident_steps")));
        // Kept signed documents stay immutable.
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM agreements")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM contract_signatures")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM agreements WHERE status = 'signed'")), 1);
    }
};

QTEST_MAIN(TestClientErasure)
#include "tst_ClientErasure.moc"
