// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/incidents/IncidentQuery.h"

#include <QAbstractTableModel>
#include <optional>

namespace bk {

/// The figures of one dashboard bar chart, one row per bar in the order listed (largest first where the
/// figures are ranked): the chart draws its bars from it and "Show as table" lists it, so both show the same
/// numbers; each row carries the incidents a click on its bar asks for.
class DashboardChartModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { LabelColumn, ValueColumn, ColumnCount };
    enum Role { RawRole = Qt::UserRole + 1 }; ///< the value as a number (double)

    /// One bar: what it stands for (a line break where a chart may wrap it), its value and what it drills
    /// down to.
    struct Row {
        QString label;
        double value = 0;
        std::optional<IncidentFilter> filter;
    };

    /// `labelHeader` and `valueHeader` head the table's columns; values show `decimals` decimals.
    DashboardChartModel(const QString &labelHeader, const QString &valueHeader, int decimals,
                        QObject *parent = nullptr);

    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }
    /// The incidents behind row `row`, if a click on it asks for any.
    std::optional<IncidentFilter> filter(int row) const;
    /// The value of row `row` as the table shows it (in the user's number format).
    QString valueText(int row) const;
    int decimals() const { return m_decimals; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
    QString m_labelHeader;
    QString m_valueHeader;
    int m_decimals = 0;
};

} // namespace bk
