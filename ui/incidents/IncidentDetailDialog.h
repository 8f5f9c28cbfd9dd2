// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"
#include "app/incidents/IncidentDetails.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace bk {

class ConversationStepWidget;
class ContractStepWidget;
class GoalsStepWidget;
class LadderProgressWidget;
class NoticeBar;
class ResourceStepWidget;
class StepHistoryWidget;
class StepNoteWidget;
class StepWidget;
class SummaryStepWidget;

/// One incident opened: what happened, where it stands on the practice's ladder, every step recorded, and
/// the pages that walk it up the ladder to its close. On a read-only database it only shows.
class IncidentDetailDialog : public QDialog {
    Q_OBJECT
public:
    /// The dialog's pages, in tab order.
    enum Tab {
        HistoryTab,
        ConversationTab,
        SummaryTab,
        GoalsTab,
        ContractTab,
        ResourcesTab,
        NoteStepsTab, ///< supervision, ending the engagement and any step the practice added
        CloseTab,
    };

    IncidentDetailDialog(OpenPractice database, qint64 incidentId, QWidget *parent = nullptr);

    qint64 incidentId() const { return m_incidentId; }
    void showTab(Tab tab);
    /// Shows the page where ladder step `key` is recorded.
    void showStep(const QString &key);

private:
    QWidget *buildFacts();
    QWidget *buildCloseTab();
    void reload();
    void showFacts();
    void updateEnabled();
    void showProposal();
    void closeIncident();
    /// The page where the practitioner is expected to act next.
    Tab suggestedTab() const;

    const OpenPractice m_db;
    qint64 m_incidentId = 0;
    bool m_loaded = false;
    IncidentDetails m_data;

    NoticeBar *m_notice = nullptr;
    NoticeBar *m_proposal = nullptr;
    QPushButton *m_openContract = nullptr;
    QWidget *m_proposalRow = nullptr;
    QHash<QString, QLabel *> m_facts;
    LadderProgressWidget *m_ladder = nullptr;
    QTabWidget *m_tabs = nullptr;
    StepHistoryWidget *m_history = nullptr;
    ConversationStepWidget *m_conversation = nullptr;
    SummaryStepWidget *m_summary = nullptr;
    GoalsStepWidget *m_goals = nullptr;
    ContractStepWidget *m_contract = nullptr;
    ResourceStepWidget *m_resources = nullptr;
    StepNoteWidget *m_noteSteps = nullptr;
    QList<StepWidget *> m_stepWidgets;
    QLabel *m_closeState = nullptr;
    QPlainTextEdit *m_outcome = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_closeError = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace bk
