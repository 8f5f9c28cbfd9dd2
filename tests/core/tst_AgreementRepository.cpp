// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/AgreementService.h"
#include "app/agreements/AgreementVerifier.h"
#include "app/audit/AuditTrail.h"
#include "app/clients/ClientService.h"
#include "app/clients/ClientTableModel.h"
#include "app/demo/DemoPractice.h"
#include "app/policy/PracticeService.h"
#include "app/storage/AcknowledgementRepository.h"
#include "app/storage/AgreementRepository.h"
#include "tests/core/AgreementFixture.h"
#include "tests/support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;

class tst_AgreementRepository : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    test::AgreementFixture fixture() {
        return test::makeAgreementFixture(m_dir.filePath(QStringLiteral("%1.sqlite").arg(++m_count)));
    }

    static qint64 scalar(const Database &db, const QString &sql) {
        QSqlQuery query(db.connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase() {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void draftIsSavedResumedAndNeverCountsAsSigned() {
        const test::AgreementFixture f = fixture();
        QVERIFY(f.clientId);
        const AgreementRepository repository(*f.db);
        QCOMPARE(repository.stateFor(f.clientId).value().status, AgreementStatus::None);

        Agreement draft = test::completeAgreement(f);
        draft.discussions[2].discussed = false;
        QVERIFY(repository.saveDraft(draft).ok());
        QVERIFY(draft.id > 0);

        const std::optional<Agreement> resumed = repository.draftFor(f.clientId).value();
        QVERIFY(resumed);
        QCOMPARE(resumed->id, draft.id);
        QCOMPARE(resumed->documentId, draft.documentId);
        QCOMPARE(resumed->discussions, draft.discussions);
        QCOMPARE(resumed->events, draft.events);
        QCOMPARE(resumed->terms, draft.terms);
        QVERIFY(resumed->clientSignature && resumed->practitionerSignature);
        QCOMPARE(resumed->clientSignature->method, SignatureMethod::Drawn);
        QCOMPARE(resumed->clientSignature->strokes.toJson(), draft.clientSignature->strokes.toJson());
        QCOMPARE(resumed->clientSignature->imagePng, draft.clientSignature->imagePng);
        QCOMPARE(resumed->practitionerSignature->typedName, QStringLiteral("Alex Morgan"));
        QVERIFY(!resumed->isSigned());

        // Updating keeps one draft; a second new draft for the same client is refused.
        Agreement updated = *resumed;
        updated.discussions[2].discussed = true;
        updated.discussions[2].questions = QStringLiteral("What if I am late?");
        QVERIFY(repository.saveDraft(updated).ok());
        QCOMPARE(repository.get(draft.id).value().discussions[2].questions,
                 QStringLiteral("What if I am late?"));
        Agreement second = test::completeAgreement(f);
        QCOMPARE(repository.saveDraft(second).error().kind, Error::Kind::Conflict);

        // A draft is not a signature: no acknowledgement, status "Draft", no PDF.
        const ClientAgreementState state = repository.stateFor(f.clientId).value();
        QCOMPARE(state.status, AgreementStatus::Draft);
        QCOMPARE(state.draftId, draft.id);
        QCOMPARE(state.signedVersion, 0);
        QCOMPARE(AcknowledgementRepository(*f.db).acknowledgedVersion(f.clientId).value(), 0);
        QVERIFY(!repository.signedPdf(draft.id).ok());
        QCOMPARE(repository.list(f.clientId).value().size(), 1);
        QCOMPARE(repository.list(f.clientId).value().first().state, AgreementState::Draft);

        QVERIFY(repository.discardDraft(draft.id).ok());
        QVERIFY(!repository.draftFor(f.clientId).value());
    }

    void aDiscardedDraftIsKeptRecordedAndNoLongerCounts() {
        const test::AgreementFixture f = fixture();
        QVERIFY(f.clientId);
        const AgreementService service(*f.db);
        ClientTableModel clients(*f.db);
        const auto statusOf = [&clients, &f]() {
            return clients.index(clients.rowOf(f.clientId), ClientTableModel::AgreementColumn)
                .data(ClientTableModel::AgreementStatusRole)
                .toInt();
        };
        Agreement draft = test::completeAgreement(f);
        QVERIFY(service.saveDraft(draft).ok());
        QCOMPARE(AgreementRepository(*f.db).stateFor(f.clientId).value().status, AgreementStatus::Draft);
        QCOMPARE(statusOf(), int(AgreementStatus::Draft));

        QVERIFY(service.discardDraft(draft.id).ok());
        QCOMPARE(statusOf(), int(AgreementStatus::None));
        // Kept, marked with when and by whom, and no longer the client's draft anywhere.
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT count(*) FROM agreements WHERE id = %1 AND status = "
                                              "'draft' AND discarded_at IS NOT NULL")
                                   .arg(draft.id)),
                 1);
        QCOMPARE(
            scalar(*f.db, QStringLiteral("SELECT coalesce(discarded_by, 0) FROM agreements WHERE id = %1")
                              .arg(draft.id)),
            f.db->practitionerId());
        const ClientAgreementState state = AgreementRepository(*f.db).stateFor(f.clientId).value();
        QCOMPARE(state.status, AgreementStatus::None);
        QCOMPARE(state.draftId, 0);
        QVERIFY(!service.draftFor(f.clientId).value());
        QCOMPARE(service.get(draft.id).value().state, AgreementState::Discarded);
        QCOMPARE(AgreementRepository(*f.db).list(f.clientId).value().first().state,
                 AgreementState::Discarded);

        // It can be neither changed, signed nor discarded again; plain SQL is refused as well.
        Agreement stale = service.get(draft.id).value();
        QCOMPARE(service.saveDraft(stale).error().kind, Error::Kind::Conflict);
        QCOMPARE(service.finalise(stale).error().kind, Error::Kind::Conflict);
        QCOMPARE(service.discardDraft(draft.id).error().kind, Error::Kind::Conflict);
        QCOMPARE(service.discardDraft(draft.id + 100).error().kind, Error::Kind::NotFound);
        QSqlQuery change(f.db->connection());
        QVERIFY(
            !change.exec(QStringLiteral("UPDATE agreements SET client_name = 'Someone else' WHERE id = %1")
                             .arg(draft.id)));

        // A new draft can be started beside it, and the audit trail still verifies.
        Agreement fresh = test::completeAgreement(f);
        QVERIFY(service.saveDraft(fresh).ok());
        QCOMPARE(service.draftFor(f.clientId).value()->id, fresh.id);
        const Result<AuditTrail::Report> audit = AuditTrail(*f.db).verify({});
        QVERIFY(audit.ok());
        QVERIFY2(audit.value().intact(), qPrintable(audit.value().problems.join(QLatin1Char('\n'))));
    }

    void aNewAgreementCarriesOverWhatTheClientsSignedOneRecorded() {
        const test::AgreementFixture f = fixture();
        QVERIFY(f.clientId);
        const AgreementService service(*f.db);
        const PracticeProfile profile = PracticeService(*f.db).load().value();
        // Nothing signed yet: the practice profile as it is.
        const Agreement fresh = service.start(f.clientId).value();
        QCOMPARE(fresh.terms.clientRole, profile.clientRole);
        QVERIFY(Agreement::adjustedParts(fresh.terms, profile).isEmpty());

        Agreement first = test::completeAgreement(f);
        first.terms.clientRole = QStringLiteral("Arrive five minutes early.");
        first.terms.responseTimes = QStringLiteral("Within one working day.");
        first.discussions.first().questions = QStringLiteral("What if I am late?");
        first.discussions.first().answers = QStringLiteral("Send a text.");
        QVERIFY(service.finalise(first).ok());

        const Agreement next = service.start(f.clientId).value();
        QCOMPARE(next.terms.clientRole, QStringLiteral("Arrive five minutes early."));
        QCOMPARE(next.terms.responseTimes, QStringLiteral("Within one working day."));
        QCOMPARE(next.terms.name, profile.name); // the practice itself as it is now
        QCOMPARE(next.discussions.first().questions, QStringLiteral("What if I am late?"));
        QCOMPARE(next.discussions.first().answers, QStringLiteral("Send a text."));
        QVERIFY(std::none_of(next.discussions.cbegin(), next.discussions.cend(),
                             [](const BoundaryDiscussion &entry) { return entry.discussed; }));
        QCOMPARE(Agreement::adjustedParts(next.terms, profile),
                 (QStringList{QStringLiteral("roles and scope"), QStringLiteral("response times")}));
    }

    void theDatabaseSignsOnlyWithBothSignaturesAndTheStoredPdfsDigest() {
        const test::AgreementFixture f = fixture();
        QVERIFY(f.clientId);
        Agreement draft = test::completeAgreement(f);
        const AgreementRepository repository(*f.db);
        QVERIFY(repository.saveDraft(draft).ok());
        const QByteArray pdf = QByteArrayLiteral("%PDF-1.4 not the agreement");
        const QString digest =
            QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
        auto sign = [&](const QString &sha) {
            QSqlQuery query = f.db->prepare(QStringLiteral(
                "UPDATE agreements SET status = 'signed', signed_at = :at, pdf = :pdf, pdf_sha256 = :sha "
                "WHERE id = :id"));
            query.bindValue(QStringLiteral(":at"), QStringLiteral("2026-11-22T10:00:00.000Z"));
            query.bindValue(QStringLiteral(":pdf"), pdf);
            query.bindValue(QStringLiteral(":sha"), sha);
            query.bindValue(QStringLiteral(":id"), draft.id);
            return query.exec();
        };
        // Plain SQL naming another PDF's digest is refused; without the client's signature too.
        QVERIFY(!sign(QString(64, QLatin1Char('0'))));
        QSqlQuery unsign(f.db->connection());
        QVERIFY(
            unsign.exec(QStringLiteral("DELETE FROM agreement_signatures WHERE agreement_id = %1 AND role = "
                                       "'client'")
                            .arg(draft.id)));
        QVERIFY(!sign(digest));
        QVERIFY(!repository.get(draft.id).value().isSigned());
    }

    void finaliseRequiresEverything_data() {
        QTest::addColumn<QString>("missing");
        QTest::addRow("a boundary not ticked") << QStringLiteral("tick");
        QTest::addRow("no client signature") << QStringLiteral("client");
        QTest::addRow("no countersignature") << QStringLiteral("practitioner");
        QTest::addRow("no consent to sign electronically") << QStringLiteral("consent");
        QTest::addRow("an empty drawn signature") << QStringLiteral("strokes");
    }

    void finaliseRequiresEverything() {
        QFETCH(QString, missing);
        const test::AgreementFixture f = fixture();
        Agreement agreement = test::completeAgreement(f);
        if (missing == QLatin1String("tick"))
            agreement.discussions.last().discussed = false;
        else if (missing == QLatin1String("client"))
            agreement.clientSignature.reset();
        else if (missing == QLatin1String("practitioner"))
            agreement.practitionerSignature.reset();
        else if (missing == QLatin1String("consent"))
            agreement.consentGiven = false;
        else
            agreement.clientSignature->strokes.clear();
        const Result<Agreement> result = AgreementService(*f.db).finalise(agreement);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Invalid);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT count(*) FROM agreements WHERE status = 'signed'")), 0);
        QCOMPARE(AcknowledgementRepository(*f.db).acknowledgedVersion(f.clientId).value(), 0);
    }

    void finaliseStoresTheSignedRecordAndAcknowledges() {
        const test::AgreementFixture f = fixture();
        const AgreementRepository repository(*f.db);
        Agreement draft = test::completeAgreement(f);
        QVERIFY(repository.saveDraft(draft).ok());
        const Result<Agreement> finalised = AgreementService(*f.db).finalise(draft);
        QVERIFY2(finalised.ok(), finalised.ok() ? "" : qPrintable(finalised.error().message));
        QCOMPARE(finalised.value().id, draft.id);

        const Agreement stored = repository.get(draft.id).value();
        QVERIFY(stored.isSigned());
        QCOMPARE(stored.pdf, finalised.value().pdf);
        QCOMPARE(
            stored.pdfSha256,
            QString::fromLatin1(QCryptographicHash::hash(stored.pdf, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(stored.policySha256, f.policy.sha256);
        QCOMPARE(stored.signedAt, finalised.value().signedAt);
        QCOMPARE(stored.workstation, Workstation::hostName());
        QStringList kinds;
        for (const AgreementEvent &event : stored.events)
            kinds.append(event.kind);
        for (const QString &kind :
             {AgreementEvents::opened(), AgreementEvents::consentGiven(), AgreementEvents::signedByClient(),
              AgreementEvents::countersigned(), AgreementEvents::pdfProduced()})
            QVERIFY2(kinds.contains(kind), qPrintable(kind));
        QCOMPARE(repository.signedPdf(draft.id).value(), stored.pdf);
        QVERIFY(!repository.draftFor(f.clientId).value());
        QCOMPARE(AcknowledgementRepository(*f.db).acknowledgedVersion(f.clientId).value(), f.policy.version);
        const ClientAgreementState state = repository.stateFor(f.clientId).value();
        QCOMPARE(state.status, AgreementStatus::Signed);
        QCOMPARE(state.signedVersion, f.policy.version);
        QCOMPARE(AgreementStatuses::label(state.status, state.signedVersion), QStringLiteral("Signed v1"));

        // Finalising twice, or saving the signed agreement as a draft, is refused.
        QCOMPARE(AgreementService(*f.db).finalise(stored).error().kind, Error::Kind::Invalid);
        Agreement copy = stored;
        QCOMPARE(repository.saveDraft(copy).error().kind, Error::Kind::Conflict);
        QCOMPARE(repository.discardDraft(stored.id).error().kind, Error::Kind::Conflict);
        // The client cannot be deleted while a signed agreement refers to them.
        QVERIFY(!ClientService(*f.db).remove(f.clientId).ok());

        // A new policy version makes a re-acknowledgement due; signing on it clears that.
        PolicyDocument next = f.policy.document;
        next.boundaries.first().consequence = QStringLiteral("A changed consequence.");
        QVERIFY(PolicyService(*f.db).saveDraft(next).ok());
        QVERIFY(PolicyService(*f.db).publish().ok());
        QCOMPARE(repository.stateFor(f.clientId).value().status, AgreementStatus::ReacknowledgementDue);
        const Result<Agreement> renewed = AgreementService(*f.db).finalise(test::completeAgreement(f));
        QVERIFY(renewed.ok());
        QCOMPARE(renewed.value().policyVersion, 2);
        QCOMPARE(repository.stateFor(f.clientId).value().status, AgreementStatus::Signed);
        QCOMPARE(repository.list(f.clientId).value().size(), 2);
    }

    void paperAgreementKeepsItsNoteAndScan() {
        const test::AgreementFixture f = fixture();
        Agreement agreement = test::completeAgreement(f);
        agreement.signingMode = SigningMode::Paper;
        agreement.addEvent(AgreementEvents::paperChosen());
        // Electronic signatures on a paper agreement are refused.
        QCOMPARE(AgreementService(*f.db).finalise(agreement).error().kind, Error::Kind::Invalid);
        agreement.clientSignature = Signature::paper(QStringLiteral("Anna Schmidt"), Clock::nowUtc());
        agreement.clientSignature->scan = QByteArrayLiteral("%PDF-1.4 scanned original");
        agreement.clientSignature->scanMime = QStringLiteral("application/pdf");
        agreement.practitionerSignature = Signature::paper(QStringLiteral("Alex Morgan"), Clock::nowUtc(),
                                                           QStringLiteral("Original in the client file."));
        const Result<Agreement> finalised = AgreementService(*f.db).finalise(agreement);
        QVERIFY2(finalised.ok(), finalised.ok() ? "" : qPrintable(finalised.error().message));
        const Agreement stored = AgreementRepository(*f.db).get(finalised.value().id).value();
        QCOMPARE(stored.signingMode, SigningMode::Paper);
        QCOMPARE(stored.clientSignature->method, SignatureMethod::Paper);
        QCOMPARE(stored.clientSignature->scan, QByteArrayLiteral("%PDF-1.4 scanned original"));
        QCOMPARE(stored.clientSignature->scanMime, QStringLiteral("application/pdf"));
        QCOMPARE(stored.practitionerSignature->paperNote, QStringLiteral("Original in the client file."));
        const QString text = test::pdfText(stored.pdf);
        QVERIFY(text.contains(QStringLiteral("Original in the client file.")));
        QVERIFY(text.contains(QStringLiteral("Signed on paper")));
    }

    void clientTableShowsTheAgreementStatus() {
        const test::AgreementFixture f = fixture();
        Client other;
        other.fullName = QStringLiteral("Ben Becker");
        const qint64 otherId = ClientService(*f.db).add(other).value();
        ClientTableModel model(*f.db);
        QAbstractItemModelTester tester(&model);
        QCOMPARE(model.headerData(ClientTableModel::AgreementColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Agreement"));
        const auto cell = [&model](qint64 id) {
            return model.index(model.rowOf(id), ClientTableModel::AgreementColumn);
        };
        QCOMPARE(cell(f.clientId).data().toString(), QStringLiteral("\u2014"));

        Agreement draft = test::completeAgreement(f);
        QVERIFY(AgreementService(*f.db).saveDraft(draft).ok());
        // The model refreshed itself after the write.
        QCOMPARE(cell(f.clientId).data().toString(), QStringLiteral("Draft"));
        QCOMPARE(cell(f.clientId).data(ClientTableModel::AgreementStatusRole).toInt(),
                 int(AgreementStatus::Draft));
        QCOMPARE(cell(otherId).data().toString(), QStringLiteral("\u2014"));

        QVERIFY(AgreementService(*f.db).finalise(draft).ok());
        QCOMPARE(cell(f.clientId).data().toString(), QStringLiteral("Signed v1"));
        QCOMPARE(cell(f.clientId).data(ClientTableModel::RawRole).toInt(), 1);

        PolicyDocument next = f.policy.document;
        next.boundaries.first().title = QStringLiteral("Personal space");
        QVERIFY(PolicyService(*f.db).saveDraft(next).ok());
        QVERIFY(PolicyService(*f.db).publish().ok());
        QCOMPARE(cell(f.clientId).data().toString(), QStringLiteral("Re-acknowledgement due"));
        QVERIFY(cell(f.clientId).data(ClientTableModel::ReacknowledgementDueRole).toBool());
    }

    void demoPracticeHasSignedAgreementsAndADraft() {
        auto opened = DemoPractice::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        const Database &db = *opened.value();
        const AgreementRepository repository(db);
        const QList<AgreementSummary> all = repository.list().value();
        QCOMPARE(all.size(), 5);
        int drafts = 0;
        QSet<SignatureMethod> methods;
        QSet<int> versions;
        for (const AgreementSummary &summary : all) {
            const Agreement agreement = repository.get(summary.id).value();
            if (!agreement.isSigned()) {
                ++drafts;
                QCOMPARE(repository.stateFor(agreement.clientId).value().status, AgreementStatus::Draft);
                continue;
            }
            versions.insert(agreement.policyVersion);
            methods.insert(agreement.clientSignature->method);
            if (agreement.clientSignature->method == SignatureMethod::Drawn)
                QVERIFY(agreement.clientSignature->strokes.strokeCount() >= 2);
            // Every stored PDF verifies as itself.
            QBuffer buffer;
            buffer.setData(agreement.pdf);
            buffer.open(QIODevice::ReadOnly);
            const VerificationResult verified = AgreementVerifier(db).verify(buffer).value();
            QCOMPARE(verified.outcome, VerificationResult::Outcome::Match);
            QCOMPARE(repository.stateFor(agreement.clientId).value().status,
                     agreement.policyVersion == 1 ? AgreementStatus::ReacknowledgementDue
                                                  : AgreementStatus::Signed);
        }
        QCOMPARE(drafts, 1);
        QVERIFY(methods.contains(SignatureMethod::Drawn) && methods.contains(SignatureMethod::Typed));
        QVERIFY(versions.contains(1) && versions.contains(2));
    }

    void deletingAClientTakesOnlyTheirDraft() {
        const test::AgreementFixture f = fixture();
        Agreement draft = test::completeAgreement(f);
        QVERIFY(AgreementRepository(*f.db).saveDraft(draft).ok());
        QVERIFY(ClientService(*f.db).remove(f.clientId).ok());
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT count(*) FROM agreements")), 0);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT count(*) FROM agreement_discussions")), 0);
    }

    void plainSqlCannotChangeASignedAgreement_data() {
        QTest::addColumn<QString>("sql");
        QTest::addRow("updating the stored PDF")
            << QStringLiteral("UPDATE agreements SET pdf = substr(pdf, 1, 1)");
        QTest::addRow("updating the PDF hash")
            << QStringLiteral("UPDATE agreements SET pdf_sha256 = replace(pdf_sha256, 'a', 'b')");
        QTest::addRow("turning it back into a draft")
            << QStringLiteral("UPDATE agreements SET status = 'draft'");
        QTest::addRow("deleting it") << QStringLiteral("DELETE FROM agreements");
        QTest::addRow("changing a signature's name")
            << QStringLiteral("UPDATE agreement_signatures SET signer_name = 'Someone Else'");
        QTest::addRow("deleting a signature") << QStringLiteral("DELETE FROM agreement_signatures");
        QTest::addRow("adding a signature")
            << QStringLiteral("INSERT INTO agreement_signatures (agreement_id, role, method, signer_name, "
                              "signed_at) SELECT id, "
                              "'client', 'typed', 'x', '2026-01-01T00:00:00.000Z' FROM agreements WHERE 0 = "
                              "(SELECT count(*) FROM "
                              "agreement_signatures "
                              "WHERE role = 'nobody')");
        QTest::addRow("unticking a boundary")
            << QStringLiteral("UPDATE agreement_discussions SET discussed = FALSE");
        QTest::addRow("deleting a discussed boundary") << QStringLiteral("DELETE FROM agreement_discussions");
        QTest::addRow("adding a discussed boundary") << QStringLiteral(
            "INSERT INTO agreement_discussions (agreement_id, position, boundary_key, discussed) "
            "SELECT id, 99, 'sneaky', TRUE FROM agreements");
        QTest::addRow("rewriting the timeline")
            << QStringLiteral("UPDATE agreement_events SET at = '2000-01-01'");
        QTest::addRow("deleting an event") << QStringLiteral("DELETE FROM agreement_events");
        QTest::addRow("adding an event") << QStringLiteral(
            "INSERT INTO agreement_events (agreement_id, position, at, kind) SELECT id, 99, "
            "'2000-01-01', 'opened' FROM agreements");
        QTest::addRow("inserting a ready-signed agreement") << QStringLiteral(
            "INSERT INTO agreements SELECT 99, '00000000-0000-0000-0000-000000000000', client_id, "
            "client_name, status, policy_version, policy_sha256, terms_json, signing_mode, "
            "consent_given, consent_text, intent_text, workstation, os_user, created_at, "
            "updated_at, signed_at, pdf_sha256, pdf, discarded_at, discarded_by FROM agreements");
    }

    void plainSqlCannotChangeASignedAgreement() {
        QFETCH(QString, sql);
        const test::AgreementFixture f = fixture();
        const Result<Agreement> finalised = AgreementService(*f.db).finalise(test::completeAgreement(f));
        QVERIFY(finalised.ok());
        QSqlQuery query(f.db->connection());
        QVERIFY(!query.exec(sql));
        // The triggers' messages all say "signed"; a constraint error (unique, not null) would not.
        QVERIFY2(query.lastError().databaseText().contains(QStringLiteral("signed")),
                 qPrintable(query.lastError().databaseText()));
        QCOMPARE(f.db->errorFrom(query.lastError(), QStringLiteral("a test")).kind, Error::Kind::Conflict);
        const Agreement stored = AgreementRepository(*f.db).get(finalised.value().id).value();
        QCOMPARE(stored.pdf, finalised.value().pdf);
        QCOMPARE(stored.discussions, finalised.value().discussions);
        QCOMPARE(stored.events, finalised.value().events);
        QCOMPARE(stored.clientSignature->signerName, QStringLiteral("Anna Schmidt"));
    }
};

QTEST_MAIN(tst_AgreementRepository)
#include "tst_AgreementRepository.moc"
