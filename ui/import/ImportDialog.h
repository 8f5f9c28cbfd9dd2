// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"
#include "app/common/Result.h"
#include "app/import/ImportMapping.h"
#include "app/import/ImportPlan.h"

#include <QDialog>
#include <QPointer>
#include <QProgressDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace bk {

class ImportWorker;

/// File › Import clients…: the preview of an import file. A field per column, guessed from the headers (or
/// the mapping last confirmed for the same headers); the rows and what importing them would do; each
/// duplicate beside the client it matches, with skip, update empty fields or import as new; rejected rows
/// with line and reason, to save as CSV. The file is read on a thread of its own, with progress and a button
/// that stops reading, while the dialog stays responsive. Nothing is written until Import is clicked; the
/// import then runs on that thread with progress and Cancel, and a cancelled import writes nothing.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(OpenPractice database, QString path, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// Reads the file's headers and starts planning the import; false after telling the user why it cannot be
    /// imported.
    bool load();
    /// The outcome in a sentence, once the import ended.
    QString outcome() const { return m_outcome; }

    /// Rows the preview lists at most: the counts cover every row, the saved rejected rows too.
    static constexpr int PreviewRows = 1000;

private:
    /// Reads the file's headers and first rows in `encoding` (detected when empty) and shows them; the
    /// mapping is kept when the headers are the ones read before, else guessed or the one remembered for
    /// them. The encoding read in, or why the file cannot be read so.
    Result<QString> readHeaders(const QString &encoding);
    /// Reads the file again in the encoding chosen at `index`; the one before stays when the file cannot be
    /// read in it.
    void encodingChanged(int index);
    /// Starts reading the file again with the mapping as chosen (stopping a reading under way).
    void replan();
    /// Stops reading the file, or reads it again once stopped.
    void stopOrReadAgain();
    void showPlan(const ImportPlan &plan);
    void planFailed(const QString &message, bool cancelled);
    /// Shows whether the file is being read.
    void setReading(bool reading);
    void fillColumns();
    void fillPreview();
    void mappingChanged(int column, int index);
    void setEveryDuplicate(int index);
    /// Enables saving the rejected rows and importing as the plan allows.
    void enableActions();
    /// Shows a window-modal progress dialog that cancels the worker's job, and disables the actions.
    void showBusy(const QString &label, const QString &name, const QString &title);
    void saveRejected();
    void rejectedSaved(bool saved, const QString &message, bool cancelled);
    void startImport();
    void showProgress(qint64 done, qint64 total);
    void finishImport(bool succeeded, const QString &message);

    const OpenPractice m_db;
    const QString m_path;
    /// The encoding the file is read in: the one detected, then the one chosen.
    QString m_encoding;
    QStringList m_headers;
    QList<QStringList> m_examples;
    ImportMapping m_mapping;
    ImportPlan m_plan;
    QString m_outcome;
    QComboBox *m_encodings = nullptr;
    QTableWidget *m_columns = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_counts = nullptr;
    QComboBox *m_everyDuplicate = nullptr;
    QPushButton *m_saveRejected = nullptr;
    QPushButton *m_import = nullptr;
    QProgressBar *m_reading = nullptr;
    QPushButton *m_stopReading = nullptr;
    bool m_planning = false;
    QDialogButtonBox *m_buttons = nullptr;
    ImportWorker *m_worker = nullptr;
    QPointer<QProgressDialog> m_progress;
};

} // namespace bk
