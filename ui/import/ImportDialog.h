// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"
#include "app/import/ImportMapping.h"
#include "app/import/ImportPlan.h"

#include <QDialog>
#include <QPointer>
#include <QProgressDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace bk {

class ImportWorker;

/// File › Import clients…: the preview of an import file. A field per column, guessed from the headers (or
/// the mapping last confirmed for the same headers); the rows and what importing them would do; each
/// duplicate beside the client it matches, with skip, update empty fields or import as new; rejected rows
/// with line and reason, to save as CSV. Nothing is written until Import is clicked; the import then runs
/// on a thread of its own with progress and Cancel, and a cancelled import writes nothing.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(OpenPractice database, QString path, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// Reads the file and plans the import; false after telling the user why it cannot be imported.
    bool load();
    /// The outcome in a sentence, once the import ended.
    QString outcome() const { return m_outcome; }

    /// Rows the preview lists at most: the counts cover every row, the saved rejected rows too.
    static constexpr int PreviewRows = 1000;

private:
    /// Reads the file again with the mapping as chosen; false after telling the user why it cannot.
    bool replan();
    void fillColumns();
    void fillPreview();
    void mappingChanged(int column, int index);
    void setEveryDuplicate(int index);
    void saveRejected();
    void startImport();
    void showProgress(qint64 done, qint64 total);
    void finishImport(bool succeeded, const QString &message);

    const OpenPractice m_db;
    const QString m_path;
    QStringList m_headers;
    QList<QStringList> m_examples;
    ImportMapping m_mapping;
    ImportPlan m_plan;
    QString m_outcome;
    QTableWidget *m_columns = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_counts = nullptr;
    QComboBox *m_everyDuplicate = nullptr;
    QPushButton *m_saveRejected = nullptr;
    QPushButton *m_import = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    ImportWorker *m_worker = nullptr;
    QPointer<QProgressDialog> m_progress;
};

} // namespace bk
