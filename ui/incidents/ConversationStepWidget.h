// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"
#include "ui/incidents/StepWidget.h"

class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace bk {

/// The first ladder step: the planner's five-move script to prepare the private conversation (editable,
/// copied or printed), then the record that it happened, when, and its gist. Once one is recorded, the form
/// folds away behind "Record another conversation", so a second click does not record it twice.
class ConversationStepWidget : public StepWidget {
    Q_OBJECT
public:
    explicit ConversationStepWidget(OpenPractice database, QWidget *parent = nullptr);

    void showData(const IncidentDetails &detail) override;
    void setRecordingEnabled(bool enabled) override;

private:
    void regenerate();
    void record();
    /// Shows the form while no conversation is recorded or another one is being added.
    void updateForm();

    qint64 m_incidentId = 0;
    QString m_title;
    QPlainTextEdit *m_script = nullptr;
    QLabel *m_recorded = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QPlainTextEdit *m_gist = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_another = nullptr;
    QFormLayout *m_form = nullptr;
    bool m_hasEntry = false;
    bool m_adding = false; ///< "Record another conversation" was clicked
};

} // namespace bk
