// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/dashboard/DashboardCharts.h"

#include "app/common/StatusColors.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTime>
#include <algorithm>

namespace bk::DashboardCharts {

namespace {

double maximumOf(const QList<Bar> &bars) {
    double maximum = 0;
    for (const Bar &bar : bars)
        maximum = std::max(maximum, bar.value);
    return maximum;
}

// A line width that looks the same on a screen and on a 300 dpi page.
double hairline(const QPainter &painter) {
    return std::max(1.0, painter.fontMetrics().height() / 14.0);
}

// Minutes since midnight, with 23:59 as the end of the day (a QTime has no 24:00).
double minutesOf(const QTime &time) {
    return time == QTime(23, 59) ? 24 * 60 : time.hour() * 60 + time.minute();
}

} // namespace

ChartColors ChartColors::paper() {
    return {QColor(0x33, 0x33, 0x33), QColor(0xdd, 0xdd, 0xdd), QColor(Qt::white),
            QColor(0x1f, 0x3a, 0x5f), QColor(0x2c, 0x5c, 0x9a), QColor(0xd9, 0x5d, 0x0e),
            QColor(0xf3, 0xf6, 0xfa), QColor(0xfb, 0xfb, 0xfb)};
}

ChartColors ChartColors::screen(const QPalette &palette) {
    const QColor base = palette.color(QPalette::Base);
    const QColor within = StatusColors::graphic(StatusColors::Status::Accent, palette);
    const ChartColors printed = paper();
    return {palette.color(QPalette::Text),
            palette.color(QPalette::Mid),
            base,
            palette.color(QPalette::Text),
            within,
            StatusColors::readable(printed.outside, {base}, StatusColors::GraphicContrast),
            StatusColors::mixed(base, within, 0.07),
            base};
}

void drawHorizontalBars(QPainter &painter, const QRectF &area, const QList<Bar> &bars, const QColor &color) {
    if (bars.isEmpty())
        return;
    painter.save();
    const QFontMetricsF metrics(painter.font());
    double labelWidth = 0;
    double valueWidth = 0;
    for (const Bar &bar : bars) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(bar.label));
        valueWidth = std::max(valueWidth, metrics.horizontalAdvance(bar.valueText));
    }
    labelWidth = std::min(labelWidth, area.width() * 0.4);
    const double gap = metrics.height() * 0.5;
    const double rowHeight = std::min(area.height() / double(bars.size()), metrics.height() * 2.2);
    const double barSpace = std::max(1.0, area.width() - labelWidth - valueWidth - 3 * gap);
    const double maximum = std::max(1.0, maximumOf(bars));
    const QColor text = ChartColors::paper().text;
    for (qsizetype i = 0; i < bars.size(); ++i) {
        const Bar &bar = bars.at(i);
        const double top = area.top() + double(i) * rowHeight;
        const QRectF labelRect(area.left(), top, labelWidth, rowHeight);
        painter.setPen(text);
        // A label too long for its column takes a second line when the row has room for it (long German
        // boundary titles do); only a longer one is cut short.
        const int wrap = Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap;
        if (metrics.boundingRect(labelRect, wrap, bar.label).height() <= rowHeight)
            painter.drawText(labelRect, wrap, bar.label);
        else
            painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter,
                             metrics.elidedText(bar.label, Qt::ElideRight, labelWidth));
        const double width = barSpace * bar.value / maximum;
        const QRectF barRect(labelRect.right() + gap, top + rowHeight * 0.18, width, rowHeight * 0.64);
        painter.fillRect(barRect, color);
        painter.drawText(QRectF(barRect.right() + gap, top, valueWidth + gap, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, bar.valueText);
    }
    painter.restore();
}

void drawColumns(QPainter &painter, const QRectF &area, const QList<Bar> &bars, const QColor &color) {
    if (bars.isEmpty())
        return;
    painter.save();
    const QFontMetricsF metrics(painter.font());
    const double labelHeight = metrics.height() * 1.6;
    const double valueHeight = metrics.height() * 1.4;
    const QRectF plot(area.left(), area.top() + valueHeight, area.width(),
                      area.height() - labelHeight - valueHeight);
    const double slot = plot.width() / double(bars.size());
    const double maximum = std::max(1.0, maximumOf(bars));
    const ChartColors colors = ChartColors::paper();
    painter.setPen(QPen(colors.grid, hairline(painter)));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    for (qsizetype i = 0; i < bars.size(); ++i) {
        const Bar &bar = bars.at(i);
        const double left = plot.left() + double(i) * slot;
        const double height = plot.height() * bar.value / maximum;
        const QRectF column(left + slot * 0.2, plot.bottom() - height, slot * 0.6, height);
        painter.fillRect(column, color);
        painter.setPen(colors.text);
        painter.drawText(QRectF(left, column.top() - valueHeight, slot, valueHeight),
                         Qt::AlignHCenter | Qt::AlignBottom, bar.valueText);
        painter.drawText(QRectF(left, plot.bottom(), slot, labelHeight), Qt::AlignHCenter | Qt::AlignVCenter,
                         metrics.elidedText(bar.label, Qt::ElideRight, slot));
    }
    painter.restore();
}

HeatMapLayout::HeatMapLayout(const QRectF &area, double labelWidth, double headerHeight)
    : m_grid(area.left() + labelWidth, area.top() + headerHeight, std::max(1.0, area.width() - labelWidth),
             std::max(1.0, area.height() - headerHeight))
    , m_labelWidth(labelWidth)
    , m_headerHeight(headerHeight) {}

QRectF HeatMapLayout::cell(int day, int hour) const {
    const double width = m_grid.width() / 24.0;
    const double height = m_grid.height() / 7.0;
    return QRectF(m_grid.left() + hour * width, m_grid.top() + day * height, width, height);
}

std::optional<std::pair<int, int>> HeatMapLayout::cellAt(const QPointF &point) const {
    if (!m_grid.contains(point))
        return std::nullopt;
    const int hour = std::clamp(int((point.x() - m_grid.left()) / (m_grid.width() / 24.0)), 0, 23);
    const int day = std::clamp(int((point.y() - m_grid.top()) / (m_grid.height() / 7.0)), 0, 6);
    return std::make_pair(day, hour);
}

QColor heatColor(qint64 count, qint64 maximum, bool withinHours, const ChartColors &colors) {
    if (count <= 0)
        return withinHours ? colors.emptyWithin : colors.emptyOutside;
    // At least a clear tint for a single incident, the full colour for the busiest cell.
    const double share = 0.25 + 0.75 * double(count) / double(std::max<qint64>(1, maximum));
    return StatusColors::mixed(colors.background, withinHours ? colors.within : colors.outside, share);
}

qint64 busiestCell(const DashboardFigures &figures) {
    qint64 maximum = 0;
    for (const auto &day : figures.byWeekdayHour)
        maximum = std::max(maximum, *std::max_element(day.cbegin(), day.cend()));
    return maximum;
}

QColor heatTextColor(const QColor &cell, const ChartColors &colors) {
    return StatusColors::best(cell, {colors.text, colors.background, QColor(Qt::black), QColor(Qt::white)});
}

bool withinHours(const std::array<WorkingDay, 7> &hours, int day, int hour) {
    const WorkingDay &working = hours.at(std::size_t(day));
    const double minute = hour * 60.0;
    return working.open && minute >= minutesOf(working.start) && minute < minutesOf(working.end);
}

void drawHeatMap(QPainter &painter, const HeatMapLayout &layout, const DashboardFigures &figures,
                 const ChartColors &colors) {
    painter.save();
    const QFontMetricsF metrics(painter.font());
    const qint64 maximum = busiestCell(figures);

    const QLocale locale;
    for (int day = 0; day < 7; ++day) {
        const QRectF first = layout.cell(day, 0);
        painter.setPen(colors.text);
        painter.drawText(QRectF(first.left() - layout.labelWidth(), first.top(), layout.labelWidth() * 0.9,
                                first.height()),
                         Qt::AlignRight | Qt::AlignVCenter, locale.dayName(day + 1, QLocale::ShortFormat));
        for (int hour = 0; hour < 24; ++hour) {
            const QRectF cell = layout.cell(day, hour);
            const qint64 count = figures.byWeekdayHour.at(std::size_t(day)).at(std::size_t(hour));
            const bool inside = withinHours(figures.hours, day, hour);
            const QColor fill = heatColor(count, maximum, inside, colors);
            painter.fillRect(cell, fill);
            painter.setPen(QPen(colors.background, hairline(painter)));
            painter.drawRect(cell);
            if (count > 0 && metrics.horizontalAdvance(QString::number(count)) < cell.width() * 0.95) {
                painter.setPen(heatTextColor(fill, colors));
                painter.drawText(cell, Qt::AlignCenter, QString::number(count));
            }
        }
    }
    painter.setPen(colors.text);
    for (int hour = 0; hour < 24; hour += 3) {
        const QRectF cell = layout.cell(0, hour);
        painter.drawText(
            QRectF(cell.left(), cell.top() - layout.headerHeight(), cell.width() * 2, layout.headerHeight()),
            Qt::AlignLeft | Qt::AlignBottom, QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')));
    }
    // The working hours of each day as an outline at their exact start and end.
    painter.setPen(QPen(colors.hoursOutline, hairline(painter) * 2.5));
    painter.setBrush(Qt::NoBrush);
    for (int day = 0; day < 7; ++day) {
        const WorkingDay &working = figures.hours.at(std::size_t(day));
        if (!working.open)
            continue;
        const QRectF row = layout.cell(day, 0);
        const double perMinute = layout.grid().width() / (24.0 * 60.0);
        const double left = layout.grid().left() + minutesOf(working.start) * perMinute;
        const double right = layout.grid().left() + minutesOf(working.end) * perMinute;
        painter.drawRect(QRectF(left, row.top(), right - left, row.height()));
    }
    painter.restore();
}

} // namespace bk::DashboardCharts
