// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientService.h"
#include "app/clients/ClientTableModel.h"
#include "app/dashboard/DashboardService.h"
#include "app/demo/DemoPractice.h"
#include "app/export/ExportFolder.h"
#include "app/storage/ContractRepository.h"
#include "tests/support/ModalDialogs.h"
#include "tests/support/TestSupport.h"
#include "ui/clients/ClientsPage.h"
#include "ui/clients/EraseClientDialog.h"
#include "ui/common/MainWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/export/PracticeExportActions.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace bk;

namespace {

// Clicks the item named `name` of the context menu once it pops up.
void whenMenu(const QString &name, int attempts = 3000) {
    QTimer::singleShot(10, qApp, [name, attempts] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            menu && menu->isVisible()) {
            const QList<QAction *> actions = menu->actions();
            for (QAction *action : actions) {
                if (action->objectName() == name) {
                    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
                    return;
                }
            }
            menu->close();
            QFAIL("the context menu has no such item");
        }
        if (attempts > 0)
            whenMenu(name, attempts - 1);
    });
}

// Clicks a radio button on its indicator: the button is as wide as the dialog, its label much shorter.
void clickRadio(QRadioButton *button) {
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

} // namespace

/// Erasing a client by mouse on the clients page, Delete for good offering erasure, and both exports from
/// the window, used as a person would.
class TestExportActions : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ClientsPage> m_page;
    qint64 m_client = 0; ///< a demo client with a signed contract

    QTableView *table() const { return m_page->findChild<QTableView *>(QStringLiteral("clientsTableView")); }

    void showPageWithClientSelected() {
        m_page = std::make_unique<ClientsPage>(*m_db);
        m_page->resize(1000, 600);
        m_page->show();
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        const int row = m_page->model()->rowOf(m_client);
        QVERIFY(row >= 0);
        const QRect rect = table()->visualRect(m_page->model()->index(row, ClientTableModel::NameColumn));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(m_page->selectedClient()->id, m_client);
    }

    // A right click on the selected row: the table's context menu.
    void rightClickSelectedRow() {
        const int row = m_page->model()->rowOf(m_client);
        const QPoint at =
            table()->visualRect(m_page->model()->index(row, ClientTableModel::NameColumn)).center();
        QContextMenuEvent click(QContextMenuEvent::Mouse, at, table()->viewport()->mapToGlobal(at));
        QApplication::sendEvent(table()->viewport(), &click);
    }

    qint64 incidentsOnTheDashboard() const {
        const DashboardService dashboard(*m_db);
        return dashboard.compute(dashboard.defaultRequest().value()).value().incidents;
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = test::openDatabase(m_dir->filePath(QStringLiteral("practice.sqlite")));
        QVERIFY(m_db);
        QVERIFY(DemoPractice::populate(*m_db).ok());
        const QList<ContractSummary> contracts = ContractRepository(*m_db).list().value();
        QVERIFY(!contracts.isEmpty());
        m_client = contracts.first().clientId;
    }

    void cleanup() {
        m_page.reset();
        m_db.reset();
    }

    void eraseByMouseNamesTheClientAndKeepsTheCounts() {
        showPageWithClientSelected();
        const QString name = m_page->selectedClient()->fullName;
        const qint64 before = incidentsOnTheDashboard();
        QVERIFY(before > 0);
        bool asked = false;
        test::whenModal<EraseClientDialog>([&](EraseClientDialog *dialog) {
            asked = true;
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("eraseQuestionLabel"))->text().contains(name));
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("signedDocumentsLabel"))
                        ->text()
                        .contains(QStringLiteral("retained")));
            auto *erase = dialog->findChild<QPushButton *>(QStringLiteral("erasePushButton"));
            // The signed documents need an explicit choice first.
            QVERIFY(!erase->isEnabled());
            clickRadio(dialog->findChild<QRadioButton *>(QStringLiteral("removeDocumentsRadioButton")));
            QVERIFY(erase->isEnabled());
            QTest::mouseClick(erase, Qt::LeftButton);
        });
        whenMenu(QStringLiteral("eraseClientAction"));
        rightClickSelectedRow();
        QTRY_VERIFY(asked);

        QTRY_COMPARE(ClientService(*m_db).get(m_client).value().fullName, Client::ErasedText);
        QCOMPARE(ContractRepository(*m_db).list(m_client).value().size(), 0);
        QCOMPARE(incidentsOnTheDashboard(), before);
        QTRY_COMPARE(m_page->model()->clientAt(m_page->model()->rowOf(m_client))->fullName,
                     Client::ErasedText);
    }

    void deleteForGoodOffersErasureForAClientWithRecords() {
        showPageWithClientSelected();
        table()->setFocus();
        bool offered = false;
        test::whenModal<EraseClientDialog>([&](EraseClientDialog *dialog) {
            offered = dialog->findChild<QLabel *>(QStringLiteral("eraseQuestionLabel"))
                          ->text()
                          .contains(QStringLiteral("cannot be deleted for good"));
            dialog->reject();
        });
        QTest::keyClick(table(), Qt::Key_Delete, Qt::ShiftModifier);
        QVERIFY(offered);
        // Nothing happened, and no failure was shown.
        QVERIFY(ClientService(*m_db).get(m_client).value().fullName != Client::ErasedText);

        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        table()->setFocus();
        bool erased = false;
        test::whenModal<EraseClientDialog>([&erased](EraseClientDialog *dialog) {
            erased = true;
            clickRadio(dialog->findChild<QRadioButton *>(QStringLiteral("keepDocumentsRadioButton")));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("erasePushButton")),
                              Qt::LeftButton);
        });
        QTest::keyClick(table(), Qt::Key_Delete, Qt::ShiftModifier);
        QTRY_VERIFY(erased);
        QTRY_COMPARE(ClientService(*m_db).get(m_client).value().fullName, Client::ErasedText);
        QVERIFY(!ContractRepository(*m_db).list(m_client).value().isEmpty());
    }

    void exportClientsDataWritesTheReport() {
        showPageWithClientSelected();
        const QString name = m_page->selectedClient()->fullName;
        const QString folder = m_dir->filePath(QStringLiteral("access-request"));
        test::whenModal<QFileDialog>([folder](QFileDialog *dialog) { test::chooseFile(dialog, folder); });
        MessageBox::setNextAnswer(MessageBox::Answer::Confirmed);
        whenMenu(QStringLiteral("exportClientDataAction"));
        rightClickSelectedRow();
        QTRY_VERIFY(QFile::exists(folder + QStringLiteral("/report.html")));
        QVERIFY(MessageBox::lastText().contains(name));
        QFile data(folder + QStringLiteral("/data.json"));
        QVERIFY(data.open(QIODevice::ReadOnly));
        const QJsonObject client =
            QJsonDocument::fromJson(data.readAll()).object().value(QStringLiteral("client")).toObject();
        QCOMPARE(client.value(QStringLiteral("full_name")).toString(), name);
        QCOMPARE(test::fileMode(folder + QStringLiteral("/report.html")), 0600);
    }

    void exportTheWholePracticeFromTheFileMenu() {
        MainWindow window(*m_db);
        window.show();
        QAction *exportAction = nullptr;
        for (QAction *action : window.menuBar()->actions().constFirst()->menu()->actions()) {
            if (action->objectName() == QLatin1String("exportPracticeAction"))
                exportAction = action;
        }
        QVERIFY(exportAction);
        QSignalSpy finished(window.exportActions(), &PracticeExportActions::exportFinished);
        const QString folder = m_dir->filePath(QStringLiteral("leaving"));
        test::whenModal<QFileDialog>([folder](QFileDialog *dialog) { test::chooseFile(dialog, folder); });
        exportAction->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        const QString told = finished.at(0).at(1).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^Exported \\d+ tables and \\d+ files to "))
                     .match(told)
                     .hasMatch(),
                 qPrintable(told));
        QVERIFY(ExportFolder::verify(folder).ok());
        QVERIFY(QFile::exists(folder + QStringLiteral("/tables/clients.csv")));
    }
};

QTEST_MAIN(TestExportActions)
#include "tst_ExportActions.moc"
