// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientService.h"

#include "app/clients/ClientValidator.h"
#include "app/common/Clock.h"
#include "app/common/DocumentLanguage.h"
#include "app/storage/BulkLoad.h"
#include "app/storage/ClientRepository.h"
#include "app/storage/Database.h"

#include <QCoreApplication>

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

namespace {
// A client's documents start in the practice's language (`language`): the one the practice works in now.
Client withDocumentLanguage(const Client &client, const QString &language) {
    Client added = client;
    if (added.documentLanguage.isEmpty())
        added.documentLanguage = language;
    return added;
}

// lupdate files these messages under "ClientService", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(ClientService)
};
} // namespace

Result<qint64> ClientService::add(const Client &client) const {
    const Client added = withDocumentLanguage(client, DocumentLanguage::interfaceCode());
    if (Status valid = checkValid(added); !valid)
        return valid.error();
    return m_db.insert(QStringLiteral("clients"), [&]() { return ClientRepository(m_db).insert(added); });
}

Status ClientService::addAndUpdate(qint64 adding, qint64 total, const Clients &added, const Clients &updated,
                                   const Progress &progress) const {
    const ClientRepository clients(m_db);
    const QString language = DocumentLanguage::interfaceCode();
    return change([&]() -> Status {
        Result<BulkLoad> begun = BulkLoad::begin(m_db, QStringLiteral("clients"), adding);
        if (!begun)
            return begun.error();
        BulkLoad bulk = std::move(begun).value();
        ClientRepository::Inserter inserter(clients, &bulk);
        qint64 done = 0;
        const auto step = [&](const Client &client, const std::function<Status()> &write) -> Status {
            if (Status valid = checkValid(client); !valid)
                return Error{Error::Kind::Invalid,
                             Tr::tr("%1: %2").arg(client.fullName, valid.error().message)};
            if (Status written = write(); !written)
                return written;
            if (progress && !progress(++done, std::max(total, done)))
                return Error{Error::Kind::Invalid, Tr::tr("Cancelled: no client was added or changed.")};
            return {};
        };
        if (Status written = added([&](const Client &client) -> Status {
                const Client withLanguage = withDocumentLanguage(client, language);
                return step(withLanguage, [&]() { return inserter.add(withLanguage); });
            });
            !written)
            return written;
        if (Status inserted = inserter.finish(); !inserted)
            return inserted;
        if (Status finished = bulk.finish(); !finished)
            return finished;
        return updated([&](const Client &client) -> Status {
            return step(client, [&]() -> Status {
                const Result<int> version = clients.update(client);
                return version ? Status{} : Status{version.error()};
            });
        });
    });
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
