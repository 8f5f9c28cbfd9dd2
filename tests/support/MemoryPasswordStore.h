// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/PasswordStore.h"

#include <QHash>
#include <QString>

namespace bk::test {

/// A keyring that keeps passwords in memory, as tests must never touch the user's; with `failing`, one that
/// cannot be reached (no keyring running).
class MemoryPasswordStore final : public PasswordStore {
public:
    explicit MemoryPasswordStore(QHash<QString, QString> *passwords, bool failing = false)
        : m_passwords(passwords)
        , m_failing(failing) {}
    Result<QString> read(const QString &key) override {
        if (m_failing)
            return unreachable();
        return m_passwords->value(key);
    }
    Status write(const QString &key, const QString &password) override {
        if (m_failing)
            return unreachable();
        m_passwords->insert(key, password);
        return {};
    }
    Status remove(const QString &key) override {
        if (m_failing)
            return unreachable();
        m_passwords->remove(key);
        return {};
    }

private:
    static Error unreachable() { return Error{Error::Kind::Io, QStringLiteral("No keyring is running.")}; }

    QHash<QString, QString> *m_passwords;
    bool m_failing;
};

} // namespace bk::test
