// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/incidents/IncidentsPage.h"

#include "app/common/ChangeNotifier.h"
#include "app/common/Clock.h"
#include "app/common/OpenPractice.h"
#include "app/incidents/IncidentService.h"
#include "app/incidents/IncidentTableModel.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBox.h"
#include "ui/common/NoticeBar.h"
#include "ui/common/RecordPage.h"
#include "ui/common/RecordTable.h"
#include "ui/common/StatusPalette.h"
#include "ui/incidents/ClientPicker.h"
#include "ui/incidents/FollowUpsPanel.h"
#include "ui/incidents/IncidentDetailDialog.h"
#include "ui/incidents/QuickLogDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTime>
#include <QToolBar>
#include <QVBoxLayout>

namespace bk {

namespace {

// A date edit at its minimum shows "any date": no bound on that side of the range.
const QDate NoBound(2000, 1, 1);

QDateEdit *makeBoundEdit(const QString &name, QWidget *parent) {
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(NoBound);
    edit->setSpecialValueText(IncidentsPage::tr("any date"));
    edit->setDate(NoBound);
    return edit;
}

} // namespace

IncidentsPage::IncidentsPage(OpenPractice database, QWidget *parent)
    : QWidget(parent)
    , m_db(database)
    , m_incidents(database)
    , m_model(new IncidentTableModel(database, this, IncidentTableModel::FirstRead::WhenAsked)) {
    setObjectName(QStringLiteral("incidentsPage"));
    buildActions();

    m_errorBar = new NoticeBar(this);
    m_errorBar->setObjectName(QStringLiteral("incidentsErrorNoticeBar"));

    m_followUps = new FollowUpsPanel(database, this);
    // Choosing a follow-up opens its incident, where the next step is recorded.
    connect(m_followUps, &FollowUpsPanel::incidentActivated, this, &IncidentsPage::openIncident);
    connect(m_followUps, &FollowUpsPanel::loadFailed, this,
            [this](const QString &message) { m_errorBar->showMessage(message, NoticeBar::Kind::Warning); });

    m_records = new RecordPage(m_model, QStringLiteral("incidentsTableView"), m_errorBar, this);
    m_records->setObjectName(QStringLiteral("incidentsViewStackedWidget"));
    m_table = m_records->table();
    m_table->setAccessibleName(tr("Incidents"));
    QHeaderView *columns = m_table->horizontalHeader();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const QLocale locale;
    const QDateTime longest(QDate(2026, 12, 30), QTime(23, 59, 59));
    columns->resizeSection(IncidentTableModel::ClientColumn, 11 * em);
    columns->resizeSection(IncidentTableModel::OccurredColumn,
                           fontMetrics().horizontalAdvance(locale.toString(longest, QLocale::ShortFormat)) +
                               em);
    columns->resizeSection(IncidentTableModel::BoundaryColumn, 13 * em);
    columns->resizeSection(IncidentTableModel::ChannelColumn, 8 * em);
    columns->resizeSection(IncidentTableModel::SeverityColumn, 6 * em);
    columns->resizeSection(IncidentTableModel::FlagsColumn, 9 * em);
    columns->resizeSection(IncidentTableModel::StepColumn, 10 * em);
    columns->resizeSection(
        IncidentTableModel::NextDueColumn,
        fontMetrics().horizontalAdvance(locale.toString(longest.date(), QLocale::ShortFormat)) + em);
    widenToTitles(m_table);
    // The flags column is not sortable in SQL.
    m_records->setSorting(IncidentTableModel::OccurredColumn, Qt::DescendingOrder,
                          [](int column) { return column != IncidentTableModel::FlagsColumn; });
    m_table->addAction(m_openAction);
    m_table->addAction(m_logAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const IncidentListRow *row = m_model->rowAt(index.row()))
            openIncident(row->incident.id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_openAction->setEnabled(selectedIncidentId() != 0); });

    buildEmptyStates();

    auto *registerBox = new QWidget(this);
    auto *registerLayout = new QVBoxLayout(registerBox);
    registerLayout->setContentsMargins(0, 0, 0, 0);
    registerLayout->setSpacing(6);
    registerLayout->addWidget(buildFilterBar());
    registerLayout->addWidget(m_records, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("incidentsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_followUps);
    splitter->addWidget(registerBox);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({fontMetrics().lineSpacing() * 10, 1000});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_errorBar);
    layout->addWidget(splitter, 1);

    connect(m_records, &RecordPage::rowsReset, this, &IncidentsPage::updateView);
    connect(database.notifier(), &ChangeNotifier::changed, this, [this](const QString &table) {
        if (table.startsWith(QLatin1String("policy_")))
            loadPolicyTitles();
    });

    loadPolicyTitles();
    updateView();
}

IncidentTableModel *IncidentsPage::model() const {
    if (!m_model->hasRead())
        m_model->refresh();
    return m_model;
}

void IncidentsPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    // The incidents are read when the section is first shown (or filtered), not while the application starts.
    model();
}

void IncidentsPage::buildActions() {
    m_logAction = new QAction(
        QIcon::fromTheme(QStringLiteral("document-new"), style()->standardIcon(QStyle::SP_FileIcon)),
        tr("&Log incident…"), this);
    m_logAction->setObjectName(QStringLiteral("logIncidentAction"));
    m_logAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_logAction->setToolTip(
        tr("Log a crossed boundary (%1)").arg(m_logAction->shortcut().toString(QKeySequence::NativeText)));
    m_logAction->setEnabled(!m_db.isReadOnly());
    connect(m_logAction, &QAction::triggered, this,
            [this] { logIncident(m_clientSuggestion ? m_clientSuggestion() : 0); });

    m_exportAction = new QAction(QIcon::fromTheme(QStringLiteral("x-office-calendar"),
                                                  style()->standardIcon(QStyle::SP_DialogSaveButton)),
                                 tr("Export follow-ups to &calendar…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportCalendarAction"));
    m_exportAction->setToolTip(tr("Save the open follow-ups as an iCalendar file (.ics) for your calendar"));
    connect(m_exportAction, &QAction::triggered, this, &IncidentsPage::exportFollowUps);

    // Enter and a double-click open a row through the table's activation; the action serves the menus.
    m_openAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), this);
    m_openAction->setObjectName(QStringLiteral("openIncidentAction"));
    m_openAction->setToolTip(tr("Open the selected incident and walk the ladder (Enter)"));
    m_openAction->setEnabled(false);
    connect(m_openAction, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedIncidentId(); id != 0)
            openIncident(id);
    });

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("incidentsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    auto *title = new QLabel(tr("Follow-ups"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setBold(true);
    title->setFont(font);
    m_toolBar->addWidget(title);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addAction(m_exportAction);
    m_toolBar->addAction(m_openAction);
    m_toolBar->addAction(m_logAction);
}

QWidget *IncidentsPage::buildFilterBar() {
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("incidentsFilterBar"));

    m_clientFilter = new ClientPicker(m_db, bar);
    m_clientFilter->setObjectName(QStringLiteral("clientFilterPicker"));
    m_clientFilter->setPlaceholderText(tr("Any client"));
    m_clientFilter->setAccessibleName(tr("Only the incidents of this client"));
    m_clientFilter->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 11);
    connect(m_clientFilter, &ClientPicker::clientChanged, this, &IncidentsPage::applyFilter);

    m_boundaryFilter = new QComboBox(bar);
    m_boundaryFilter->setObjectName(QStringLiteral("boundaryFilterComboBox"));
    m_boundaryFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_boundaryFilter->setMinimumContentsLength(16);
    connect(m_boundaryFilter, &QComboBox::currentIndexChanged, this, &IncidentsPage::applyFilter);

    m_statusFilter = new QComboBox(bar);
    m_statusFilter->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_statusFilter->addItem(tr("Any status"), QString());
    for (IncidentStatus status : {IncidentStatus::Open, IncidentStatus::Closed})
        m_statusFilter->addItem(IncidentStatuses::label(status), IncidentStatuses::key(status));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &IncidentsPage::applyFilter);

    m_crossedByFilter = new QComboBox(bar);
    m_crossedByFilter->setObjectName(QStringLiteral("crossedByFilterComboBox"));
    m_crossedByFilter->addItem(tr("Crossed by anyone"), QString());
    m_crossedByFilter->addItem(tr("By the client"), CrossedBys::key(CrossedBy::Client));
    m_crossedByFilter->addItem(tr("By me (own lapses)"), CrossedBys::key(CrossedBy::Practitioner));
    connect(m_crossedByFilter, &QComboBox::currentIndexChanged, this, &IncidentsPage::applyFilter);

    m_overdueFilter = new QCheckBox(tr("Overdue only"), bar);
    m_overdueFilter->setObjectName(QStringLiteral("overdueFilterCheckBox"));
    connect(m_overdueFilter, &QCheckBox::toggled, this, &IncidentsPage::applyFilter);

    m_fromFilter = makeBoundEdit(QStringLiteral("fromDateEdit"), bar);
    m_toFilter = makeBoundEdit(QStringLiteral("toDateEdit"), bar);
    connect(m_fromFilter, &QDateEdit::dateChanged, this, &IncidentsPage::applyFilter);
    connect(m_toFilter, &QDateEdit::dateChanged, this, &IncidentsPage::applyFilter);

    m_clearFilters = new QPushButton(tr("Clear filters"), bar);
    m_clearFilters->setObjectName(QStringLiteral("clearIncidentFiltersPushButton"));
    m_clearFilters->setToolTip(tr("Show every incident again"));
    connect(m_clearFilters, &QPushButton::clicked, this, &IncidentsPage::clearFilters);

    m_countLabel = new QLabel(bar);
    m_countLabel->setObjectName(QStringLiteral("incidentCountLabel"));
    setStatusColor(m_countLabel, StatusColors::Status::Muted);

    auto *title = new QLabel(tr("Incidents"), bar);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setBold(true);
    title->setFont(font);
    auto *from = new QLabel(tr("Occurred fro&m"), bar);
    from->setBuddy(m_fromFilter);
    auto *to = new QLabel(tr("&to"), bar);
    to->setBuddy(m_toFilter);

    // The title row carries the count and the date range; the row under it the other filters.
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(6);
    titleRow->addWidget(title);
    titleRow->addSpacing(4);
    titleRow->addWidget(m_countLabel);
    titleRow->addStretch(1);
    titleRow->addWidget(from);
    titleRow->addWidget(m_fromFilter);
    titleRow->addWidget(to);
    titleRow->addWidget(m_toFilter);
    titleRow->addWidget(m_clearFilters);
    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(6);
    filterRow->addWidget(m_clientFilter, 1);
    filterRow->addWidget(m_boundaryFilter, 1);
    filterRow->addWidget(m_statusFilter);
    filterRow->addWidget(m_crossedByFilter);
    filterRow->addWidget(m_overdueFilter);
    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(titleRow);
    layout->addLayout(filterRow);
    return bar;
}

void IncidentsPage::buildEmptyStates() {
    auto *logButton = new QPushButton(m_logAction->icon(), tr("Log incident…"));
    logButton->setObjectName(QStringLiteral("emptyLogIncidentPushButton"));
    connect(logButton, &QPushButton::clicked, m_logAction, &QAction::trigger);
    logButton->setEnabled(m_logAction->isEnabled());
    m_records->setEmptyPage(
        QStringLiteral("incidentsEmptyStateWidget"), tr("No incidents logged"),
        m_db.isReadOnly()
            ? tr("No boundary incident has been logged in this database.")
            : tr("When a boundary is crossed, by a client or by you, log it here in a few seconds with %1. "
                 "Boundary Keeper flags contact outside your hours or channels and guides the response.")
                  .arg(m_logAction->shortcut().toString(QKeySequence::NativeText)),
        logButton);
    logButton->setVisible(!m_db.isReadOnly());

    auto *clearButton = new QPushButton(tr("Clear filters"));
    clearButton->setObjectName(QStringLiteral("noMatchesClearPushButton"));
    connect(clearButton, &QPushButton::clicked, this, &IncidentsPage::clearFilters);
    m_records->setNoMatchPage(QStringLiteral("incidentsNoMatchesWidget"), tr("No incident matches"),
                              tr("No incident matches the chosen filters."), clearButton);
}

void IncidentsPage::loadPolicyTitles() {
    const Result<CurrentPolicy> policy = IncidentService(m_db).currentPolicy();
    if (!policy) {
        m_errorBar->showMessage(policy.error().message, NoticeBar::Kind::Warning);
        return;
    }
    m_boundaryTitles.clear();
    QHash<QString, QString> stepTitles;
    for (const Boundary &boundary : policy.value().document.boundaries)
        m_boundaryTitles.insert(boundary.key, boundary.title);
    for (const LadderStep &step : policy.value().document.ladder)
        stepTitles.insert(step.key, step.title);
    m_model->setTitles(m_boundaryTitles, stepTitles);
    m_followUps->setBoundaryTitles(m_boundaryTitles);

    const QString chosen = m_boundaryFilter->currentData().toString();
    const QSignalBlocker block(m_boundaryFilter);
    m_boundaryFilter->clear();
    m_boundaryFilter->addItem(tr("All boundaries"), QString());
    for (const Boundary &boundary : policy.value().document.boundaries)
        m_boundaryFilter->addItem(boundary.title, boundary.key);
    int index = m_boundaryFilter->findData(chosen);
    if (index < 0) {
        // A boundary no longer in the policy still filters its old incidents.
        m_boundaryFilter->addItem(chosen, chosen);
        index = m_boundaryFilter->count() - 1;
    }
    m_boundaryFilter->setCurrentIndex(chosen.isEmpty() ? 0 : index);
}

IncidentFilter IncidentsPage::filterFromWidgets() const {
    IncidentFilter filter;
    if (m_clientFilter->clientId() > 0)
        filter.clientId = m_clientFilter->clientId();
    filter.boundaryKey = m_boundaryFilter->currentData().toString();
    filter.status = IncidentStatuses::fromKey(m_statusFilter->currentData().toString());
    filter.crossedBy = CrossedBys::fromKey(m_crossedByFilter->currentData().toString());
    filter.overdueOnly = m_overdueFilter->isChecked();
    if (m_fromFilter->date() != NoBound)
        filter.from = m_fromFilter->date();
    if (m_toFilter->date() != NoBound)
        filter.to = m_toFilter->date();
    return filter;
}

void IncidentsPage::applyFilter() {
    if (!m_applyingFilter)
        m_model->setFilter(filterFromWidgets());
}

void IncidentsPage::showFiltered(const IncidentFilter &filter) {
    m_applyingFilter = true;
    m_clientFilter->setClientId(filter.clientId.value_or(0));
    int boundary = m_boundaryFilter->findData(filter.boundaryKey);
    if (boundary < 0) {
        m_boundaryFilter->addItem(filter.boundaryKey, filter.boundaryKey);
        boundary = m_boundaryFilter->count() - 1;
    }
    m_boundaryFilter->setCurrentIndex(boundary);
    m_statusFilter->setCurrentIndex(
        filter.status ? m_statusFilter->findData(IncidentStatuses::key(*filter.status)) : 0);
    m_crossedByFilter->setCurrentIndex(
        filter.crossedBy ? m_crossedByFilter->findData(CrossedBys::key(*filter.crossedBy)) : 0);
    m_overdueFilter->setChecked(filter.overdueOnly);
    m_fromFilter->setDate(filter.from.isValid() ? filter.from : NoBound);
    m_toFilter->setDate(filter.to.isValid() ? filter.to : NoBound);
    m_applyingFilter = false;
    // The caller's filter as given (its "today" included), not a re-reading of the widgets.
    m_model->setFilter(filter);
}

void IncidentsPage::clearFilters() {
    showFiltered(IncidentFilter{});
}

void IncidentsPage::dayChanged() {
    IncidentFilter filter = m_model->filter();
    filter.today = QDate();
    m_model->setFilter(filter);
    m_followUps->refresh();
}

void IncidentsPage::updateView() {
    const int shown = m_model->rowCount();
    // Unfiltered, the model lists every incident: no need to count them again.
    const Result<qint64> all = m_model->filter().isEmpty() && m_model->lastError().isEmpty()
                                   ? Result<qint64>(qint64(shown))
                                   : m_incidents.count(IncidentFilter{});
    const int total = all.ok() ? int(all.value()) : shown;
    m_records->showRows([total] { return total != 0; });
    m_clearFilters->setEnabled(!m_model->filter().isEmpty());
    // "3 of 12 incidents" is one message: other languages inflect the noun after "of".
    m_countLabel->setText(shown == total
                              ? tr("%Ln incident(s)", nullptr, total)
                              : tr("%1 of %Ln incident(s)", nullptr, total).arg(QLocale().toString(shown)));
}

QByteArray IncidentsPage::headerState() const {
    return m_records->headerState();
}

void IncidentsPage::restoreHeaderState(const QByteArray &state) {
    m_records->restoreHeaderState(state);
}

qint64 IncidentsPage::selectedIncidentId() const {
    return m_records->selectedId();
}

void IncidentsPage::selectIncident(qint64 id) {
    int row = m_model->rowOf(id);
    if (row < 0) {
        clearFilters();
        row = m_model->rowOf(id);
    }
    if (row < 0)
        return;
    m_records->selectRow(row, QAbstractItemView::PositionAtCenter);
    m_table->setFocus(Qt::OtherFocusReason);
}

qint64 IncidentsPage::logIncident(qint64 clientId) {
    if (m_db.isReadOnly())
        return 0;
    QuickLogDialog dialog(m_db, clientId, window());
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    const qint64 id = dialog.savedIncidentId();
    if (const int row = m_model->rowOf(id); row >= 0)
        m_records->selectRow(row, QAbstractItemView::EnsureVisible);
    Q_EMIT incidentLogged(id, dialog.savedSummary());
    return id;
}

void IncidentsPage::openIncident(qint64 id) {
    selectIncident(id);
    IncidentDetailDialog dialog(m_db, id, window());
    dialog.exec();
    // Recorded steps refreshed the table through the notifier; the incident stays the selected row.
    selectIncident(id);
}

void IncidentsPage::exportFollowUps() {
    const IncidentService service(m_db);
    const Result<QList<FollowUpItem>> items = service.calendarFollowUps();
    if (!items) {
        MessageBox::inform(this, tr("Follow-ups not exported"), items.error().message);
        return;
    }
    if (items.value().isEmpty()) {
        MessageBox::inform(this, tr("Nothing to export"),
                           tr("There are no open follow-ups to put in a calendar."),
                           MessageBox::Kind::Warning);
        return;
    }
    QString path = FileDialogs::saveFile(
        this, QStringLiteral("calendarExportFileDialog"), tr("Export follow-ups to calendar"),
        tr("follow-ups-%1.ics").arg(Clock::todayLocal().toString(Qt::ISODate)),
        {tr("iCalendar files (*.ics)")});
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".ics"), Qt::CaseInsensitive))
        path += QLatin1String(".ics");
    const Result<int> written = service.exportFollowUpCalendar(path);
    if (!written) {
        MessageBox::inform(this, tr("Follow-ups not exported"), written.error().message);
        return;
    }
    Q_EMIT statusMessage(tr("%n follow-up(s) exported to %1.", nullptr, int(written.value()))
                             .arg(QDir::toNativeSeparators(path)));
}

} // namespace bk
