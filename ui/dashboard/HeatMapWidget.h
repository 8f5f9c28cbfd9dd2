// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/dashboard/DashboardCharts.h"
#include "app/dashboard/DashboardFigures.h"

#include <QWidget>

namespace bk {

class HeatMapTableModel;

/// The weekday × hour heat map of the dashboard, with the working hours outlined; a click on a cell, or Enter
/// on the cell chosen with the arrow keys, asks for the incidents behind it.
class HeatMapWidget : public QWidget {
    Q_OBJECT
public:
    explicit HeatMapWidget(QWidget *parent = nullptr);

    void setFigures(const DashboardFigures &figures);
    /// The counts drawn, as a table (for "Show as table").
    HeatMapTableModel *model() const { return m_model; }
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
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    DashboardCharts::HeatMapLayout layout() const;
    /// Makes the cell of `day` and `hour` the current one and says what it holds.
    void setCurrentCell(int day, int hour);

    HeatMapTableModel *m_model = nullptr;
    int m_day = 0;  ///< the current cell's weekday (0 Monday), moved with the arrow keys
    int m_hour = 0; ///< the current cell's hour
};

} // namespace bk
