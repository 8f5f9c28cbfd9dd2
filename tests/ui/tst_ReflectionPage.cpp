// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientService.h"
#include "app/common/Clock.h"
#include "app/practitioner/ReflectionService.h"
#include "app/practitioner/ReflectionTableModel.h"
#include "tests/support/TestSupport.h"
#include "ui/common/MessageBox.h"
#include "ui/incidents/ClientPicker.h"
#include "ui/practitioner/DisclosureCheckDialog.h"
#include "ui/practitioner/ReflectionPage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace bk;

/// The Reflection view as a practitioner uses it: the list narrowed to a client and a period, an entry edited
/// and deleted from the keyboard.
class TestReflectionPage : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ReflectionPage> m_page;
    qint64 m_anna = 0;
    qint64 m_ben = 0;
    qint64 m_annaToday = 0;    ///< go ahead, shared
    qint64 m_benLastMonth = 0; ///< better not, held back

    static QDateTime now() { return QDateTime(QDate(2026, 3, 11), QTime(12, 0), Qt::UTC); }

    template <typename T> T *find(const char *name) const {
        return m_page->findChild<T *>(QString::fromLatin1(name));
    }

    qint64 addClient(const QString &name) const {
        Client client;
        client.fullName = name;
        return ClientService(*m_db).add(client).value();
    }

    qint64 record(qint64 client, const QDate &date, CheckAnswer serves, DisclosureDecision decision,
                  const QString &note) const {
        NewReflection entry;
        entry.clientId = client;
        entry.date = date;
        entry.answers = {serves, CheckAnswer::Yes, CheckAnswer::Yes, CheckAnswer::Yes, CheckAnswer::Yes};
        entry.decision = decision;
        entry.note = note;
        return ReflectionService(*m_db).record(entry).value();
    }

    QList<qint64> shownIds() const {
        QList<qint64> ids;
        for (int row = 0; row < m_page->model()->rowCount(); ++row)
            ids.append(m_page->model()->entryAt(row)->id);
        return ids;
    }

    QTableView *table() const { return find<QTableView>("reflectionTableView"); }

    void selectFirstRow() const {
        table()->setFocus(Qt::OtherFocusReason);
        table()->selectRow(0);
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        Clock::setNowFunction([] { return now(); });
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = test::openDatabase(m_dir->filePath(QStringLiteral("reflection.sqlite")));
        QVERIFY(m_db);
        m_anna = addClient(QStringLiteral("Anna Schmidt"));
        m_ben = addClient(QStringLiteral("Ben Okafor"));
        m_benLastMonth = record(m_ben, QDate(2026, 2, 17), CheckAnswer::No, DisclosureDecision::HeldBack,
                                QStringLiteral("About my move."));
        m_annaToday = record(m_anna, QDate(2026, 3, 11), CheckAnswer::Yes, DisclosureDecision::Shared,
                             QStringLiteral("My exam nerves."));
        m_page = std::make_unique<ReflectionPage>(*m_db);
        m_page->resize(1000, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup() {
        m_page.reset();
        m_db.reset();
        m_dir.reset();
        Clock::setNowFunction({});
    }

    void theListNarrowsToAClientAndAPeriodAndSaysWhatToDoWhenNothingMatches() {
        QCOMPARE(shownIds(), (QList<qint64>{m_annaToday, m_benLastMonth}));
        auto *client = find<ClientPicker>("clientFilterPicker");
        client->setFocus();
        QTest::keyClicks(client, QStringLiteral("okafor"));
        QTest::keyClick(client, Qt::Key_Tab);
        QCOMPARE(client->clientId(), m_ben);
        QTRY_COMPARE(shownIds(), QList<qint64>{m_benLastMonth});

        // The period, chosen with the keyboard: Ben's entry is last month's.
        auto *period = find<QComboBox>("periodFilterComboBox");
        QCOMPARE(QApplication::focusWidget(), period);
        QTest::keyClick(period, Qt::Key_Down);
        QCOMPARE(period->currentText(), QStringLiteral("This month"));
        QTRY_VERIFY(find<QWidget>("reflectionNoMatchesWidget")->isVisible());
        QString text;
        for (const QLabel *label : find<QWidget>("reflectionNoMatchesWidget")->findChildren<QLabel *>())
            text += label->text() + QLatin1Char(' ');
        QVERIFY2(text.contains(QStringLiteral("Choose another client or period")), qPrintable(text));
        QTest::keyClick(period, Qt::Key_Down);
        QCOMPARE(period->currentText(), QStringLiteral("Last month"));
        QTRY_COMPARE(shownIds(), QList<qint64>{m_benLastMonth});

        // Clearing the filters shows every entry again.
        QTest::keyClick(period, Qt::Key_Up);
        QTRY_VERIFY(find<QWidget>("reflectionNoMatchesWidget")->isVisible());
        QTest::mouseClick(find<QPushButton>("noMatchesClearPushButton"), Qt::LeftButton);
        QTRY_COMPARE(shownIds(), (QList<qint64>{m_annaToday, m_benLastMonth}));
        QCOMPARE(client->clientId(), 0);
        QCOMPARE(period->currentIndex(), 0);
    }

    void anEntryIsEditedWithEnterAndKeepsWhatWasNotChanged() {
        selectFirstRow();
        bool edited = false;
        QTimer::singleShot(0, qApp, [&] {
            auto *dialog = qobject_cast<DisclosureCheckDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            // The entry as recorded, ready to change.
            QVERIFY(dialog->windowTitle().contains(QStringLiteral("Your disclosure check")));
            QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("serves_clientYesRadioButton"))
                        ->isChecked());
            auto *note = dialog->findChild<QPlainTextEdit *>(QStringLiteral("notePlainTextEdit"));
            QCOMPARE(note->toPlainText(), QStringLiteral("My exam nerves."));
            // "Serves the client?" becomes No, the note is rewritten.
            auto *no = dialog->findChild<QRadioButton *>(QStringLiteral("serves_clientNoRadioButton"));
            no->setFocus();
            QTest::keyClick(no, Qt::Key_Space);
            note->setFocus();
            QTest::keyClick(note, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(note, QStringLiteral("It was about me, not her."));
            auto *save = dialog->findChild<QPushButton *>(QStringLiteral("recordPushButton"));
            QCOMPARE(save->text(), QStringLiteral("&Save changes"));
            QTest::mouseClick(save, Qt::LeftButton);
            edited = !dialog->isVisible();
            if (dialog->isVisible())
                dialog->reject();
        });
        QTest::keyClick(table(), Qt::Key_Return);
        QVERIFY(edited);
        const ReflectionEntry entry = ReflectionService(*m_db).get(m_annaToday).value();
        QCOMPARE(entry.note, QStringLiteral("It was about me, not her."));
        QCOMPARE(entry.answers.servesClient, CheckAnswer::No);
        QCOMPARE(entry.recommendation, Recommendation::BetterNot);
        QCOMPARE(entry.clientId, m_anna);
        QCOMPARE(entry.date, QDate(2026, 3, 11));
        QCOMPARE(entry.decision, DisclosureDecision::Shared);
        QCOMPARE(ReflectionService(*m_db).count().value(), 2);
    }

    void anEntryIsDeletedWithDeleteOnlyOnceConfirmed() {
        selectFirstRow();
        MessageBox::setNextAnswer(MessageBox::Answer::Cancelled);
        QTest::keyClick(table(), Qt::Key_Delete);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("cannot be undone")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Anna Schmidt")));
        QVERIFY(ReflectionService(*m_db).get(m_annaToday).ok());

        MessageBox::setNextAnswer(MessageBox::Answer::Confirmed);
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(ReflectionService(*m_db).get(m_annaToday).error().kind, Error::Kind::NotFound);
        QTRY_COMPARE(shownIds(), QList<qint64>{m_benLastMonth});

        // The buttons beside the filters do the same, and are off while nothing is selected.
        table()->clearSelection();
        QVERIFY(!find<QPushButton>("deleteReflectionPushButton")->isEnabled());
        QVERIFY(!find<QPushButton>("editReflectionPushButton")->isEnabled());
        selectFirstRow();
        QVERIFY(find<QPushButton>("deleteReflectionPushButton")->isEnabled());
        MessageBox::setNextAnswer(MessageBox::Answer::Confirmed);
        QTest::mouseClick(find<QPushButton>("deleteReflectionPushButton"), Qt::LeftButton);
        QTRY_VERIFY(find<QWidget>("reflectionEmptyStateWidget")->isVisible());
        QCOMPARE(ReflectionService(*m_db).count().value(), 0);
    }
};

QTEST_MAIN(TestReflectionPage)
#include "tst_ReflectionPage.moc"
