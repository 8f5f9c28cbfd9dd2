// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/dashboard/DashboardFigures.h"

#include <QAbstractTableModel>

namespace bk {

/// The weekday × hour counts of the dashboard's figures as a table, a row per weekday (Monday first) and a
/// column per hour: the heat map draws the figures it holds and "Show as table" lists them.
class HeatMapTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { RawRole = Qt::UserRole + 1 }; ///< the count (qint64)

    explicit HeatMapTableModel(QObject *parent = nullptr);

    void setFigures(const DashboardFigures &figures);
    const DashboardFigures &figures() const { return m_figures; }
    /// The count of weekday `day` (0 Monday) and hour `hour`.
    qint64 count(int day, int hour) const;
    /// What the cell says in words: "Monday, 21:00–22:00: 2 incidents (outside working hours)".
    QString cellText(int day, int hour) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    DashboardFigures m_figures;
};

} // namespace bk
