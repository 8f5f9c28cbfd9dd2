// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"
#include "app/incidents/IncidentService.h"
#include "app/incidents/IncidentTableModel.h"

#include <QHash>
#include <QWidget>
#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class QToolBar;

namespace bk {

class ClientPicker;
class FollowUpsPanel;
class NoticeBar;
class RecordPage;

/// The Incidents section: the follow-ups to do, and the incident register with its filters.
class IncidentsPage : public QWidget {
    Q_OBJECT
public:
    explicit IncidentsPage(OpenPractice database, QWidget *parent = nullptr);

    /// The incident table's model, read now if the section has not been shown yet.
    IncidentTableModel *model() const;
    FollowUpsPanel *followUpsPanel() const { return m_followUps; }
    /// Ctrl+I: the quick log, from anywhere in the window.
    QAction *logIncidentAction() const { return m_logAction; }
    /// Names the client the quick log that logIncidentAction() opens starts with (0: none), asked each time
    /// it opens: the window's selected client, wherever the shortcut was pressed.
    void setClientSuggestion(std::function<qint64()> suggestion) {
        m_clientSuggestion = std::move(suggestion);
    }
    QAction *exportCalendarAction() const { return m_exportAction; }
    /// Opens the selected incident (Enter, double-click).
    QAction *openIncidentAction() const { return m_openAction; }

    /// Column widths, order and sort, to remember between sessions.
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

    /// Sets the filter widgets to `filter` and shows the incidents it selects (a drill-down from elsewhere).
    void showFiltered(const IncidentFilter &filter);
    /// The filter the widgets describe.
    IncidentFilter filterFromWidgets() const;

    /// Selects incident `id` and scrolls to it, clearing the filters when they hide it.
    void selectIncident(qint64 id);
    /// The incident in the selected row, 0 when none.
    qint64 selectedIncidentId() const;

public Q_SLOTS:
    /// Opens the quick log, with `clientId` preselected when not 0; returns the new incident's id, or 0.
    qint64 logIncident(qint64 clientId = 0);
    /// Opens incident `id` in its detail dialog, where the ladder is walked; it stays selected afterwards.
    void openIncident(qint64 id);
    void clearFilters();
    /// Asks where to save, then writes the open follow-ups as an iCalendar file.
    void exportFollowUps();
    /// Re-reads what depends on the date (the overdue filter and the follow-ups) after the day changed.
    void dayChanged();

Q_SIGNALS:
    /// An incident was logged; `summary` says what was saved and flagged.
    void incidentLogged(qint64 id, const QString &summary);
    /// Something to tell the user in passing (an export finished).
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildActions();
    QWidget *buildFilterBar();
    void buildEmptyStates();
    void loadPolicyTitles();
    void applyFilter();
    void updateView();

    const OpenPractice m_db;
    IncidentService m_incidents;
    IncidentTableModel *m_model = nullptr;
    QHash<QString, QString> m_boundaryTitles;
    bool m_applyingFilter = false;

    QToolBar *m_toolBar = nullptr;
    NoticeBar *m_errorBar = nullptr;
    FollowUpsPanel *m_followUps = nullptr;
    ClientPicker *m_clientFilter = nullptr;
    QComboBox *m_boundaryFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_crossedByFilter = nullptr;
    QCheckBox *m_overdueFilter = nullptr;
    QDateEdit *m_fromFilter = nullptr;
    QDateEdit *m_toFilter = nullptr;
    QPushButton *m_clearFilters = nullptr;
    QLabel *m_countLabel = nullptr;
    RecordPage *m_records = nullptr;
    QTableView *m_table = nullptr; ///< the records' table

    QAction *m_logAction = nullptr;

    std::function<qint64()> m_clientSuggestion;
    QAction *m_exportAction = nullptr;
    QAction *m_openAction = nullptr;
};

} // namespace bk
