// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QChartView>

class QBarSet;

namespace bk {

class DashboardChartModel;

/// A bar chart of the dashboard drawn from a DashboardChartModel, one bar per row: horizontal bars list the
/// first row on top, columns from the left. The arrow keys walk the bars (the current one in the selection
/// colour, its value in a tooltip and the accessible description); Enter, Space or a click activates one.
class BarChartView : public QChartView {
    Q_OBJECT
public:
    BarChartView(DashboardChartModel *model, bool horizontal, const QColor &color, QWidget *parent = nullptr);

    DashboardChartModel *model() const { return m_model; }
    /// The row of the bar the keyboard is on; -1 when there are no bars.
    int currentRow() const { return m_current; }

Q_SIGNALS:
    /// The bar of `row` was clicked, or Enter or Space pressed on it.
    void rowActivated(int row);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    /// Draws the model's rows again (after a reset).
    void rebuild();
    /// The bar index of `row` in the bar set (horizontal charts draw the first row last, on top).
    int barIndex(int row) const;
    void setCurrentRow(int row);

    DashboardChartModel *m_model;
    bool m_horizontal;
    QColor m_color;
    QBarSet *m_set = nullptr;
    int m_current = -1;
};

} // namespace bk
