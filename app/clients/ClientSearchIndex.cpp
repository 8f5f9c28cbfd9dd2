// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientSearchIndex.h"

#include "app/common/TextKeys.h"

#include <algorithm>
#include <cstring>
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

void ClientSearchIndex::add(const Entry &entry) {
    if (m_keyStart.empty())
        m_keyStart.push_back(0);
    m_ids.push_back(entry.id);
    m_flags.push_back(quint8(quint8(entry.status) & StatusMask) | (entry.archived ? Archived : 0));
    ByteSet present{};
    for (const char c : entry.searchKey) {
        ++m_byteCounts[quint8(c)];
        present[quint8(c) / 64] |= quint64(1) << (quint8(c) % 64);
    }
    m_bytesPresent.push_back(present);
    m_keys += entry.searchKey;
    m_keys += '\0';
    m_keyStart.push_back(quint32(m_keys.size()));
}

void ClientSearchIndex::appendFrom(const ClientSearchIndex &other, std::size_t from, std::size_t to) {
    if (from == to)
        return;
    if (m_keyStart.empty())
        m_keyStart.push_back(0);
    m_ids.insert(m_ids.end(), other.m_ids.cbegin() + qsizetype(from), other.m_ids.cbegin() + qsizetype(to));
    m_flags.insert(m_flags.end(), other.m_flags.cbegin() + qsizetype(from),
                   other.m_flags.cbegin() + qsizetype(to));
    m_bytesPresent.insert(m_bytesPresent.end(), other.m_bytesPresent.cbegin() + qsizetype(from),
                          other.m_bytesPresent.cbegin() + qsizetype(to));
    // The keys in one piece; their starts move by the same distance (unsigned arithmetic wraps back).
    const quint32 first = other.m_keyStart[from];
    const quint32 shift = quint32(m_keys.size()) - first;
    m_keys.append(other.m_keys.constData() + first, qsizetype(other.m_keyStart[to] - first));
    for (std::size_t i = from + 1; i <= to; ++i)
        m_keyStart.push_back(other.m_keyStart[i] + shift);
}

void ClientSearchIndex::replace(QList<qint64> changed, const QList<Entry> &current) {
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    // The unchanged clients are copied a run at a time, each changed one left out and its current state
    // added.
    ClientSearchIndex rebuilt;
    std::array<qint64, 256> unchangedCounts = m_byteCounts;
    std::vector<qint64> moved(m_ids.size(), -1); // old position -> new one, -1 for a changed client
    std::size_t from = 0;
    const auto copyUpTo = [&](std::size_t to) {
        for (std::size_t i = from; i < to; ++i)
            moved[i] = qint64(rebuilt.m_ids.size() + (i - from));
        rebuilt.appendFrom(*this, from, to);
        from = to;
    };
    auto next = current.cbegin();
    for (const qint64 id : std::as_const(changed)) {
        const auto position = std::size_t(
            std::lower_bound(m_ids.cbegin() + qsizetype(from), m_ids.cend(), id) - m_ids.cbegin());
        copyUpTo(position);
        if (position < m_ids.size() && m_ids[position] == id) {
            for (quint32 i = m_keyStart[position]; i + 1 < m_keyStart[position + 1]; ++i)
                --unchangedCounts[quint8(m_keys.at(i))];
            from = position + 1;
        }
        for (; next != current.cend() && next->id <= id; ++next) {
            if (next->id == id)
                rebuilt.add(*next);
        }
    }
    copyUpTo(m_ids.size());
    for (std::size_t byte = 0; byte < unchangedCounts.size(); ++byte)
        rebuilt.m_byteCounts[byte] += unchangedCounts[byte];

    for (std::size_t key = 0; key < SortKeys; ++key) {
        if (!m_orders[key])
            continue;
        Order order;
        for (std::size_t i = 0; i < m_orders[key]->positions.size(); ++i) {
            if (const qint64 position = moved[m_orders[key]->positions[i]]; position >= 0) {
                order.positions.push_back(quint32(position));
                order.ids.push_back(m_orders[key]->ids[i]);
            }
        }
        rebuilt.m_orders[key] = std::move(order);
    }
    rebuilt.m_changesSeen = m_changesSeen;
    *this = std::move(rebuilt);
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
