// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/practitioner/ReflectionPage.h"

#include "app/common/ChangeNotifier.h"
#include "app/common/Clock.h"
#include "app/common/OpenPractice.h"
#include "app/common/PrivateFile.h"
#include "app/practitioner/ReflectionReport.h"
#include "app/practitioner/ReflectionService.h"
#include "app/practitioner/ReflectionTableModel.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBox.h"
#include "ui/common/NoticeBar.h"
#include "ui/common/RecordPage.h"
#include "ui/common/StatusPalette.h"
#include "ui/incidents/ClientPicker.h"
#include "ui/practitioner/AvailabilityDialog.h"
#include "ui/practitioner/DisclosureCheckDialog.h"
#include "ui/practitioner/MonthlyReflectionDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace bk {

ReflectionPage::ReflectionPage(OpenPractice database, QWidget *parent)
    : QWidget(parent)
    , m_db(database)
    , m_model(new ReflectionTableModel(database, this)) {
    setObjectName(QStringLiteral("reflectionPage"));

    m_checkAction = new QAction(QIcon::fromTheme(QStringLiteral("dialog-question"),
                                                 style()->standardIcon(QStyle::SP_MessageBoxQuestion)),
                                tr("&Check before sharing…"), this);
    m_checkAction->setObjectName(QStringLiteral("disclosureCheckAction"));
    m_checkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_checkAction->setToolTip(tr("Five questions before sharing something personal with a client (%1)")
                                  .arg(m_checkAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_checkAction, &QAction::triggered, this, [this] { takeDisclosureCheck(); });

    m_availabilityAction = new QAction(QIcon::fromTheme(QStringLiteral("x-office-calendar")),
                                       tr("Reduced &availability…"), this);
    m_availabilityAction->setObjectName(QStringLiteral("availabilityAction"));
    m_availabilityAction->setToolTip(
        tr("Tell the clients concerned what changes while something personal affects your work"));
    connect(m_availabilityAction, &QAction::triggered, this, [this] {
        AvailabilityDialog dialog(m_db, this);
        dialog.exec();
    });

    m_monthlyAction = new QAction(tr("&Monthly reflection…"), this);
    m_monthlyAction->setObjectName(QStringLiteral("monthlyReflectionAction"));
    m_monthlyAction->setToolTip(
        tr("Look back at the month: your own lapses, clients with repeated incidents, "
           "your disclosure checks, and a few questions"));
    connect(m_monthlyAction, &QAction::triggered, this, [this] {
        const Result<std::optional<QDate>> due = ReflectionService(m_db).monthDue();
        reflectOnMonth(due && due.value() ? *due.value() : Clock::todayLocal().addMonths(-1));
    });
    m_exportAction = new QAction(tr("&Export for supervision…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportReflectionAction"));
    m_exportAction->setToolTip(tr("Save your monthly reflections and disclosure checks as a PDF"));
    connect(m_exportAction, &QAction::triggered, this, &ReflectionPage::exportForSupervision);

    m_editAction = new QAction(tr("Edit…"), this);
    m_editAction->setObjectName(QStringLiteral("editReflectionAction"));
    m_editAction->setToolTip(tr("Change the selected entry's answers, decision or note (Enter)"));
    connect(m_editAction, &QAction::triggered, this, &ReflectionPage::editSelectedEntry);
    m_deleteAction = new QAction(tr("Delete…"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteReflectionAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_deleteAction->setToolTip(tr("Delete the selected entry for good (Delete)"));
    connect(m_deleteAction, &QAction::triggered, this, &ReflectionPage::deleteSelectedEntry);

    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("reflectionToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(16, 16));
    toolBar->addAction(m_checkAction);
    toolBar->addAction(m_monthlyAction);
    toolBar->addAction(m_exportAction);
    toolBar->addAction(m_availabilityAction);
    auto *privacy =
        new QLabel(tr("Private: these entries never appear in anything a client receives."), this);
    privacy->setObjectName(QStringLiteral("privacyLabel"));
    setStatusColor(privacy, StatusColors::Status::Muted);
    // Its own line under the actions: in the tool bar it was the first thing pushed out of sight.
    privacy->setWordWrap(true);
    privacy->setContentsMargins(8, 0, 0, 0);

    auto *errorBar = new NoticeBar(this);
    errorBar->setObjectName(QStringLiteral("reflectionErrorNoticeBar"));
    m_records = new RecordPage(m_model, QStringLiteral("reflectionTableView"), errorBar, this);
    m_records->setObjectName(QStringLiteral("reflectionViewStackedWidget"));
    m_table = m_records->table();
    m_table->setAccessibleName(tr("Reflection entries"));
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    QHeaderView *columns = m_table->horizontalHeader();
    columns->resizeSection(ReflectionTableModel::DateColumn, 10 * em);
    columns->resizeSection(ReflectionTableModel::ClientColumn, 14 * em);
    columns->resizeSection(ReflectionTableModel::RecommendationColumn, 15 * em);
    columns->resizeSection(ReflectionTableModel::DecisionColumn, 16 * em);
    // Enter or a double-click edits the entry, Delete deletes it; both are in its context menu too.
    connect(m_table, &QAbstractItemView::activated, this, &ReflectionPage::editSelectedEntry);
    m_table->addAction(m_editAction);
    m_table->addAction(m_deleteAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *emptyButton = new QPushButton(m_checkAction->icon(), tr("Take a disclosure check…"));
    emptyButton->setObjectName(QStringLiteral("emptyDisclosureCheckPushButton"));
    connect(emptyButton, &QPushButton::clicked, m_checkAction, &QAction::trigger);
    const RecordPage::StateLabels empty = m_records->setEmptyPage(
        QStringLiteral("reflectionEmptyStateWidget"), tr("Your own side of the boundary"),
        tr("Before you share something personal with a client, take a short check (%1): five questions and a "
           "plain recommendation. Record what you decided, and look back here at where boundaries blur. "
           "Entries are private: they never appear in anything a client receives.")
            .arg(m_checkAction->shortcut().toString(QKeySequence::NativeText)),
        emptyButton);
    // The page centres the sentence, and a centred item is measured at the layout's full width: without its
    // own width and height the wrapped lines would be cut off.
    empty.text->setFixedWidth(460);
    empty.text->setMinimumHeight(empty.text->heightForWidth(460));
    auto *clearButton = new QPushButton(tr("Clear filters"));
    clearButton->setObjectName(QStringLiteral("noMatchesClearPushButton"));
    connect(clearButton, &QPushButton::clicked, this, &ReflectionPage::clearFilters);
    const RecordPage::StateLabels noMatch = m_records->setNoMatchPage(
        QStringLiteral("reflectionNoMatchesWidget"), tr("No disclosure check matches"),
        tr("You recorded no disclosure check about this client in this period. Choose another client or "
           "period, or clear the filters to see every entry."),
        clearButton);
    noMatch.text->setFixedWidth(460);
    noMatch.text->setMinimumHeight(noMatch.text->heightForWidth(460));

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("reflectionDetailsTextBrowser"));
    m_details->setAccessibleName(tr("Selected entry"));
    m_details->setOpenLinks(false);

    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 4, 0, 0);
    listLayout->addWidget(buildFilterBar());
    listLayout->addWidget(m_records, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("reflectionSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(toolBar);
    layout->addWidget(privacy);
    layout->addWidget(errorBar);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("reflectionTabWidget"));
    tabs->addTab(splitter, tr("Disclosure checks"));
    tabs->addTab(buildMonthly(), tr("Monthly reflections"));
    layout->addWidget(tabs, 1);

    connect(m_records, &RecordPage::rowsReset, this, &ReflectionPage::updateView);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReflectionPage::showSelectedEntry);
    updateView();
    connect(m_db.notifier(), &ChangeNotifier::changed, this, [this](const QString &table) {
        if (table == QLatin1String("monthly_reflections"))
            loadMonths();
    });
    loadMonths();
}

QWidget *ReflectionPage::buildFilterBar() {
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("reflectionFilterBar"));
    m_clientFilter = new ClientPicker(m_db, bar);
    m_clientFilter->setObjectName(QStringLiteral("clientFilterPicker"));
    m_clientFilter->setPlaceholderText(tr("Any client"));
    m_clientFilter->setAccessibleName(tr("Only the entries about this client"));
    m_clientFilter->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14);
    connect(m_clientFilter, &ClientPicker::clientChanged, this, &ReflectionPage::applyFilter);
    m_periodFilter = new QComboBox(bar);
    m_periodFilter->setObjectName(QStringLiteral("periodFilterComboBox"));
    m_periodFilter->setAccessibleName(tr("Only the entries of this period"));
    for (ReflectionPeriod period : ReflectionPeriods::all())
        m_periodFilter->addItem(ReflectionPeriods::label(period), int(period));
    connect(m_periodFilter, &QComboBox::currentIndexChanged, this, &ReflectionPage::applyFilter);
    auto *client = new QLabel(tr("C&lient:"), bar);
    client->setBuddy(m_clientFilter);
    auto *period = new QLabel(tr("&Period:"), bar);
    period->setBuddy(m_periodFilter);
    auto *edit = new QPushButton(m_editAction->text(), bar);
    edit->setObjectName(QStringLiteral("editReflectionPushButton"));
    edit->setToolTip(m_editAction->toolTip());
    connect(edit, &QPushButton::clicked, m_editAction, &QAction::trigger);
    connect(m_editAction, &QAction::enabledChanged, edit, &QWidget::setEnabled);
    auto *remove = new QPushButton(m_deleteAction->text(), bar);
    remove->setObjectName(QStringLiteral("deleteReflectionPushButton"));
    remove->setToolTip(m_deleteAction->toolTip());
    connect(remove, &QPushButton::clicked, m_deleteAction, &QAction::trigger);
    connect(m_deleteAction, &QAction::enabledChanged, remove, &QWidget::setEnabled);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(client);
    layout->addWidget(m_clientFilter, 1);
    layout->addSpacing(8);
    layout->addWidget(period);
    layout->addWidget(m_periodFilter);
    layout->addStretch(1);
    layout->addWidget(edit);
    layout->addWidget(remove);
    return bar;
}

const ReflectionEntry *ReflectionPage::selectedEntry() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->entryAt(rows.first().row());
}

void ReflectionPage::applyFilter() {
    ReflectionFilter filter;
    filter.clientId = m_clientFilter->clientId();
    ReflectionPeriods::apply(ReflectionPeriod(m_periodFilter->currentData().toInt()), Clock::todayLocal(),
                             &filter);
    m_model->setFilter(filter);
}

void ReflectionPage::clearFilters() {
    {
        const QSignalBlocker clientBlocker(m_clientFilter);
        const QSignalBlocker periodBlocker(m_periodFilter);
        m_clientFilter->setClientId(0);
        m_periodFilter->setCurrentIndex(0);
    }
    applyFilter();
}

void ReflectionPage::editSelectedEntry() {
    const ReflectionEntry *entry = selectedEntry();
    if (!entry || m_db.isReadOnly())
        return;
    DisclosureCheckDialog dialog(m_db, entry->clientId, window());
    dialog.editEntry(*entry);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const int row = m_model->rowOf(dialog.recordedEntryId()); row >= 0)
        m_records->selectRow(row, QAbstractItemView::EnsureVisible);
    Q_EMIT statusMessage(tr("Your changes to the entry were saved."));
}

void ReflectionPage::deleteSelectedEntry() {
    const ReflectionEntry *entry = selectedEntry();
    if (!entry || m_db.isReadOnly())
        return;
    const qint64 id = entry->id;
    const QString about = entry->clientId > 0 ? entry->clientName : tr("no particular client");
    if (MessageBox::confirm(this, tr("Delete the entry"),
                            tr("Delete your disclosure check of %1 about %2? It cannot be undone; the audit "
                               "trail keeps only that the entry existed.")
                                .arg(QLocale().toString(entry->date, QLocale::LongFormat), about),
                            tr("Delete"), MessageBox::Kind::Question, true) != MessageBox::Answer::Confirmed)
        return;
    if (const Status removed = ReflectionService(m_db).remove(id); !removed) {
        MessageBox::inform(this, tr("Delete the entry"),
                           tr("The entry was not deleted. %1").arg(removed.error().message));
        return;
    }
    Q_EMIT statusMessage(tr("The entry was deleted."));
}

QWidget *ReflectionPage::buildMonthly() {
    auto *page = new QWidget(this);
    m_months = new QListWidget(page);
    m_months->setObjectName(QStringLiteral("monthlyReflectionsListWidget"));
    m_months->setAccessibleName(tr("Monthly reflections"));
    connect(m_months, &QListWidget::currentRowChanged, this, &ReflectionPage::showSelectedMonth);
    connect(m_months, &QListWidget::itemActivated, this, [this] {
        const int row = m_months->currentRow();
        if (row >= 0 && row < m_monthly.size())
            reflectOnMonth(m_monthly.at(row).month);
    });
    m_monthDetails = new QTextBrowser(page);
    m_monthDetails->setObjectName(QStringLiteral("monthlyReflectionTextBrowser"));
    m_monthDetails->setOpenLinks(false);
    m_monthDetails->setAccessibleName(tr("The month's reflection"));
    auto *splitter = new QSplitter(Qt::Horizontal, page);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_months);
    splitter->addWidget(m_monthDetails);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    return page;
}

void ReflectionPage::loadMonths() {
    const Result<QList<MonthlyReflection>> months = ReflectionService(m_db).monthlyReflections();
    m_monthly = months ? months.value() : QList<MonthlyReflection>();
    const QSignalBlocker blocker(m_months);
    m_months->clear();
    for (const MonthlyReflection &month : std::as_const(m_monthly)) {
        const QString name = QLocale().toString(month.month, QStringLiteral("MMMM yyyy"));
        m_months->addItem(month.skipped ? tr("%1 (skipped)").arg(name) : name);
    }
    if (!m_monthly.isEmpty())
        m_months->setCurrentRow(0);
    showSelectedMonth();
}

void ReflectionPage::showSelectedMonth() {
    const int row = m_months->currentRow();
    if (row < 0 || row >= m_monthly.size()) {
        m_monthDetails->setHtml(
            QStringLiteral("<p style='color: %1;'>%2</p>")
                .arg(StatusColors::text(StatusColors::Status::Muted, m_monthDetails->palette()).name(),
                     tr("Once a month, look back at your own side of the boundary (%1). "
                        "Your reflections are listed here.")
                         .arg(m_monthlyAction->text().remove(QLatin1Char('&')))
                         .toHtmlEscaped()));
        return;
    }
    const MonthlyReflection &month = m_monthly.at(row);
    const Result<MonthlyReview> review = ReflectionService(m_db).monthlyReview(month.month);
    QString html = review ? MonthlyReflectionDialog::reviewHtml(review.value()) : QString();
    if (month.skipped)
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("You skipped this month.").toHtmlEscaped());
    const QStringList questions = ReflectionService::monthlyQuestions();
    for (qsizetype i = 0; !month.skipped && i < questions.size(); ++i)
        html += QStringLiteral("<p><b>%1</b><br/><span style='white-space: pre-wrap;'>%2</span></p>")
                    .arg(questions.at(i).toHtmlEscaped(), month.answers.value(i).toHtmlEscaped());
    m_monthDetails->setHtml(html);
}

bool ReflectionPage::reflectOnMonth(const QDate &month) {
    MonthlyReflectionDialog dialog(m_db, month, window());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Q_EMIT statusMessage(tr("Your monthly reflection was recorded."));
    return true;
}

void ReflectionPage::exportForSupervision() {
    const Result<ReflectionReport> report = ReflectionReport::read(m_db);
    const QString path =
        report ? FileDialogs::saveFile(
                     this, QStringLiteral("reflectionExportFileDialog"), tr("Export for supervision"),
                     QStringLiteral("reflection-%1.pdf").arg(Clock::todayLocal().toString(Qt::ISODate)),
                     {tr("PDF documents (*.pdf)")}, QStringLiteral("pdf"))
               : QString();
    if (!report) {
        QMessageBox::warning(this, tr("Export for supervision"), report.error().message);
        return;
    }
    if (path.isEmpty())
        return;
    const Result<QByteArray> pdf = report.value().renderPdf();
    const Status saved = pdf ? PrivateFile::save(pdf.value(), path) : Status(pdf.error());
    if (!saved) {
        QMessageBox::warning(this, tr("Export for supervision"),
                             tr("The PDF was not saved. %1").arg(saved.error().message));
        return;
    }
    Q_EMIT statusMessage(tr("Saved your reflection as %1.").arg(QDir::toNativeSeparators(path)));
}

void ReflectionPage::updateView() {
    // With a filter, no rows may still mean entries elsewhere: the no-match page says so.
    const RecordPage::View view = m_records->showRows([this] {
        if (!m_model->filter().isFiltered())
            return false;
        const Result<qint64> all = ReflectionService(m_db).count();
        return !all || all.value() > 0;
    });
    m_details->setVisible(view == RecordPage::View::Table);
    showSelectedEntry();
}

void ReflectionPage::showSelectedEntry() {
    const ReflectionEntry *entry = selectedEntry();
    m_editAction->setEnabled(entry && !m_db.isReadOnly());
    m_deleteAction->setEnabled(entry && !m_db.isReadOnly());
    if (!entry) {
        m_details->setHtml(
            QStringLiteral("<p style='color: %1;'>%2</p>")
                .arg(StatusColors::text(StatusColors::Status::Muted, m_details->palette()).name(),
                     tr("Select an entry to read its answers and your note.").toHtmlEscaped()));
        return;
    }
    QString html =
        QStringLiteral("<h3>%1 — %2</h3>")
            .arg(QLocale().toString(entry->date, QLocale::LongFormat).toHtmlEscaped(),
                 (entry->clientId > 0 ? entry->clientName : tr("No particular client")).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2<br><b>%3</b> %4</p>")
                .arg(tr("The check said:").toHtmlEscaped(),
                     DisclosureCheck::recommendationLabel(entry->recommendation).toHtmlEscaped(),
                     tr("I decided:").toHtmlEscaped(),
                     DisclosureDecisions::label(entry->decision).toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    for (DisclosureQuestion question : DisclosureCheck::questions())
        html +=
            QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;<b>%2</b></td></tr>")
                .arg(DisclosureCheck::questionText(question).toHtmlEscaped(),
                     DisclosureCheck::answerLabel(question, entry->answers.answer(question)).toHtmlEscaped());
    html += QStringLiteral("</table>");
    if (!entry->note.isEmpty())
        html += QStringLiteral("<p style='white-space: pre-wrap;'>%1</p>").arg(entry->note.toHtmlEscaped());
    m_details->setHtml(html);
}

qint64 ReflectionPage::takeDisclosureCheck(qint64 clientId) {
    DisclosureCheckDialog dialog(m_db, clientId, window());
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    const qint64 id = dialog.recordedEntryId();
    if (const int row = m_model->rowOf(id); row >= 0)
        m_records->selectRow(row, QAbstractItemView::EnsureVisible);
    Q_EMIT statusMessage(tr("Recorded in your reflection."));
    return id;
}

} // namespace bk
