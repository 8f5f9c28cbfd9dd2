// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"
#include "app/incidents/IncidentService.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace bk {

class ClientPicker;

/// Logs a crossed boundary in a few keystrokes: only the client, the boundary and a factual description are
/// required, each problem shows next to its field, and Enter saves.
class QuickLogDialog : public QDialog {
    Q_OBJECT
public:
    /// `clientId` preselects a client (0: none).
    explicit QuickLogDialog(OpenPractice database, qint64 clientId = 0, QWidget *parent = nullptr);

    /// The incident as the fields describe it now.
    NewIncident incident() const;
    /// The id of the logged incident; 0 until it has saved.
    qint64 savedIncidentId() const { return m_savedId; }
    /// A sentence on what was logged, the flags computed for it and the next step, once saved.
    QString savedSummary() const { return m_savedSummary; }

    /// Validates and logs; with problems the dialog stays open and keeps everything typed.
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using Field = IncidentProblem::Field;
    /// Adds a form row for `field`, with a row for its problems under it.
    void addField(QFormLayout *form, const QString &label, QWidget *field, Field which,
                  const QString &problemName);
    /// Shows the problems next to their fields and returns how many there are.
    int showProblems();
    void summarise(qint64 id);

    const OpenPractice m_db;
    IncidentService m_service;
    CurrentPolicy m_policy;
    bool m_problemsShown = false;
    bool m_channelChosen = false; ///< the user picked a channel; the client's preferred one no longer applies
    qint64 m_savedId = 0;
    QString m_savedSummary;

    ClientPicker *m_client = nullptr;
    QComboBox *m_boundary = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QDateTimeEdit *m_occurred = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_crossedBy = nullptr;
    QLabel *m_saveError = nullptr;
    QHash<Field, QLabel *> m_problemLabels;
    QHash<Field, QWidget *> m_fields;
};

} // namespace bk
