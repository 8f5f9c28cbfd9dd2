// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "TestSupport.h"
#include "clients/ClientTableModel.h"
#include "clients/ClientsPage.h"
#include "common/AppPaths.h"
#include "common/MainWindow.h"
#include "common/NoticeBar.h"
#include "demo/DemoPractice.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;

class TestMainWindow : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    QString databasePath() const { return m_dir->filePath(QStringLiteral("practice.sqlite")); }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        AppPaths::settings()->clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = test::openDatabase(databasePath());
        QVERIFY(m_db);
        QVERIFY(DemoPractice::populate(*m_db).ok());
    }

    void cleanup() {
        m_db.reset();
        m_dir.reset();
    }

    void theTitleNamesTheDatabaseAndTheStatusBarCountsClients() {
        MainWindow window(*m_db);
        QSignalSpy painted(&window, &MainWindow::firstPainted);
        window.show();
        QTRY_COMPARE(painted.count(), 1);
        QVERIFY(window.windowTitle().contains(QStringLiteral("practice.sqlite")));
        auto *count = window.findChild<QLabel *>(QStringLiteral("clientCountLabel"));
        QCOMPARE(count->text(), QStringLiteral("12 clients"));
        QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("searchLineEdit")),
                         QStringLiteral("becker"));
        QTRY_COMPARE(count->text(), QStringLiteral("1 of 12 clients shown"));
        QVERIFY(!window.findChild<NoticeBar *>(QStringLiteral("readOnlyNoticeBar"))->isVisible());

        MainWindow demo(*m_db, true);
        QVERIFY(demo.windowTitle().contains(QStringLiteral("Demo")));
    }

    void theNavigationShowsEachSection() {
        MainWindow window(*m_db);
        window.show();
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pagesStackedWidget"));
        QCOMPARE(navigation->count(), 4);
        QCOMPARE(pages->currentWidget(), window.clientsPage());
        const QRect incidents = navigation->visualItemRect(navigation->item(MainWindow::IncidentsSection));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, incidents.center());
        QCOMPARE(pages->currentIndex(), int(MainWindow::IncidentsSection));
        auto *text = pages->currentWidget()->findChild<QLabel *>(QStringLiteral("placeholderTextLabel"));
        QVERIFY(text->text().contains(QStringLiteral("not built yet")));

        // New client brings the register back into view.
        window.clientsPage()->findAction()->trigger();
        QCOMPARE(pages->currentWidget(), window.clientsPage());
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
        {
            MainWindow window(*m_db);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(937, 611);
            auto *table = window.findChild<QTableView *>(QStringLiteral("clientsTableView"));
            QHeaderView *header = table->horizontalHeader();
            header->resizeSection(ClientTableModel::EmailColumn, 333);
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
        QCOMPARE(header->sectionSize(ClientTableModel::EmailColumn), 333);
        QCOMPARE(header->visualIndex(ClientTableModel::PhoneColumn), 0);
        QCOMPARE(header->sortIndicatorSection(), int(ClientTableModel::StatusColumn));
        QCOMPARE(window.clientsPage()->model()->sortOrder().key, ClientSortKey::Status);
        QCOMPARE(window.clientsPage()->model()->sortOrder().order, Qt::DescendingOrder);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_MainWindow.moc"
