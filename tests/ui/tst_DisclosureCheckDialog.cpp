// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientService.h"
#include "app/clients/ClientTableModel.h"
#include "app/common/Clock.h"
#include "app/common/Settings.h"
#include "app/demo/DemoPractice.h"
#include "app/practitioner/AvailabilityService.h"
#include "app/practitioner/ReflectionService.h"
#include "app/practitioner/ReflectionTableModel.h"
#include "tests/support/TestSupport.h"
#include "ui/clients/ClientsPage.h"
#include "ui/common/MainWindow.h"
#include "ui/incidents/ClientPicker.h"
#include "ui/incidents/ClientTimelineWidget.h"
#include "ui/practitioner/DisclosureCheckDialog.h"
#include "ui/practitioner/ReflectionPage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <functional>

using namespace bk;

/// The disclosure check as a practitioner takes it: Ctrl+Shift+D from the window or the client's menu, the
/// answers by keyboard, the recommendation read, the entry recorded and found in the Reflection view.
class TestDisclosureCheckDialog : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_demoChecks = 0; ///< the disclosure checks the demo practice comes with

    static QDateTime now() { return QDateTime(QDate(2026, 3, 11), QTime(12, 0), Qt::UTC); }

    static QWidget *focused() { return QApplication::focusWidget(); }

    /// Runs `work` on the modal dialog that `open` brings up; one still open afterwards is closed so that a
    /// failing test cannot hang in its modal loop.
    template <typename Dialog>
    static void withDialog(const std::function<void()> &open, const std::function<void(Dialog *)> &work) {
        bool ran = false;
        QTimer::singleShot(0, qApp, [&] {
            auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
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
        return parent->findChild<T *>(name);
    }

    /// Checks the focused radio button's answer with the keyboard: Space on the first ("Yes"), the arrow
    /// keys to the others.
    static void answerFocused(CheckAnswer answer) {
        const int steps = answer == CheckAnswer::Yes ? 0 : answer == CheckAnswer::No ? 1 : 2;
        for (int i = 0; i < steps; ++i)
            QTest::keyClick(focused(), Qt::Key_Right);
        QTest::keyClick(focused(), Qt::Key_Space);
    }

    qint64 clientNamed(const QString &name) const {
        ClientFilter filter;
        filter.search = name;
        return ClientService(*m_db).list(filter, ClientSort{}, 0, 1).value().first().client.id;
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        Clock::setNowFunction([] { return now(); });
        Settings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = test::openDatabase(m_dir->filePath(QStringLiteral("reflection.sqlite")));
        QVERIFY(m_db);
        QVERIFY(DemoPractice::populate(*m_db).ok());
        m_demoChecks = ReflectionService(*m_db).count().value();
    }

    void cleanup() {
        m_db.reset();
        m_dir.reset();
        Clock::setNowFunction({});
    }

    void theReflectionViewSaysWhatItIsForUntilAnEntryIsRecorded() {
        // A practice of its own: the demo practice shows the view with entries.
        const std::unique_ptr<Database> fresh =
            test::openDatabase(m_dir->filePath(QStringLiteral("new.sqlite")));
        QVERIFY(fresh);
        MainWindow window(*fresh);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSection(MainWindow::ReflectionSection);
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pagesStackedWidget"));
        QCOMPARE(pages->currentWidget(), window.reflectionPage());
        auto *empty = window.findChild<QWidget *>(QStringLiteral("reflectionEmptyStateWidget"));
        QVERIFY(empty->isVisible());
        QString text;
        for (const QLabel *label : empty->findChildren<QLabel *>())
            text += label->text() + QLatin1Char(' ');
        QVERIFY2(text.contains(QStringLiteral("Before you share something personal")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("private")));
        QVERIFY(child<QPushButton>(empty, QStringLiteral("emptyDisclosureCheckPushButton"))->isVisible());
        if (qEnvironmentVariableIsSet("BK_SCREENSHOTS"))
            QVERIFY(window.grab().save(qEnvironmentVariable("BK_SCREENSHOTS") +
                                       QStringLiteral("/reflection-empty.png")));
    }

    // A new user opening the demo sees what the practitioner's side is for: checks taken, a period of reduced
    // availability with its notices, months reflected on (the last one still due) and their own lapse.
    void theDemoShowsThePractitionersSideOfTheBoundary() {
        const ReflectionService reflection(*m_db);
        const QList<ReflectionEntry> checks = reflection.entries({}, nullptr, 10).value();
        QCOMPARE(checks.size(), 3);
        QSet<Recommendation> recommendations;
        for (const ReflectionEntry &entry : checks) {
            QVERIFY(entry.clientId > 0);
            QVERIFY(!entry.note.isEmpty());
            QVERIFY(entry.date < Clock::todayLocal());
            recommendations.insert(entry.recommendation);
        }
        QCOMPARE(recommendations.size(), 3);

        const QList<AvailabilityPeriod> periods = AvailabilityService(*m_db).list().value();
        QCOMPARE(periods.size(), 1);
        QVERIFY(periods.first().to < Clock::todayLocal());
        const QList<SentNotice> notices = AvailabilityService(*m_db).notices(periods.first().id).value();
        QVERIFY(notices.size() >= 2);
        for (const SentNotice &notice : notices)
            QVERIFY(notice.sentAt < QDateTime(periods.first().from, QTime(0, 0)).toUTC());

        const QList<MonthlyReflection> months = reflection.monthlyReflections().value();
        QCOMPARE(months.size(), 2);
        for (const MonthlyReflection &month : months) {
            QVERIFY(!month.skipped);
            QVERIFY(!month.answers.join(QString()).trimmed().isEmpty());
        }
        const std::optional<QDate> due = reflection.monthDue().value();
        QVERIFY(due.has_value());
        QCOMPARE(ReflectionService::monthOf(*due),
                 ReflectionService::monthOf(Clock::todayLocal().addMonths(-1)));

        // The own lapse is in the month it happened.
        bool lapse = false;
        for (int back = 0; back <= 1 && !lapse; ++back)
            lapse =
                !reflection.monthlyReview(Clock::todayLocal().addMonths(-back)).value().ownLapses.isEmpty();
        QVERIFY(lapse);

        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSection(MainWindow::ReflectionSection);
        QTRY_COMPARE(window.reflectionPage()->model()->rowCount(), 3);
        QVERIFY(window.findChild<QTableView *>(QStringLiteral("reflectionTableView"))->isVisible());
        if (qEnvironmentVariableIsSet("BK_SCREENSHOTS"))
            QVERIFY(window.grab().save(qEnvironmentVariable("BK_SCREENSHOTS") +
                                       QStringLiteral("/reflection-demo.png")));
    }

    void aCheckIsTakenAndRecordedWithTheKeyboardOnly() {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        withDialog<DisclosureCheckDialog>(
            [&] { QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier); },
            [](DisclosureCheckDialog *dialog) {
                QVERIFY(QTest::qWaitForWindowActive(dialog));
                auto *recommendation = child<QLabel>(dialog, QStringLiteral("recommendationLabel"));
                auto *reasons = child<QLabel>(dialog, QStringLiteral("reasonsLabel"));
                QCOMPARE(recommendation->text(),
                         QStringLiteral("Answer the five questions to see the recommendation."));
                // Opened from the window: the practitioner picks the client.
                QTRY_VERIFY(qobject_cast<ClientPicker *>(focused()));
                QTest::keyClicks(focused(), QStringLiteral("grace"));
                QTest::keyClick(focused(), Qt::Key_Tab);
                // The client's need, relevant, not brief, the focus returns, fine in the record.
                const QList<CheckAnswer> answers = {CheckAnswer::Yes, CheckAnswer::Yes, CheckAnswer::No,
                                                    CheckAnswer::Yes, CheckAnswer::Yes};
                for (qsizetype i = 0; i < answers.size(); ++i) {
                    const DisclosureQuestion question = DisclosureCheck::questions().at(i);
                    QVERIFY2(focused()->objectName().startsWith(DisclosureCheck::questionKey(question)),
                             qPrintable(focused()->objectName()));
                    answerFocused(answers.at(i));
                    if (i + 1 < answers.size())
                        QCOMPARE(recommendation->text(),
                                 QStringLiteral("Answer the five questions to see the recommendation."));
                    QTest::keyClick(focused(), Qt::Key_Tab);
                }
                QCOMPARE(recommendation->text(), QStringLiteral("Better not"));
                QVERIFY(reasons->isVisible());
                QCOMPARE(reasons->text(),
                         QStringLiteral("It cannot be told briefly, and a long story turns the "
                                        "session towards you."));
                // The decision follows the recommendation until the practitioner picks another.
                QCOMPARE(focused()->objectName(), QStringLiteral("decisionComboBox"));
                QCOMPARE(qobject_cast<QComboBox *>(focused())->currentText(),
                         QStringLiteral("I kept it to myself"));
                QTest::keyClick(focused(), Qt::Key_Tab);
                QCOMPARE(focused()->objectName(), QStringLiteral("notePlainTextEdit"));
                QTest::keyClicks(focused(), QStringLiteral("Wanted to tell my whole marathon story."));
                QTest::keyClick(focused(), Qt::Key_Tab);
                QCOMPARE(focused()->objectName(), QStringLiteral("entryDateEdit"));
                // For looking at it: BK_SCREENSHOTS=/tmp ctest -R tst_DisclosureCheckDialog
                if (qEnvironmentVariableIsSet("BK_SCREENSHOTS"))
                    QVERIFY(dialog->grab().save(qEnvironmentVariable("BK_SCREENSHOTS") +
                                                QStringLiteral("/disclosure-check.png")));
                QTest::keyClick(focused(), Qt::Key_Return);
                QVERIFY(!dialog->isVisible());
                QCOMPARE(dialog->result(), int(QDialog::Accepted));
            });
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Recorded in your reflection."));

        window.showSection(MainWindow::ReflectionSection);
        auto *table = window.findChild<QTableView *>(QStringLiteral("reflectionTableView"));
        QVERIFY(table->isVisible());
        QAbstractItemModel *model = table->model();
        // The new entry is the newest, above the demo's.
        QCOMPARE(model->rowCount(), m_demoChecks + 1);
        QCOMPARE(model->index(0, ReflectionTableModel::ClientColumn).data().toString(),
                 QStringLiteral("Grace O'Neill"));
        QCOMPARE(
            model->index(0, ReflectionTableModel::DateColumn, {}).data(PagedTableModelBase::RawRole).toDate(),
            QDate(2026, 3, 11));
        QCOMPARE(model->index(0, ReflectionTableModel::RecommendationColumn).data().toString(),
                 QStringLiteral("Better not"));
        QCOMPARE(model->index(0, ReflectionTableModel::DecisionColumn).data().toString(),
                 QStringLiteral("I kept it to myself"));
        // The recorded entry is selected, its answers and note shown below the list.
        auto *details = window.findChild<QTextBrowser *>(QStringLiteral("reflectionDetailsTextBrowser"));
        QVERIFY(details->isVisible());
        QVERIFY(details->toPlainText().contains(QStringLiteral("Wanted to tell my whole marathon story.")));
        QVERIFY(details->toPlainText().contains(QStringLiteral("Can you say it in a sentence or two?")));

        if (qEnvironmentVariableIsSet("BK_SCREENSHOTS"))
            QVERIFY(window.grab().save(qEnvironmentVariable("BK_SCREENSHOTS") +
                                       QStringLiteral("/reflection.png")));
        const ReflectionEntry entry = ReflectionService(*m_db).entries({}, nullptr, 10).value().first();
        QCOMPARE(entry.clientId, clientNamed(QStringLiteral("Grace O'Neill")));
        QCOMPARE(entry.answers.brief, CheckAnswer::No);
        QCOMPARE(entry.decision, DisclosureDecision::HeldBack);
    }

    void theClientsMenuStartsTheCheckAboutTheSelectedClient() {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ClientsPage *clients = window.clientsPage();
        const qint64 grace = clientNamed(QStringLiteral("Grace O'Neill"));
        clients->selectClient(grace);
        QAction *check = clients->disclosureCheckAction();
        QVERIFY(check->isEnabled());
        // Offered on the client's row and on their timeline (both context menus) and in the Client menu.
        QVERIFY(
            window.findChild<QTableView *>(QStringLiteral("clientsTableView"))->actions().contains(check));
        QVERIFY(clients->timelineWidget()->actions().contains(check));
        QCOMPARE(clients->timelineWidget()->contextMenuPolicy(), Qt::ActionsContextMenu);
        bool inClientMenu = false;
        for (const QAction *menu : window.menuBar()->actions())
            inClientMenu |=
                menu->text() == QStringLiteral("&Client") && menu->menu()->actions().contains(check);
        QVERIFY(inClientMenu);
        withDialog<DisclosureCheckDialog>(
            [&] { check->trigger(); },
            [grace](DisclosureCheckDialog *dialog) {
                QVERIFY(QTest::qWaitForWindowActive(dialog));
                QCOMPARE(child<ClientPicker>(dialog, QStringLiteral("clientPicker"))->clientId(), grace);
                // The client is known: the first question has the focus. Every answer "not sure" asks for the
                // supervisor, with the reason.
                QTRY_COMPARE(focused()->objectName(), QStringLiteral("serves_clientYesRadioButton"));
                for (int i = 0; i < 5; ++i) {
                    answerFocused(CheckAnswer::NotSure);
                    QTest::keyClick(focused(), Qt::Key_Tab);
                }
                QCOMPARE(child<QLabel>(dialog, QStringLiteral("recommendationLabel"))->text(),
                         QStringLiteral("Talk to your supervisor first"));
                QVERIFY(child<QLabel>(dialog, QStringLiteral("reasonsLabel"))
                            ->text()
                            .contains(QStringLiteral("When in doubt, don't")));
                QTest::keyClick(focused(), Qt::Key_Escape);
                QVERIFY(!dialog->isVisible());
            });
        // Closed without recording: the check is useful on its own, and nothing is kept.
        QCOMPARE(ReflectionService(*m_db).count().value(), m_demoChecks);
    }

    void anUnfinishedCheckIsNotRecordedAndKeepsTheAnswers() {
        DisclosureCheckDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QRadioButton>(&dialog, QStringLiteral("serves_clientNoRadioButton"))->click();
        QCOMPARE(child<QLabel>(&dialog, QStringLiteral("recommendationLabel"))->text(),
                 QStringLiteral("Answer the five questions to see the recommendation."));
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("recordPushButton")), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        auto *problem = child<QLabel>(&dialog, QStringLiteral("problemLabel"));
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(QStringLiteral("Answer all five questions")));
        QVERIFY(child<QRadioButton>(&dialog, QStringLiteral("serves_clientNoRadioButton"))->isChecked());
        QCOMPARE(ReflectionService(*m_db).count().value(), m_demoChecks);
    }

    void aRedirectPhraseIsCopiedAndThePhrasesAreEdited() {
        DisclosureCheckDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *phrases = child<QListWidget>(&dialog, QStringLiteral("redirectPhrasesListWidget"));
        QCOMPARE(phrases->count(), ReflectionService::defaultRedirectPhrases().size());
        QVERIFY(phrases->item(0)->text().startsWith(QStringLiteral("That's enough about me")));
        QVERIFY(!phrases->accessibleName().isEmpty());

        // Enter on a phrase copies it, as the Copy button does.
        phrases->setFocus();
        phrases->setCurrentRow(1);
        QTest::keyClick(phrases, Qt::Key_Return);
        QCOMPARE(QApplication::clipboard()->text(), phrases->item(1)->text());
        QVERIFY(dialog.isVisible());
        phrases->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("copyPhrasePushButton")),
                          Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), phrases->item(0)->text());
        QCOMPARE(child<QLabel>(&dialog, QStringLiteral("copiedLabel"))->text(), QStringLiteral("Copied."));

        withDialog<QDialog>(
            [&] {
                QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("editPhrasesPushButton")),
                                  Qt::LeftButton);
            },
            [](QDialog *editor) {
                QCOMPARE(editor->objectName(), QStringLiteral("editPhrasesDialog"));
                auto *edit = child<QPlainTextEdit>(editor, QStringLiteral("phrasesPlainTextEdit"));
                edit->setFocus();
                QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
                QTest::keyClicks(edit, QStringLiteral("Let's get back to your plan."));
                QTest::keyClick(edit, Qt::Key_Return);
                QTest::keyClicks(edit, QStringLiteral("What would help you most today?"));
                QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("savePhrasesPushButton")),
                                  Qt::LeftButton);
                QVERIFY(!editor->isVisible());
            });
        const QStringList expected{QStringLiteral("Let's get back to your plan."),
                                   QStringLiteral("What would help you most today?")};
        QCOMPARE(phrases->count(), 2);
        QCOMPARE(phrases->item(1)->text(), expected.at(1));
        QCOMPARE(ReflectionService(*m_db).redirectPhrases().value(), expected);
    }

    void aRefusedPhraseListKeepsTheEditorOpenWithTheText() {
        DisclosureCheckDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const QString tooLong(ReflectionService::MaxPhraseLength + 1, QLatin1Char('x'));
        withDialog<QDialog>(
            [&] {
                QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("editPhrasesPushButton")),
                                  Qt::LeftButton);
            },
            [&tooLong](QDialog *editor) {
                auto *edit = child<QPlainTextEdit>(editor, QStringLiteral("phrasesPlainTextEdit"));
                edit->setPlainText(tooLong);
                QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("savePhrasesPushButton")),
                                  Qt::LeftButton);
                QVERIFY(editor->isVisible());
                auto *problem = child<QLabel>(editor, QStringLiteral("phrasesProblemLabel"));
                QVERIFY(problem->isVisible());
                QVERIFY(problem->text().contains(QStringLiteral("longer than")));
                QCOMPARE(edit->toPlainText(), tooLong);
            });
        QCOMPARE(ReflectionService(*m_db).redirectPhrases().value(),
                 ReflectionService::defaultRedirectPhrases());
    }

    void aReadOnlyPracticeOffersTheCheckButNotTheRecord() {
        const QString path = m_db->path();
        m_db.reset();
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        Result<std::unique_ptr<Database>> opened = Database::open(path, options);
        QVERIFY(opened.ok());
        m_db = std::move(opened).value();
        MainWindow window(*m_db);
        QVERIFY(window.reflectionPage()->disclosureCheckAction()->isEnabled());
        DisclosureCheckDialog dialog(*m_db);
        for (const char *name :
             {"serves_clientYesRadioButton", "relevant_to_goalYesRadioButton", "briefYesRadioButton",
              "focus_returnsYesRadioButton", "comfortable_in_recordYesRadioButton"})
            child<QRadioButton>(&dialog, QLatin1String(name))->click();
        QCOMPARE(child<QLabel>(&dialog, QStringLiteral("recommendationLabel"))->text(),
                 QStringLiteral("Go ahead, briefly"));
        QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("recordPushButton"))->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("editPhrasesPushButton"))->isEnabled());
        QVERIFY(child<QPushButton>(&dialog, QStringLiteral("copyPhrasePushButton"))->isEnabled());
    }

    void everyAnswerHasAnAccessibleName() {
        DisclosureCheckDialog dialog(*m_db);
        const QList<QRadioButton *> radios = dialog.findChildren<QRadioButton *>();
        QCOMPARE(radios.size(), 15);
        for (const QRadioButton *radio : radios)
            QVERIFY2(radio->accessibleName().contains(radio->text()), qPrintable(radio->objectName()));
        for (const char *name : {"clientPicker", "decisionComboBox", "notePlainTextEdit", "entryDateEdit"})
            QVERIFY2(!child<QWidget>(&dialog, QLatin1String(name))->accessibleName().isEmpty(), name);
    }
};

QTEST_MAIN(TestDisclosureCheckDialog)
#include "tst_DisclosureCheckDialog.moc"
