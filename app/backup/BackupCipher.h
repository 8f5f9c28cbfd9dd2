// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace bk {

/// Encrypts a backup file with a passphrase (libsodium): the key is derived with Argon2id
/// (crypto_pwhash) and the file is sealed in chunks with XChaCha20-Poly1305 (crypto_secretstream), so any
/// changed, missing or added byte is found. The file begins with a small header: the magic "BKBACKUP",
/// the format version, Argon2id's opslimit and memlimit and the salt; the header is authenticated too.
class BackupCipher {
    Q_DECLARE_TR_FUNCTIONS(BackupCipher)
public:
    /// The file name ending of encrypted backups.
    static QString suffix();
    /// Whether `path` begins with the header of an encrypted backup.
    static bool isEncrypted(const QString &path);

    /// Encrypts `plainFile` into `encryptedFile` (which must not exist; written under a temporary name, 0600,
    /// and renamed when complete). Nothing is left behind on failure.
    static Status encrypt(const QString &plainFile, const QString &encryptedFile,
                          const QByteArray &passphrase);
    /// Decrypts `encryptedFile` into `plainFile` the same way. A wrong passphrase or a damaged file is
    /// refused (Invalid or Damaged) with a sentence saying which, and nothing is left at `plainFile`.
    static Status decrypt(const QString &encryptedFile, const QString &plainFile,
                          const QByteArray &passphrase);
};

} // namespace bk
