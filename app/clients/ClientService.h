// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/clients/Client.h"
#include "app/common/Result.h"
#include "app/storage/ClientRepository.h"

#include <functional>

namespace bk {

class Database;

/// Every change to a client, from the window, the command line and the demo: it refuses writes to a
/// read-only practice, validates (ClientValidator), writes in one transaction and announces "clients" once
/// the change is committed, never for a refused one. Reads go to ClientRepository, where client SQL lives.
class ClientService {
public:
    explicit ClientService(const Database &database)
        : m_db(database) {}

    /// Adds the client; returns the new id.
    Result<qint64> add(const Client &client) const;
    /// Saves every field of an existing client, provided nobody saved it since it was read at
    /// client.rowVersion; returns the version it has now. Stale when someone did: nothing is written and
    /// `theirs`, when given, receives the client as stored now, to show both side by side. NotFound when it
    /// was deleted meanwhile.
    Result<int> update(const Client &client, Client *theirs = nullptr) const;
    /// Called with the clients written so far and how many there are; returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    /// Hands each client of a batch to `write` (which adds or saves it) in turn; an error from `write` or
    /// its own (a file that cannot be read on) stops it and is returned.
    using Clients = std::function<Status(const std::function<Status(const Client &client)> &write)>;
    /// Adds the clients `added` hands over and then saves those `updated` hands over (each as update()
    /// would), in one transaction: all are written or, when one is refused, `progress` cancels or a batch
    /// fails, none. The clients are taken one at a time, so a batch need not be held in memory; `adding`
    /// (how many `added` holds, about) decides how they are loaded and `total` is what `progress` is told.
    /// Announces "clients" once.
    Status addAndUpdate(qint64 adding, qint64 total, const Clients &added, const Clients &updated,
                        const Progress &progress = {}) const;
    Status setArchived(qint64 id, bool archived) const;
    /// Deletes the client for good. Refused (Conflict) for a client with records: erase() them instead.
    Status remove(qint64 id) const;
    /// Answers a client's request to erase their personal data, in one transaction: their name, contact
    /// details and notes, the free text of their incidents, steps, follow-ups and outcomes, and drafts go;
    /// their signed agreements and contracts are kept or removed as `signedDocuments` says. Their incidents
    /// stay (anonymised) so that the dashboard's counts stay true, and the erasure is recorded on the client.
    Status erase(qint64 id, SignedDocuments signedDocuments) const;
    /// What erase() would overwrite or remove, to name it before asking.
    Result<ErasureScope> erasureScope(qint64 id) const;
    Result<Client> get(qint64 id) const;
    Result<qint64> count(const ClientFilter &filter) const;
    /// Rows [offset, offset + limit) of the sorted, filtered list.
    Result<QList<ClientListRow>> list(const ClientFilter &filter, const ClientSort &sort, qint64 offset,
                                      int limit) const;

private:
    Status checkValid(const Client &client) const;
    /// Runs `write` in a transaction after the read-only check, and announces the change once committed.
    Status change(const std::function<Status()> &write) const;

    const Database &m_db;
};

} // namespace bk
