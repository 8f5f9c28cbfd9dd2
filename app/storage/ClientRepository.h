// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/clients/ClientQuery.h"
#include "app/common/Result.h"
#include "app/storage/JoinedRead.h"

#include <QList>
#include <QSqlQuery>
#include <QVariant>
#include <functional>
#include <memory>
#include <optional>

namespace bk {

class BulkLoad;
class ClientSearchIndex;
class Database;
class SqliteStatement;
class KeysetQuery;

/// Reads and writes clients: the only place where client SQL lives. Writes neither validate nor announce;
/// ClientService does both around them.
class ClientRepository {
public:
    explicit ClientRepository(const Database &database)
        : m_db(database) {}

    /// Inserts many clients (an import) inside a transaction, BatchRows to a statement: one round trip to
    /// a server, and one statement for SQLite to run (through its own API: see SqliteStatement), for each
    /// batch. add() holds a client until its batch is full; finish() inserts those still held. The clients
    /// are added at one moment, by the practitioner signed in. When `bulk` records the inserts (its audit
    /// trigger set aside), each client's row digest is computed from the values bound, byte for byte what
    /// bk_row_digest reads from the stored row, and handed to it with the client's id.
    class Inserter {
    public:
        explicit Inserter(const ClientRepository &repository, BulkLoad *bulk = nullptr);
        ~Inserter();
        Status add(const Client &client);
        Status finish();

        static constexpr int BatchRows = 100;

    private:
        Status insertHeld(QSqlQuery &query);
        Status insertHeld(SqliteStatement &statement);

        const Database &m_db;
        BulkLoad *m_bulk;
        /// On a server: the statement of a full batch.
        QSqlQuery m_batch;
        /// On a file: the same, through SQLite's API.
        std::unique_ptr<SqliteStatement> m_sqliteBatch;
        QVariant m_now;
        QVariant m_me;
        QList<Client> m_held;
        /// On a file, the id the next client gets (SQLite gives the next rowid after the highest).
        qint64 m_nextId = 0;
        /// Whether the table's columns were found to be those the digests cover.
        bool m_columnsChecked = false;
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
    /// Whether the client bound to ":client" is there for get() (on a server: one the practitioner may see),
    /// as a part of a statement that reads more at once, and foundFrom() reading it back from the row's
    /// column `first`.
    static JoinedRead foundRead();
    static bool foundFrom(const QSqlQuery &query, int first);

    Result<qint64> count(const ClientFilter &filter) const;
    /// The statement pageAt() runs, prepared and bound but not executed (for the tests of its plan).
    QSqlQuery pageQuery(const ClientFilter &filter, const ClientSort &sort, qint64 offset, int limit) const;
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
    /// The table of the saved search indexes: a cache of client data, left out of exports, copies and table
    /// counts.
    static QString searchSnapshotTable() { return QStringLiteral("client_search_snapshots"); }
    /// The search index saved by saveSearchSnapshot() (on a server, the one this role saved), as it was at
    /// its changesSeen(): updateSearchIndex() brings it up to date. Nothing when none is saved, or when the
    /// saved one is not one this version can read (ClientSearchIndex::fromSnapshot()).
    Result<std::optional<ClientSearchIndex>> loadSearchSnapshot() const;
    /// Saves `index`, read whole just now, for loadSearchSnapshot(), unless the saved one is at the same
    /// audit event already. Only while the trail is still at index.changesSeen() (checked in the transaction
    /// that writes it): a client erased or deleted since may still be in the index, and erasing or deleting a
    /// client deletes the saved index in its own transaction (migration 022). Refused on a read-only
    /// database. It is a cache: nothing is recorded or announced.
    Status saveSearchSnapshot(const ClientSearchIndex &index) const;
    /// Marks in `index` the clients due to acknowledge the latest policy version.
    Status loadSearchReacknowledgementDue(ClientSearchIndex &index) const;
    /// Reads the order of `key` into `index`.
    Status loadSearchOrder(ClientSearchIndex &index, ClientSortKey key) const;
    /// Brings `index` up to date with the changes the audit trail recorded since it was read, reading the
    /// changed clients again by id. False when it must be read anew instead: too many clients changed at
    /// once, who sees which clients may have changed, the trail is not the one read, or a client changed
    /// while the changed ones were put back in order.
    Result<bool> updateSearchIndex(ClientSearchIndex &index) const;

    /// The 0-based position of client `id` in the sorted, filtered list, or -1 when the filter hides it.
    Result<qint64> positionOf(const ClientFilter &filter, const ClientSort &sort, qint64 id) const;

private:
    /// The list `filter` selects, in the order of `sort`, for a page that skips `skipped` rows.
    KeysetQuery keyset(const ClientFilter &filter, const ClientSort &sort, qint64 skipped = 0) const;
    /// Puts the clients `ids` (which left it) back into the order of `key` in `index`.
    Status placeInSearchOrder(ClientSearchIndex &index, ClientSortKey key, const QList<qint64> &ids) const;

    const Database &m_db;
};

} // namespace bk
