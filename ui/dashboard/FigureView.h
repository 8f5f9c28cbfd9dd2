// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QModelIndex;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace bk {

/// A chart of the dashboard with the same figures as a table: "Show as table" swaps the chart for a table
/// on the very model the chart draws, for a screen reader or anyone who prefers numbers.
class FigureView : public QWidget {
    Q_OBJECT
public:
    /// `chart` draws `model`; `name` says what both show (the accessible name of chart and table); `key`
    /// begins the object names ("boundary": boundaryTableView, boundaryTableToolButton).
    FigureView(const QString &key, QWidget *chart, QAbstractItemModel *model, const QString &name,
               QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    bool showsTable() const;

public Q_SLOTS:
    /// Shows the table (true) or the chart (false).
    void showTable(bool table);

Q_SIGNALS:
    /// A row (or cell) of the table was activated: Enter, or a double-click.
    void activated(const QModelIndex &index);

private:
    QWidget *m_chart;
    QTableView *m_table;
    QStackedWidget *m_stack;
    QToolButton *m_toggle;
};

} // namespace bk
