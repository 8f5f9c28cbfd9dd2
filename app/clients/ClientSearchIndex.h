// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/clients/ClientQuery.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <array>
#include <functional>
#include <optional>
#include <vector>

namespace bk {

/// Type-ahead search in memory. SQL cannot find every client whose name, email or phone contains "m" without
/// reading every row (LIKE '%m%' uses no index), which takes tens of milliseconds at 100,000 clients. This
/// index holds what a client filter tests, every client's search key as folded UTF-8 in one block, and the
/// client order of each sort key read so far, so that a search is a scan of a few megabytes and a walk over
/// one order. ClientRepository fills it and brings it up to date with the clients changed since (the audit
/// trail names them); ClientTableModel keeps one while the practice is open.
///
/// A word matches exactly where ClientRepository's `search_key LIKE '%word%'` does: both compare folded text
/// (TextKeys::fold()), so a plain byte search finds the same clients.
class ClientSearchIndex {
public:
    /// What the index holds of a client.
    struct Entry {
        qint64 id = 0;
        QByteArray searchKey; ///< UTF-8
        bool archived = false;
        ClientStatus status = ClientStatus::Active;
    };

    /// Adds a client, whose search key is `searchKey` (UTF-8). Clients must be added in ascending id order.
    void add(qint64 id, QByteArrayView searchKey, bool archived, ClientStatus status);
    /// Replaces the clients `changed` by what they hold now, `current` (ascending by id; a changed client
    /// missing from it is gone), in place: meant for a few. The changed clients leave every order:
    /// placeInOrder() puts them back.
    void replace(QList<qint64> changed, const QList<Entry> &current);
    /// Puts client `id` into the order of `key` just before client `before`, or at the end when `before` is
    /// not in that order.
    void placeInOrder(ClientSortKey key, qint64 id, qint64 before);
    /// The last event of the audit trail whose changes the index holds.
    qint64 changesSeen() const { return m_changesSeen; }
    void setChangesSeen(qint64 seq) { m_changesSeen = seq; }

    /// Marks the clients due to acknowledge the latest policy version (read only when a filter asks).
    void setReacknowledgementDue(const QList<qint64> &ids);
    bool hasReacknowledgementDue() const { return m_hasReacknowledgementDue; }
    /// Forgets who is due to re-acknowledge (a change may have made it wrong): read again when a filter asks.
    void forgetReacknowledgementDue() { m_hasReacknowledgementDue = false; }
    /// Sets the order of `key`: every client's id, ascending by the key and then by id (as ClientRepository
    /// sorts). Ids not added are ignored.
    void setOrder(ClientSortKey key, const QList<qint64> &ascendingIds);
    bool hasOrder(ClientSortKey key) const;
    qsizetype size() const { return qsizetype(m_ids.size()); }

    /// The index as one block of bytes to save (ClientRepository::saveSearchSnapshot()): laid out as it is
    /// held in memory, the keys compressed, so that reading it back is a few copies and one decompression,
    /// with no work per client. Who is due to re-acknowledge is left out (read when a filter asks). Empty
    /// when the index is too large to compress (keys over about 2 GB).
    QByteArray snapshot() const;
    /// The bytes every snapshot() of this version begins with: one that begins otherwise cannot be read.
    static QByteArray snapshotFormatMark();
    /// The index a snapshot() holds, or nothing when `bytes` is not one this version wrote (another format
    /// version, a size that does not add up, offsets or positions out of range: a damaged or foreign block is
    /// never trusted).
    static std::optional<ClientSearchIndex> fromSnapshot(QByteArrayView bytes);
    /// Reads `bytes` bytes of a snapshot from `offset` into `to`; false when it cannot.
    using SnapshotRead = std::function<bool(void *to, qint64 offset, qint64 bytes)>;
    /// The same, reading a snapshot of `size` bytes piece by piece straight into the index (as SQLite's
    /// incremental blob reading does, without a copy of the whole block first).
    static std::optional<ClientSearchIndex> fromSnapshot(qint64 size, const SnapshotRead &read);

    /// The ids of the clients `filter` lists, in the order of `sort` (whose order must have been set, and the
    /// clients due to re-acknowledge when the filter asks for them).
    QList<qint64> matching(const ClientFilter &filter, const ClientSort &sort) const;

private:
    /// `whole` is the block itself when it is in memory (compressed arrays are restored from it in place), or
    /// nullptr.
    static std::optional<ClientSearchIndex> fromSnapshot(qint64 size, const SnapshotRead &read,
                                                         const char *whole);
    static constexpr std::size_t SortKeys = std::size_t(ClientSortKey::UpdatedAt) + 1;
    enum Flag : quint8 { Archived = 0x08, ReacknowledgementDue = 0x10, StatusMask = 0x07 };

    /// The two positions of `word` (at least two bytes) the search compares first.
    std::pair<int, int> anchors(const QByteArray &word) const;
    /// Clears the clients in `listed` (a byte per client, 1 when listed) whose key does not contain `word`.
    void keepMatches(const QByteArray &word, std::vector<quint8> &listed) const;

    /// The position of client `id` in m_ids, or -1.
    qsizetype positionOf(qint64 id) const;
    static quint8 flagsOf(bool archived, ClientStatus status);
    using ByteSet = std::array<quint64, 4>;
    /// The bytes in `key`, whose bytes are added to (sign 1) or taken from (-1) m_byteCounts.
    ByteSet countBytes(QByteArrayView key, int sign);

    std::vector<qint64> m_ids;       ///< ascending
    std::vector<quint8> m_flags;     ///< status | Archived | ReacknowledgementDue, by position in m_ids
    QByteArray m_keys;               ///< every search key in m_ids order, each followed by a NUL
    std::vector<quint32> m_keyStart; ///< where each key starts in m_keys, plus the end
    std::array<qint64, 256> m_byteCounts{}; ///< how often each byte occurs in m_keys
    std::vector<ByteSet> m_bytesPresent;    ///< the bytes in each key: a one-byte word is looked up here
    /// The clients ascending by a sort key: their positions in m_ids, and their ids.
    struct Order {
        std::vector<quint32> positions;
        std::vector<qint64> ids;
    };
    std::array<std::optional<Order>, SortKeys> m_orders;
    bool m_hasReacknowledgementDue = false;
    qint64 m_changesSeen = 0;
};

} // namespace bk
