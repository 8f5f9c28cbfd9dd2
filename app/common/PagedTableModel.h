// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/PageCache.h"
#include "app/common/Result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>
#include <algorithm>
#include <optional>

namespace bk {

class Database;

/// What every paged table model shows whatever its rows are: a row count, the last reading error and the
/// roles views and tests read raw values through, and the idle-time sampling of positions. PagedTableModel
/// adds the pages and the samples.
class PagedTableModelBase : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the record's id (qint64)
        RawRole,                   ///< the stored value behind the cell, never a display string
        FirstModelRole,            ///< where a model's own roles begin
    };

    /// Rows are read this many at a time.
    static constexpr int PageSize = 128;

    /// A jump seeks from a sampled row: at most this many of them per list (so sampling a million rows
    /// takes as many short reads), at least SampleMinimum rows apart.
    static constexpr int MaxSamples = 256;
    static constexpr int SampleMinimum = 4 * PageSize;

    explicit PagedTableModelBase(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    /// The last error from reading, empty when the last read succeeded.
    QString lastError() const { return m_lastError; }
    /// The row showing record `id`, or -1 when the filter hides it. Searches in SQL, not by scanning rows.
    virtual int rowOf(qint64 id) const = 0;
    /// Whether every position of the list has been sampled since the last reset (see PagedTableModel): a
    /// jump then reads a few hundred rows at most, wherever it lands.
    bool isSampled() const { return !m_sampling.isActive(); }

Q_SIGNALS:
    void loadFailed(const QString &message);

protected:
    /// Shows `count` rows (as many as a view can).
    void setRowCount(qint64 count);
    void clearError() { m_lastError.clear(); }
    void reportError(const Error &error) const;
    /// Calls sampleNext() whenever the event loop is idle, until it returns false.
    void startSampling() { m_sampling.start(); }
    /// Reads the next sample; false when there is none to read (the list's end, or an error: jumps then
    /// step over rows as they did before sampling).
    virtual bool sampleNext() = 0;

private:
    int m_rowCount = 0;
    mutable QString m_lastError;
    QTimer m_sampling;
};

/// A table whose rows are read from SQL a page at a time into a bounded cache (PageCache), so that it stays
/// fast and small however many rows there are. A page is continued by keyset from a cached neighbour
/// (scrolling) and otherwise read at its offset, counted from the nearer end or from the nearest sampled row
/// before it. An OFFSET steps over every row it skips (half a million index entries took PostgreSQL
/// 86-188 ms in the middle of a million incidents), so after each reset the model samples every n-th row of
/// the list while the event loop is idle, one short keyset read at a time, and a jump then skips fewer than
/// n rows. A jump reads from the row it lands on to the end of its page (to the end of the list when that is
/// nearer than a page), so the last screen is one read of the rows it shows wherever the pages end; the rows
/// above are read, continued upwards, when they are shown. Samples are dropped with the pages at every reset
/// (a refresh after a change, a filter, a sort).
/// `List` reads the rows that a `Filter` selects in the order of a `Sort` (count(), pageAt(), pageFromEnd(),
/// pageNextTo() and positionOf(), as ClientRepository and IncidentListQuery do); subclasses count the rows
/// and show the columns.
template <typename Row, typename List, typename Filter, typename Sort>
class PagedTableModel : public PagedTableModelBase {
public:
    PagedTableModel(const Database &database, QObject *parent)
        : PagedTableModelBase(parent)
        , m_list(database) {}

    Filter filter() const { return m_filter; }
    Sort sortOrder() const { return m_sort; }

    /// The row in `row`, or nullptr when the row is out of range or could not be read.
    const Row *rowAt(int row) const {
        if (row < 0 || row >= rowCount())
            return nullptr;
        return rowIn(page(row), row);
    }
    int rowOf(qint64 id) const override {
        const Result<qint64> position = readPosition(id);
        if (!position.ok()) {
            reportError(position.error());
            return -1;
        }
        return position.value() < rowCount() ? int(position.value()) : -1;
    }

protected:
    /// Resets the model: drops every cached page and, with `recount`, reads how many rows there are (a new
    /// order lists the same rows).
    void reload(bool recount) {
        beginResetModel();
        m_pages.clear();
        m_samples.clear();
        clearError();
        if (const std::optional<Result<qint64>> count = readCount(recount)) {
            if (count->ok()) {
                setRowCount(count->value());
            } else {
                setRowCount(0);
                reportError(count->error());
            }
        }
        m_sampleDistance =
            std::max<qint64>(SampleMinimum, (qint64(rowCount()) + MaxSamples - 1) / MaxSamples);
        endResetModel();
        startSampling();
    }

    bool sampleNext() override {
        // Sample i is the row at (i + 1) * distance - 1, read from the one before it.
        const qint64 next = qint64(m_samples.size() + 1) * m_sampleDistance - 1;
        if (next >= rowCount())
            return false;
        Result<QList<Row>> read =
            m_samples.isEmpty()
                ? m_list.pageAt(m_filter, m_sort, next, 1)
                : m_list.pageNextTo(m_filter, m_sort, m_samples.constLast(), false, 1, m_sampleDistance - 1);
        if (!read.ok() || read.value().isEmpty())
            return false;
        m_samples.append(read.value().constFirst());
        return true;
    }

    /// How many rows to show after a reset, or nothing to keep the count.
    virtual std::optional<Result<qint64>> readCount(bool recount) = 0;
    /// The 0-based position of record `id`, or -1 when the filter hides it.
    virtual Result<qint64> readPosition(qint64 id) const { return m_list.positionOf(m_filter, m_sort, id); }

    /// Reads the rows at positions `first` to `end` - 1: continues by keyset from the row before or after
    /// them when it is cached (scrolling), jumps by offset otherwise.
    virtual Result<QList<Row>> readRows(qint64 first, qint64 end) const {
        const int limit = int(end - first);
        if (const Row *previous = cachedRow(first - 1))
            return m_list.pageNextTo(m_filter, m_sort, *previous, false, limit);
        if (const Row *next = cachedRow(end))
            return m_list.pageNextTo(m_filter, m_sort, *next, true, limit);
        // OFFSET steps over every skipped row: the rows are read from the nearest sampled row before them, or
        // counted from the nearer end of the list.
        if (const qint64 sampled = std::min<qint64>(first / m_sampleDistance, m_samples.size());
            sampled > 0) {
            const qint64 skip = first - sampled * m_sampleDistance;
            if (skip < std::min<qint64>(first, rowCount() - end))
                return m_list.pageNextTo(m_filter, m_sort, m_samples.at(sampled - 1), false, limit, skip);
        }
        if (first > rowCount() / 2)
            return m_list.pageFromEnd(m_filter, m_sort, rowCount() - end, limit);
        return m_list.pageAt(m_filter, m_sort, first, limit);
    }

    List m_list;
    Filter m_filter;
    Sort m_sort;

private:
    /// Every m_sampleDistance-th row of the list, from the first reset on (see sampleNext()).
    QList<Row> m_samples;
    qint64 m_sampleDistance = SampleMinimum;

    /// The rows of one page read so far: all of them, or those from where a jump landed on.
    struct Page {
        QList<Row> rows;
        int missing = 0; ///< rows at the page's start not read yet
        /// Whether the missing rows were asked for: any still missing then (gone since the count, or a failed
        /// read) show nothing until the next reset.
        bool headRead = true;
    };

    const Row *rowIn(const Page *read, qint64 row) const {
        const qint64 offset = row % PageSize - (read ? read->missing : 0);
        return read && offset >= 0 && offset < read->rows.size() ? &read->rows.at(offset) : nullptr;
    }
    /// The row at `position` if its page holds it, without reading.
    const Row *cachedRow(qint64 position) const {
        return position >= 0 && position < rowCount()
                   ? rowIn(m_pages.peek(int(position / PageSize)), position)
                   : nullptr;
    }

    /// The page of `row`, read as far as it is needed to show `row`.
    const Page *page(int row) const {
        const int index = row / PageSize;
        const qint64 start = qint64(index) * PageSize;
        const qint64 end = std::min<qint64>(start + PageSize, rowCount());
        if (Page *cached = m_pages.find(index)) {
            if (row - start >= cached->missing || cached->headRead)
                return cached;
            // The rows above where a jump landed, continued upwards from the first row read.
            cached->headRead = true;
            Result<QList<Row>> head = readRows(start, start + cached->missing);
            if (!head.ok()) {
                reportError(head.error());
                return cached;
            }
            cached->missing -= int(head.value().size());
            cached->rows = std::move(head).value() + cached->rows;
            return cached;
        }
        // Next to a cached row the whole page continues from it. Otherwise the read starts at `row` and runs
        // to the end of the page, or of the list when that is nearer than a page.
        const bool scrolling = cachedRow(start - 1) || cachedRow(end);
        const qint64 first = scrolling ? start : row;
        const qint64 last = !scrolling && rowCount() - row <= PageSize ? rowCount() : end;
        Result<QList<Row>> rows = readRows(first, last);
        if (!rows.ok()) {
            reportError(rows.error());
            return nullptr;
        }
        QList<Row> read = std::move(rows).value();
        if (last > end && !m_pages.peek(index + 1))
            m_pages.insert(index + 1, Page{read.mid(end - first), 0, true});
        if (read.size() > end - first)
            read.resize(end - first);
        // Inserted last, so that the cache remembers it as the page asked for.
        return m_pages.insert(index, Page{std::move(read), int(first - start), first == start});
    }

    mutable PageCache<Page> m_pages;
};

} // namespace bk
