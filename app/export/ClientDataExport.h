// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace bk {

class Database;

/// A client's access request answered: everything the practice holds about one client — their details,
/// agreements and contracts (with the signed PDFs), incidents with every step, follow-up and outcome, and the
/// written summaries sent — as a readable, printable report.html, the same as data.json, and the PDFs, every
/// file 0600. The practitioner's private reflection entries are not part of it: they are the practitioner's
/// own notes, not the client's data.
class ClientDataExport {
    Q_DECLARE_TR_FUNCTIONS(ClientDataExport)

public:
    struct Summary {
        int incidents = 0;
        int documents = 0; ///< signed PDFs written
    };

    /// Writes the client's data into `folder`, a new or empty one.
    static Result<Summary> write(const Database &database, qint64 clientId, const QString &folder);
    /// What data.json holds (PDFs named by their file in the folder).
    static Result<QJsonObject> data(const Database &database, qint64 clientId);
    /// report.html: `data` as a self-contained page for people.
    static QByteArray report(const QJsonObject &data);
};

} // namespace bk
