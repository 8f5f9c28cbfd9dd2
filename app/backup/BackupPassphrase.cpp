// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/backup/BackupPassphrase.h"

#include "app/common/PasswordStore.h"
#include "app/common/Settings.h"

#include <QFileInfo>

namespace bk {

namespace {

// The keyring entry of a practice's backup passphrase, beside the servers' passwords: named by the
// practice file's canonical path.
QString keyringKey(const QString &location) {
    const QFileInfo file(location);
    return QStringLiteral("backups of ") + (file.exists() ? file.canonicalFilePath() : location);
}

} // namespace

bool BackupPassphrase::encryptsDailyBackups(const QString &location) {
    return Settings().dailyBackupsEncrypted(location);
}

Status BackupPassphrase::keep(const QString &location, const QByteArray &passphrase) {
    if (passphrase.isEmpty())
        return Error{Error::Kind::Invalid, tr("The passphrase is empty.")};
    if (Status written = PasswordStore::instance().write(keyringKey(location), QString::fromUtf8(passphrase));
        !written)
        return Error{
            written.error().kind,
            tr("The passphrase could not be kept in the system keyring: %1").arg(written.error().message),
            written.error().details};
    Settings().setDailyBackupsEncrypted(location, true);
    return {};
}

Status BackupPassphrase::forget(const QString &location) {
    Settings().setDailyBackupsEncrypted(location, false);
    return PasswordStore::instance().remove(keyringKey(location));
}

Result<QByteArray> BackupPassphrase::forDailyBackups(const QString &location) {
    if (!encryptsDailyBackups(location))
        return QByteArray();
    const Result<QString> kept = PasswordStore::instance().read(keyringKey(location));
    if (!kept)
        return Error{kept.error().kind,
                     tr("Daily backups are encrypted, and their passphrase could not be read from the system "
                        "keyring: %1")
                         .arg(kept.error().message),
                     kept.error().details};
    if (kept.value().isEmpty())
        return Error{
            Error::Kind::NotFound,
            tr("Daily backups are encrypted, and the system keyring no longer holds their passphrase. "
               "Set it again under File ▸ Preferences.")};
    return kept.value().toUtf8();
}

} // namespace bk
