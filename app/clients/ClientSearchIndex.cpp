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
