// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/clients/ClientQuery.h"
#include "app/common/Result.h"

#include <QList>
#include <QSqlQuery>
#include <functional>

namespace bk {

class ClientSearchIndex;
class Database;
class KeysetQuery;

/// Reads and writes clients: the only place where client SQL lives. Writes neither validate nor announce;
/// ClientService does both around them.
class ClientRepository {
public:
    explicit ClientRepository(const Database &database)
        : m_db(database) {}

    /// Inserts clients one after another with one prepared statement: for many at once (an import), inside
    /// a transaction.
    class Inserter {
    public:
        explicit Inserter(const ClientRepository &repository);
        /// Inserts the client as given; returns the new id.
        Result<qint64> insert(const Client &client);

    private:
        const Database &m_db;
        QSqlQuery m_query;
    };

    /// Inserts the client as given; returns the new id.
    Result<qint64> insert(const Client &client) const;
    /// Saves every field of an existing client, provided it is still at the version it was read at
    /// (client.rowVersion); returns the version it has now. Stale when it was saved elsewhere since, NotFound
    /// when there is none.
    Result<int> update(const Client &client) const;
    Status setArchived(qint64 id, bool archived) const;
    /// Deletes the client for good.
    Status remove(qint64 id) const;
    /// Overwrites the client's personal data and the free text of their records, removes their drafts and,
    /// with SignedDocuments::Remove, their signed agreements and contracts, and records the erasure on the
    /// client (migration 013 lets exactly these writes past the append-only triggers). NotFound when there is
    /// no such client, Invalid when it was erased already.
    Status erase(qint64 id, SignedDocuments signedDocuments) const;
    /// What erase() would overwrite or remove.
    Result<ErasureScope> erasureScope(qint64 id) const;
    Result<Client> get(qint64 id) const;

    Result<qint64> count(const ClientFilter &filter) const;
    /// Rows [offset, offset + limit) of the sorted, filtered list.
    Result<QList<ClientListRow>> pageAt(const ClientFilter &filter, const ClientSort &sort, qint64 offset,
                                        int limit) const;
    /// The `limit` rows that end `offsetFromEnd` rows before the end of the sorted, filtered list, in list
    /// order.
    Result<QList<ClientListRow>> pageFromEnd(const ClientFilter &filter, const ClientSort &sort,
                                             qint64 offsetFromEnd, int limit) const;
    /// The `limit` rows that follow (or, with `before`, precede) `row` in the sorted, filtered list after
    /// skipping `skip` rows, in list order.
    Result<QList<ClientListRow>> pageNextTo(const ClientFilter &filter, const ClientSort &sort,
                                            const ClientListRow &row, bool before, int limit,
                                            qint64 skip = 0) const;

    /// The listed rows of the clients `ids`, in that order (with `key`'s value as sort value); clients that
    /// no longer exist are left out.
    Result<QList<ClientListRow>> rowsWithIds(const QList<qint64> &ids, ClientSortKey key) const;
    /// Calls `sink` with the id, email address and phone number of every client (archived ones too), as
    /// stored: to find the clients an import describes again.
    Status forEachContact(
        const std::function<void(qint64 id, const QString &email, const QString &phone)> &sink) const;
    /// Adds every client (archived ones too) to `index`, which must be empty.
    Status loadSearchIndex(ClientSearchIndex &index) const;
    /// Marks in `index` the clients due to acknowledge the latest policy version.
    Status loadSearchReacknowledgementDue(ClientSearchIndex &index) const;
    /// Reads the order of `key` into `index`.
    Status loadSearchOrder(ClientSearchIndex &index, ClientSortKey key) const;

    /// The 0-based position of client `id` in the sorted, filtered list, or -1 when the filter hides it.
    Result<qint64> positionOf(const ClientFilter &filter, const ClientSort &sort, qint64 id) const;

private:
    /// The list `filter` selects, in the order of `sort`.
    KeysetQuery keyset(const ClientFilter &filter, const ClientSort &sort) const;

    const Database &m_db;
};

} // namespace bk
