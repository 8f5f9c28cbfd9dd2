// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "AgreementFixture.h"
#include "TestSupport.h"
#include "agreements/AgreementFiles.h"
#include "agreements/ContractDocument.h"
#include "agreements/ContractService.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace bk;

class tst_ContractDocument : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;
    test::AgreementFixture m_fixture;
    qint64 m_incident = 0;

private Q_SLOTS:
    void initTestCase() {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void init() {
        m_fixture = test::makeAgreementFixture(m_dir.filePath(QStringLiteral("%1.sqlite").arg(++m_count)));
        QVERIFY(m_fixture.clientId);
        m_incident = test::logIncident(m_fixture);
        QVERIFY(m_incident);
    }

    void signedPdfContainsEverything() {
        const Result<Contract> signedContract =
            ContractService(*m_fixture.db).finalise(test::completeContract(m_fixture, m_incident));
        QVERIFY2(signedContract.ok(), signedContract.ok() ? "" : qPrintable(signedContract.error().message));
        const Contract &contract = signedContract.value();
        // For looking at the document: BK_CONTRACT_PDF=/tmp/contract.pdf ctest -R tst_ContractDocument
        if (qEnvironmentVariableIsSet("BK_CONTRACT_PDF"))
            QVERIFY(AgreementFiles::savePdf(contract.pdf, qEnvironmentVariable("BK_CONTRACT_PDF")).ok());

        int pages = 0;
        const QString text = test::pdfText(contract.pdf, &pages);
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        const auto contains = [&text](const QString &needle) {
            if (!text.contains(needle))
                QTest::qFail(qPrintable(QStringLiteral("missing from the PDF: ") + needle), __FILE__,
                             __LINE__);
            return text.contains(needle);
        };
        QVERIFY(contains(QStringLiteral("Behavioural contract")));
        QVERIFY(contains(QStringLiteral("Anna Schmidt")));
        QVERIFY(contains(QStringLiteral("Alex Morgan")));
        QVERIFY(contains(QStringLiteral("Northbridge Coaching")));
        QVERIFY(contains(contract.documentId));
        QVERIFY(contains(contract.contentSha256()));
        for (const QString &goal : contract.content.measurableGoals)
            QVERIFY(contains(goal));
        QVERIFY(contains(QStringLiteral("Phoned at 21:30 about the plan.")));
        QVERIFY(contains(contract.content.replacement.left(40)));
        QVERIFY(contains(QLocale::c().toString(contract.content.reviewDate, QStringLiteral("d MMMM yyyy"))));
        QVERIFY(contains(QStringLiteral("Page 1 of %1").arg(pages)));
        QVERIFY(contains(QStringLiteral("Page %1 of %1").arg(pages)));
        QVERIFY(contains(QStringLiteral("Behavioural contract · Document ID ") + contract.documentId));
        QVERIFY(contains(QStringLiteral("Verify this document with Boundary Keeper")));
        QVERIFY(contains(QStringLiteral("Drawn by hand on screen")));
        QVERIFY(contains(QStringLiteral("Full name typed")));
        QVERIFY(contains(QStringLiteral("Signed PDF produced")));
        QVERIFY(contains(contract.workstation));
        QVERIFY(contains(contract.osUser));

        const QStringList fontProblems = test::fontProblems(contract.pdf);
        QVERIFY2(fontProblems.isEmpty(), qPrintable(fontProblems.join(QLatin1Char('\n'))));
        QVERIFY(contract.pdf.contains("pdfaid:part"));
    }

    void missingValuesAreStatedNeverBlank() {
        Contract contract = test::completeContract(m_fixture, m_incident);
        contract.background.clear();
        contract.content.consequences.clear();
        contract.content.measurableGoals.clear();
        contract.terms.contactLine.clear();
        contract.workstation.clear();
        const Result<QByteArray> pdf = ContractDocument(contract).renderPdf();
        QVERIFY(pdf.ok());
        const QString text = test::pdfText(pdf.value());
        QVERIFY(text.contains(QStringLiteral("No background was recorded.")));
        QVERIFY(text.contains(QStringLiteral("No consequences were stated.")));
        QVERIFY(text.contains(QStringLiteral("No measurable goals were set.")));
        QVERIFY(text.contains(QStringLiteral("No contact details were given.")));
        QVERIFY(text.contains(QStringLiteral("Not recorded.")));
    }

    void reviewPageShowsTheSameDocument() {
        const Contract contract = test::completeContract(m_fixture, m_incident);
        const ContractDocument document(contract);
        QVERIFY(document.title().contains(contract.documentId));
        const std::unique_ptr<QTextDocument> text = document.textDocument();
        QVERIFY(text->toPlainText().contains(contract.content.measurableGoals.first()));
        QCOMPARE(text->metaInformation(QTextDocument::DocumentTitle), document.title());
    }

    void fileNameNamesTheContract() {
        Contract contract = test::completeContract(m_fixture, m_incident);
        contract.signedAt = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
        QCOMPARE(AgreementFiles::defaultFileName(contract),
                 QStringLiteral("behavioural-contract-2026-11-22-%1.pdf").arg(contract.documentId.left(8)));
        QCOMPARE(AgreementFiles::defaultFileName(contract, true),
                 QStringLiteral("behavioural-contract-unsigned-2026-11-22-%1.pdf")
                     .arg(contract.documentId.left(8)));
    }
};

QTEST_MAIN(tst_ContractDocument)
#include "tst_ContractDocument.moc"
