// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QObject>
#include <QString>

namespace bk {

/// Announces that a table changed through this connection, so models and views can refresh, and that the
/// connection to a practice server was lost or reopened.
class ChangeNotifier : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    /// `table` is the table's name in the schema, e.g. "clients".
    void changed(const QString &table);
    /// The connection to the practice server was lost: reads and writes fail until it is reopened.
    void connectionLost();
    /// The connection to the practice server was reopened after it was lost.
    void reconnected();
};

} // namespace bk
