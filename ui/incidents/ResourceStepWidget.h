// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"
#include "app/policy/BoundaryPolicy.h"
#include "ui/incidents/StepWidget.h"

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace bk {

/// The fifth ladder step: training or resources from the practice's library, offered for the incident's
/// boundary, recorded as provided. New entries can be added to the library from here.
class ResourceStepWidget : public StepWidget {
    Q_OBJECT
public:
    explicit ResourceStepWidget(OpenPractice database, QWidget *parent = nullptr);

    void showData(const IncidentDetails &detail) override;
    void setRecordingEnabled(bool enabled) override;
    /// Whether the library can be added to (not on a read-only database).
    void setLibraryEditable(bool editable);

private:
    void loadLibrary();
    void addToLibrary();
    void record();

    qint64 m_incidentId = 0;
    QString m_boundaryKey;
    QList<Boundary> m_boundaries;
    QList<qint64> m_checked;
    QListWidget *m_library = nullptr;
    QCheckBox *m_wholeLibrary = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_recorded = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_record = nullptr;
};

} // namespace bk
