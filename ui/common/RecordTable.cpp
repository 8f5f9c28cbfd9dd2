// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/common/RecordTable.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>
#include <algorithm>

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

namespace {

// The width column `column`'s title needs: margins on both sides and the sort indicator.
int titleWidth(const QTableView *table, int column) {
    const QFontMetrics metrics(table->horizontalHeader()->font());
    const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
    return metrics.horizontalAdvance(title) + metrics.horizontalAdvance(QLatin1Char('M')) * 3;
}

} // namespace

void widenToTitles(QTableView *table) {
    QHeaderView *columns = table->horizontalHeader();
    for (int column = 0; column < columns->count(); ++column) {
        if (const int wanted = titleWidth(table, column); columns->sectionSize(column) < wanted)
            columns->resizeSection(column, wanted);
    }
}

ColumnFitter::ColumnFitter(QTableView *table)
    : QObject(table)
    , m_table(table) {
    QAbstractItemModel *model = table->model();
    const auto forget = [this] {
        m_measured.clear();
    };
    connect(model, &QAbstractItemModel::modelReset, this, forget);
    connect(model, &QAbstractItemModel::layoutChanged, this, forget);
    connect(model, &QAbstractItemModel::dataChanged, this, forget);
    connect(model, &QAbstractItemModel::rowsInserted, this, forget);
    connect(model, &QAbstractItemModel::rowsRemoved, this, forget);
}

const QList<int> &ColumnFitter::widthsOf(int row) {
    auto measured = m_measured.find(row);
    if (measured == m_measured.end()) {
        const QAbstractItemModel *model = m_table->model();
        QList<int> widths(model->columnCount());
        for (int column = 0; column < widths.size(); ++column)
            widths[column] = m_table->sizeHintForIndex(model->index(row, column)).width();
        measured = m_measured.insert(row, widths);
    }
    return *measured;
}

void ColumnFitter::fit() {
    QHeaderView *columns = m_table->horizontalHeader();
    const QHeaderView *rows = m_table->verticalHeader();
    // The rows in view only: a register of a million rows is never measured whole.
    const int top = std::max(0, rows->visualIndexAt(0));
    int bottom = rows->visualIndexAt(m_table->viewport()->height());
    if (bottom < 0)
        bottom = m_table->model()->rowCount() - 1;
    struct Wanted {
        int column;
        int title;
        int content;
    };
    QList<Wanted> shown;
    const int margin = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int visual = 0; visual < columns->count(); ++visual) {
        const int column = columns->logicalIndex(visual);
        if (columns->isSectionHidden(column))
            continue;
        int content = 0;
        for (int row = top; row <= bottom; ++row)
            content = std::max(content, widthsOf(rows->logicalIndex(row)).value(column));
        const int title = titleWidth(m_table, column);
        shown.append({column, title, std::max(title, content + margin)});
    }
    // Narrowest first: each takes what it needs up to an equal share of what the ones before left.
    std::sort(shown.begin(), shown.end(),
              [](const Wanted &a, const Wanted &b) { return a.content < b.content; });
    int left = m_table->viewport()->width();
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const Wanted &wanted = shown.at(i);
        const int share = left / int(shown.size() - i);
        const int width = std::max(wanted.title, std::min(wanted.content, share));
        columns->resizeSection(wanted.column, width);
        left -= width;
    }
}

} // namespace bk
