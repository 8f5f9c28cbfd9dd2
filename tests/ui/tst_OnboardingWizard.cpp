// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/AgreementFiles.h"
#include "app/agreements/AgreementVerifier.h"
#include "app/clients/ClientService.h"
#include "app/storage/AcknowledgementRepository.h"
#include "app/storage/AgreementRepository.h"
#include "tests/core/AgreementFixture.h"
#include "tests/support/MainViews.h"
#include "tests/support/ModalDialogs.h"
#include "ui/clients/ClientsPage.h"
#include "ui/common/MessageBox.h"
#include "ui/common/NoticeBar.h"
#include "ui/common/PdfPreviewWidget.h"
#include "ui/common/SignatureCanvas.h"
#include "ui/common/SignaturePadWidget.h"
#include "ui/onboarding/OnboardingActions.h"
#include "ui/onboarding/OnboardingWizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace bk;

class TestOnboardingWizard : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    test::AgreementFixture m_fixture;

    template <typename T> static T *find(const QWidget &parent, const char *name) {
        T *widget = parent.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("No widget named %s", name);
        return widget;
    }

    static QAbstractButton *button(const OnboardingWizard &wizard, QWizard::WizardButton which) {
        return wizard.button(which);
    }

    static void clickNext(OnboardingWizard &wizard) {
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        QVERIFY(next->isVisible());
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
    }

    /// The visible widget with this name: the two pages that discuss boundaries each have their own list.
    template <typename T> static T *findVisible(const QWidget &parent, const char *name) {
        for (T *widget : parent.findChildren<T *>(QString::fromLatin1(name))) {
            if (widget->isVisible())
                return widget;
        }
        qWarning("No visible widget named %s", name);
        return nullptr;
    }

    /// Presses Tab until `target` has the focus; false when it never gets it.
    static bool tabTo(QWidget *target) {
        for (int i = 0; i < 200 && QApplication::focusWidget() != target; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        return QApplication::focusWidget() == target;
    }

    /// Ticks every boundary in the visible list with the keyboard (Space, then Down), leaving `leaveOpen`.
    static void tickBoundariesByKeyboard(QListWidget *list, int leaveOpen = 0) {
        list->setFocus(Qt::TabFocusReason);
        list->setCurrentRow(0);
        for (int row = 0; row < list->count() - leaveOpen; ++row) {
            QTest::keyClick(list, Qt::Key_Space);
            QTest::keyClick(list, Qt::Key_Down);
        }
    }

    /// Answers the next modal file dialog named `name` with `path`.
    void answerFileDialog(const QString &name, const QString &path) {
        QTimer::singleShot(0, this, [name, path] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->objectName(), name);
            test::chooseFile(dialog, path);
        });
    }

    /// Signs agreement version 1 for the fixture's client and publishes version 2 with one boundary
    /// changed and one added, so the client is due to re-acknowledge.
    void makeReacknowledgementDue(const std::function<void(Agreement &)> &adjust = {}) {
        const AgreementService service(*m_fixture.db);
        Agreement first = test::completeAgreement(m_fixture);
        if (adjust)
            adjust(first);
        QVERIFY(service.finalise(first).ok());
        const PolicyService policy(*m_fixture.db);
        PolicyDocument draft = policy.draft().value();
        draft.boundaries.first().consequence = QStringLiteral("We stop the session and talk it through.");
        draft.boundaries.append({QStringLiteral("social_media"),
                                 QStringLiteral("No social media contact"),
                                 QStringLiteral("We do not connect on personal social media."),
                                 {},
                                 QStringLiteral("A request is declined politely."),
                                 false});
        QVERIFY(policy.saveDraft(draft).ok());
        QVERIFY(policy.publish().ok());
        QVERIFY(AcknowledgementRepository(*m_fixture.db).isReacknowledgementDue(m_fixture.clientId).value());
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_fixture = test::makeAgreementFixture(m_dir->filePath(QStringLiteral("practice.sqlite")));
        QVERIFY(m_fixture.db);
        QVERIFY(m_fixture.clientId != 0);
    }

    void cleanup() {
        m_fixture = {};
        m_dir.reset();
    }

    void theWholeWizardEndsWithAStoredSignedAgreementAndItsPdf() {
        OnboardingWizard wizard(*m_fixture.db);
        wizard.startWithClientChoice(false);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::ClientPage));

        // Client: search the register and pick the client.
        QVERIFY(!button(wizard, QWizard::NextButton)->isEnabled());
        QTest::keyClicks(find<QLineEdit>(wizard, "clientSearchLineEdit"), QStringLiteral("Anna"));
        auto *table = find<QTableView>(wizard, "clientsTableView");
        QTRY_COMPARE(table->model()->rowCount(), 1);
        const QRect row = table->visualRect(table->model()->index(0, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, row.center());
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::RolesPage));

        // Roles: adjusted for this client.
        auto *scope = find<QPlainTextEdit>(wizard, "servicesOfferedPlainTextEdit");
        scope->selectAll();
        QTest::keyClicks(scope, QStringLiteral("Weekly sessions for twelve weeks."));
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::BoundariesPage));

        // Boundaries: Next stays disabled until the last one is ticked.
        auto *list = findVisible<QListWidget>(wizard, "boundariesListWidget");
        QCOMPARE(list->count(), m_fixture.policy.document.boundaries.size());
        QTest::keyClicks(findVisible<QPlainTextEdit>(wizard, "questionsPlainTextEdit"),
                         QStringLiteral("May I text you on Sundays?"));
        QTest::keyClicks(findVisible<QPlainTextEdit>(wizard, "answersPlainTextEdit"),
                         QStringLiteral("Please email instead."));
        tickBoundariesByKeyboard(list, 1);
        QVERIFY(!button(wizard, QWizard::NextButton)->isEnabled());
        QCOMPARE(findVisible<QLabel>(wizard, "discussedProgressLabel")->text(),
                 QStringLiteral("%1 of %2 discussed").arg(list->count() - 1).arg(list->count()));
        list->setCurrentRow(list->count() - 1);
        QTest::mouseClick(findVisible<QAbstractButton>(wizard, "discussedNextPushButton"), Qt::LeftButton);
        QVERIFY(button(wizard, QWizard::NextButton)->isEnabled());
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::CommunicationPage));
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::SigningPage));

        // Consent and signatures: the consent says whom to ask for a paper copy or to withdraw it; the client
        // draws two strokes and undoes one; the practitioner draws too.
        const QString consent = find<QLabel>(wizard, "consentTextLabel")->text();
        QVERIFY2(consent.contains(QStringLiteral("free of charge")) &&
                     consent.contains(QStringLiteral("To ask for a paper copy or to withdraw this consent: "
                                                     "Northbridge Coaching & Training, 12 Harbour Lane")),
                 qPrintable(consent));
        QVERIFY(!button(wizard, QWizard::NextButton)->isEnabled());
        auto *clientPad = find<SignaturePadWidget>(wizard, "clientSignaturePadWidget");
        QVERIFY(!clientPad->isEnabled()); // nothing is signed before consent
        QTest::mouseClick(find<QCheckBox>(wizard, "consentCheckBox"), Qt::LeftButton, {}, QPoint(8, 8));
        QVERIFY(clientPad->isEnabled());
        auto *clientCanvas = clientPad->findChild<SignatureCanvas *>();
        test::drawStroke(clientCanvas, 0.1, 0.6);
        test::drawStroke(clientCanvas, 0.2, 0.9);
        QCOMPARE(clientPad->strokes().strokeCount(), 2);
        QTest::mouseClick(clientPad->findChild<QAbstractButton *>(QStringLiteral("undoStrokePushButton")),
                          Qt::LeftButton);
        QCOMPARE(clientPad->strokes().strokeCount(), 1);
        QVERIFY(!button(wizard, QWizard::NextButton)->isEnabled()); // not countersigned yet
        auto *practitionerPad = find<SignaturePadWidget>(wizard, "practitionerSignaturePadWidget");
        test::drawStroke(practitionerPad->findChild<SignatureCanvas *>(), 0.15, 0.85);
        QVERIFY(button(wizard, QWizard::NextButton)->isEnabled());
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::ReviewPage));

        // Review: the agreement as it prints.
        auto *preview = find<PdfPreviewWidget>(wizard, "pdfPreviewWidget");
        QVERIFY(preview->pageCount() > 1);
        QVERIFY(preview->text().contains(QStringLiteral("Anna Schmidt")));
        QVERIFY(preview->text().contains(QStringLiteral("May I text you on Sundays?")));
        QTest::mouseClick(button(wizard, QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));

        // The stored record.
        const AgreementRepository repository(*m_fixture.db);
        const QList<AgreementSummary> stored = repository.list(m_fixture.clientId).value();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().state, AgreementState::Signed);
        const Agreement agreement = repository.get(stored.first().id).value();
        QCOMPARE(agreement.policyVersion, m_fixture.policy.version);
        QCOMPARE(agreement.terms.servicesOffered, QStringLiteral("Weekly sessions for twelve weeks."));
        QVERIFY(std::all_of(agreement.discussions.cbegin(), agreement.discussions.cend(),
                            [](const BoundaryDiscussion &entry) { return entry.discussed; }));
        QCOMPARE(agreement.discussions.first().questions, QStringLiteral("May I text you on Sundays?"));
        QVERIFY(agreement.consentGiven);
        QCOMPARE(agreement.clientSignature->method, SignatureMethod::Drawn);
        QCOMPARE(agreement.clientSignature->strokes.strokeCount(), 1);
        QCOMPARE(agreement.practitionerSignature->method, SignatureMethod::Drawn);
        QCOMPARE(agreement.practitionerSignature->signerName, QStringLiteral("Alex Morgan"));
        QStringList steps;
        for (const AgreementEvent &event : agreement.events) {
            if (event.kind == AgreementEvents::stepCompleted())
                steps.append(event.detail);
        }
        QCOMPARE(steps.join(QLatin1Char('|')),
                 (QStringList{QStringLiteral("Client"), QStringLiteral("Roles and scope"),
                              QStringLiteral("Boundaries"), QStringLiteral("Communication"),
                              QStringLiteral("Consent and signatures"), QStringLiteral("Review")}
                      .join(QLatin1Char('|'))));
        const auto has = [&agreement](const QString &kind) {
            return std::any_of(agreement.events.cbegin(), agreement.events.cend(),
                               [&kind](const AgreementEvent &event) { return event.kind == kind; });
        };
        QVERIFY(has(AgreementEvents::consentGiven()));
        QVERIFY(has(AgreementEvents::signedByClient()));
        QVERIFY(has(AgreementEvents::countersigned()));
        QVERIFY(has(AgreementEvents::pdfProduced()));

        // The PDF: stored, and kept in the client's folder, readable by the user only.
        QVERIFY(!agreement.pdf.isEmpty());
        const QString text = test::pdfText(agreement.pdf);
        QVERIFY(text.contains(QStringLiteral("Anna Schmidt")));
        QVERIFY(text.contains(QStringLiteral("Alex Morgan")));
        QVERIFY(text.contains(agreement.documentId));
        for (const Boundary &boundary : m_fixture.policy.document.boundaries)
            QVERIFY2(text.simplified().contains(boundary.title), qPrintable(boundary.title));
        const QString path = wizard.savedPdfPath();
        QVERIFY(!path.isEmpty());
        QVERIFY(path.startsWith(
            AgreementFiles::defaultFolder(m_fixture.clientId, QStringLiteral("Anna Schmidt")).value()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), agreement.pdf);
        QCOMPARE(test::fileMode(path), 0600);
    }

    void theTypedSignaturePathWorksByKeyboardOnly() {
        OnboardingWizard wizard(*m_fixture.db);
        QVERIFY(wizard.startWithClient(m_fixture.clientId).ok());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        // A keyboard user tabs to a wizard button and presses Space (Alt+N is also "Services not offered").
        const auto press = [&wizard](QWizard::WizardButton which) {
            QVERIFY(tabTo(wizard.button(which)));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        };
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::RolesPage));
        press(QWizard::NextButton);
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::BoundariesPage));

        auto *list = findVisible<QListWidget>(wizard, "boundariesListWidget");
        QVERIFY(tabTo(list));
        for (int row = 0; row < list->count(); ++row) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        }
        QVERIFY(button(wizard, QWizard::NextButton)->isEnabled());
        press(QWizard::NextButton);
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::CommunicationPage));
        press(QWizard::NextButton);
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::SigningPage));

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_C, Qt::AltModifier); // "The client &consents …"
        QTRY_VERIFY(find<QCheckBox>(wizard, "consentCheckBox")->isChecked()); // a mnemonic animates the click
        auto *clientPad = find<SignaturePadWidget>(wizard, "clientSignaturePadWidget");
        auto *practitionerPad = find<SignaturePadWidget>(wizard, "practitionerSignaturePadWidget");
        QVERIFY(tabTo(clientPad->findChild<QCheckBox *>(QStringLiteral("typeInsteadCheckBox"))));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(QApplication::focusWidget(),
                 clientPad->findChild<QLineEdit *>(QStringLiteral("typedSignatureLineEdit")));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Anna Schmidt"));
        QVERIFY(tabTo(practitionerPad->findChild<QCheckBox *>(QStringLiteral("typeInsteadCheckBox"))));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QVERIFY(!button(wizard, QWizard::NextButton)->isEnabled());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Alex Morgan"));
        QVERIFY(button(wizard, QWizard::NextButton)->isEnabled());
        press(QWizard::NextButton);
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::ReviewPage));
        press(QWizard::FinishButton);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));

        const AgreementSummary summary =
            AgreementRepository(*m_fixture.db).list(m_fixture.clientId).value().first();
        const Agreement agreement = AgreementRepository(*m_fixture.db).get(summary.id).value();
        QVERIFY(agreement.isSigned());
        QCOMPARE(agreement.clientSignature->method, SignatureMethod::Typed);
        QCOMPARE(agreement.clientSignature->typedName, QStringLiteral("Anna Schmidt"));
        QCOMPARE(agreement.practitionerSignature->method, SignatureMethod::Typed);
        QCOMPARE(agreement.practitionerSignature->typedName, QStringLiteral("Alex Morgan"));
        QVERIFY(!agreement.clientSignature->imagePng.isEmpty());
    }

    void cancelKeepsADraftWithoutSignaturesThatResumes() {
        {
            OnboardingWizard wizard(*m_fixture.db);
            QVERIFY(wizard.startWithClient(m_fixture.clientId).ok());
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            clickNext(wizard);
            auto *list = findVisible<QListWidget>(wizard, "boundariesListWidget");
            QTest::keyClicks(findVisible<QPlainTextEdit>(wizard, "questionsPlainTextEdit"),
                             QStringLiteral("What if I am late?"));
            tickBoundariesByKeyboard(list);
            clickNext(wizard);
            clickNext(wizard);
            QCOMPARE(wizard.currentId(), int(OnboardingWizard::SigningPage));
            QTest::mouseClick(find<QCheckBox>(wizard, "consentCheckBox"), Qt::LeftButton, {}, QPoint(8, 8));
            test::drawStroke(
                find<SignaturePadWidget>(wizard, "clientSignaturePadWidget")->findChild<SignatureCanvas *>(),
                0.1, 0.9);
            QTest::mouseClick(button(wizard, QWizard::CancelButton), Qt::LeftButton);
            QCOMPARE(wizard.result(), int(QDialog::Rejected));
            QVERIFY(wizard.savedDraftId() != 0);
        }
        const AgreementRepository repository(*m_fixture.db);
        const std::optional<Agreement> draft = repository.draftFor(m_fixture.clientId).value();
        QVERIFY(draft);
        QVERIFY(!draft->isSigned());
        QVERIFY(!draft->clientSignature); // a signature is never kept in a draft
        QVERIFY(!draft->practitionerSignature);
        QVERIFY(draft->consentGiven);
        QCOMPARE(draft->discussions.first().questions, QStringLiteral("What if I am late?"));
        QCOMPARE(repository.stateFor(m_fixture.clientId).value().status, AgreementStatus::Draft);
        QCOMPARE(AcknowledgementRepository(*m_fixture.db).acknowledgedVersion(m_fixture.clientId).value(), 0);

        // The client table offers to resume it.
        ClientsPage page(*m_fixture.db);
        page.selectClient(m_fixture.clientId);
        QVERIFY(page.agreementAction()->isEnabled());
        QVERIFY(page.agreementAction()->text().contains(QStringLiteral("Resume")));
        QSignalSpy requested(&page, &ClientsPage::agreementRequested);
        page.agreementAction()->trigger();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toLongLong(), m_fixture.clientId);

        OnboardingWizard wizard(*m_fixture.db);
        QVERIFY(wizard.startWithClient(m_fixture.clientId).ok());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(
            findVisible<NoticeBar>(wizard, "onboardingNoticeBar")->text().contains(QStringLiteral("draft")));
        QCOMPARE(wizard.agreement().id, draft->id);
        clickNext(wizard);
        QVERIFY(button(wizard, QWizard::NextButton)->isEnabled()); // every boundary still ticked
        QCOMPARE(findVisible<QPlainTextEdit>(wizard, "questionsPlainTextEdit")->toPlainText(),
                 QStringLiteral("What if I am late?"));
        clickNext(wizard);
        clickNext(wizard);
        QTRY_VERIFY(find<QCheckBox>(wizard, "consentCheckBox")->isChecked()); // a mnemonic animates the click
        QVERIFY(find<SignaturePadWidget>(wizard, "clientSignaturePadWidget")->isEmpty());
        QVERIFY(!button(wizard, QWizard::NextButton)->isEnabled());
    }

    void signingOnPaperRecordsTheOriginalAndItsScan() {
        OnboardingWizard wizard(*m_fixture.db);
        QVERIFY(wizard.startWithClient(m_fixture.clientId).ok());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        clickNext(wizard);
        tickBoundariesByKeyboard(findVisible<QListWidget>(wizard, "boundariesListWidget"));
        clickNext(wizard);
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::SigningPage));
        auto *paper = find<QRadioButton>(wizard, "paperRadioButton");
        QTest::mouseClick(paper, Qt::LeftButton, {}, QPoint(8, paper->height() / 2));
        QVERIFY(paper->isChecked());
        QVERIFY(!button(wizard, QWizard::NextButton)->isEnabled());

        // The unsigned copy to print and sign by hand.
        const QString unsignedPath = m_dir->filePath(QStringLiteral("unsigned.pdf"));
        answerFileDialog(QStringLiteral("savePdfFileDialog"), unsignedPath);
        QTest::mouseClick(find<QPushButton>(wizard, "saveUnsignedPushButton"), Qt::LeftButton);
        QFile unsignedCopy(unsignedPath);
        QVERIFY(unsignedCopy.open(QIODevice::ReadOnly));
        QVERIFY(test::pdfText(unsignedCopy.readAll()).contains(QStringLiteral("Anna Schmidt")));
        QCOMPARE(test::fileMode(unsignedPath), 0600);

        // A scan of the signed original.
        const QString scanPath = m_dir->filePath(QStringLiteral("scan.png"));
        QImage scan(120, 80, QImage::Format_RGB32);
        scan.fill(Qt::white);
        QVERIFY(scan.save(scanPath));
        answerFileDialog(QStringLiteral("attachScanFileDialog"), scanPath);
        QTest::mouseClick(find<QPushButton>(wizard, "attachScanPushButton"), Qt::LeftButton);
        QVERIFY(find<QLabel>(wizard, "scanLabel")->text().contains(QStringLiteral("image/png")));
        QTest::keyClicks(find<QLineEdit>(wizard, "paperNoteLineEdit"),
                         QStringLiteral("Client file, cabinet B"));
        auto *original = find<QCheckBox>(wizard, "paperOriginalCheckBox");
        QTest::mouseClick(original, Qt::LeftButton, {}, QPoint(8, original->height() / 2));
        QVERIFY(button(wizard, QWizard::NextButton)->isEnabled());
        clickNext(wizard);

        // Save PDF on the Review step signs first (after asking), then saves the stored PDF.
        const QString signedPath = m_dir->filePath(QStringLiteral("signed.pdf"));
        MessageBox::setNextAnswer(MessageBox::Answer::Confirmed);
        answerFileDialog(QStringLiteral("savePdfFileDialog"), signedPath);
        QTest::mouseClick(find<QPushButton>(wizard, "savePdfPushButton"), Qt::LeftButton);
        QVERIFY(wizard.isFinalised());
        QVERIFY(!button(wizard, QWizard::BackButton)->isEnabled());
        QVERIFY(!button(wizard, QWizard::CancelButton)->isVisible()); // nothing is left to keep as a draft
        // Nothing is left to sign either: Finish only closes now, and the page says when it was signed.
        QCOMPARE(button(wizard, QWizard::FinishButton)->text(), QStringLiteral("&Close"));
        QVERIFY(find<QLabel>(wizard, "reviewStatusLabel")->text().startsWith(QStringLiteral("Signed on ")));
        QVERIFY(!button(wizard, QWizard::CustomButton1)->isVisible());
        QCOMPARE(test::fileMode(signedPath), 0600);
        const Result<VerificationResult> verified = AgreementVerifier(*m_fixture.db).verifyFile(signedPath);
        QVERIFY(verified.ok());
        QCOMPARE(verified.value().outcome, VerificationResult::Outcome::Match);

        // Print shows the print preview of the signed agreement first.
        QString previewName;
        QTimer::singleShot(0, this, [&previewName] {
            QWidget *preview = QApplication::activeModalWidget();
            QVERIFY(preview);
            previewName = preview->objectName();
            QMetaObject::invokeMethod(preview, &QWidget::close);
        });
        QTest::mouseClick(find<QPushButton>(wizard, "printPushButton"), Qt::LeftButton);
        QCOMPARE(previewName, QStringLiteral("printPreviewDialog"));
        QTest::mouseClick(button(wizard, QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));

        const Agreement agreement = AgreementRepository(*m_fixture.db).get(wizard.agreement().id).value();
        QVERIFY(agreement.isSigned());
        QCOMPARE(agreement.signingMode, SigningMode::Paper);
        QVERIFY(agreement.consentGiven); // on paper: the signed original exists
        QCOMPARE(agreement.clientSignature->method, SignatureMethod::Paper);
        QCOMPARE(agreement.clientSignature->paperNote, QStringLiteral("Client file, cabinet B"));
        QCOMPARE(agreement.clientSignature->scanMime, QStringLiteral("image/png"));
        QVERIFY(!agreement.clientSignature->scan.isEmpty());
        QCOMPARE(agreement.practitionerSignature->method, SignatureMethod::Paper);
        QVERIFY(
            std::any_of(agreement.events.cbegin(), agreement.events.cend(), [](const AgreementEvent &event) {
                return event.kind == AgreementEvents::paperChosen();
            }));
    }

    void aDraftOnAnOlderPolicyStartsAgainOnTheNewVersionInItsPlace() {
        Agreement draft = AgreementService(*m_fixture.db).start(m_fixture.clientId).value();
        QVERIFY(AgreementRepository(*m_fixture.db).saveDraft(draft).ok());
        const PolicyService policy(*m_fixture.db);
        PolicyDocument changed = policy.draft().value();
        changed.boundaries.first().title = QStringLiteral("Personal space");
        QVERIFY(policy.saveDraft(changed).ok());
        QVERIFY(policy.publish().ok());

        OnboardingWizard wizard(*m_fixture.db);
        QVERIFY(wizard.startWithClient(m_fixture.clientId).ok());
        QCOMPARE(wizard.agreement().policyVersion, 2);
        QCOMPARE(wizard.agreement().id, draft.id); // replaces the old draft instead of adding a second one
        QVERIFY(wizard.noticeIsWarning());
        QVERIFY(wizard.noticeText().contains(QStringLiteral("Version 2")));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::mouseClick(button(wizard, QWizard::CancelButton), Qt::LeftButton);
        const std::optional<Agreement> saved =
            AgreementRepository(*m_fixture.db).draftFor(m_fixture.clientId).value();
        QVERIFY(saved);
        QCOMPARE(saved->id, draft.id);
        QCOMPARE(saved->policyVersion, 2);
    }

    void aNewClientIsValidatedLikeTheClientForm() {
        OnboardingWizard wizard(*m_fixture.db);
        wizard.startWithClientChoice(true);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::keyClicks(find<QLineEdit>(wizard, "fullNameLineEdit"), QStringLiteral("Ben Okafor"));
        QTest::keyClicks(find<QLineEdit>(wizard, "emailLineEdit"), QStringLiteral("ben@"));
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::ClientPage));
        QVERIFY(find<QLabel>(wizard, "emailErrorLabel")->isVisible());
        QTest::keyClicks(find<QLineEdit>(wizard, "emailLineEdit"), QStringLiteral("example.com"));
        QVERIFY(!find<QLabel>(wizard, "emailErrorLabel")->isVisible());
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::RolesPage));
        const qint64 id = wizard.clientId();
        QVERIFY(id != 0 && id != m_fixture.clientId);
        QCOMPARE(ClientRepository(*m_fixture.db).get(id).value().email, QStringLiteral("ben@example.com"));
        // Back and on again updates the same client instead of adding another.
        QTest::mouseClick(button(wizard, QWizard::BackButton), Qt::LeftButton);
        clickNext(wizard);
        QCOMPARE(wizard.clientId(), id);
        ClientFilter everyone;
        everyone.includeArchived = true;
        QCOMPARE(ClientRepository(*m_fixture.db).count(everyone).value(), 2);
        QTest::mouseClick(button(wizard, QWizard::CancelButton), Qt::LeftButton);
        QVERIFY(AgreementRepository(*m_fixture.db).draftFor(id).value());
    }

    void aLanguageThePolicyLacksIsNamedWithItsMissingTexts() {
        OnboardingWizard wizard(*m_fixture.db);
        wizard.startWithClientChoice(true);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::keyClicks(find<QLineEdit>(wizard, "fullNameLineEdit"), QStringLiteral("Jonas Becker"));
        auto *language = find<QComboBox>(wizard, "documentLanguageComboBox");
        language->setFocus();
        QTest::keyClicks(language, QStringLiteral("Ge"));
        QCOMPARE(language->currentText(), QStringLiteral("German"));
        clickNext(wizard);
        // The published policy has German texts for its defaults but not for the practice's own boundary.
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::ClientPage));
        auto *error = find<QLabel>(wizard, "clientStepErrorLabel");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("German")), qPrintable(error->text()));
        QVERIFY2(error->text().contains(QStringLiteral("Starting and ending on time")),
                 qPrintable(error->text()));
        QVERIFY2(!error->text().contains(QStringLiteral("Personal space and touch")),
                 qPrintable(error->text()));
        // The client is kept with their language; choosing English lets the agreement start.
        ClientFilter jonas;
        jonas.search = QStringLiteral("Jonas");
        const QList<ClientListRow> rows =
            ClientRepository(*m_fixture.db).pageAt(jonas, ClientSort{}, 0, 10).value();
        QCOMPARE(rows.size(), 1);
        const qint64 id = rows.first().client.id;
        QCOMPARE(rows.first().client.documentLanguage, QStringLiteral("de"));
        language->setFocus();
        QTest::keyClick(language, Qt::Key_Up); // English is just above German
        QCOMPARE(language->currentText(), QStringLiteral("English"));
        clickNext(wizard);
        QVERIFY2(!error->isVisible(), qPrintable(error->text()));
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::RolesPage));
        QCOMPARE(wizard.clientId(), id);
        QCOMPARE(ClientRepository(*m_fixture.db).get(id).value().documentLanguage, QStringLiteral("en"));
    }

    void aClientDueToReacknowledgeSeesWhatChangedThenSigns() {
        makeReacknowledgementDue();
        OnboardingWizard wizard(*m_fixture.db);
        QVERIFY(wizard.startWithClient(m_fixture.clientId).ok());
        QVERIFY(wizard.isReacknowledgement());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::ChangesPage));
        const QString comparison = find<QTextBrowser>(wizard, "changesTextBrowser")->toPlainText();
        QVERIFY(comparison.contains(QStringLiteral("Version 1")));
        QVERIFY(comparison.contains(QStringLiteral("We stop the session and talk it through.")));
        QVERIFY(comparison.contains(QStringLiteral("No social media contact")));

        // Only the changed and the added boundary are to be ticked.
        auto *list = findVisible<QListWidget>(wizard, "boundariesListWidget");
        QCOMPARE(list->count(), 2);
        QVERIFY(!button(wizard, QWizard::NextButton)->isEnabled());
        tickBoundariesByKeyboard(list);
        QVERIFY(button(wizard, QWizard::NextButton)->isEnabled());
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::SigningPage));
        QTest::mouseClick(find<QCheckBox>(wizard, "consentCheckBox"), Qt::LeftButton, {}, QPoint(8, 8));
        for (const char *name : {"clientSignaturePadWidget", "practitionerSignaturePadWidget"}) {
            auto *pad = find<SignaturePadWidget>(wizard, name);
            pad->setMode(SignaturePadWidget::Mode::Type);
            QTest::keyClicks(pad->findChild<QLineEdit *>(QStringLiteral("typedSignatureLineEdit")),
                             pad->signerName());
        }
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::ReviewPage));
        QTest::mouseClick(button(wizard, QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));

        QCOMPARE(AcknowledgementRepository(*m_fixture.db).acknowledgedVersion(m_fixture.clientId).value(), 2);
        QVERIFY(!AcknowledgementRepository(*m_fixture.db).isReacknowledgementDue(m_fixture.clientId).value());
        const AgreementRepository repository(*m_fixture.db);
        const QList<AgreementSummary> agreements = repository.list(m_fixture.clientId).value();
        QCOMPARE(agreements.size(), 2);
        const Agreement latest = repository.get(agreements.first().id).value();
        QCOMPARE(latest.policyVersion, 2);
        QVERIFY(latest.isSigned());
        QCOMPARE(latest.discussions.size(), m_fixture.policy.document.boundaries.size() + 1);
        QVERIFY(std::all_of(latest.discussions.cbegin(), latest.discussions.cend(),
                            [](const BoundaryDiscussion &entry) { return entry.discussed; }));
        QVERIFY(std::any_of(latest.events.cbegin(), latest.events.cend(), [](const AgreementEvent &event) {
            return event.detail == QStringLiteral("Changes since version 1");
        }));
    }

    void aReacknowledgementStartsFromTheClientsEarlierAdjustments() {
        const QString role = QStringLiteral("Arrive five minutes early; text if running late.");
        makeReacknowledgementDue([&role](Agreement &first) {
            first.terms.clientRole = role;
            first.discussions.first().questions = QStringLiteral("What if I am late?");
        });
        OnboardingWizard wizard(*m_fixture.db);
        QVERIFY(wizard.startWithClient(m_fixture.clientId).ok());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::ChangesPage));
        const QString notice = findVisible<NoticeBar>(wizard, "onboardingNoticeBar")->text();
        QVERIFY2(notice.contains(QStringLiteral("Started from the agreement signed on")), qPrintable(notice));
        QVERIFY2(notice.contains(QStringLiteral("roles and scope")), qPrintable(notice));
        // The earlier question is there to review on the changed boundary.
        QCOMPARE(findVisible<QPlainTextEdit>(wizard, "questionsPlainTextEdit")->toPlainText(),
                 QStringLiteral("What if I am late?"));
        tickBoundariesByKeyboard(findVisible<QListWidget>(wizard, "boundariesListWidget"));
        clickNext(wizard);
        // The terms adjusted for the client come next, as agreed before.
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::RolesPage));
        QCOMPARE(findVisible<QPlainTextEdit>(wizard, "clientRolePlainTextEdit")->toPlainText(), role);
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::CommunicationPage));
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::SigningPage));
        QCOMPARE(wizard.agreement().terms.clientRole, role);
    }

    void withoutAPublishedPolicyTheWizardOffersThePracticeSection() {
        const QString path = m_dir->filePath(QStringLiteral("empty.sqlite"));
        std::unique_ptr<Database> db = test::openDatabase(path);
        Client client;
        client.fullName = QStringLiteral("Cara Lind");
        const qint64 id = ClientService(*db).add(client).value();
        QWidget window;
        OnboardingActions actions(*db, &window);
        QSignalSpy practice(&actions, &OnboardingActions::practiceSectionRequested);
        MessageBox::setNextAnswer(MessageBox::Answer::Confirmed);
        actions.startAgreement(id);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("not been published")));
        QCOMPARE(practice.size(), 1);
        QVERIFY(!AgreementRepository(*db).draftFor(id).value());
    }

    void aClientWhoSignedIsToldSoFirstAndCanOpenTheSignedAgreement() {
        const Result<Agreement> signedOne =
            AgreementService(*m_fixture.db).finalise(test::completeAgreement(m_fixture));
        QVERIFY(signedOne.ok());
        QWidget window;
        OnboardingActions actions(*m_fixture.db, &window);
        QSignalSpy closed(&actions, &OnboardingActions::wizardClosed);
        QString question;
        QString shown;
        test::whenModal<QMessageBox>([&](QMessageBox *box) {
            question = box->text();
            test::whenModal<QDialog>([&shown](QDialog *dialog) {
                shown = dialog->objectName();
                dialog->reject();
            });
            QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("choice1PushButton")),
                              Qt::LeftButton);
        });
        actions.startAgreement(m_fixture.clientId);
        QVERIFY2(question.contains(QStringLiteral("signed an agreement on")), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("under policy version 1")), qPrintable(question));
        QCOMPARE(shown, QStringLiteral("signedDocumentDialog"));
        QCOMPARE(closed.count(), 0); // no wizard was opened
        QVERIFY(!AgreementService(*m_fixture.db).draftFor(m_fixture.clientId).value());
        QCOMPARE(AgreementRepository(*m_fixture.db).list(m_fixture.clientId).value().size(), 1);
    }

    void anOpenDraftIsNamedAndCanBeDiscardedBeforeStartingAgain() {
        Agreement draft = AgreementService(*m_fixture.db).start(m_fixture.clientId).value();
        QVERIFY(AgreementService(*m_fixture.db).saveDraft(draft).ok());
        QWidget window;
        OnboardingActions actions(*m_fixture.db, &window);
        QSignalSpy closed(&actions, &OnboardingActions::wizardClosed);
        QString question;
        QString leaving;
        test::whenModal<QMessageBox>([&](QMessageBox *box) {
            question = box->text();
            // The new wizard is left with Escape before anything was saved: it asks, and "Discard it" keeps
            // nothing.
            test::whenModal<OnboardingWizard>([&leaving](OnboardingWizard *wizard) {
                test::whenModal<QMessageBox>([&leaving](QMessageBox *leave) {
                    leaving = leave->text();
                    QTest::mouseClick(leave->findChild<QPushButton *>(QStringLiteral("choice1PushButton")),
                                      Qt::LeftButton);
                });
                QTest::keyClick(wizard, Qt::Key_Escape);
            });
            QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("choice1PushButton")),
                              Qt::LeftButton);
        });
        actions.startAgreement(m_fixture.clientId);
        QVERIFY2(question.contains(QStringLiteral("A draft agreement with Anna Schmidt was begun on")),
                 qPrintable(question));
        QVERIFY2(leaving.contains(QStringLiteral("or discard it?")), qPrintable(leaving));
        QCOMPARE(closed.count(), 1);
        QVERIFY2(closed.first().at(1).toString().contains(QStringLiteral("discarded")),
                 qPrintable(closed.first().at(1).toString()));
        const QList<AgreementSummary> agreements =
            AgreementRepository(*m_fixture.db).list(m_fixture.clientId).value();
        QCOMPARE(agreements.size(), 1); // the old draft, kept and marked; no new one
        QCOMPARE(agreements.first().state, AgreementState::Discarded);
        QVERIFY(!AgreementService(*m_fixture.db).draftFor(m_fixture.clientId).value());
    }

    void escapeOnAFreshWizardAsksAndKeepsOnlyWhatIsChosen() {
        for (const bool keep : {false, true}) {
            OnboardingWizard wizard(*m_fixture.db);
            QVERIFY(wizard.startWithClient(m_fixture.clientId).ok());
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            QVERIFY(button(wizard, QWizard::CustomButton1)->isVisible());
            QString asked;
            test::whenModal<QMessageBox>([&asked, keep](QMessageBox *box) {
                asked = box->text();
                QTest::mouseClick(box->findChild<QPushButton *>(keep ? QStringLiteral("choice0PushButton")
                                                                     : QStringLiteral("choice1PushButton")),
                                  Qt::LeftButton);
            });
            QTest::keyClick(&wizard, Qt::Key_Escape);
            QTRY_VERIFY(!wizard.isVisible());
            QVERIFY2(asked.contains(QStringLiteral("Keep what was done with Anna Schmidt")),
                     qPrintable(asked));
            QCOMPARE(AgreementService(*m_fixture.db).draftFor(m_fixture.clientId).value().has_value(), keep);
            QCOMPARE(AgreementRepository(*m_fixture.db).list(m_fixture.clientId).value().size(),
                     keep ? 1 : 0);
        }
    }

    void discardDraftMarksTheSavedDraftDiscarded() {
        Agreement draft = AgreementService(*m_fixture.db).start(m_fixture.clientId).value();
        QVERIFY(AgreementService(*m_fixture.db).saveDraft(draft).ok());
        OnboardingWizard wizard(*m_fixture.db);
        QVERIFY(wizard.startWithClient(m_fixture.clientId).ok());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        test::whenModal<QMessageBox>([](QMessageBox *box) {
            for (QAbstractButton *choice : box->buttons()) {
                if (choice->text() == QStringLiteral("Discard"))
                    QTest::mouseClick(choice, Qt::LeftButton);
            }
        });
        QTest::mouseClick(button(wizard, QWizard::CustomButton1), Qt::LeftButton);
        QTRY_VERIFY(!wizard.isVisible());
        QVERIFY(wizard.wasDiscarded());
        QCOMPARE(AgreementService(*m_fixture.db).get(draft.id).value().state, AgreementState::Discarded);
        QVERIFY(!AgreementService(*m_fixture.db).draftFor(m_fixture.clientId).value());
    }

    void aReadOnlyDatabaseCannotStartTheWizard() {
        const QString path = m_fixture.db->path();
        m_fixture.db.reset();
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        std::unique_ptr<Database> db = Database::open(path, options).value();
        QCOMPARE(OnboardingWizard::canStart(*db).error().kind, Error::Kind::ReadOnly);
        QWidget window;
        OnboardingActions actions(*db, &window);
        QVERIFY(!actions.onboardNewClientAction()->isEnabled());
        ClientsPage page(*db);
        page.selectClient(m_fixture.clientId);
        QVERIFY(page.selectedClient());
        QVERIFY(!page.agreementAction()->isEnabled());
        MessageBox::setNextAnswer(MessageBox::Answer::Confirmed);
        actions.startAgreement(m_fixture.clientId);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("read-only")));
    }
};

QTEST_MAIN(TestOnboardingWizard)
#include "tst_OnboardingWizard.moc"
