// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/dashboard/FigureView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace bk {

FigureView::FigureView(const QString &key, QWidget *chart, QAbstractItemModel *model, const QString &name,
                       QWidget *parent)
    : QWidget(parent)
    , m_chart(chart)
    , m_table(new QTableView(this))
    , m_stack(new QStackedWidget(this))
    , m_toggle(new QToolButton(this)) {
    setObjectName(key + QStringLiteral("FigureView"));
    m_chart->setAccessibleName(name);
    m_table->setObjectName(key + QStringLiteral("TableView"));
    m_table->setAccessibleName(tr("%1 (table)").arg(name));
    m_table->setModel(model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Row numbers say nothing; the heat map's rows are weekdays and say which.
    m_table->verticalHeader()->setVisible(model->headerData(0, Qt::Vertical).isValid());
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (model->columnCount() > 2)
        m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    else
        m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(chart->minimumHeight());
    connect(m_table, &QTableView::activated, this, &FigureView::activated);

    m_toggle->setObjectName(key + QStringLiteral("TableToolButton"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setFocusPolicy(Qt::StrongFocus);
    // Every card has this button: the description says which figures it swaps.
    m_toggle->setAccessibleDescription(name);
    connect(m_toggle, &QToolButton::toggled, this, &FigureView::showTable);
    // Tab as it is read: the button above, then the chart or the table.
    setTabOrder(m_toggle, m_chart);
    setTabOrder(m_chart, m_table);

    m_stack->addWidget(m_chart);
    m_stack->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch(1);
    buttons->addWidget(m_toggle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(buttons);
    layout->addWidget(m_stack, 1);
    showTable(false);
}

bool FigureView::showsTable() const {
    return m_stack->currentWidget() == m_table;
}

void FigureView::showTable(bool table) {
    const QSignalBlocker block(m_toggle);
    m_toggle->setChecked(table);
    m_toggle->setText(table ? tr("Show as chart") : tr("Show as table"));
    m_stack->setCurrentWidget(table ? static_cast<QWidget *>(m_table) : m_chart);
}

} // namespace bk
