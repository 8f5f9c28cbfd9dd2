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
/// n rows. Samples are dropped with the pages at every reset (a refresh after a change, a filter, a sort).
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
        const QList<Row> *rows = page(row / PageSize);
        const int offset = row % PageSize;
        return rows && offset < rows->size() ? &rows->at(offset) : nullptr;
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

    /// Reads `pages` pages from page `firstPage` on: continues from a neighbouring page by keyset when one is
    /// cached (scrolling), jumps by offset otherwise.
    virtual Result<QList<Row>> readPages(int firstPage, int pages) const {
        const int limit = pages * PageSize;
        if (const QList<Row> *previous = m_pages.peek(firstPage - 1); previous && !previous->isEmpty())
            return m_list.pageNextTo(m_filter, m_sort, previous->last(), false, limit);
        if (const QList<Row> *next = m_pages.peek(firstPage + pages); next && !next->isEmpty())
            return m_list.pageNextTo(m_filter, m_sort, next->first(), true, limit);
        // OFFSET steps over every skipped row: the pages are read from the nearest sampled row before them,
        // or counted from the nearer end of the list.
        const qint64 first = qint64(firstPage) * PageSize;
        const qint64 end = std::min<qint64>(first + limit, rowCount());
        if (const qint64 sampled = std::min<qint64>(first / m_sampleDistance, m_samples.size());
            sampled > 0) {
            const qint64 skip = first - sampled * m_sampleDistance;
            if (skip < std::min<qint64>(first, rowCount() - end))
                return m_list.pageNextTo(m_filter, m_sort, m_samples.at(sampled - 1), false, limit, skip);
        }
        if (first > rowCount() / 2)
            return m_list.pageFromEnd(m_filter, m_sort, rowCount() - end, int(end - first));
        return m_list.pageAt(m_filter, m_sort, first, limit);
    }

    List m_list;
    Filter m_filter;
    Sort m_sort;

private:
    /// Every m_sampleDistance-th row of the list, from the first reset on (see sampleNext()).
    QList<Row> m_samples;
    qint64 m_sampleDistance = SampleMinimum;

    const QList<Row> *page(int pageIndex) const {
        if (const QList<Row> *cached = m_pages.find(pageIndex))
            return cached;
        // A last page shorter than half a page and the page before it are read together, since a screen at
        // the end of the list shows both: one statement instead of two, so the last screen costs about the
        // same however the rows fall into pages.
        const int lastPage = (rowCount() - 1) / PageSize;
        const bool shortLast = lastPage > 0 && rowCount() - lastPage * PageSize < PageSize / 2;
        const int other = pageIndex == lastPage ? lastPage - 1 : lastPage;
        const bool pair = shortLast && pageIndex >= lastPage - 1 && !m_pages.peek(other);
        Result<QList<Row>> rows = pair ? readPages(lastPage - 1, 2) : readPages(pageIndex, 1);
        if (!rows.ok()) {
            reportError(rows.error());
            return nullptr;
        }
        if (!pair)
            return m_pages.insert(pageIndex, std::move(rows).value());
        const auto pageRows = [&rows, lastPage](int index) {
            return rows.value().mid(qsizetype(index - lastPage + 1) * PageSize, PageSize);
        };
        m_pages.insert(other, pageRows(other));
        // Inserted last, so that the cache remembers it as the page asked for.
        return m_pages.insert(pageIndex, pageRows(pageIndex));
    }

    mutable PageCache<Row> m_pages;
};

} // namespace bk
