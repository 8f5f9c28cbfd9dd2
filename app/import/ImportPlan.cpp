// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/import/ImportPlan.h"

#include "app/clients/ClientValidator.h"
#include "app/common/Clock.h"
#include "app/common/CsvText.h"
#include "app/common/PrivateFile.h"

#include <QDir>
#include <QFileInfo>
#include <thread>

namespace bk {

namespace {
// Rows are read this many at a time. While planning, each half of a chunk is prepared (mapped, its phone
// numbers read by libphonenumber, which is thread-safe, and validated: most of a plan's time, needing nothing
// from the rows before) on a thread of its own, and the rows are decided in order; when the file is read
// again (to import it), the next chunk is read and prepared on a thread of its own while the rows of this one
// are written. Progress is reported once a chunk: often enough for a bar, rarely enough to cost nothing.
constexpr int ChunkRows = 1000;

// A chunk of rows, each as a client and what is wrong with it on its own (empty when nothing).
struct Chunk {
    QList<ImportRow> rows;
    QList<Client> clients;
    QStringList phoneKeys;
    QList<quint64> numbers;
    QStringList problems;
    /// The number of the chunk's first row in the file (0-based).
    qint64 first = 0;
    qsizetype count = 0;
};

// How the rows of a file become clients.
struct Preparation {
    const ImportMapping &mapping;
    const PhoneNumbers &phones;
    qsizetype columns = 0;
    QDate today;
    /// When reading a planned file again: each row's phone number as the plan read it (see
    /// PhoneNumbers::written()), so that it is not read (parsed) again. Its key is then not wanted.
    const QList<quint64> *numbers = nullptr;
    /// When reading a planned file again: whether the plan rejected the row (by its 0-based number) for a
    /// problem of its own. The other rows are not validated again: the service writing them validates each,
    /// and a file changed since it was planned is told by its SHA-256.
    std::function<bool(qint64 row)> rejected;
};

// Maps rows [from, to) of `chunk`, reads their phone numbers and finds what is wrong with each on its own.
void prepare(Chunk &chunk, qsizetype from, qsizetype to, const Preparation &how) {
    for (qsizetype i = from; i < to; ++i) {
        const ImportRow &row = chunk.rows.at(i);
        Client &client = chunk.clients[i];
        client = how.mapping.clientFrom(row.values);
        if (how.numbers) {
            client.phone = how.phones.written(client.phone,
                                              how.numbers->value(chunk.first + i, PhoneNumbers::ReadAgain));
        } else {
            PhoneNumbers::Reading reading = how.phones.read(client.phone);
            client.phone = std::move(reading.written);
            chunk.phoneKeys[i] = std::move(reading.key);
            chunk.numbers[i] = reading.number;
        }
        QString &problem = chunk.problems[i];
        if (!row.problem.isEmpty())
            problem = row.problem;
        else if (row.values.size() > how.columns)
            problem = ImportPlan::tr("The row has %1 values but the header names %2 columns; is a quote or "
                                     "delimiter misplaced?")
                          .arg(row.values.size())
                          .arg(how.columns);
        else if (how.rejected && !how.rejected(chunk.first + i))
            problem.clear();
        else if (const QList<ClientValidator::Problem> found = ClientValidator::validate(client, how.today);
                 !found.isEmpty())
            problem = ClientValidator::summary(found);
        else
            problem.clear();
    }
}

// Reads the next rows of `reader` into `chunk` (none at the end of the file) and prepares them, each half on
// a thread of its own when `split`. `rows` counts the rows read; more than ImportPlan::MaxRows are refused.
Status fill(ImportReader &reader, Chunk &chunk, const Preparation &how, qint64 *rows, bool split) {
    chunk.rows.resize(ChunkRows);
    chunk.first = *rows;
    chunk.count = 0;
    while (chunk.count < ChunkRows) {
        const Result<bool> read = reader.next(&chunk.rows[chunk.count]);
        if (!read)
            return read.error();
        if (!read.value())
            break;
        if (++*rows > ImportPlan::MaxRows)
            return Error{
                Error::Kind::Invalid,
                ImportPlan::tr("The file holds more than %1 rows; an import reads at most %1. Split it "
                               "into smaller files and import them one after the other.")
                    .arg(ImportPlan::MaxRows)};
        ++chunk.count;
    }
    chunk.clients.resize(chunk.count);
    chunk.phoneKeys.resize(chunk.count);
    chunk.numbers.resize(chunk.count);
    chunk.problems.resize(chunk.count);
    if (!split) {
        prepare(chunk, 0, chunk.count, how);
        return {};
    }
    const qsizetype half = chunk.count / 2;
    std::thread first(&prepare, std::ref(chunk), 0, half, std::cref(how));
    prepare(chunk, half, chunk.count, how);
    first.join();
    return {};
}

// An email address or phone number of a new client, to find the same one again in the file: 128 bits of
// two differently seeded hashes of its text (in 24 bytes with its line, however long the text is).
struct ContactKey {
    quint64 first = 0;
    quint64 second = 0;
    friend bool operator==(const ContactKey &, const ContactKey &) = default;
};

size_t qHash(const ContactKey &key, size_t seed = 0) noexcept {
    return size_t(key.first) ^ seed;
}

ContactKey contactKey(QStringView text) {
    return {quint64(qHash(text, size_t(0x9E3779B97F4A7C15ULL))),
            quint64(qHash(text, size_t(0x2545F4914F6CDD1DULL)))};
}
} // namespace

Result<ImportPlan> ImportPlan::build(ImportReader &reader, const ImportMapping &mapping,
                                     const ClientContacts &existing, const PhoneNumbers &phones,
                                     const Progress &progress,
                                     const std::function<void(const ImportEntry &)> &decided) {
    ImportPlan plan;
    plan.m_path = reader.path();
    plan.m_format = reader.format();
    plan.m_encoding = reader.encoding();
    if (!plan.m_path.isEmpty()) {
        const QFileInfo info(plan.m_path);
        plan.m_size = info.size();
        plan.m_modified = info.lastModified();
    }
    plan.m_headers = reader.headers();
    plan.m_mapping = mapping;
    plan.m_phones = phones;
    const Preparation how{mapping, phones, plan.m_headers.size(), Clock::todayLocal(), nullptr, {}};
    // The rows of this file already planned as new, by email and phone, with their line: to find the same
    // person twice in one file.
    QHash<ContactKey, qint64> newByEmail;
    QHash<ContactKey, qint64> newByPhone;
    // Decides the rows of a prepared chunk, in order.
    const auto decide = [&](Chunk &chunk) {
        for (qsizetype i = 0; i < chunk.count; ++i) {
            const ImportRow &row = chunk.rows.at(i);
            const qint64 rowIndex = plan.m_rows++;
            plan.m_numbers.append(chunk.numbers.at(i));
            const QString email = chunk.clients.at(i).email.trimmed().toLower();
            const QString &phone = chunk.phoneKeys.at(i);
            const ContactKey emailKey = email.isEmpty() ? ContactKey{} : contactKey(email);
            const ContactKey phoneKey = phone.isEmpty() ? ContactKey{} : contactKey(phone);
            Mark mark;
            mark.row = rowIndex;
            bool marked = true;
            if (!chunk.problems.at(i).isEmpty())
                mark.reason = Reason::RowProblem;
            else if (!email.isEmpty() && existing.byEmail.contains(email)) {
                mark.kind = ImportEntry::Kind::Duplicate;
                mark.reason = Reason::RegisterEmail;
                mark.other = existing.byEmail.value(email);
            } else if (!phone.isEmpty() && existing.byPhone.contains(phone)) {
                mark.kind = ImportEntry::Kind::Duplicate;
                mark.reason = Reason::RegisterPhone;
                mark.other = existing.byPhone.value(phone);
            } else if (!email.isEmpty() && newByEmail.contains(emailKey)) {
                mark.reason = Reason::FileEmail;
                mark.other = newByEmail.value(emailKey);
            } else if (!phone.isEmpty() && newByPhone.contains(phoneKey)) {
                mark.reason = Reason::FilePhone;
                mark.other = newByPhone.value(phoneKey);
            } else {
                marked = false;
                if (!email.isEmpty())
                    newByEmail.insert(emailKey, row.line);
                if (!phone.isEmpty())
                    newByPhone.insert(phoneKey, row.line);
            }
            if (!marked)
                ++plan.m_new;
            else if (mark.kind == ImportEntry::Kind::Duplicate)
                ++plan.m_duplicates;
            else
                ++plan.m_rejected;
            if (marked)
                plan.m_marks.append(mark);
            if (decided) {
                ImportEntry entry;
                entry.line = row.line;
                entry.client = std::move(chunk.clients[i]);
                if (marked) {
                    entry.kind = mark.kind;
                    entry.reason = reasonText(mark, chunk.problems.at(i));
                    if (mark.kind == ImportEntry::Kind::Duplicate)
                        entry.existingId = mark.other;
                    else
                        entry.values = row.values;
                }
                decided(entry);
            }
        }
    };

    Chunk chunk;
    qint64 rows = 0;
    while (true) {
        if (const Status filled = fill(reader, chunk, how, &rows, true); !filled)
            return filled.error();
        if (chunk.count == 0)
            break;
        if (progress && !progress(reader.bytesRead(), reader.size()))
            return Error{Error::Kind::Cancelled, tr("Reading the file was cancelled.")};
        decide(chunk);
    }
    plan.m_digest = reader.digest();
    plan.m_marks.squeeze();
    plan.m_numbers.squeeze();
    if (progress)
        progress(reader.size(), reader.size());
    return plan;
}

QString ImportPlan::reasonText(const Mark &mark, const QString &problem) {
    switch (mark.reason) {
    case Reason::RowProblem:
        return problem;
    case Reason::RegisterEmail:
        return tr("Same email address");
    case Reason::RegisterPhone:
        return tr("Same phone number");
    case Reason::FileEmail:
        return tr("The same email address as line %1.").arg(mark.other);
    case Reason::FilePhone:
        return tr("The same phone number as line %1.").arg(mark.other);
    }
    return problem;
}

Error ImportPlan::changed() const {
    return Error{Error::Kind::Invalid, tr("%1 has changed since it was read: read it again and check what it "
                                          "would import now.")
                                           .arg(QDir::toNativeSeparators(m_path))};
}

void ImportPlan::setAction(qint64 row, DuplicateAction action) {
    const auto found = std::lower_bound(m_marks.begin(), m_marks.end(), row,
                                        [](const Mark &mark, qint64 before) { return mark.row < before; });
    if (found != m_marks.end() && found->row == row)
        found->action = action;
}

void ImportPlan::setDuplicateAction(DuplicateAction action) {
    for (Mark &mark : m_marks)
        mark.action = action;
}

qint64 ImportPlan::count(ImportEntry::Kind kind) const {
    switch (kind) {
    case ImportEntry::Kind::New:
        return m_new;
    case ImportEntry::Kind::Duplicate:
        return m_duplicates;
    case ImportEntry::Kind::Rejected:
        return m_rejected;
    }
    return 0;
}

Status ImportPlan::forEach(const Visit &visit) const {
    if (m_path.isEmpty())
        return Error{Error::Kind::Invalid,
                     tr("This plan was not read from a file and cannot be read again.")};
    const QFileInfo info(m_path);
    if (!info.exists() || info.size() != m_size || info.lastModified() != m_modified)
        return changed();
    Result<std::unique_ptr<ImportReader>> opened = ImportReader::openFile(m_path, m_format, m_encoding);
    if (!opened)
        return opened.error();
    ImportReader &reader = *opened.value();
    if (reader.headers() != m_headers)
        return changed();
    const Preparation how{
        m_mapping, m_phones, m_headers.size(), Clock::todayLocal(), &m_numbers, [this](qint64 row) {
            const auto found =
                std::lower_bound(m_marks.cbegin(), m_marks.cend(), row,
                                 [](const Mark &mark, qint64 before) { return mark.row < before; });
            return found != m_marks.cend() && found->row == row && found->reason == Reason::RowProblem;
        }};
    qint64 rowsRead = 0;
    qint64 rowIndex = 0;
    auto mark = m_marks.cbegin();
    // Gives the rows of a prepared chunk to `visit`: false when it stopped.
    const auto visitChunk = [&](Chunk &chunk) -> Result<bool> {
        for (qsizetype i = 0; i < chunk.count; ++i, ++rowIndex) {
            ImportEntry entry;
            entry.line = chunk.rows.at(i).line;
            entry.client = std::move(chunk.clients[i]);
            const QString &problem = chunk.problems.at(i);
            if (mark != m_marks.cend() && mark->row == rowIndex) {
                if (mark->reason == Reason::RowProblem && problem.isEmpty())
                    return changed();
                entry.kind = mark->kind;
                entry.reason = reasonText(*mark, problem);
                entry.action = mark->action;
                if (mark->kind == ImportEntry::Kind::Duplicate)
                    entry.existingId = mark->other;
                else
                    entry.values = std::move(chunk.rows[i].values);
                ++mark;
            } else if (!problem.isEmpty() || rowIndex >= m_rows) {
                return changed();
            }
            const Result<bool> goOn = visit(entry);
            if (!goOn || !goOn.value())
                return goOn;
        }
        return true;
    };

    std::array<Chunk, 2> chunks;
    Status filled = fill(reader, chunks[0], how, &rowsRead, false);
    std::size_t current = 0;
    while (filled && chunks.at(current).count > 0) {
        Chunk &next = chunks.at(1 - current);
        Status nextFilled;
        std::thread ahead([&] { nextFilled = fill(reader, next, how, &rowsRead, false); });
        const Result<bool> visited = visitChunk(chunks.at(current));
        ahead.join();
        if (!visited)
            return visited.error();
        if (!visited.value())
            return {};
        filled = std::move(nextFilled);
        current = 1 - current;
    }
    if (!filled)
        return rowsRead > m_rows ? changed() : filled; // more rows than planned: a file grown
    if (rowIndex != m_rows || reader.digest() != m_digest)
        return changed();
    return {};
}

Status ImportPlan::saveRejected(const QString &path, const Progress &progress) const {
    // Written a buffer of this size at a time; progress is told every this many rows.
    constexpr qsizetype BufferBytes = 64 * 1024;
    constexpr qint64 ProgressRows = 1000;
    const auto line = [](const QStringList &fields) {
        QString record = CsvText::record(fields);
        record += CsvText::LineEnd;
        return record.toUtf8();
    };
    return PrivateFile::save(
        [&](const std::function<Status(const QByteArray &)> &append) -> Status {
            // Line and reason first, so the row's own values, however many, keep their columns.
            QByteArray csv = line(QStringList{tr("Line"), tr("Reason")} + m_headers);
            if (m_rejected > 0) {
                qint64 rowsRead = 0;
                const Status read = forEach([&](const ImportEntry &entry) -> Result<bool> {
                    if (progress && ++rowsRead % ProgressRows == 0 && !progress(rowsRead, m_rows))
                        return Error{Error::Kind::Cancelled, tr("Saving the rejected rows was cancelled.")};
                    if (entry.kind != ImportEntry::Kind::Rejected)
                        return true;
                    csv += line(QStringList{QString::number(entry.line), entry.reason} + entry.values);
                    if (csv.size() >= BufferBytes) {
                        if (Status written = append(csv); !written)
                            return written.error();
                        csv.clear();
                    }
                    return true;
                });
                if (!read)
                    return read;
            }
            return append(csv);
        },
        path);
}

} // namespace bk
