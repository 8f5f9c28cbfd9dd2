// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientService.h"
#include "app/demo/DemoPractice.h"
#include "app/storage/Database.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestSupport.h"
#include "ui/common/MainWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/common/MovePracticeDialog.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace bk;

/// File › Move practice to a server… against the test server: the practice arrives checked, the user is
/// offered to open it there, Cancel leaves the server empty, and a wrong address is explained.
class TestMovePracticeDialog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString urlOf(const test::PostgresDatabase &database) {
        return QStringLiteral("postgresql:///") + database.name();
    }

    static qint64 rowsOn(const test::PostgresDatabase &server, const QString &table) {
        QSqlQuery query(server.connection());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    static QByteArray fileDigest(const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly)
                   ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                   : QByteArray();
    }

    // A demo practice with a few thousand more clients, so that the copy takes several batches.
    QString demoFile(const QString &name) {
        const QString path = m_dir.filePath(name);
        Result<std::unique_ptr<Database>> demo = DemoPractice::open(path);
        if (demo.ok()) {
            test::addSyntheticClients(*demo.value(), 3000);
            // Statistics for every table now: otherwise closing the window's connection records those of a
            // table it was the first to read (PRAGMA optimize: the demo's period of reduced availability),
            // which changes the file's bytes without changing a record.
            QSqlQuery analyze(demo.value()->connection());
            if (!analyze.exec(QStringLiteral("ANALYZE")))
                QTest::qFail(qPrintable(analyze.lastError().text()), __FILE__, __LINE__);
        }
        return path;
    }

    static void fillIn(MovePracticeDialog &dialog, const QString &url) {
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("serverUrlLineEdit")), url);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("serverPasswordLineEdit")),
                         test::postgresPassword());
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void thePracticeMovesAndOpensOnTheServer() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        const QString path = demoFile(QStringLiteral("moved.sqlite"));
        {
            // The window saves its client list's search index in the file once it has read it: let it,
            // so that what the file holds before the move is what the move must leave alone.
            Result<std::unique_ptr<Database>> db = Database::open(path);
            QVERIFY(db.ok());
            MainWindow window(*db.value());
            window.show();
            QSqlQuery saved(db.value()->connection());
            QTRY_VERIFY_WITH_TIMEOUT(
                saved.exec(QStringLiteral("SELECT 1 FROM client_search_snapshots")) && saved.next(), 30000);
        }
        const QByteArray before = fileDigest(path);
        qint64 clients = 0;
        {
            Result<std::unique_ptr<Database>> db = Database::open(path);
            QVERIFY(db.ok());
            MainWindow window(*db.value());
            window.show();
            QSignalSpy switched(&window, &MainWindow::practiceChosen);
            clients = ClientService(*db.value()).count(ClientFilter{{}, {}, true}).value();
            bool filledIn = false;
            int progressShown = 0;
            QTimer::singleShot(0, qApp, [&] {
                auto *dialog = qobject_cast<MovePracticeDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                filledIn = true;
                fillIn(*dialog, urlOf(server));
                auto *bar = dialog->findChild<QProgressBar *>(QStringLiteral("moveProgressBar"));
                connect(bar, &QProgressBar::valueChanged, dialog, [&progressShown] { ++progressShown; });
                // Asked whether to open the practice on the server: yes.
                MessageBox::setNextAnswer(MessageBox::Answer::Confirmed);
                QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("movePushButton")),
                                  Qt::LeftButton);
            });
            QAction *move = window.findChild<QAction *>(QStringLiteral("movePracticeAction"));
            QVERIFY(move && move->isEnabled());
            move->trigger();
            QVERIFY(filledIn);
            QTRY_COMPARE_WITH_TIMEOUT(switched.count(), 1, 120000);
            QVERIFY(progressShown > 0);
            // The counts checked are reported.
            QVERIFY2(MessageBox::lastText().contains(QStringLiteral("SHA-256")),
                     qPrintable(MessageBox::lastText()));
            QVERIFY2(MessageBox::lastText().contains(QStringLiteral("records in")),
                     qPrintable(MessageBox::lastText()));

            // The window is handed the server practice, which opens with the same clients.
            const QString location = switched.at(0).at(0).toString();
            QVERIFY(location.startsWith(urlOf(server)));
            Result<std::unique_ptr<Database>> there = Database::open(location);
            QVERIFY2(there.ok(), there.ok() ? "" : qPrintable(there.error().message));
            QVERIFY(there.value()->isServer());
            QCOMPARE(ClientService(*there.value()).count(ClientFilter{{}, {}, true}).value(), clients);
        }
        QVERIFY(clients > 3000);
        QCOMPARE(rowsOn(server, QStringLiteral("clients")), clients);
        QCOMPARE(fileDigest(path), before);
    }

    void cancellingLeavesTheServerEmpty() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        MovePracticeDialog dialog(demoFile(QStringLiteral("cancelled.sqlite")));
        dialog.show();
        fillIn(dialog, urlOf(server));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("movePushButton")), Qt::LeftButton);
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("serverUrlLineEdit"))->isEnabled());
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>(QStringLiteral("moveDialogButtonBox"))
                              ->button(QDialogButtonBox::Cancel),
                          Qt::LeftButton);
        // The copy stops and says so; the dialog stays for another try.
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("moveStatusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("cancelled")), 60000);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("serverUrlLineEdit"))->isEnabled());
        QCOMPARE(rowsOn(server, QStringLiteral("clients")), 0);
        QCOMPARE(rowsOn(server, QStringLiteral("incidents")), 0);
    }

    void aWrongAddressIsExplained() {
        MovePracticeDialog dialog(demoFile(QStringLiteral("wrong.sqlite")));
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("serverUrlLineEdit")),
                         QStringLiteral("db.example.org/practice"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("movePushButton")), Qt::LeftButton);
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("moveStatusLabel"));
        QVERIFY2(status->text().contains(QStringLiteral("postgresql://")), qPrintable(status->text()));
        // Nothing started: the address can be corrected at once.
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("serverUrlLineEdit"))->isEnabled());
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("serverUrlLineEdit"))->text(),
                 QStringLiteral("db.example.org/practice"));
    }

    void aServerPracticeHasNothingToMove() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        Result<std::unique_ptr<Database>> db =
            Database::open(urlOf(server) + QStringLiteral("?password=") +
                           QString::fromLatin1(QUrl::toPercentEncoding(test::postgresPassword())));
        QVERIFY(db.ok());
        MainWindow window(*db.value());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("movePracticeAction"))->isEnabled());
    }
};

QTEST_MAIN(TestMovePracticeDialog)
#include "tst_MovePracticeDialog.moc"
