// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "tests/core/AgreementFixture.h"
#include "tests/support/ModalDialogs.h"
#include "ui/onboarding/OnboardingActions.h"
#include "ui/onboarding/VerificationDialog.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace bk;

class TestVerificationDialog : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    test::AgreementFixture m_fixture;
    Agreement m_signed;

    QString writeFile(const QString &name, const QByteArray &bytes) const {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_fixture = test::makeAgreementFixture(m_dir->filePath(QStringLiteral("practice.sqlite")));
        QVERIFY(m_fixture.db);
        Result<Agreement> finalised =
            AgreementService(*m_fixture.db).finalise(test::completeAgreement(m_fixture));
        QVERIFY(finalised.ok());
        m_signed = std::move(finalised).value();
    }

    void cleanup() {
        m_fixture = {};
        m_dir.reset();
    }

    void theStoredPdfIsAnUnalteredAgreement() {
        const QString path = writeFile(QStringLiteral("agreement.pdf"), m_signed.pdf);
        VerificationDialog dialog(*m_fixture.db, path);
        QCOMPARE(dialog.verdict(), VerificationDialog::Verdict::Match);
        QVERIFY(dialog.headline().contains(QStringLiteral("Unaltered")));
        QVERIFY(dialog.details().contains(QStringLiteral("Anna Schmidt")));
        QVERIFY(dialog.details().contains(m_signed.documentId));
        QVERIFY(dialog.details().contains(m_signed.pdfSha256));
    }

    void oneChangedByteIsAnAlteredAgreement() {
        QByteArray bytes = m_signed.pdf;
        // A byte in the middle of the file, away from the metadata that names the document.
        const qsizetype at = bytes.size() / 2;
        bytes[at] = char(bytes.at(at) ^ 0x01);
        const QString path = writeFile(QStringLiteral("changed.pdf"), bytes);
        VerificationDialog dialog(*m_fixture.db, path);
        QCOMPARE(dialog.verdict(), VerificationDialog::Verdict::Altered);
        QVERIFY(dialog.headline().contains(QStringLiteral("Altered")));
        QVERIFY(dialog.details().contains(m_signed.documentId));
        QVERIFY(dialog.details().contains(QStringLiteral("Anna Schmidt")));
    }

    void anUnrelatedPdfIsUnknown() {
        const QString path = m_dir->filePath(QStringLiteral("letter.pdf"));
        {
            QPdfWriter writer(path);
            QPainter painter(&writer);
            painter.drawText(QPointF(100, 100), QStringLiteral("A letter that is not an agreement."));
        }
        VerificationDialog dialog(*m_fixture.db, path);
        QCOMPARE(dialog.verdict(), VerificationDialog::Verdict::Unknown);
        QVERIFY(dialog.headline().contains(QStringLiteral("Unknown")));
        QVERIFY(!dialog.details().contains(QStringLiteral("Anna Schmidt")));
    }

    void aMissingFileSaysSo() {
        VerificationDialog dialog(*m_fixture.db, m_dir->filePath(QStringLiteral("gone.pdf")));
        QCOMPARE(dialog.verdict(), VerificationDialog::Verdict::Failed);
        QVERIFY(dialog.details().contains(QStringLiteral("gone.pdf")));
    }

    void theVerifyActionAsksForAFileAndShowsTheOutcome() {
        const QString path = writeFile(QStringLiteral("agreement.pdf"), m_signed.pdf);
        QWidget window;
        OnboardingActions actions(*m_fixture.db, &window);
        QString headline;
        // First the file dialog, then the verification dialog, both modal.
        QTimer::singleShot(0, &window, [&] {
            auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            QVERIFY(files);
            QCOMPARE(files->objectName(), QStringLiteral("verifyPdfFileDialog"));
            QTimer::singleShot(0, &window, [&] {
                auto *dialog = qobject_cast<VerificationDialog *>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                headline = dialog->headline();
                dialog->reject();
            });
            test::chooseFile(files, path);
        });
        actions.verifyPdfAction()->trigger();
        QVERIFY(headline.contains(QStringLiteral("Unaltered")));
    }
};

QTEST_MAIN(TestVerificationDialog)
#include "tst_VerificationDialog.moc"
