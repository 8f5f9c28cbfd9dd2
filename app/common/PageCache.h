// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QHash>
#include <QList>

namespace bk {

/// The pages a paged table model read last, at most MaxPages of them: the least recently used is dropped
/// first. The page asked for last (a screen asks for the same page for each of its cells) is found without a
/// lookup.
template <typename Page> class PageCache {
public:
    static constexpr int MaxPages = 64;

    /// Page `index`, marked as used, or nullptr when it is not cached.
    Page *find(int index) {
        if (index == m_lastIndex)
            return m_last;
        const auto it = m_pages.find(index);
        if (it == m_pages.end())
            return nullptr;
        m_recent.removeOne(index);
        m_recent.append(index);
        return remember(index, &it.value());
    }
    /// Page `index` without marking it as used (a neighbour to continue from), or nullptr.
    const Page *peek(int index) const {
        const auto it = m_pages.constFind(index);
        return it == m_pages.cend() ? nullptr : &it.value();
    }
    /// Caches `page` as page `index` (not cached yet), dropping the least recently used page when full.
    Page *insert(int index, Page page) {
        if (m_recent.size() >= MaxPages)
            m_pages.remove(m_recent.takeFirst());
        m_recent.append(index);
        // Inserting may move the other pages in the hash: only the new one is remembered.
        return remember(index, &m_pages.insert(index, std::move(page)).value());
    }
    void clear() {
        m_pages.clear();
        m_recent.clear();
        m_lastIndex = -1;
        m_last = nullptr;
    }

private:
    Page *remember(int index, Page *page) {
        m_lastIndex = index;
        m_last = page;
        return page;
    }

    QHash<int, Page> m_pages;
    QList<int> m_recent; ///< least recently used first
    int m_lastIndex = -1;
    Page *m_last = nullptr;
};

} // namespace bk
