// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"
#include "app/incidents/Incident.h"
#include "ui/incidents/StepWidget.h"

class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace bk {

class ContractFormWidget;

/// Every step recorded on an incident with its note, oldest first. Nothing recorded is edited: a correction
/// is a new entry, shown as "corrected on … by …" with the entry it replaces kept beneath it.
class StepHistoryWidget : public StepWidget {
    Q_OBJECT
public:
    explicit StepHistoryWidget(OpenPractice database, QWidget *parent = nullptr);

    void showData(const IncidentDetails &detail) override;
    /// Whether corrections can be recorded (also on a closed incident; not on a read-only database).
    void setRecordingEnabled(bool enabled) override;

private:
    void showSelected();
    void recordCorrection();
    QString detailsText(const StepEntry &entry) const;

    bool m_enabled = true;
    QList<StepEntry> m_entries;
    QList<FollowUp> m_followUps;
    QHash<QString, QString> m_stepTitles;
    QTreeWidget *m_tree = nullptr;
    QGroupBox *m_correction = nullptr;
    QLabel *m_selected = nullptr;
    QLabel *m_correctionHint = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    ContractFormWidget *m_contract = nullptr;
    QPushButton *m_record = nullptr;
};

} // namespace bk
