// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/AgreementFiles.h"
#include "app/agreements/ContractDocument.h"
#include "app/agreements/ContractService.h"
#include "tests/core/AgreementFixture.h"
#include "tests/support/TestSupport.h"

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
    void initTestCase_data() { test::addEngineRows(); }
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
        QStringList needles{QStringLiteral("Behavioural contract"),
                            QStringLiteral("Anna Schmidt"),
                            QStringLiteral("Alex Morgan"),
                            QStringLiteral("Northbridge Coaching"),
                            contract.documentId,
                            contract.contentSha256(),
                            QStringLiteral("Phoned at 21:30 about the plan."),
                            contract.content.replacement.left(40),
                            QLocale::c().toString(contract.content.reviewDate, QStringLiteral("d MMMM yyyy")),
                            QStringLiteral("Page 1 of %1").arg(pages),
                            QStringLiteral("Page %1 of %1").arg(pages),
                            QStringLiteral("Behavioural contract · Document ID ") + contract.documentId,
                            QStringLiteral("Verify this document with Boundary Keeper"),
                            QStringLiteral("Drawn by hand on screen"),
                            QStringLiteral("Full name typed"),
                            QStringLiteral("Signed PDF produced"),
                            contract.workstation,
                            contract.osUser};
        needles += contract.content.measurableGoals;
        const QStringList missing = test::missingFrom(text, needles);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("missing from the PDF: ") + missing.join(QStringLiteral(", "))));

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
        QVERIFY(text.contains(QStringLiteral("Computer: not recorded.")));
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
