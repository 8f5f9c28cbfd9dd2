// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/AgreementDocument.h"
#include "app/agreements/AgreementFiles.h"
#include "app/agreements/AgreementVerifier.h"
#include "app/storage/AuditRepository.h"
#include "tests/core/AgreementFixture.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <map>
#include <sys/stat.h>

using namespace bk;

class tst_AgreementVerifier : public QObject {
    Q_OBJECT

    // A practice with a signed agreement and a signed contract, whose files the tests alter.
    struct Signed {
        test::AgreementFixture fixture;
        Agreement agreement;
        Contract contract;
    };

    QTemporaryDir m_dir;
    // Each engine's practice, made at its first test and kept for the rest.
    std::map<QString, Signed> m_practices;
    const Signed *m_practice = nullptr;

    QString write(const QString &name, const QByteArray &bytes) {
        const QString path = m_dir.filePath(name);
        if (!AgreementFiles::savePdf(bytes, path).ok())
            return {};
        return path;
    }

    VerificationResult verify(const QString &path) {
        const Result<VerificationResult> result = AgreementVerifier(*m_practice->fixture.db).verifyFile(path);
        if (!result.ok()) {
            QTest::qFail(qPrintable(result.error().message), __FILE__, __LINE__);
            return {};
        }
        return result.value();
    }

private Q_SLOTS:
    void initTestCase_data() { test::addEngineRows(); }

    void initTestCase() {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void init() {
        QFETCH_GLOBAL(QString, engine);
        if (const auto made = m_practices.find(engine); made != m_practices.end()) {
            m_practice = &made->second;
            return;
        }
        Signed practice;
        practice.fixture = test::makeAgreementFixture(m_dir.filePath(QStringLiteral("verify.sqlite")));
        QVERIFY(practice.fixture.clientId);
        Result<Agreement> signedAgreement =
            AgreementService(*practice.fixture.db).finalise(test::completeAgreement(practice.fixture));
        QVERIFY(signedAgreement.ok());
        practice.agreement = std::move(signedAgreement).value();
        const qint64 incident = test::logIncident(practice.fixture);
        QVERIFY(incident);
        Result<Contract> signedContract = ContractService(*practice.fixture.db)
                                              .finalise(test::completeContract(practice.fixture, incident));
        QVERIFY2(signedContract.ok(), signedContract.ok() ? "" : qPrintable(signedContract.error().message));
        practice.contract = std::move(signedContract).value();
        m_practice = &m_practices.emplace(engine, std::move(practice)).first->second;
    }

    void cleanupTestCase() {
        m_practice = nullptr;
        m_practices.clear();
    }

    void unalteredFileMatches() {
        const VerificationResult result =
            verify(write(QStringLiteral("signed.pdf"), m_practice->agreement.pdf));
        QCOMPARE(result.outcome, VerificationResult::Outcome::Match);
        QVERIFY(result.agreement);
        QCOMPARE(result.agreement->documentId, m_practice->agreement.documentId);
        QCOMPARE(result.agreement->clientName, QStringLiteral("Anna Schmidt"));
        QCOMPARE(result.agreement->policyVersion, m_practice->agreement.policyVersion);
        QCOMPARE(result.agreement->signedAt, m_practice->agreement.signedAt);
        QCOMPARE(result.sha256, m_practice->agreement.pdfSha256);
        QVERIFY(result.reason.contains(m_practice->agreement.documentId));
        QCOMPARE(result.document, VerificationResult::Document::Agreement);
        QCOMPARE(result.documentId, m_practice->agreement.documentId);
        QVERIFY(!result.contract);
    }

    void aSignedPdfCarriesTheTrailsHeadAtSigning() {
        const Agreement &agreement = m_practice->agreement;
        const Contract &contract = m_practice->contract;
        QVERIFY(agreement.auditHead.isValid());
        // The contract was signed after the agreement (and the incident) were written.
        QVERIFY(contract.auditHead.seq > agreement.auditHead.seq);
        for (const SigningRecord *record : {static_cast<const SigningRecord *>(&agreement),
                                            static_cast<const SigningRecord *>(&contract)}) {
            QBuffer buffer;
            buffer.setData(record->pdf);
            QVERIFY(buffer.open(QIODevice::ReadOnly));
            const PdfMarks marks = PdfMarks::read(buffer);
            QCOMPARE(marks.auditHead.text(), record->auditHead.text());
            QVERIFY(marks.documentIds.contains(record->documentId));
            const QString text = test::pdfText(record->pdf).simplified();
            QVERIFY2(text.contains(QStringLiteral("Record trail at signing: ") + record->auditHead.text()),
                     qPrintable(text));
        }
        // The head is the event at that number, as audit verify checks.
        const Result<QByteArray> hash =
            AuditRepository(*m_practice->fixture.db).hashAt(agreement.auditHead.seq);
        QVERIFY(hash.ok());
        QCOMPARE(hash.value(), agreement.auditHead.hash);
    }

    void aPdfWithoutAHeadCarriesNone() {
        // As every PDF signed before heads were printed: it still verifies by its hash, and is no anchor.
        Agreement older = m_practice->agreement;
        older.auditHead = {};
        const Result<QByteArray> pdf = AgreementDocument(older, m_practice->fixture.policy).renderPdf();
        QVERIFY(pdf.ok());
        QBuffer buffer;
        buffer.setData(pdf.value());
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const PdfMarks marks = PdfMarks::read(buffer);
        QVERIFY(!marks.auditHead.isValid());
        QVERIFY(marks.documentIds.contains(older.documentId));
        QVERIFY(!test::pdfText(pdf.value()).contains(QStringLiteral("Record trail at signing")));
    }

    void readsTheFuzzCorpusAndRegressions_data() {
        QTest::addColumn<QString>("file");
        for (const QString &folder : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
            const QDir dir(QStringLiteral(BK_FUZZ_DIR "/%1/pdf").arg(folder));
            for (const QString &entry : dir.entryList(QDir::Files))
                QTest::newRow(qPrintable(folder + QStringLiteral("/pdf/") + entry)) << dir.filePath(entry);
        }
    }

    void readsTheFuzzCorpusAndRegressions() {
        QFETCH(QString, file);
        const Result<PdfMarks> marks = AgreementVerifier::marksInFile(file);
        QVERIFY2(marks.ok(), marks.ok() ? "" : qPrintable(marks.error().message));
        QVERIFY(marks.value().documentIds.size() <= 64);
        QVERIFY(!marks.value().auditHead.isValid() || marks.value().auditHead.seq > 0);
        const Result<VerificationResult> verified =
            AgreementVerifier(*m_practice->fixture.db).verifyFile(file);
        QVERIFY(verified.ok());
        QVERIFY(!verified.value().reason.isEmpty());
    }

    void unalteredContractMatches() {
        const VerificationResult result =
            verify(write(QStringLiteral("contract.pdf"), m_practice->contract.pdf));
        QCOMPARE(result.outcome, VerificationResult::Outcome::Match);
        QCOMPARE(result.document, VerificationResult::Document::Contract);
        QVERIFY(result.contract);
        QVERIFY(!result.agreement);
        QCOMPARE(result.contract->documentId, m_practice->contract.documentId);
        QCOMPARE(result.contract->incidentId, m_practice->contract.incidentId);
        QCOMPARE(result.contract->signedAt, m_practice->contract.signedAt);
        QCOMPARE(result.documentId, m_practice->contract.documentId);
        QCOMPARE(result.clientName, QStringLiteral("Anna Schmidt"));
        QCOMPARE(result.sha256, m_practice->contract.pdfSha256);
        QVERIFY(result.reason.contains(QStringLiteral("behavioural contract")));
        QVERIFY(result.reason.contains(m_practice->contract.documentId));
    }

    void oneChangedByteInAContractIsAltered_data() { oneChangedByteIsAltered_data(); }

    void oneChangedByteInAContractIsAltered() {
        QFETCH(double, where);
        QByteArray bytes = m_practice->contract.pdf;
        const qsizetype index = std::min<qsizetype>(qsizetype(where * bytes.size()), bytes.size() - 1);
        bytes[index] = char(bytes.at(index) ^ 0x01);
        const VerificationResult result = verify(write(QStringLiteral("altered-contract.pdf"), bytes));
        QCOMPARE(result.outcome, VerificationResult::Outcome::Altered);
        QCOMPARE(result.document, VerificationResult::Document::Contract);
        QCOMPARE(result.contract->documentId, m_practice->contract.documentId);
        QVERIFY(result.reason.contains(QStringLiteral("altered")));
    }

    void unrelatedContractIsUnknown() {
        test::AgreementFixture other =
            test::makeAgreementFixture(m_dir.filePath(QStringLiteral("other-contract.sqlite")));
        const qint64 incident = test::logIncident(other);
        QVERIFY(incident);
        const Result<Contract> foreign =
            ContractService(*other.db).finalise(test::completeContract(other, incident));
        QVERIFY(foreign.ok());
        const VerificationResult result =
            verify(write(QStringLiteral("foreign-contract.pdf"), foreign.value().pdf));
        QCOMPARE(result.outcome, VerificationResult::Outcome::Unknown);
        QVERIFY(!result.agreement);
        QVERIFY(!result.contract);
    }

    void oneChangedByteIsAltered_data() {
        QTest::addColumn<double>("where");
        QTest::addRow("a byte near the start") << 0.01;
        QTest::addRow("a byte in the middle") << 0.5;
        QTest::addRow("the last byte") << 1.0;
    }

    void oneChangedByteIsAltered() {
        QFETCH(double, where);
        QByteArray bytes = m_practice->agreement.pdf;
        const qsizetype index = std::min<qsizetype>(qsizetype(where * bytes.size()), bytes.size() - 1);
        bytes[index] = char(bytes.at(index) ^ 0x01);
        const VerificationResult result = verify(write(QStringLiteral("altered.pdf"), bytes));
        QCOMPARE(result.outcome, VerificationResult::Outcome::Altered);
        QCOMPARE(result.agreement->documentId, m_practice->agreement.documentId);
        QVERIFY(result.reason.contains(QStringLiteral("altered")));
    }

    void anyNonMatchingChangeIsNeverAMatch() {
        // Wherever the byte is, even inside the document ID itself, the file no longer matches.
        const qsizetype at = m_practice->agreement.pdf.indexOf(m_practice->agreement.documentId.toLatin1());
        QVERIFY(at > 0);
        QByteArray bytes = m_practice->agreement.pdf;
        bytes[at] = bytes.at(at) == 'a' ? 'b' : 'a';
        const VerificationResult result = verify(write(QStringLiteral("altered-id.pdf"), bytes));
        QVERIFY(result.outcome != VerificationResult::Outcome::Match);
    }

    void unrelatedPdfIsUnknown() {
        test::AgreementFixture other =
            test::makeAgreementFixture(m_dir.filePath(QStringLiteral("other.sqlite")));
        const Agreement foreign = test::completeAgreement(other);
        const Result<QByteArray> pdf = AgreementDocument(foreign, other.policy).renderPdf();
        QVERIFY(pdf.ok());
        const VerificationResult result = verify(write(QStringLiteral("foreign.pdf"), pdf.value()));
        QCOMPARE(result.outcome, VerificationResult::Outcome::Unknown);
        QVERIFY(!result.agreement);
        QVERIFY(!result.reason.isEmpty());
        QCOMPARE(verify(write(QStringLiteral("text.pdf"), QByteArrayLiteral("hello"))).outcome,
                 VerificationResult::Outcome::Unknown);
    }

    void unreadableFileIsAnError() {
        const Result<VerificationResult> result =
            AgreementVerifier(*m_practice->fixture.db)
                .verifyFile(m_dir.filePath(QStringLiteral("missing.pdf")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Io);
    }

    // Each is refused before anything is read: a device or a pipe would be read for ever (or block), so
    // without the check this test never returns.
    void onlyRegularFilesOfABoundedSizeAreRead_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::addRow("no name") << QString() << QStringLiteral("name the PDF file to verify");
        QTest::addRow("a device") << QStringLiteral("/dev/zero") << QStringLiteral("is not a regular file");
        const QString link = m_dir.filePath(QStringLiteral("zero.pdf"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), link));
        QTest::addRow("a link to a device") << link << QStringLiteral("is not a regular file");
        const QString fifo = m_dir.filePath(QStringLiteral("pipe.pdf"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QTest::addRow("a named pipe") << fifo << QStringLiteral("is not a regular file");
        QTest::addRow("a folder") << m_dir.path() << QStringLiteral("is a folder");
        const QString large = m_dir.filePath(QStringLiteral("large.pdf"));
        QFile file(large);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(AgreementVerifier::MaxFileSize + 1)); // sparse: nothing is written
        QTest::addRow("a file over the limit") << large << QStringLiteral("larger than 64 MiB");
    }

    void onlyRegularFilesOfABoundedSizeAreRead() {
        QFETCH(QString, path);
        QFETCH(QString, message);
        const Result<VerificationResult> result = AgreementVerifier(*m_practice->fixture.db).verifyFile(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Invalid);
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    }
};

QTEST_MAIN(tst_AgreementVerifier)
#include "tst_AgreementVerifier.moc"
