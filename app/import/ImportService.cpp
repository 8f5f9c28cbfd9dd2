// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/import/ImportService.h"

#include "app/policy/PracticeService.h"
#include "app/storage/ClientRepository.h"

namespace bk {

namespace {
// Fills the fields `existing` leaves empty from `imported`; whether any was.
bool fillEmptyFields(Client &existing, const Client &imported) {
    bool filled = false;
    for (auto field : {&Client::preferredName, &Client::email, &Client::phone, &Client::notes}) {
        if ((existing.*field).trimmed().isEmpty() && !(imported.*field).trimmed().isEmpty()) {
            existing.*field = imported.*field;
            filled = true;
        }
    }
    return filled;
}
} // namespace

QString ImportOutcome::summary() const {
    return tr("Imported %n client(s), updated %1, skipped %2, rejected %3.", nullptr, int(added))
        .arg(updated)
        .arg(skipped)
        .arg(rejected);
}

Result<PhoneNumbers> ImportService::phoneNumbers() const {
    const Result<PracticeProfile> profile = PracticeService(m_db).load();
    if (!profile)
        return profile.error();
    return PhoneNumbers(PhoneNumbers::regionOf(profile.value().timeZoneId));
}

Result<ImportPlan> ImportService::plan(ImportReader &reader, const ImportMapping &mapping,
                                       const ImportPlan::Progress &progress) const {
    const Result<PhoneNumbers> phones = phoneNumbers();
    if (!phones)
        return phones.error();
    ClientContacts contacts;
    const Status read =
        ClientRepository(m_db).forEachContact([&](qint64 id, const QString &email, const QString &phone) {
            if (!email.isEmpty())
                contacts.byEmail.insert(email.trimmed().toLower(), id);
            if (!phone.isEmpty())
                contacts.byPhone.insert(phones.value().key(phone), id);
        });
    if (!read)
        return read.error();
    return ImportPlan::build(reader, mapping, contacts, phones.value(), progress);
}

Result<ImportOutcome> ImportService::apply(const ImportPlan &plan,
                                           const ClientService::Progress &progress) const {
    const ClientService clients(m_db);
    ImportOutcome outcome;
    QList<Client> added;
    QList<Client> updated;
    for (const ImportEntry &entry : plan.entries()) {
        if (entry.kind == ImportEntry::Kind::Rejected)
            ++outcome.rejected;
        else if (entry.kind == ImportEntry::Kind::New || entry.action == DuplicateAction::ImportAsNew)
            added.append(entry.client);
        else if (entry.action == DuplicateAction::Skip)
            ++outcome.skipped;
        else {
            Result<Client> existing = clients.get(entry.existingId);
            if (!existing)
                return existing.error();
            Client merged = std::move(existing).value();
            if (fillEmptyFields(merged, entry.client))
                updated.append(merged);
            else
                ++outcome.skipped; // nothing empty to fill
        }
    }
    if (const Status written = clients.addAndUpdate(added, updated, progress); !written)
        return written.error();
    outcome.added = added.size();
    outcome.updated = updated.size();
    return outcome;
}

} // namespace bk
