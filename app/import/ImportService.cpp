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
                                       const ImportPlan::Progress &progress,
                                       const std::function<void(const ImportEntry &)> &decided) const {
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
    return ImportPlan::build(reader, mapping, contacts, phones.value(), progress, decided);
}

Result<ImportOutcome> ImportService::apply(const ImportPlan &plan,
                                           const ClientService::Progress &progress) const {
    const ClientService clients(m_db);
    ImportOutcome outcome;
    // The clients to update, by id, each with the empty fields that the duplicates of it filled: one per
    // client in the register, however many rows match it.
    struct Update {
        Client client;
        bool filled = false;
    };
    QHash<qint64, Update> updates;
    QList<qint64> order;
    const auto added = [&](const std::function<Status(const Client &)> &write) -> Status {
        return plan.forEach([&](const ImportEntry &entry) -> Result<bool> {
            if (entry.kind == ImportEntry::Kind::Rejected)
                ++outcome.rejected;
            else if (entry.kind == ImportEntry::Kind::New || entry.action == DuplicateAction::ImportAsNew) {
                if (Status written = write(entry.client); !written)
                    return written.error();
                ++outcome.added;
            } else if (entry.action == DuplicateAction::Skip)
                ++outcome.skipped;
            else {
                auto update = updates.find(entry.existingId);
                if (update == updates.end()) {
                    Result<Client> existing = clients.get(entry.existingId);
                    if (!existing)
                        return existing.error();
                    update = updates.insert(entry.existingId, Update{std::move(existing).value(), false});
                    order.append(entry.existingId);
                }
                if (fillEmptyFields(update->client, entry.client)) {
                    update->filled = true;
                    ++outcome.updated;
                } else {
                    ++outcome.skipped; // nothing empty to fill
                }
            }
            return true;
        });
    };
    const auto updated = [&](const std::function<Status(const Client &)> &write) -> Status {
        for (const qint64 id : std::as_const(order)) {
            if (const Update &update = updates[id]; update.filled) {
                if (Status written = write(update.client); !written)
                    return written;
            }
        }
        return {};
    };
    const qint64 adding = plan.count(ImportEntry::Kind::New);
    const qint64 duplicates = plan.count(ImportEntry::Kind::Duplicate);
    if (const Status written = clients.addAndUpdate(adding, adding + duplicates, added, updated, progress);
        !written)
        return written.error();
    return outcome;
}

} // namespace bk
