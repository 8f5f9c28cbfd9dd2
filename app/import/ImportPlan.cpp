// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/import/ImportPlan.h"

#include "app/clients/ClientValidator.h"
#include "app/common/Clock.h"
#include "app/common/CsvText.h"
#include "app/import/ImportReader.h"

namespace bk {

namespace {
// Progress is reported every this many rows: often enough for a bar, rarely enough to cost nothing.
constexpr int ProgressEvery = 1000;
} // namespace

Result<ImportPlan> ImportPlan::build(ImportReader &reader, const ImportMapping &mapping,
                                     const ClientContacts &existing, const PhoneNumbers &phones,
                                     const Progress &progress) {
    ImportPlan plan;
    plan.m_headers = reader.headers();
    const QDate today = Clock::todayLocal();
    // Rows of this file already planned as new, to find the same person twice in one file.
    QHash<QString, qint64> newByEmail;
    QHash<QString, qint64> newByPhone;
    ImportRow row;
    while (true) {
        const Result<bool> read = reader.next(&row);
        if (!read)
            return read.error();
        if (!read.value())
            break;
        if (progress && plan.m_entries.size() % ProgressEvery == 0 &&
            !progress(reader.bytesRead(), reader.size()))
            return Error{Error::Kind::Cancelled, tr("Reading the file was cancelled.")};

        ImportEntry entry;
        entry.line = row.line;
        entry.client = mapping.clientFrom(row.values);
        const PhoneNumbers::Reading reading = phones.read(entry.client.phone);
        entry.client.phone = reading.written;
        const QString email = entry.client.email.trimmed().toLower();
        const QString phone = reading.key;
        const auto reject = [&](const QString &reason) {
            entry.kind = ImportEntry::Kind::Rejected;
            entry.reason = reason;
            entry.values = row.values;
        };
        if (!row.problem.isEmpty())
            reject(row.problem);
        else if (row.values.size() > plan.m_headers.size())
            reject(tr("The row has %1 values but the header names %2 columns; is a quote or delimiter "
                      "misplaced?")
                       .arg(row.values.size())
                       .arg(plan.m_headers.size()));
        else if (const QList<ClientValidator::Problem> problems =
                     ClientValidator::validate(entry.client, today);
                 !problems.isEmpty())
            reject(ClientValidator::summary(problems));
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
        plan.m_entries.append(entry);
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
