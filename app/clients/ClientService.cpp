// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientService.h"

#include "app/clients/ClientValidator.h"
#include "app/common/Clock.h"
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
    if (Status writable = m_db.checkWritable(); !writable)
        return writable;
    Status done = m_db.transaction(write);
    if (done)
        m_db.announce(QStringLiteral("clients"));
    return done;
}

Result<qint64> ClientService::add(const Client &client) const {
    if (Status valid = checkValid(client); !valid)
        return valid.error();
    qint64 id = 0;
    const Status added = change([&]() -> Status {
        const Result<qint64> inserted = ClientRepository(m_db).insert(client);
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        return {};
    });
    if (!added)
        return added.error();
    return id;
}

Status ClientService::update(const Client &client) const {
    if (Status valid = checkValid(client); !valid)
        return valid;
    return change([&]() { return ClientRepository(m_db).update(client); });
}

Status ClientService::setArchived(qint64 id, bool archived) const {
    return change([&]() { return ClientRepository(m_db).setArchived(id, archived); });
}

Status ClientService::remove(qint64 id) const {
    return change([&]() { return ClientRepository(m_db).remove(id); });
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
