// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/clients/Client.h"
#include "app/common/Result.h"
#include "app/import/ImportMapping.h"
#include "app/import/ImportReader.h"
#include "app/import/PhoneNumbers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>
#include <functional>

namespace bk {

/// What to do with a row that describes a client already in the register.
enum class DuplicateAction : quint8 { Skip, UpdateEmptyFields, ImportAsNew };

/// One row of an import file and what importing it would do, as the plan gives it when the file is read.
struct ImportEntry {
    enum class Kind : quint8 { New, Duplicate, Rejected };
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
///
/// The plan keeps no row's values, so that its memory does not grow with the file's text: only the file's
/// size, modification time and SHA-256; each row's phone number in 8 bytes (so that it need not be parsed
/// again); for each duplicate or rejected row its number, what it matched and the action chosen (24 bytes);
/// and while planning, 24-byte keys of the new clients' emails and phones. forEach() reads the file again
/// and gives every row as the plan decided it; a file changed since it was planned is refused there.
class ImportPlan {
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)
public:
    /// Files with more records than this are refused while planning: no practice has so many clients, and
    /// each row costs the plan up to about 100 bytes (8 for its phone number, the keys of a new client's
    /// email and phone in their hash tables while planning).
    static constexpr qint64 MaxRows = 5'000'000;

    /// Called with bytes read and the file's size; returning false stops reading.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    /// Called with each row in order; false stops reading, an error stops it and is returned.
    using Visit = std::function<Result<bool>(ImportEntry &entry)>;

    /// Reads every row of `reader` (opened with ImportReader::openFile()) and decides what importing it
    /// would do; `decided`, when given, sees each row as it is decided. An error when the file cannot be
    /// read to its end or reading was stopped.
    static Result<ImportPlan> build(ImportReader &reader, const ImportMapping &mapping,
                                    const ClientContacts &existing, const PhoneNumbers &phones,
                                    const Progress &progress = {},
                                    const std::function<void(const ImportEntry &)> &decided = {});

    QStringList headers() const { return m_headers; }
    /// The file planned.
    QString path() const { return m_path; }
    /// The encoding it was read in.
    QString encoding() const { return m_encoding; }
    /// The number of rows (records) in the file.
    qint64 rows() const { return m_rows; }
    /// Sets the action of the duplicate in row `row` (0-based, in the order forEach() gives them).
    void setAction(qint64 row, DuplicateAction action);
    /// Sets the action of every duplicate.
    void setDuplicateAction(DuplicateAction action);
    qint64 count(ImportEntry::Kind kind) const;

    /// Reads the file again and gives `visit` each row, from the first, as the plan decided it, until it
    /// returns false or the file ends. An error when the file cannot be read or has changed since it was
    /// planned (its size, modification time, SHA-256 or a row's outcome differ): read to its end, a file is
    /// only accepted once its SHA-256 is that of the plan, after the last row was visited.
    Status forEach(const Visit &visit) const;

    /// Saves the rejected rows to `path` as CSV (UTF-8, comma-separated; see PrivateFile::save()): the line
    /// and the reason, then the file's columns, to correct and import again. Reads the file again, as
    /// forEach() does, and writes the rows as they are read. `progress` hears of the rows read; when it
    /// returns false the saving stops (Error::Kind::Cancelled) and nothing is written.
    Status saveRejected(const QString &path, const Progress &progress = {}) const;

private:
    /// Why a duplicate or rejected row is one.
    enum class Reason : quint8 { RowProblem, RegisterEmail, RegisterPhone, FileEmail, FilePhone };
    /// A row that is not simply new: what the plan decided for it.
    struct Mark {
        qint64 row = 0;
        /// The client matched (RegisterEmail, RegisterPhone) or the line of the row matched (FileEmail,
        /// FilePhone).
        qint64 other = 0;
        ImportEntry::Kind kind = ImportEntry::Kind::Rejected;
        Reason reason = Reason::RowProblem;
        DuplicateAction action = DuplicateAction::Skip;
    };
    static QString reasonText(const Mark &mark, const QString &problem);
    Error changed() const;

    QString m_path;
    ImportFormat m_format = ImportFormat::Csv;
    /// The encoding the file was planned in, chosen or detected: it is read again in the same.
    QString m_encoding;
    qint64 m_size = 0;
    QDateTime m_modified;
    QByteArray m_digest;
    QStringList m_headers;
    ImportMapping m_mapping;
    PhoneNumbers m_phones{QString()};
    qint64 m_rows = 0;
    qint64 m_new = 0;
    qint64 m_duplicates = 0;
    qint64 m_rejected = 0;
    /// Ordered by row.
    QList<Mark> m_marks;
    /// Each row's phone number as it was read (PhoneNumbers::Reading::number), to write it again without
    /// reading it: reading numbers is the costly part of a plan.
    QList<quint64> m_numbers;
};

} // namespace bk
