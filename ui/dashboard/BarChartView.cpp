// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/dashboard/BarChartView.h"

#include "app/common/StatusColors.h"
#include "app/dashboard/DashboardChartModel.h"

#include <QAccessible>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QKeyEvent>
#include <QToolTip>
#include <QValueAxis>
#include <cmath>

namespace bk {

namespace {

// The chart drawn on the palette's base colour with its text and grid colours (Qt Charts' default theme is
// light whatever the palette).
void paintInPalette(QChart *chart, const QPalette &palette) {
    const QColor text = palette.color(QPalette::Text);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setGridLineColor(palette.color(QPalette::Midlight));
    }
}

} // namespace

BarChartView::BarChartView(DashboardChartModel *model, bool horizontal, const QColor &color, QWidget *parent)
    : QChartView(new QChart, parent)
    , m_model(model)
    , m_horizontal(horizontal)
    , m_color(color) {
    chart()->legend()->hide();
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->setBackgroundRoundness(0);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    // Axis and bar labels in the user's number format (0,25 in German).
    chart()->setLocalizeNumbers(true);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    setFocusPolicy(Qt::StrongFocus);
    connect(m_model, &DashboardChartModel::modelReset, this, &BarChartView::rebuild);
    rebuild();
}

int BarChartView::barIndex(int row) const {
    return m_horizontal ? int(m_model->rows().size()) - 1 - row : row;
}

void BarChartView::rebuild() {
    QChart *chart = this->chart();
    chart->removeAllSeries();
    // removeAllSeries() deletes the series; removeAxis() only hands the axis back, so it is deleted here.
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    QStringList categories;
    QList<qreal> values;
    for (const DashboardChartModel::Row &row : m_model->rows()) {
        // Category labels are drawn as HTML: a marker on a line of its own is not elided in a narrow column.
        categories.append(row.label.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        values.append(row.value);
    }
    const qreal maximum = values.isEmpty() ? 1 : *std::max_element(values.cbegin(), values.cend());
    if (m_horizontal) {
        // A horizontal chart draws the first category at the bottom; reversed, the first row is on top.
        std::reverse(categories.begin(), categories.end());
        std::reverse(values.begin(), values.end());
    }
    m_set = new QBarSet(QString());
    const QColor bar =
        StatusColors::readable(m_color, {palette().color(QPalette::Base)}, StatusColors::GraphicContrast);
    m_set->setColor(bar);
    m_set->setBorderColor(bar);
    m_set->setLabelColor(palette().color(QPalette::Text));
    m_set->setSelectedColor(palette().color(QPalette::Highlight));
    m_set->append(values);
    QAbstractBarSeries *series = m_horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                              : static_cast<QAbstractBarSeries *>(new QBarSeries);
    series->append(m_set);
    series->setBarWidth(0.6);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    const int decimals = m_model->decimals();
    valueAxis->setRange(0, std::max<qreal>(decimals > 0 ? 0.1 : 1, maximum * 1.15));
    if (decimals > 0) {
        valueAxis->applyNiceNumbers();
        valueAxis->setLabelFormat(QStringLiteral("%.2f"));
    } else {
        // Counts are whole numbers: ticks at whole steps.
        const qreal top = std::max<qreal>(1, std::ceil(maximum * 1.15));
        const qreal step = std::max<qreal>(1, std::ceil(top / 5));
        valueAxis->setRange(0, step * std::ceil(top / step));
        valueAxis->setTickType(QValueAxis::TicksDynamic);
        valueAxis->setTickAnchor(0);
        valueAxis->setTickInterval(step);
        valueAxis->setLabelFormat(QStringLiteral("%d"));
    }
    chart->addAxis(categoryAxis, m_horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, m_horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    paintInPalette(chart, palette());
    connect(m_set, &QBarSet::clicked, this, [this](int index) {
        const int row = barIndex(index); // the same arithmetic both ways
        m_current = row;
        Q_EMIT rowActivated(row);
    });
    const int rows = int(m_model->rows().size());
    m_current = rows == 0 ? -1 : std::clamp(m_current, 0, rows - 1);
    if (hasFocus())
        setCurrentRow(m_current);
}

void BarChartView::setCurrentRow(int row) {
    const int rows = int(m_model->rows().size());
    if (rows == 0)
        return;
    m_current = std::clamp(row, 0, rows - 1);
    m_set->deselectAllBars();
    m_set->selectBar(barIndex(m_current));
    const DashboardChartModel::Row &current = m_model->rows().at(m_current);
    const QString text = tr("%1: %2").arg(QString(current.label).replace(QLatin1Char('\n'), QLatin1Char(' ')),
                                          m_model->valueText(m_current));
    setAccessibleDescription(text);
    QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
    const QPointF end = m_horizontal ? QPointF(current.value, barIndex(m_current))
                                     : QPointF(barIndex(m_current), current.value);
    const QPointF inChart = chart()->mapToPosition(end, chart()->series().value(0));
    QToolTip::showText(mapToGlobal(mapFromScene(chart()->mapToScene(inChart))), text, this);
}

void BarChartView::keyPressEvent(QKeyEvent *event) {
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        setCurrentRow(m_current + 1);
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
        setCurrentRow(m_current - 1);
        break;
    case Qt::Key_Home:
        setCurrentRow(0);
        break;
    case Qt::Key_End:
        setCurrentRow(int(m_model->rows().size()) - 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0)
            Q_EMIT rowActivated(m_current);
        break;
    default:
        QChartView::keyPressEvent(event);
    }
}

void BarChartView::focusInEvent(QFocusEvent *event) {
    QChartView::focusInEvent(event);
    setCurrentRow(std::max(m_current, 0));
}

void BarChartView::focusOutEvent(QFocusEvent *event) {
    QChartView::focusOutEvent(event);
    if (m_set)
        m_set->deselectAllBars();
}

} // namespace bk
