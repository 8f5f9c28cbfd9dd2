// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"
#include "app/policy/BoundaryPolicy.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace bk {

/// Adds an entry to the practice's library of training and resources: a title, a link or a file, and the
/// boundaries it helps with.
class ResourceLibraryDialog : public QDialog {
    Q_OBJECT
public:
    /// `boundaries` are offered to tick; `preselected` is ticked from the start.
    ResourceLibraryDialog(OpenPractice database, const QList<Boundary> &boundaries,
                          const QString &preselected, QWidget *parent = nullptr);

    /// The id of the entry saved; 0 until it has saved.
    qint64 savedId() const { return m_savedId; }
    /// Saves the entry; with a problem the dialog stays open and keeps everything typed.
    void accept() override;

private:
    void browse();

    const OpenPractice m_db;
    qint64 m_savedId = 0;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_location = nullptr;
    QListWidget *m_boundaries = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace bk
