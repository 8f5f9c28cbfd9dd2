// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientService.h"
#include "app/common/Clock.h"
#include "app/common/Settings.h"
#include "app/incidents/IncidentService.h"
#include "app/practitioner/AvailabilityService.h"
#include "app/storage/IncidentRepository.h"
#include "tests/support/TestSupport.h"
#include "ui/common/MainWindow.h"
#include "ui/common/NoticeBar.h"
#include "ui/practitioner/AvailabilityDialog.h"
#include "ui/practitioner/ReflectionPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <functional>

using namespace bk;

/// A period of reduced availability as a practitioner enters it from the Reflection view: the clients it
/// affects, their follow-ups moved out of it, and a notice copied and recorded as sent.
class TestAvailabilityDialog : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_anna = 0;
    qint64 m_incident = 0;

    static QDateTime now() { return QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC); }

    /// Runs `work` on the modal dialog that `open` brings up; one still open afterwards is closed so that a
    /// failing test cannot hang in its modal loop.
    static void withDialog(const std::function<void()> &open,
                           const std::function<void(AvailabilityDialog *)> &work) {
        bool ran = false;
        QTimer::singleShot(0, qApp, [&] {
            auto *dialog = qobject_cast<AvailabilityDialog *>(QApplication::activeModalWidget());
            if (dialog) {
                ran = true;
                work(dialog);
                if (dialog->isVisible())
                    dialog->reject();
            }
        });
        open();
        QVERIFY2(ran, "the dialog did not open");
    }

    template <typename T> static T *child(QWidget *parent, const QString &name) {
        T *found = parent->findChild<T *>(name);
        if (!found)
            qWarning() << "no" << name;
        return found;
    }

    void openFromTheReflectionView(MainWindow &window,
                                   const std::function<void(AvailabilityDialog *)> &work) {
        window.showSection(MainWindow::ReflectionSection);
        QAction *action = window.reflectionPage()->availabilityAction();
        QToolButton *button = nullptr;
        for (QToolButton *candidate : window.reflectionPage()->findChildren<QToolButton *>())
            button = candidate->defaultAction() == action ? candidate : button;
        QVERIFY(button);
        withDialog([&] { QTest::mouseClick(button, Qt::LeftButton); }, work);
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    // Anna's goal falls due on 10 December.
    void init() {
        Clock::setNowFunction([] { return now(); });
        Settings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = test::openDatabase(m_dir->filePath(QStringLiteral("availability.sqlite")));
        QVERIFY(m_db);
        m_anna = ClientService(*m_db).add(test::sampleClient(QStringLiteral("Anna Schmidt"))).value();
        m_incident = test::logIncident(*m_db, test::afterHoursCall(m_anna, now().addSecs(-3600)));
        QVERIFY(m_incident);
        QVERIFY(IncidentService(*m_db)
                    .recordGoals(m_incident, now(), QString(),
                                 {{0, 0, 0, QStringLiteral("Email after hours"), QDate(2026, 12, 10)}})
                    .ok());
    }

    void cleanup() {
        m_db.reset();
        m_dir.reset();
        Clock::setNowFunction({});
    }

    void aNoticeIsWrittenCopiedAndRecordedAsSent() {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openFromTheReflectionView(window, [this](AvailabilityDialog *dialog) {
            child<QDateEdit>(dialog, QStringLiteral("availabilityFromDateEdit"))->setDate(QDate(2026, 12, 8));
            child<QDateEdit>(dialog, QStringLiteral("availabilityToDateEdit"))->setDate(QDate(2026, 12, 14));
            QTest::mouseClick(child<QCheckBox>(dialog, QStringLiteral("noSessionsCheckBox")), Qt::LeftButton);
            QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("coveredByLineEdit")),
                             QStringLiteral("Sam Lee"));
            QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("coveredContactLineEdit")),
                             QStringLiteral("sam@northbridge.example"));
            QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("recordPeriodPushButton")),
                              Qt::LeftButton);
            QVERIFY(dialog->periodId() > 0);

            auto *clients = child<QListWidget>(dialog, QStringLiteral("affectedClientsListWidget"));
            QCOMPARE(clients->count(), 1);
            QVERIFY2(clients->item(0)->text().contains(QStringLiteral("Anna Schmidt")),
                     qPrintable(clients->item(0)->text()));
            auto *move = child<QPushButton>(dialog, QStringLiteral("moveFollowUpsPushButton"));
            QVERIFY(move->isEnabled());
            QTest::mouseClick(move, Qt::LeftButton);
            QCOMPARE(IncidentRepository(*m_db).get(m_incident).value().nextDue, QDate(2026, 12, 15));
            QVERIFY(!move->isEnabled());

            auto *notice = child<QPlainTextEdit>(dialog, QStringLiteral("noticeTextPlainTextEdit"));
            QVERIFY2(notice->toPlainText().contains(QStringLiteral("Sam Lee")),
                     qPrintable(notice->toPlainText()));
            QVERIFY(notice->toPlainText().contains(QStringLiteral("15 December 2026")));
            // The practitioner adds a line before sending.
            notice->moveCursor(QTextCursor::End);
            notice->setFocus();
            QTest::keyClick(notice, Qt::Key_Return);
            QTest::keyClicks(notice, QStringLiteral("See you soon."));
            QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("copyNoticePushButton")),
                              Qt::LeftButton);
            QCOMPARE(QApplication::clipboard()->text(), notice->toPlainText());
            QCOMPARE(
                child<QComboBox>(dialog, QStringLiteral("noticeMethodComboBox"))->currentData().toString(),
                QStringLiteral("clipboard"));
            QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("recordNoticeSentPushButton")),
                              Qt::LeftButton);
            const QList<SentNotice> sent = AvailabilityService(*m_db).notices(dialog->periodId()).value();
            QCOMPARE(sent.size(), 1);
            QCOMPARE(sent.first().clientId, m_anna);
            QCOMPARE(sent.first().method, QStringLiteral("clipboard"));
            QVERIFY(sent.first().text.endsWith(QStringLiteral("See you soon.")));
            QVERIFY(clients->item(0)->text().contains(QStringLiteral("notice sent")));
            QVERIFY(child<QLabel>(dialog, QStringLiteral("noticeSentLabel"))
                        ->text()
                        .contains(QStringLiteral("recorded")));
        });
        // The reminder bar tells of the period once it is under way or close.
        auto *reminder = window.findChild<NoticeBar *>(QStringLiteral("followUpReminderNoticeBar"));
        QTRY_VERIFY(reminder->text().contains(QStringLiteral("Reduced availability")));
    }

    void aPeriodThatSaysNothingIsRefusedAndKeepsWhatWasTyped() {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openFromTheReflectionView(window, [this](AvailabilityDialog *dialog) {
            auto *contact = child<QLineEdit>(dialog, QStringLiteral("coveredContactLineEdit"));
            contact->setFocus();
            QTest::keyClicks(contact, QStringLiteral("sam@northbridge.example"));
            QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("recordPeriodPushButton")),
                              Qt::LeftButton);
            QCOMPARE(dialog->periodId(), 0);
            auto *problem = child<NoticeBar>(dialog, QStringLiteral("availabilityProblemNoticeBar"));
            QVERIFY(problem->isVisible());
            QVERIFY2(problem->text().contains(QStringLiteral("what changes")), qPrintable(problem->text()));
            QCOMPARE(contact->text(), QStringLiteral("sam@northbridge.example"));
            QVERIFY(AvailabilityService(*m_db).list().value().isEmpty());
        });
    }
};

QTEST_MAIN(TestAvailabilityDialog)
#include "tst_AvailabilityDialog.moc"
