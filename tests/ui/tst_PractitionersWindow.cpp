// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientService.h"
#include "app/common/ChangeNotifier.h"
#include "app/common/Settings.h"
#include "app/practitioner/PractitionerService.h"
#include "app/storage/Database.h"
#include "tests/support/ModalDialogs.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestSupport.h"
#include "ui/clients/ClientDialog.h"
#include "ui/common/MainWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/common/NoticeBar.h"
#include "ui/practitioner/AddPractitionerDialog.h"
#include "ui/practitioner/PractitionerPickerDialog.h"
#include "ui/practitioner/PractitionersDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace bk;

/// Practitioners managed in the window of a practice on a PostgreSQL server: an owner adds them and changes
/// their roles, shares clients and hands them over; another practitioner, signed in as their own role, sees
/// what was shared and is refused an owner's tasks with the service's reasons.
class TestPractitionersWindow : public QObject {
    Q_OBJECT

    /// A practice of its own on the test server, opened by the role that created it (its first owner), and
    /// the server roles it makes, dropped after it.
    struct Practice {
        test::ServerRoles roles;
        test::PostgresDatabase server;
        std::unique_ptr<Database> owner;
        QString suffix;

        Practice() {
            suffix = server.name().right(10);
            for (const QString &kind :
                 {QStringLiteral("owner"), QStringLiteral("practitioner"), QStringLiteral("administrator")})
                roles.names.append(QStringLiteral("bk_%1_%2").arg(server.name(), kind));
            owner = open(QStringLiteral("postgresql:///") + server.name());
        }
        ~Practice() { owner.reset(); }

        /// Whether the server and the owner's practice on it are there (the reason is warned otherwise).
        bool ready() const {
            if (!server.error().isEmpty())
                qWarning("%s", qPrintable(server.error()));
            return server.error().isEmpty() && owner;
        }

        QString login(const QString &name) {
            const QString login = name + QLatin1Char('_') + suffix;
            if (!roles.names.contains(login))
                roles.names.append(login);
            return login;
        }
        static QString password(const QString &login) { return QStringLiteral("pw-") + login; }
        /// Adds a practitioner through the service, as an owner on another desktop would.
        bool add(const QString &name, const QString &displayName, PracticeRole role) {
            const Result<qint64> added =
                PractitionerService(*owner).add({login(name), displayName, role, password(login(name))});
            if (!added)
                qWarning("%s", qPrintable(added.error().message));
            return added.ok();
        }
        /// Adds Anna Berg and Ben Okafor, practitioners, and Cara Diaz, an administrator.
        bool addTeam() {
            return add(QStringLiteral("anna"), QStringLiteral("Anna Berg"), PracticeRole::Practitioner) &&
                   add(QStringLiteral("ben"), QStringLiteral("Ben Okafor"), PracticeRole::Practitioner) &&
                   add(QStringLiteral("cara"), QStringLiteral("Cara Diaz"), PracticeRole::Administrator);
        }
        /// The practice as `name` signs in to it with their own role and password.
        std::unique_ptr<Database> signInAs(const QString &name) {
            return open(QStringLiteral("postgresql://%1:%2@/%3")
                            .arg(login(name),
                                 QString::fromLatin1(QUrl::toPercentEncoding(password(login(name)))),
                                 server.name()));
        }
        static std::unique_ptr<Database> open(const QString &url) {
            Result<std::unique_ptr<Database>> opened = Database::open(url);
            if (!opened) {
                qWarning("%s",
                         qPrintable(opened.error().message + QLatin1Char(' ') + opened.error().details));
                return nullptr;
            }
            return std::move(opened).value();
        }
    };

    template <typename T> static T *find(const QWidget *parent, const char *name) {
        auto *child = parent->findChild<T *>(QLatin1String(name));
        if (!child)
            qWarning("no %s named %s", T::staticMetaObject.className(), name);
        return child;
    }

    /// Answers the practitioner picker as a person does: types `name` into its filter and presses Enter;
    /// `picked` tells whether exactly one practitioner was left to take.
    static void pickPractitioner(const QString &name, bool *picked) {
        test::whenModal<PractitionerPickerDialog>([name, picked](PractitionerPickerDialog *dialog) {
            auto *filter = find<QLineEdit>(dialog, "practitionerFilterLineEdit");
            QTest::keyClicks(filter, name);
            *picked = visibleLogins(dialog).size() == 1;
            QTest::keyClick(filter, Qt::Key_Return);
            if (dialog->isVisible())
                dialog->reject();
        });
    }

    /// The sign-ins a picker shows now.
    static QStringList visibleLogins(PractitionerPickerDialog *dialog) {
        auto *table = find<QTableWidget>(dialog, "practitionerChoicesTableWidget");
        QStringList logins;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (!table->isRowHidden(row))
                logins.append(table->item(row, 1)->text());
        }
        return logins;
    }

    /// Clicks the row of the practitioners window that shows `login`.
    static void clickRow(QTableWidget *table, const QString &login) {
        const QList<QTableWidgetItem *> items = table->findItems(login, Qt::MatchExactly);
        QVERIFY(!items.isEmpty());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualItemRect(items.first()).center());
    }

    static QLabel *clientCount(const MainWindow &window) { return find<QLabel>(&window, "clientCountLabel"); }

    static void screenshot(QWidget *widget, const QString &name) {
        if (qEnvironmentVariableIsSet("BK_SCREENSHOTS"))
            QVERIFY(widget->grab().save(qEnvironmentVariable("BK_SCREENSHOTS") + QLatin1Char('/') + name));
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void init() { Settings().clear(); }

    void anOwnerAddsAPractitionerAndChangesTheirRole() {
        BK_REQUIRE_POSTGRES();
        Practice practice;
        QVERIFY(practice.ready());
        const QString anna = practice.login(QStringLiteral("anna"));
        MainWindow window(*practice.owner);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        bool ran = false;
        QStringList refusals;
        test::whenModal<PractitionersDialog>([&](PractitionersDialog *dialog) {
            ran = true;
            // Closed however the checks end, so a failed one does not leave the window waiting.
            const auto close = qScopeGuard([dialog] { dialog->reject(); });
            auto *table = find<QTableWidget>(dialog, "practitionersTableWidget");
            QCOMPARE(table->rowCount(), 1);
            QCOMPARE(table->item(0, 2)->text(), PracticeRoles::label(PracticeRole::Owner));
            test::whenModal<AddPractitionerDialog>([&](AddPractitionerDialog *add) {
                const auto closeAdd = qScopeGuard([add] {
                    if (add->isVisible())
                        add->reject();
                });
                QTest::keyClicks(find<QLineEdit>(add, "loginLineEdit"), QStringLiteral("Anna"));
                QTest::keyClicks(find<QLineEdit>(add, "displayNameLineEdit"), QStringLiteral("Anna Berg"));
                QTest::keyClicks(find<QLineEdit>(add, "passwordLineEdit"), Practice::password(anna));
                QTest::keyClicks(find<QLineEdit>(add, "repeatPasswordLineEdit"), QStringLiteral("pw-typo"));
                QPushButton *ok =
                    find<QDialogButtonBox>(add, "dialogButtonBox")->button(QDialogButtonBox::Ok);
                auto *error = find<QLabel>(add, "addPractitionerErrorLabel");
                // The passwords differ: refused, nothing typed is lost.
                QTest::mouseClick(ok, Qt::LeftButton);
                refusals.append(error->isVisible() ? error->text() : QString());
                auto *repeat = find<QLineEdit>(add, "repeatPasswordLineEdit");
                repeat->clear();
                QTest::keyClicks(repeat, Practice::password(anna));
                // The service refuses a sign-in name PostgreSQL would not take as it is.
                QTest::mouseClick(ok, Qt::LeftButton);
                refusals.append(error->isVisible() ? error->text() : QString());
                screenshot(add, QStringLiteral("add-practitioner.png"));
                auto *login = find<QLineEdit>(add, "loginLineEdit");
                if (login->text() != QStringLiteral("Anna") || !add->isVisible())
                    return;
                login->clear();
                QTest::keyClicks(login, anna);
                QTest::mouseClick(ok, Qt::LeftButton);
                if (add->isVisible())
                    refusals.append(error->text());
            });
            QTest::mouseClick(find<QPushButton>(dialog, "addPractitionerPushButton"), Qt::LeftButton);
            QCOMPARE(table->rowCount(), 2);
            // The new practitioner is selected; the owner makes her an administrator.
            QCOMPARE(table->item(table->currentRow(), 1)->text(), anna);
            QCOMPARE(table->item(table->currentRow(), 2)->text(),
                     PracticeRoles::label(PracticeRole::Practitioner));
            QCOMPARE(table->item(table->currentRow(), 3)->text(), QStringLiteral("Yes"));
            auto *role = find<QComboBox>(dialog, "roleComboBox");
            auto *change = find<QPushButton>(dialog, "changeRolePushButton");
            QVERIFY(!change->isEnabled());
            role->setCurrentIndex(role->findText(PracticeRoles::label(PracticeRole::Administrator)));
            QVERIFY(change->isEnabled());
            QTest::mouseClick(change, Qt::LeftButton);
            QCOMPARE(table->item(table->currentRow(), 2)->text(),
                     PracticeRoles::label(PracticeRole::Administrator));
            screenshot(dialog, QStringLiteral("practitioners.png"));
            // The practice keeps an owner: demoting the only one is refused with the service's reason.
            QTest::mouseClick(
                table->viewport(), Qt::LeftButton, {},
                table
                    ->visualItemRect(
                        table->findItems(PracticeRoles::label(PracticeRole::Owner), Qt::MatchExactly).first())
                    .center());
            role->setCurrentIndex(role->findText(PracticeRoles::label(PracticeRole::Practitioner)));
            QTest::mouseClick(change, Qt::LeftButton);
            refusals.append(find<QLabel>(dialog, "practitionersProblemLabel")->text());
        });
        find<QAction>(&window, "practitionersAction")->trigger();
        QVERIFY2(ran, "the practitioners dialog did not open");
        QCOMPARE(refusals.size(), 3);
        QCOMPARE(refusals.at(0),
                 QStringLiteral("The two passwords differ: type the same password in both fields."));
        QVERIFY2(refusals.at(1).startsWith(QStringLiteral("“Anna” cannot be a sign-in name")),
                 qPrintable(refusals.at(1)));
        QVERIFY2(refusals.at(2).endsWith(QStringLiteral("is the practice's only owner; make someone else an "
                                                        "owner first.")),
                 qPrintable(refusals.at(2)));
        // On the server: her sign-in works with the password typed, and she is an administrator.
        const std::unique_ptr<Database> annas = practice.signInAs(QStringLiteral("anna"));
        QVERIFY(annas);
        const PractitionerAccount her = PractitionerService(*annas).signedIn().value();
        QCOMPARE(her.login, anna);
        QCOMPARE(her.displayName, QStringLiteral("Anna Berg"));
        QCOMPARE(her.role, PracticeRole::Administrator);
        QCOMPARE(PractitionerService(*practice.owner).signedIn().value().role, PracticeRole::Owner);
    }

    void anOwnerSharesAClientAndHandsItOver() {
        BK_REQUIRE_POSTGRES();
        Practice practice;
        QVERIFY(practice.ready());
        QVERIFY(practice.addTeam());
        const qint64 id =
            ClientService(*practice.owner).add(test::sampleClient(QStringLiteral("Amelia Hartley"))).value();

        // Anna's own desktop, signed in as her role: the client is not hers to see yet.
        const std::unique_ptr<Database> annas = practice.signInAs(QStringLiteral("anna"));
        QVERIFY(annas);
        MainWindow annasWindow(*annas);
        annasWindow.show();
        QTRY_COMPARE(clientCount(annasWindow)->text(), QStringLiteral("0 clients"));

        ClientDialog dialog(*practice.owner, ClientService(*practice.owner).get(id).value());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *responsible = find<QLabel>(&dialog, "responsibleLabel");
        auto *shared = find<QLabel>(&dialog, "sharedWithLabel");
        const QString me = PractitionerService(*practice.owner).signedIn().value().shownName();
        QCOMPARE(responsible->text(), QStringLiteral("Responsible practitioner: %1").arg(me));
        QCOMPARE(shared->text(), QStringLiteral("Shared with nobody"));

        // Share with… offers the working practitioners who do not see the client yet (no administrator).
        QStringList offered;
        test::whenModal<PractitionerPickerDialog>([&offered](PractitionerPickerDialog *picker) {
            offered = visibleLogins(picker);
            picker->reject();
        });
        QTest::mouseClick(find<QPushButton>(&dialog, "shareWithPushButton"), Qt::LeftButton);
        QCOMPARE(offered, (QStringList{practice.login(QStringLiteral("anna")),
                                       practice.login(QStringLiteral("ben"))}));
        bool picked = false;
        pickPractitioner(QStringLiteral("Anna Berg"), &picked);
        QTest::mouseClick(find<QPushButton>(&dialog, "shareWithPushButton"), Qt::LeftButton);
        QVERIFY(picked);
        QCOMPARE(shared->text(),
                 QStringLiteral("Shared with: Anna Berg (%1)").arg(practice.login(QStringLiteral("anna"))));
        // Anna's window shows the client as soon as it is shared.
        QTRY_COMPARE(clientCount(annasWindow)->text(), QStringLiteral("1 client"));

        // Handed over to Ben, with the arrow keys: the responsible one (the owner) is not offered.
        offered.clear();
        test::whenModal<PractitionerPickerDialog>([&offered](PractitionerPickerDialog *picker) {
            offered = visibleLogins(picker);
            auto *filter = find<QLineEdit>(picker, "practitionerFilterLineEdit");
            QTest::keyClick(filter, Qt::Key_Down);
            QTest::keyClick(filter, Qt::Key_Return);
            if (picker->isVisible())
                picker->reject();
        });
        QTest::mouseClick(find<QPushButton>(&dialog, "handOverPushButton"), Qt::LeftButton);
        QCOMPARE(offered, (QStringList{practice.login(QStringLiteral("anna")),
                                       practice.login(QStringLiteral("ben"))}));
        QCOMPARE(responsible->text(), QStringLiteral("Responsible practitioner: Ben Okafor (%1)")
                                          .arg(practice.login(QStringLiteral("ben"))));
        QCOMPARE(PractitionerService(*practice.owner).clientAuthors(id).value().responsible.login,
                 practice.login(QStringLiteral("ben")));
        screenshot(&dialog, QStringLiteral("client-practitioners.png"));

        // Another owner's desktop stops sharing with Anna: the open dialog and Anna's window follow.
        const std::unique_ptr<Database> other =
            Practice::open(QStringLiteral("postgresql:///") + practice.server.name());
        QVERIFY(other);
        QVERIFY(PractitionerService(*other).unshare(id, practice.login(QStringLiteral("anna"))).ok());
        QTRY_COMPARE(shared->text(), QStringLiteral("Shared with nobody"));
        QTRY_COMPARE(clientCount(annasWindow)->text(), QStringLiteral("0 clients"));
        dialog.reject();
    }

    void aPractitionersWindowRefusesAnOwnersTasks() {
        BK_REQUIRE_POSTGRES();
        Practice practice;
        QVERIFY(practice.ready());
        QVERIFY(
            practice.add(QStringLiteral("anna"), QStringLiteral("Anna Berg"), PracticeRole::Practitioner));
        const ClientService clients(*practice.owner);
        const qint64 sharedId = clients.add(test::sampleClient(QStringLiteral("Amelia Hartley"))).value();
        QVERIFY(PractitionerService(*practice.owner)
                    .share(sharedId, practice.login(QStringLiteral("anna")))
                    .ok());

        const std::unique_ptr<Database> annas = practice.signInAs(QStringLiteral("anna"));
        QVERIFY(annas);
        MainWindow window(*annas);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bool ran = false;
        test::whenModal<PractitionersDialog>([&ran, &practice](PractitionersDialog *dialog) {
            ran = true;
            const auto close = qScopeGuard([dialog] { dialog->reject(); });
            screenshot(dialog, QStringLiteral("practitioners-read-only.png"));
            QCOMPARE(find<QTableWidget>(dialog, "practitionersTableWidget")->rowCount(), 2);
            auto *note = find<QLabel>(dialog, "practitionersNoteLabel");
            QVERIFY(note->isVisible());
            QVERIFY2(note->text().startsWith(QStringLiteral("Only an owner of the practice can do this "
                                                            "(managing practitioners); you are signed in as "
                                                            "Anna Berg")),
                     qPrintable(note->text()));
            QVERIFY(!find<QPushButton>(dialog, "addPractitionerPushButton")->isEnabled());
            auto *table = find<QTableWidget>(dialog, "practitionersTableWidget");
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                              table->visualItemRect(table->item(0, 0)).center());
            QVERIFY(!find<QComboBox>(dialog, "roleComboBox")->isEnabled());
            QVERIFY(!find<QPushButton>(dialog, "changeRolePushButton")->isEnabled());
            // An owner adds someone on another desktop: the open list shows them.
            QVERIFY(practice.add(QStringLiteral("ben"), QStringLiteral("Ben Okafor"),
                                 PracticeRole::Practitioner));
            QTRY_COMPARE(table->rowCount(), 3);
            QVERIFY(!table->findItems(practice.login(QStringLiteral("ben")), Qt::MatchExactly).isEmpty());
        });
        find<QAction>(&window, "practitionersAction")->trigger();
        QVERIFY2(ran, "the practitioners dialog did not open");

        // A client shared with her: she works with it, but neither shares it on nor hands it over; no
        // picker opens, the service says why.
        ClientDialog dialog(*annas, ClientService(*annas).get(sharedId).value());
        dialog.show();
        QCOMPARE(find<QLabel>(&dialog, "sharedWithLabel")->text(),
                 QStringLiteral("Shared with: Anna Berg (%1)").arg(practice.login(QStringLiteral("anna"))));
        bool pickerShown = false;
        test::whenModal<PractitionerPickerDialog>(
            [&pickerShown](PractitionerPickerDialog *picker) {
                pickerShown = true;
                picker->reject();
            },
            0);
        MessageBox::setNextAnswer(MessageBox::Answer::Confirmed);
        QTest::mouseClick(find<QPushButton>(&dialog, "shareWithPushButton"), Qt::LeftButton);
        QVERIFY2(MessageBox::lastText().startsWith(QStringLiteral("Only an owner of the practice can do this "
                                                                  "(sharing a client)")),
                 qPrintable(MessageBox::lastText()));
        MessageBox::setNextAnswer(MessageBox::Answer::Confirmed);
        QTest::mouseClick(find<QPushButton>(&dialog, "stopSharingPushButton"), Qt::LeftButton);
        QVERIFY(
            MessageBox::lastText().startsWith(QStringLiteral("Only an owner of the practice can do this")));
        MessageBox::setNextAnswer(MessageBox::Answer::Confirmed);
        QTest::mouseClick(find<QPushButton>(&dialog, "handOverPushButton"), Qt::LeftButton);
        QCOMPARE(
            MessageBox::lastText(),
            QStringLiteral("Only an owner or the practitioner responsible for the client can hand it over."));
        QTest::qWait(50);
        QVERIFY(!pickerShown);
        screenshot(&dialog, QStringLiteral("client-practitioners-shared.png"));

        // Her own client she may hand over, to the owner.
        const qint64 ownId =
            ClientService(*annas).add(test::sampleClient(QStringLiteral("Bruno Keller"))).value();
        ClientDialog own(*annas, ClientService(*annas).get(ownId).value());
        own.show();
        bool picked = false;
        pickPractitioner(PractitionerService(*practice.owner).signedIn().value().shownName(), &picked);
        QTest::mouseClick(find<QPushButton>(&own, "handOverPushButton"), Qt::LeftButton);
        QVERIFY(picked);
        QCOMPARE(PractitionerService(*practice.owner).clientAuthors(ownId).value().responsible.id,
                 practice.owner->practitionerId());
        // Neither hers nor shared with her any more: the dialog says so and offers nothing more to do.
        QCOMPARE(
            find<QLabel>(&own, "responsibleLabel")->text(),
            QStringLiteral("You no longer see this client: they are neither yours nor shared with you."));
        QVERIFY(!find<QPushButton>(&own, "handOverPushButton")->isVisible());
    }

    // The picker narrows the list as one types, says when nothing matches, and works from the keyboard alone.
    void thePickerFiltersAsYouTypeAndWorksFromTheKeyboard() {
        QList<PractitionerAccount> choices;
        for (const auto &[id, login, name] :
             {std::tuple{2, QStringLiteral("anna"), QStringLiteral("Anna Berg")},
              std::tuple{3, QStringLiteral("ben"), QStringLiteral("Ben Okafor")},
              std::tuple{4, QStringLiteral("bianca"), QStringLiteral("Bianca Rossi")}}) {
            PractitionerAccount practitioner;
            practitioner.id = id;
            practitioner.login = login;
            practitioner.displayName = name;
            choices.append(practitioner);
        }
        PractitionerPickerDialog picker(QStringLiteral("Share the client"), QStringLiteral("Share with:"),
                                        choices);
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        auto *filter = find<QLineEdit>(&picker, "practitionerFilterLineEdit");
        auto *table = find<QTableWidget>(&picker, "practitionerChoicesTableWidget");
        QPushButton *ok = find<QDialogButtonBox>(&picker, "dialogButtonBox")->button(QDialogButtonBox::Ok);
        QVERIFY(!filter->accessibleName().isEmpty());
        QCOMPARE(table->accessibleName(), QStringLiteral("Practitioners to choose from"));
        QCOMPARE(table->item(1, 2)->text(), PracticeRoles::label(PracticeRole::Practitioner));
        QCOMPARE(picker.focusWidget(), filter);
        QCOMPARE(visibleLogins(&picker),
                 (QStringList{QStringLiteral("anna"), QStringLiteral("ben"), QStringLiteral("bianca")}));
        QCOMPARE(picker.chosenLogin(), QStringLiteral("anna"));
        // Typing narrows by name or sign-in, case aside; the selection moves to what is still shown.
        QTest::keyClicks(filter, QStringLiteral("B"));
        QCOMPARE(visibleLogins(&picker),
                 (QStringList{QStringLiteral("anna"), QStringLiteral("ben"), QStringLiteral("bianca")}));
        QTest::keyClicks(filter, QStringLiteral("i"));
        QCOMPARE(visibleLogins(&picker), QStringList{QStringLiteral("bianca")});
        QCOMPARE(picker.chosenLogin(), QStringLiteral("bianca"));
        QTest::keyClicks(filter, QStringLiteral("x"));
        QCOMPARE(visibleLogins(&picker), QStringList{});
        QVERIFY(find<QLabel>(&picker, "noMatchLabel")->isVisible());
        QVERIFY(!ok->isEnabled());
        QCOMPARE(picker.chosenLogin(), QString());
        // Back to "b": the arrows move through what is shown from the filter itself, Enter takes it.
        QTest::keyClick(filter, Qt::Key_Backspace);
        QTest::keyClick(filter, Qt::Key_Backspace);
        QVERIFY(!find<QLabel>(&picker, "noMatchLabel")->isVisible());
        QVERIFY(ok->isEnabled());
        QCOMPARE(picker.chosenLogin(), QStringLiteral("bianca"));
        QTest::keyClick(filter, Qt::Key_Up);
        QCOMPARE(picker.chosenLogin(), QStringLiteral("ben"));
        QTest::keyClick(filter, Qt::Key_Up);
        QCOMPARE(picker.chosenLogin(), QStringLiteral("anna"));
        QTest::keyClick(filter, Qt::Key_Down);
        QCOMPARE(picker.focusWidget(), filter);
        screenshot(&picker, QStringLiteral("practitioner-picker.png"));
        QTest::keyClick(filter, Qt::Key_Return);
        QCOMPARE(picker.result(), int(QDialog::Accepted));
        QCOMPARE(picker.chosenLogin(), QStringLiteral("ben"));
    }

    // Someone leaves: the owner deactivates them in the window, handing their clients to someone chosen; they
    // can no longer sign in, and come back with Reactivate.
    void anOwnerDeactivatesAPractitionerWhoLeaves() {
        BK_REQUIRE_POSTGRES();
        Practice practice;
        QVERIFY(practice.ready());
        QVERIFY(practice.addTeam());
        const QString anna = practice.login(QStringLiteral("anna"));
        const QString ben = practice.login(QStringLiteral("ben"));
        const QString cara = practice.login(QStringLiteral("cara"));
        const PractitionerService practitioners(*practice.owner);
        const qint64 client =
            ClientService(*practice.owner).add(test::sampleClient(QStringLiteral("Amelia Hartley"))).value();
        QVERIFY(practitioners.handOver(client, anna).ok());

        MainWindow window(*practice.owner);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bool ran = false;
        QStringList offered;
        QString question;
        test::whenModal<PractitionersDialog>([&](PractitionersDialog *dialog) {
            ran = true;
            const auto close = qScopeGuard([dialog] { dialog->reject(); });
            auto *table = find<QTableWidget>(dialog, "practitionersTableWidget");
            auto *deactivate = find<QPushButton>(dialog, "deactivatePushButton");
            auto *reactivate = find<QPushButton>(dialog, "reactivatePushButton");
            // Not oneself.
            clickRow(table, PractitionerService(*practice.owner).signedIn().value().login);
            QVERIFY(!deactivate->isEnabled());
            clickRow(table, anna);
            QVERIFY(deactivate->isEnabled());
            QVERIFY(!reactivate->isEnabled());
            // Anna has a client: the picker asks who takes it over, offering neither her nor Cara.
            test::whenModal<PractitionerPickerDialog>([&](PractitionerPickerDialog *picker) {
                offered = visibleLogins(picker);
                question = find<QLabel>(picker, "pickerQuestionLabel")->text();
                screenshot(picker, QStringLiteral("deactivate-hand-over.png"));
                auto *filter = find<QLineEdit>(picker, "practitionerFilterLineEdit");
                QTest::keyClicks(filter, QStringLiteral("okafor"));
                QTest::keyClick(filter, Qt::Key_Return);
                if (picker->isVisible())
                    picker->reject();
            });
            QTest::mouseClick(deactivate, Qt::LeftButton);
            QCOMPARE(table->item(table->currentRow(), 1)->text(), anna);
            QCOMPARE(table->item(table->currentRow(), 3)->text(), QStringLiteral("No"));
            QVERIFY(!deactivate->isEnabled());
            QVERIFY(reactivate->isEnabled());
            QVERIFY(!find<QLabel>(dialog, "practitionersProblemLabel")->isVisible());
            screenshot(dialog, QStringLiteral("practitioners-deactivated.png"));

            // Cara has no client: a confirmation, which Cancel leaves alone.
            clickRow(table, cara);
            MessageBox::setNextAnswer(MessageBox::Answer::Cancelled);
            QTest::mouseClick(deactivate, Qt::LeftButton);
            QCOMPARE(table->item(table->currentRow(), 3)->text(), QStringLiteral("Yes"));
            MessageBox::setNextAnswer(MessageBox::Answer::Confirmed);
            QTest::mouseClick(deactivate, Qt::LeftButton);
            QVERIFY2(MessageBox::lastText().contains(QStringLiteral("will no longer be able to sign in")),
                     qPrintable(MessageBox::lastText()));
            QCOMPARE(table->item(table->currentRow(), 3)->text(), QStringLiteral("No"));

            // Anna comes back.
            clickRow(table, anna);
            QTest::mouseClick(reactivate, Qt::LeftButton);
            QCOMPARE(table->item(table->currentRow(), 3)->text(), QStringLiteral("Yes"));
        });
        find<QAction>(&window, "practitionersAction")->trigger();
        QVERIFY2(ran, "the practitioners dialog did not open");
        // Sorted by sign-in; the owner's is the server role that created the practice.
        QStringList expected{practitioners.signedIn().value().login, ben};
        expected.sort();
        QCOMPARE(offered, expected);
        QVERIFY2(
            question.startsWith(QStringLiteral("Anna Berg (%1) is responsible for 1 client").arg(anna)) &&
                question.contains(QStringLiteral("Who takes them over?")),
            qPrintable(question));
        QCOMPARE(practitioners.clientAuthors(client).value().responsible.login, ben);
        QCOMPARE(practitioners.byLogin(cara).value().active, false);
        QCOMPARE(practitioners.byLogin(anna).value().active, true);
        // The server refuses Cara's sign-in; Anna's works again.
        QVERIFY(!practice.signInAs(QStringLiteral("cara")));
        QVERIFY(practice.signInAs(QStringLiteral("anna")));
    }

    // An owner deactivates Ben while his window is open: his window says so and closes its sections, rather
    // than answering whatever he does next with the server's "permission denied".
    void aDeactivatedPractitionersOpenWindowSaysSo() {
        BK_REQUIRE_POSTGRES();
        Practice practice;
        QVERIFY(practice.ready());
        QVERIFY(practice.addTeam());
        const std::unique_ptr<Database> ben = practice.signInAs(QStringLiteral("ben"));
        QVERIFY(ben);
        MainWindow window(*ben);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *notice = find<NoticeBar>(&window, "signInNoticeBar");
        auto *pages = find<QStackedWidget>(&window, "pagesStackedWidget");
        auto *sections = find<QListWidget>(&window, "navigationListWidget");
        QVERIFY(!notice->isVisible());

        // Another change to the practitioners leaves him at work.
        QSignalSpy changes(ben->notifier(), &ChangeNotifier::changed);
        const PractitionerService owner(*practice.owner);
        QVERIFY(owner.setRole(practice.login(QStringLiteral("anna")), PracticeRole::Owner).ok());
        QTRY_VERIFY(changes.contains(QVariantList{QStringLiteral("practitioners")}));
        QVERIFY(!notice->isVisible());
        QVERIFY(pages->isEnabled());

        QVERIFY(owner.deactivate(practice.login(QStringLiteral("ben"))).ok());
        QTRY_VERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("deactivated your account")),
                 qPrintable(notice->text()));
        QVERIFY(!pages->isEnabled());
        QVERIFY(!sections->isEnabled());
        // The menus of the sections and the shortcuts that reach them from anywhere are closed too; File
        // (to open another practice) and Help stay.
        QStringList open;
        for (const QAction *menu : window.menuBar()->actions())
            if (menu->isEnabled())
                open.append(menu->text());
        QCOMPARE(open, (QStringList{QStringLiteral("&File"), QStringLiteral("&Help")}));
        QVERIFY(!find<QAction>(&window, "logIncidentAction")->isEnabled());
        screenshot(&window, QStringLiteral("practitioner-deactivated-window.png"));
    }

    void onAFileThereIsNobodyToManage() {
        QTemporaryDir dir;
        const std::unique_ptr<Database> db = test::openDatabase(dir.filePath(QStringLiteral("solo.sqlite")));
        QVERIFY(db);
        QVERIFY(!db->isServer());
        MainWindow window(*db);
        MessageBox::setNextAnswer(MessageBox::Answer::Cancelled);
        find<QAction>(&window, "practitionersAction")->trigger();
        QCOMPARE(MessageBox::lastText(), PractitionerService::needsServer().message);
        QVERIFY(!QApplication::activeModalWidget());
    }
};

QTEST_MAIN(TestPractitionersWindow)
#include "tst_PractitionersWindow.moc"
