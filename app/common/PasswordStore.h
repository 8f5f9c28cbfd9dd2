// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"

#include <QString>
#include <memory>

namespace bk {

/// Where the passwords of practice servers are kept between sessions: the system keyring (GNOME Keyring,
/// KWallet, … through QtKeychain). Never the settings file, never a log. Tests put an in-memory store in its
/// place with setInstance().
class PasswordStore {
public:
    virtual ~PasswordStore() = default;

    /// The store the application uses: the system keyring unless a test set another.
    static PasswordStore &instance();
    /// Makes `store` the one instance() returns (nullptr: the system keyring again). For tests.
    static void setInstance(std::unique_ptr<PasswordStore> store);

    /// The password kept for `key` (a server's URL without its password); an empty one when none is kept; an
    /// Error when the keyring cannot be used (none running, access refused).
    virtual Result<QString> read(const QString &key) = 0;
    /// Keeps `password` for `key`, replacing any kept before.
    virtual Status write(const QString &key, const QString &password) = 0;
    /// Forgets the password kept for `key` (nothing when none is kept).
    virtual Status remove(const QString &key) = 0;
};

/// The system keyring through QtKeychain. QtKeychain works asynchronously; each call waits for its answer in
/// a local event loop, as a password prompt of the keyring itself may take the user's time.
class KeychainPasswordStore final : public PasswordStore {
public:
    Result<QString> read(const QString &key) override;
    Status write(const QString &key, const QString &password) override;
    Status remove(const QString &key) override;
};

} // namespace bk
