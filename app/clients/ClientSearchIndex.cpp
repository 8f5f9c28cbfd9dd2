// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientSearchIndex.h"

#include "app/common/TextKeys.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <lz4.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace bk {

namespace {

/// The first occurrence of `word` (at least two bytes) in [from, end), or nullptr. Two of its bytes
/// (`anchors`, the rarest) are compared at 16 positions at once, the whole word only where both match:
/// glibc's memmem() takes several times longer on short words.
const char *find(const char *from, const char *end, const QByteArray &word, std::pair<int, int> anchors) {
    const auto length = std::size_t(word.size());
    const char *const bytes = word.constData();
#ifdef __SSE2__
    const auto [a, b] = anchors;
    const __m128i first = _mm_set1_epi8(bytes[a]);
    const __m128i second = _mm_set1_epi8(bytes[b]);
    for (; end - from >= std::ptrdiff_t(length + 15); from += 16) {
        const __m128i atFirst = _mm_loadu_si128(reinterpret_cast<const __m128i *>(from + a));
        const __m128i atSecond = _mm_loadu_si128(reinterpret_cast<const __m128i *>(from + b));
        auto candidates = unsigned(_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpeq_epi8(atFirst, first), _mm_cmpeq_epi8(atSecond, second))));
        while (candidates != 0) {
            const char *const at = from + __builtin_ctz(candidates);
            if (std::memcmp(at, bytes, length) == 0)
                return at;
            candidates &= candidates - 1;
        }
    }
#else
    Q_UNUSED(anchors);
#endif
    return static_cast<const char *>(memmem(from, std::size_t(end - from), bytes, length));
}

} // namespace

quint8 ClientSearchIndex::flagsOf(bool archived, ClientStatus status) {
    return quint8(quint8(status) & StatusMask) | (archived ? Archived : 0);
}

ClientSearchIndex::ByteSet ClientSearchIndex::countBytes(QByteArrayView key, int sign) {
    ByteSet present{};
    for (const char c : key) {
        m_byteCounts[quint8(c)] += sign;
        present[quint8(c) / 64] |= quint64(1) << (quint8(c) % 64);
    }
    return present;
}

void ClientSearchIndex::add(qint64 id, QByteArrayView searchKey, bool archived, ClientStatus status) {
    if (m_keyStart.empty())
        m_keyStart.push_back(0);
    m_ids.push_back(id);
    m_flags.push_back(flagsOf(archived, status));
    m_bytesPresent.push_back(countBytes(searchKey, 1));
    m_keys.append(searchKey.data(), searchKey.size());
    m_keys.append('\0');
    m_keyStart.push_back(quint32(m_keys.size()));
}

void ClientSearchIndex::replace(QList<qint64> changed, const QList<Entry> &current) {
    std::sort(changed.begin(), changed.end());
    if (m_keyStart.empty())
        m_keyStart.push_back(0);
    m_hasReacknowledgementDue = false;
    for (std::optional<Order> &order : m_orders) {
        if (!order)
            continue;
        // Kept in place, the others; the positions move below as clients come and go.
        std::size_t kept = 0;
        for (std::size_t i = 0; i < order->ids.size(); ++i) {
            if (!std::binary_search(changed.cbegin(), changed.cend(), order->ids[i])) {
                order->ids[kept] = order->ids[i];
                order->positions[kept++] = order->positions[i];
            }
        }
        order->ids.resize(kept);
        order->positions.resize(kept);
    }
    // Each client changed in place: a few changes move only the keys after them (a new client comes last).
    const auto shiftPositions = [this](std::size_t from, int by) {
        for (std::optional<Order> &order : m_orders) {
            for (std::size_t i = 0; order && i < order->positions.size(); ++i) {
                if (order->positions[i] >= from)
                    order->positions[i] += quint32(by);
            }
        }
    };
    const auto shiftKeyStarts = [this](std::size_t from, qint64 by) {
        for (std::size_t i = from; i < m_keyStart.size(); ++i)
            m_keyStart[i] = quint32(m_keyStart[i] + by);
    };
    auto next = current.cbegin();
    for (const qint64 id : std::as_const(changed)) {
        while (next != current.cend() && next->id < id)
            ++next;
        const Entry *now = next != current.cend() && next->id == id ? &*next : nullptr;
        const auto position =
            std::size_t(std::lower_bound(m_ids.cbegin(), m_ids.cend(), id) - m_ids.cbegin());
        const bool known = position < m_ids.size() && m_ids[position] == id;
        const quint32 start = m_keyStart[position];
        const qint64 oldLength = known ? qint64(m_keyStart[position + 1] - start) : 0; // with its NUL
        if (known)
            countBytes(m_keys.mid(start, oldLength - 1), -1);
        if (known && now) {
            m_keys.replace(start, oldLength - 1, now->searchKey);
            shiftKeyStarts(position + 1, now->searchKey.size() + 1 - oldLength);
            m_flags[position] = flagsOf(now->archived, now->status);
            m_bytesPresent[position] = countBytes(now->searchKey, 1);
        } else if (known) {
            m_keys.remove(start, oldLength);
            m_keyStart.erase(m_keyStart.begin() + qsizetype(position) + 1);
            shiftKeyStarts(position + 1, -oldLength);
            m_ids.erase(m_ids.begin() + qsizetype(position));
            m_flags.erase(m_flags.begin() + qsizetype(position));
            m_bytesPresent.erase(m_bytesPresent.begin() + qsizetype(position));
            shiftPositions(position + 1, -1);
        } else if (now) {
            m_keys.insert(start, QByteArray(now->searchKey).append('\0'));
            m_keyStart.insert(m_keyStart.begin() + qsizetype(position), start);
            shiftKeyStarts(position + 1, now->searchKey.size() + 1);
            m_ids.insert(m_ids.begin() + qsizetype(position), id);
            m_flags.insert(m_flags.begin() + qsizetype(position), flagsOf(now->archived, now->status));
            m_bytesPresent.insert(m_bytesPresent.begin() + qsizetype(position),
                                  countBytes(now->searchKey, 1));
            shiftPositions(position, 1);
        }
    }
}

void ClientSearchIndex::placeInOrder(ClientSortKey key, qint64 id, qint64 before) {
    std::optional<Order> &order = m_orders.at(std::size_t(key));
    const qsizetype position = positionOf(id);
    if (!order || position < 0)
        return;
    const auto at = std::find(order->ids.cbegin(), order->ids.cend(), before) - order->ids.cbegin();
    order->ids.insert(order->ids.cbegin() + at, id);
    order->positions.insert(order->positions.cbegin() + at, quint32(position));
}

qsizetype ClientSearchIndex::positionOf(qint64 id) const {
    const auto found = std::lower_bound(m_ids.cbegin(), m_ids.cend(), id);
    return found != m_ids.cend() && *found == id ? found - m_ids.cbegin() : -1;
}

void ClientSearchIndex::setReacknowledgementDue(const QList<qint64> &ids) {
    for (quint8 &flags : m_flags)
        flags &= quint8(~ReacknowledgementDue);
    for (const qint64 id : ids) {
        if (const qsizetype position = positionOf(id); position >= 0)
            m_flags[std::size_t(position)] |= ReacknowledgementDue;
    }
    m_hasReacknowledgementDue = true;
}

void ClientSearchIndex::setOrder(ClientSortKey key, const QList<qint64> &ascendingIds) {
    Order order;
    order.positions.reserve(std::size_t(ascendingIds.size()));
    order.ids.reserve(std::size_t(ascendingIds.size()));
    for (const qint64 id : ascendingIds) {
        if (const qsizetype position = positionOf(id); position >= 0) {
            order.positions.push_back(quint32(position));
            order.ids.push_back(id);
        }
    }
    m_orders.at(std::size_t(key)) = std::move(order);
}

bool ClientSearchIndex::hasOrder(ClientSortKey key) const {
    return m_orders.at(std::size_t(key)).has_value();
}

std::pair<int, int> ClientSearchIndex::anchors(const QByteArray &word) const {
    // The two positions whose bytes occur least often in the keys: where both match, the word most likely
    // starts (in "mül", "u" and "l" rather than "m" and "l", which "example.com" has at the same distance).
    std::pair<int, int> rarest{0, int(word.size()) - 1};
    QList<int> positions;
    for (int i = 0; i < word.size(); ++i)
        positions.append(i);
    std::stable_sort(positions.begin(), positions.end(), [&](int x, int y) {
        return m_byteCounts[quint8(word.at(x))] < m_byteCounts[quint8(word.at(y))];
    });
    if (positions.size() >= 2)
        rarest = std::minmax(positions.at(0), positions.at(1));
    return rarest;
}

void ClientSearchIndex::keepMatches(const QByteArray &word, std::vector<quint8> &listed) const {
    if (word.size() == 1) {
        const auto byte = quint8(word.at(0));
        for (std::size_t client = 0; client < listed.size(); ++client)
            listed[client] &= quint8((m_bytesPresent[client][byte / 64] >> (byte % 64)) & 1);
        return;
    }
    // One search through the whole block finds the next client containing the word and goes on from the start
    // of the following key; the clients in between do not contain it.
    const char *const begin = m_keys.constData();
    const char *const end = begin + m_keys.size();
    const std::pair<int, int> rarest = anchors(word);
    std::size_t client = 0;
    const char *from = begin;
    while (const char *const found = from < end ? find(from, end, word, rarest) : nullptr) {
        const auto offset = quint32(found - begin);
        for (; m_keyStart[client + 1] <= offset; ++client)
            listed[client] = 0;
        from = begin + m_keyStart[++client];
    }
    std::fill(listed.begin() + qsizetype(client), listed.end(), quint8(0));
}

namespace {

// The snapshot's layout: a header, then each array as it is held in memory, every one starting at a multiple
// of 8 bytes. The keys and the bytes present in each key, five sixths of it, are compressed with LZ4 (each
// stored as its compressed size and the compressed bytes): a server sends 5 MB instead of 13 at 100,000
// clients, and LZ4 restores them faster than the megabytes saved take to arrive. A new layout or meaning
// takes a new SnapshotFormat; a snapshot of another one is ignored.
constexpr quint32 SnapshotMagic = 0x49534b42; // "BKSI" as a little-endian number: another byte order fails it
constexpr quint32 SnapshotFormat = 2;
// LZ4 makes at most this many bytes of one compressed byte: a header asking for more is not believed.
constexpr quint64 MostExpansion = 255;

struct SnapshotHeader {
    quint32 magic;
    quint32 format;
    qint64 changesSeen;
    quint64 clients;
    quint64 keyBytes;
    quint64 orders; ///< a bit per sort key whose order follows, in the order of the keys
    quint64 totalBytes;
};

constexpr qint64 aligned(qint64 bytes) {
    return (bytes + 7) & ~qint64(7);
}

void appendAligned(QByteArray &to, const void *data, qint64 bytes) {
    to.append(static_cast<const char *>(data), bytes);
    to.append(aligned(bytes) - bytes, '\0');
}

/// Appends `bytes` bytes of `data` compressed, after their compressed size; false when LZ4 cannot take them
/// (over about 2 GB).
bool appendCompressed(QByteArray &to, const void *data, qint64 bytes) {
    if (bytes > LZ4_MAX_INPUT_SIZE)
        return false;
    const qsizetype sizeAt = to.size();
    const quint64 placeholder = 0;
    appendAligned(to, &placeholder, sizeof placeholder);
    const qsizetype dataAt = to.size();
    to.resize(dataAt + LZ4_compressBound(int(bytes)));
    const int compressed = LZ4_compress_default(static_cast<const char *>(data), to.data() + dataAt,
                                                int(bytes), LZ4_compressBound(int(bytes)));
    if (compressed <= 0 && bytes > 0)
        return false;
    to.resize(dataAt + compressed);
    to.append(aligned(compressed) - compressed, '\0');
    const auto size = quint64(compressed);
    std::memcpy(to.data() + sizeAt, &size, sizeof size);
    return true;
}

/// Reads a snapshot's arrays in turn, each only if it lies wholly inside the block.
class SnapshotReader {
public:
    /// `whole` is the block itself when it is in memory: compressed arrays are then restored from it in
    /// place.
    SnapshotReader(qint64 size, const ClientSearchIndex::SnapshotRead &read, const char *whole)
        : m_size(size)
        , m_read(read)
        , m_whole(whole) {}

    /// Copies `count` items into `to`; false when they would run past the end.
    template <typename T> bool read(T *to, quint64 count) {
        if (count > quint64(m_size) / sizeof(T))
            return false;
        const auto bytes = qint64(count * sizeof(T));
        if (bytes > m_size - m_at || (bytes > 0 && !m_read(to, m_at, bytes)))
            return false;
        m_at = std::min(m_size, m_at + aligned(bytes));
        return true;
    }
    /// Restores `count` compressed items into `to`, sized to hold them once their compressed size shows they
    /// can be there; false when they would run past the end or do not restore to exactly that many.
    template <typename Container> bool readCompressed(Container &to, quint64 count) {
        using Item = std::remove_reference_t<decltype(*to.data())>;
        quint64 compressed = 0;
        if (!read(&compressed, 1) || compressed > quint64(m_size - m_at) ||
            count > compressed * MostExpansion / sizeof(Item) + 1 ||
            count * sizeof(Item) > quint64(std::numeric_limits<int>::max()))
            return false;
        to.resize(decltype(to.size())(count));
        const char *from = m_whole ? m_whole + m_at : nullptr;
        if (!from) {
            m_scratch.resize(std::size_t(compressed));
            if (compressed > 0 && !m_read(m_scratch.data(), m_at, qint64(compressed)))
                return false;
            from = m_scratch.data();
        }
        const auto bytes = int(count * sizeof(Item));
        if (LZ4_decompress_safe(from, reinterpret_cast<char *>(to.data()), int(compressed), bytes) != bytes)
            return false;
        m_at = std::min(m_size, m_at + aligned(qint64(compressed)));
        return true;
    }
    bool atEnd() const { return m_at == m_size; }

private:
    qint64 m_size;
    const ClientSearchIndex::SnapshotRead &m_read;
    const char *m_whole;
    std::vector<char> m_scratch;
    qint64 m_at = 0;
};

} // namespace

QByteArray ClientSearchIndex::snapshot() const {
    const std::size_t clients = m_ids.size();
    SnapshotHeader header{
        SnapshotMagic, SnapshotFormat, m_changesSeen, clients, quint64(m_keys.size()), 0, 0};
    for (std::size_t key = 0; key < SortKeys; ++key) {
        if (m_orders[key])
            header.orders |= quint64(1) << key;
    }
    // Who is due to re-acknowledge is read when a filter asks: it is not kept.
    std::vector<quint8> flags = m_flags;
    for (quint8 &clientFlags : flags)
        clientFlags &= quint8(~ReacknowledgementDue);
    const std::vector<quint32> keyStart = m_keyStart.empty() ? std::vector<quint32>{0} : m_keyStart;

    QByteArray bytes;
    bytes.reserve(qsizetype(sizeof header + clients * (sizeof(qint64) + sizeof(quint32) + 1) +
                            sizeof m_byteCounts + 64 * (SortKeys + 8)));
    appendAligned(bytes, &header, sizeof header);
    appendAligned(bytes, m_ids.data(), qint64(clients * sizeof(qint64)));
    appendAligned(bytes, keyStart.data(), qint64(keyStart.size() * sizeof(quint32)));
    appendAligned(bytes, flags.data(), qint64(clients));
    if (!appendCompressed(bytes, m_bytesPresent.data(), qint64(clients * sizeof(ByteSet))))
        return {};
    appendAligned(bytes, m_byteCounts.data(), qint64(sizeof m_byteCounts));
    if (!appendCompressed(bytes, m_keys.constData(), m_keys.size()))
        return {};
    for (const std::optional<Order> &order : m_orders) {
        if (!order)
            continue;
        const quint64 length = order->positions.size();
        appendAligned(bytes, &length, sizeof length);
        appendAligned(bytes, order->positions.data(), qint64(length * sizeof(quint32)));
    }
    header.totalBytes = quint64(bytes.size());
    std::memcpy(bytes.data(), &header, sizeof header);
    return bytes;
}

QByteArray ClientSearchIndex::snapshotFormatMark() {
    QByteArray mark(sizeof SnapshotMagic + sizeof SnapshotFormat, Qt::Uninitialized);
    std::memcpy(mark.data(), &SnapshotMagic, sizeof SnapshotMagic);
    std::memcpy(mark.data() + sizeof SnapshotMagic, &SnapshotFormat, sizeof SnapshotFormat);
    return mark;
}

std::optional<ClientSearchIndex> ClientSearchIndex::fromSnapshot(QByteArrayView bytes) {
    return fromSnapshot(
        bytes.size(),
        [bytes](void *to, qint64 offset, qint64 count) {
            std::memcpy(to, bytes.data() + offset, std::size_t(count));
            return true;
        },
        bytes.data());
}

std::optional<ClientSearchIndex> ClientSearchIndex::fromSnapshot(qint64 size, const SnapshotRead &read) {
    return fromSnapshot(size, read, nullptr);
}

std::optional<ClientSearchIndex> ClientSearchIndex::fromSnapshot(qint64 size, const SnapshotRead &read,
                                                                 const char *whole) {
    SnapshotReader reader(size, read, whole);
    SnapshotHeader header{};
    if (!reader.read(&header, 1) || header.magic != SnapshotMagic || header.format != SnapshotFormat ||
        header.totalBytes != quint64(size) || header.orders >= (quint64(1) << SortKeys) ||
        header.keyBytes > std::numeric_limits<quint32>::max() || header.clients > header.keyBytes ||
        header.clients * (sizeof(qint64) + sizeof(quint32) + 1) > quint64(size))
        return std::nullopt;
    // The arrays stored as they are fit in the block, and each compressed one is sized only once its
    // compressed size shows it can be there: nothing larger than LZ4 can make of the block is allocated
    // whatever its header says.
    const auto clients = std::size_t(header.clients);
    ClientSearchIndex index;
    index.m_changesSeen = header.changesSeen;
    index.m_ids.resize(clients);
    index.m_keyStart.resize(clients + 1);
    index.m_flags.resize(clients);
    if (!reader.read(index.m_ids.data(), clients) || !reader.read(index.m_keyStart.data(), clients + 1) ||
        !reader.read(index.m_flags.data(), clients) ||
        !reader.readCompressed(index.m_bytesPresent, clients) ||
        !reader.read(index.m_byteCounts.data(), index.m_byteCounts.size()) ||
        !reader.readCompressed(index.m_keys, header.keyBytes))
        return std::nullopt;
    // What a search relies on: ids ascending (looked up by binary search), each key inside the block and
    // ended by its NUL (a match is mapped to its client by these offsets), known statuses.
    const char *const keys = index.m_keys.constData();
    if (index.m_keyStart.front() != 0 || index.m_keyStart.back() != header.keyBytes)
        return std::nullopt;
    for (std::size_t client = 0; client < clients; ++client) {
        const quint32 end = index.m_keyStart[client + 1];
        if (end <= index.m_keyStart[client] || end > header.keyBytes || keys[end - 1] != '\0' ||
            (client > 0 && index.m_ids[client] <= index.m_ids[client - 1]) ||
            (index.m_flags[client] & StatusMask) > quint8(ClientStatus::Closed) ||
            (index.m_flags[client] & ReacknowledgementDue))
            return std::nullopt;
    }
    for (std::size_t key = 0; key < SortKeys; ++key) {
        if (!(header.orders & (quint64(1) << key)))
            continue;
        quint64 length = 0;
        if (!reader.read(&length, 1) || length > clients)
            return std::nullopt;
        Order order;
        order.positions.resize(std::size_t(length));
        if (!reader.read(order.positions.data(), length))
            return std::nullopt;
        order.ids.reserve(std::size_t(length));
        for (const quint32 position : order.positions) {
            if (position >= clients)
                return std::nullopt;
            order.ids.push_back(index.m_ids[position]);
        }
        index.m_orders[key] = std::move(order);
    }
    if (!reader.atEnd())
        return std::nullopt;
    return index;
}

QList<qint64> ClientSearchIndex::matching(const ClientFilter &filter, const ClientSort &sort) const {
    const std::optional<Order> &order = m_orders.at(std::size_t(sort.key));
    QList<qint64> ids;
    if (!order || (filter.reacknowledgementDueOnly && !m_hasReacknowledgementDue))
        return ids;

    std::vector<quint8> listed(m_ids.size());
    for (std::size_t client = 0; client < listed.size(); ++client) {
        const quint8 flags = m_flags[client];
        listed[client] = (filter.includeArchived || !(flags & Archived)) &&
                         (!filter.status || (flags & StatusMask) == quint8(*filter.status)) &&
                         (!filter.reacknowledgementDueOnly || (flags & ReacknowledgementDue));
    }
    for (const QString &word : filter.searchWords()) {
        const QByteArray folded = TextKeys::fold(word).toUtf8();
        // A NUL would match across the end of a key; no key contains one.
        if (folded.contains('\0'))
            return ids;
        keepMatches(folded, listed);
    }

    // The order walked with the ids beside it: the only scattered reads are of `listed`, a byte per client.
    ids.reserve(std::count(listed.cbegin(), listed.cend(), quint8(1)));
    if (sort.order == Qt::AscendingOrder) {
        for (std::size_t i = 0; i < order->positions.size(); ++i) {
            if (listed[order->positions[i]])
                ids.append(order->ids[i]);
        }
    } else {
        for (std::size_t i = order->positions.size(); i-- > 0;) {
            if (listed[order->positions[i]])
                ids.append(order->ids[i]);
        }
    }
    return ids;
}

} // namespace bk
