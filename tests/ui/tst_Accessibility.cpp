// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/AgreementService.h"
#include "app/clients/ClientService.h"
#include "app/common/Clock.h"
#include "app/demo/DemoPractice.h"
#include "tests/support/AccessKeys.h"
#include "tests/support/TestSupport.h"
#include "ui/audit/ActivityDialog.h"
#include "ui/audit/VerifyRecordsDialog.h"
#include "ui/backup/PassphraseDialog.h"
#include "ui/clients/ClientDialog.h"
#include "ui/clients/EraseClientDialog.h"
#include "ui/common/ConflictDialog.h"
#include "ui/common/ConnectDialog.h"
#include "ui/common/MainWindow.h"
#include "ui/common/MovePracticeDialog.h"
#include "ui/common/PreferencesDialog.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/import/ImportDialog.h"
#include "ui/incidents/ContractSigningDialog.h"
#include "ui/incidents/IncidentDetailDialog.h"
#include "ui/incidents/QuickLogDialog.h"
#include "ui/incidents/ResourceLibraryDialog.h"
#include "ui/onboarding/OnboardingWizard.h"
#include "ui/onboarding/SignedDocumentDialog.h"
#include "ui/practice/SetupWizard.h"
#include "ui/practitioner/AvailabilityDialog.h"
#include "ui/practitioner/DisclosureCheckDialog.h"
#include "ui/practitioner/MonthlyReflectionDialog.h"

#include <QAccessible>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace bk;

/// Every window and dialog walked as assistive technology sees it: each control the keyboard can reach has
/// an accessible name, each label with an access key has a buddy it leads to, and no two controls of one
/// window answer to the same access key.
class TestAccessibility : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QStringList m_problems;

    static QString describe(const QWidget *widget) {
        return QStringLiteral("%1 (%2)").arg(widget->objectName(),
                                             QString::fromLatin1(widget->metaObject()->className()));
    }

    // The problems of what `window` shows now, each prefixed with `where`.
    void check(QWidget *window, const QString &where) {
        for (QWidget *widget : window->findChildren<QWidget *>()) {
            if (!widget->isVisible())
                continue;
            // A widget that hands its focus to another (a spin box's line edit) is named through that one.
            if ((widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy()) {
                QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
                if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                    m_problems.append(where + QStringLiteral(": no accessible name: ") + describe(widget));
            }
            if (const auto *label = qobject_cast<QLabel *>(widget)) {
                const bool plain =
                    label->textFormat() == Qt::PlainText ||
                    (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(label->text()));
                if (plain && !test::accessKey(label->text()).isEmpty() && !label->buddy())
                    m_problems.append(where + QStringLiteral(": label with an access key but no buddy: ") +
                                      label->text());
            }
        }
        for (const QString &clash : test::accessKeyClashes(window))
            m_problems.append(where + QStringLiteral(": access key clash: ") + clash);
    }

    // Lists every problem found (a failure message is cut short), then fails if there was any.
    void verifyNoProblems() const {
        for (const QString &problem : m_problems)
            qInfo().noquote() << problem;
        QVERIFY2(m_problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problem(s), listed above").arg(m_problems.size())));
    }

    // Checks `window` with each tab of each of its tab widgets shown in turn.
    void walk(QWidget *window, const QString &where) {
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        check(window, where);
        for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
            if (!tabs->isVisible())
                continue;
            const int shown = tabs->currentIndex();
            for (int tab = 0; tab < tabs->count(); ++tab) {
                if (tab == shown || !tabs->isTabEnabled(tab))
                    continue;
                tabs->setCurrentIndex(tab);
                check(window, where + QStringLiteral(" › ") + tabs->tabText(tab));
            }
            tabs->setCurrentIndex(shown);
        }
        // Hidden while everything in it still exists (a dialog losing focus in its destructor can reach a
        // half-destroyed editor).
        window->hide();
    }

private Q_SLOTS:
    void initTestCase() {
        test::initTestEnvironment();
        QAccessible::setActive(true);
        Clock::setNowFunction([] { return QDateTime(QDate(2026, 3, 11), QTime(12, 0), Qt::UTC); });
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = test::openDatabase(m_dir->filePath(QStringLiteral("practice.sqlite")));
        QVERIFY(m_db);
        QVERIFY(DemoPractice::populate(*m_db).ok());
    }

    void cleanupTestCase() {
        m_db.reset();
        m_dir.reset();
        Clock::setNowFunction({});
    }

    void init() { m_problems.clear(); }

    void everySectionOfTheMainWindow() {
        MainWindow window(*m_db, true);
        window.resize(1280, 800);
        const QList<QPair<MainWindow::Section, QString>> sections = {
            {MainWindow::ClientsSection, QStringLiteral("Clients")},
            {MainWindow::IncidentsSection, QStringLiteral("Incidents")},
            {MainWindow::DashboardSection, QStringLiteral("Dashboard")},
            {MainWindow::ReflectionSection, QStringLiteral("Reflection")},
            {MainWindow::PracticeSection, QStringLiteral("Practice")}};
        for (const auto &[section, name] : sections) {
            window.showSection(section);
            if (section == MainWindow::DashboardSection) {
                auto *dashboard = window.findChild<DashboardPage *>();
                QVERIFY(dashboard);
                QTRY_VERIFY(!dashboard->isUpdating());
            }
            walk(&window, name);
        }
        verifyNoProblems();
    }

    void everyDialog() {
        const qint64 client = 1;
        {
            ClientDialog dialog(*m_db);
            walk(&dialog, QStringLiteral("New client"));
        }
        {
            ClientDialog dialog(*m_db, ClientService(*m_db).get(client).value());
            walk(&dialog, QStringLiteral("Client"));
        }
        {
            const Result<ErasureScope> scope = ClientService(*m_db).erasureScope(client);
            QVERIFY(scope.ok());
            EraseClientDialog dialog(ClientService(*m_db).get(client).value(), scope.value(), false, nullptr);
            walk(&dialog, QStringLiteral("Erase client"));
        }
        {
            QuickLogDialog dialog(*m_db);
            walk(&dialog, QStringLiteral("Log an incident"));
        }
        {
            IncidentDetailDialog dialog(*m_db, 1);
            walk(&dialog, QStringLiteral("Incident"));
        }
        {
            ContractSigningDialog dialog(*m_db, 1, BehaviouralContract{}, ContractSigningDialog::Mode::Paper);
            walk(&dialog, QStringLiteral("Paper contract"));
        }
        {
            ResourceLibraryDialog dialog(*m_db, {}, QString());
            walk(&dialog, QStringLiteral("Resource library"));
        }
        {
            DisclosureCheckDialog dialog(*m_db);
            walk(&dialog, QStringLiteral("Disclosure check"));
        }
        {
            AvailabilityDialog dialog(*m_db);
            walk(&dialog, QStringLiteral("Availability"));
        }
        {
            MonthlyReflectionDialog dialog(*m_db, Clock::todayLocal().addMonths(-1));
            walk(&dialog, QStringLiteral("Monthly reflection"));
        }
        {
            PreferencesDialog dialog(*m_db);
            walk(&dialog, QStringLiteral("Preferences"));
        }
        {
            ActivityDialog dialog(*m_db);
            walk(&dialog, QStringLiteral("Activity"));
        }
        {
            VerifyRecordsDialog dialog(m_db->path());
            walk(&dialog, QStringLiteral("Verify records"));
        }
        {
            ConnectDialog dialog(nullptr, QStringLiteral("postgresql://anna@db.example.org/practice"));
            walk(&dialog, QStringLiteral("Connect"));
        }
        {
            MovePracticeDialog dialog(m_db->path());
            walk(&dialog, QStringLiteral("Move practice"));
        }
        for (const auto purpose :
             {PassphraseDialog::Purpose::NewBackup, PassphraseDialog::Purpose::OpenBackup}) {
            PassphraseDialog dialog(purpose);
            walk(&dialog, QStringLiteral("Backup passphrase"));
        }
        {
            ConflictDialog dialog(QStringLiteral("Amelia Hartley"),
                                  {{QStringLiteral("Email"), QStringLiteral("amelia@example.org"),
                                    QStringLiteral("amelia.h@example.org"), true, false}});
            walk(&dialog, QStringLiteral("Conflict"));
        }
        {
            const std::optional<Agreement> agreement = AgreementService(*m_db).latestSigned(client).value();
            QVERIFY(agreement);
            SignedDocumentDialog dialog(*agreement);
            walk(&dialog, QStringLiteral("Signed agreement"));
        }
        {
            ImportDialog dialog(*m_db, QStringLiteral(BK_IMPORT_DATA_DIR "/google.csv"));
            walk(&dialog, QStringLiteral("Import"));
        }
        verifyNoProblems();
    }

    void everyWizardPage() {
        {
            SetupWizard wizard(*m_db);
            for (int page = SetupWizard::DetailsPage; page <= SetupWizard::PolicyPage; ++page) {
                walk(&wizard, QStringLiteral("Setup page %1").arg(page));
                wizard.next();
            }
        }
        {
            OnboardingWizard wizard(*m_db);
            wizard.startWithClientChoice(false);
            wizard.show();
            QCOMPARE(wizard.currentId(), int(OnboardingWizard::ClientPage));
            walk(&wizard, QStringLiteral("Onboarding: client"));
        }
        Client newClient;
        newClient.fullName = QStringLiteral("Nora Quinn");
        newClient.status = ClientStatus::Prospect;
        const Result<qint64> nora = ClientService(*m_db).add(newClient);
        QVERIFY(nora.ok());
        OnboardingWizard wizard(*m_db);
        QVERIFY(wizard.startWithClient(nora.value()).ok());
        wizard.show();
        for (const int page : {OnboardingWizard::RolesPage, OnboardingWizard::BoundariesPage,
                               OnboardingWizard::CommunicationPage, OnboardingWizard::SigningPage,
                               OnboardingWizard::ReviewPage}) {
            QCOMPARE(wizard.currentId(), page);
            walk(&wizard, QStringLiteral("Onboarding: %1").arg(wizard.currentPage()->title()));
            wizard.show();
            // What each page asks for before the next: every boundary discussed, both signatures.
            for (auto *list : wizard.currentPage()->findChildren<QListWidget *>()) {
                for (int row = 0; row < list->count(); ++row)
                    list->item(row)->setCheckState(Qt::Checked);
            }
            for (auto *typeInstead :
                 wizard.currentPage()->findChildren<QCheckBox *>(QStringLiteral("typeInsteadCheckBox")))
                typeInstead->setChecked(true);
            for (auto *typed :
                 wizard.currentPage()->findChildren<QLineEdit *>(QStringLiteral("typedSignatureLineEdit")))
                QTest::keyClicks(typed, QStringLiteral("Nora Quinn"));
            if (auto *consent =
                    wizard.currentPage()->findChild<QCheckBox *>(QStringLiteral("consentCheckBox")))
                consent->setChecked(true);
            if (page != OnboardingWizard::ReviewPage)
                wizard.next();
        }
        verifyNoProblems();
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_Accessibility.moc"
