// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientTableModel.h"
#include "app/demo/DemoPractice.h"
#include "app/storage/ClientRepository.h"
#include "tests/support/TestSupport.h"
#include "ui/clients/ClientDialog.h"
#include "ui/clients/ClientsPage.h"
#include "ui/common/MessageBox.h"
#include "ui/common/RecordPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace bk;

class TestClientsPage : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ClientsPage> m_page;

    template <typename T> T *find(const char *name) const {
        T *widget = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("No widget named %s", name);
        return widget;
    }

    QTableView *table() const { return find<QTableView>("clientsTableView"); }

    void showPage() {
        m_page = std::make_unique<ClientsPage>(*m_db);
        m_page->resize(1000, 600);
        m_page->show();
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    }

    /// Runs `work` on the client dialog that `open` brings up; a dialog still open afterwards is cancelled so
    /// a failing test cannot hang in its modal loop.
    static void withDialog(const std::function<void()> &open,
                           const std::function<void(ClientDialog *)> &work) {
        bool ran = false;
        QTimer::singleShot(0, qApp, [&] {
            auto *dialog = qobject_cast<ClientDialog *>(QApplication::activeModalWidget());
            if (dialog) {
                ran = true;
                work(dialog);
                if (dialog->isVisible())
                    dialog->reject();
            }
        });
        open();
        QVERIFY2(ran, "the client dialog did not open");
    }

    void clickRow(int row) {
        const QRect rect = table()->visualRect(m_page->model()->index(row, ClientTableModel::NameColumn));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, rect.center());
    }

    int rowOfName(const QString &fullName) const {
        const ClientTableModel *model = m_page->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->clientAt(row)->fullName == fullName)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = test::openDatabase(m_dir->filePath(QStringLiteral("clients.sqlite")));
        QVERIFY(m_db);
    }

    void cleanup() {
        m_page.reset();
        m_db.reset();
        m_dir.reset();
    }

    void theColumnsFitTheirContentsUntilTheUserSizesOne() {
        QVERIFY(DemoPractice::populate(*m_db).ok());
        showPage();
        auto *records = m_page->findChild<RecordPage *>();
        QVERIFY(records);
        QHeaderView *columns = table()->horizontalHeader();
        const QFontMetrics metrics = table()->fontMetrics();
        const auto titleFits = [&](int column) {
            return columns->sectionSize(column) >=
                   QFontMetrics(columns->font())
                       .horizontalAdvance(m_page->model()->headerData(column, Qt::Horizontal).toString());
        };

        // Wide enough for everything: no text in view is cut short.
        m_page->resize(1500, 600);
        QCoreApplication::processEvents();
        for (int column = 0; column < columns->count(); ++column) {
            for (int row = 0; row < m_page->model()->rowCount(); ++row) {
                const QString text = m_page->model()->index(row, column).data().toString();
                QVERIFY2(columns->sectionSize(column) >= metrics.horizontalAdvance(text), qPrintable(text));
            }
        }

        // Narrow: the columns share the width, none narrower than its title.
        m_page->resize(900, 600);
        QCoreApplication::processEvents();
        int total = 0;
        for (int column = 0; column < columns->count(); ++column) {
            QVERIFY(titleFits(column));
            total += columns->sectionSize(column);
        }
        QVERIFY2(total <= table()->viewport()->width() + 1, qPrintable(QString::number(total)));
        QVERIFY(records->headerState().startsWith('F'));

        // The user drags the Email column's right edge: that width stays, now and in the next session.
        const int email = ClientTableModel::EmailColumn;
        const int edge = columns->sectionViewportPosition(email) + columns->sectionSize(email) - 1;
        const int y = columns->height() / 2;
        QTest::mousePress(columns->viewport(), Qt::LeftButton, {}, QPoint(edge, y));
        QTest::mouseMove(columns->viewport(), QPoint(edge + 40, y));
        QTest::mouseRelease(columns->viewport(), Qt::LeftButton, {}, QPoint(edge + 40, y));
        QVERIFY(records->columnsSizedByHand());
        const int dragged = columns->sectionSize(email);
        m_page->resize(1500, 600);
        QCoreApplication::processEvents();
        QCOMPARE(columns->sectionSize(email), dragged);
        const QByteArray state = records->headerState();
        QVERIFY(state.startsWith('H'));

        showPage();
        auto *next = m_page->findChild<RecordPage *>();
        next->restoreHeaderState(state);
        QVERIFY(next->columnsSizedByHand());
        QCOMPARE(table()->horizontalHeader()->sectionSize(email), dragged);
    }

    void aClientAddedThroughTheDialogAppearsSelected() {
        QVERIFY(DemoPractice::populate(*m_db).ok());
        showPage();
        withDialog([this] { QTest::keyClick(table(), Qt::Key_N, Qt::ControlModifier); },
                   [](ClientDialog *dialog) {
                       QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("fullNameLineEdit")),
                                        QStringLiteral("Zara Quinn"));
                       QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("emailLineEdit")),
                                        QStringLiteral("zara@example.com"));
                       QTest::mouseClick(
                           dialog->findChild<QDialogButtonBox *>(QStringLiteral("dialogButtonBox"))
                               ->button(QDialogButtonBox::Save),
                           Qt::LeftButton);
                   });
        QCOMPARE(m_page->model()->rowCount(), 13);
        const std::optional<Client> selected = m_page->selectedClient();
        QVERIFY(selected);
        QCOMPARE(selected->fullName, QStringLiteral("Zara Quinn"));
        QCOMPARE(table()->currentIndex().row(), m_page->model()->rowOf(selected->id));
    }

    void anEmptyRegisterOffersToAddTheFirstClient() {
        showPage();
        auto *stack = find<QStackedWidget>("clientsViewStackedWidget");
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyStateWidget"));
        // The first words a new user reads are whole: the explanation under the headline is as wide as it may
        // be and as high as its wrapped lines need, at the page's size and at a small one.
        for (const QSize size : {QSize(1000, 600), QSize(640, 420)}) {
            m_page->resize(size);
            QTest::qWait(0);
            for (const QLabel *label : stack->currentWidget()->findChildren<QLabel *>()) {
                if (!label->wordWrap())
                    continue;
                QVERIFY2(label->width() >= qMin(label->maximumWidth(), stack->width() - 40),
                         qPrintable(QStringLiteral("%1 px wide").arg(label->width())));
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(QStringLiteral("%1 px high, needs %2")
                                        .arg(label->height())
                                        .arg(label->heightForWidth(label->width()))));
            }
        }
        withDialog(
            [this] { QTest::mouseClick(find<QPushButton>("emptyNewClientPushButton"), Qt::LeftButton); },
            [](ClientDialog *dialog) {
                QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("fullNameLineEdit")),
                                 QStringLiteral("Amelia Hartley"));
                QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("fullNameLineEdit")),
                                Qt::Key_Return);
            });
        QCOMPARE(m_page->model()->rowCount(), 1);
        QCOMPARE(stack->currentWidget(), table());
    }

    void typingInTheSearchBoxFindsAClient() {
        QVERIFY(DemoPractice::populate(*m_db).ok());
        showPage();
        QCOMPARE(m_page->model()->rowCount(), 12);
        QTest::keyClick(table(), Qt::Key_F, Qt::ControlModifier);
        auto *search = find<QLineEdit>("searchLineEdit");
        QVERIFY(search->hasFocus());
        QCOMPARE(search->placeholderText(), QStringLiteral("Search name, email or phone"));

        QTest::keyClicks(search, QStringLiteral("okafor"));
        QTRY_COMPARE(m_page->model()->rowCount(), 1);
        QCOMPARE(m_page->model()->clientAt(0)->fullName, QStringLiteral("Daniel Okafor"));
        QCOMPARE(m_page->shownCount(), 1);
        QCOMPARE(m_page->totalCount(), 12);

        search->clear();
        QTest::keyClicks(search, QStringLiteral("nobody by this name"));
        QTRY_COMPARE(m_page->model()->rowCount(), 0);
        auto *stack = find<QStackedWidget>("clientsViewStackedWidget");
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("noMatchesWidget"));
        QVERIFY(find<QLabel>("noMatchesLabel")->text().contains(QStringLiteral("nobody by this name")));

        QTest::mouseClick(find<QPushButton>("clearFiltersPushButton"), Qt::LeftButton);
        QCOMPARE(m_page->model()->rowCount(), 12);
        QVERIFY(search->text().isEmpty());
    }

    void theStatusFilterShowsOnlyThatStatus() {
        QVERIFY(DemoPractice::populate(*m_db).ok());
        showPage();
        auto *status = find<QComboBox>("statusFilterComboBox");
        QCOMPARE(status->itemText(0), QStringLiteral("All statuses"));
        status->setCurrentIndex(status->findData(ClientStatuses::key(ClientStatus::Onboarding)));
        QCOMPARE(m_page->model()->rowCount(), 2);
        for (int row = 0; row < m_page->model()->rowCount(); ++row)
            QCOMPARE(m_page->model()->clientAt(row)->status, ClientStatus::Onboarding);
        status->setCurrentIndex(0);
        QCOMPARE(m_page->model()->rowCount(), 12);
    }

    void theReacknowledgementFilterShowsExactlyTheClientsDue() {
        QVERIFY(DemoPractice::populate(*m_db).ok());
        showPage();
        ClientFilter due;
        due.reacknowledgementDueOnly = true;
        const qint64 expected = ClientRepository(*m_db).count(due).value();
        QVERIFY(expected > 0);
        QVERIFY(expected < 12);

        auto *status = find<QComboBox>("statusFilterComboBox");
        const int entry = status->findText(QStringLiteral("Re-acknowledgement due"));
        QVERIFY(entry > 0);
        status->setCurrentIndex(entry);
        QCOMPARE(m_page->model()->rowCount(), int(expected));
        for (int row = 0; row < m_page->model()->rowCount(); ++row)
            QVERIFY(m_page->model()->rowAt(row)->reacknowledgementDue);
        status->setCurrentIndex(0);
        QCOMPARE(m_page->model()->rowCount(), 12);
    }

    void clickingAColumnHeaderSortsInTheModel() {
        QVERIFY(DemoPractice::populate(*m_db).ok());
        showPage();
        QHeaderView *header = table()->horizontalHeader();
        const int x = header->sectionViewportPosition(ClientTableModel::EmailColumn) + 10;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(m_page->model()->sortOrder().key, ClientSortKey::Email);
        QCOMPARE(m_page->model()->clientAt(0)->email, QStringLiteral("amelia.hartley@example.com"));
    }

    // Ctrl+End jumps to the last client, reading from the row it lands on; Page Up then shows the rows above,
    // read as they come into view. Every row shown is the one a list read from the top shows there.
    void jumpingToTheEndAndPagingUpShowsEveryClientInOrder() {
        QVERIFY(test::addSyntheticClients(*m_db, 3 * ClientTableModel::PageSize + 25).ok());
        QList<qint64> inOrder;
        const ClientTableModel fromTheTop(*m_db);
        for (int row = 0; row < fromTheTop.rowCount(); ++row)
            inOrder.append(fromTheTop.clientAt(row)->id);
        const int clients = int(inOrder.size()); // the current ones: the archived are not listed
        QVERIFY(clients > 2 * ClientTableModel::PageSize);
        showPage();
        clickRow(0);
        QTest::keyClick(table(), Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(table()->currentIndex().row(), clients - 1);
        const auto checkShown = [&]() {
            table()->viewport()->repaint(); // the view asks for its rows first, top down
            const int top = table()->rowAt(0);
            const int bottom = table()->rowAt(table()->viewport()->height() - 1);
            QVERIFY(top >= 0);
            for (int row = top; row <= (bottom < 0 ? clients - 1 : bottom); ++row) {
                const QModelIndex name = m_page->model()->index(row, ClientTableModel::NameColumn);
                QCOMPARE(name.data(ClientTableModel::IdRole).toLongLong(), inOrder.at(row));
                QVERIFY(!name.data().toString().isEmpty());
            }
        };
        checkShown();
        for (int pages = 0; table()->currentIndex().row() > 0 && pages < clients; ++pages) {
            QTest::keyClick(table(), Qt::Key_PageUp);
            checkShown();
        }
        QCOMPARE(table()->currentIndex().row(), 0);
        QVERIFY(m_page->model()->lastError().isEmpty());
    }

    void theDeleteKeyArchivesAfterConfirmationAndRestoreBringsTheClientBack() {
        QVERIFY(DemoPractice::populate(*m_db).ok());
        showPage();
        const int row = rowOfName(QStringLiteral("Lukas Becker"));
        QVERIFY(row >= 0);
        clickRow(row);
        const qint64 id = m_page->selectedClient()->id;
        table()->setFocus();

        MessageBox::setNextAnswer(MessageBox::Answer::Cancelled);
        QTest::keyClick(table(), Qt::Key_Delete);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Lukas Becker")));
        QCOMPARE(m_page->model()->rowCount(), 12);

        MessageBox::setNextAnswer(MessageBox::Answer::Confirmed);
        QTest::keyClick(table(), Qt::Key_Delete);
        QTRY_COMPARE(m_page->model()->rowCount(), 11);
        QCOMPARE(m_page->model()->rowOf(id), -1);
        QVERIFY(ClientRepository(*m_db).get(id).value().archived);

        QTest::mouseClick(find<QCheckBox>("showArchivedCheckBox"), Qt::LeftButton);
        QCOMPARE(m_page->model()->rowCount(), 12);
        m_page->selectClient(id);
        QCOMPARE(m_page->archiveClientAction()->text().remove(QLatin1Char('&')), QStringLiteral("Restore"));
        m_page->archiveClientAction()->trigger();
        QVERIFY(!ClientRepository(*m_db).get(id).value().archived);
        QCOMPARE(m_page->archiveClientAction()->text().remove(QLatin1Char('&')), QStringLiteral("Archive…"));
    }

    void deletingForGoodNamesTheClient() {
        QVERIFY(DemoPractice::populate(*m_db).ok());
        showPage();
        clickRow(rowOfName(QStringLiteral("Marie Dubois")));
        const qint64 id = m_page->selectedClient()->id;
        table()->setFocus();
        MessageBox::setNextAnswer(MessageBox::Answer::Confirmed);
        QTest::keyClick(table(), Qt::Key_Delete, Qt::ShiftModifier);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Marie Dubois")));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("cannot be brought back")));
        QCOMPARE(m_page->model()->rowCount(), 11);
        QCOMPARE(ClientRepository(*m_db).get(id).error().kind, Error::Kind::NotFound);
    }

    void enterEditsTheSelectedClient() {
        QVERIFY(DemoPractice::populate(*m_db).ok());
        showPage();
        clickRow(rowOfName(QStringLiteral("Rafael Costa")));
        const qint64 id = m_page->selectedClient()->id;
        withDialog([this] { QTest::keyClick(table(), Qt::Key_Return); },
                   [](ClientDialog *dialog) {
                       auto *phone = dialog->findChild<QLineEdit *>(QStringLiteral("phoneLineEdit"));
                       phone->clear();
                       QTest::keyClicks(phone, QStringLiteral("+55 11 90000 0000"));
                       QTest::keyClick(phone, Qt::Key_Return);
                   });
        QCOMPARE(ClientRepository(*m_db).get(id).value().phone, QStringLiteral("+55 11 90000 0000"));
        QCOMPARE(m_page->selectedClient()->id, id);
    }
};

QTEST_MAIN(TestClientsPage)
#include "tst_ClientsPage.moc"
