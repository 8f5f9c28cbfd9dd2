// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/AgreementService.h"
#include "app/clients/ClientService.h"
#include "app/common/Clock.h"
#include "app/dashboard/HeatMapTableModel.h"
#include "app/demo/DemoPractice.h"
#include "app/incidents/IncidentTableModel.h"
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
#include "ui/dashboard/HeatMapWidget.h"
#include "ui/import/ImportDialog.h"
#include "ui/incidents/ContractSigningDialog.h"
#include "ui/incidents/IncidentDetailDialog.h"
#include "ui/incidents/IncidentsPage.h"
#include "ui/incidents/QuickLogDialog.h"
#include "ui/incidents/ResourceLibraryDialog.h"
#include "ui/onboarding/OnboardingWizard.h"
#include "ui/onboarding/SignedDocumentDialog.h"
#include "ui/practice/SetupWizard.h"
#include "ui/practitioner/AvailabilityDialog.h"
#include "ui/practitioner/DisclosureCheckDialog.h"
#include "ui/practitioner/MonthlyReflectionDialog.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QWizard>

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

    // The widgets Tab reaches in `window`, in order: those of a button box or a wizard's button row keep
    // the platform's button order and are left out.
    static QList<QWidget *> tabChain(QWidget *window) {
        QList<QWidget *> chain;
        const auto *wizard = qobject_cast<QWizard *>(window);
        for (QWidget *widget = window->nextInFocusChain(); widget && widget != window;
             widget = widget->nextInFocusChain()) {
            const bool wizardButton = wizard && qobject_cast<QAbstractButton *>(widget) &&
                                      !wizard->currentPage()->isAncestorOf(widget);
            if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) &&
                !widget->focusProxy() && !qobject_cast<QDialogButtonBox *>(widget->parentWidget()) &&
                !wizardButton)
                chain.append(widget);
        }
        return chain;
    }

    // Whether `window` opened with the keyboard in a field, not on a push button, and Tab goes through its
    // fields as they are read: down a column, a row from the left. (A column to the right of another may
    // start higher up.)
    void checkFocusOrder(QWidget *window, const QString &where, bool opening) {
        const QList<QWidget *> chain = tabChain(window);
        const auto isButton = [](const QWidget *widget) {
            return qobject_cast<const QPushButton *>(widget) || qobject_cast<const QToolButton *>(widget);
        };
        if (opening && std::any_of(chain.cbegin(), chain.cend(), [&](QWidget *w) { return !isButton(w); })) {
            QWidget *focus = QApplication::focusWidget();
            if (!focus || isButton(focus))
                m_problems.append(where + QStringLiteral(": opens with the focus on ") +
                                  (focus ? describe(focus) : QStringLiteral("nothing")));
        }
        constexpr int Slack = 8;
        for (qsizetype at = 1; at < chain.size(); ++at) {
            const QRect before(chain.at(at - 1)->mapTo(window, QPoint()), chain.at(at - 1)->size());
            const QRect now(chain.at(at)->mapTo(window, QPoint()), chain.at(at)->size());
            const bool sameRow = std::abs(now.top() - before.top()) < Slack;
            const bool up = now.top() < before.top() - Slack && now.left() <= before.left() + Slack;
            if (up || (sameRow && now.left() < before.left() - Slack))
                m_problems.append(where + QStringLiteral(": Tab goes back from ") +
                                  describe(chain.at(at - 1)) + QStringLiteral(" to ") +
                                  describe(chain.at(at)));
        }
    }

    // Lists every problem found (a failure message is cut short), then fails if there was any.
    void verifyNoProblems() const {
        for (const QString &problem : m_problems)
            qInfo().noquote() << problem;
        QVERIFY2(m_problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problem(s), listed above").arg(m_problems.size())));
    }

    // Checks `window` with each tab of each of its tab widgets shown in turn; `focusOrder`: and where the
    // focus starts and goes.
    void walk(QWidget *window, const QString &where, bool focusOrder = false, bool opening = true) {
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window));
        if (focusOrder)
            checkFocusOrder(window, where, opening);
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
                if (focusOrder)
                    checkFocusOrder(window, where + QStringLiteral(" › ") + tabs->tabText(tab), false);
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

    void theHeatMapDrillsDownFromTheKeyboard() {
        MainWindow window(*m_db, true);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showSection(MainWindow::DashboardSection);
        auto *dashboard = window.findChild<DashboardPage *>();
        QTRY_VERIFY(!dashboard->isUpdating() && dashboard->figures().incidents > 0);
        auto *heatMap = window.findChild<HeatMapWidget *>(QStringLiteral("heatMapWidget"));
        QVERIFY(heatMap);
        // The busiest cell, walked to from Monday 00:00 as a keyboard user does.
        int busiestDay = 0;
        int busiestHour = 0;
        for (int day = 0; day < 7; ++day) {
            for (int hour = 0; hour < 24; ++hour) {
                if (heatMap->model()->count(day, hour) > heatMap->model()->count(busiestDay, busiestHour)) {
                    busiestDay = day;
                    busiestHour = hour;
                }
            }
        }
        const qint64 count = heatMap->model()->count(busiestDay, busiestHour);
        QVERIFY(count > 0);
        heatMap->setFocus();
        QTRY_VERIFY(heatMap->hasFocus());
        for (int day = 0; day < busiestDay; ++day)
            QTest::keyClick(heatMap, Qt::Key_Down);
        for (int hour = 0; hour < busiestHour; ++hour)
            QTest::keyClick(heatMap, Qt::Key_Right);
        QCOMPARE(heatMap->accessibleDescription(), heatMap->model()->cellText(busiestDay, busiestHour));
        QTest::keyClick(heatMap, Qt::Key_Return);
        // The Incidents section lists the cell's incidents, as after a click on it.
        auto *incidents = window.findChild<IncidentsPage *>();
        QTRY_VERIFY(incidents->isVisible());
        QTRY_COMPARE(incidents->model()->rowCount(), int(count));
    }

    void everyDialog() {
        const qint64 client = 1;
        {
            ClientDialog dialog(*m_db);
            walk(&dialog, QStringLiteral("New client"), true);
        }
        {
            ClientDialog dialog(*m_db, ClientService(*m_db).get(client).value());
            walk(&dialog, QStringLiteral("Client"), true);
        }
        {
            const Result<ErasureScope> scope = ClientService(*m_db).erasureScope(client);
            QVERIFY(scope.ok());
            EraseClientDialog dialog(ClientService(*m_db).get(client).value(), scope.value(), false, nullptr);
            walk(&dialog, QStringLiteral("Erase client"), true);
        }
        {
            QuickLogDialog dialog(*m_db);
            walk(&dialog, QStringLiteral("Log an incident"), true);
        }
        {
            IncidentDetailDialog dialog(*m_db, 1);
            walk(&dialog, QStringLiteral("Incident"), true);
        }
        {
            ContractSigningDialog dialog(*m_db, 1, BehaviouralContract{}, ContractSigningDialog::Mode::Paper);
            walk(&dialog, QStringLiteral("Paper contract"), true);
        }
        {
            ResourceLibraryDialog dialog(*m_db, {}, QString());
            walk(&dialog, QStringLiteral("Resource library"), true);
        }
        {
            DisclosureCheckDialog dialog(*m_db);
            walk(&dialog, QStringLiteral("Disclosure check"), true);
        }
        {
            AvailabilityDialog dialog(*m_db);
            walk(&dialog, QStringLiteral("Availability"), true);
        }
        {
            MonthlyReflectionDialog dialog(*m_db, Clock::todayLocal().addMonths(-1));
            walk(&dialog, QStringLiteral("Monthly reflection"), true);
        }
        {
            PreferencesDialog dialog(*m_db);
            walk(&dialog, QStringLiteral("Preferences"), true);
        }
        {
            ActivityDialog dialog(*m_db);
            walk(&dialog, QStringLiteral("Activity"), true);
        }
        {
            VerifyRecordsDialog dialog(m_db->path());
            walk(&dialog, QStringLiteral("Verify records"), true);
        }
        {
            ConnectDialog dialog(nullptr, QStringLiteral("postgresql://anna@db.example.org/practice"));
            walk(&dialog, QStringLiteral("Connect"), true);
        }
        {
            MovePracticeDialog dialog(m_db->path());
            walk(&dialog, QStringLiteral("Move practice"), true);
        }
        for (const auto purpose :
             {PassphraseDialog::Purpose::NewBackup, PassphraseDialog::Purpose::OpenBackup}) {
            PassphraseDialog dialog(purpose);
            walk(&dialog, QStringLiteral("Backup passphrase"), true);
        }
        {
            ConflictDialog dialog(QStringLiteral("Amelia Hartley"),
                                  {{QStringLiteral("Email"), QStringLiteral("amelia@example.org"),
                                    QStringLiteral("amelia.h@example.org"), true, false}});
            walk(&dialog, QStringLiteral("Conflict"), true);
        }
        {
            const std::optional<Agreement> agreement = AgreementService(*m_db).latestSigned(client).value();
            QVERIFY(agreement);
            SignedDocumentDialog dialog(*agreement);
            walk(&dialog, QStringLiteral("Signed agreement"), true);
        }
        {
            ImportDialog dialog(*m_db, QStringLiteral(BK_IMPORT_DATA_DIR "/google.csv"));
            walk(&dialog, QStringLiteral("Import"), true);
        }
        verifyNoProblems();
    }

    void everyWizardPage() {
        {
            SetupWizard wizard(*m_db);
            for (int page = SetupWizard::DetailsPage; page <= SetupWizard::PolicyPage; ++page) {
                walk(&wizard, QStringLiteral("Setup page %1").arg(page), true,
                     page == SetupWizard::DetailsPage);
                wizard.next();
            }
        }
        {
            OnboardingWizard wizard(*m_db);
            wizard.startWithClientChoice(false);
            wizard.show();
            QCOMPARE(wizard.currentId(), int(OnboardingWizard::ClientPage));
            walk(&wizard, QStringLiteral("Onboarding: client"), true);
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
            walk(&wizard, QStringLiteral("Onboarding: %1").arg(wizard.currentPage()->title()), true,
                 page == OnboardingWizard::RolesPage);
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
