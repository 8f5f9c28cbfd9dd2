// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
// A libFuzzer target for the audit trail's chain check: arbitrary event rows (tests/fuzz/AuditEventRows.h)
// followed as `audit verify` follows the stored ones, and every field read back as a noted head.
#include "app/audit/ChainCheck.h"
#include "tests/fuzz/AuditEventRows.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    using namespace bk;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ChainCheck chain;
    int breaks = 0;
    for (const AuditEvent &event : test::auditEventsFrom(bytes)) {
        if (!chain.follow(event).isEmpty())
            ++breaks;
        const AuditHead head = AuditHead::fromText(event.at);
        if (head.isValid() && AuditHead::fromText(head.text()).text() != head.text())
            __builtin_trap(); // a head read back must print as it was read
    }
    if (breaks > 1 || chain.broken() != (breaks == 1))
        __builtin_trap(); // only the first broken link is named
    return 0;
}
