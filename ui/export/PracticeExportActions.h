// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

class QAction;
class QWidget;

namespace bk {

class PracticeExportWorker;

/// File › Export the whole practice…: asks for a new folder and exports the practice into it
/// (PracticeExport) on a thread of its own, with progress and Cancel.
class PracticeExportActions : public QObject {
    Q_OBJECT
public:
    PracticeExportActions(OpenPractice database, QWidget *window);
    ~PracticeExportActions() override;

    QAction *exportAction() const { return m_exportAction; }

    /// Asks for the folder, then exports with progress.
    void exportPractice();

Q_SIGNALS:
    /// The export ended: the outcome in a sentence.
    void exportFinished(bool succeeded, const QString &message);

private:
    void finish(bool succeeded, const QString &message);

    const OpenPractice m_db;
    QWidget *m_window = nullptr;
    QAction *m_exportAction = nullptr;
    PracticeExportWorker *m_worker = nullptr;
    QPointer<QProgressDialog> m_progress;
};

} // namespace bk
