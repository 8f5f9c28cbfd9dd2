// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientService.h"
#include "app/common/Clock.h"
#include "app/common/Settings.h"
#include "app/practitioner/ReflectionService.h"
#include "tests/support/ModalDialogs.h"
#include "tests/support/TestSupport.h"
#include "ui/common/MainWindow.h"
#include "ui/common/NoticeBar.h"
#include "ui/practitioner/MonthlyReflectionDialog.h"
#include "ui/practitioner/ReflectionPage.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QListWidget>
#include <QPdfDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <functional>

using namespace bk;

/// The monthly reflection as a practitioner meets it: reminded in the window, answered in a few lines or
/// skipped, listed in the Reflection view and exported for supervision.
class TestMonthlyReflectionDialog : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    static QDateTime now() { return QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC); }

    /// Runs `work` on the modal widget of type T that `open` brings up (looked for until it shows, since
    /// opening may process events first); one still open afterwards is closed.
    template <typename T>
    static void withModal(const std::function<void()> &open, const std::function<void(T *)> &work) {
        bool ran = false;
        QTimer poll;
        poll.setInterval(10);
        QObject::connect(&poll, &QTimer::timeout, qApp, [&] {
            auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
            if (!dialog || ran)
                return;
            ran = true;
            poll.stop();
            work(dialog);
            if (dialog->isVisible())
                dialog->reject();
        });
        poll.start();
        open();
        poll.stop();
        QVERIFY2(ran, "the dialog did not open");
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    // The practice has been in use since October.
    void init() {
        Clock::setNowFunction([] { return QDateTime(QDate(2026, 10, 5), QTime(9, 0), Qt::UTC); });
        Settings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = test::openDatabase(m_dir->filePath(QStringLiteral("monthly.sqlite")));
        QVERIFY(m_db);
        QVERIFY(ClientService(*m_db).add(test::sampleClient(QStringLiteral("Anna Schmidt"))).ok());
        Clock::setNowFunction([] { return now(); });
    }

    void cleanup() {
        m_db.reset();
        m_dir.reset();
        Clock::setNowFunction({});
    }

    void theReminderLeadsToTheReflectionWhichIsRecordedAndListed() {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *reminder = window.findChild<NoticeBar *>(QStringLiteral("reflectionReminderNoticeBar"));
        QTRY_VERIFY(reminder->isVisible());
        QVERIFY2(reminder->text().contains(QStringLiteral("November 2026")), qPrintable(reminder->text()));
        withModal<MonthlyReflectionDialog>(
            [&] {
                QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("reflectNowPushButton")),
                                  Qt::LeftButton);
            },
            [](MonthlyReflectionDialog *dialog) {
                auto *review = dialog->findChild<QTextBrowser *>(QStringLiteral("monthlyReviewTextBrowser"));
                QVERIFY(review->toPlainText().contains(QStringLiteral("November 2026")));
                QTest::keyClicks(
                    dialog->findChild<QPlainTextEdit *>(QStringLiteral("monthlyAnswer1PlainTextEdit")),
                    QStringLiteral("Replied to Anna at ten."));
                QTest::keyClicks(
                    dialog->findChild<QPlainTextEdit *>(QStringLiteral("monthlyAnswer3PlainTextEdit")),
                    QStringLiteral("Phone off after six."));
                QTest::mouseClick(
                    dialog->findChild<QPushButton *>(QStringLiteral("saveMonthlyReflectionPushButton")),
                    Qt::LeftButton);
                QVERIFY(!dialog->isVisible());
            });
        const QList<MonthlyReflection> recorded = ReflectionService(*m_db).monthlyReflections().value();
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().month, QDate(2026, 11, 1));
        QCOMPARE(recorded.first().answers.value(0), QStringLiteral("Replied to Anna at ten."));
        QCOMPARE(recorded.first().answers.value(2), QStringLiteral("Phone off after six."));
        QTRY_VERIFY(!reminder->isVisible());
        auto *months = window.findChild<QListWidget *>(QStringLiteral("monthlyReflectionsListWidget"));
        QCOMPARE(months->count(), 1);
        QVERIFY(window.findChild<QTextBrowser *>(QStringLiteral("monthlyReflectionTextBrowser"))
                    ->toPlainText()
                    .contains(QStringLiteral("Phone off after six.")));

        // Exported for supervision, through the file dialog.
        const QString path = m_dir->filePath(QStringLiteral("supervision.pdf"));
        withModal<QFileDialog>([&] { window.reflectionPage()->exportAction()->trigger(); },
                               [&](QFileDialog *dialog) { test::chooseFile(dialog, path); });
        QTRY_VERIFY(QFile::exists(path));
        QCOMPARE(test::fileMode(path), 0600);
        QPdfDocument document;
        QCOMPARE(document.load(path), QPdfDocument::Error::None);
        QString text;
        for (int page = 0; page < document.pageCount(); ++page)
            text += document.getAllText(page).text();
        QVERIFY2(text.contains(QStringLiteral("Replied to Anna at ten.")), qPrintable(text));
    }

    void aMonthIsSkippedFromTheReminder() {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *reminder = window.findChild<NoticeBar *>(QStringLiteral("reflectionReminderNoticeBar"));
        QTRY_VERIFY(reminder->isVisible());
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("skipReflectionPushButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!reminder->isVisible());
        const QList<MonthlyReflection> recorded = ReflectionService(*m_db).monthlyReflections().value();
        QCOMPARE(recorded.size(), 1);
        QVERIFY(recorded.first().skipped);
    }

    void anEmptyReflectionIsRefusedAndTheDialogStaysOpen() {
        MonthlyReflectionDialog dialog(*m_db, QDate(2026, 11, 1));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveMonthlyReflectionPushButton")),
                          Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        auto *problem = dialog.findChild<NoticeBar *>(QStringLiteral("monthlyReflectionProblemNoticeBar"));
        QVERIFY(problem->isVisible());
        QVERIFY(ReflectionService(*m_db).monthlyReflections().value().isEmpty());
    }
};

QTEST_MAIN(TestMonthlyReflectionDialog)
#include "tst_MonthlyReflectionDialog.moc"
