// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/dashboard/DashboardPage.h"

#include "app/clients/ClientService.h"
#include "app/common/ChangeNotifier.h"
#include "app/common/OpenPractice.h"
#include "app/common/PrivateFile.h"
#include "app/common/StatusColors.h"
#include "app/dashboard/DashboardChartModel.h"
#include "app/dashboard/DashboardFilters.h"
#include "app/dashboard/DashboardReport.h"
#include "app/dashboard/DashboardWorker.h"
#include "app/dashboard/HeatMapTableModel.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBox.h"
#include "ui/common/NoticeBar.h"
#include "ui/common/StatusPalette.h"
#include "ui/dashboard/BarChartView.h"
#include "ui/dashboard/FigureView.h"
#include "ui/dashboard/HeatMapWidget.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStringListModel>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

namespace bk {

namespace {

// A figure's tile: a button whose height follows its number and its caption wrapped to the tile's width (a
// push button's own size hint knows only its text, so a long translated caption was cut off).
class FigureTile : public QPushButton {
public:
    explicit FigureTile(QWidget *parent)
        : QPushButton(parent) {
        QSizePolicy policy = sizePolicy();
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
    }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override {
        return std::max(minimumHeight(), layout() ? layout()->totalHeightForWidth(width) : 0);
    }
    QSize sizeHint() const override {
        const QSize hint = layout() ? layout()->totalSizeHint() : QPushButton::sizeHint();
        return {hint.width(), heightForWidth(hint.width())};
    }
};

enum Preset { Last30Days, Last90Days, Last12Months, ThisYear, Custom };

/// How many clients the by-client chart shows.
constexpr int ChartClients = 10;

// The hue of the bars; BarChartView lightens or darkens it for the palette's base colour.
const QColor BarColor(0x2c, 0x5c, 0x9a);
const QColor BandColor(0x5b, 0x8a, 0x72);

QGroupBox *card(const QString &title, const QString &objectName, QWidget *content, QWidget *parent) {
    auto *box = new QGroupBox(title, parent);
    box->setObjectName(objectName);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(content);
    return box;
}

} // namespace

DashboardPage::DashboardPage(OpenPractice database, QWidget *parent)
    : QWidget(parent)
    , m_db(database)
    , m_worker(new DashboardWorker(database.path(), this)) {
    setObjectName(QStringLiteral("dashboardPage"));
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardPage::refresh);
    connect(m_worker, &DashboardWorker::figuresReady, this, &DashboardPage::showFigures);
    connect(m_worker, &DashboardWorker::failed, this, &DashboardPage::showFailure);
    // Any change to the records may change a figure: recompute when visible, otherwise when next shown.
    connect(database.notifier(), &ChangeNotifier::changed, this, [this] {
        m_stale = true;
        if (isVisible())
            m_refreshTimer->start();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_errorBar = new NoticeBar(this);
    m_errorBar->setObjectName(QStringLiteral("dashboardErrorNoticeBar"));
    buildControls();
    layout->addWidget(m_errorBar);
    buildViews();
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::buildControls() {
    // Two rows, so the section fits a narrow window: what to show, then where it stands and the exports.
    auto *bar = new QWidget(this);
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 4);
    rows->setSpacing(4);
    auto *row = new QHBoxLayout;
    auto *secondRow = new QHBoxLayout;
    rows->addLayout(row);
    rows->addLayout(secondRow);
    m_preset = new QComboBox(bar);
    m_preset->setObjectName(QStringLiteral("periodComboBox"));
    m_preset->addItems(
        {tr("Last 30 days"), tr("Last 90 days"), tr("Last 12 months"), tr("This year"), tr("Custom period")});
    m_from = new QDateEdit(bar);
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_to = new QDateEdit(bar);
    m_from->setAccessibleName(tr("First day of the period"));
    m_to->setAccessibleName(tr("Last day of the period"));
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_client = new QLineEdit(bar);
    m_client->setObjectName(QStringLiteral("clientFilterLineEdit"));
    m_client->setPlaceholderText(tr("All clients"));
    m_client->setClearButtonEnabled(true);
    m_client->setMinimumWidth(160);
    m_client->setMaximumWidth(320);
    m_clientNames = new QStringListModel(this);
    auto *completer = new QCompleter(m_clientNames, m_client);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_client->setCompleter(completer);
    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("dashboardStatusLabel"));
    m_pdfButton = new QPushButton(tr("Export PDF…"), bar);
    m_pdfButton->setObjectName(QStringLiteral("exportPdfPushButton"));
    m_csvButton = new QPushButton(tr("Export CSV…"), bar);
    m_csvButton->setObjectName(QStringLiteral("exportCsvPushButton"));

    // The labels lead to (and name) their fields; the dates are named for themselves.
    auto *periodLabel = new QLabel(tr("&Period:"), bar);
    periodLabel->setBuddy(m_preset);
    auto *clientLabel = new QLabel(tr("C&lient:"), bar);
    clientLabel->setBuddy(m_client);
    row->addWidget(periodLabel);
    row->addWidget(m_preset);
    row->addWidget(m_from);
    row->addWidget(new QLabel(tr("to"), bar));
    row->addWidget(m_to);
    row->addSpacing(12);
    row->addWidget(clientLabel);
    row->addWidget(m_client, 1);
    row->addStretch();
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    secondRow->addWidget(m_status, 1);
    secondRow->addWidget(m_pdfButton);
    secondRow->addWidget(m_csvButton);
    static_cast<QVBoxLayout *>(layout())->addWidget(bar);

    m_preset->setCurrentIndex(Last90Days);
    applyPreset(Last90Days);
    connect(m_preset, &QComboBox::activated, this, &DashboardPage::applyPreset);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::editingFinished, this, [this] {
            m_preset->setCurrentIndex(Custom);
            requestChanged();
        });
    connect(m_client, &QLineEdit::textEdited, this, &DashboardPage::lookUpClients);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            &DashboardPage::chooseClient);
    connect(m_client, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && m_clientId) {
            m_clientId.reset();
            requestChanged();
        }
    });
    connect(m_pdfButton, &QPushButton::clicked, this, &DashboardPage::exportPdf);
    connect(m_csvButton, &QPushButton::clicked, this, &DashboardPage::exportCsv);
}

void DashboardPage::buildViews() {
    auto *content = new QWidget(this);
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 8, 0);
    grid->setSpacing(10);

    // At a glance: each tile is a button, so it can be clicked and reached by keyboard.
    auto *tiles = new QWidget(content);
    auto *tileGrid = new QGridLayout(tiles);
    tileGrid->setContentsMargins(0, 0, 0, 0);
    const struct {
        const char *key;
        QString caption;
    } tileSpecs[] = {{"open", tr("Open incidents")},
                     {"overdue", tr("Overdue follow-ups")},
                     {"reack_due", tr("Re-acknowledgement due")},
                     {"drafts", tr("Onboarding drafts")},
                     {"incidents", tr("Client incidents in the period")},
                     {"addressed", tr("Addressed within 24 h, of incidents past 24 h")},
                     {"median", tr("Median time to resolution")},
                     {"self_reported", tr("Self-reported lapses")},
                     {"lapses_per_month", tr("Own lapses per month")},
                     {"reflected", tr("Months reflected on, of those over")}};
    int position = 0;
    for (const auto &spec : tileSpecs) {
        auto *tile = new FigureTile(tiles);
        const QString key = QString::fromLatin1(spec.key);
        tile->setObjectName(key + QStringLiteral("TilePushButton"));
        tile->setAccessibleName(spec.caption);
        tile->setMinimumHeight(68);
        tile->setStyleSheet(QStringLiteral(
            "QPushButton { border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }"
            "QPushButton:hover { border-color: palette(highlight); }"));
        // The number large, the caption under it; the labels let clicks through to the button.
        auto *value = new QLabel(QStringLiteral("…"), tile);
        value->setObjectName(key + QStringLiteral("ValueLabel"));
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.8);
        big.setBold(true);
        value->setFont(big);
        auto *caption = new QLabel(spec.caption, tile);
        caption->setWordWrap(true);
        auto *tileLayout = new QVBoxLayout(tile);
        tileLayout->setContentsMargins(10, 6, 10, 6);
        tileLayout->setSpacing(0);
        tileLayout->addWidget(value);
        tileLayout->addWidget(caption);
        for (QLabel *label : {value, caption})
            label->setAttribute(Qt::WA_TransparentForMouseEvents);
        m_tiles.insert(key, tile);
        tileGrid->addWidget(tile, position / 5, position % 5);
        ++position;
    }
    connect(m_tiles.value(QStringLiteral("open")), &QPushButton::clicked, this,
            [this] { Q_EMIT incidentsRequested(DashboardFilters::open(m_figures)); });
    connect(m_tiles.value(QStringLiteral("overdue")), &QPushButton::clicked, this,
            [this] { Q_EMIT incidentsRequested(DashboardFilters::overdue(m_figures)); });
    connect(m_tiles.value(QStringLiteral("incidents")), &QPushButton::clicked, this,
            [this] { Q_EMIT incidentsRequested(DashboardFilters::period(m_figures)); });
    connect(m_tiles.value(QStringLiteral("self_reported")), &QPushButton::clicked, this,
            [this] { Q_EMIT incidentsRequested(DashboardFilters::selfReported(m_figures)); });
    grid->addWidget(tiles, 0, 0, 1, 2);

    // Each chart draws a model that "Show as table" lists; a bar, a cell or a table row asks for its
    // incidents.
    const QString count = tr("Incidents");
    const auto barChart = [this, content](const QString &key, const QString &labelHeader,
                                          const QString &valueHeader, bool horizontal, const QColor &color,
                                          int decimals = 0) {
        auto *view = new BarChartView(new DashboardChartModel(labelHeader, valueHeader, decimals, this),
                                      horizontal, color, content);
        view->setObjectName(key + QStringLiteral("ChartView"));
        connect(view, &BarChartView::rowActivated, this,
                [this, view](int row) { showBarIncidents(view->model(), row); });
        return view;
    };
    m_monthChart = barChart(QStringLiteral("month"), tr("Month"),
                            tr("Incidents per active client per 30 days"), false, BarColor, 2);
    m_boundaryChart = barChart(QStringLiteral("boundary"), tr("Boundary"), count, true, BarColor);
    m_channelChart = barChart(QStringLiteral("channel"), tr("Channel"), count, true, BarColor);
    m_clientChart = barChart(QStringLiteral("client"), tr("Client"), count, true, BarColor);
    m_bandChart =
        barChart(QStringLiteral("repeatBand"), tr("Incidents per client"), tr("Clients"), false, BandColor);
    m_heatMap = new HeatMapWidget(content);
    m_heatMap->setObjectName(QStringLiteral("heatMapWidget"));
    connect(m_heatMap, &HeatMapWidget::cellClicked, this, &DashboardPage::showCellIncidents);
    m_earlyWarning = new QListWidget(content);
    m_earlyWarning->setObjectName(QStringLiteral("earlyWarningListWidget"));
    m_earlyWarning->setWordWrap(true);
    const QString earlyWarningTitle = tr("Early warning: 2 or more incidents in the last 30 days");
    m_earlyWarning->setAccessibleName(earlyWarningTitle);
    m_earlyWarning->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_earlyWarning, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const qint64 id = item->data(Qt::UserRole).toLongLong())
            Q_EMIT clientRequested(id);
    });

    const auto figure = [this, content](const QString &title, const QString &key, QWidget *drawing,
                                        QAbstractItemModel *model) {
        auto *view = new FigureView(key, drawing, model, title, content);
        connect(view, &FigureView::activated, this, [this, model](const QModelIndex &index) {
            if (const auto *bars = qobject_cast<DashboardChartModel *>(model))
                showBarIncidents(bars, index.row());
            else // the heat map's table: a row per weekday, a column per hour
                showCellIncidents(Qt::DayOfWeek(index.row() + 1), index.column());
        });
        return card(title, key + QStringLiteral("GroupBox"), view, content);
    };
    grid->addWidget(figure(tr("Incidents per active client per 30 days, by month"), QStringLiteral("month"),
                           m_monthChart, m_monthChart->model()),
                    1, 0);
    grid->addWidget(card(earlyWarningTitle, QStringLiteral("earlyWarningGroupBox"), m_earlyWarning, content),
                    1, 1);
    grid->addWidget(
        figure(tr("By boundary"), QStringLiteral("boundary"), m_boundaryChart, m_boundaryChart->model()), 2,
        0);
    grid->addWidget(
        figure(tr("By channel"), QStringLiteral("channel"), m_channelChart, m_channelChart->model()), 2, 1);
    grid->addWidget(figure(tr("By weekday and hour (working hours outlined; after-hours in orange)"),
                           QStringLiteral("heatMap"), m_heatMap, m_heatMap->model()),
                    3, 0, 1, 2);
    grid->addWidget(figure(tr("Clients with the most incidents"), QStringLiteral("client"), m_clientChart,
                           m_clientChart->model()),
                    4, 0);
    grid->addWidget(figure(tr("Repeat bands: clients by number of incidents"), QStringLiteral("repeatBand"),
                           m_bandChart, m_bandChart->model()),
                    4, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    scroll->setWidgetResizable(true);
    // Not a stop of its own: Tab goes to the controls inside, and the area scrolls to show each.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    static_cast<QVBoxLayout *>(layout())->addWidget(scroll, 1);
    showTiles();
}

DashboardRequest DashboardPage::request() const {
    return DashboardRequest{m_from->date(), m_to->date(), m_clientId};
}

void DashboardPage::setRequest(const DashboardRequest &request) {
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(request.from);
    m_to->setDate(request.to);
    m_preset->setCurrentIndex(Custom);
    m_clientId = request.clientId;
    if (!request.clientId)
        m_client->clear();
    requestChanged();
}

void DashboardPage::applyPreset(int index) {
    const DashboardRequest today = DashboardRequest::lastDays(1, m_figures.timeZoneId);
    QDate from = today.to;
    switch (index) {
    case Last30Days:
        from = today.to.addDays(-29);
        break;
    case Last90Days:
        from = today.to.addDays(1 - DashboardRequest::DefaultDays);
        break;
    case Last12Months:
        from = today.to.addYears(-1).addDays(1);
        break;
    case ThisYear:
        from = QDate(today.to.year(), 1, 1);
        break;
    default:
        return;
    }
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(today.to);
    requestChanged();
}

void DashboardPage::requestChanged() {
    if (m_from->date() > m_to->date()) {
        m_errorBar->showMessage(
            tr("The period starts after it ends: choose a first day on or before the last."),
            NoticeBar::Kind::Warning);
        return;
    }
    m_errorBar->hide();
    m_stale = true;
    if (isVisible())
        refresh();
}

void DashboardPage::lookUpClients(const QString &text) {
    ClientFilter filter;
    filter.search = text;
    filter.includeArchived = true;
    const Result<QList<ClientListRow>> rows = ClientService(m_db).list(filter, ClientSort{}, 0, 20);
    if (!rows)
        return;
    QStringList names;
    m_clientIds.clear();
    for (const ClientListRow &row : rows.value()) {
        // Two clients with one name are told apart by their id.
        QString name = row.client.fullName;
        if (m_clientIds.contains(name))
            name = tr("%1 (id %2)").arg(name).arg(row.client.id);
        m_clientIds.insert(name, row.client.id);
        names.append(name);
    }
    m_clientNames->setStringList(names);
}

void DashboardPage::chooseClient(const QString &name) {
    if (!m_clientIds.contains(name))
        return;
    m_clientId = m_clientIds.value(name);
    requestChanged();
}

void DashboardPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardPage::refresh() {
    m_stale = false;
    m_updating = true;
    m_status->setText(tr("Updating…"));
    m_worker->request(request());
}

void DashboardPage::showFigures(quint64, const DashboardFigures &figures) {
    const bool zoneChanged = figures.timeZoneId != m_figures.timeZoneId;
    m_figures = figures;
    m_updating = false;
    m_errorBar->hide();
    m_status->setText(m_figures.request.clientId
                          ? tr("%1 · %2").arg(DashboardReport::periodText(m_figures), m_figures.clientName)
                          : DashboardReport::periodText(m_figures));
    showTiles();
    showCharts();
    showEarlyWarning();
    // The first figures bring the practice's time zone: a preset period is re-read in it.
    if (zoneChanged && m_preset->currentIndex() != Custom) {
        const DashboardRequest today = DashboardRequest::lastDays(1, m_figures.timeZoneId);
        if (today.to != m_to->date()) {
            applyPreset(m_preset->currentIndex());
            return;
        }
    }
    Q_EMIT figuresShown();
}

void DashboardPage::showFailure(quint64, const QString &message) {
    m_updating = false;
    m_status->clear();
    m_errorBar->showMessage(tr("The dashboard could not be computed: %1").arg(message),
                            NoticeBar::Kind::Warning);
    Q_EMIT figuresFailed(message);
}

void DashboardPage::showTiles() {
    const QLocale locale;
    const bool computed = m_figures.request.from.isValid();
    const auto show = [this](const QString &key, const QString &value, bool clickable, bool alert = false) {
        QPushButton *tile = m_tiles.value(key);
        auto *label = tile->findChild<QLabel *>(key + QStringLiteral("ValueLabel"));
        label->setText(value);
        setStatusColor(label, alert ? std::optional(StatusColors::Status::Alert) : std::nullopt);
        tile->setToolTip(clickable ? tr("Show these incidents") : QString());
        tile->setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
        // A tile without incidents behind it is not a button; it stays readable, so it is not disabled.
        tile->setFocusPolicy(clickable ? Qt::StrongFocus : Qt::NoFocus);
        tile->setProperty("clickable", clickable);
    };
    const auto count = [&](qint64 value) {
        return computed ? locale.toString(value) : QStringLiteral("…");
    };
    show(QStringLiteral("open"), count(m_figures.openIncidents), computed);
    show(QStringLiteral("overdue"), count(m_figures.overdueFollowUps), computed,
         m_figures.overdueFollowUps > 0);
    show(QStringLiteral("reack_due"), count(m_figures.reacknowledgementDue), false);
    show(QStringLiteral("drafts"), count(m_figures.onboardingDrafts), false);
    show(QStringLiteral("incidents"), count(m_figures.incidents), computed);
    show(QStringLiteral("addressed"),
         m_figures.addressedShare
             ? QStringLiteral("%1 %").arg(locale.toString(*m_figures.addressedShare * 100, 'f', 0))
             : QStringLiteral("–"),
         false);
    // The tile's number alone does not say what it is a share of.
    QString addressed = tr("A conversation recorded within 24 hours of the incident, counted over the %n "
                           "client incident(s) of the period whose 24 hours are over.",
                           nullptr, int(m_figures.addressJudged));
    if (m_figures.addressPending > 0)
        addressed +=
            QLatin1Char(' ') + tr("%n incident(s) still within their first 24 hours are not counted yet.",
                                  nullptr, int(m_figures.addressPending));
    m_tiles.value(QStringLiteral("addressed"))->setToolTip(computed ? addressed : QString());
    show(QStringLiteral("median"),
         m_figures.medianDaysToResolution
             ? tr("%1 days").arg(locale.toString(*m_figures.medianDaysToResolution, 'f', 1))
             : QStringLiteral("–"),
         false);
    show(QStringLiteral("self_reported"), count(m_figures.selfReported), computed);
    // Beside the client incidents, the practitioner's own side: lapses per month and the monthly reflection.
    QStringList perMonth;
    for (const MonthFigure &month : m_figures.byMonth)
        perMonth.append(tr("%1: %2").arg(locale.toString(month.month, QStringLiteral("MMM yyyy")),
                                         locale.toString(month.lapses)));
    const qsizetype months = m_figures.byMonth.size();
    show(QStringLiteral("lapses_per_month"),
         computed && months > 0 ? locale.toString(double(m_figures.selfReported) / double(months), 'f', 1)
                                : QStringLiteral("…"),
         false);
    m_tiles.value(QStringLiteral("lapses_per_month"))->setToolTip(perMonth.join(QLatin1Char('\n')));
    show(QStringLiteral("reflected"),
         m_figures.reflectedShare
             ? QStringLiteral("%1 %").arg(locale.toString(*m_figures.reflectedShare * 100, 'f', 0))
             : QStringLiteral("–"),
         false);
    m_tiles.value(QStringLiteral("reflected"))
        ->setToolTip(
            tr("%1 of the %Ln month(s) of the period that are over.", nullptr, int(m_figures.monthsOver))
                .arg(m_figures.monthsReflected));
}

void DashboardPage::showCharts() {
    using Row = DashboardChartModel::Row;
    const QLocale locale;
    QList<Row> months;
    QString monthNote;
    for (qsizetype index = 0; index < m_figures.byMonth.size(); ++index) {
        const MonthFigure &month = m_figures.byMonth.at(index);
        const QString label = locale.toString(month.month, QStringLiteral("MMM yyyy"));
        // The marker on a line of its own: a chart does not elide it in a narrow column.
        months.append({month.soFar ? tr("%1\n(so far)").arg(label) : label,
                       std::round(month.ratePerActiveClient30d.value_or(0) * 100) / 100,
                       DashboardFilters::month(m_figures, index)});
        // A few days scaled to 30 swing widely: the chart says which month rests on how few.
        if (month.soFar)
            monthNote = tr("%1 is not over: its rate is scaled over the %Ln day(s) so far.", nullptr,
                           month.daysElapsed)
                            .arg(label);
    }
    m_monthChart->setToolTip(monthNote);
    m_monthChart->model()->setRows(months);

    const auto keyed = [this](BarChartView *view, const QList<KeyedCount> &counts, auto filterFor) {
        QList<Row> rows;
        for (const KeyedCount &count : counts)
            rows.append({count.label.isEmpty() ? count.key : count.label, qreal(count.count),
                         filterFor(m_figures, count.key)});
        view->model()->setRows(rows);
    };
    keyed(m_boundaryChart, m_figures.byBoundary, &DashboardFilters::boundary);
    keyed(m_channelChart, m_figures.byChannel, &DashboardFilters::channel);

    QList<Row> clients;
    for (const ClientCount &client : m_figures.byClient.mid(0, ChartClients))
        clients.append({client.name.isEmpty() ? tr("Client %1").arg(client.clientId) : client.name,
                        qreal(client.count), DashboardFilters::client(m_figures, client.clientId)});
    m_clientChart->model()->setRows(clients);

    QList<Row> bands;
    for (RepeatBand band : RepeatBands::all)
        bands.append({RepeatBands::label(band), qreal(m_figures.bandCount(band)),
                      DashboardFilters::repeatBand(m_figures, band)});
    m_bandChart->model()->setRows(bands);

    m_heatMap->setFigures(m_figures);
}

void DashboardPage::showBarIncidents(const DashboardChartModel *model, int row) {
    if (const std::optional<IncidentFilter> filter = model->filter(row))
        Q_EMIT incidentsRequested(*filter);
}

void DashboardPage::showCellIncidents(Qt::DayOfWeek weekday, int hour) {
    Q_EMIT incidentsRequested(DashboardFilters::cell(m_figures, weekday, hour));
}

void DashboardPage::showEarlyWarning() {
    m_earlyWarning->clear();
    for (const ClientCount &client : m_figures.earlyWarning) {
        auto *item = new QListWidgetItem(
            tr("%1 — %Ln incident(s)", nullptr, int(client.count)).arg(client.name), m_earlyWarning);
        item->setData(Qt::UserRole, client.clientId);
        item->setToolTip(tr("Open %1's record").arg(client.name));
    }
    if (m_figures.earlyWarning.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No client has had 2 or more incidents in the last 30 days."),
                                         m_earlyWarning);
        // Not selectable, but not drawn as disabled either (too faint to read).
        item->setFlags(Qt::ItemIsEnabled);
        item->setForeground(StatusColors::text(StatusColors::Status::Muted, m_earlyWarning->palette()));
    }
}

QString DashboardPage::chooseFile(const QString &title, const QString &suggested, const QString &filter) {
    return FileDialogs::saveFile(this, QStringLiteral("dashboardExportFileDialog"), title, suggested,
                                 {filter});
}

void DashboardPage::save(const QByteArray &bytes, const QString &path) {
    if (Status saved = PrivateFile::save(bytes, path); !saved)
        MessageBox::inform(this, tr("Export failed"), saved.error().message);
    else
        m_status->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
}

void DashboardPage::exportPdf() {
    if (!m_figures.request.from.isValid())
        return;
    const QString path = chooseFile(
        tr("Export the dashboard as PDF"),
        QStringLiteral("boundary-dashboard-%1.pdf").arg(m_figures.request.to.toString(Qt::ISODate)),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const Result<QByteArray> pdf = DashboardReport::renderPdf(m_figures);
    if (!pdf) {
        MessageBox::inform(this, tr("Export failed"), pdf.error().message);
        return;
    }
    save(pdf.value(), path);
}

void DashboardPage::exportCsv() {
    if (!m_figures.request.from.isValid())
        return;
    const QString path = chooseFile(
        tr("Export the dashboard's figures as CSV"),
        QStringLiteral("boundary-dashboard-%1.csv").arg(m_figures.request.to.toString(Qt::ISODate)),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        save(DashboardReport::csv(m_figures), path);
}

} // namespace bk
