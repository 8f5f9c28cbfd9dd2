// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/audit/ChainCheck.h"

#include <QCoreApplication>

namespace bk {

namespace {

// The messages belong to `audit verify`'s report: lupdate files them under "AuditTrail".
class Tr {
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
};

} // namespace

QString ChainCheck::follow(const AuditEvent &event) {
    QString problem;
    if (!m_broken) {
        if (event.seq != m_previousSeq + 1)
            problem = Tr::tr("The audit trail skips from event %1 to event %2: events were deleted.")
                          .arg(m_previousSeq)
                          .arg(event.seq);
        else if (event.previousHash != m_previousHash)
            problem =
                Tr::tr("Event %1 of the audit trail does not follow event %2: the chain is broken there.")
                    .arg(event.seq)
                    .arg(m_previousSeq);
        else if (AuditChain::eventHash(event) != event.hash)
            problem = Tr::tr("Event %1 of the audit trail was changed after it was written.").arg(event.seq);
        m_broken = !problem.isEmpty();
    }
    m_previousSeq = event.seq;
    m_previousHash = event.hash;
    return problem;
}

} // namespace bk
