// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace bk {

/// A new connection's unique name, removed again when an open fails half-way; `release()` hands the name to
/// the Database that keeps the connection.
class ConnectionGuard {
public:
    ConnectionGuard();
    ~ConnectionGuard();
    ConnectionGuard(const ConnectionGuard &) = delete;
    ConnectionGuard &operator=(const ConnectionGuard &) = delete;

    const QString name;
    QString release() {
        m_keep = true;
        return name;
    }

private:
    bool m_keep = false;
};

} // namespace bk
