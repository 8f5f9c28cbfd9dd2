// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/FieldConflict.h"

#include <QDialog>
#include <QList>

class QButtonGroup;

namespace bk {

/// Shown when a record was saved elsewhere while it was being edited here: each field in which the two
/// versions differ, theirs beside mine, with a choice per field. Saving the combination is the caller's:
/// the dialog only collects the choices, so that nothing is ever overwritten without being seen.
class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    /// `record` names what was edited ("Amelia Hartley", "The practice profile").
    ConflictDialog(const QString &record, const QList<FieldConflict> &fields, QWidget *parent = nullptr);

    /// One entry per field, in the order given: true to keep mine, false to take theirs.
    QList<bool> keepMine() const;

    void keepAllMine();
    void takeAllTheirs();

private:
    void setAll(bool mine);

    /// Per field: button 1 keeps mine, button 0 takes theirs.
    QList<QButtonGroup *> m_choices;
};

} // namespace bk
