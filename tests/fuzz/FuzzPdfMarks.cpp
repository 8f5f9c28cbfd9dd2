// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
// A libFuzzer target for what AgreementVerifier reads from a file's bytes before it trusts anything: the
// document IDs and the audit trail's head a PDF carries (PdfMarks).
#include "app/agreements/PdfMarks.h"

#include <QBuffer>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    using namespace bk;
    QBuffer buffer;
    buffer.setData(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    buffer.open(QIODevice::ReadOnly);
    const PdfMarks marks = PdfMarks::read(buffer);
    if (marks.documentIds.size() > 64)
        __builtin_trap(); // the candidates are bounded
    for (const QString &id : marks.documentIds) {
        if (id.size() != 36 || id != id.toLower())
            __builtin_trap(); // an ID is a lower-case UUID
    }
    if (marks.auditHead.isValid() && AuditHead::fromText(marks.auditHead.text()).seq != marks.auditHead.seq)
        __builtin_trap();
    return 0;
}
