// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/export/PracticeExportActions.h"

#include "app/common/Clock.h"
#include "app/export/PracticeExportWorker.h"
#include "ui/common/FileDialogs.h"

#include <QAction>
#include <QDir>

namespace bk {

PracticeExportActions::PracticeExportActions(OpenPractice database, QWidget *window)
    : QObject(window)
    , m_db(database)
    , m_window(window) {
    m_exportAction = new QAction(tr("Export the &whole practice…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportPracticeAction"));
    m_exportAction->setToolTip(
        tr("Write every record, signed PDF and policy version to a folder as CSV, JSON "
           "and PDF files any program reads, with a manifest of their SHA-256"));
    connect(m_exportAction, &QAction::triggered, this, &PracticeExportActions::exportPractice);

    m_worker = new PracticeExportWorker(this);
    connect(m_worker, &PracticeExportWorker::progress, this, [this](int done, int total) {
        if (!m_progress)
            return;
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_worker, &PracticeExportWorker::finished, this, &PracticeExportActions::finish);
}

PracticeExportActions::~PracticeExportActions() = default;

void PracticeExportActions::exportPractice() {
    if (m_worker->isRunning())
        return;
    const QString folder =
        FileDialogs::saveFile(m_window, QStringLiteral("practiceExportFolderDialog"),
                              tr("Export the whole practice to a new folder"),
                              tr("practice-export-%1").arg(Clock::todayLocal().toString(Qt::ISODate)), {});
    if (folder.isEmpty())
        return;
    m_progress =
        new QProgressDialog(tr("Exporting the practice to %1…").arg(QDir::toNativeSeparators(folder)),
                            tr("Cancel"), 0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("practiceExportProgressDialog"));
    m_progress->setWindowTitle(tr("Export"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setMinimumDuration(0);
    connect(m_progress, &QProgressDialog::canceled, m_worker, &PracticeExportWorker::cancel);
    m_progress->show();
    m_exportAction->setEnabled(false);
    m_worker->start(m_db.path(), folder);
}

void PracticeExportActions::finish(bool succeeded, const QString &message) {
    if (m_progress)
        m_progress->close();
    m_exportAction->setEnabled(true);
    Q_EMIT exportFinished(succeeded, message);
}

} // namespace bk
