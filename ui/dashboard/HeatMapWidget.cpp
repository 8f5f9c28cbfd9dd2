// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/dashboard/HeatMapWidget.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace bk {

HeatMapWidget::HeatMapWidget(QWidget *parent)
    : QWidget(parent) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void HeatMapWidget::setFigures(const DashboardFigures &figures) {
    m_figures = figures;
    update();
}

DashboardCharts::HeatMapLayout HeatMapWidget::layout() const {
    const QFontMetricsF metrics(font());
    const QRectF area = QRectF(rect()).adjusted(4, 4, -8, -4);
    return DashboardCharts::HeatMapLayout(area, metrics.horizontalAdvance(QStringLiteral("Wed")) * 1.8,
                                          metrics.height() * 1.4);
}

QRectF HeatMapWidget::cellRect(int day, int hour) const {
    return layout().cell(day, hour);
}

QColor HeatMapWidget::cellColor(int day, int hour) const {
    return DashboardCharts::heatColor(m_figures.byWeekdayHour.at(std::size_t(day)).at(std::size_t(hour)),
                                      DashboardCharts::busiestCell(m_figures),
                                      DashboardCharts::withinHours(m_figures.hours, day, hour),
                                      DashboardCharts::ChartColors::screen(palette()));
}

QSize HeatMapWidget::sizeHint() const {
    return QSize(720, fontMetrics().height() * 14);
}

QSize HeatMapWidget::minimumSizeHint() const {
    return QSize(480, fontMetrics().height() * 10);
}

void HeatMapWidget::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font());
    DashboardCharts::drawHeatMap(painter, layout(), m_figures,
                                 DashboardCharts::ChartColors::screen(palette()));
}

void HeatMapWidget::mouseReleaseEvent(QMouseEvent *event) {
    if (event->button() != Qt::LeftButton)
        return;
    if (const auto cell = layout().cellAt(event->position()))
        Q_EMIT cellClicked(Qt::DayOfWeek(cell->first + 1), cell->second);
}

void HeatMapWidget::mouseMoveEvent(QMouseEvent *event) {
    const auto cell = layout().cellAt(event->position());
    if (!cell) {
        QToolTip::hideText();
        setCursor(Qt::ArrowCursor);
        return;
    }
    setCursor(Qt::PointingHandCursor);
    const qint64 count = m_figures.byWeekdayHour.at(std::size_t(cell->first)).at(std::size_t(cell->second));
    const bool inside = DashboardCharts::withinHours(m_figures.hours, cell->first, cell->second);
    QToolTip::showText(event->globalPosition().toPoint(),
                       tr("%1, %2:00–%3:00: %Ln incident(s)%4", nullptr, int(count))
                           .arg(QLocale().dayName(cell->first + 1))
                           .arg(cell->second, 2, 10, QLatin1Char('0'))
                           .arg(cell->second + 1, 2, 10, QLatin1Char('0'))
                           .arg(inside ? QString() : tr(" (outside working hours)")),
                       this);
}

} // namespace bk
