// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientTableModel.h"
#include "app/common/Clock.h"
#include "app/common/Settings.h"
#include "app/demo/DemoPractice.h"
#include "app/incidents/IncidentService.h"
#include "app/incidents/IncidentTableModel.h"
#include "app/storage/ClientRepository.h"
#include "tests/support/TestSupport.h"
#include "ui/clients/ClientsPage.h"
#include "ui/common/MainWindow.h"
#include "ui/incidents/ClientPicker.h"
#include "ui/incidents/IncidentsPage.h"
#include "ui/incidents/QuickLogDialog.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace bk;

class TestQuickLogDialog : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    // A Wednesday at 12:00 in London; working hours in the demo practice end at 18:00.
    static QDateTime now() { return QDateTime(QDate(2026, 3, 11), QTime(12, 0), Qt::UTC); }

    static QWidget *focused() { return QApplication::focusWidget(); }

    /// Runs `work` on the quick log that `open` brings up; a dialog still open afterwards is cancelled so a
    /// failing test cannot hang in its modal loop.
    static void withDialog(const std::function<void()> &open,
                           const std::function<void(QuickLogDialog *)> &work) {
        bool ran = false;
        QTimer::singleShot(0, qApp, [&] {
            auto *dialog = qobject_cast<QuickLogDialog *>(QApplication::activeModalWidget());
            if (dialog) {
                ran = true;
                work(dialog);
                if (dialog->isVisible())
                    dialog->reject();
            }
        });
        open();
        QVERIFY2(ran, "the quick log did not open");
    }

    qint64 clientNamed(const QString &name) const {
        ClientFilter filter;
        filter.search = name;
        return ClientRepository(*m_db).pageAt(filter, ClientSort{}, 0, 1).value().first().client.id;
    }

    template <typename T> static T *child(QWidget *dialog, const char *name) {
        return dialog->findChild<T *>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        Clock::setNowFunction([] { return now(); });
        Settings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = test::openDatabase(m_dir->filePath(QStringLiteral("quick-log.sqlite")));
        QVERIFY(m_db);
        QVERIFY(DemoPractice::populate(*m_db).ok());
    }

    void cleanup() {
        m_db.reset();
        m_dir.reset();
        Clock::setNowFunction({});
    }

    void anIncidentIsLoggedWithTheKeyboardOnly() {
        MainWindow window(*m_db);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const int before = window.incidentsPage()->model()->rowCount();
        withDialog([&] { QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier); },
                   [](QuickLogDialog *dialog) {
                       QVERIFY(QTest::qWaitForWindowActive(dialog));
                       QTRY_VERIFY(qobject_cast<ClientPicker *>(focused()));
                       QTest::keyClicks(focused(), QStringLiteral("grace"));
                       QTest::keyClick(focused(), Qt::Key_Tab);
                       QCOMPARE(focused()->objectName(), QStringLiteral("boundaryComboBox"));
                       QTest::keyClicks(focused(), QStringLiteral("Conf"));
                       QTest::keyClick(focused(), Qt::Key_Tab);
                       QTest::keyClicks(focused(),
                                        QStringLiteral("Shared what another client said in a session."));
                       QTest::keyClick(focused(), Qt::Key_Return);
                       QVERIFY(!dialog->isVisible());
                       QCOMPARE(dialog->result(), int(QDialog::Accepted));
                   });
        IncidentTableModel *model = window.incidentsPage()->model();
        QCOMPARE(model->rowCount(), before + 1);
        const Incident logged = model->rowAt(0)->incident; // the newest first
        QCOMPARE(logged.clientId, clientNamed(QStringLiteral("Grace O'Neill")));
        QCOMPARE(logged.boundaryKey, QStringLiteral("confidentiality"));
        QCOMPARE(logged.description, QStringLiteral("Shared what another client said in a session."));
        QCOMPARE(logged.occurredAt, QDateTime(QDate(2026, 3, 11), QTime(12, 0), Qt::UTC));
        QCOMPARE(logged.crossedBy, CrossedBy::Client);
        QCOMPARE(window.incidentsPage()->selectedIncidentId(), logged.id);
        QVERIFY(window.statusBar()->currentMessage().startsWith(
            QStringLiteral("Incident logged for Grace O'Neill. No automatic flags.")));
    }

    void aSuggestionIsChosenWithTheArrowKeys() {
        QuickLogDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *picker = child<ClientPicker>(&dialog, "clientPicker");
        picker->setFocus();
        QTest::keyClicks(picker, QStringLiteral("a"));
        QAbstractItemView *popup = picker->suggestionPopup();
        QTRY_VERIFY(popup->isVisible());
        QVERIFY(popup->model()->rowCount() > 1);
        QVERIFY(popup->model()->rowCount() <= ClientPicker::MaxSuggestions);
        const QString second = popup->model()->index(1, 0).data().toString();
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QVERIFY(!popup->isVisible());
        QVERIFY(picker->clientId() > 0);
        QVERIFY(second.startsWith(picker->text()));
    }

    void tabWithTheSuggestionsOpenTakesTheOnlyMatchAndMovesOn() {
        QuickLogDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *picker = child<ClientPicker>(&dialog, "clientPicker");
        QTRY_COMPARE(focused(), picker);
        QTest::keyClicks(picker, QStringLiteral("okaf"));
        QAbstractItemView *popup = picker->suggestionPopup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->model()->rowCount(), 1);
        QTest::keyClick(popup, Qt::Key_Tab);
        QVERIFY(!popup->isVisible());
        QCOMPARE(picker->text(), QStringLiteral("Daniel Okafor"));
        QCOMPARE(picker->clientId(), clientNamed(QStringLiteral("Daniel Okafor")));
        QTRY_COMPARE(focused(), child<QComboBox>(&dialog, "boundaryComboBox"));
    }

    void requiredFieldsAreExplainedAndNothingTypedIsLost() {
        QuickLogDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(child<ClientPicker>(&dialog, "clientPicker"), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.savedIncidentId(), 0);
        auto *clientProblem = child<QLabel>(&dialog, "clientProblemLabel");
        auto *boundaryProblem = child<QLabel>(&dialog, "boundaryProblemLabel");
        auto *descriptionProblem = child<QLabel>(&dialog, "descriptionProblemLabel");
        QVERIFY(clientProblem->isVisible());
        QCOMPARE(clientProblem->text(), QStringLiteral("Choose the client the incident concerns."));
        QCOMPARE(boundaryProblem->text(), QStringLiteral("Choose the boundary that was crossed."));
        QCOMPARE(descriptionProblem->text(),
                 QStringLiteral("Describe what happened, in a few factual words."));
        QVERIFY(!child<QLabel>(&dialog, "occurredProblemLabel")->isVisible());

        // A name nobody has is named as such; the message follows the typing.
        auto *picker = child<ClientPicker>(&dialog, "clientPicker");
        QTest::keyClicks(picker, QStringLiteral("Nobody Atall"));
        auto *description = child<QPlainTextEdit>(&dialog, "descriptionPlainTextEdit");
        description->setFocus();
        QTest::keyClicks(description, QStringLiteral("Shouted at reception."));
        QVERIFY(!descriptionProblem->isVisible());
        QTest::keyClick(description, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(clientProblem->text(), QStringLiteral("No client matches “Nobody Atall”."));
        QCOMPARE(picker->text(), QStringLiteral("Nobody Atall"));
        QCOMPARE(description->toPlainText(), QStringLiteral("Shouted at reception."));

        // Several clients match a common fragment: choose one.
        picker->clear();
        QTest::keyClicks(picker, QStringLiteral("example"));
        QTest::keyClick(picker, Qt::Key_Return);
        QVERIFY(clientProblem->text().startsWith(QStringLiteral("Several clients match “example”")));

        // A time in the future is refused next to the time.
        picker->setClientId(clientNamed(QStringLiteral("Lukas Becker")));
        auto *boundary = child<QComboBox>(&dialog, "boundaryComboBox");
        boundary->setCurrentIndex(boundary->findData(QStringLiteral("respectful_language")));
        child<QDateTimeEdit>(&dialog, "occurredDateTimeEdit")->setDateTime(now().addDays(1).toLocalTime());
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(!clientProblem->isVisible());
        QVERIFY(!boundaryProblem->isVisible());
        QCOMPARE(child<QLabel>(&dialog, "occurredProblemLabel")->text(),
                 QStringLiteral("An incident cannot be logged for a time in the future."));
        QCOMPARE(description->toPlainText(), QStringLiteral("Shouted at reception."));
    }

    void theComputedFlagsAreReportedAfterSaving() {
        QuickLogDialog dialog(*m_db, clientNamed(QStringLiteral("Lukas Becker")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // A client chosen beforehand: the boundary comes first.
        QCOMPARE(focused()->objectName(), QStringLiteral("boundaryComboBox"));
        auto *boundary = child<QComboBox>(&dialog, "boundaryComboBox");
        // The prompt is a placeholder: every item is a boundary of the policy.
        QCOMPARE(boundary->currentIndex(), -1);
        QCOMPARE(boundary->placeholderText(), QStringLiteral("Choose the boundary…"));
        QCOMPARE(boundary->count(),
                 int(IncidentService(*m_db).currentPolicy().value().document.boundaries.size()));
        for (int i = 0; i < boundary->count(); ++i)
            QVERIFY(!boundary->itemData(i).toString().isEmpty());
        boundary->setCurrentIndex(boundary->findData(QStringLiteral("after_hours_contact")));
        child<QDateTimeEdit>(&dialog, "occurredDateTimeEdit")
            ->setDateTime(QDateTime(QDate(2026, 3, 10), QTime(21, 30)));
        auto *channel = child<QComboBox>(&dialog, "channelComboBox");
        channel->setCurrentIndex(channel->findData(ContactChannels::key(ContactChannel::SocialMedia)));
        auto *by = child<QComboBox>(&dialog, "crossedByComboBox");
        by->setCurrentIndex(by->findData(CrossedBys::key(CrossedBy::Practitioner)));
        QTest::keyClicks(child<QPlainTextEdit>(&dialog, "descriptionPlainTextEdit"),
                         QStringLiteral("I replied to a message at 21:30."));
        dialog.accept();
        QVERIFY(dialog.savedIncidentId() > 0);
        const Incident saved = IncidentRepository(*m_db).get(dialog.savedIncidentId()).value();
        QVERIFY(saved.outsideHours);
        QCOMPARE(saved.crossedBy, CrossedBy::Practitioner);
        QCOMPARE(saved.channel, ContactChannel::SocialMedia);
        QVERIFY2(dialog.savedSummary().startsWith(
                     QStringLiteral("Incident logged for Lukas Becker. Flagged: outside your working hours")),
                 qPrintable(dialog.savedSummary()));
        QVERIFY(dialog.savedSummary().contains(QStringLiteral("Next: ")));
    }

    void aClientsLogActionPreselectsTheClient() {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ClientsPage *clients = window.clientsPage();
        const qint64 sofia = clientNamed(QStringLiteral("Sofia Marquez"));
        clients->selectClient(sofia);
        QVERIFY(clients->logIncidentAction()->isEnabled());
        withDialog([&] { clients->logIncidentAction()->trigger(); },
                   [&](QuickLogDialog *dialog) {
                       QCOMPARE(child<ClientPicker>(dialog, "clientPicker")->clientId(), sofia);
                       QCOMPARE(child<ClientPicker>(dialog, "clientPicker")->text(),
                                QStringLiteral("Sofia Marquez"));
                       // Her preferred channel is offered first.
                       QCOMPARE(child<QComboBox>(dialog, "channelComboBox")->currentData().toString(),
                                ContactChannels::key(ContactChannel::VideoCall));
                   });
    }
};

QTEST_MAIN(TestQuickLogDialog)
#include "tst_QuickLogDialog.moc"
