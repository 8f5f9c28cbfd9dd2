// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QHash>
#include <QList>
#include <QObject>

class QAbstractItemModel;
class QString;
class QTableView;
class QWidget;

namespace bk {

/// A table of records (clients, incidents) as every section shows one: whole rows selected one at a time,
/// read-only, alternating colours, movable columns and a fixed row height, set before the model so that a
/// register of a million rows is never measured or resized row by row.
QTableView *newRecordTable(const QString &objectName, QAbstractItemModel *model, QWidget *parent);

/// Widens each column of `table` that is narrower than its title (with room for the sort indicator):
/// column widths are set in ems for English, and translated titles run longer.
void widenToTitles(QTableView *table);

/// Sizes the shown columns of a table to their title and to the rows in view, within the width of the table:
/// when everything fits each column gets what it needs (the last one stretches over the rest); when not, the
/// narrow columns keep their width and the wide ones share what is left equally, never below their title.
/// Each row is measured once until the model's rows change: laying out the text of every cell in view again
/// for each resize took longer than the window's first paint on a large register.
class ColumnFitter : public QObject {
public:
    /// Belongs to `table`, and forgets what it measured whenever the table's model changes its rows.
    explicit ColumnFitter(QTableView *table);

    void fit();

private:
    /// The width each column's cell in logical row `row` needs, measured on first use.
    const QList<int> &widthsOf(int row);

    QTableView *m_table;
    QHash<int, QList<int>> m_measured;
};

} // namespace bk
