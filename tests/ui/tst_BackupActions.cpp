// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/backup/BackupPassphrase.h"
#include "app/backup/BackupService.h"
#include "app/clients/ClientService.h"
#include "tests/support/MemoryPasswordStore.h"
#include "tests/support/ModalDialogs.h"
#include "tests/support/TestSupport.h"
#include "ui/backup/BackupActions.h"
#include "ui/backup/PassphraseDialog.h"
#include "ui/common/MainWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/common/PreferencesDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace bk;
using test::whenModal;

namespace {

QAction *fileMenuAction(const MainWindow &window, const QString &name) {
    QMenu *file = window.menuBar()->actions().constFirst()->menu();
    const QList<QAction *> actions = file->actions();
    for (QAction *action : actions) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

} // namespace

/// File › Back Up Now… and File › Restore…, used as a person would.
class TestBackupActions : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

    QHash<QString, QString> m_keyring;

    QList<BackupEntry> dailyBackups() const {
        QList<BackupEntry> daily;
        for (const BackupEntry &entry : BackupService::list(BackupService::defaultFolder())) {
            if (entry.kind == BackupEntry::Kind::Daily && entry.source == m_path)
                daily.append(entry);
        }
        return daily;
    }

    qint64 clientCount() const {
        const std::unique_ptr<Database> db = test::openDatabase(m_path);
        return db ? ClientService(*db).count(ClientFilter{{}, {}, true}).value() : -1;
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void cleanup() {
        PasswordStore::setInstance(nullptr);
        m_keyring.clear();
    }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("practice.sqlite"));
        const std::unique_ptr<Database> db = test::openDatabase(m_path);
        QVERIFY(db);
        QVERIFY(test::addSyntheticClients(*db, 20));
    }

    void backUpNowWritesAnEncryptedCheckedBackupOffTheWindowThread() {
        const std::unique_ptr<Database> db = test::openDatabase(m_path);
        QVERIFY(db);
        MainWindow window(*db);
        window.show();
        QAction *backUp = fileMenuAction(window, QStringLiteral("backUpNowAction"));
        QVERIFY(backUp);
        QSignalSpy finished(window.backupActions(), &BackupActions::backupFinished);

        const QString chosen = m_dir->filePath(QStringLiteral("monday.sqlite"));
        test::whenModal<QFileDialog>([chosen](QFileDialog *dialog) { test::chooseFile(dialog, chosen); });
        test::whenModal<PassphraseDialog>([](PassphraseDialog *dialog) {
            auto *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("passphraseDialogButtonBox"))
                           ->button(QDialogButtonBox::Ok);
            QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("encryptCheckBox")),
                              Qt::LeftButton);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passphraseLineEdit")),
                             QStringLiteral("sea shell"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmPassphraseLineEdit")),
                             QStringLiteral("sea shel"));
            QVERIFY(!ok->isEnabled()); // the two differ
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmPassphraseLineEdit")),
                             QStringLiteral("l"));
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        backUp->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));

        // An encrypted backup gets the ending that says so.
        const QString written = chosen + QStringLiteral(".bkenc");
        QVERIFY(QFile::exists(written));
        QVERIFY(BackupService::isEncrypted(written));
        QCOMPARE(test::fileMode(written), 0600);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("monday.sqlite.bkenc")));
        const Result<BackupService::Inspection> inspected =
            BackupService::inspect(written, QByteArrayLiteral("sea shell"));
        QVERIFY2(inspected, inspected ? "" : qPrintable(inspected.error().message));
        qint64 clients = -1;
        for (const DatabaseSnapshot::TableCount &table : inspected.value().tables) {
            if (table.table == QLatin1String("clients"))
                clients = table.rows;
        }
        QCOMPARE(clients, 20);
    }

    void restoreShowsWhatTheBackupHoldsAndClosesTheWindowToSwap() {
        QString backup = m_dir->filePath(QStringLiteral("friday.sqlite"));
        {
            const std::unique_ptr<Database> db = test::openDatabase(m_path);
            QVERIFY(db);
            QVERIFY(BackupService(*db).backUpTo(backup));
            QVERIFY(ClientService(*db).add(test::sampleClient(QStringLiteral("After Friday"))));
        }
        std::optional<BackupActions::RestoreRequest> request;
        {
            const std::unique_ptr<Database> db = test::openDatabase(m_path);
            QVERIFY(db);
            MainWindow window(*db);
            window.show();
            QAction *restore = fileMenuAction(window, QStringLiteral("restoreAction"));
            QVERIFY(restore);

            // Cancelled at the question: nothing happens.
            test::whenModal<QFileDialog>([backup](QFileDialog *dialog) { test::chooseFile(dialog, backup); });
            MessageBox::setNextAnswer(MessageBox::Answer::Cancelled);
            restore->trigger();
            QTRY_VERIFY(MessageBox::lastText().contains(QStringLiteral("friday.sqlite")));
            QVERIFY2(MessageBox::lastText().contains(QStringLiteral("clients: 20")),
                     qPrintable(MessageBox::lastText()));
            QVERIFY(!window.backupActions()->pendingRestore());
            QVERIFY(window.isVisible());

            test::whenModal<QFileDialog>([backup](QFileDialog *dialog) { test::chooseFile(dialog, backup); });
            MessageBox::setNextAnswer(MessageBox::Answer::Confirmed);
            restore->trigger();
            QTRY_VERIFY(!window.isVisible());
            QVERIFY(window.backupActions()->pendingRestore());
            request = window.backupActions()->pendingRestore();
        }
        QCOMPARE(request->file, backup);
        QCOMPARE(clientCount(), 21); // nothing is replaced while the window is open

        // What the program does once the window and the database are closed.
        const Result<QString> kept = BackupService::restore(m_path, request->file, request->passphrase);
        QVERIFY2(kept, kept ? "" : qPrintable(kept.error().message));
        QCOMPARE(clientCount(), 20);
    }

    void aWrongPassphraseIsRefusedAndTheWindowStays() {
        const QString backup = m_dir->filePath(QStringLiteral("sealed.sqlite.bkenc"));
        const std::unique_ptr<Database> db = test::openDatabase(m_path);
        QVERIFY(db);
        QVERIFY(BackupService(*db).backUpTo(backup, QByteArrayLiteral("right")));
        MainWindow window(*db);
        window.show();
        test::whenModal<QFileDialog>([backup](QFileDialog *dialog) { test::chooseFile(dialog, backup); });
        test::whenModal<PassphraseDialog>([](PassphraseDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passphraseLineEdit")),
                             QStringLiteral("wrong"));
            QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("passphraseLineEdit")),
                            Qt::Key_Return);
        });
        MessageBox::setNextAnswer(MessageBox::Answer::Confirmed);
        fileMenuAction(window, QStringLiteral("restoreAction"))->trigger();
        QTRY_VERIFY(MessageBox::lastText().contains(QStringLiteral("passphrase does not open")));
        QVERIFY(!window.backupActions()->pendingRestore());
        QVERIFY(window.isVisible());
    }

    void closingTheWindowTakesTheDailyBackupOnce() {
        const std::unique_ptr<Database> db = test::openDatabase(m_path);
        QVERIFY(db);
        QCOMPARE(dailyBackups().size(), 0);
        for (int i = 0; i < 2; ++i) {
            MainWindow window(*db);
            window.show();
            QVERIFY(window.close());
        }
        QCOMPARE(dailyBackups().size(), 1);
        QVERIFY(!dailyBackups().constFirst().encrypted);
    }

    void dailyBackupsAreEncryptedWithThePassphraseKeptInTheKeyring() {
        PasswordStore::setInstance(std::make_unique<test::MemoryPasswordStore>(&m_keyring));
        const std::unique_ptr<Database> db = test::openDatabase(m_path);
        QVERIFY(db);
        {
            MainWindow window(*db);
            window.show();
            // File ▸ Preferences…: the box is ticked, the passphrase typed twice, and the preferences kept.
            test::whenModal<PreferencesDialog>([](PreferencesDialog *preferences) {
                test::whenModal<PassphraseDialog>([](PassphraseDialog *ask) {
                    QTest::keyClicks(ask->findChild<QLineEdit *>(QStringLiteral("passphraseLineEdit")),
                                     QStringLiteral("kept secret"));
                    auto *again = ask->findChild<QLineEdit *>(QStringLiteral("confirmPassphraseLineEdit"));
                    QTest::keyClicks(again, QStringLiteral("kept secret"));
                    QTest::keyClick(again, Qt::Key_Return);
                });
                auto *encrypt =
                    preferences->findChild<QCheckBox *>(QStringLiteral("encryptDailyBackupsCheckBox"));
                QVERIFY(encrypt);
                QVERIFY(!encrypt->isChecked());
                encrypt->click();
                QVERIFY(encrypt->isChecked());
                preferences->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            });
            fileMenuAction(window, QStringLiteral("preferencesAction"))->trigger();
            QVERIFY(BackupPassphrase::encryptsDailyBackups(m_path));
            QVERIFY(m_keyring.values().contains(QStringLiteral("kept secret")));
            QVERIFY(window.close());
        }
        const QList<BackupEntry> daily = dailyBackups();
        QCOMPARE(daily.size(), 1);
        QVERIFY(daily.constFirst().encrypted);
        QVERIFY(!BackupService::inspect(daily.constFirst().path));
        QVERIFY(BackupService::inspect(daily.constFirst().path, QByteArrayLiteral("kept secret")));

        // Restoring it takes the kept passphrase without asking.
        MainWindow window(*db);
        window.show();
        bool asked = false;
        test::whenModal<QFileDialog>(
            [&daily](QFileDialog *dialog) { test::chooseFile(dialog, daily.constFirst().path); });
        test::whenModal<PassphraseDialog>(
            [&asked](PassphraseDialog *dialog) {
                asked = true;
                dialog->reject();
            },
            200);
        MessageBox::setNextAnswer(MessageBox::Answer::Cancelled);
        fileMenuAction(window, QStringLiteral("restoreAction"))->trigger();
        QTRY_VERIFY(MessageBox::lastText().contains(QStringLiteral("clients: 20")));
        QVERIFY(!asked);
    }

    void aKeyringThatCannotGiveThePassphraseStopsTheDailyBackup() {
        PasswordStore::setInstance(std::make_unique<test::MemoryPasswordStore>(&m_keyring));
        QVERIFY(BackupPassphrase::keep(m_path, QByteArrayLiteral("kept secret")));
        PasswordStore::setInstance(std::make_unique<test::MemoryPasswordStore>(&m_keyring, true));
        const std::unique_ptr<Database> db = test::openDatabase(m_path);
        QVERIFY(db);
        {
            MainWindow window(*db);
            window.show();
            MessageBox::setNextAnswer(MessageBox::Answer::Confirmed); // the warning's OK
            QVERIFY(window.close());
        }
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("keyring")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(dailyBackups().isEmpty()); // never an unencrypted one in its place

        // Unticking the box in the preferences writes them unencrypted again.
        PasswordStore::setInstance(std::make_unique<test::MemoryPasswordStore>(&m_keyring));
        {
            MainWindow window(*db);
            window.show();
            test::whenModal<PreferencesDialog>([](PreferencesDialog *preferences) {
                auto *encrypt =
                    preferences->findChild<QCheckBox *>(QStringLiteral("encryptDailyBackupsCheckBox"));
                QVERIFY(encrypt->isChecked());
                encrypt->click();
                preferences->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            });
            fileMenuAction(window, QStringLiteral("preferencesAction"))->trigger();
            QVERIFY(!BackupPassphrase::encryptsDailyBackups(m_path));
            QVERIFY(m_keyring.isEmpty());
            QVERIFY(window.close());
        }
        QCOMPARE(dailyBackups().size(), 1);
        QVERIFY(!dailyBackups().constFirst().encrypted);
    }
};

QTEST_MAIN(TestBackupActions)
#include "tst_BackupActions.moc"
