// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace bk {

class AuditEventModel;

/// The Activity view: the audit trail's events, newest first, filtered by who, what, record and period;
/// opening an event opens its record (a client or an incident).
class ActivityDialog : public QDialog {
    Q_OBJECT
public:
    explicit ActivityDialog(OpenPractice practice, QWidget *parent = nullptr);

Q_SIGNALS:
    void clientRequested(qint64 id);
    void incidentRequested(qint64 id);

private:
    void applyFilter();
    void openEvent(const QModelIndex &index);

    OpenPractice m_db;
    AuditEventModel *m_model = nullptr;
    QComboBox *m_who = nullptr;
    QComboBox *m_what = nullptr;
    QComboBox *m_table = nullptr;
    QLineEdit *m_record = nullptr;
    QCheckBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace bk
