// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/PagedTableModel.h"
#include "app/practitioner/Reflection.h"
#include "app/storage/ReflectionRepository.h"

namespace bk {

class Database;

/// The practitioner's reflection entries as a table, newest first, read a page at a time (PagedTableModel).
/// It refreshes itself when entries are recorded or clients change through this connection.
class ReflectionTableModel
    : public PagedTableModel<ReflectionEntry, ReflectionRepository, ReflectionFilter, ReflectionSort> {
    Q_OBJECT
public:
    enum Column { DateColumn, ClientColumn, RecommendationColumn, DecisionColumn, NoteColumn, ColumnCount };
    /// RawRole gives the stored value: the date (QDate), the client's id (0: none), the recommendation's and
    /// the decision's keys, the note.

    explicit ReflectionTableModel(const Database &database, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const ReflectionFilter &filter);
    /// The entry shown in `row`, or nullptr when the row is out of range or could not be read.
    const ReflectionEntry *entryAt(int row) const { return rowAt(row); }
    void refresh();

protected:
    std::optional<Result<qint64>> readCount(bool recount) override;
};

} // namespace bk
