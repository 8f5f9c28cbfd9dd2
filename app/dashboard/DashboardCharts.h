// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/dashboard/DashboardFigures.h"

#include <QColor>
#include <QList>
#include <QPalette>
#include <QRectF>
#include <QString>
#include <optional>

class QPainter;

namespace bk {

/// Charts of the dashboard drawn with QPainter, shared by the PDF report and the Dashboard section's heat
/// map, so both show the same picture on any paint device.
namespace DashboardCharts {

/// The colours the charts are drawn in: those of paper for the PDF report, those of the palette on screen.
struct ChartColors {
    QColor text;
    QColor grid;
    QColor background;   ///< what the chart is drawn on: empty cells fade into it
    QColor hoursOutline; ///< the working hours' outline on the heat map
    QColor within;       ///< the busiest cell within working hours
    QColor outside;      ///< the busiest cell outside them
    QColor emptyWithin;  ///< a cell without incidents within working hours
    QColor emptyOutside; ///< one outside them

    /// The printed report's colours (paper is white).
    static ChartColors paper();
    /// Colours for `palette`'s base colour, each bar and cell with enough contrast against it.
    static ChartColors screen(const QPalette &palette);
};

/// One bar: what it stands for and its value (with the text shown beside it).
struct Bar {
    QString label;
    double value = 0;
    QString valueText;
};

/// Bars from the left, one row each, labels on the left and values at the end of each bar.
void drawHorizontalBars(QPainter &painter, const QRectF &area, const QList<Bar> &bars, const QColor &color);
/// Columns from the bottom, labels below each column and values above it.
void drawColumns(QPainter &painter, const QRectF &area, const QList<Bar> &bars, const QColor &color);

/// Where the heat map's parts lie in an area: a label column, an hour row and a 7 × 24 grid.
class HeatMapLayout {
public:
    HeatMapLayout(const QRectF &area, double labelWidth, double headerHeight);
    /// The cell of weekday `day` (0 Monday … 6 Sunday) and hour `hour`.
    QRectF cell(int day, int hour) const;
    /// The weekday (0 Monday) and hour of the cell under `point`, if any.
    std::optional<std::pair<int, int>> cellAt(const QPointF &point) const;
    QRectF grid() const { return m_grid; }
    double labelWidth() const { return m_labelWidth; }
    double headerHeight() const { return m_headerHeight; }

private:
    QRectF m_grid;
    double m_labelWidth;
    double m_headerHeight;
};

/// Colour of a cell with `count` out of the busiest `maximum`: blues within working hours, oranges outside
/// them, so after-hours contact stands out.
QColor heatColor(qint64 count, qint64 maximum, bool withinHours, const ChartColors &colors);
/// The count of the busiest cell of the heat map.
qint64 busiestCell(const DashboardFigures &figures);
/// The colour of the count written in a cell of colour `cell`: whichever reads best on it.
QColor heatTextColor(const QColor &cell, const ChartColors &colors);
/// Whether the hour starting at `hour` on weekday `day` (0 Monday) lies within the working hours.
bool withinHours(const std::array<WorkingDay, 7> &hours, int day, int hour);

/// The weekday × hour heat map with the working hours outlined, the weekday and hour labels included.
void drawHeatMap(QPainter &painter, const HeatMapLayout &layout, const DashboardFigures &figures,
                 const ChartColors &colors);

} // namespace DashboardCharts

} // namespace bk
