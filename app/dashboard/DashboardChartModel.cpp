// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/dashboard/DashboardChartModel.h"

#include <QLocale>

namespace bk {

DashboardChartModel::DashboardChartModel(const QString &labelHeader, const QString &valueHeader, int decimals,
                                         QObject *parent)
    : QAbstractTableModel(parent)
    , m_labelHeader(labelHeader)
    , m_valueHeader(valueHeader)
    , m_decimals(decimals) {}

void DashboardChartModel::setRows(const QList<Row> &rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

std::optional<IncidentFilter> DashboardChartModel::filter(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).filter : std::nullopt;
}

QString DashboardChartModel::valueText(int row) const {
    return QLocale().toString(m_rows.at(row).value, 'f', m_decimals);
}

int DashboardChartModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DashboardChartModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DashboardChartModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == LabelColumn ? QString(row.label).replace(QLatin1Char('\n'), QLatin1Char(' '))
                                             : valueText(index.row());
    case Qt::TextAlignmentRole:
        return index.column() == ValueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case RawRole:
        return index.column() == ValueColumn ? QVariant(row.value) : QVariant(row.label);
    default:
        return {};
    }
}

QVariant DashboardChartModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == LabelColumn ? m_labelHeader : m_valueHeader;
}

} // namespace bk
