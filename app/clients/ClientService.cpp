// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientService.h"

#include "app/clients/ClientValidator.h"
#include "app/common/Clock.h"
#include "app/common/DocumentLanguage.h"
#include "app/storage/ClientRepository.h"
#include "app/storage/Database.h"

namespace bk {

Status ClientService::checkValid(const Client &client) const {
    const auto problems = ClientValidator::validate(client, Clock::todayLocal());
    if (!problems.isEmpty())
        return Error{Error::Kind::Invalid, ClientValidator::summary(problems)};
    return {};
}

Status ClientService::change(const std::function<Status()> &write) const {
    return m_db.change(QStringLiteral("clients"), write);
}

Result<qint64> ClientService::add(const Client &client) const {
    Client added = client;
    // A client's documents start in the practice's language: the one the practice works in now.
    if (added.documentLanguage.isEmpty())
        added.documentLanguage = DocumentLanguage::interfaceCode();
    if (Status valid = checkValid(added); !valid)
        return valid.error();
    return m_db.insert(QStringLiteral("clients"), [&]() { return ClientRepository(m_db).insert(added); });
}

Result<int> ClientService::update(const Client &client, Client *theirs) const {
    if (Status valid = checkValid(client); !valid)
        return valid.error();
    const ClientRepository clients(m_db);
    int version = 0;
    const Status saved = change([&]() -> Status {
        Result<int> updated = clients.update(client);
        if (!updated)
            return updated.error();
        version = updated.value();
        return {};
    });
    if (saved)
        return version;
    if (saved.error().kind == Error::Kind::Stale && theirs) {
        // Read after the refused transaction: the newest version, which a combined save then builds on.
        Result<Client> stored = clients.get(client.id);
        if (!stored)
            return stored.error();
        *theirs = std::move(stored).value();
    }
    return saved.error();
}

Status ClientService::setArchived(qint64 id, bool archived) const {
    return change([&]() { return ClientRepository(m_db).setArchived(id, archived); });
}

Status ClientService::remove(qint64 id) const {
    return change([&]() { return ClientRepository(m_db).remove(id); });
}

Status ClientService::erase(qint64 id, SignedDocuments signedDocuments) const {
    return change([&]() -> Status {
        if (Status erased = ClientRepository(m_db).erase(id, signedDocuments); !erased)
            return erased;
        for (const char *table : {"incidents", "agreements", "contracts"})
            m_db.announce(QString::fromLatin1(table));
        return {};
    });
}

Result<ErasureScope> ClientService::erasureScope(qint64 id) const {
    return ClientRepository(m_db).erasureScope(id);
}

Result<Client> ClientService::get(qint64 id) const {
    return ClientRepository(m_db).get(id);
}

Result<qint64> ClientService::count(const ClientFilter &filter) const {
    return ClientRepository(m_db).count(filter);
}

Result<QList<ClientListRow>> ClientService::list(const ClientFilter &filter, const ClientSort &sort,
                                                 qint64 offset, int limit) const {
    return ClientRepository(m_db).pageAt(filter, sort, offset, limit);
}

} // namespace bk
