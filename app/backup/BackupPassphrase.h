// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace bk {

/// The passphrase the daily backups of a practice file are encrypted with, when the user chose that. It is
/// kept in the system keyring (PasswordStore), never in a file; the settings file only notes that the
/// practice's daily backups are encrypted, so that a keyring that cannot be read stops the backup instead of
/// leaving it unencrypted.
class BackupPassphrase {
    Q_DECLARE_TR_FUNCTIONS(BackupPassphrase)
public:
    /// Whether the daily backups of the practice at `location` are encrypted.
    static bool encryptsDailyBackups(const QString &location);
    /// Keeps `passphrase` (not empty) in the keyring and encrypts the practice's daily backups with it from
    /// now on. Nothing changes when the keyring refuses it.
    static Status keep(const QString &location, const QByteArray &passphrase);
    /// Daily backups of the practice are no longer encrypted; the kept passphrase is removed from the
    /// keyring (backups encrypted before still need it).
    static Status forget(const QString &location);
    /// The kept passphrase: empty when daily backups are not encrypted; an Error when they are and the
    /// keyring cannot give it (none running, access refused, the entry removed elsewhere).
    static Result<QByteArray> forDailyBackups(const QString &location);
};

} // namespace bk
