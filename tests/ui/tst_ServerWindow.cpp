// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientService.h"
#include "app/clients/ClientTableModel.h"
#include "app/common/Settings.h"
#include "app/storage/Database.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestSupport.h"
#include "ui/clients/ClientDialog.h"
#include "ui/clients/ClientsPage.h"
#include "ui/common/MainWindow.h"
#include "ui/common/NoticeBar.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace bk;

/// The window on a practice kept on a PostgreSQL server: it names the practice and its server, never as a
/// file, and what is entered through its dialogs lands on the server. Also the real program opening one.
class TestServerWindow : public QObject {
    Q_OBJECT

    static QString urlOf(const test::PostgresDatabase &database) {
        return QStringLiteral("postgresql:///") + database.name();
    }

    static std::unique_ptr<Database> openPractice(const QString &url, Database::Options options = {}) {
        Result<std::unique_ptr<Database>> opened = Database::open(url, options);
        if (!opened) {
            QTest::qFail(qPrintable(opened.error().message + QLatin1Char(' ') + opened.error().details),
                         __FILE__, __LINE__);
            return nullptr;
        }
        return std::move(opened).value();
    }

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_home;

    /// Runs boundary-keeper offscreen with a private home, so it never touches the user's settings or data.
    Run runProgram(const QStringList &arguments) const {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(BK_APP_PATH), arguments);
        Run run;
        if (!process.waitForStarted(30000) || !process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            run.err = QStringLiteral("the program did not finish");
            return run;
        }
        run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
        run.err = QString::fromLocal8Bit(process.readAllStandardError());
        if (process.exitStatus() == QProcess::NormalExit)
            run.exitCode = process.exitCode();
        return run;
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void init() { Settings().clear(); }

    void theWindowNamesThePracticeAndItsServer() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        // A password given in the URL is used for the connection, never shown.
        const QString password = test::postgresPassword();
        const std::unique_ptr<Database> db =
            openPractice(urlOf(server) + QStringLiteral("?password=%1&application_name=bk")
                                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(password))));
        QVERIFY(db);

        MainWindow window(*db);
        QSignalSpy painted(&window, &MainWindow::firstPainted);
        window.show();
        QTRY_COMPARE(painted.count(), 1);
        QCOMPARE(window.windowTitle(), QStringLiteral("%1 on this computer's server").arg(server.name()));
        auto *location = window.findChild<QLabel *>(QStringLiteral("practiceLocationLabel"));
        QVERIFY(location);
        QVERIFY(location->isVisible());
        QCOMPARE(location->text(), QStringLiteral("Server: %1?application_name=bk").arg(urlOf(server)));
        // Who is signed in: the role that created the practice, its first owner.
        QSqlQuery role(server.connection());
        QVERIFY(role.exec(QStringLiteral("SELECT current_user")) && role.next());
        auto *signedIn = window.findChild<QLabel *>(QStringLiteral("signedInLabel"));
        QVERIFY(signedIn && signedIn->isVisible());
        QCOMPARE(signedIn->text(), QStringLiteral("Signed in: %1, owner").arg(role.value(0).toString()));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("clientCountLabel"))->text(),
                 QStringLiteral("0 clients"));
        QVERIFY(!window.findChild<NoticeBar *>(QStringLiteral("readOnlyNoticeBar"))->isVisible());
        for (const QLabel *label : window.findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(password), qPrintable(label->text()));

        // About names the server, not this computer, as where the practice is kept.
        QString about;
        QTimer::singleShot(0, qApp, [&about] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                about = box->text();
                box->accept();
            }
        });
        window.findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
        QVERIFY2(about.contains(QStringLiteral("Server: %1?application_name=bk").arg(urlOf(server))),
                 qPrintable(about));
        QVERIFY2(!about.contains(QStringLiteral("this computer")), qPrintable(about));
        QVERIFY(!about.contains(password));

        // For looking at it: BK_SCREENSHOTS=/tmp ctest -R tst_ServerWindow
        if (qEnvironmentVariableIsSet("BK_SCREENSHOTS"))
            QVERIFY(window.grab().save(qEnvironmentVariable("BK_SCREENSHOTS") +
                                       QStringLiteral("/server-window.png")));
    }

    void theTitleNamesTheServersHosts_data() {
        QTest::addColumn<QStringList>("hosts");
        QTest::addColumn<QString>("parameters");
        QTest::addColumn<QString>("shownHosts");
        QTest::newRow("one host") << QStringList{QStringLiteral("localhost")} << QString()
                                  << QStringLiteral("localhost");
        QTest::newRow("several hosts, the first that takes writes")
            << QStringList{QStringLiteral("localhost"), QStringLiteral("127.0.0.1")}
            << QStringLiteral("?target_session_attrs=read-write") << QStringLiteral("localhost, 127.0.0.1");
    }
    void theTitleNamesTheServersHosts() {
        BK_REQUIRE_POSTGRES();
        QFETCH(QStringList, hosts);
        QFETCH(QString, parameters);
        QFETCH(QString, shownHosts);
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        // The test server listens on this computer's TCP port too.
        const QString port = qEnvironmentVariable("PGPORT", QStringLiteral("5432"));
        QStringList hostPorts;
        for (const QString &host : std::as_const(hosts))
            hostPorts.append(host + QLatin1Char(':') + port);
        const QString url = QStringLiteral("postgresql://%1/%2%3")
                                .arg(hostPorts.join(QLatin1Char(',')), server.name(), parameters);
        const std::unique_ptr<Database> db = openPractice(url);
        QVERIFY(db);
        MainWindow window(*db);
        QCOMPARE(window.windowTitle(), QStringLiteral("%1 on %2").arg(server.name(), shownHosts));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("practiceLocationLabel"))->text(),
                 QStringLiteral("Server: ") + url);
    }

    void aReadOnlyServerPracticeIsNotCalledAFile() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        QVERIFY(openPractice(urlOf(server)));
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        const std::unique_ptr<Database> db = openPractice(urlOf(server), options);
        QVERIFY(db);
        MainWindow window(*db);
        window.show();
        auto *notice = window.findChild<NoticeBar *>(QStringLiteral("readOnlyNoticeBar"));
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->text(), QStringLiteral("The practice at %1 is open read-only: you can look at "
                                                "everything, but not change anything.")
                                     .arg(urlOf(server)));
        QVERIFY(!notice->text().contains(QStringLiteral("file")));
        QVERIFY(!window.clientsPage()->newClientAction()->isEnabled());
    }

    void aClientAddedThroughTheDialogLandsOnTheServer() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        const std::unique_ptr<Database> db = openPractice(urlOf(server));
        QVERIFY(db);
        MainWindow window(*db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        bool ran = false;
        QTimer::singleShot(0, qApp, [&ran] {
            auto *dialog = qobject_cast<ClientDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            ran = true;
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("fullNameLineEdit")),
                             QStringLiteral("Zara Quinn"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("emailLineEdit")),
                             QStringLiteral("zara@example.com"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(QStringLiteral("dialogButtonBox"))
                                  ->button(QDialogButtonBox::Save),
                              Qt::LeftButton);
            if (dialog->isVisible())
                dialog->reject();
        });
        window.clientsPage()->newClientAction()->trigger();
        QVERIFY2(ran, "the client dialog did not open");

        QTRY_COMPARE(window.findChild<QLabel *>(QStringLiteral("clientCountLabel"))->text(),
                     QStringLiteral("1 client"));
        QCOMPARE(window.clientsPage()->selectedClient()->fullName, QStringLiteral("Zara Quinn"));
        if (qEnvironmentVariableIsSet("BK_SCREENSHOTS"))
            QVERIFY(window.grab().save(qEnvironmentVariable("BK_SCREENSHOTS") +
                                       QStringLiteral("/server-window-client.png")));
        // Read back through a connection of the test's own, past the application.
        QSqlQuery rows(server.connection());
        QVERIFY(rows.exec(QStringLiteral("SELECT full_name, email, r.login = current_user FROM clients c "
                                         "JOIN practitioners r ON r.id = c.responsible_practitioner_id")));
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toString(), QStringLiteral("Zara Quinn"));
        QCOMPARE(rows.value(1).toString(), QStringLiteral("zara@example.com"));
        // The one who added her is responsible for her.
        QVERIFY(rows.value(2).toBool());
        QVERIFY(!rows.next());
    }

    void theProgramOpensAPracticeOnTheServer() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        const Run run =
            runProgram({QStringLiteral("--db"),
                        urlOf(server) + QStringLiteral("?password=") +
                            QString::fromLatin1(QUrl::toPercentEncoding(test::postgresPassword())),
                        QStringLiteral("--section"), QStringLiteral("dashboard"),
                        QStringLiteral("--quit-after-first-paint")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out, QStringLiteral("first paint\ndashboard shown\n"));
        // It became a practice, on the server and nowhere else.
        QSqlQuery schema(server.connection());
        QVERIFY(schema.exec(QStringLiteral("SELECT count(*) FROM clients")));
        QVERIFY(schema.next());
        QCOMPARE(schema.value(0).toInt(), 0);
    }

    void theProgramOpensTheLastPracticeAgain() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        // As the window remembers it: the URL without a password (libpq's PGPASSWORD supplies it).
        {
            QSettings settings(m_home.filePath(QStringLiteral("config/boundary-keeper/settings.ini")),
                               QSettings::IniFormat);
            settings.setValue(QStringLiteral("Practices/recent"), QStringList{urlOf(server)});
        }
        const Run run = runProgram({QStringLiteral("--section"), QStringLiteral("dashboard"),
                                    QStringLiteral("--quit-after-first-paint")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out, QStringLiteral("first paint\ndashboard shown\n"));
        // It opened the server's practice, and made no file in its place.
        QSqlQuery schema(server.connection());
        QVERIFY(schema.exec(QStringLiteral("SELECT count(*) FROM clients")));
        QVERIFY(
            !QFile::exists(m_home.filePath(QStringLiteral("data/boundary-keeper/boundary-keeper.sqlite"))));
        QFile::remove(m_home.filePath(QStringLiteral("config/boundary-keeper/settings.ini")));
    }

    void theProgramNamesAServerItCannotReachWithoutThePassword() {
        const Run run =
            runProgram({QStringLiteral("--db"), QStringLiteral("postgresql://anna:s3cret@127.0.0.1:1/x"),
                        QStringLiteral("--quit-after-first-paint")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Cannot connect to the practice server "
                                                 "postgresql://anna@127.0.0.1:1/x: it cannot be reached.")),
                 qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("s3cret")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        // Nothing was made in its place: no database file for the URL.
        QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("data/boundary-keeper"))));
    }

    /// Ends the application's session on the server from another connection, as an administrator or a
    /// restarting server would.
    static bool terminateSession(const Database &db, const test::PostgresDatabase &server) {
        QSqlQuery pid(db.connection());
        if (!pid.exec(QStringLiteral("SELECT pg_backend_pid()")) || !pid.next())
            return false;
        QSqlQuery terminate(server.connection());
        return terminate.exec(
            QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid.value(0).toLongLong()));
    }

    void aFormKeepsItsTextWhenTheServerIsLostAndSavesOnceItIsBack() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        const std::unique_ptr<Database> db = openPractice(urlOf(server));
        QVERIFY(db);
        MainWindow window(*db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *banner = window.findChild<NoticeBar *>(QStringLiteral("serverNoticeBar"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());

        bool ran = false;
        QString firstError;
        bool bannerShown = false;
        QString bannerText;
        QTimer::singleShot(0, qApp, [&] {
            auto *dialog = qobject_cast<ClientDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            ran = true;
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fullNameLineEdit"));
            QTest::keyClicks(name, QStringLiteral("Zara Quinn"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("emailLineEdit")),
                             QStringLiteral("zara@example.com"));
            QVERIFY(terminateSession(*db, server));
            QPushButton *save = dialog->findChild<QDialogButtonBox *>(QStringLiteral("dialogButtonBox"))
                                    ->button(QDialogButtonBox::Save);
            QTest::mouseClick(save, Qt::LeftButton);
            // The failure is told, the form stays open with everything typed.
            firstError = dialog->findChild<QLabel *>(QStringLiteral("saveErrorLabel"))->text();
            bannerShown = banner->isVisible();
            bannerText = banner->text();
            if (!dialog->isVisible() || name->text() != QStringLiteral("Zara Quinn"))
                return;
            // The server is back (it only ended the session): saving again reconnects and saves.
            QTest::mouseClick(save, Qt::LeftButton);
            if (dialog->isVisible())
                dialog->reject();
        });
        window.clientsPage()->newClientAction()->trigger();
        QVERIFY2(ran, "the client dialog did not open");
        QVERIFY2(firstError.contains(QStringLiteral("The practice server cannot be reached")),
                 qPrintable(firstError));
        QVERIFY(firstError.startsWith(QStringLiteral("Nothing was saved.")));
        QVERIFY(bannerShown);
        QCOMPARE(bannerText, QStringLiteral("The practice server cannot be reached. What you have typed is "
                                            "kept; save again, or press Retry, once the server is back."));

        // Saved once, on the server; the banner is gone and the register shows the client.
        QTRY_VERIFY(!banner->isVisible());
        QTRY_COMPARE(window.findChild<QLabel *>(QStringLiteral("clientCountLabel"))->text(),
                     QStringLiteral("1 client"));
        QSqlQuery rows(server.connection());
        QVERIFY(rows.exec(QStringLiteral("SELECT full_name FROM clients")));
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toString(), QStringLiteral("Zara Quinn"));
        QVERIFY(!rows.next());
    }

    void retryReconnectsAfterTheServerWasLost() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        const std::unique_ptr<Database> db = openPractice(urlOf(server));
        QVERIFY(db);
        MainWindow window(*db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *banner = window.findChild<NoticeBar *>(QStringLiteral("serverNoticeBar"));

        // The practitioner comes back to the window after the server went away: the check for changes
        // finds it gone.
        QVERIFY(terminateSession(*db, server));
        QEvent activate(QEvent::WindowActivate);
        QApplication::sendEvent(&window, &activate);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->text().startsWith(QStringLiteral("The practice server cannot be reached.")));
        if (qEnvironmentVariableIsSet("BK_SCREENSHOTS"))
            QVERIFY(window.grab().save(qEnvironmentVariable("BK_SCREENSHOTS") +
                                       QStringLiteral("/server-lost.png")));

        // Another desktop adds a client meanwhile; Retry reconnects and the register shows it.
        {
            const std::unique_ptr<Database> other = openPractice(urlOf(server));
            QVERIFY(other);
            QVERIFY(ClientService(*other).add(test::sampleClient(QStringLiteral("Ada Lovelace"))).ok());
        }
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("retryConnectionPushButton")),
                          Qt::LeftButton);
        QVERIFY(!banner->isVisible());
        QVERIFY(!db->isConnectionLost());
        QTRY_COMPARE(window.findChild<QLabel *>(QStringLiteral("clientCountLabel"))->text(),
                     QStringLiteral("1 client"));

        // Writes work again.
        bool ran = false;
        QTimer::singleShot(0, qApp, [&ran] {
            auto *dialog = qobject_cast<ClientDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            ran = true;
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("fullNameLineEdit")),
                             QStringLiteral("Grace Hopper"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("emailLineEdit")),
                             QStringLiteral("grace@example.com"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(QStringLiteral("dialogButtonBox"))
                                  ->button(QDialogButtonBox::Save),
                              Qt::LeftButton);
            if (dialog->isVisible())
                dialog->reject();
        });
        window.clientsPage()->newClientAction()->trigger();
        QVERIFY(ran);
        QTRY_COMPARE(window.findChild<QLabel *>(QStringLiteral("clientCountLabel"))->text(),
                     QStringLiteral("2 clients"));
    }

    void comingBackToTheWindowShowsWhatChangedMeanwhile() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        const std::unique_ptr<Database> db = openPractice(urlOf(server));
        QVERIFY(db);
        MainWindow window(*db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QEvent deactivate(QEvent::WindowDeactivate);
        QApplication::sendEvent(&window, &deactivate);
        // A change that announces nothing (plain SQL, no notification), as if the notification was lost.
        QSqlQuery insert(server.connection());
        QVERIFY2(insert.exec(
                     QStringLiteral("INSERT INTO clients (full_name, name_key, search_key, created_at, "
                                    "updated_at) "
                                    "VALUES ('Ada Lovelace', 'ada lovelace', 'ada lovelace', now(), now())")),
                 qPrintable(insert.lastError().text()));
        QTest::qWait(200);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("clientCountLabel"))->text(),
                 QStringLiteral("0 clients"));
        QEvent activate(QEvent::WindowActivate);
        QApplication::sendEvent(&window, &activate);
        QTRY_COMPARE(window.findChild<QLabel *>(QStringLiteral("clientCountLabel"))->text(),
                     QStringLiteral("1 client"));
    }

    void retryTellsWhenTheServerIsStillAway() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        const std::unique_ptr<Database> db = openPractice(urlOf(server));
        QVERIFY(db);
        MainWindow window(*db);
        window.show();
        auto *banner = window.findChild<NoticeBar *>(QStringLiteral("serverNoticeBar"));
        // The administrator stops accepting connections to the practice's database, then ends the session.
        // (from the server's own database: one cannot refuse connections to the database one is in).
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("retryAdmin"));
        admin.setDatabaseName(QStringLiteral("postgres"));
        QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
        auto allowConnections = [&admin, &server](bool allow) {
            QSqlQuery alter(admin);
            const bool done =
                alter.exec(QStringLiteral("ALTER DATABASE %1 WITH ALLOW_CONNECTIONS %2")
                               .arg(server.name(), allow ? QStringLiteral("true") : QStringLiteral("false")));
            if (!done)
                qWarning("%s", qPrintable(alter.lastError().text()));
            return done;
        };
        QVERIFY(allowConnections(false));
        QVERIFY(terminateSession(*db, server));
        QEvent activate(QEvent::WindowActivate);
        QApplication::sendEvent(&window, &activate);
        QTRY_VERIFY(banner->isVisible());
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("retryConnectionPushButton")),
                          Qt::LeftButton);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().startsWith(QStringLiteral("The practice server still cannot be reached")),
                 qPrintable(banner->text()));
        QVERIFY(db->isConnectionLost());
        QVERIFY(allowConnections(true));
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("retryConnectionPushButton")),
                          Qt::LeftButton);
        QVERIFY(!banner->isVisible());
        admin.close();
        admin = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("retryAdmin"));
    }
};

QTEST_MAIN(TestServerWindow)
#include "tst_ServerWindow.moc"
