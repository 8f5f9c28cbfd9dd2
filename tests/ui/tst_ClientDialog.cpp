// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientService.h"
#include "app/common/Clock.h"
#include "app/practitioner/PractitionerService.h"
#include "app/storage/ClientRepository.h"
#include "tests/support/TestSupport.h"
#include "ui/clients/ClientDialog.h"
#include "ui/common/ConflictDialog.h"
#include "ui/common/MessageBox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <functional>

using namespace bk;

class TestClientDialog : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    /// The practice's file, or on the postgresql rows what stands for its database on the test server.
    QString m_location;
    std::unique_ptr<Database> m_db;

    template <typename T> static T *find(const QWidget &parent, const char *name) {
        T *widget = parent.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("No widget named %s", name);
        return widget;
    }

    static void save(const ClientDialog &dialog) {
        QPushButton *button =
            find<QDialogButtonBox>(dialog, "dialogButtonBox")->button(QDialogButtonBox::Save);
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

    static void replaceText(QLineEdit *field, const QString &text) {
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Backspace);
        QTest::keyClicks(field, text);
    }

    static void replaceText(QPlainTextEdit *field, const QString &text) {
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Backspace);
        QTest::keyClicks(field, text);
    }

    /// Answers the conflict dialog that the next save opens, once it is on screen: `answer` clicks in it as a
    /// person would. A dialog the answer leaves open is cancelled, so that a failing check cannot hang.
    void answerConflict(const std::function<void(ConflictDialog &)> &answer) {
        auto *poll = new QTimer(this);
        auto shown = std::make_shared<int>(0);
        connect(poll, &QTimer::timeout, this, [poll, answer, shown] {
            auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            poll->stop();
            poll->deleteLater();
            ++*shown;
            answer(*dialog);
            if (dialog->isVisible())
                dialog->reject();
        });
        poll->start(10);
        m_conflictsShown = shown;
    }

    /// How often the conflict dialog answerConflict() waits for was shown (0 or 1).
    std::shared_ptr<int> m_conflictsShown;

    qint64 clientCount() const {
        ClientFilter everything;
        everything.includeArchived = true;
        return ClientRepository(*m_db).count(everything).value();
    }

private Q_SLOTS:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_location = m_dir->filePath(QStringLiteral("clients.sqlite"));
        m_db = test::openDatabase(m_location);
        QVERIFY(m_db);
    }

    void cleanup() {
        Clock::setPracticeZone({});
        Clock::setNowFunction({});
        m_db.reset();
        m_dir.reset();
    }

    void addsTheClientTyped() {
        ClientDialog dialog(*m_db);
        dialog.show();
        QTest::keyClicks(find<QLineEdit>(dialog, "fullNameLineEdit"), QStringLiteral("Amelia Hartley"));
        QTest::keyClicks(find<QLineEdit>(dialog, "emailLineEdit"), QStringLiteral("amelia@example.com"));
        QTest::keyClicks(find<QPlainTextEdit>(dialog, "notesPlainTextEdit"),
                         QStringLiteral("Career coaching."));
        save(dialog);

        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.savedClientId() > 0);
        const Result<Client> saved = ClientRepository(*m_db).get(dialog.savedClientId());
        QVERIFY(saved.ok());
        QCOMPARE(saved.value().fullName, QStringLiteral("Amelia Hartley"));
        QCOMPARE(saved.value().email, QStringLiteral("amelia@example.com"));
        QCOMPARE(saved.value().notes, QStringLiteral("Career coaching."));
        QVERIFY(!saved.value().startDate.isValid());
    }

    void saveAndStartAgreementSavesFirstAndAsksForTheAgreement() {
        ClientDialog dialog(*m_db);
        dialog.show();
        auto *start = find<QPushButton>(dialog, "startAgreementPushButton");
        QTest::mouseClick(start, Qt::LeftButton); // no name: nothing is saved, nothing is asked for
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.agreementRequested());
        QCOMPARE(clientCount(), 0);
        QTest::keyClicks(find<QLineEdit>(dialog, "fullNameLineEdit"), QStringLiteral("Nadia Rahman"));
        QTest::mouseClick(start, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.agreementRequested());
        QCOMPARE(ClientRepository(*m_db).get(dialog.savedClientId()).value().fullName,
                 QStringLiteral("Nadia Rahman"));
    }

    void badEmailIsShownNextToTheEmailField() {
        ClientDialog dialog(*m_db);
        dialog.show();
        auto *email = find<QLineEdit>(dialog, "emailLineEdit");
        auto *emailError = find<QLabel>(dialog, "emailErrorLabel");
        QTest::keyClicks(find<QLineEdit>(dialog, "fullNameLineEdit"), QStringLiteral("Daniel Okafor"));
        QTest::keyClicks(email, QStringLiteral("daniel@"));
        QVERIFY(!emailError->isVisible());
        save(dialog);

        QVERIFY(dialog.isVisible());
        QVERIFY(emailError->isVisible());
        QVERIFY2(emailError->text().contains(QStringLiteral("daniel@")), qPrintable(emailError->text()));
        // Next to its field: in the same box, right below it.
        QCOMPARE(emailError->parentWidget(), email->parentWidget());
        QVERIFY(emailError->geometry().top() >= email->geometry().bottom());
        QVERIFY(!find<QLabel>(dialog, "fullNameErrorLabel")->isVisible());
        QCOMPARE(email->text(), QStringLiteral("daniel@"));
        QCOMPARE(find<QLineEdit>(dialog, "fullNameLineEdit")->text(), QStringLiteral("Daniel Okafor"));
        QCOMPARE(clientCount(), 0);

        QTest::keyClicks(email, QStringLiteral("example.net"));
        QVERIFY(!emailError->isVisible());
        save(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(ClientRepository(*m_db).get(dialog.savedClientId()).value().email,
                 QStringLiteral("daniel@example.net"));
    }

    void eachProblemIsShownUnderItsField_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("errorLabelName");
        QTest::newRow("a client without a name is refused under the name")
            << QString() << QString() << QStringLiteral("fullNameErrorLabel");
        QTest::newRow("a phone number without digits is refused under the phone")
            << QStringLiteral("Grace O'Neill") << QStringLiteral("call me")
            << QStringLiteral("phoneErrorLabel");
    }

    void eachProblemIsShownUnderItsField() {
        QFETCH(QString, name);
        QFETCH(QString, phone);
        QFETCH(QString, errorLabelName);
        ClientDialog dialog(*m_db);
        dialog.show();
        QTest::keyClicks(find<QLineEdit>(dialog, "fullNameLineEdit"), name);
        QTest::keyClicks(find<QLineEdit>(dialog, "phoneLineEdit"), phone);
        save(dialog);

        QVERIFY(dialog.isVisible());
        auto *label = dialog.findChild<QLabel *>(errorLabelName);
        QVERIFY(label);
        QVERIFY(label->isVisible());
        QVERIFY(!label->text().isEmpty());
        QCOMPARE(find<QLineEdit>(dialog, "phoneLineEdit")->text(), phone);
        QCOMPARE(clientCount(), 0);
    }

    void aStartDateTwoYearsAheadIsShownUnderTheDate() {
        ClientDialog dialog(*m_db);
        dialog.show();
        QTest::keyClicks(find<QLineEdit>(dialog, "fullNameLineEdit"), QStringLiteral("Marie Dubois"));
        auto *known = find<QCheckBox>(dialog, "startDateKnownCheckBox");
        auto *date = find<QDateEdit>(dialog, "startDateEdit");
        // The check box names the row ("Start date:"), not a second label beside it ("Known").
        auto *form = qobject_cast<QFormLayout *>(known->parentWidget()->layout());
        QVERIFY(form);
        int row = -1;
        QFormLayout::ItemRole role{};
        form->getWidgetPosition(known, &row, &role);
        QCOMPARE(role, QFormLayout::LabelRole);
        QCOMPARE(known->text(), QStringLiteral("Start &date:"));
        QVERIFY(!date->isEnabled());
        QTest::mouseClick(known, Qt::LeftButton);
        QVERIFY(date->isEnabled());
        date->setDate(QDate::currentDate().addYears(2));
        save(dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(find<QLabel>(dialog, "startDateErrorLabel")->isVisible());

        date->setDate(QDate(2025, 3, 1));
        save(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(ClientRepository(*m_db).get(dialog.savedClientId()).value().startDate, QDate(2025, 3, 1));
    }

    void documentLanguageIsChosenInTheForm() {
        ClientDialog dialog(*m_db);
        dialog.show();
        auto *language = find<QComboBox>(dialog, "documentLanguageComboBox");
        QVERIFY(language);
        // A new client starts in the practice's language: the interface's, English here.
        QCOMPARE(language->currentText(), QStringLiteral("English"));
        QTest::keyClicks(find<QLineEdit>(dialog, "fullNameLineEdit"), QStringLiteral("Lucia Gomez"));
        language->setFocus();
        QTest::keyClicks(language, QStringLiteral("Sp"));
        QCOMPARE(language->currentText(), QStringLiteral("Spanish"));
        save(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(ClientRepository(*m_db).get(dialog.savedClientId()).value().documentLanguage,
                 QStringLiteral("es"));

        // Editing shows the stored language and saves a change of it.
        ClientDialog edit(*m_db, ClientRepository(*m_db).get(dialog.savedClientId()).value());
        edit.show();
        auto *shown = find<QComboBox>(edit, "documentLanguageComboBox");
        QCOMPARE(shown->currentText(), QStringLiteral("Spanish"));
        shown->setFocus();
        QTest::keyClicks(shown, QStringLiteral("Fr"));
        save(edit);
        QCOMPARE(ClientRepository(*m_db).get(dialog.savedClientId()).value().documentLanguage,
                 QStringLiteral("fr"));
    }

    void editingSavesChangesAndShowsTimes() {
        Client client;
        client.fullName = QStringLiteral("Kenji Watanabe");
        client.phone = QStringLiteral("+44 7700 900321");
        const qint64 id = ClientService(*m_db).add(client).value();
        ClientDialog dialog(*m_db, ClientRepository(*m_db).get(id).value());
        dialog.show();
        QVERIFY(find<QLabel>(dialog, "timesLabel")->isVisible());
        QVERIFY(!find<QLabel>(dialog, "timesLabel")->text().isEmpty());
        QCOMPARE(find<QLineEdit>(dialog, "phoneLineEdit")->text(), client.phone);
        QTest::keyClicks(find<QLineEdit>(dialog, "preferredNameLineEdit"), QStringLiteral("Ken"));
        save(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.savedClientId(), id);
        QCOMPARE(ClientRepository(*m_db).get(id).value().preferredName, QStringLiteral("Ken"));
        QCOMPARE(clientCount(), 1);
    }

    void timesAreOnThePracticesClock() {
        // An Auckland practice on a computer elsewhere (UTC here): 23:30 UTC on 1 March is 12:30 on 2 March
        // in Auckland.
        QVERIFY(QTimeZone::systemTimeZone().id() != QByteArrayLiteral("Pacific/Auckland"));
        Clock::setNowFunction([] { return QDateTime(QDate(2026, 3, 1), QTime(23, 30), Qt::UTC); });
        Clock::setPracticeZone("Pacific/Auckland");
        Client client;
        client.fullName = QStringLiteral("Kenji Watanabe");
        const qint64 id = ClientService(*m_db).add(client).value();
        ClientDialog dialog(*m_db, ClientRepository(*m_db).get(id).value());
        dialog.show();
        const QLocale locale;
        const QString added = locale.toString(
            QDateTime(QDate(2026, 3, 2), QTime(12, 30), QTimeZone("Pacific/Auckland")), QLocale::ShortFormat);
        const QString times = find<QLabel>(dialog, "timesLabel")->text();
        QVERIFY2(times.contains(QStringLiteral("Added %1").arg(added)), qPrintable(times));
        QVERIFY2(times.endsWith(QStringLiteral("(Auckland time)")), qPrintable(times));
        // A new client starts today on the practice's calendar, not the computer's.
        ClientDialog adding(*m_db);
        QCOMPARE(find<QDateEdit>(adding, "startDateEdit")->date(), QDate(2026, 3, 2));
    }

    void theDialogNamesWhoIsResponsibleAndWhoChangedTheClientLast() {
        // The computer's user on a file, the server role signed in on a server.
        const QString me = PractitionerService(*m_db).signedIn().value().shownName();
        QVERIFY(!me.isEmpty());
        {
            ClientDialog dialog(*m_db);
            dialog.show();
            QCOMPARE(find<QLabel>(dialog, "responsibleLabel")->text(),
                     QStringLiteral("Responsible practitioner: %1 (you)").arg(me));
            QVERIFY(!find<QLabel>(dialog, "authorsLabel")->isVisible());
        }
        const qint64 id =
            ClientService(*m_db).add(test::sampleClient(QStringLiteral("Kenji Watanabe"))).value();
        // Someone else changed the client last (as their own session would have written it).
        QSqlQuery other(m_db->connection());
        QVERIFY(other.exec(
            QStringLiteral("INSERT INTO practitioners (login, display_name, practice_role, active, "
                           "created_at) VALUES ('zoe', 'Zoe Adler', 'practitioner', TRUE, "
                           "'2026-11-01T09:00:00.000Z')")));
        QVERIFY(other.exec(QStringLiteral("UPDATE clients SET changed_by = (SELECT id FROM practitioners "
                                          "WHERE login = 'zoe'), row_version = row_version + 1 WHERE id = %1")
                               .arg(id)));
        {
            ClientDialog dialog(*m_db, ClientRepository(*m_db).get(id).value());
            dialog.show();
            auto *authors = find<QLabel>(dialog, "authorsLabel");
            QVERIFY(authors->isVisible());
            QCOMPARE(find<QLabel>(dialog, "responsibleLabel")->text(),
                     QStringLiteral("Responsible practitioner: %1").arg(me));
            QCOMPARE(authors->text(),
                     QStringLiteral("Created by %1 · last changed by Zoe Adler (zoe)").arg(me));
            // A file is a solo practice: nobody to share the client with or hand it over to. A server's
            // practice has colleagues.
            QCOMPARE(find<QLabel>(dialog, "sharedWithLabel")->isVisible(), m_db->isServer());
            QCOMPARE(find<QPushButton>(dialog, "shareWithPushButton")->isVisible(), m_db->isServer());
            QCOMPARE(find<QPushButton>(dialog, "handOverPushButton")->isVisible(), m_db->isServer());
            QTest::keyClicks(find<QLineEdit>(dialog, "preferredNameLineEdit"), QStringLiteral("Ken"));
            save(dialog);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        // Saved here: the one signed in changed it last.
        ClientDialog again(*m_db, ClientRepository(*m_db).get(id).value());
        QVERIFY(
            find<QLabel>(again, "authorsLabel")->text().endsWith(QStringLiteral("last changed by ") + me));
    }

    void aRefusedSaveIsShownAndKeepsWhatWasTyped() {
        Client client;
        client.fullName = QStringLiteral("Lukas Becker");
        const qint64 id = ClientService(*m_db).add(client).value();
        ClientDialog dialog(*m_db, ClientRepository(*m_db).get(id).value());
        dialog.show();
        QVERIFY(ClientService(*m_db).remove(id).ok()); // gone while the dialog was open
        QTest::keyClicks(find<QPlainTextEdit>(dialog, "notesPlainTextEdit"), QStringLiteral("Exam in May."));
        MessageBox::setNextAnswer(MessageBox::Answer::Cancelled); // not as a new client, for now
        save(dialog);

        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Save what you typed as a new client?")));
        QVERIFY(dialog.isVisible());
        QCOMPARE(clientCount(), 0);
        auto *error = find<QLabel>(dialog, "saveErrorLabel");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("Nothing was saved")));
        QCOMPARE(find<QPlainTextEdit>(dialog, "notesPlainTextEdit")->toPlainText(),
                 QStringLiteral("Exam in May."));
    }

    // Two desktops on one practice: the dialog is open here while the client is saved through a second
    // connection; saving here shows both versions field by field, and the stored client is what was picked.
    void aClientSavedElsewhereShowsBothVersionsAndSavesTheCombination() {
        Client client = test::sampleClient(QStringLiteral("Amelia Hartley"));
        client.notes = QStringLiteral("Career coaching.");
        const qint64 id = ClientService(*m_db).add(client).value();
        ClientDialog dialog(*m_db, ClientRepository(*m_db).get(id).value());
        dialog.show();

        const auto other = test::openDatabase(m_location);
        QVERIFY(other);
        Client theirs = ClientService(*other).get(id).value();
        theirs.phone = QStringLiteral("+44 20 7946 0999");
        theirs.notes = QStringLiteral("Moved to Thursdays.");
        theirs.status = ClientStatus::Paused;
        QVERIFY(ClientService(*other).update(theirs).ok());

        replaceText(find<QLineEdit>(dialog, "emailLineEdit"), QStringLiteral("amelia@example.org"));
        replaceText(find<QPlainTextEdit>(dialog, "notesPlainTextEdit"),
                    QStringLiteral("Prefers video calls."));
        QStringList rows;
        QList<bool> defaults;
        answerConflict([&](ConflictDialog &conflict) {
            for (int i = 0;
                 auto *label = conflict.findChild<QLabel *>(QStringLiteral("field%1NameLabel").arg(i)); ++i) {
                rows.append(
                    label->text().section(QLatin1Char('\n'), 0, 0) + QLatin1String(": ") +
                    conflict.findChild<QLabel *>(QStringLiteral("field%1TheirsLabel").arg(i))->text() +
                    QLatin1String(" | ") +
                    conflict.findChild<QLabel *>(QStringLiteral("field%1MineLabel").arg(i))->text());
            }
            defaults = conflict.keepMine();
            // Their notes after all, and my status over their pause.
            QTest::mouseClick(find<QRadioButton>(conflict, "field3TakeTheirsRadioButton"), Qt::LeftButton);
            QTest::mouseClick(find<QRadioButton>(conflict, "field2KeepMineRadioButton"), Qt::LeftButton);
            QTest::mouseClick(find<QPushButton>(conflict, "saveCombinationPushButton"), Qt::LeftButton);
        });
        save(dialog);

        QCOMPARE(*m_conflictsShown, 1);
        QCOMPARE(rows, (QStringList{QStringLiteral("Email: someone@example.com | amelia@example.org"),
                                    QStringLiteral("Phone: +44 20 7946 0999 | +44 (20) 7946-0018"),
                                    QStringLiteral("Status: Paused | Active"),
                                    QStringLiteral("Notes: Moved to Thursdays. | Prefers video calls.")}));
        // Mine where only I changed the field or both did; theirs where only they did.
        QCOMPARE(defaults, (QList<bool>{true, false, false, true}));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Client stored = ClientRepository(*other).get(id).value();
        QCOMPARE(stored.email, QStringLiteral("amelia@example.org"));
        QCOMPARE(stored.phone, theirs.phone);
        QCOMPARE(stored.status, ClientStatus::Active);
        QCOMPARE(stored.notes, theirs.notes);
        QCOMPARE(stored.rowVersion, 3);
        QCOMPARE(clientCount(), 1);
    }

    void cancellingTheConflictKeepsWhatWasTypedAndSavesNothing() {
        const qint64 id =
            ClientService(*m_db).add(test::sampleClient(QStringLiteral("Kenji Watanabe"))).value();
        ClientDialog dialog(*m_db, ClientRepository(*m_db).get(id).value());
        dialog.show();
        const auto other = test::openDatabase(m_location);
        QVERIFY(other);
        Client theirs = ClientService(*other).get(id).value();
        theirs.preferredName = QStringLiteral("Ken");
        QVERIFY(ClientService(*other).update(theirs).ok());

        replaceText(find<QLineEdit>(dialog, "preferredNameLineEdit"), QStringLiteral("Kenny"));
        answerConflict([](ConflictDialog &conflict) {
            QTest::mouseClick(find<QPushButton>(conflict, "takeAllTheirsPushButton"), Qt::LeftButton);
            QCOMPARE(conflict.keepMine(), QList<bool>{false});
            conflict.reject();
        });
        save(dialog);
        QCOMPARE(*m_conflictsShown, 1);
        QVERIFY(dialog.isVisible());
        QVERIFY(find<QLabel>(dialog, "saveErrorLabel")->text().contains(QStringLiteral("changed elsewhere")));
        QCOMPARE(find<QLineEdit>(dialog, "preferredNameLineEdit")->text(), QStringLiteral("Kenny"));
        QCOMPARE(ClientRepository(*m_db).get(id).value().preferredName, QStringLiteral("Ken"));

        // Saving again compares again: never a silent overwrite. Keeping all mine is a choice made seeing
        // both.
        answerConflict([](ConflictDialog &conflict) {
            QTest::mouseClick(find<QPushButton>(conflict, "keepAllMinePushButton"), Qt::LeftButton);
            QTest::mouseClick(find<QPushButton>(conflict, "saveCombinationPushButton"), Qt::LeftButton);
        });
        save(dialog);
        QCOMPARE(*m_conflictsShown, 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(ClientRepository(*m_db).get(id).value().preferredName, QStringLiteral("Kenny"));
    }

    void aClientDeletedElsewhereCanBeSavedAsANewClient() {
        const qint64 id = ClientService(*m_db).add(test::sampleClient(QStringLiteral("Lena Vogel"))).value();
        ClientDialog dialog(*m_db, ClientRepository(*m_db).get(id).value());
        dialog.show();
        const auto other = test::openDatabase(m_location);
        QVERIFY(other);
        QVERIFY(ClientService(*other).remove(id).ok());
        QTest::keyClicks(find<QPlainTextEdit>(dialog, "notesPlainTextEdit"), QStringLiteral("Exam in May."));
        MessageBox::setNextAnswer(MessageBox::Answer::Confirmed);
        save(dialog);

        QVERIFY(MessageBox::lastText().contains(QStringLiteral("deleted elsewhere")));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        // A new record (SQLite may give it the deleted one's id again), at its first version.
        const Client added = ClientRepository(*m_db).get(dialog.savedClientId()).value();
        QCOMPARE(added.rowVersion, 1);
        QCOMPARE(added.fullName, QStringLiteral("Lena Vogel"));
        QCOMPARE(added.notes, QStringLiteral("Exam in May."));
        QCOMPARE(clientCount(), 1);
    }

    void aReadOnlyDatabaseShowsTheClientWithoutSaving() {
        Client client;
        client.fullName = QStringLiteral("Sofia Marquez");
        const qint64 id = ClientService(*m_db).add(client).value();
        m_db.reset();
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        Result<std::unique_ptr<Database>> opened =
            Database::open(test::databaseLocation(m_location), options);
        QVERIFY(opened.ok());
        m_db = std::move(opened).value();

        ClientDialog dialog(*m_db, ClientRepository(*m_db).get(id).value());
        dialog.show();
        auto *buttons = find<QDialogButtonBox>(dialog, "dialogButtonBox");
        QVERIFY(!buttons->button(QDialogButtonBox::Save));
        QVERIFY(buttons->button(QDialogButtonBox::Close));
        QVERIFY(find<QLineEdit>(dialog, "fullNameLineEdit")->isReadOnly());
        QCOMPARE(find<QLineEdit>(dialog, "fullNameLineEdit")->text(), client.fullName);
    }
};

QTEST_MAIN(TestClientDialog)
#include "tst_ClientDialog.moc"
