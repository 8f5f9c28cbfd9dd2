// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/clients/ClientsPage.h"

#include "app/clients/ClientTableModel.h"
#include "app/common/Clock.h"
#include "app/common/OpenPractice.h"
#include "app/export/ClientDataExport.h"
#include "ui/clients/ClientDialog.h"
#include "ui/clients/EraseClientDialog.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBox.h"
#include "ui/common/NoticeBar.h"
#include "ui/common/RecordPage.h"
#include "ui/common/RecordTable.h"
#include "ui/incidents/ClientTimelineWidget.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace bk {

namespace {

constexpr int SearchDelayMs = 150;
// The status filter's entry for "Re-acknowledgement due"; no client status has this key.
const QString ReacknowledgementDueKey = QStringLiteral("reacknowledgement_due");

QIcon themedIcon(const QString &name, const QWidget *widget, QStyle::StandardPixmap fallback) {
    return QIcon::fromTheme(name, widget->style()->standardIcon(fallback));
}

} // namespace

ClientsPage::ClientsPage(OpenPractice database, QWidget *parent)
    : QWidget(parent)
    , m_db(database)
    , m_clients(database)
    , m_model(new ClientTableModel(database, this)) {
    setObjectName(QStringLiteral("clientsPage"));

    m_newAction = new QAction(themedIcon(QStringLiteral("contact-new"), this, QStyle::SP_FileIcon),
                              tr("&New client…"), this);
    m_newAction->setObjectName(QStringLiteral("newClientAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(tr("Add a client to the register (%1)")
                                .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    connect(m_newAction, &QAction::triggered, this, &ClientsPage::newClient);

    // The style has no fitting stand-in for these icons: without an icon theme they show as text only.
    m_editAction = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit…"), this);
    m_editAction->setObjectName(QStringLiteral("editClientAction"));
    m_editAction->setToolTip(tr("Edit the selected client (Enter)"));
    connect(m_editAction, &QAction::triggered, this, &ClientsPage::editSelectedClient);

    // Delete and Shift+Delete act on the table only, so they never fire while typing in the search box.
    m_archiveAction = new QAction(tr("A&rchive…"), this);
    m_archiveAction->setObjectName(QStringLiteral("archiveClientAction"));
    m_archiveAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_archiveAction, &QAction::triggered, this, &ClientsPage::archiveOrRestoreSelectedClient);

    m_deleteAction = new QAction(themedIcon(QStringLiteral("edit-delete"), this, QStyle::SP_TrashIcon),
                                 tr("&Delete for good…"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteClientAction"));
    m_deleteAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_deleteAction->setToolTip(
        tr("Delete the selected client and everything kept about them (Shift+Delete)"));
    connect(m_deleteAction, &QAction::triggered, this, &ClientsPage::deleteSelectedClient);

    m_eraseAction = new QAction(tr("Erase perso&nal data…"), this);
    m_eraseAction->setObjectName(QStringLiteral("eraseClientAction"));
    m_eraseAction->setToolTip(
        tr("Erase the selected client's personal data on their request; anonymised incident counts stay"));
    connect(m_eraseAction, &QAction::triggered, this, &ClientsPage::eraseSelectedClient);

    m_exportDataAction = new QAction(tr("E&xport client's data…"), this);
    m_exportDataAction->setObjectName(QStringLiteral("exportClientDataAction"));
    m_exportDataAction->setToolTip(
        tr("Write everything held about the selected client to a folder, for their access request"));
    connect(m_exportDataAction, &QAction::triggered, this, &ClientsPage::exportSelectedClientData);

    m_agreementAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-sign")), tr("Start &agreement…"), this);
    m_agreementAction->setObjectName(QStringLiteral("startAgreementAction"));
    m_agreementAction->setToolTip(tr("Walk through the boundary agreement with the selected client"));
    connect(m_agreementAction, &QAction::triggered, this, [this] {
        if (const std::optional<Client> client = selectedClient())
            Q_EMIT agreementRequested(client->id);
    });

    m_signedAgreementAction = new QAction(tr("Open si&gned agreement"), this);
    m_signedAgreementAction->setObjectName(QStringLiteral("openSignedAgreementAction"));
    m_signedAgreementAction->setToolTip(
        tr("Show the selected client's signed agreement as it was signed, to save a copy or print it"));
    connect(m_signedAgreementAction, &QAction::triggered, this, [this] {
        if (const std::optional<Client> client = selectedClient())
            Q_EMIT signedAgreementRequested(client->id);
    });

    m_findAction = new QAction(tr("&Find client"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, &ClientsPage::focusSearch);
    addAction(m_findAction);
    addAction(m_newAction);

    m_logIncidentAction = new QAction(tr("&Log incident…"), this);
    m_logIncidentAction->setObjectName(QStringLiteral("logClientIncidentAction"));
    m_logIncidentAction->setToolTip(tr("Log a crossed boundary with the selected client"));
    connect(m_logIncidentAction, &QAction::triggered, this, [this] {
        if (const std::optional<Client> client = selectedClient())
            Q_EMIT logIncidentRequested(client->id);
    });

    // The check is for the practitioner: it works on a read-only practice too (recording it does not).
    m_disclosureCheckAction = new QAction(tr("Check &before sharing…"), this);
    m_disclosureCheckAction->setObjectName(QStringLiteral("clientDisclosureCheckAction"));
    m_disclosureCheckAction->setToolTip(
        tr("Five questions before sharing something personal with the selected client"));
    connect(m_disclosureCheckAction, &QAction::triggered, this, [this] {
        if (const std::optional<Client> client = selectedClient())
            Q_EMIT disclosureCheckRequested(client->id);
    });

    buildToolBar();

    auto *errorBar = new NoticeBar(this);
    errorBar->setObjectName(QStringLiteral("errorNoticeBar"));
    m_records = new RecordPage(m_model, QStringLiteral("clientsTableView"), errorBar, this);
    m_records->setObjectName(QStringLiteral("clientsViewStackedWidget"));
    m_table = m_records->table();
    m_table->setAccessibleName(tr("Clients"));
    QHeaderView *columns = m_table->horizontalHeader();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    columns->resizeSection(ClientTableModel::NameColumn, 20 * em);
    columns->resizeSection(ClientTableModel::EmailColumn, 21 * em);
    columns->resizeSection(ClientTableModel::PhoneColumn, 13 * em);
    columns->resizeSection(ClientTableModel::ChannelColumn, 11 * em);
    columns->resizeSection(ClientTableModel::StatusColumn, 8 * em);
    columns->resizeSection(ClientTableModel::StartDateColumn, 9 * em);
    widenToTitles(m_table);
    // Some columns (e.g. Agreement) are not sortable in SQL.
    m_records->setSorting(ClientTableModel::NameColumn, Qt::AscendingOrder, &ClientTableModel::isSortable);

    m_table->addAction(m_editAction);
    m_table->addAction(m_agreementAction);
    m_table->addAction(m_signedAgreementAction);
    m_table->addAction(m_archiveAction);
    m_table->addAction(m_deleteAction);
    m_table->addAction(m_eraseAction);
    m_table->addAction(m_exportDataAction);
    m_table->addAction(m_logIncidentAction);
    m_table->addAction(m_disclosureCheckAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_table, &QAbstractItemView::activated, this, &ClientsPage::openClient);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ClientsPage::updateActions);

    buildEmptyStates();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_filterRow);
    layout->addWidget(m_records->errorBar());
    // The selected client's history under the register, as in a mail program's preview pane.
    m_timeline = new ClientTimelineWidget(database, this);
    // The selected client's history offers the check too (its context menu).
    m_timeline->addAction(m_disclosureCheckAction);
    m_timeline->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("clientsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_records);
    splitter->addWidget(m_timeline);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_records, &RecordPage::rowsReset, this, &ClientsPage::updateView);

    updateView();
}

void ClientsPage::buildToolBar() {
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("clientsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search name, email or phone"));
    m_search->setAccessibleName(tr("Search clients"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(m_search->placeholderText()) + 60);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &ClientsPage::applyFilter);

    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (ClientStatus status : ClientStatuses::all())
        m_statusFilter->addItem(ClientStatuses::label(status), ClientStatuses::key(status));
    // Not a status but a question asked of the same list: who still has to acknowledge the latest policy.
    m_statusFilter->insertSeparator(m_statusFilter->count());
    m_statusFilter->addItem(tr("Re-acknowledgement due"), ReacknowledgementDueKey);
    m_statusFilter->setItemData(m_statusFilter->count() - 1,
                                tr("Clients who acknowledged an older version of the policy"),
                                Qt::ToolTipRole);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &ClientsPage::applyFilter);

    m_showArchived = new QCheckBox(tr("Show archived"), this);
    m_showArchived->setObjectName(QStringLiteral("showArchivedCheckBox"));
    connect(m_showArchived, &QCheckBox::toggled, this, &ClientsPage::applyFilter);

    // The actions have a row of their own so that none of them hides in the toolbar's overflow menu at the
    // default window width; the search and filters sit on the row below.
    m_toolBar->addAction(m_newAction);
    m_toolBar->addAction(m_editAction);
    m_toolBar->addAction(m_agreementAction);
    m_toolBar->addAction(m_logIncidentAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_archiveAction);
    m_toolBar->addAction(m_deleteAction);

    m_filterRow = new QWidget(this);
    m_filterRow->setObjectName(QStringLiteral("clientFiltersWidget"));
    auto *filters = new QHBoxLayout(m_filterRow);
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_showArchived);
}

void ClientsPage::buildEmptyStates() {
    auto *emptyButton = new QPushButton(m_newAction->icon(), tr("New client…"));
    emptyButton->setObjectName(QStringLiteral("emptyNewClientPushButton"));
    connect(emptyButton, &QPushButton::clicked, m_newAction, &QAction::trigger);
    connect(m_newAction, &QAction::enabledChanged, emptyButton, &QWidget::setEnabled);
    emptyButton->setEnabled(m_newAction->isEnabled());
    m_records
        ->setEmptyPage(QStringLiteral("emptyStateWidget"), tr("No clients yet"),
                       tr("Add the people you work with to keep their contact details, status and notes "
                          "in one place."),
                       emptyButton)
        .text->setMaximumWidth(420);

    auto *clearButton = new QPushButton(tr("Clear search and filters"));
    clearButton->setObjectName(QStringLiteral("clearFiltersPushButton"));
    connect(clearButton, &QPushButton::clicked, this, &ClientsPage::clearFilters);
    m_noMatchesLabel =
        m_records->setNoMatchPage(QStringLiteral("noMatchesWidget"), QString(), QString(), clearButton)
            .headline;
    m_noMatchesLabel->setObjectName(QStringLiteral("noMatchesLabel"));
    m_noMatchesLabel->setWordWrap(true);
}

QByteArray ClientsPage::headerState() const {
    return m_records->headerState();
}

void ClientsPage::restoreHeaderState(const QByteArray &state) {
    m_records->restoreHeaderState(state);
}

void ClientsPage::applyFilter() {
    m_searchTimer->stop();
    ClientFilter filter;
    filter.search = m_search->text().trimmed();
    const QString choice = m_statusFilter->currentData().toString();
    filter.status = ClientStatuses::fromKey(choice);
    filter.reacknowledgementDueOnly = choice == ReacknowledgementDueKey;
    filter.includeArchived = m_showArchived->isChecked();
    m_model->setFilter(filter);
}

void ClientsPage::clearFilters() {
    const QSignalBlocker blockSearch(m_search);
    const QSignalBlocker blockStatus(m_statusFilter);
    m_search->clear();
    m_statusFilter->setCurrentIndex(0);
    applyFilter();
}

void ClientsPage::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

std::optional<Client> ClientsPage::selectedClient() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const Client *client = m_model->clientAt(rows.first().row());
    return client ? std::optional<Client>(*client) : std::nullopt;
}

void ClientsPage::selectClient(qint64 id) {
    int row = m_model->rowOf(id);
    if (row < 0) {
        clearFilters();
        row = m_model->rowOf(id);
    }
    if (row < 0 && !m_showArchived->isChecked()) {
        m_showArchived->setChecked(true);
        row = m_model->rowOf(id);
    }
    if (row < 0)
        return;
    m_records->selectRow(row, QAbstractItemView::PositionAtCenter);
}

void ClientsPage::updateActions() {
    const bool writable = !m_db.isReadOnly();
    const std::optional<Client> selected = selectedClient();
    m_newAction->setEnabled(writable);
    m_editAction->setEnabled(writable && selected);
    m_deleteAction->setEnabled(writable && selected);
    m_eraseAction->setEnabled(writable && selected && selected->fullName != Client::ErasedText);
    m_exportDataAction->setEnabled(selected.has_value());
    m_archiveAction->setEnabled(writable && selected);
    m_logIncidentAction->setEnabled(writable && selected);
    m_disclosureCheckAction->setEnabled(selected.has_value());
    m_timeline->setClientId(selected ? selected->id : 0);
    m_agreementAction->setEnabled(writable && selected && !selected->archived);
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const ClientListRow *row = rows.isEmpty() ? nullptr : m_model->rowAt(rows.first().row());
    m_agreementAction->setText(row && row->hasAgreementDraft ? tr("Resume &agreement…")
                                                             : tr("Start &agreement…"));
    m_signedAgreementAction->setEnabled(row && row->acknowledgedVersion > 0);
    const bool archived = selected && selected->archived;
    if (archived) {
        m_archiveAction->setText(tr("&Restore"));
        m_archiveAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
        m_archiveAction->setToolTip(tr("Bring the selected client back into the register"));
        m_archiveAction->setShortcut({});
    } else {
        m_archiveAction->setText(tr("A&rchive…"));
        m_archiveAction->setIcon(QIcon::fromTheme(QStringLiteral("archive-insert")));
        m_archiveAction->setToolTip(tr("Archive the selected client: kept, but out of the list (Delete)"));
        m_archiveAction->setShortcut(QKeySequence::Delete);
    }
}

void ClientsPage::updateView() {
    const int shown = m_model->rowCount();
    ClientFilter scope;
    scope.includeArchived = m_showArchived->isChecked();
    // Without a search or a status chosen, the model lists the whole scope: no need to count it again.
    const ClientFilter listed = m_model->filter();
    const bool everyClientListed =
        listed.searchWords().isEmpty() && !listed.status && !listed.reacknowledgementDueOnly &&
        listed.includeArchived == scope.includeArchived && m_model->lastError().isEmpty();
    const Result<qint64> total = everyClientListed ? Result<qint64>(qint64(shown)) : m_clients.count(scope);
    const int totalCount = total.ok() ? int(total.value()) : shown;

    const RecordPage::View view = m_records->showRows([&] {
        ClientFilter everything;
        everything.includeArchived = true;
        const Result<qint64> all = scope.includeArchived ? total : m_clients.count(everything);
        return !(all.ok() && all.value() == 0);
    });
    if (view == RecordPage::View::NoMatch) {
        const bool filtered = !m_search->text().trimmed().isEmpty() || m_statusFilter->currentIndex() > 0;
        if (!m_search->text().trimmed().isEmpty())
            m_noMatchesLabel->setText(tr("No client matches “%1”.").arg(m_search->text().trimmed()));
        else if (filtered)
            m_noMatchesLabel->setText(m_statusFilter->currentData() == ReacknowledgementDueKey
                                          ? tr("No client needs to acknowledge the policy again.")
                                          : tr("No client matches the chosen status."));
        else
            m_noMatchesLabel->setText(tr("Every client is archived. Tick “Show archived” to see them."));
    }
    updateActions();
    m_shownCount = shown;
    m_totalCount = totalCount;
    Q_EMIT countsChanged(shown, totalCount);
}

void ClientsPage::openClient(const QModelIndex &index) {
    const Client *client = m_model->clientAt(index.row());
    if (!client)
        return;
    ClientDialog dialog(m_db, *client, this);
    if (dialog.exec() == QDialog::Accepted)
        selectClient(dialog.savedClientId());
    if (dialog.agreementRequested())
        Q_EMIT agreementRequested(dialog.savedClientId());
}

void ClientsPage::newClient() {
    if (m_db.isReadOnly())
        return;
    ClientDialog dialog(m_db, this);
    if (dialog.exec() == QDialog::Accepted)
        selectClient(dialog.savedClientId());
    if (dialog.agreementRequested())
        Q_EMIT agreementRequested(dialog.savedClientId());
}

void ClientsPage::editSelectedClient() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!m_db.isReadOnly() && !rows.isEmpty())
        openClient(rows.first());
}

void ClientsPage::archiveOrRestoreSelectedClient() {
    const std::optional<Client> client = selectedClient();
    if (!client || m_db.isReadOnly())
        return;
    if (client->archived) {
        if (Status restored = m_clients.setArchived(client->id, false); !restored)
            reportFailure(tr("Client not restored"), restored.error());
        return;
    }
    const MessageBox::Answer answer = MessageBox::confirm(
        this, tr("Archive client"),
        tr("Archive %1? The client leaves the list but everything kept about them stays, and you can restore "
           "them at any time with “Show archived”.")
            .arg(client->fullName),
        tr("Archive"));
    if (answer != MessageBox::Answer::Confirmed)
        return;
    if (Status archived = m_clients.setArchived(client->id, true); !archived)
        reportFailure(tr("Client not archived"), archived.error());
}

void ClientsPage::deleteSelectedClient() {
    const std::optional<Client> client = selectedClient();
    if (!client || m_db.isReadOnly())
        return;
    // A client with records cannot be deleted (the records stay): erasure is offered instead of a failure.
    const Result<ErasureScope> scope = m_clients.erasureScope(client->id);
    if (!scope) {
        reportFailure(tr("Client not deleted"), scope.error());
        return;
    }
    if (scope.value().incidents > 0 || scope.value().signedAgreements > 0) {
        erase(*client, true);
        return;
    }
    const MessageBox::Answer answer = MessageBox::confirm(
        this, tr("Delete client for good"),
        tr("Delete %1 for good? Their details and notes are erased from this database and cannot be brought "
           "back. To keep the record but take it out of the list, archive the client instead.")
            .arg(client->fullName),
        tr("Delete %1").arg(client->fullName), MessageBox::Kind::Warning, true);
    if (answer != MessageBox::Answer::Confirmed)
        return;
    if (Status removed = m_clients.remove(client->id); !removed)
        reportFailure(tr("Client not deleted"), removed.error());
}

void ClientsPage::eraseSelectedClient() {
    if (const std::optional<Client> client = selectedClient(); client && !m_db.isReadOnly())
        erase(*client, false);
}

void ClientsPage::erase(const Client &client, bool deleteRefused) {
    const Result<ErasureScope> scope = m_clients.erasureScope(client.id);
    if (!scope) {
        reportFailure(tr("Client's data not erased"), scope.error());
        return;
    }
    EraseClientDialog ask(client, scope.value(), deleteRefused, this);
    if (ask.exec() != QDialog::Accepted)
        return;
    if (Status erased = m_clients.erase(client.id, ask.signedDocuments()); !erased)
        reportFailure(tr("Client's data not erased"), erased.error());
}

void ClientsPage::exportSelectedClientData() {
    const std::optional<Client> client = selectedClient();
    if (!client)
        return;
    const QString folder = FileDialogs::saveFile(
        this, QStringLiteral("clientDataFolderDialog"), tr("Export client's data to a new folder"),
        tr("client-%1-data-%2").arg(client->id).arg(Clock::todayLocal().toString(Qt::ISODate)), {});
    if (folder.isEmpty())
        return;
    const Result<ClientDataExport::Summary> written = ClientDataExport::write(m_db, client->id, folder);
    if (!written) {
        reportFailure(tr("Client's data not exported"), written.error());
        return;
    }
    MessageBox::inform(this, tr("Client's data exported"),
                       tr("Everything held about %1 is in %2: report.html to read or print, data.json for "
                          "programs, and %n signed PDF(s).",
                          nullptr, written.value().documents)
                           .arg(client->fullName, QDir::toNativeSeparators(folder)),
                       MessageBox::Kind::Question);
}

void ClientsPage::reportFailure(const QString &title, const Error &error) {
    MessageBox::inform(this, title, error.message);
}

} // namespace bk
