// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/AgreementDocument.h"
#include "app/agreements/AgreementFiles.h"
#include "app/common/AppPaths.h"
#include "tests/core/AgreementFixture.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;

class tst_AgreementDocument : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    test::AgreementFixture fixture() {
        return test::makeAgreementFixture(m_dir.filePath(QStringLiteral("%1.sqlite").arg(++m_count)));
    }
    int m_count = 0;

private Q_SLOTS:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase() {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void signedPdfContainsEverything() {
        const test::AgreementFixture f = fixture();
        QVERIFY(f.clientId);
        const Result<Agreement> signedAgreement =
            AgreementService(*f.db).finalise(test::completeAgreement(f));
        QVERIFY2(signedAgreement.ok(),
                 signedAgreement.ok() ? "" : qPrintable(signedAgreement.error().message));
        const Agreement &agreement = signedAgreement.value();
        QVERIFY(agreement.pdf.startsWith("%PDF-1.4"));
        // For looking at the document: BK_AGREEMENT_PDF=/tmp/agreement.pdf ctest -R tst_AgreementDocument
        if (qEnvironmentVariableIsSet("BK_AGREEMENT_PDF"))
            QVERIFY(AgreementFiles::savePdf(agreement.pdf, qEnvironmentVariable("BK_AGREEMENT_PDF")).ok());

        int pages = 0;
        const QString text = test::pdfText(agreement.pdf, &pages);
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        QStringList needles{
            QStringLiteral("Anna Schmidt"), QStringLiteral("Alex Morgan"),
            QStringLiteral("Northbridge Coaching"), agreement.documentId, agreement.policySha256,
            QStringLiteral("Can I text you on Sundays?"), QStringLiteral("Page 1 of %1").arg(pages),
            QStringLiteral("Page %1 of %1").arg(pages),
            QStringLiteral("Verify this document with Boundary Keeper"),
            QStringLiteral("Drawn by hand on screen"), QStringLiteral("Full name typed"),
            QStringLiteral("Signed PDF produced"), QStringLiteral("Countersigned by Alex Morgan"),
            // The consent tells the client what an electronic signature needs them to know.
            QStringLiteral("may sign on paper instead"), QStringLiteral("free of charge"),
            QStringLiteral("withdraw this consent at any time"),
            QStringLiteral("a device that shows PDF files"),
            // Where it was signed stays in the small technical section.
            QStringLiteral("Technical details"),
            QStringLiteral("Record trail at signing: ") + agreement.auditHead.text(),
            // Who countersigned, by name and title, and whom to ask for paper copies.
            QStringLiteral("Countersigned by Alex Morgan, Coach"),
            QStringLiteral("To ask for a paper copy or to withdraw this consent:"),
            QStringLiteral("12 Harbour Lane"),
            QStringLiteral("Paper copy: the client may ask for a paper copy"),
            QStringLiteral("Withdrawing consent:"), QStringLiteral("Reading and keeping it:"),
            QStringLiteral("Computer: %1. Account on it: %2.").arg(agreement.workstation, agreement.osUser)};
        for (const Boundary &boundary : f.policy.document.boundaries)
            needles.append(boundary.title);
        const QStringList missing = test::missingFrom(text, needles);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("missing from the PDF: ") + missing.join(QStringLiteral(", "))));

        // The fonts are embedded (Qt subsets TrueType fonts into FontFile2 streams), and the file says PDF/A.
        const QStringList fontProblems = test::fontProblems(agreement.pdf);
        QVERIFY2(fontProblems.isEmpty(), qPrintable(fontProblems.join(QLatin1Char('\n'))));
        QVERIFY(agreement.pdf.contains("pdfaid:part"));
    }

    void theSignaturesStayWithTheTextTheySign() {
        const test::AgreementFixture f = fixture();
        QVERIFY(f.clientId);
        const Agreement complete = test::completeAgreement(f);
        // Questions and answers of growing length move the end of the text down the page, line by line.
        for (int lines = 0; lines <= 40; lines += 2) {
            Agreement agreement = complete;
            for (int line = 0; line < lines; ++line) {
                BoundaryDiscussion &discussion = agreement.discussions[line % agreement.discussions.size()];
                discussion.questions += QStringLiteral("What if I need to reach you on a weekend? ");
                discussion.answers += QStringLiteral("Send an email; it is answered on Monday. ");
            }
            const AgreementDocument document(agreement, f.policy);
            const Result<QByteArray> pdf = document.renderPdf();
            QVERIFY(pdf.ok());
            QBuffer buffer;
            buffer.setData(pdf.value());
            QVERIFY(buffer.open(QIODevice::ReadOnly));
            QPdfDocument read;
            read.load(&buffer);
            int consentPage = -1;
            int signaturePage = -1;
            for (int page = 0; page < read.pageCount(); ++page) {
                const QString text = read.getAllText(page).text();
                if (text.contains(QStringLiteral("7. Consent and signatures")))
                    consentPage = page;
                if (text.contains(QStringLiteral("Practitioner (countersignature)")))
                    signaturePage = page;
            }
            QVERIFY2(consentPage >= 0 && consentPage == signaturePage,
                     qPrintable(QStringLiteral("%1 lines of questions: consent on page %2, signatures on %3")
                                    .arg(lines)
                                    .arg(consentPage + 1)
                                    .arg(signaturePage + 1)));
        }
    }

    void missingValuesAreStatedNeverBlank() {
        const test::AgreementFixture f = fixture();
        Agreement agreement = test::completeAgreement(f);
        agreement.discussions.first().questions.clear();
        agreement.discussions.first().answers.clear();
        agreement.terms.contactLine.clear();
        agreement.terms.servicesNotOffered.clear();
        const Result<QByteArray> pdf = AgreementDocument(agreement, f.policy).renderPdf();
        QVERIFY(pdf.ok());
        const QString text = test::pdfText(pdf.value());
        QVERIFY(text.contains(QStringLiteral("No questions were asked.")));
        QVERIFY(text.contains(QStringLiteral("No contact details were given.")));
        QVERIFY(text.contains(QStringLiteral("No exclusions were described.")));
    }

    void unsignedCopyHasSignatureLines() {
        const test::AgreementFixture f = fixture();
        Agreement agreement = test::completeAgreement(f);
        agreement.clientSignature.reset();
        agreement.practitionerSignature.reset();
        agreement.terms.paperSize = PaperSize::UsLetter;
        const Result<QByteArray> pdf = AgreementService(*f.db).unsignedCopy(agreement);
        QVERIFY(pdf.ok());
        const QString text = test::pdfText(pdf.value());
        QVERIFY(text.contains(QStringLiteral("Copy for signing on paper")));
        QVERIFY(text.contains(QStringLiteral("Date: ____")));
        QVERIFY(text.contains(QStringLiteral("Unsigned copy · Document ID ") + agreement.documentId));
        QVERIFY(text.contains(QStringLiteral("Not signed yet")));
        // US Letter is 612 points wide.
        QVERIFY(pdf.value().contains("/MediaBox [0 0 612"));
    }

    void savedPdfIsPrivateInTheClientsFolder() {
        const Result<QString> folder = AgreementFiles::defaultFolder(42, QStringLiteral("Zoë O'Brien-Smith"));
        QVERIFY(folder.ok());
        QVERIFY(folder.value().endsWith(QStringLiteral("/clients/42-zoe-obrien-smith")));
        QVERIFY(folder.value().startsWith(AppPaths::dataFolder()));
        QCOMPARE(test::fileMode(folder.value()), 0700);
        const QString path = QDir(folder.value()).filePath(QStringLiteral("agreement.pdf"));
        QVERIFY(AgreementFiles::savePdf(QByteArrayLiteral("%PDF-1.4 test"), path).ok());
        QCOMPARE(test::fileMode(path), 0600);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArrayLiteral("%PDF-1.4 test"));
    }

    void aFolderUnderTheEarlierNameMovesWithItsFiles() {
        const QString data = AppPaths::dataFolder();
        const QString earlier = QDir(data).filePath(QStringLiteral("agreements/7-sam-lee"));
        QVERIFY(QDir().mkpath(earlier));
        QVERIFY(AgreementFiles::savePdf(QByteArrayLiteral("%PDF-1.4 kept"),
                                        QDir(earlier).filePath(QStringLiteral("letter.pdf")))
                    .ok());
        const Result<QString> folder = AgreementFiles::defaultFolder(7, QStringLiteral("Sam Lee"));
        QVERIFY(folder.ok());
        QCOMPARE(folder.value(), QDir(data).filePath(QStringLiteral("clients/7-sam-lee")));
        QVERIFY(!QDir(earlier).exists());
        QFile file(QDir(folder.value()).filePath(QStringLiteral("letter.pdf")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArrayLiteral("%PDF-1.4 kept"));
        QCOMPARE(test::fileMode(QDir(data).filePath(QStringLiteral("clients"))), 0700);
    }
};

QTEST_MAIN(tst_AgreementDocument)
#include "tst_AgreementDocument.moc"
