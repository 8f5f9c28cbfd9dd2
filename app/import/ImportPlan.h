// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/clients/Client.h"
#include "app/common/Result.h"
#include "app/import/ImportMapping.h"
#include "app/import/PhoneNumbers.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>
#include <functional>

namespace bk {

class ImportReader;

/// What to do with a row that describes a client already in the register.
enum class DuplicateAction { Skip, UpdateEmptyFields, ImportAsNew };

/// One row of an import file and what importing it would do.
struct ImportEntry {
    enum class Kind { New, Duplicate, Rejected };
    Kind kind = Kind::New;
    qint64 line = 0;
    /// The client the row describes (its phone number normalised).
    Client client;
    /// Duplicate: the client in the register it matches.
    qint64 existingId = 0;
    /// Rejected: why; Duplicate: what matched.
    QString reason;
    /// Rejected: the row's values as read, to save them for correcting.
    QStringList values;
    DuplicateAction action = DuplicateAction::Skip;
};

/// The email addresses and phone numbers (E.164, see PhoneNumbers::key) of the clients in the register, to
/// find the ones an import file describes again.
struct ClientContacts {
    QHash<QString, qint64> byEmail; ///< lower-cased address → client id
    QHash<QString, qint64> byPhone; ///< E.164 → client id
};

/// What an import file would do to the register, row by row: new clients, duplicates of existing ones
/// (skipped unless the practitioner chooses otherwise), and rejected rows with their line and reason.
/// Building it writes nothing.
class ImportPlan {
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)
public:
    /// Called with bytes read and the file's size; returning false stops reading.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /// Reads every row of `reader` and decides what importing it would do. An error when the file cannot
    /// be read to its end or reading was stopped.
    static Result<ImportPlan> build(ImportReader &reader, const ImportMapping &mapping,
                                    const ClientContacts &existing, const PhoneNumbers &phones,
                                    const Progress &progress = {});

    QStringList headers() const { return m_headers; }
    const QList<ImportEntry> &entries() const { return m_entries; }
    void setAction(qsizetype entry, DuplicateAction action);
    /// Sets the action of every duplicate.
    void setDuplicateAction(DuplicateAction action);
    qsizetype count(ImportEntry::Kind kind) const;

    /// The rejected rows as CSV (UTF-8, comma-separated): the line and the reason, then the file's columns,
    /// to correct and import again.
    QByteArray rejectedCsv() const;

private:
    QStringList m_headers;
    QList<ImportEntry> m_entries;
};

} // namespace bk
