// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"
#include "app/dashboard/DashboardFigures.h"
#include "app/incidents/IncidentQuery.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStringListModel;
class QTimer;

namespace bk {

class BarChartView;
class DashboardChartModel;
class DashboardWorker;
class HeatMapWidget;
class NoticeBar;

/// The Dashboard section: what needs attention now, and where, when, how often and with whom boundaries
/// were crossed in a period. Figures are computed off the GUI thread (DashboardWorker); every bar, cell and
/// tile asks for the incidents behind it; the report exports as PDF and CSV.
class DashboardPage : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPage(OpenPractice database, QWidget *parent = nullptr);
    ~DashboardPage() override;

    /// The figures on screen (empty until the first arrive).
    const DashboardFigures &figures() const { return m_figures; }
    /// Whether figures for the current request are still being computed.
    bool isUpdating() const { return m_updating; }
    /// The period and client the controls describe.
    DashboardRequest request() const;
    /// Sets the controls to `request` and computes its figures.
    void setRequest(const DashboardRequest &request);

public Q_SLOTS:
    /// Computes the figures for the controls' request again (e.g. after the records changed).
    void refresh();
    /// Asks for a file name and saves the PDF report there (0600).
    void exportPdf();
    /// Asks for a file name and saves the figures as CSV there (0600).
    void exportCsv();

Q_SIGNALS:
    /// A bar, cell or tile was clicked: show the incidents it counts.
    void incidentsRequested(const bk::IncidentFilter &filter);
    /// A client of the early-warning list was opened: show their record.
    void clientRequested(qint64 clientId);
    /// New figures are on screen.
    void figuresShown();
    /// The figures could not be computed; `message` says why (it is also shown on the page).
    void figuresFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildControls();
    void buildViews();
    void applyPreset(int index);
    void requestChanged();
    void lookUpClients(const QString &text);
    void chooseClient(const QString &name);
    void showFigures(quint64 requestId, const DashboardFigures &figures);
    void showFailure(quint64 requestId, const QString &message);
    void showTiles();
    void showCharts();
    void showEarlyWarning();
    /// Asks for the incidents behind row `row` of a bar chart's figures.
    void showBarIncidents(const DashboardChartModel *model, int row);
    /// Asks for the incidents behind a cell of the heat map.
    void showCellIncidents(Qt::DayOfWeek weekday, int hour);
    /// A file name chosen in a save dialog with `filter`, or empty when cancelled.
    QString chooseFile(const QString &title, const QString &suggested, const QString &filter);
    void save(const QByteArray &bytes, const QString &path);

    const OpenPractice m_db;
    DashboardWorker *m_worker = nullptr;
    DashboardFigures m_figures;
    bool m_updating = false;
    bool m_stale = true; ///< the records changed (or nothing was computed yet) while the page was hidden
    QTimer *m_refreshTimer = nullptr;

    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_client = nullptr;
    QStringListModel *m_clientNames = nullptr;
    QHash<QString, qint64> m_clientIds; ///< the completer's names → client ids
    std::optional<qint64> m_clientId;
    QLabel *m_status = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QPushButton *m_csvButton = nullptr;
    NoticeBar *m_errorBar = nullptr;

    QHash<QString, QPushButton *> m_tiles; ///< by figure key: open, overdue, reack_due, …
    BarChartView *m_monthChart = nullptr;
    BarChartView *m_boundaryChart = nullptr;
    BarChartView *m_channelChart = nullptr;
    BarChartView *m_clientChart = nullptr;
    BarChartView *m_bandChart = nullptr;
    HeatMapWidget *m_heatMap = nullptr;
    QListWidget *m_earlyWarning = nullptr;
};

} // namespace bk
