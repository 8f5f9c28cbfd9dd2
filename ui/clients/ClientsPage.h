// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/clients/ClientService.h"
#include "app/common/OpenPractice.h"

#include <QWidget>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolBar;

namespace bk {

class ClientTableModel;
class ClientTimelineWidget;
class NoticeBar;
class RecordPage;

/// The client register: search, filter, and add, edit, archive or delete clients.
class ClientsPage : public QWidget {
    Q_OBJECT
public:
    explicit ClientsPage(OpenPractice database, QWidget *parent = nullptr);

    ClientTableModel *model() const { return m_model; }
    /// The clients the table shows, and all clients in the current archived/not scope.
    int shownCount() const { return m_shownCount; }
    int totalCount() const { return m_totalCount; }
    QAction *newClientAction() const { return m_newAction; }
    QAction *editClientAction() const { return m_editAction; }
    QAction *archiveClientAction() const { return m_archiveAction; }
    QAction *deleteClientAction() const { return m_deleteAction; }
    QAction *eraseClientAction() const { return m_eraseAction; }
    /// File › Export client's data…: everything held about the selected client, for their access request.
    QAction *exportClientDataAction() const { return m_exportDataAction; }
    QAction *findAction() const { return m_findAction; }
    /// Logs an incident for the selected client (emits logIncidentRequested).
    QAction *logIncidentAction() const { return m_logIncidentAction; }
    /// Takes the disclosure check about the selected client (emits disclosureCheckRequested).
    QAction *disclosureCheckAction() const { return m_disclosureCheckAction; }
    /// The selected client's incidents and agreements.
    ClientTimelineWidget *timelineWidget() const { return m_timeline; }
    /// Starts (or resumes) the boundary agreement with the selected client.
    QAction *agreementAction() const { return m_agreementAction; }
    /// Opens the selected client's most recently signed agreement (emits signedAgreementRequested).
    QAction *signedAgreementAction() const { return m_signedAgreementAction; }

    /// Column widths, order and sort, to remember between sessions.
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

    /// Selects client `id` and scrolls to it, clearing the search and filters when they hide it.
    void selectClient(qint64 id);
    /// The client in the selected row, if any.
    std::optional<Client> selectedClient() const;

public Q_SLOTS:
    void newClient();
    void editSelectedClient();
    /// Archives the selected client after confirmation, or restores an archived one.
    void archiveOrRestoreSelectedClient();
    /// Deletes the selected client for good, after a confirmation naming them.
    void deleteSelectedClient();
    /// Erases the selected client's personal data after EraseClientDialog's question.
    void eraseSelectedClient();
    /// Asks for a new folder and writes the selected client's data there (ClientDataExport).
    void exportSelectedClientData();
    void focusSearch();
    void clearFilters();

Q_SIGNALS:
    /// How many clients the table shows, and how many there are in the current archived/not scope.
    void countsChanged(int shown, int total);
    /// The user asked to log an incident for client `clientId`.
    void logIncidentRequested(qint64 clientId);
    /// The user asked to take the disclosure check before sharing something personal with `clientId`.
    void disclosureCheckRequested(qint64 clientId);
    /// The user asked to start or resume the agreement with client `id` (the onboarding wizard).
    void agreementRequested(qint64 id);
    /// The user asked to see the signed agreement of client `id`.
    void signedAgreementRequested(qint64 id);

private:
    void buildToolBar();
    void buildEmptyStates();
    void applyFilter();
    void updateActions();
    void updateView();
    void openClient(const QModelIndex &index);
    void reportFailure(const QString &title, const Error &error);
    /// Asks (EraseClientDialog) and erases `client`'s personal data; `deleteRefused` as the dialog has it.
    void erase(const Client &client, bool deleteRefused);

    const OpenPractice m_db;
    ClientService m_clients;
    ClientTableModel *m_model = nullptr;
    int m_shownCount = 0;
    int m_totalCount = 0;

    QToolBar *m_toolBar = nullptr;
    QWidget *m_filterRow = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QCheckBox *m_showArchived = nullptr;
    QTimer *m_searchTimer = nullptr;
    RecordPage *m_records = nullptr;
    QTableView *m_table = nullptr; ///< the records' table
    QLabel *m_noMatchesLabel = nullptr;
    ClientTimelineWidget *m_timeline = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_archiveAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_eraseAction = nullptr;
    QAction *m_exportDataAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_logIncidentAction = nullptr;
    QAction *m_disclosureCheckAction = nullptr;
    QAction *m_agreementAction = nullptr;
    QAction *m_signedAgreementAction = nullptr;
};

} // namespace bk
