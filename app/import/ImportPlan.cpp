// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/import/ImportPlan.h"

#include "app/clients/ClientValidator.h"
#include "app/common/Clock.h"
#include "app/common/CsvText.h"
#include "app/import/ImportReader.h"

#include <thread>

namespace bk {

namespace {
// Rows are read this many at a time; then each half of a chunk is prepared (mapped, its phone numbers read by
// libphonenumber, which is thread-safe, and validated: most of a plan's time, needing nothing from the rows
// before) on a thread of its own, and the rows are decided in order. Progress is reported once a chunk: often
// enough for a bar, rarely enough to cost nothing.
constexpr int ChunkRows = 1000;

// A chunk of rows, each as a client and what is wrong with it on its own (empty when nothing).
struct Chunk {
    QList<ImportRow> rows;
    QList<Client> clients;
    QStringList phoneKeys;
    QStringList problems;
    qsizetype count = 0;
};

// Maps rows [from, to) of `chunk`, reads their phone numbers and finds what is wrong with each on its own.
void prepare(Chunk &chunk, qsizetype from, qsizetype to, const ImportMapping &mapping,
             const PhoneNumbers &phones, qsizetype columns, const QDate &today) {
    for (qsizetype i = from; i < to; ++i) {
        const ImportRow &row = chunk.rows.at(i);
        Client &client = chunk.clients[i];
        client = mapping.clientFrom(row.values);
        PhoneNumbers::Reading reading = phones.read(client.phone);
        client.phone = std::move(reading.written);
        chunk.phoneKeys[i] = std::move(reading.key);
        QString &problem = chunk.problems[i];
        if (!row.problem.isEmpty())
            problem = row.problem;
        else if (row.values.size() > columns)
            problem = ImportPlan::tr("The row has %1 values but the header names %2 columns; is a quote or "
                                     "delimiter misplaced?")
                          .arg(row.values.size())
                          .arg(columns);
        else if (const QList<ClientValidator::Problem> found = ClientValidator::validate(client, today);
                 !found.isEmpty())
            problem = ClientValidator::summary(found);
        else
            problem.clear();
    }
}
} // namespace

Result<ImportPlan> ImportPlan::build(ImportReader &reader, const ImportMapping &mapping,
                                     const ClientContacts &existing, const PhoneNumbers &phones,
                                     const Progress &progress) {
    ImportPlan plan;
    plan.m_headers = reader.headers();
    const qsizetype columns = plan.m_headers.size();
    const QDate today = Clock::todayLocal();
    // Rows of this file already planned as new, to find the same person twice in one file.
    QHash<QString, qint64> newByEmail;
    QHash<QString, qint64> newByPhone;
    // Decides the rows of a prepared chunk, in order.
    const auto decide = [&](Chunk &chunk) {
        for (qsizetype i = 0; i < chunk.count; ++i) {
            const ImportRow &row = chunk.rows.at(i);
            ImportEntry entry;
            entry.line = row.line;
            entry.client = std::move(chunk.clients[i]);
            const QString email = entry.client.email.trimmed().toLower();
            const QString &phone = chunk.phoneKeys.at(i);
            const auto reject = [&](const QString &reason) {
                entry.kind = ImportEntry::Kind::Rejected;
                entry.reason = reason;
                entry.values = row.values;
            };
            if (!chunk.problems.at(i).isEmpty())
                reject(chunk.problems.at(i));
            else if (!email.isEmpty() && existing.byEmail.contains(email)) {
                entry.kind = ImportEntry::Kind::Duplicate;
                entry.existingId = existing.byEmail.value(email);
                entry.reason = tr("Same email address");
            } else if (!phone.isEmpty() && existing.byPhone.contains(phone)) {
                entry.kind = ImportEntry::Kind::Duplicate;
                entry.existingId = existing.byPhone.value(phone);
                entry.reason = tr("Same phone number");
            } else if (!email.isEmpty() && newByEmail.contains(email))
                reject(tr("The same email address as line %1.").arg(newByEmail.value(email)));
            else if (!phone.isEmpty() && newByPhone.contains(phone))
                reject(tr("The same phone number as line %1.").arg(newByPhone.value(phone)));
            else {
                if (!email.isEmpty())
                    newByEmail.insert(email, row.line);
                if (!phone.isEmpty())
                    newByPhone.insert(phone, row.line);
            }
            plan.m_entries.append(std::move(entry));
        }
    };

    Chunk chunk;
    bool atEnd = false;
    while (!atEnd) {
        chunk.rows.resize(ChunkRows);
        chunk.count = 0;
        while (chunk.count < ChunkRows) {
            const Result<bool> read = reader.next(&chunk.rows[chunk.count]);
            if (!read)
                return read.error();
            if (!read.value()) {
                atEnd = true;
                break;
            }
            ++chunk.count;
        }
        if (chunk.count == 0)
            break;
        if (progress && !progress(reader.bytesRead(), reader.size()))
            return Error{Error::Kind::Cancelled, tr("Reading the file was cancelled.")};
        chunk.clients.resize(chunk.count);
        chunk.phoneKeys.resize(chunk.count);
        chunk.problems.resize(chunk.count);
        const qsizetype half = chunk.count / 2;
        std::thread first(&prepare, std::ref(chunk), 0, half, std::cref(mapping), std::cref(phones), columns,
                          std::cref(today));
        prepare(chunk, half, chunk.count, mapping, phones, columns, today);
        first.join();
        decide(chunk);
    }
    if (progress)
        progress(reader.size(), reader.size());
    return plan;
}

void ImportPlan::setAction(qsizetype entry, DuplicateAction action) {
    if (entry >= 0 && entry < m_entries.size())
        m_entries[entry].action = action;
}

void ImportPlan::setDuplicateAction(DuplicateAction action) {
    for (ImportEntry &entry : m_entries)
        entry.action = action;
}

qsizetype ImportPlan::count(ImportEntry::Kind kind) const {
    return std::count_if(m_entries.cbegin(), m_entries.cend(),
                         [kind](const ImportEntry &entry) { return entry.kind == kind; });
}

QByteArray ImportPlan::rejectedCsv() const {
    const auto line = [](const QStringList &fields) {
        QString record = CsvText::record(fields);
        record += CsvText::LineEnd;
        return record;
    };
    // Line and reason first, so the row's own values, however many, keep their columns.
    QString csv = line(QStringList{tr("Line"), tr("Reason")} + m_headers);
    for (const ImportEntry &entry : m_entries) {
        if (entry.kind == ImportEntry::Kind::Rejected)
            csv += line(QStringList{QString::number(entry.line), entry.reason} + entry.values);
    }
    return csv.toUtf8();
}

} // namespace bk
