// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/backup/BackupActions.h"

#include "app/backup/BackupPassphrase.h"
#include "app/backup/BackupService.h"
#include "app/backup/BackupWorker.h"
#include "app/common/Clock.h"
#include "ui/backup/PassphraseDialog.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QWidget>

namespace bk {

namespace {

QString shown(const QString &path) {
    return QDir::toNativeSeparators(path);
}

} // namespace

BackupActions::BackupActions(OpenPractice database, bool demo, QWidget *window)
    : QObject(window)
    , m_db(database)
    , m_demo(demo)
    , m_window(window) {
    m_backUpAction = new QAction(tr("&Back up now…"), this);
    m_backUpAction->setObjectName(QStringLiteral("backUpNowAction"));
    m_backUpAction->setToolTip(tr("Write a checked copy of the whole practice to a file you choose."));
    connect(m_backUpAction, &QAction::triggered, this, &BackupActions::backUpNow);
    m_restoreAction = new QAction(tr("&Restore…"), this);
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    m_restoreAction->setToolTip(tr("Replace the practice with a backup; the practice as it is now is kept "
                                   "as a backup first."));
    // A read-only practice cannot be replaced from here.
    m_restoreAction->setEnabled(!database.isReadOnly());
    connect(m_restoreAction, &QAction::triggered, this, &BackupActions::chooseRestore);

    m_worker = new BackupWorker(this);
    connect(m_worker, &BackupWorker::progress, this, &BackupActions::showProgress);
    connect(m_worker, &BackupWorker::finished, this, &BackupActions::finishBackup);
}

BackupActions::~BackupActions() = default;

void BackupActions::backUpNow() {
    if (m_worker->isRunning())
        return;
    const QString base =
        m_db.isServer() ? QStringLiteral("practice") : QFileInfo(m_db.path()).completeBaseName();
    const QString extension = m_db.isServer() ? QStringLiteral("pgdump") : QStringLiteral("sqlite");
    const QString suggested =
        QStringLiteral("%1-%2.%3").arg(base, Clock::todayLocal().toString(Qt::ISODate), extension);
    QString file = FileDialogs::saveFile(m_window, QStringLiteral("backupFileDialog"),
                                         tr("Back up the practice"), suggested,
                                         {m_db.isServer() ? tr("Server backups (*.pgdump *.pgdump.bkenc)")
                                                          : tr("Backups (*.sqlite *.sqlite.bkenc)"),
                                          tr("All files (*)")},
                                         extension);
    if (file.isEmpty())
        return;
    PassphraseDialog ask(PassphraseDialog::Purpose::NewBackup, m_window);
    if (ask.exec() != QDialog::Accepted)
        return;
    const QByteArray passphrase = ask.passphrase();
    if (!passphrase.isEmpty() && !file.endsWith(QStringLiteral(".bkenc")))
        file += QStringLiteral(".bkenc");

    m_progress = new QProgressDialog(tr("Backing up to %1…").arg(shown(file)), tr("Cancel"), 0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("backupProgressDialog"));
    m_progress->setWindowTitle(tr("Back up"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setMinimumDuration(0);
    connect(m_progress, &QProgressDialog::canceled, m_worker, &BackupWorker::cancel);
    m_progress->show();
    m_backUpAction->setEnabled(false);
    m_worker->start(m_db.path(), file, passphrase);
}

void BackupActions::showProgress(qint64 done, qint64 total) {
    if (!m_progress)
        return;
    // Pages can outnumber an int: the bar shows tenths of a percent.
    m_progress->setMaximum(total > 0 ? 1000 : 0);
    if (total > 0)
        m_progress->setValue(int(done * 1000 / total));
}

void BackupActions::finishBackup(bool succeeded, const QString &pathOrMessage) {
    const bool cancelled = m_progress && m_progress->wasCanceled();
    if (m_progress)
        m_progress->close();
    m_backUpAction->setEnabled(true);
    if (cancelled && !succeeded) {
        Q_EMIT backupFinished(false, tr("The backup was cancelled; nothing was written."));
        return;
    }
    if (succeeded) {
        const QString message = tr("Backed up to %1; the copy was checked.").arg(shown(pathOrMessage));
        Q_EMIT backupFinished(true, message);
        return;
    }
    MessageBox::inform(m_window, tr("Back up"), pathOrMessage, MessageBox::Kind::Critical);
    Q_EMIT backupFinished(false, pathOrMessage);
}

void BackupActions::backUpOnClose() {
    if (m_demo || m_pendingRestore || m_db.isServer())
        return;
    const BackupService service(m_db);
    if (!service.isDue())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<std::optional<BackupEntry>> written = service.backUpIfDue();
    QApplication::restoreOverrideCursor();
    if (!written)
        MessageBox::inform(m_window, tr("Daily backup"),
                           tr("Today's backup could not be written: %1").arg(written.error().message),
                           MessageBox::Kind::Warning, {}, written.error().details);
}

void BackupActions::chooseRestore() {
    const QString file = FileDialogs::openFile(
        m_window, QStringLiteral("restoreFileDialog"), tr("Restore from a backup"),
        {tr("Backups (*.sqlite *.sqlite.bkenc *.pgdump *.pgdump.bkenc)"), tr("All files (*)")});
    if (file.isEmpty())
        return;
    const auto inspect = [&file](const QByteArray &passphrase) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        Result<BackupService::Inspection> inspected = BackupService::inspect(file, passphrase);
        QApplication::restoreOverrideCursor();
        return inspected;
    };
    const bool encrypted = BackupService::isEncrypted(file);
    // An encrypted daily backup of this practice opens with the passphrase kept for them; any other, or
    // one encrypted with another passphrase, asks for it.
    QByteArray passphrase;
    if (encrypted) {
        if (const Result<QByteArray> kept = BackupPassphrase::forDailyBackups(m_db.path()); kept)
            passphrase = kept.value();
    }
    std::optional<Result<BackupService::Inspection>> inspected;
    if (!encrypted || !passphrase.isEmpty())
        inspected = inspect(passphrase);
    if (encrypted && !(inspected && *inspected)) {
        PassphraseDialog ask(PassphraseDialog::Purpose::OpenBackup, m_window);
        if (ask.exec() != QDialog::Accepted)
            return;
        passphrase = ask.passphrase();
        inspected = inspect(passphrase);
    }
    if (!*inspected) {
        MessageBox::inform(m_window, tr("Restore"), inspected->error().message, MessageBox::Kind::Critical,
                           {}, inspected->error().details);
        return;
    }
    const BackupService::Inspection &backup = inspected->value();
    if (backup.server != m_db.isServer()) {
        MessageBox::inform(m_window, tr("Restore"),
                           backup.server
                               ? tr("%1 is a backup of a practice on a server; this practice is kept "
                                    "in a file.")
                                     .arg(shown(file))
                               : tr("%1 is a backup of a practice kept in a file; this practice is "
                                    "on a server.")
                                     .arg(shown(file)),
                           MessageBox::Kind::Critical);
        return;
    }
    QStringList counts;
    for (const DatabaseSnapshot::TableCount &table : backup.tables) {
        if (table.rows > 0)
            counts.append(tr("%1: %2").arg(table.table, QLocale().toString(table.rows)));
    }
    const QString text =
        tr("%1 was made %2 (database schema %3) and holds %4.\n\nRestoring replaces the practice with it. "
           "The "
           "practice as it is now is kept as a backup first. Boundary Keeper closes the window, restores and "
           "opens the practice again.")
            .arg(shown(file), QLocale().toString(Clock::toLocal(backup.created), QLocale::LongFormat))
            .arg(backup.schemaVersion)
            .arg(counts.isEmpty() ? tr("no records") : counts.join(QStringLiteral(", ")));
    if (MessageBox::confirm(m_window, tr("Restore from a backup"), text, tr("Restore"),
                            MessageBox::Kind::Warning, true) != MessageBox::Answer::Confirmed)
        return;
    m_pendingRestore = RestoreRequest{file, passphrase};
    Q_EMIT restoreConfirmed();
}

} // namespace bk
