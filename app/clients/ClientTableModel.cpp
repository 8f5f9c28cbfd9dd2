// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientTableModel.h"

#include "app/common/Clock.h"
#include "app/common/StatusColors.h"
#include "app/storage/Database.h"

#include <QGuiApplication>
#include <QLocale>
#include <QTimer>
#include <mutex>

namespace bk {

namespace {

std::optional<ClientSortKey> sortKeyFor(int column) {
    switch (column) {
    case ClientTableModel::NameColumn:
        return ClientSortKey::Name;
    case ClientTableModel::EmailColumn:
        return ClientSortKey::Email;
    case ClientTableModel::PhoneColumn:
        return ClientSortKey::Phone;
    case ClientTableModel::ChannelColumn:
        return ClientSortKey::Channel;
    case ClientTableModel::StatusColumn:
        return ClientSortKey::Status;
    case ClientTableModel::StartDateColumn:
        return ClientSortKey::StartDate;
    case ClientTableModel::UpdatedColumn:
        return ClientSortKey::UpdatedAt;
    default:
        return std::nullopt;
    }
}

QVariant rawValue(const ClientListRow &row, int column) {
    const Client &client = row.client;
    switch (column) {
    case ClientTableModel::NameColumn:
        return client.fullName;
    case ClientTableModel::EmailColumn:
        return client.email;
    case ClientTableModel::PhoneColumn:
        return client.phone;
    case ClientTableModel::ChannelColumn:
        return client.preferredChannel ? ContactChannels::key(*client.preferredChannel) : QString();
    case ClientTableModel::StatusColumn:
        return ClientStatuses::key(client.status);
    case ClientTableModel::StartDateColumn:
        return client.startDate;
    case ClientTableModel::UpdatedColumn:
        return client.updatedAt;
    case ClientTableModel::AgreementColumn:
        return row.acknowledgedVersion;
    default:
        return {};
    }
}

QVariant displayValue(const ClientListRow &row, int column) {
    const Client &client = row.client;
    switch (column) {
    case ClientTableModel::NameColumn:
        return client.preferredName.isEmpty() || client.preferredName == client.fullName
                   ? client.fullName
                   : QStringLiteral("%1 (%2)").arg(client.fullName, client.preferredName);
    case ClientTableModel::ChannelColumn:
        return client.preferredChannel ? ContactChannels::label(*client.preferredChannel) : QString();
    case ClientTableModel::StatusColumn:
        return client.archived
                   ? ClientTableModel::tr("%1, archived").arg(ClientStatuses::label(client.status))
                   : ClientStatuses::label(client.status);
    case ClientTableModel::StartDateColumn:
        return client.startDate.isValid() ? QLocale().toString(client.startDate, QLocale::ShortFormat)
                                          : QString();
    case ClientTableModel::UpdatedColumn:
        return QLocale().toString(Clock::toLocal(client.updatedAt), QLocale::ShortFormat);
    case ClientTableModel::AgreementColumn:
        return AgreementStatuses::label(row.agreementStatus(), row.acknowledgedVersion);
    default:
        return rawValue(row, column);
    }
}

} // namespace

ClientTableModel::ClientTableModel(const Database &database, QObject *parent)
    : PagedTableModel(database, parent)
    , m_db(database) {
    connect(database.notifier(), &ChangeNotifier::changed, this, [this](const QString &table) {
        if (table == QLatin1String("clients") || table == QLatin1String("policy_versions") ||
            table == QLatin1String("policy_acknowledgements") || table == QLatin1String("agreements"))
            refresh();
    });
    refresh();
    // The search index is read once the first screen is shown, on its own thread: it is most likely there by
    // the first search.
    QTimer::singleShot(0, this, &ClientTableModel::takeOrStartSearchIndex);
}

// The loader is asked to stop and waited for by m_loader's destructor.
ClientTableModel::~ClientTableModel() = default;

// What the loader thread hands over: the index it read, or why it could not.
struct ClientTableModel::IndexLoad {
    std::mutex mutex;
    bool done = false;
    std::optional<ClientSearchIndex> index;
    QString error;
};

void ClientTableModel::takeSearchIndex() {
    if (m_load) {
        std::optional<ClientSearchIndex> index;
        QString error;
        {
            const std::lock_guard lock(m_load->mutex);
            if (!m_load->done)
                return;
            index = std::move(m_load->index);
            error = m_load->error;
        }
        m_loader.wait(); // the job has handed over and is returning
        m_load.reset();
        if (!error.isEmpty()) {
            // Searches stay correct in SQL, only slower; the index is tried again after the next change.
            qWarning("Type-ahead search runs in SQL: %s", qPrintable(error));
            m_indexUnavailable = true;
        } else {
            // It holds the clients as they were when it started reading: the first search brings it up to
            // date.
            m_searchIndex = std::move(index);
            m_indexMayBeStale = true;
        }
    }
}

void ClientTableModel::takeOrStartSearchIndex() {
    takeSearchIndex();
    if (m_searchIndex || m_indexUnavailable || m_load)
        return;
    // The index is read as it is now, in the order of the current sort key (other orders are read when
    // asked).
    m_load = std::make_shared<IndexLoad>();
    // Once read, the index is saved for the next opening (unless the saved one is as new), on this
    // connection: the window's thread goes on meanwhile. Never on a read-only database.
    const bool save = !m_db.isReadOnly();
    m_loader.start([this, load = m_load, path = m_db.path(), key = m_sort.key,
                    save](const std::atomic<bool> &cancelled) {
        ClientSearchIndex index;
        Status loaded;
        {
            Database::Options options{save ? Database::Access::ReadWrite : Database::Access::ReadOnly, false};
            options.create = false;
            const Result<std::unique_ptr<Database>> opened = Database::open(path, options);
            loaded = opened.ok() ? ClientRepository(*opened.value()).loadSearchIndex(index) : opened.error();
            if (loaded && !cancelled)
                loaded = ClientRepository(*opened.value()).loadSearchOrder(index, key);
            if (loaded && save && !cancelled) {
                // A copy not saved only makes the next first search run in SQL.
                if (Status saved = ClientRepository(*opened.value()).saveSearchSnapshot(index); !saved)
                    qWarning("The search index was not saved for the next opening: %s",
                             qPrintable(saved.error().message));
            }
        } // the connection closes in the thread that opened it
        {
            const std::lock_guard lock(load->mutex);
            if (loaded)
                load->index = std::move(index);
            else
                load->error = loaded.error().message;
            load->done = true;
        }
        // Taken on the window's thread once its event loop gets to it (dropped with the model, whose
        // destruction waits for this thread).
        QMetaObject::invokeMethod(
            this, [this] { takeSearchIndex(); }, Qt::QueuedConnection);
    });
}

bool ClientTableModel::isSearchIndexReady() {
    if (!m_searchIndex)
        takeSearchIndex();
    return m_searchIndex.has_value();
}

int ClientTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClientListRow *row = rowAt(index.row());
    if (!row)
        return {};
    const Client *client = &row->client;
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == AgreementColumn && row->reacknowledgementDue)
            return row->hasAgreementDraft
                       ? tr("Signed version %1 of the policy; a newer version has been published since. A "
                            "draft agreement is open.")
                             .arg(row->acknowledgedVersion)
                       : tr("Signed version %1 of the policy; a newer version has been published since.")
                             .arg(row->acknowledgedVersion);
        return index.column() == NameColumn && !client->notes.isEmpty() ? client->notes.left(500)
                                                                        : QVariant();
    case Qt::ForegroundRole:
        return client->archived
                   ? QVariant(StatusColors::text(StatusColors::Status::Muted, QGuiApplication::palette()))
                   : QVariant();
    case IdRole:
        return client->id;
    case RawRole:
        return rawValue(*row, index.column());
    case ReacknowledgementDueRole:
        return row->reacknowledgementDue;
    case AgreementStatusRole:
        return int(row->agreementStatus());
    default:
        return {};
    }
}

QVariant ClientTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case PhoneColumn:
        return tr("Phone");
    case ChannelColumn:
        return tr("Preferred channel");
    case StatusColumn:
        return tr("Status");
    case StartDateColumn:
        return tr("Start date");
    case UpdatedColumn:
        return tr("Last changed");
    case AgreementColumn:
        return tr("Agreement");
    default:
        return {};
    }
}

void ClientTableModel::sort(int column, Qt::SortOrder order) {
    const std::optional<ClientSortKey> key = sortKeyFor(column);
    if (!key)
        return;
    const ClientSort sort{*key, order};
    if (sort.key == m_sort.key && sort.order == m_sort.order)
        return;
    m_sortColumn = column;
    m_sort = sort;
    // The order does not change how many clients match: only the pages are read again.
    reload(false);
}

bool ClientTableModel::isSortable(int column) {
    return sortKeyFor(column).has_value();
}

void ClientTableModel::setFilter(const ClientFilter &filter) {
    m_filter = filter;
    reload(true);
}

void ClientTableModel::refresh() {
    // The index is brought up to date at the next search (most changes are not followed by one); one that
    // could not be read is tried again then.
    m_indexMayBeStale = true;
    m_indexUnavailable = false;
    reload(true);
}

Result<std::optional<QList<qint64>>> ClientTableModel::searchMatches() {
    if (m_searchIndex && m_indexMayBeStale) {
        const Result<bool> updated = m_list.updateSearchIndex(*m_searchIndex);
        if (!updated)
            return updated.error();
        m_indexMayBeStale = false;
        if (!updated.value())
            m_searchIndex.reset();
    }
    if (!m_searchIndex) {
        takeSearchIndex();
        if (!m_searchIndex && !m_snapshotTried) {
            // The first search after opening: the index saved by an earlier opening, brought up to date below
            // through the trail (or dropped when that cannot be done), answers it instead of SQL.
            m_snapshotTried = true;
            Result<std::optional<ClientSearchIndex>> saved = m_list.loadSearchSnapshot();
            if (!saved)
                qWarning("The saved search index was not read: %s", qPrintable(saved.error().message));
            else if (saved.value()) {
                m_searchIndex = std::move(saved).value();
                m_indexMayBeStale = true;
                return searchMatches();
            }
        }
        if (!m_searchIndex) {
            // The search runs in SQL meanwhile. The index is read once the event loop runs again: started
            // now, its reading would compete with that search for the processor.
            if (!m_load && !m_indexUnavailable)
                QTimer::singleShot(0, this, &ClientTableModel::takeOrStartSearchIndex);
            return std::optional<QList<qint64>>();
        }
        return searchMatches();
    }
    if (m_filter.reacknowledgementDueOnly && !m_searchIndex->hasReacknowledgementDue()) {
        if (Status loaded = m_list.loadSearchReacknowledgementDue(*m_searchIndex); !loaded)
            return loaded.error();
    }
    if (!m_searchIndex->hasOrder(m_sort.key)) {
        if (Status loaded = m_list.loadSearchOrder(*m_searchIndex, m_sort.key); !loaded)
            return loaded.error();
    }
    return std::optional(m_searchIndex->matching(m_filter, m_sort));
}

std::optional<Result<qint64>> ClientTableModel::readCount(bool recount) {
    // A search on the index lists the ids it found, in order: a new order lists them anew.
    Result<std::optional<QList<qint64>>> matches =
        m_filter.searchWords().isEmpty() ? std::optional<QList<qint64>>() : searchMatches();
    if (!matches.ok()) {
        reportError(matches.error());
        matches = std::optional(QList<qint64>());
    }
    if (matches.value()) {
        m_matches = std::move(*std::move(matches).value());
        return Result<qint64>(qint64(m_matches->size()));
    }
    if (!recount && !m_matches)
        return std::nullopt;
    m_matches.reset();
    return m_list.count(m_filter);
}

const Client *ClientTableModel::clientAt(int row) const {
    const ClientListRow *listed = rowAt(row);
    return listed ? &listed->client : nullptr;
}

Result<qint64> ClientTableModel::readPosition(qint64 id) const {
    if (m_matches)
        return qint64(m_matches->indexOf(id));
    return PagedTableModel::readPosition(id);
}

Result<QList<ClientListRow>> ClientTableModel::readRows(qint64 first, qint64 end) const {
    if (m_matches)
        return m_list.rowsWithIds(m_matches->mid(first, end - first), m_sort.key);
    return PagedTableModel::readRows(first, end);
}

bool ClientTableModel::sampleNext() {
    return m_filter.searchWords().isEmpty() && PagedTableModel::sampleNext();
}

} // namespace bk
