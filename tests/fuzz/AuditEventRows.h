// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/storage/AuditChain.h"

#include <QByteArray>
#include <QList>

namespace bk::test {

/// Audit events read from text, one a line, fields separated by tabs as the table's columns are: seq, at,
/// practitioner_id, login, action, table_name, record, digest, previous_hash, hash (the three hashes in
/// hex); empty lines are skipped. What the fuzz target and the regression test feed ChainCheck: any bytes
/// make some events.
inline QList<AuditEvent> auditEventsFrom(const QByteArray &bytes) {
    QList<AuditEvent> events;
    for (const QByteArray &line : bytes.split('\n')) {
        if (line.isEmpty())
            continue;
        const QList<QByteArray> fields = line.split('\t');
        AuditEvent event;
        event.seq = fields.value(0).toLongLong();
        event.at = QString::fromUtf8(fields.value(1));
        event.practitionerId = fields.value(2).toLongLong();
        event.login = QString::fromUtf8(fields.value(3));
        event.action = QString::fromUtf8(fields.value(4));
        event.table = QString::fromUtf8(fields.value(5));
        event.record = QString::fromUtf8(fields.value(6));
        event.digest = QByteArray::fromHex(fields.value(7));
        event.previousHash = QByteArray::fromHex(fields.value(8));
        event.hash = QByteArray::fromHex(fields.value(9));
        events.append(event);
    }
    return events;
}

} // namespace bk::test
