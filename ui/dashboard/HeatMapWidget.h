// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/dashboard/DashboardCharts.h"
#include "app/dashboard/DashboardFigures.h"

#include <QWidget>

namespace bk {

/// The weekday × hour heat map of the dashboard, with the working hours outlined; a click on a cell asks
/// for the incidents behind it.
class HeatMapWidget : public QWidget {
    Q_OBJECT
public:
    explicit HeatMapWidget(QWidget *parent = nullptr);

    void setFigures(const DashboardFigures &figures);
    /// Where the cell of weekday `day` (0 Monday) and `hour` is drawn, for tests and tooltips.
    QRectF cellRect(int day, int hour) const;
    /// The colour that cell is filled with in the current palette.
    QColor cellColor(int day, int hour) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// A cell was clicked: its weekday (Qt::Monday … Qt::Sunday) and hour.
    void cellClicked(Qt::DayOfWeek weekday, int hour);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    DashboardCharts::HeatMapLayout layout() const;

    DashboardFigures m_figures;
};

} // namespace bk
