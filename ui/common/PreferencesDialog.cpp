// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/common/PreferencesDialog.h"

#include "app/backup/BackupPassphrase.h"
#include "app/backup/BackupService.h"
#include "app/common/Settings.h"
#include "app/common/Translations.h"
#include "app/policy/PracticeService.h"
#include "ui/backup/PassphraseDialog.h"
#include "ui/common/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace bk {

PreferencesDialog::PreferencesDialog(OpenPractice database, QWidget *parent)
    : QDialog(parent)
    , m_db(database) {
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));

    m_startLanguage = Settings().interfaceLanguage();
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("interfaceLanguageComboBox"));
    // The system's language is named in itself, like the others, for someone who reads only that one.
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    m_language->addItem(Translations::languages().contains(system)
                            ? tr("System language (%1)").arg(Translations::nativeName(system))
                            : tr("System language"),
                        QString());
    for (const QString &language : Translations::languages())
        m_language->addItem(Translations::nativeName(language), language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_startLanguage)));
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateRestartNote);
    m_restartNote = new QLabel(tr("Boundary Keeper speaks the new language from its next start."), this);
    m_restartNote->setObjectName(QStringLiteral("restartNoteLabel"));
    m_restartNote->setWordWrap(true);
    m_restartNote->setVisible(false);

    auto *languageForm = new QFormLayout;
    languageForm->addRow(tr("&Language:"), m_language);
    languageForm->addRow(m_restartNote);
    auto *languageBox = new QGroupBox(tr("This computer"), this);
    auto *languageLayout = new QVBoxLayout(languageBox);
    languageLayout->addLayout(languageForm);
    languageLayout->addWidget(
        new QLabel(tr("The command-line program follows the language of the terminal (LANG)."), languageBox));
    m_trayReminders =
        new QCheckBox(tr("&Notify me through the system tray when follow-ups fall due"), languageBox);
    m_trayReminders->setObjectName(QStringLiteral("trayRemindersCheckBox"));
    m_trayReminders->setChecked(Settings().trayReminders());
    m_trayReminders->setToolTip(
        tr("The reminder bar in the window shows due and overdue follow-ups either way."));
    languageLayout->addWidget(m_trayReminders);

    m_paperSize = new QComboBox(this);
    m_paperSize->setObjectName(QStringLiteral("paperSizeComboBox"));
    for (PaperSize size : {PaperSize::A4, PaperSize::UsLetter})
        m_paperSize->addItem(PaperSizes::label(size), PaperSizes::key(size));
    m_paperNote = new QLabel(this);
    m_paperNote->setObjectName(QStringLiteral("paperNoteLabel"));
    m_paperNote->setWordWrap(true);
    const Result<PracticeProfile> profile = PracticeService(m_db).load();
    if (profile) {
        m_startPaperSize = profile.value().paperSize;
        m_paperSize->setCurrentIndex(m_paperSize->findData(PaperSizes::key(*m_startPaperSize)));
    }
    if (!profile) {
        m_paperSize->setEnabled(false);
        m_paperNote->setText(profile.error().message);
    } else if (m_db.isReadOnly()) {
        m_paperSize->setEnabled(false);
        m_paperNote->setText(tr("This practice is open read-only: its paper size cannot be changed."));
    } else {
        m_paperNote->setText(tr("Agreements, contracts, summaries and reports of this practice are laid out "
                                "on this paper, whoever prints them."));
    }

    auto *documentForm = new QFormLayout;
    documentForm->addRow(tr("&Paper size:"), m_paperSize);
    documentForm->addRow(m_paperNote);
    auto *documentBox = new QGroupBox(tr("The practice's documents"), this);
    documentBox->setLayout(documentForm);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(languageBox);
    layout->addWidget(documentBox);
    // A server's practice is backed up by whoever runs the server (pg_dump), not when a window closes.
    if (!m_db.isServer())
        layout->addWidget(buildBackupBox());
    layout->addStretch(1);
    layout->addWidget(buttons);
}

QGroupBox *PreferencesDialog::buildBackupBox() {
    auto *box = new QGroupBox(tr("Daily backups"), this);
    auto *schedule = new QLabel(tr("When Boundary Keeper closes, at most once a day, it writes a checked "
                                   "backup of this practice into %1. It keeps the last 7 daily, 4 weekly and "
                                   "12 monthly backups.")
                                    .arg(QDir::toNativeSeparators(BackupService(m_db).folder())),
                                box);
    schedule->setObjectName(QStringLiteral("backupScheduleLabel"));
    schedule->setWordWrap(true);
    schedule->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_startEncryptBackups = BackupPassphrase::encryptsDailyBackups(m_db.path());
    m_encryptBackups = new QCheckBox(tr("&Encrypt daily backups with a passphrase"), box);
    m_encryptBackups->setObjectName(QStringLiteral("encryptDailyBackupsCheckBox"));
    m_encryptBackups->setChecked(m_startEncryptBackups);
    connect(m_encryptBackups, &QCheckBox::toggled, this, &PreferencesDialog::askBackupPassphrase);
    auto *note = new QLabel(tr("The passphrase is kept in this computer's system keyring. Backups encrypted "
                               "before keep needing the passphrase they were encrypted with."),
                            box);
    note->setWordWrap(true);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(schedule);
    boxLayout->addWidget(m_encryptBackups);
    boxLayout->addWidget(note);
    return box;
}

void PreferencesDialog::askBackupPassphrase(bool encrypt) {
    m_backupPassphrase.clear();
    if (!encrypt)
        return;
    PassphraseDialog ask(PassphraseDialog::Purpose::DailyBackups, this);
    if (ask.exec() == QDialog::Accepted) {
        m_backupPassphrase = ask.passphrase();
        return;
    }
    const QSignalBlocker quiet(m_encryptBackups);
    m_encryptBackups->setChecked(false);
}

bool PreferencesDialog::saveBackupEncryption() {
    if (!m_encryptBackups)
        return true;
    Status saved;
    if (m_encryptBackups->isChecked() && !m_backupPassphrase.isEmpty())
        saved = BackupPassphrase::keep(m_db.path(), m_backupPassphrase);
    else if (!m_encryptBackups->isChecked() && m_startEncryptBackups)
        saved = BackupPassphrase::forget(m_db.path());
    if (!saved) {
        MessageBox::inform(this, tr("Daily backups"), saved.error().message, MessageBox::Kind::Warning, {},
                           saved.error().details);
        return false;
    }
    return true;
}

void PreferencesDialog::updateRestartNote() {
    m_restartNote->setVisible(m_language->currentData().toString() != m_startLanguage);
}

void PreferencesDialog::accept() {
    const std::optional<PaperSize> paperSize = PaperSizes::fromKey(m_paperSize->currentData().toString());
    if (m_paperSize->isEnabled() && paperSize && paperSize != m_startPaperSize) {
        // The profile is read again here so that only the paper size changes, whatever else was saved since.
        Result<PracticeProfile> loaded = PracticeService(m_db).load();
        Status saved = loaded ? Status() : Status(loaded.error());
        if (loaded) {
            PracticeProfile profile = std::move(loaded).value();
            profile.paperSize = *paperSize;
            saved = PracticeService(m_db).save(profile);
        }
        if (!saved) {
            MessageBox::inform(this, tr("Paper size not saved"), saved.error().message);
            return;
        }
    }
    if (!saveBackupEncryption())
        return;
    Settings().setInterfaceLanguage(m_language->currentData().toString());
    Settings().setTrayReminders(m_trayReminders->isChecked());
    QDialog::accept();
}

} // namespace bk
