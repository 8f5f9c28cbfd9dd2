// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"
#include "app/incidents/Incident.h"
#include "ui/incidents/StepWidget.h"

#include <QHash>

class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace bk {

/// The third ladder step: correction goals, each with a follow-up date, and the outcome of every follow-up
/// (met, partly met, not met) with a note. A changed outcome is recorded as a correction beside the original.
class GoalsStepWidget : public StepWidget {
    Q_OBJECT
public:
    explicit GoalsStepWidget(OpenPractice database, QWidget *parent = nullptr);

    void showData(const IncidentDetails &detail) override;
    void setRecordingEnabled(bool enabled) override;
    /// Whether outcomes of follow-ups can be recorded (also on a closed incident, not on a read-only file).
    void setOutcomesEnabled(bool enabled);

private:
    void addGoal();
    void removeGoal();
    void recordGoals();
    void updateOutcomeForm();
    void recordOutcome();

    qint64 m_incidentId = 0;
    bool m_outcomesEnabled = true;
    bool m_recordingEnabled = true;
    QList<FollowUp> m_pending;
    /// Follow-up id -> its effective outcome id (0 without one).
    QHash<qint64, qint64> m_outcomeIds;

    QTreeWidget *m_followUps = nullptr;
    QComboBox *m_result = nullptr;
    QLineEdit *m_outcomeNote = nullptr;
    QPushButton *m_recordOutcome = nullptr;
    QLineEdit *m_goal = nullptr;
    QDateEdit *m_due = nullptr;
    QPushButton *m_addGoal = nullptr;
    QPushButton *m_removeGoal = nullptr;
    QListWidget *m_pendingList = nullptr;
    QLineEdit *m_note = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QPushButton *m_recordGoals = nullptr;
};

} // namespace bk
