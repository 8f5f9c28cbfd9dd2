// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/common/RecordTable.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>

namespace bk {

QTableView *newRecordTable(const QString &objectName, QAbstractItemModel *model, QWidget *parent) {
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setCornerButtonEnabled(false);
    // A fixed row height, set while the table is empty: measuring rows would read every row of a large
    // register, and changing the height later resizes each of a million rows one by one.
    QHeaderView *rows = table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(table->fontMetrics().height() + 12);
    rows->setVisible(false);
    QHeaderView *columns = table->horizontalHeader();
    columns->setSectionsMovable(true);
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setStretchLastSection(true);
    table->setModel(model);
    return table;
}

void widenToTitles(QTableView *table) {
    QHeaderView *columns = table->horizontalHeader();
    const QFontMetrics metrics(columns->font());
    // Margins on both sides and the sort indicator.
    const int room = metrics.horizontalAdvance(QLatin1Char('M')) * 3;
    for (int column = 0; column < columns->count(); ++column) {
        const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
        const int wanted = metrics.horizontalAdvance(title) + room;
        if (columns->sectionSize(column) < wanted)
            columns->resizeSection(column, wanted);
    }
}

} // namespace bk
