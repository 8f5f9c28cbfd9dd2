// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/storage/AuditChain.h"

#include <QString>

namespace bk {

/// Follows an audit trail's hash chain event by event, oldest first, and names its first broken link:
/// consecutive numbers, each event's previous hash the hash before it, its own hash its fields'. Needs no
/// database: AuditTrail feeds it the stored events, the fuzz target any events at all.
class ChainCheck {
public:
    /// Checks `event` against the events before it. Returns the sentence naming the break at the first
    /// broken link, and empty for every event before and after it.
    QString follow(const AuditEvent &event);
    bool broken() const { return m_broken; }

private:
    qint64 m_previousSeq = 0;
    QByteArray m_previousHash = AuditChain::genesisHash();
    bool m_broken = false;
};

} // namespace bk
