// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/AgreementVerifier.h"
#include "app/agreements/ContractService.h"
#include "app/agreements/DocumentParts.h"
#include "app/audit/AuditTrail.h"
#include "app/common/ChangeNotifier.h"
#include "app/demo/DemoPractice.h"
#include "app/incidents/IncidentService.h"
#include "app/storage/ContractRepository.h"
#include "app/storage/IncidentRepository.h"
#include "tests/core/AgreementFixture.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;

class tst_ContractService : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;
    test::AgreementFixture m_fixture;
    qint64 m_incident = 0;

    QString sqlError(const QString &sql) {
        QSqlQuery query = m_fixture.db->prepare(sql);
        return query.exec() ? QString() : query.lastError().databaseText();
    }

    QList<StepEntry> contractSteps(qint64 incidentId) {
        QList<StepEntry> found;
        for (const StepEntry &entry :
             effectiveSteps(IncidentRepository(*m_fixture.db).steps(incidentId).value())) {
            if (entry.stepKey == QLatin1String(StepKeys::BehaviouralContract))
                found.append(entry);
        }
        return found;
    }

    Contract signedContract() {
        const Result<Contract> done =
            ContractService(*m_fixture.db).finalise(test::completeContract(m_fixture, m_incident));
        if (!done) {
            QTest::qFail(qPrintable(done.error().message), __FILE__, __LINE__);
            return {};
        }
        return done.value();
    }

private Q_SLOTS:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase() {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void init() {
        m_fixture =
            test::makeAgreementFixture(m_dir.filePath(QStringLiteral("contract-%1.sqlite").arg(++m_count)));
        QVERIFY(m_fixture.clientId);
        m_incident = test::logIncident(m_fixture);
        QVERIFY(m_incident);
    }

    void startDraftsTheContractFromTheIncident() {
        const Result<Contract> started = ContractService(*m_fixture.db).start(m_incident);
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
        const Contract &contract = started.value();
        QCOMPARE(contract.id, 0);
        QCOMPARE(contract.incidentId, m_incident);
        QCOMPARE(contract.clientId, m_fixture.clientId);
        QCOMPARE(contract.clientName, QStringLiteral("Anna Schmidt"));
        QCOMPARE(contract.documentId.size(), 36);
        QVERIFY(!contract.content.appropriate.isEmpty());
        QVERIFY(contract.content.appropriate.contains(QStringLiteral("Each other's time")));
        QVERIFY(!contract.content.measurableGoals.isEmpty());
        QVERIFY(contract.content.reviewDate > Clock::todayLocal());
        QCOMPARE(contract.content.status, ContractStatus::Drafted);
        QVERIFY(contract.background.contains(QStringLiteral("Phoned at 21:30 about the plan.")));
        QCOMPARE(contract.terms.name, QStringLiteral("Northbridge Coaching & Training"));
        QCOMPARE(
            contract.consentText,
            Contract::defaultConsentText() +
                QStringLiteral("\nTo ask for a paper copy or to withdraw this consent: Northbridge Coaching "
                               "& Training, 12 Harbour Lane, Bristol · +44 117 496 0123."));
        QVERIFY(contract.intentText.contains(QStringLiteral("Anna Schmidt")));
        QCOMPARE(contract.events.size(), 1);
        QCOMPARE(contract.events.first().kind, AgreementEvents::opened());

        QCOMPARE(ContractService(*m_fixture.db).start(9999).error().kind, Error::Kind::NotFound);
    }

    void everyMissingItemIsNamedBeforeSigning() {
        Contract contract = ContractService(*m_fixture.db).start(m_incident).value();
        contract.content.measurableGoals = {QStringLiteral("  ")};
        contract.content.reviewDate = QDate();
        const QStringList problems = ContractService(*m_fixture.db).problemsForSigning(contract);
        for (const char *expected :
             {"at least one measurable goal", "review date", "consented to sign electronically",
              "The client has not signed.", "The practitioner has not countersigned."})
            QVERIFY2(problems.join(QLatin1Char(' ')).contains(QLatin1String(expected)), expected);
        const Result<Contract> refused = ContractService(*m_fixture.db).finalise(contract);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Invalid);
        QVERIFY(ContractRepository(*m_fixture.db).list().value().isEmpty());
        QVERIFY(contractSteps(m_incident).isEmpty());
        QVERIFY(ContractService(*m_fixture.db)
                    .problemsForSigning(test::completeContract(m_fixture, m_incident))
                    .isEmpty());
    }

    void finaliseAnnouncesTheStepAndTheContractOnceCommitted() {
        const Contract draft = test::completeContract(m_fixture, m_incident);
        QStringList announced;
        bool announcedInsideATransaction = false;
        QSqlDatabase connection = m_fixture.db->connection();
        connect(m_fixture.db->notifier(), &ChangeNotifier::changed, this, [&](const QString &table) {
            announced.append(table);
            // SQLite refuses BEGIN while a transaction is open on the connection.
            if (connection.transaction())
                connection.rollback();
            else
                announcedInsideATransaction = true;
        });
        QVERIFY(ContractService(*m_fixture.db).finalise(draft).ok());
        QCOMPARE(announced, (QStringList{QStringLiteral("incidents"), QStringLiteral("contracts")}));
        QVERIFY(!announcedInsideATransaction);
    }

    void finaliseStoresThePdfAndRecordsTheSignedStep() {
        const Contract contract = signedContract();
        QVERIFY(contract.isSigned());
        QVERIFY(contract.id > 0);
        QVERIFY(contract.pdf.startsWith("%PDF-1.4"));
        QCOMPARE(contract.pdfSha256, DocumentParts::sha256(contract.pdf));
        QCOMPARE(contract.events.last().kind, AgreementEvents::pdfProduced());

        const Result<Contract> stored = ContractRepository(*m_fixture.db).get(contract.id);
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().pdf, contract.pdf);
        QCOMPARE(stored.value().pdfSha256, contract.pdfSha256);
        QCOMPARE(stored.value().content, contract.content);
        QCOMPARE(stored.value().background, contract.background);
        QCOMPARE(stored.value().clientSignature->strokes.toJson(), test::sampleStrokes().toJson());
        QCOMPARE(stored.value().practitionerSignature->typedName, QStringLiteral("Alex Morgan"));
        QCOMPARE(stored.value().events, contract.events);
        QCOMPARE(stored.value().stepId, contract.stepId);
        QCOMPARE(ContractRepository(*m_fixture.db).signedPdf(contract.id).value(), contract.pdf);

        // The ladder shows the contract step as signed, naming the document, and the review as next.
        const QList<StepEntry> steps = contractSteps(m_incident);
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps.first().id, contract.stepId);
        const BehaviouralContract recorded = StepDetails::contract(steps.first());
        QCOMPARE(recorded.status, ContractStatus::Signed);
        QCOMPARE(recorded.documentId, contract.documentId);
        QCOMPARE(recorded.measurableGoals, contract.content.measurableGoals);
        const Incident incident = IncidentRepository(*m_fixture.db).get(m_incident).value();
        QCOMPARE(incident.currentStep, QString::fromLatin1(StepKeys::BehaviouralContract));
        QCOMPARE(incident.nextDue, contract.content.reviewDate);
        QCOMPARE(ContractStatuses::label(recorded.status), QStringLiteral("Signed"));
    }

    void anUnsignedContractStepIsCorrectedToTheSignedOne() {
        BehaviouralContract paper = ContractService(*m_fixture.db).start(m_incident).value().content;
        paper.status = ContractStatus::SignedLater;
        const Result<qint64> earlier = IncidentService(*m_fixture.db)
                                           .recordContract(m_incident, Clock::nowUtc().addSecs(-600),
                                                           QStringLiteral("To be signed."), paper);
        QVERIFY(earlier.ok());
        const Contract contract = signedContract();
        const QList<StepEntry> steps = contractSteps(m_incident);
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps.first().correctsId, earlier.value());
        QCOMPARE(StepDetails::contract(steps.first()).status, ContractStatus::Signed);
        QCOMPARE(StepDetails::contract(steps.first()).documentId, contract.documentId);
        // The original entry stays in the record.
        QVERIFY(IncidentRepository(*m_fixture.db).step(earlier.value()).ok());
    }

    void signingIsAllOrNothing() {
        const Contract draft = test::completeContract(m_fixture, m_incident);
        QVERIFY(ContractService(*m_fixture.db).finalise(draft).ok());
        // Signing the same document again fails in storage (its ID exists), after the step was written in the
        // same transaction: the step must be rolled back with it.
        const Result<Contract> again = ContractService(*m_fixture.db).finalise(draft);
        QVERIFY(!again.ok());
        QCOMPARE(contractSteps(m_incident).size(), 1);
        QCOMPARE(ContractRepository(*m_fixture.db).list().value().size(), 1);
    }

    void signedContractIsImmutableThroughPlainSql_data() {
        QTest::addColumn<QString>("sql");
        QTest::addRow("changing its text")
            << QStringLiteral("UPDATE contracts SET appropriate = 'x' WHERE id = %1");
        QTest::addRow("replacing its PDF")
            << QStringLiteral("UPDATE contracts SET pdf = substr(pdf, 1, 1) WHERE id = %1");
        QTest::addRow("reopening it as a draft")
            << QStringLiteral("UPDATE contracts SET status = 'draft' WHERE id = %1");
        QTest::addRow("deleting it") << QStringLiteral("DELETE FROM contracts WHERE id = %1");
        QTest::addRow("changing a signature")
            << QStringLiteral("UPDATE contract_signatures SET signer_name = 'x' WHERE contract_id = %1");
        QTest::addRow("deleting a signature")
            << QStringLiteral("DELETE FROM contract_signatures WHERE contract_id = %1");
        QTest::addRow("adding an event") << QStringLiteral(
            "INSERT INTO contract_events VALUES (%1, 99, '2026-01-01T00:00:00.000Z', 'opened', '')");
        QTest::addRow("changing an event") << QStringLiteral(
            "UPDATE contract_events SET at = '2020-01-01T00:00:00.000Z' WHERE contract_id = %1");
        QTest::addRow("deleting the timeline")
            << QStringLiteral("DELETE FROM contract_events WHERE contract_id = %1");
        QTest::addRow("inserting a signed contract directly") << QStringLiteral(
            "INSERT INTO contracts (document_id, client_id, client_name, incident_id, status, "
            "terms_json, signing_mode, consent_given, consent_text, intent_text, workstation, "
            "os_user, created_at, updated_at) SELECT 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee', "
            "client_id, client_name, incident_id, 'signed', terms_json, signing_mode, TRUE, '', '', "
            "'', '', created_at, updated_at FROM contracts WHERE id = %1");
    }

    void signedContractIsImmutableThroughPlainSql() {
        QFETCH(QString, sql);
        const Contract contract = signedContract();
        const QString error = sqlError(sql.arg(contract.id));
        QVERIFY2(error.contains(QStringLiteral("signed contract")) ||
                     error.contains(QStringLiteral("finalising its draft")),
                 qPrintable(error));
        const Contract stored = ContractRepository(*m_fixture.db).get(contract.id).value();
        QCOMPARE(stored.pdf, contract.pdf);
        QCOMPARE(stored.content.appropriate, contract.content.appropriate);
        QCOMPARE(stored.events, contract.events);
        QCOMPARE(stored.clientSignature->signerName, QStringLiteral("Anna Schmidt"));
        QCOMPARE(ContractRepository(*m_fixture.db).list().value().size(), 1);
    }

    void draftIsSavedAndResumed() {
        const ContractRepository repository(*m_fixture.db);
        Contract draft = test::completeContract(m_fixture, m_incident);
        draft.practitionerSignature.reset();
        draft.background = QStringLiteral("Three late calls in two weeks.");
        QVERIFY(repository.saveDraft(draft).ok());
        QVERIFY(draft.id > 0);
        QCOMPARE(repository.list(m_fixture.clientId).value().first().state, AgreementState::Draft);

        const Result<std::optional<Contract>> resumed = repository.draftFor(m_incident);
        QVERIFY(resumed.ok() && resumed.value());
        Contract again = *resumed.value();
        QCOMPARE(again.documentId, draft.documentId);
        QCOMPARE(again.content, draft.content);
        QCOMPARE(again.background, QStringLiteral("Three late calls in two weeks."));
        QCOMPARE(again.clientSignature->strokes.toJson(), test::sampleStrokes().toJson());
        QVERIFY(!again.practitionerSignature);
        QCOMPARE(again.events.size(), draft.events.size());

        // One draft per incident.
        Contract second = ContractService(*m_fixture.db).start(m_incident).value();
        QCOMPARE(repository.saveDraft(second).error().kind, Error::Kind::Conflict);

        again.practitionerSignature =
            Signature::typed(QStringLiteral("Alex Morgan"), QStringLiteral("Alex Morgan"), Clock::nowUtc());
        const Result<Contract> finished = ContractService(*m_fixture.db).finalise(again);
        QVERIFY2(finished.ok(), finished.ok() ? "" : qPrintable(finished.error().message));
        QCOMPARE(finished.value().id, draft.id);
        QVERIFY(!repository.draftFor(m_incident).value());
        QCOMPARE(repository.discardDraft(draft.id).error().kind, Error::Kind::Conflict);
    }

    void aDiscardedDraftIsKeptRecordedAndNoLongerCounts() {
        const ContractService service(*m_fixture.db);
        Contract draft = service.start(m_incident).value();
        QVERIFY(service.saveDraft(draft).ok());
        QVERIFY(service.discardDraft(draft.id).ok());
        QVERIFY(!service.draftFor(m_incident).value());
        const Contract kept = service.get(draft.id).value();
        QCOMPARE(kept.state, AgreementState::Discarded);
        QCOMPARE(kept.documentId, draft.documentId);
        QCOMPARE(ContractRepository(*m_fixture.db).list(m_fixture.clientId).value().first().state,
                 AgreementState::Discarded);
        Contract stale = kept;
        QCOMPARE(service.saveDraft(stale).error().kind, Error::Kind::Conflict);
        QCOMPARE(service.discardDraft(draft.id).error().kind, Error::Kind::Conflict);
        QCOMPARE(service.discardDraft(draft.id + 100).error().kind, Error::Kind::NotFound);

        // A new draft on the same incident can be started, and the audit trail still verifies.
        Contract fresh = service.start(m_incident).value();
        QVERIFY(service.saveDraft(fresh).ok());
        QCOMPARE(service.draftFor(m_incident).value()->id, fresh.id);
        const Result<AuditTrail::Report> audit = AuditTrail(*m_fixture.db).verify({});
        QVERIFY(audit.ok());
        QVERIFY2(audit.value().intact(), qPrintable(audit.value().problems.join(QLatin1Char('\n'))));
    }

    void closedIncidentTakesNoContract() {
        QVERIFY(IncidentService(*m_fixture.db).close(m_incident, QStringLiteral("Resolved.")).ok());
        const Result<Contract> refused =
            ContractService(*m_fixture.db).finalise(test::completeContract(m_fixture, m_incident));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("closed")),
                 qPrintable(refused.error().message));
        QVERIFY(ContractRepository(*m_fixture.db).list().value().isEmpty());
    }

    void unsignedCopyIsForPaper() {
        Contract draft = ContractService(*m_fixture.db).start(m_incident).value();
        const Result<QByteArray> pdf = ContractService(*m_fixture.db).unsignedCopy(draft);
        QVERIFY(pdf.ok());
        const QString text = test::pdfText(pdf.value());
        QVERIFY(text.contains(QStringLiteral("Copy for signing on paper")));
        QVERIFY(text.contains(QStringLiteral("Unsigned copy · Document ID ") + draft.documentId));
        QVERIFY(ContractRepository(*m_fixture.db).list().value().isEmpty());
    }

    void demoPracticeHasASignedContract() {
        auto opened = DemoPractice::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        const Database &demo = *opened.value();
        const QList<ContractSummary> contracts = ContractRepository(demo).list().value();
        QCOMPARE(contracts.size(), 1);
        QCOMPARE(contracts.first().state, AgreementState::Signed);
        const Contract contract = ContractRepository(demo).get(contracts.first().id).value();
        QCOMPARE(contract.clientName, QStringLiteral("Lukas Becker"));
        QCOMPARE(contract.clientSignature->method, SignatureMethod::Drawn);
        QCOMPARE(contract.practitionerSignature->method, SignatureMethod::Drawn);
        QVERIFY(!contract.clientSignature->strokes.isEmpty());
        const StepEntry step = IncidentRepository(demo).step(contract.stepId).value();
        QCOMPARE(StepDetails::contract(step).status, ContractStatus::Signed);
        QCOMPARE(StepDetails::contract(step).documentId, contract.documentId);
        QVERIFY(test::pdfText(contract.pdf).contains(QStringLiteral("No raised voice or swearing")));
        QBuffer file;
        file.setData(contract.pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(AgreementVerifier(demo).verify(file).value().outcome, VerificationResult::Outcome::Match);
    }
};

QTEST_MAIN(tst_ContractService)
#include "tst_ContractService.moc"
