// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/storage/AuditRepository.h"

#include <QAbstractTableModel>

namespace bk {

class Database;

/// The events of the audit trail for the Activity view, newest first, matching a filter; fetched a page at a
/// time as the view scrolls.
class AuditEventModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { WhenColumn, WhoColumn, WhatColumn, RecordColumn, ColumnCount };
    enum Role {
        TableRole = Qt::UserRole + 1, ///< the record's table ("clients")
        RecordRole,                   ///< the record's key ("12")
        SeqRole,                      ///< the event's number
    };
    static constexpr int PageSize = 200;

    explicit AuditEventModel(const Database &database, QObject *parent = nullptr);

    /// Shows the events matching `filter` instead, from the newest.
    void setFilter(const AuditFilter &filter);
    AuditFilter filter() const { return m_filter; }
    /// Why the last read failed; empty when it did not.
    QString lastError() const { return m_error; }
    /// The audited tables, as the filter names them.
    QStringList tables() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// What an action is called ("Changed" for "update").
    static QString actionLabel(const QString &action);

private:
    /// The events after those read so far (m_complete once there are no more).
    QList<AuditEvent> nextPage();

    const Database &m_db;
    AuditFilter m_filter;
    QList<AuditEvent> m_events;
    bool m_complete = false;
    QString m_error;
};

} // namespace bk
