// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/audit/AuditEventModel.h"
#include "app/backup/BackupService.h"
#include "app/clients/ClientService.h"
#include "tests/support/ModalDialogs.h"
#include "tests/support/TestSupport.h"
#include "ui/audit/ActivityDialog.h"
#include "ui/audit/VerifyRecordsDialog.h"
#include "ui/common/MainWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/common/NoticeBar.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;

/// Help ▸ Verify records and Help ▸ Activity, used as a person would.
class TestAuditViews : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    QList<qint64> m_clients;

    static void choose(QComboBox *box, const QString &text) {
        const int index = box->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        box->setFocus();
        box->setCurrentIndex(index);
        QCOMPARE(box->currentText(), text);
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("practice.sqlite"));
        m_db = test::openDatabase(m_path);
        QVERIFY(m_db);
        m_clients.clear();
        for (const QString &name :
             {QStringLiteral("Ann Baker"), QStringLiteral("Ben Carter"), QStringLiteral("Cleo Dunn")})
            m_clients.append(ClientService(*m_db).add(test::sampleClient(name)).value());
    }

    void cleanup() { m_db.reset(); }

    void verifyRecordsShowsProgressAndFindsTheTrailIntact() {
        VerifyRecordsDialog dialog(m_path);
        dialog.show();
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("verifyStatusLabel"));
        auto *close = dialog.findChild<QPushButton *>(QStringLiteral("verifyClosePushButton"));
        QTRY_VERIFY_WITH_TIMEOUT(close->isEnabled(), 30000);
        QVERIFY2(status->text().startsWith(QStringLiteral("The records are intact")),
                 qPrintable(status->text()));
        QCOMPARE(dialog.findChild<QProgressBar *>(QStringLiteral("verifyProgressBar"))->value(), 1000);
        QVERIFY(
            dialog.findChild<QPlainTextEdit *>(QStringLiteral("verifyProblemsPlainTextEdit"))->isHidden());
        QTest::mouseClick(close, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void verifyRecordsChecksAgainstTheHeadABackupNotes() {
        const QString backup = m_dir->filePath(QStringLiteral("monday.sqlite"));
        QVERIFY(BackupService(*m_db).backUpTo(backup));
        // A backup of another practice notes a head this trail never had.
        const QString otherPath = m_dir->filePath(QStringLiteral("other.sqlite"));
        const QString foreign = m_dir->filePath(QStringLiteral("other-backup.sqlite"));
        {
            const std::unique_ptr<Database> other = test::openDatabase(otherPath);
            QVERIFY(other);
            QVERIFY(test::addSyntheticClients(*other, 12));
            QVERIFY(BackupService(*other).backUpTo(foreign));
        }
        const QString text = m_dir->filePath(QStringLiteral("notes.txt"));
        QFile notes(text);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not a backup\n");
        notes.close();

        VerifyRecordsDialog dialog(m_path);
        dialog.show();
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("verifyStatusLabel"));
        auto *close = dialog.findChild<QPushButton *>(QStringLiteral("verifyClosePushButton"));
        auto *againstFile = dialog.findChild<QPushButton *>(QStringLiteral("verifyAgainstFilePushButton"));
        auto *problems = dialog.findChild<QPlainTextEdit *>(QStringLiteral("verifyProblemsPlainTextEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(close->isEnabled(), 30000);
        const auto checkAgainst = [&](const QString &file) {
            test::whenModal<QFileDialog>([file](QFileDialog *chooser) { test::chooseFile(chooser, file); });
            QTest::mouseClick(againstFile, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(close->isEnabled(), 30000);
        };

        checkAgainst(backup);
        QVERIFY2(status->text().contains(QStringLiteral("The trail holds the head noted in the backup")),
                 qPrintable(status->text()));
        QVERIFY(problems->isHidden());

        // A file that notes no head is refused with the reason; the check stays as it was.
        MessageBox::setNextAnswer(MessageBox::Answer::Confirmed);
        checkAgainst(text);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("neither a signed document nor a backup")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(status->text().contains(QStringLiteral("The trail holds the head noted in the backup")));

        checkAgainst(foreign);
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->toPlainText().contains(QStringLiteral("other-backup.sqlite")),
                 qPrintable(problems->toPlainText()));
    }

    void verifyRecordsNamesARowChangedBehindTheApplicationsBack() {
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER clients_audit_update")));
        QVERIFY(query.exec(
            QStringLiteral("UPDATE clients SET notes = 'edited', row_version = row_version + 1 WHERE id = %1")
                .arg(m_clients.at(1))));
        VerifyRecordsDialog dialog(m_path);
        dialog.show();
        auto *close = dialog.findChild<QPushButton *>(QStringLiteral("verifyClosePushButton"));
        QTRY_VERIFY_WITH_TIMEOUT(close->isEnabled(), 30000);
        auto *problems = dialog.findChild<QPlainTextEdit *>(QStringLiteral("verifyProblemsPlainTextEdit"));
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->toPlainText().startsWith(
                     QStringLiteral("Record %1 of clients was changed outside Boundary Keeper")
                         .arg(m_clients.at(1))),
                 qPrintable(problems->toPlainText()));
    }

    void activityFiltersEventsAndOpensTheirRecord() {
        MainWindow window(*m_db);
        window.show();
        ActivityDialog dialog(window.practice(), &window);
        dialog.show();
        auto *view = dialog.findChild<QTableView *>(QStringLiteral("activityTableView"));
        QAbstractItemModelTester tester(view->model());
        QVERIFY(view->model()->rowCount() >= 3);
        choose(dialog.findChild<QComboBox *>(QStringLiteral("activityTableComboBox")),
               QStringLiteral("clients"));
        choose(dialog.findChild<QComboBox *>(QStringLiteral("activityWhatComboBox")),
               AuditEventModel::actionLabel(QStringLiteral("insert")));
        QCOMPARE(view->model()->rowCount(), 3);
        // Newest first.
        QCOMPARE(view->model()->index(0, 0).data(AuditEventModel::RecordRole).toString(),
                 QString::number(m_clients.at(2)));
        auto *record = dialog.findChild<QLineEdit *>(QStringLiteral("activityRecordLineEdit"));
        QTest::keyClicks(record, QString::number(m_clients.at(1)));
        QCOMPARE(view->model()->rowCount(), 1);
        choose(dialog.findChild<QComboBox *>(QStringLiteral("activityWhatComboBox")),
               AuditEventModel::actionLabel(QStringLiteral("delete")));
        QCOMPARE(view->model()->rowCount(), 0);
        choose(dialog.findChild<QComboBox *>(QStringLiteral("activityWhatComboBox")),
               AuditEventModel::actionLabel(QStringLiteral("insert")));

        QSignalSpy opened(&dialog, &ActivityDialog::clientRequested);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).toLongLong(), m_clients.at(1));
    }

    void theWindowNamesEventsDeletedSinceThisComputerLastWrote() {
        m_db.reset(); // notes the head
        {
            auto db = test::openDatabase(m_path);
            QVERIFY(db);
            QSqlQuery query(db->connection());
            QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_events_no_delete")));
            QVERIFY(query.exec(
                QStringLiteral("DELETE FROM audit_events WHERE seq = (SELECT max(seq) FROM audit_events)")));
        }
        m_db = test::openDatabase(m_path);
        QVERIFY(m_db);
        MainWindow window(*m_db);
        window.show();
        auto *notice = window.findChild<NoticeBar *>(QStringLiteral("auditNoticeBar"));
        QVERIFY(notice->isVisible());
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("auditVerifyPushButton"))->isVisible());
    }
};

QTEST_MAIN(TestAuditViews)
#include "tst_AuditViews.moc"
