// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/import/ImportDialog.h"

#include "app/clients/ClientService.h"
#include "app/common/Settings.h"
#include "app/import/ImportReader.h"
#include "app/import/ImportWorker.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBox.h"
#include "ui/help/ContextHelp.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bk {

namespace {
enum PreviewColumn {
    LineColumn,
    NameColumn,
    EmailColumn,
    PhoneColumn,
    OutcomeColumn,
    ExistingColumn,
    ActionColumn
};

// The duplicate actions in the order the combo boxes offer them.
const QList<DuplicateAction> Actions = {DuplicateAction::Skip, DuplicateAction::UpdateEmptyFields,
                                        DuplicateAction::ImportAsNew};

void addDuplicateActions(QComboBox *combo) {
    combo->addItem(ImportDialog::tr("Skip"));
    combo->addItem(ImportDialog::tr("Update empty fields"));
    combo->addItem(ImportDialog::tr("Import as new"));
}

QTableWidget *table(const QString &objectName, const QStringList &headers) {
    auto *widget = new QTableWidget(0, int(headers.size()));
    widget->setObjectName(objectName);
    widget->setHorizontalHeaderLabels(headers);
    widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    widget->verticalHeader()->setVisible(false);
    widget->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    widget->horizontalHeader()->setStretchLastSection(true);
    return widget;
}
} // namespace

ImportDialog::ImportDialog(OpenPractice database, QString path, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_path(std::move(path)) {
    setObjectName(QStringLiteral("importDialog"));
    ContextHelp::setTopic(this, HelpTopic::Clients);
    setWindowTitle(tr("Import clients from %1").arg(QFileInfo(m_path).fileName()));
    auto *layout = new QVBoxLayout(this);

    auto *encoding = new QHBoxLayout;
    auto *encodingLabel = new QLabel(tr("Text &encoding:"));
    m_encodings = new QComboBox;
    m_encodings->setObjectName(QStringLiteral("importEncodingComboBox"));
    m_encodings->setToolTip(tr("Detected from the file. If names show wrong letters (Ã© for é), choose the "
                               "encoding the program that wrote the file used."));
    encodingLabel->setBuddy(m_encodings);
    encoding->addWidget(encodingLabel);
    encoding->addWidget(m_encodings);
    encoding->addStretch();
    layout->addLayout(encoding);
    connect(m_encodings, &QComboBox::activated, this, &ImportDialog::encodingChanged);

    layout->addWidget(new QLabel(tr("Choose the client field each column of the file fills:")));
    m_columns = table(QStringLiteral("importColumnsTable"), {tr("Column"), tr("Example"), tr("Imports as")});
    m_columns->setAccessibleName(tr("Columns of the file"));
    layout->addWidget(m_columns, 1);

    m_counts = new QLabel;
    m_counts->setObjectName(QStringLiteral("importCountsLabel"));
    m_counts->setWordWrap(true);
    layout->addWidget(m_counts);
    auto *reading = new QHBoxLayout;
    m_reading = new QProgressBar;
    m_reading->setObjectName(QStringLiteral("importReadingProgressBar"));
    m_reading->setAccessibleName(tr("Reading the file"));
    m_reading->setRange(0, 1000);
    m_stopReading = new QPushButton;
    m_stopReading->setObjectName(QStringLiteral("stopReadingButton"));
    reading->addWidget(m_reading, 1);
    reading->addWidget(m_stopReading);
    layout->addLayout(reading);
    connect(m_stopReading, &QPushButton::clicked, this, &ImportDialog::stopOrReadAgain);
    auto *duplicates = new QHBoxLayout;
    auto *duplicatesLabel = new QLabel(tr("Every &duplicate:"));
    m_everyDuplicate = new QComboBox;
    m_everyDuplicate->setObjectName(QStringLiteral("everyDuplicateComboBox"));
    addDuplicateActions(m_everyDuplicate);
    duplicatesLabel->setBuddy(m_everyDuplicate);
    duplicates->addWidget(duplicatesLabel);
    duplicates->addWidget(m_everyDuplicate);
    duplicates->addStretch();
    layout->addLayout(duplicates);
    connect(m_everyDuplicate, &QComboBox::activated, this, &ImportDialog::setEveryDuplicate);

    m_preview =
        table(QStringLiteral("importPreviewTable"), {tr("Line"), tr("Name"), tr("Email"), tr("Phone"),
                                                     tr("Import"), tr("Client in the register"), tr("Do")});
    m_preview->setAccessibleName(tr("Rows to import"));
    layout->addWidget(m_preview, 3);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("importDialogButtonBox"));
    m_saveRejected = m_buttons->addButton(tr("&Save rejected rows…"), QDialogButtonBox::ActionRole);
    m_saveRejected->setObjectName(QStringLiteral("saveRejectedButton"));
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_saveRejected, &QPushButton::clicked, this, &ImportDialog::saveRejected);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_worker = new ImportWorker(this);
    connect(m_worker, &ImportWorker::progress, this, &ImportDialog::showProgress);
    connect(m_worker, &ImportWorker::planned, this, &ImportDialog::showPlan);
    connect(m_worker, &ImportWorker::planFailed, this, &ImportDialog::planFailed);
    connect(m_worker, &ImportWorker::finished, this, &ImportDialog::finishImport);
    connect(m_worker, &ImportWorker::rejectedSaved, this, &ImportDialog::rejectedSaved);
    setReading(false);
    resize(900, 640);
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::load() {
    const Result<QString> read = readHeaders({});
    if (!read) {
        MessageBox::inform(this, tr("Import clients"), read.error().message);
        return false;
    }
    m_encoding = read.value();
    // Every encoding offered, the one detected marked (first when it is not among them).
    for (const ImportEncoding &encoding : ImportReader::encodings())
        m_encodings->addItem(encoding.label, encoding.name);
    int detected = m_encodings->findData(m_encoding);
    if (detected < 0) {
        m_encodings->insertItem(0, m_encoding, m_encoding);
        detected = 0;
    }
    m_encodings->setItemText(detected, tr("%1 (detected)").arg(m_encodings->itemText(detected)));
    m_encodings->setCurrentIndex(detected);
    replan();
    return true;
}

Result<QString> ImportDialog::readHeaders(const QString &encoding) {
    Result<std::unique_ptr<ImportReader>> reader = ImportReader::openFile(m_path, {}, encoding);
    if (!reader)
        return reader.error();
    const QStringList headers = reader.value()->headers();
    // A few rows to show beside each column, read before the plan reads the file again.
    m_examples.clear();
    ImportRow row;
    while (m_examples.size() < 3) {
        const Result<bool> read = reader.value()->next(&row);
        if (!read || !read.value())
            break;
        m_examples.append(row.values);
    }
    if (headers != m_headers) {
        m_headers = headers;
        m_mapping = ImportMapping::guess(m_headers);
        const QByteArray remembered = Settings().importMapping(m_headers);
        if (const Result<ImportMapping> mapping = ImportMapping::fromJson(remembered, m_headers);
            !remembered.isEmpty() && mapping)
            m_mapping = mapping.value();
    }
    fillColumns();
    return reader.value()->encoding();
}

void ImportDialog::encodingChanged(int index) {
    const QString chosen = m_encodings->itemData(index).toString();
    if (chosen == m_encoding)
        return;
    if (const Result<QString> read = readHeaders(chosen); !read) {
        MessageBox::inform(this, tr("Import clients"), read.error().message);
        m_encodings->setCurrentIndex(m_encodings->findData(m_encoding));
        return;
    }
    m_encoding = chosen;
    replan();
}

void ImportDialog::replan() {
    setReading(true);
    m_counts->setText(tr("Reading %1…").arg(QFileInfo(m_path).fileName()));
    m_worker->plan(m_db.path(), m_path, m_encoding, m_mapping);
}

void ImportDialog::stopOrReadAgain() {
    if (m_planning)
        m_worker->cancel();
    else
        replan();
}

void ImportDialog::setReading(bool reading) {
    m_planning = reading;
    m_reading->setValue(0);
    m_reading->setVisible(reading);
    m_stopReading->setText(reading ? tr("S&top reading") : tr("&Read the file again"));
    m_stopReading->setVisible(reading);
    m_everyDuplicate->setEnabled(!reading);
    m_preview->setEnabled(!reading);
    if (reading) {
        m_import->setEnabled(false);
        m_saveRejected->setEnabled(false);
    }
}

void ImportDialog::showPlan(const ImportPlan &plan) {
    setReading(false);
    m_plan = plan;
    m_plan.setDuplicateAction(Actions.value(m_everyDuplicate->currentIndex()));
    fillPreview();
}

void ImportDialog::planFailed(const QString &message, bool cancelled) {
    setReading(false);
    if (!cancelled) {
        MessageBox::inform(this, tr("Import clients"), message);
        reject();
        return;
    }
    m_plan = ImportPlan();
    fillPreview();
    m_counts->setText(
        tr("Reading the file was stopped: nothing can be imported until it is read to its end."));
    m_stopReading->show();
}

void ImportDialog::fillColumns() {
    m_columns->setRowCount(int(m_headers.size()));
    for (int column = 0; column < m_headers.size(); ++column) {
        m_columns->setItem(column, 0, new QTableWidgetItem(m_headers.at(column)));
        QStringList examples;
        for (const QStringList &values : std::as_const(m_examples)) {
            if (!values.value(column).trimmed().isEmpty())
                examples.append(values.value(column).simplified());
        }
        m_columns->setItem(column, 1, new QTableWidgetItem(examples.join(QStringLiteral(" · "))));
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("importFieldComboBox"));
        for (const ImportField field : ImportFields::all())
            combo->addItem(ImportFields::label(field));
        combo->setCurrentIndex(int(ImportFields::all().indexOf(m_mapping.field(column))));
        connect(combo, &QComboBox::activated, this,
                [this, column](int index) { mappingChanged(column, index); });
        m_columns->setCellWidget(column, 2, combo);
    }
    m_columns->resizeColumnsToContents();
}

void ImportDialog::mappingChanged(int column, int index) {
    m_mapping.setField(column, ImportFields::all().value(index));
    replan();
}

void ImportDialog::setEveryDuplicate(int index) {
    m_plan.setDuplicateAction(Actions.value(index));
    fillPreview();
}

void ImportDialog::fillPreview() {
    const qint64 fresh = m_plan.count(ImportEntry::Kind::New);
    const qint64 duplicates = m_plan.count(ImportEntry::Kind::Duplicate);
    const qint64 rejected = m_plan.count(ImportEntry::Kind::Rejected);
    QString counts =
        tr("%1 new, %2 already in the register, %3 rejected.").arg(fresh).arg(duplicates).arg(rejected);
    if (!m_mapping.mapsName())
        counts += QLatin1Char(' ') + tr("No column gives the clients' names: choose one above.");
    if (m_plan.rows() > PreviewRows)
        counts += QLatin1Char(' ') + tr("The first %1 rows are shown.").arg(PreviewRows);
    enableActions();

    // The rows shown are read from the file again: the plan keeps none.
    QList<ImportEntry> entries;
    if (m_plan.rows() > 0) {
        const Status read = m_plan.forEach([&entries](ImportEntry &entry) -> Result<bool> {
            entries.append(std::move(entry));
            return entries.size() < PreviewRows;
        });
        if (!read) {
            counts += QLatin1Char(' ') + read.error().message;
            m_import->setEnabled(false);
            m_saveRejected->setEnabled(false);
        }
    }
    m_counts->setText(counts);

    const ClientService clients(m_db);
    const int shown = int(entries.size());
    m_preview->clearContents();
    m_preview->setRowCount(shown);
    for (int row = 0; row < shown; ++row) {
        const ImportEntry &entry = entries.at(row);
        const auto set = [this, row](int column, const QString &text) {
            m_preview->setItem(row, column, new QTableWidgetItem(text));
        };
        set(LineColumn, QString::number(entry.line));
        set(NameColumn, entry.client.fullName);
        set(EmailColumn, entry.client.email);
        set(PhoneColumn, entry.client.phone);
        switch (entry.kind) {
        case ImportEntry::Kind::New:
            set(OutcomeColumn, tr("New client"));
            break;
        case ImportEntry::Kind::Rejected:
            set(OutcomeColumn, tr("Rejected: %1").arg(entry.reason));
            break;
        case ImportEntry::Kind::Duplicate: {
            set(OutcomeColumn, entry.reason);
            const Result<Client> existing = clients.get(entry.existingId);
            QStringList known;
            if (existing) {
                for (const QString &field :
                     {existing.value().fullName, existing.value().email, existing.value().phone}) {
                    if (!field.isEmpty())
                        known.append(field);
                }
            }
            set(ExistingColumn, existing ? known.join(QStringLiteral(", ")) : existing.error().message);
            auto *action = new QComboBox;
            action->setObjectName(QStringLiteral("duplicateActionComboBox"));
            addDuplicateActions(action);
            action->setCurrentIndex(int(Actions.indexOf(entry.action)));
            connect(action, &QComboBox::activated, this,
                    [this, row](int index) { m_plan.setAction(row, Actions.value(index)); });
            m_preview->setCellWidget(row, ActionColumn, action);
            break;
        }
        }
    }
    m_preview->resizeColumnsToContents();
}

void ImportDialog::enableActions() {
    m_saveRejected->setEnabled(m_plan.count(ImportEntry::Kind::Rejected) > 0);
    m_import->setEnabled(m_mapping.mapsName() &&
                         m_plan.count(ImportEntry::Kind::New) + m_plan.count(ImportEntry::Kind::Duplicate) >
                             0);
}

void ImportDialog::showBusy(const QString &label, const QString &name, const QString &title) {
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, 0, this);
    m_progress->setObjectName(name);
    m_progress->setWindowTitle(title);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setWindowModality(Qt::WindowModal); // no field changed, no reading started meanwhile
    m_progress->setMinimumDuration(0);
    connect(m_progress, &QProgressDialog::canceled, m_worker, &ImportWorker::cancel);
    m_progress->show();
    m_import->setEnabled(false);
    m_saveRejected->setEnabled(false);
}

void ImportDialog::saveRejected() {
    if (m_progress) // saving or importing already
        return;
    const QString file =
        FileDialogs::saveFile(this, QStringLiteral("saveRejectedFileDialog"), tr("Save the rejected rows"),
                              QFileInfo(m_path).completeBaseName() + tr("-rejected") + QStringLiteral(".csv"),
                              {tr("CSV files (*.csv)"), tr("All files (*)")}, QStringLiteral("csv"));
    if (file.isEmpty())
        return;
    // The file is read again on the worker's thread: a long one does not stop the window.
    showBusy(tr("Saving the rejected rows…"), QStringLiteral("saveRejectedProgressDialog"),
             tr("Save the rejected rows"));
    m_worker->saveRejected(m_plan, file);
}

void ImportDialog::rejectedSaved(bool saved, const QString &message, bool cancelled) {
    if (m_progress)
        m_progress->close(); // deletes it later
    m_progress.clear();
    enableActions();
    if (!saved && !cancelled)
        MessageBox::inform(this, tr("Save the rejected rows"), message);
}

void ImportDialog::startImport() {
    if (m_progress) // saving or importing already
        return;
    if (const Status writable = m_db.checkWritable(); !writable) {
        MessageBox::inform(this, tr("Import clients"), writable.error().message);
        return;
    }
    Settings().setImportMapping(m_headers, m_mapping.toJson(m_headers));
    showBusy(tr("Importing clients…"), QStringLiteral("importProgressDialog"), tr("Import clients"));
    m_worker->start(m_db.path(), m_plan);
}

void ImportDialog::showProgress(qint64 done, qint64 total) {
    const int permille = total > 0 ? int(done * 1000 / total) : 0;
    if (m_planning)
        m_reading->setValue(permille);
    else if (m_progress) {
        m_progress->setMaximum(total > 0 ? 1000 : 0);
        m_progress->setValue(permille);
    }
}

void ImportDialog::finishImport(bool succeeded, const QString &message) {
    const bool cancelled = m_progress && m_progress->wasCanceled();
    if (m_progress)
        m_progress->close(); // deletes it later
    m_progress.clear();
    enableActions();
    if (cancelled && !succeeded) {
        m_outcome = tr("The import was cancelled; nothing was written.");
        MessageBox::inform(this, tr("Import clients"), m_outcome, MessageBox::Kind::Warning);
        return;
    }
    m_outcome = succeeded ? message : tr("Nothing was imported: %1").arg(message);
    MessageBox::inform(this, tr("Import clients"), m_outcome,
                       succeeded ? MessageBox::Kind::Question : MessageBox::Kind::Critical);
    if (succeeded) {
        // The window's own connection learns of the clients written on the import's connection.
        m_db.announceEverything();
        accept();
    }
}

} // namespace bk
