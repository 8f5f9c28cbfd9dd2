// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

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

/// Sizes the shown columns of `table` to their title and to the rows in view, within the width of the table:
/// when everything fits each column gets what it needs (the last one stretches over the rest); when not, the
/// narrow columns keep their width and the wide ones share what is left equally, never below their title.
void fitColumnsToContents(QTableView *table);

} // namespace bk
