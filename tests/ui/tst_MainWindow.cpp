// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientTableModel.h"
#include "app/common/Clock.h"
#include "app/common/Settings.h"
#include "app/demo/DemoPractice.h"
#include "app/incidents/IncidentTableModel.h"
#include "app/policy/PracticeService.h"
#include "app/storage/FollowUpRepository.h"
#include "tests/support/ModalDialogs.h"
#include "tests/support/TestSupport.h"
#include "ui/clients/ClientsPage.h"
#include "ui/common/MainWindow.h"
#include "ui/common/NoticeBar.h"
#include "ui/common/PreferencesDialog.h"
#include "ui/incidents/ClientPicker.h"
#include "ui/incidents/FollowUpNotifier.h"
#include "ui/incidents/IncidentsPage.h"
#include "ui/incidents/QuickLogDialog.h"
#include "ui/practitioner/ReflectionPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace bk;

class TestMainWindow : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    QString databasePath() const { return m_dir->filePath(QStringLiteral("practice.sqlite")); }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    // A Wednesday; the demo practice's records are dated relative to it.
    static QDateTime now() { return QDateTime(QDate(2026, 3, 11), QTime(12, 0), Qt::UTC); }

    void init() {
        Clock::setNowFunction([] { return now(); });
        Settings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = test::openDatabase(databasePath());
        QVERIFY(m_db);
        QVERIFY(DemoPractice::populate(*m_db).ok());
    }

    void cleanup() {
        m_db.reset();
        m_dir.reset();
        FollowUpNotifier::setNotificationHook({});
        Clock::setNowFunction({});
    }

    void aFileOpenedAfterTheQuickCheckGetsTheFullOneInTheBackground() {
        m_db.reset();
        // An index that no longer matches its table: only the full check finds it.
        test::rawSql(
            databasePath(),
            {QStringLiteral("CREATE TABLE extra (a, b)"), QStringLiteral("CREATE INDEX extra_a ON extra (a)"),
             QStringLiteral("INSERT INTO extra VALUES (1, 20), (2, 10)"),
             QStringLiteral("PRAGMA writable_schema = ON"),
             QStringLiteral("UPDATE sqlite_schema SET sql = 'CREATE INDEX extra_a ON extra (b)' WHERE "
                            "name = 'extra_a'")});
        Database::Options quick;
        quick.quickCheck = true;
        auto opened = Database::open(databasePath(), quick);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        m_db = std::move(opened).value();
        MainWindow window(*m_db);
        window.show();
        auto *notice = window.findChild<NoticeBar *>(QStringLiteral("integrityNoticeBar"));
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 30000);
        QVERIFY2(notice->text().contains(QStringLiteral("missing from index extra_a")),
                 qPrintable(notice->text()));
        // Restoring a backup is offered right there.
        QVERIFY(notice->findChild<QPushButton *>(QStringLiteral("integrityRestorePushButton")));
    }

    void theTitleNamesTheDatabaseAndTheStatusBarCountsClients() {
        MainWindow window(*m_db);
        QSignalSpy painted(&window, &MainWindow::firstPainted);
        window.show();
        QTRY_COMPARE(painted.count(), 1);
        // The practice is known by its name, and follows a new one.
        QCOMPARE(window.windowTitle(), QStringLiteral("Northbridge Coaching & Training"));
        PracticeProfile profile = PracticeService(*m_db).load().value();
        profile.name = QStringLiteral("Harbour Coaching");
        QVERIFY(PracticeService(*m_db).save(profile).ok());
        QTRY_COMPARE(window.windowTitle(), QStringLiteral("Harbour Coaching"));
        auto *count = window.findChild<QLabel *>(QStringLiteral("clientCountLabel"));
        QCOMPARE(count->text(), QStringLiteral("12 clients"));
        QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("searchLineEdit")),
                         QStringLiteral("becker"));
        QTRY_COMPARE(count->text(), QStringLiteral("1 of 12 clients shown"));
        QVERIFY(!window.findChild<NoticeBar *>(QStringLiteral("readOnlyNoticeBar"))->isVisible());

        MainWindow demo(*m_db, true);
        QCOMPARE(demo.windowTitle(), QStringLiteral("Demo practice: Harbour Coaching"));
    }

    void oneClientIsCountedInTheSingular() {
        const std::unique_ptr<Database> single =
            test::openDatabase(m_dir->filePath(QStringLiteral("one.sqlite")));
        QVERIFY(single);
        QVERIFY(test::addSyntheticClients(*single, 1).ok());
        MainWindow window(*single);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("clientCountLabel"))->text(),
                 QStringLiteral("1 client"));
    }

    void theNavigationShowsEachSection() {
        MainWindow window(*m_db);
        window.show();
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pagesStackedWidget"));
        QCOMPARE(navigation->count(), 5);
        QCOMPARE(pages->currentWidget(), window.clientsPage());
        const QRect incidents = navigation->visualItemRect(navigation->item(MainWindow::IncidentsSection));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, incidents.center());
        QCOMPARE(pages->currentIndex(), int(MainWindow::IncidentsSection));
        QCOMPARE(pages->currentWidget(), window.incidentsPage());
        // The count of clients is the register's: the other sections do not show it.
        auto *count = window.findChild<QLabel *>(QStringLiteral("clientCountLabel"));
        QVERIFY(!count->isVisible());
        const QRect reflection = navigation->visualItemRect(navigation->item(MainWindow::ReflectionSection));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, reflection.center());
        QCOMPARE(navigation->item(MainWindow::ReflectionSection)->text(), QStringLiteral("Reflection"));
        QCOMPARE(pages->currentWidget(), window.reflectionPage());

        // New client brings the register back into view.
        window.clientsPage()->findAction()->trigger();
        QCOMPARE(pages->currentWidget(), window.clientsPage());
        QVERIFY(count->isVisible());
    }

    void ctrlIInTheClientRegisterLogsForTheSelectedClient() {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const std::optional<Client> first = [&] {
            window.clientsPage()->findChild<QTableView *>(QStringLiteral("clientsTableView"))->selectRow(0);
            return window.clientsPage()->selectedClient();
        }();
        QVERIFY(first);
        const auto clientOfNextQuickLog = [&] {
            qint64 preselected = -1;
            window.activateWindow();
            if (!QTest::qWaitForWindowActive(&window))
                return preselected;
            QTimer::singleShot(0, qApp, [&] {
                if (auto *dialog = qobject_cast<QuickLogDialog *>(QApplication::activeModalWidget())) {
                    preselected = dialog->findChild<ClientPicker *>()->clientId();
                    dialog->reject();
                }
            });
            QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
            return preselected;
        };
        QCOMPARE(clientOfNextQuickLog(), first->id);
        // Elsewhere no client is chosen for the practitioner.
        window.showSection(MainWindow::IncidentsSection);
        QCOMPARE(clientOfNextQuickLog(), 0);
    }

    void aReadOnlyDatabaseShowsANoticeAndDisablesEditing() {
        m_db.reset();
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        Result<std::unique_ptr<Database>> opened = Database::open(databasePath(), options);
        QVERIFY(opened.ok());
        m_db = std::move(opened).value();

        MainWindow window(*m_db);
        window.show();
        auto *notice = window.findChild<NoticeBar *>(QStringLiteral("readOnlyNoticeBar"));
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QStringLiteral("read-only")));
        ClientsPage *page = window.clientsPage();
        page->selectClient(page->model()->clientAt(0)->id);
        QVERIFY(page->selectedClient());
        QVERIFY(!page->newClientAction()->isEnabled());
        QVERIFY(!page->editClientAction()->isEnabled());
        QVERIFY(!page->archiveClientAction()->isEnabled());
        QVERIFY(!page->deleteClientAction()->isEnabled());
        QVERIFY(!page->agreementAction()->isEnabled());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("onboardNewClientAction"))->isEnabled());
        // Verifying only reads, so it stays available.
        QVERIFY(window.findChild<QAction *>(QStringLiteral("verifyPdfAction"))->isEnabled());
    }

    void geometryAndColumnsAreRememberedInTheNextWindow() {
        int emailWidth = 0;
        {
            MainWindow window(*m_db);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(937, 611);
            auto *table = window.findChild<QTableView *>(QStringLiteral("clientsTableView"));
            QHeaderView *header = table->horizontalHeader();
            // The Email column's right edge dragged 60 pixels to the right, as a person widens it.
            const int edge = header->sectionViewportPosition(ClientTableModel::EmailColumn) +
                             header->sectionSize(ClientTableModel::EmailColumn) - 1;
            const int y = header->height() / 2;
            QTest::mousePress(header->viewport(), Qt::LeftButton, {}, QPoint(edge, y));
            QTest::mouseMove(header->viewport(), QPoint(edge + 60, y));
            QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, QPoint(edge + 60, y));
            emailWidth = header->sectionSize(ClientTableModel::EmailColumn);
            header->moveSection(header->visualIndex(ClientTableModel::PhoneColumn), 0);
            header->setSortIndicator(ClientTableModel::StatusColumn, Qt::DescendingOrder);
            QCOMPARE(window.clientsPage()->model()->sortOrder().key, ClientSortKey::Status);
            window.close();
        }
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(937, 611));
        QHeaderView *header =
            window.findChild<QTableView *>(QStringLiteral("clientsTableView"))->horizontalHeader();
        QCOMPARE(header->sectionSize(ClientTableModel::EmailColumn), emailWidth);
        QCOMPARE(header->visualIndex(ClientTableModel::PhoneColumn), 0);
        QCOMPARE(header->sortIndicatorSection(), int(ClientTableModel::StatusColumn));
        QCOMPARE(window.clientsPage()->model()->sortOrder().key, ClientSortKey::Status);
        QCOMPARE(window.clientsPage()->model()->sortOrder().order, Qt::DescendingOrder);
    }

    void theStartUpReminderNamesOverdueFollowUpsWithoutABox() {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // It follows the window's first paint, without holding the window back.
        auto *reminder = window.findChild<NoticeBar *>(QStringLiteral("followUpReminderNoticeBar"));
        QTRY_VERIFY(reminder->isVisible());
        QCOMPARE(reminder->text(), QStringLiteral("3 follow-ups are overdue."));
        QVERIFY(!QApplication::activeModalWidget());
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("showFollowUpsPushButton")),
                          Qt::LeftButton);
        QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("pagesStackedWidget"))->currentWidget(),
                 window.incidentsPage());
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("dismissReminderPushButton")),
                          Qt::LeftButton);
        QVERIFY(!reminder->isVisible());

        // Two days on, the follow-ups due that day bring the reminder back with the new count.
        Clock::setNowFunction([] { return now().addDays(2); });
        window.followUpNotifier()->check();
        QVERIFY(reminder->isVisible());
        const int dueToday = int(FollowUpRepository(*m_db)
                                     .followUpsIn(FollowUpWindow::DueToday, QDate(2026, 3, 13))
                                     .value()
                                     .size());
        QVERIFY(dueToday > 1);
        QCOMPARE(reminder->text(),
                 QStringLiteral("3 follow-ups are overdue and %1 follow-ups are due today.").arg(dueToday));
    }

    void aQuietDayShowsNoReminder() {
        m_db.reset();
        m_db = test::openDatabase(m_dir->filePath(QStringLiteral("empty.sqlite")));
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.findChild<NoticeBar *>(QStringLiteral("followUpReminderNoticeBar"))->isVisible());
    }

    void aFollowUpFallingDueWhileRunningIsNotified() {
        QStringList notifications;
        FollowUpNotifier::setNotificationHook([&](const QString &title, const QString &text) {
            notifications.append(title + QLatin1Char('|') + text);
        });
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy days(window.followUpNotifier(), &FollowUpNotifier::dayChanged);

        // The same day: nothing new falls due.
        window.followUpNotifier()->check();
        QCOMPARE(days.count(), 0);
        QVERIFY(notifications.isEmpty());

        // Tomorrow nothing is due; the day after, the follow-ups set for it are.
        Clock::setNowFunction([] { return now().addDays(1); });
        window.followUpNotifier()->check();
        QCOMPARE(days.count(), 1);
        QVERIFY(notifications.isEmpty());
        Clock::setNowFunction([] { return now().addDays(2); });
        window.followUpNotifier()->check();
        QCOMPARE(days.count(), 2);
        QCOMPARE(notifications.size(), 1);
        const QList<FollowUpItem> due =
            FollowUpRepository(*m_db).followUpsIn(FollowUpWindow::DueToday, QDate(2026, 3, 13)).value();
        QVERIFY(
            notifications.first().startsWith(QStringLiteral("%1 follow-ups are due today|").arg(due.size())));
        QVERIFY(notifications.first().contains(due.first().clientName + QStringLiteral(": ") +
                                               due.first().nextAction));
        // The overdue filter of the table moved with the day.
        QCOMPARE(window.incidentsPage()->model()->filter().today, QDate(2026, 3, 13));

        // Checked again the same day: no second notification.
        window.followUpNotifier()->check();
        QCOMPARE(notifications.size(), 1);

        // Turned off in File ▸ Preferences: the next day's follow-ups are not announced through the tray.
        test::whenModal<PreferencesDialog>([](PreferencesDialog *preferences) {
            auto *tray = preferences->findChild<QCheckBox *>(QStringLiteral("trayRemindersCheckBox"));
            QVERIFY(tray->isChecked());
            tray->click();
            preferences->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QAction *preferences = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
        QVERIFY(preferences);
        preferences->trigger();
        QVERIFY(!Settings().trayReminders());
        int later = 3;
        while (later < 40 && FollowUpRepository(*m_db)
                                 .followUpsIn(FollowUpWindow::DueToday, QDate(2026, 3, 11).addDays(later))
                                 .value()
                                 .isEmpty())
            ++later;
        QVERIFY2(later < 40, "no later day with a follow-up falling due");
        Clock::setNowFunction([later] { return now().addDays(later); });
        window.followUpNotifier()->check();
        QCOMPARE(days.count(), 3);
        QCOMPARE(notifications.size(), 1);
        Settings().setTrayReminders(true);
    }

    void theIncidentColumnsAreRememberedInTheNextWindow() {
        {
            MainWindow window(*m_db);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QHeaderView *header =
                window.findChild<QTableView *>(QStringLiteral("incidentsTableView"))->horizontalHeader();
            header->resizeSection(IncidentTableModel::BoundaryColumn, 321);
            header->setSortIndicator(IncidentTableModel::ClientColumn, Qt::AscendingOrder);
            QCOMPARE(window.incidentsPage()->model()->sortOrder().key, IncidentSortKey::Client);
            window.close();
        }
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QHeaderView *header =
            window.findChild<QTableView *>(QStringLiteral("incidentsTableView"))->horizontalHeader();
        QCOMPARE(header->sectionSize(IncidentTableModel::BoundaryColumn), 321);
        QCOMPARE(window.incidentsPage()->model()->sortOrder().key, IncidentSortKey::Client);
        QCOMPARE(window.incidentsPage()->model()->sortOrder().order, Qt::AscendingOrder);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_MainWindow.moc"
