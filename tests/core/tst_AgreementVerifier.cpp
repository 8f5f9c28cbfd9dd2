// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/AgreementDocument.h"
#include "app/agreements/AgreementFiles.h"
#include "app/agreements/AgreementVerifier.h"
#include "tests/core/AgreementFixture.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace bk;

class tst_AgreementVerifier : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    test::AgreementFixture m_fixture;
    Agreement m_signed;
    Contract m_contract;

    QString write(const QString &name, const QByteArray &bytes) {
        const QString path = m_dir.filePath(name);
        if (!AgreementFiles::savePdf(bytes, path).ok())
            return {};
        return path;
    }

    VerificationResult verify(const QString &path) {
        const Result<VerificationResult> result = AgreementVerifier(*m_fixture.db).verifyFile(path);
        if (!result.ok()) {
            QTest::qFail(qPrintable(result.error().message), __FILE__, __LINE__);
            return {};
        }
        return result.value();
    }

private Q_SLOTS:
    void initTestCase() {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
        m_fixture = test::makeAgreementFixture(m_dir.filePath(QStringLiteral("verify.sqlite")));
        QVERIFY(m_fixture.clientId);
        Result<Agreement> signedAgreement =
            AgreementService(*m_fixture.db).finalise(test::completeAgreement(m_fixture));
        QVERIFY(signedAgreement.ok());
        m_signed = std::move(signedAgreement).value();
        const qint64 incident = test::logIncident(m_fixture);
        QVERIFY(incident);
        Result<Contract> signedContract =
            ContractService(*m_fixture.db).finalise(test::completeContract(m_fixture, incident));
        QVERIFY2(signedContract.ok(), signedContract.ok() ? "" : qPrintable(signedContract.error().message));
        m_contract = std::move(signedContract).value();
    }

    void unalteredFileMatches() {
        const VerificationResult result = verify(write(QStringLiteral("signed.pdf"), m_signed.pdf));
        QCOMPARE(result.outcome, VerificationResult::Outcome::Match);
        QVERIFY(result.agreement);
        QCOMPARE(result.agreement->documentId, m_signed.documentId);
        QCOMPARE(result.agreement->clientName, QStringLiteral("Anna Schmidt"));
        QCOMPARE(result.agreement->policyVersion, m_signed.policyVersion);
        QCOMPARE(result.agreement->signedAt, m_signed.signedAt);
        QCOMPARE(result.sha256, m_signed.pdfSha256);
        QVERIFY(result.reason.contains(m_signed.documentId));
        QCOMPARE(result.document, VerificationResult::Document::Agreement);
        QCOMPARE(result.documentId, m_signed.documentId);
        QVERIFY(!result.contract);
    }

    void unalteredContractMatches() {
        const VerificationResult result = verify(write(QStringLiteral("contract.pdf"), m_contract.pdf));
        QCOMPARE(result.outcome, VerificationResult::Outcome::Match);
        QCOMPARE(result.document, VerificationResult::Document::Contract);
        QVERIFY(result.contract);
        QVERIFY(!result.agreement);
        QCOMPARE(result.contract->documentId, m_contract.documentId);
        QCOMPARE(result.contract->incidentId, m_contract.incidentId);
        QCOMPARE(result.contract->signedAt, m_contract.signedAt);
        QCOMPARE(result.documentId, m_contract.documentId);
        QCOMPARE(result.clientName, QStringLiteral("Anna Schmidt"));
        QCOMPARE(result.sha256, m_contract.pdfSha256);
        QVERIFY(result.reason.contains(QStringLiteral("behavioural contract")));
        QVERIFY(result.reason.contains(m_contract.documentId));
    }

    void oneChangedByteInAContractIsAltered_data() { oneChangedByteIsAltered_data(); }

    void oneChangedByteInAContractIsAltered() {
        QFETCH(double, where);
        QByteArray bytes = m_contract.pdf;
        const qsizetype index = std::min<qsizetype>(qsizetype(where * bytes.size()), bytes.size() - 1);
        bytes[index] = char(bytes.at(index) ^ 0x01);
        const VerificationResult result = verify(write(QStringLiteral("altered-contract.pdf"), bytes));
        QCOMPARE(result.outcome, VerificationResult::Outcome::Altered);
        QCOMPARE(result.document, VerificationResult::Document::Contract);
        QCOMPARE(result.contract->documentId, m_contract.documentId);
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
        QByteArray bytes = m_signed.pdf;
        const qsizetype index = std::min<qsizetype>(qsizetype(where * bytes.size()), bytes.size() - 1);
        bytes[index] = char(bytes.at(index) ^ 0x01);
        const VerificationResult result = verify(write(QStringLiteral("altered.pdf"), bytes));
        QCOMPARE(result.outcome, VerificationResult::Outcome::Altered);
        QCOMPARE(result.agreement->documentId, m_signed.documentId);
        QVERIFY(result.reason.contains(QStringLiteral("altered")));
    }

    void anyNonMatchingChangeIsNeverAMatch() {
        // Wherever the byte is, even inside the document ID itself, the file no longer matches.
        const qsizetype at = m_signed.pdf.indexOf(m_signed.documentId.toLatin1());
        QVERIFY(at > 0);
        QByteArray bytes = m_signed.pdf;
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
            AgreementVerifier(*m_fixture.db).verifyFile(m_dir.filePath(QStringLiteral("missing.pdf")));
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
        const Result<VerificationResult> result = AgreementVerifier(*m_fixture.db).verifyFile(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Invalid);
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    }
};

QTEST_MAIN(tst_AgreementVerifier)
#include "tst_AgreementVerifier.moc"
