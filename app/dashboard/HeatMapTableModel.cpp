// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/dashboard/HeatMapTableModel.h"

#include "app/dashboard/DashboardCharts.h"

#include <QLocale>

namespace bk {

namespace {
constexpr int Days = 7;
constexpr int Hours = 24;
} // namespace

HeatMapTableModel::HeatMapTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void HeatMapTableModel::setFigures(const DashboardFigures &figures) {
    m_figures = figures;
    Q_EMIT dataChanged(index(0, 0), index(Days - 1, Hours - 1));
}

qint64 HeatMapTableModel::count(int day, int hour) const {
    return m_figures.byWeekdayHour.at(std::size_t(day)).at(std::size_t(hour));
}

QString HeatMapTableModel::cellText(int day, int hour) const {
    const bool inside = DashboardCharts::withinHours(m_figures.hours, day, hour);
    return tr("%1, %2:00–%3:00: %Ln incident(s)%4", nullptr, int(count(day, hour)))
        .arg(QLocale().dayName(day + 1))
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg(hour + 1, 2, 10, QLatin1Char('0'))
        .arg(inside ? QString() : tr(" (outside working hours)"));
}

int HeatMapTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : Days;
}

int HeatMapTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : Hours;
}

QVariant HeatMapTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(count(index.row(), index.column()));
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return cellText(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case RawRole:
        return count(index.row(), index.column());
    default:
        return {};
    }
}

QVariant HeatMapTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return QLocale().dayName(section + 1);
    return QStringLiteral("%1").arg(section, 2, 10, QLatin1Char('0'));
}

} // namespace bk
