// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"
#include "app/policy/BoundaryPolicy.h"
#include "ui/incidents/StepWidget.h"

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace bk {

/// The ladder steps that carry a date and a note only: consulting a colleague or supervisor, ending the
/// engagement, and any step the practice added to its ladder.
class StepNoteWidget : public StepWidget {
    Q_OBJECT
public:
    explicit StepNoteWidget(OpenPractice database, QWidget *parent = nullptr);

    void showData(const IncidentDetails &detail) override;
    void setRecordingEnabled(bool enabled) override;
    /// Chooses step `key` in the list, when the list holds it.
    void chooseStep(const QString &key);
    /// Whether `key` is a step recorded on this page (not one with its own page).
    static bool handles(const QString &key);

private:
    void showChosenStep();
    void record();

    qint64 m_incidentId = 0;
    QList<LadderStep> m_steps;
    QComboBox *m_step = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_recorded = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QPushButton *m_record = nullptr;
    QStringList m_recordedTexts;
};

} // namespace bk
