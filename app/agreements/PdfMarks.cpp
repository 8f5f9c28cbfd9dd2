// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/PdfMarks.h"

#include <QIODevice>
#include <QRegularExpression>
#include <QSet>

namespace bk {

namespace {

constexpr qint64 ChunkSize = 1 << 20;
// A UUID is 36 characters; in UTF-16 metadata twice as many bytes. Chunks overlap by that much, which also
// covers a head's link target (about 110 characters, written once as ASCII).
constexpr qint64 Overlap = 160;
constexpr int MaxCandidates = 64;

} // namespace

PdfMarks PdfMarks::read(QIODevice &device) {
    static const QRegularExpression uuid(
        QStringLiteral("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"));
    static const QRegularExpression head(QRegularExpression::escape(AuditHead::uriPrefix()) +
                                         QStringLiteral("([0-9]{1,18}:[0-9a-f]{64})"));
    QSet<QString> seen;
    PdfMarks marks;
    QByteArray tail;
    while (!device.atEnd() && marks.documentIds.size() < MaxCandidates) {
        QByteArray chunk = tail + device.read(ChunkSize);
        if (chunk.size() == tail.size())
            break; // nothing more could be read
        tail = chunk.right(Overlap);
        // Dropping NUL bytes turns UTF-16 text of ASCII characters into plain ASCII.
        chunk.replace('\0', QByteArray());
        const QString text = QString::fromLatin1(chunk);
        for (QRegularExpressionMatchIterator it = uuid.globalMatch(text); it.hasNext();) {
            const QString id = it.next().captured().toLower();
            if (!seen.contains(id)) {
                seen.insert(id);
                marks.documentIds.append(id);
            }
        }
        if (!marks.auditHead.isValid())
            marks.auditHead = AuditHead::fromText(head.match(text).captured(1));
    }
    return marks;
}

} // namespace bk
