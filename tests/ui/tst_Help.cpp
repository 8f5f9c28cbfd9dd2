// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/Clock.h"
#include "app/common/Settings.h"
#include "app/demo/DemoPractice.h"
#include "app/policy/PolicyService.h"
#include "tests/core/AgreementFixture.h"
#include "tests/support/ModalDialogs.h"
#include "tests/support/TestSupport.h"
#include "ui/common/MainWindow.h"
#include "ui/common/SignaturePadWidget.h"
#include "ui/help/ContextHelp.h"
#include "ui/help/HelpWindow.h"
#include "ui/incidents/IncidentsPage.h"
#include "ui/onboarding/OnboardingWizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QHelpEngineCore>
#include <QHelpIndexWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QWhatsThis>

using namespace bk;

/// The guide F1 opens: the page for where the user is, in each section, wizard step and dialog; the compiled
/// guide of every language; Help ▸ About.
class TestHelp : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    /// Presses F1 where the keyboard focus is in `window` (or on the window itself) and returns the help
    /// window that opened for it.
    static HelpWindow *pressF1(QWidget *window) {
        QWidget *focus = window->focusWidget() ? window->focusWidget() : window;
        QTest::keyClick(focus, Qt::Key_F1);
        auto *help = window->findChild<HelpWindow *>(QString(), Qt::FindDirectChildrenOnly);
        return help && help->isVisible() ? help : nullptr;
    }

    /// Presses F1 in `window` and checks that the guide shows `page` with `title`.
    static void expectPage(QWidget *window, const QString &page, const QString &title) {
        HelpWindow *help = pressF1(window);
        QVERIFY2(help, "F1 opened no help window");
        QVERIFY(help->isAvailable());
        QTRY_COMPARE(help->currentUrl().fileName(), page);
        QCOMPARE(help->pageTitle(), title);
        // What is shown is the page itself, not an error.
        QVERIFY(help->findChild<QTextBrowser *>(QStringLiteral("helpTextBrowser"))
                    ->toPlainText()
                    .contains(title));
        help->close();
    }

    static void clickNext(QWizard &wizard) {
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
    }

    /// Every language folder of the help sources (resources/help/<lang>/boundary-keeper.qhp).
    static QStringList sourceLanguages() {
        QStringList languages;
        const QDir sources(QStringLiteral(BK_HELP_SOURCE_DIR));
        for (const QString &folder : sources.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (QFileInfo::exists(sources.filePath(folder + QStringLiteral("/boundary-keeper.qhp"))))
                languages.append(folder);
        }
        return languages;
    }

private Q_SLOTS:
    void initTestCase() {
        test::initTestEnvironment();
        // As app/main.cpp does, and with the guide the build made.
        ContextHelp::install();
        HelpTopics::setFolder(QStringLiteral(BK_HELP_DIR));
    }

    void init() {
        Settings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        HelpTopics::setFolder(QStringLiteral(BK_HELP_DIR));
        m_dir.reset();
        Clock::setNowFunction({});
    }

    void f1OpensThePageOfTheSectionShown_data() {
        QTest::addColumn<int>("section");
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("title");
        QTest::newRow("clients") << int(MainWindow::ClientsSection) << "clients.html"
                                 << "Clients";
        QTest::newRow("incidents") << int(MainWindow::IncidentsSection) << "incidents.html"
                                   << "Incidents";
        QTest::newRow("dashboard") << int(MainWindow::DashboardSection) << "dashboard.html"
                                   << "Dashboard";
        QTest::newRow("reflection") << int(MainWindow::ReflectionSection) << "reflection.html"
                                    << "Reflection";
        QTest::newRow("practice") << int(MainWindow::PracticeSection) << "practice.html"
                                  << "Practice";
    }

    void f1OpensThePageOfTheSectionShown() {
        QFETCH(int, section);
        QFETCH(QString, page);
        QFETCH(QString, title);
        const std::unique_ptr<Database> db = test::openDatabase(m_dir->filePath(QStringLiteral("p.sqlite")));
        QVERIFY(db);
        QVERIFY(DemoPractice::populate(*db).ok());
        MainWindow window(*db);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showSection(MainWindow::Section(section));
        expectPage(&window, page, title);
        // Help ▸ Guide is the same.
        window.findChild<QAction *>(QStringLiteral("guideAction"))->trigger();
        auto *help = window.findChild<HelpWindow *>();
        QTRY_COMPARE(help->currentUrl().fileName(), page);
    }

    void f1InAModalDialogOpensItsPageThere() {
        const std::unique_ptr<Database> db = test::openDatabase(m_dir->filePath(QStringLiteral("p.sqlite")));
        QVERIFY(db);
        QVERIFY(DemoPractice::populate(*db).ok());
        MainWindow window(*db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString shown;
        bool usable = false;
        test::whenModal<QDialog>([&shown, &usable](QDialog *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("verifyRecordsDialog"));
            HelpWindow *help = pressF1(dialog);
            QVERIFY(help);
            QTRY_VERIFY(!help->currentUrl().isEmpty());
            shown = help->currentUrl().fileName();
            // A window of the modal dialog's own, which the dialog does not block.
            usable = help->isWindow() && help->parentWidget() == dialog;
            help->close();
            dialog->reject();
        });
        window.findChild<QAction *>(QStringLiteral("verifyRecordsAction"))->trigger();
        QCOMPARE(shown, QStringLiteral("verify-records.html"));
        QVERIFY(usable);
    }

    void f1InTheOnboardingWizardOpensThePageOfTheStep() {
        test::AgreementFixture fixture =
            test::makeAgreementFixture(m_dir->filePath(QStringLiteral("a.sqlite")));
        QVERIFY(fixture.db);
        {
            OnboardingWizard wizard(*fixture.db);
            wizard.startWithClientChoice(false);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            expectPage(&wizard, QStringLiteral("wizard-client.html"), QStringLiteral("Step: Client"));
            auto *table = wizard.findChild<QTableView *>(QStringLiteral("clientsTableView"));
            QTRY_COMPARE(table->model()->rowCount(), 1);
            table->selectRow(0);
            clickNext(wizard);
            QCOMPARE(wizard.currentId(), int(OnboardingWizard::RolesPage));
            expectPage(&wizard, QStringLiteral("wizard-roles.html"), QStringLiteral("Step: Roles and scope"));
            clickNext(wizard);
            expectPage(&wizard, QStringLiteral("wizard-boundaries.html"), QStringLiteral("Step: Boundaries"));
            // Each boundary talked through: Space ticks it, Down goes to the next.
            QListWidget *list = nullptr;
            for (QListWidget *candidate :
                 wizard.findChildren<QListWidget *>(QStringLiteral("boundariesListWidget")))
                list = candidate->isVisible() ? candidate : list;
            QVERIFY(list);
            list->setFocus(Qt::TabFocusReason);
            list->setCurrentRow(0);
            for (int row = 0; row < list->count(); ++row) {
                QTest::keyClick(list, Qt::Key_Space);
                QTest::keyClick(list, Qt::Key_Down);
            }
            clickNext(wizard);
            expectPage(&wizard, QStringLiteral("wizard-communication.html"),
                       QStringLiteral("Step: Communication"));
            clickNext(wizard);
            QCOMPARE(wizard.currentId(), int(OnboardingWizard::SigningPage));
            expectPage(&wizard, QStringLiteral("wizard-signing.html"),
                       QStringLiteral("Step: Consent and signatures"));
            wizard.findChild<QCheckBox *>(QStringLiteral("consentCheckBox"))->click();
            for (const char *name : {"clientSignaturePadWidget", "practitionerSignaturePadWidget"}) {
                auto *pad = wizard.findChild<SignaturePadWidget *>(QLatin1String(name));
                pad->setMode(SignaturePadWidget::Mode::Type);
                QTest::keyClicks(pad->findChild<QLineEdit *>(QStringLiteral("typedSignatureLineEdit")),
                                 pad->signerName());
            }
            clickNext(wizard);
            QCOMPARE(wizard.currentId(), int(OnboardingWizard::ReviewPage));
            expectPage(&wizard, QStringLiteral("wizard-review.html"), QStringLiteral("Step: Review"));
            QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        }
        // A new policy version: the client re-acknowledges, starting with what changed.
        const PolicyService policy(*fixture.db);
        PolicyDocument draft = policy.draft().value();
        draft.boundaries.first().consequence = QStringLiteral("We stop the session and talk it through.");
        QVERIFY(policy.saveDraft(draft).ok());
        QVERIFY(policy.publish().ok());
        OnboardingWizard wizard(*fixture.db);
        QVERIFY(wizard.startWithClient(fixture.clientId).ok());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::ChangesPage));
        expectPage(&wizard, QStringLiteral("wizard-changes.html"), QStringLiteral("Step: What changed"));
    }

    void theWizardStepsMainFieldsSayWhatTheyAreFor() {
        test::AgreementFixture fixture =
            test::makeAgreementFixture(m_dir->filePath(QStringLiteral("a.sqlite")));
        QVERIFY(fixture.db);
        OnboardingWizard wizard(*fixture.db);
        for (const int id : wizard.pageIds()) {
            QStringList texts;
            for (const QWidget *widget : wizard.page(id)->findChildren<QWidget *>()) {
                if (!widget->whatsThis().isEmpty())
                    texts.append(widget->whatsThis());
            }
            QVERIFY2(texts.size() >= 1, qPrintable(wizard.page(id)->objectName()));
        }
        // Shift+F1 on a field shows its text.
        wizard.startWithClientChoice(false);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *search = wizard.findChild<QLineEdit *>(QStringLiteral("clientSearchLineEdit"));
        search->setFocus();
        QTest::keyClick(search, Qt::Key_F1, Qt::ShiftModifier);
        QTRY_VERIFY(QApplication::topLevelWidgets().end() !=
                    std::find_if(QApplication::topLevelWidgets().begin(),
                                 QApplication::topLevelWidgets().end(), [](const QWidget *widget) {
                                     return widget->inherits("QWhatsThat") && widget->isVisible();
                                 }));
        QWhatsThis::hideText();
    }

    void everyTopicIsAPageOfTheGuideInEveryLanguage_data() {
        QTest::addColumn<QString>("language");
        const QStringList languages = sourceLanguages();
        QVERIFY(languages.contains(QStringLiteral("en")));
        for (const QString &language : languages)
            QTest::newRow(qPrintable(language)) << language;
    }

    void everyTopicIsAPageOfTheGuideInEveryLanguage() {
        QFETCH(QString, language);
        // The build made this language's collection, and it opens read-only where it was installed.
        const QString collection = QDir(QStringLiteral(BK_HELP_DIR))
                                       .filePath(QStringLiteral("boundary-keeper_%1.qhc").arg(language));
        QVERIFY2(QFileInfo::exists(collection), qPrintable(collection));
        QHelpEngineCore engine(collection);
        engine.setReadOnly(true);
        QVERIFY2(engine.setupData(), qPrintable(engine.error()));
        QCOMPARE(engine.registeredDocumentations(),
                 QStringList{QStringLiteral("org.boundarykeeper.BoundaryKeeper")});
        for (const HelpTopic topic : HelpTopics::all()) {
            const QByteArray page = engine.fileData(HelpTopics::url(topic));
            QVERIFY2(page.contains("<h1>"), qPrintable(HelpTopics::url(topic).toString()));
        }
    }

    void everySectionWizardStepAndDialogMarkedHasAPage() {
        // The topics the program marks its widgets with: each is one of HelpTopics::all(), whose pages the
        // test above finds in the guide.
        const std::unique_ptr<Database> db = test::openDatabase(m_dir->filePath(QStringLiteral("p.sqlite")));
        QVERIFY(db);
        MainWindow window(*db);
        OnboardingWizard wizard(*db);
        QSet<HelpTopic> marked;
        for (const QWidget *root : {static_cast<QWidget *>(&window), static_cast<QWidget *>(&wizard)}) {
            for (const QWidget *widget : root->findChildren<QWidget *>()) {
                if (const std::optional<HelpTopic> topic = ContextHelp::topicOf(widget))
                    marked.insert(*topic);
            }
        }
        QCOMPARE(marked.size(), 5 + 7);
        for (const HelpTopic topic : std::as_const(marked))
            QVERIFY(HelpTopics::all().contains(topic));
    }

    void theGuideFollowsTheInterfaceLanguageAndFallsBackToEnglish() {
        const QDir built(QStringLiteral(BK_HELP_DIR));
        const QDir folder(m_dir->path());
        for (const QString &suffix : {QStringLiteral(".qhc"), QStringLiteral(".qch")})
            QVERIFY(QFile::copy(built.filePath(QStringLiteral("boundary-keeper_en") + suffix),
                                folder.filePath(QStringLiteral("boundary-keeper_en") + suffix)));
        HelpTopics::setFolder(folder.path());
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(HelpTopics::collectionFile(), folder.filePath(QStringLiteral("boundary-keeper_en.qhc")));
        QVERIFY(QFile::copy(folder.filePath(QStringLiteral("boundary-keeper_en.qhc")),
                            folder.filePath(QStringLiteral("boundary-keeper_de.qhc"))));
        QCOMPARE(HelpTopics::collectionFile(), folder.filePath(QStringLiteral("boundary-keeper_de.qhc")));
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(HelpTopics::collectionFile(), folder.filePath(QStringLiteral("boundary-keeper_en.qhc")));

        // Without any guide the window says where it looked.
        HelpTopics::setFolder(m_dir->filePath(QStringLiteral("nowhere")));
        HelpWindow help(nullptr);
        QVERIFY(!help.isAvailable());
        QVERIFY(help.findChild<QTextBrowser *>()->toPlainText().contains(QStringLiteral("nowhere")));
    }

    void theIndexFindsAPageAndBackReturns() {
        HelpWindow help(nullptr);
        help.show();
        QVERIFY(QTest::qWaitForWindowExposed(&help));
        help.showTopic(HelpTopic::Clients);
        QCOMPARE(help.currentUrl().fileName(), QStringLiteral("clients.html"));
        auto *index = help.findChild<QHelpIndexWidget *>(QStringLiteral("helpIndexWidget"));
        QTRY_VERIFY(index->model()->rowCount() > 20);
        auto *search = help.findChild<QLineEdit *>(QStringLiteral("helpIndexSearchLineEdit"));
        QTest::keyClicks(search, QStringLiteral("escalation"));
        QTRY_COMPARE(index->model()->rowCount(), 1);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(help.currentUrl().fileName(), QStringLiteral("escalation-ladder.html"));
        QCOMPARE(help.pageTitle(), QStringLiteral("The escalation ladder"));
        auto *back = help.findChild<QAction *>(QStringLiteral("helpBackAction"));
        QVERIFY(back->isEnabled());
        back->trigger();
        QCOMPARE(help.currentUrl().fileName(), QStringLiteral("clients.html"));
        help.findChild<QAction *>(QStringLiteral("helpForwardAction"))->trigger();
        QCOMPARE(help.currentUrl().fileName(), QStringLiteral("escalation-ladder.html"));
        // A link on the page leads on.
        auto *browser = help.findChild<QTextBrowser *>(QStringLiteral("helpTextBrowser"));
        browser->setSource(QUrl(QStringLiteral("practice.html")));
        QCOMPARE(help.currentUrl().fileName(), QStringLiteral("practice.html"));
        QCOMPARE(help.pageTitle(), QStringLiteral("Practice"));
        if (const QString folder = qEnvironmentVariable("BK_SCREENSHOT_DIR"); !folder.isEmpty()) {
            help.showTopic(HelpTopic::EscalationLadder);
            QTest::qWait(500);
            QVERIFY(help.grab().save(QDir(folder).filePath(QStringLiteral("help-window.png"))));
        }
    }

    void aboutShowsTheVersionLicenceAndDatabase() {
        const QString path = m_dir->filePath(QStringLiteral("p.sqlite"));
        const std::unique_ptr<Database> db = test::openDatabase(path);
        QVERIFY(db);
        MainWindow window(*db);
        window.show();
        QString text;
        test::whenModal<QMessageBox>([&text](QMessageBox *box) {
            text = box->text();
            box->accept();
        });
        window.findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
        QVERIFY2(text.contains(QStringLiteral("Boundary Keeper " BK_VERSION)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("GPL-3.0-or-later")), qPrintable(text));
        QVERIFY2(text.contains(QDir::toNativeSeparators(path).toHtmlEscaped()), qPrintable(text));
    }
};

QTEST_MAIN(TestHelp)
#include "tst_Help.moc"
