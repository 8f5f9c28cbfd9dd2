// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/clients/ClientSearchIndex.h"
#include "app/common/CancellableThread.h"
#include "app/common/PagedTableModel.h"
#include "app/storage/ClientRepository.h"

#include <QList>
#include <memory>

namespace bk {

class Database;

/// The client register as a table. Filtering and sorting run in SQL; rows are read a page at a time into
/// a bounded cache (PagedTableModel), so the model stays fast and small however many clients there are.
/// Type-ahead search runs in memory (ClientSearchIndex) and reads its pages by id. The index is read on a
/// thread of its own, with its own connection, once the model has opened and the event loop runs (a search
/// before it is there runs in SQL, and the reading waits for the event loop so as not to compete with it);
/// after a change, here or on another connection, the next search re-reads only the clients the audit trail
/// names as changed since (the whole index is read anew only after a mass change). The index read on the
/// thread is saved in the database; the first search of the next opening starts from that copy, brought up to
/// date the same way, instead of running in SQL.
class ClientTableModel : public PagedTableModel<ClientListRow, ClientRepository, ClientFilter, ClientSort> {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        EmailColumn,
        PhoneColumn,
        ChannelColumn,
        StatusColumn,
        StartDateColumn,
        UpdatedColumn,
        /// "Signed v2", "Draft", "Re-acknowledgement due" or "—" (AgreementStatuses::label()); not sortable
        AgreementColumn,
        ColumnCount
    };
    /// Besides IdRole (the client's id) and RawRole (on AgreementColumn the signed, i.e. acknowledged,
    /// version as an int, 0 when none):
    enum Role {
        ReacknowledgementDueRole = FirstModelRole, ///< bool, on every column: acknowledged an older policy
                                                   ///< version only
        AgreementStatusRole,                       ///< int(AgreementStatus), on every column
    };

    explicit ClientTableModel(const Database &database, QObject *parent = nullptr);
    ~ClientTableModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Sorts by a sortable column; other columns are ignored (see isSortable()).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// Whether the column can be sorted by (in SQL, over an index).
    static bool isSortable(int column);
    int sortColumn() const { return m_sortColumn; }

    void setFilter(const ClientFilter &filter);

    /// The client shown in `row`, or nullptr when the row is out of range or could not be read.
    const Client *clientAt(int row) const;

    /// Re-reads count and rows, for example after another connection changed the data. Writes through this
    /// connection to clients, policy versions, acknowledgements or agreements refresh the model by
    /// themselves.
    void refresh();
    /// Whether searches now run on the search index (false until it has been read).
    bool isSearchIndexReady();
    /// Whether the search index is being read on its thread now.
    bool isReadingSearchIndex() const { return m_load != nullptr; }

protected:
    /// While a search is typed, the count and the pages come from the ids it found.
    std::optional<Result<qint64>> readCount(bool recount) override;
    Result<QList<ClientListRow>> readRows(qint64 first, qint64 end) const override;
    /// Nothing to sample while a search is typed: its pages are read by the positions of the ids it found
    /// (and, until the search index is read, by a LIKE in SQL that each sample would repeat).
    bool sampleNext() override;
    /// Searches in SQL (or, while a search is typed, in the list of ids it found), not by scanning rows.
    Result<qint64> readPosition(qint64 id) const override;

private:
    /// The ids of the clients the filter (with search words) lists, in order, by the search index (brought up
    /// to date first); nothing while the index is being read (the search then runs in SQL).
    Result<std::optional<QList<qint64>>> searchMatches();
    /// Takes the index the loader read, when it has finished.
    void takeSearchIndex();
    /// Takes the index the loader read, when it has finished; starts reading one when none is there or being
    /// read.
    void takeOrStartSearchIndex();

    const Database &m_db;
    int m_sortColumn = NameColumn;
    std::optional<ClientSearchIndex> m_searchIndex;
    struct IndexLoad;
    std::shared_ptr<IndexLoad> m_load; ///< shared with the loader thread while it reads
    CancellableThread m_loader;        ///< a QThread: a server connection's socket notifier needs one
    bool m_indexMayBeStale = false;    ///< something changed since the index was last brought up to date
    bool m_indexUnavailable = false;   ///< reading the index failed: searches run in SQL until a change
    bool m_snapshotTried = false;      ///< the saved index was looked for (at the first search, once)
    /// While a search is typed: the ids of every listed client, in list order.
    std::optional<QList<qint64>> m_matches;
};

} // namespace bk
