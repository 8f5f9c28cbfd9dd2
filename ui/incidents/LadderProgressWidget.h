// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace bk {

struct IncidentDetails;

/// Where an incident stands on the practice's ladder: every step, the ones done with their date, the
/// current one, and the next action with its due date.
class LadderProgressWidget : public QWidget {
    Q_OBJECT
public:
    explicit LadderProgressWidget(QWidget *parent = nullptr);

    void showData(const IncidentDetails &detail);

Q_SIGNALS:
    /// The user chose step `key` to work on.
    void stepActivated(const QString &key);

private:
    QListWidget *m_steps = nullptr;
    QLabel *m_next = nullptr;
};

} // namespace bk
