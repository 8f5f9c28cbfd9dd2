// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/dashboard/HeatMapWidget.h"

#include "app/dashboard/HeatMapTableModel.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace bk {

HeatMapWidget::HeatMapWidget(QWidget *parent)
    : QWidget(parent)
    , m_model(new HeatMapTableModel(this)) {
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void HeatMapWidget::setFigures(const DashboardFigures &figures) {
    m_model->setFigures(figures);
    setAccessibleDescription(m_model->cellText(m_day, m_hour));
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
    return DashboardCharts::heatColor(
        m_model->figures().byWeekdayHour.at(std::size_t(day)).at(std::size_t(hour)),
        DashboardCharts::busiestCell(m_model->figures()),
        DashboardCharts::withinHours(m_model->figures().hours, day, hour),
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
    DashboardCharts::drawHeatMap(painter, layout(), m_model->figures(),
                                 DashboardCharts::ChartColors::screen(palette()));
    if (hasFocus()) {
        // The keyboard's cell, in the style's selection colour (it follows a dark or high-contrast palette).
        painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cellRect(m_day, m_hour).adjusted(1, 1, -1, -1));
    }
}

void HeatMapWidget::setCurrentCell(int day, int hour) {
    m_day = std::clamp(day, 0, 6);
    m_hour = std::clamp(hour, 0, 23);
    const QString text = m_model->cellText(m_day, m_hour);
    setAccessibleDescription(text);
    QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
    QToolTip::showText(mapToGlobal(cellRect(m_day, m_hour).bottomRight().toPoint()), text, this);
    update();
}

void HeatMapWidget::mouseReleaseEvent(QMouseEvent *event) {
    if (event->button() != Qt::LeftButton)
        return;
    if (const auto cell = layout().cellAt(event->position())) {
        m_day = cell->first;
        m_hour = cell->second;
        update();
        Q_EMIT cellClicked(Qt::DayOfWeek(cell->first + 1), cell->second);
    }
}

void HeatMapWidget::mouseMoveEvent(QMouseEvent *event) {
    const auto cell = layout().cellAt(event->position());
    if (!cell) {
        QToolTip::hideText();
        setCursor(Qt::ArrowCursor);
        return;
    }
    setCursor(Qt::PointingHandCursor);
    QToolTip::showText(event->globalPosition().toPoint(), m_model->cellText(cell->first, cell->second), this);
}

void HeatMapWidget::keyPressEvent(QKeyEvent *event) {
    switch (event->key()) {
    case Qt::Key_Left:
        setCurrentCell(m_day, m_hour - 1);
        break;
    case Qt::Key_Right:
        setCurrentCell(m_day, m_hour + 1);
        break;
    case Qt::Key_Up:
        setCurrentCell(m_day - 1, m_hour);
        break;
    case Qt::Key_Down:
        setCurrentCell(m_day + 1, m_hour);
        break;
    case Qt::Key_Home:
        setCurrentCell(m_day, 0);
        break;
    case Qt::Key_End:
        setCurrentCell(m_day, 23);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        Q_EMIT cellClicked(Qt::DayOfWeek(m_day + 1), m_hour);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void HeatMapWidget::focusInEvent(QFocusEvent *event) {
    QWidget::focusInEvent(event);
    setCurrentCell(m_day, m_hour);
}

} // namespace bk
