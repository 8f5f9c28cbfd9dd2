// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
//
// File › Connect to practice server… against the real test server: the fields and a pasted URL, the words
// for a wrong password and an unreachable host, the keyring (an in-memory one; the real one only for its
// absence), the window switching to the server and the remembered connection holding no password, and the
// choice offered at start when the remembered server cannot be reached.
#include "app/common/AppPaths.h"
#include "app/common/OpenedPractice.h"
#include "app/common/PasswordStore.h"
#include "app/common/Settings.h"
#include "tests/support/MemoryPasswordStore.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestSupport.h"
#include "ui/common/ConnectDialog.h"
#include "ui/common/MainWindow.h"
#include "ui/common/PracticeSwitcher.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace bk;

namespace {

QString port() {
    return qEnvironmentVariable("PGPORT", QStringLiteral("5432"));
}

} // namespace

class TestConnectDialog : public QObject {
    Q_OBJECT

    QHash<QString, QString> m_keyring;

    /// Fills the dialog's fields as a person would: the test server on 127.0.0.1 (over TCP, where it asks
    /// for a password).
    static void typeServer(ConnectDialog &dialog, const QString &database, const QString &user,
                           const QString &password) {
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("hostLineEdit")),
                         QStringLiteral("127.0.0.1"));
        auto *portBox = dialog.findChild<QSpinBox *>(QStringLiteral("portSpinBox"));
        portBox->selectAll();
        QTest::keyClicks(portBox, port());
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("databaseLineEdit")), database);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("userLineEdit")), user);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passwordLineEdit")), password);
    }

    static void clickConnect(ConnectDialog &dialog) {
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("connectPushButton")),
                          Qt::LeftButton);
    }

    static QString statusOf(const ConnectDialog &dialog) {
        return dialog.findChild<QLabel *>(QStringLiteral("connectStatusLabel"))->text();
    }

    static QString user() { return qEnvironmentVariable("PGUSER", QStringLiteral("postgres")); }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        Settings().clear();
        m_keyring.clear();
        PasswordStore::setInstance(std::make_unique<test::MemoryPasswordStore>(&m_keyring));
    }

    void cleanupTestCase() { PasswordStore::setInstance(nullptr); }

    void withoutAKeyringTheDialogSaysSoAndAsks() {
        // The real system keyring, which the test environment cannot reach (nor any keyring of the user's).
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        PasswordStore::setInstance(nullptr);
        ConnectDialog dialog;
        dialog.show();
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("keyringNoteLabel"));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("The password is asked for each time")),
                 qPrintable(note->text()));
        QVERIFY2(note->text().startsWith(QStringLiteral("No system keyring is available")) ||
                     note->text().startsWith(QStringLiteral("The system keyring refused")),
                 qPrintable(note->text()));
        auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("rememberPasswordCheckBox"));
        QVERIFY(!remember->isEnabled());
        QVERIFY(!remember->isChecked());
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"))->isEnabled());
    }

    void connectingSwitchesTheWindowAndRemembersNoPassword() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        QTemporaryDir folder;
        Result<std::unique_ptr<OpenedPractice>> file =
            OpenedPractice::open(folder.filePath(QStringLiteral("practice.sqlite")), {});
        QVERIFY(file.ok());
        PracticeSwitcher switcher;
        switcher.show(std::move(file).value());
        QCOMPARE(switcher.window()->windowTitle(), QStringLiteral("practice.sqlite"));

        // An empty practice, new on the server and again the file, starts with the set-up; skipped here.
        int setups = 0;
        QTimer skipSetup;
        connect(&skipSetup, &QTimer::timeout, this, [&setups] {
            QWidget *modal = QApplication::activeModalWidget();
            if (modal && modal->objectName() == QLatin1String("setupWizard")) {
                ++setups;
                QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("skipSetupPushButton")),
                                  Qt::LeftButton);
            }
        });
        skipSetup.start(20);

        const QString password = test::postgresPassword();
        bool ran = false;
        QTimer::singleShot(0, qApp, [&] {
            auto *dialog = qobject_cast<ConnectDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            ran = true;
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("keyringNoteLabel"))->isHidden());
            typeServer(*dialog, server.name(), user(), password);
            auto *remember = dialog->findChild<QCheckBox *>(QStringLiteral("rememberPasswordCheckBox"));
            if (!remember->isChecked())
                QTest::mouseClick(remember, Qt::LeftButton);
            clickConnect(*dialog);
        });
        switcher.window()->findChild<QAction *>(QStringLiteral("connectToServerAction"))->trigger();
        QVERIFY2(ran, "the Connect dialog did not open");

        const QString url =
            QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user(), port(), server.name());
        QTRY_COMPARE(switcher.window()->windowTitle(), QStringLiteral("%1 on 127.0.0.1").arg(server.name()));
        QCOMPARE(setups, 1);
        QCOMPARE(switcher.window()->findChild<QLabel *>(QStringLiteral("practiceLocationLabel"))->text(),
                 QStringLiteral("Server: ") + url);
        // The password went to the keyring, and nowhere else.
        QCOMPARE(m_keyring.value(url), password);
        QCOMPARE(Settings().recentPractices().value(0), url);
        QFile settings(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                       QStringLiteral("/settings.ini"));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray stored = settings.readAll();
        QVERIFY2(stored.contains(url.toUtf8()), stored.constData());
        QVERIFY2(!stored.contains(password.toUtf8()), stored.constData());
        // The file it came from is one step away, in the recent practices.
        QVERIFY(Settings().recentPractices().value(1).endsWith(QStringLiteral("practice.sqlite")));

        // Back to the file, through the recent practices.
        QMenu *recent = switcher.window()->findChild<QMenu *>(QStringLiteral("recentPracticesMenu"));
        QVERIFY(recent);
        Q_EMIT recent->aboutToShow();
        const QList<QAction *> items = recent->actions();
        QCOMPARE(items.size(), 1);
        items.first()->trigger();
        QTRY_COMPARE(switcher.window()->windowTitle(), QStringLiteral("practice.sqlite"));
    }

    void aWrongPasswordIsSaidSo() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        const QString role = server.name() + QStringLiteral("_anna");
        QVERIFY(QSqlQuery(server.connection())
                    .exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'right horse'").arg(role)));
        ConnectDialog dialog;
        dialog.show();
        typeServer(dialog, server.name(), role, QStringLiteral("wrong horse"));
        clickConnect(dialog);
        QTRY_VERIFY(!statusOf(dialog).startsWith(QStringLiteral("Connecting")));
        QSqlQuery(server.connection()).exec(QStringLiteral("DROP ROLE %1").arg(role));
        QVERIFY2(statusOf(dialog).contains(QStringLiteral("it did not accept the user name or password")),
                 qPrintable(statusOf(dialog)));
        QVERIFY(!statusOf(dialog).contains(QStringLiteral("horse")));
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);
        // What was typed is all still there, to correct.
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("userLineEdit"))->text(), role);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"))->text(),
                 QStringLiteral("wrong horse"));
        QVERIFY(m_keyring.isEmpty());
    }

    void anUnreachableHostIsSaidSo() {
        ConnectDialog dialog;
        dialog.show();
        // Nothing listens on port 1 of the loopback.
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("urlLineEdit")),
                         QStringLiteral("postgresql://anna:s3cret@127.0.0.1:1/practice"));
        clickConnect(dialog);
        QTRY_VERIFY(!statusOf(dialog).startsWith(QStringLiteral("Connecting")));
        QVERIFY2(statusOf(dialog).startsWith(QStringLiteral(
                     "Cannot connect to the practice server postgresql://anna@127.0.0.1:1/practice: "
                     "it cannot be reached.")),
                 qPrintable(statusOf(dialog)));
        QVERIFY(!statusOf(dialog).contains(QStringLiteral("s3cret")));
        QVERIFY(dialog.isVisible());
    }

    void aUrlWithTwoHostsConnectsToTheOneThatIsUp() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        const QString url =
            QStringLiteral("postgresql://%1@127.0.0.1:1,127.0.0.1:%2/%3?target_session_attrs=read-write")
                .arg(user(), port(), server.name());
        ConnectDialog dialog;
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("urlLineEdit")), url);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passwordLineEdit")),
                         test::postgresPassword());
        clickConnect(dialog);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.location(), url);
        QCOMPARE(dialog.password(), test::postgresPassword());
    }

    void anUnreachableServerAtStartOffersAChoice() {
        QTemporaryDir home;
        QString shown;
        QTimer::singleShot(0, qApp, [&shown] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("serverChoiceMessageBox"))
                return;
            shown = box->text();
            QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("localFilePushButton")),
                              Qt::LeftButton);
        });
        const std::unique_ptr<OpenedPractice> opened = PracticeSwitcher::openAsking(
            nullptr, QStringLiteral("postgresql://anna@127.0.0.1:1/practice"), {}, true);
        QVERIFY2(shown.contains(QStringLiteral("it cannot be reached")), qPrintable(shown));
        QVERIFY(opened);
        QCOMPARE(opened->practice().path(), AppPaths::defaultDatabasePath());
        QVERIFY(!opened->practice().isServer());
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_ConnectDialog.moc"
