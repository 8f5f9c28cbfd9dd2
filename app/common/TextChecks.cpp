// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/TextChecks.h"

namespace bk::TextChecks {

bool isAllowed(const QChar c, const bool multiLine) {
    const char16_t code = c.unicode();
    if (multiLine && (code == u'\t' || code == u'\n'))
        return true;
    return code >= 0x20 && !(code >= 0x7f && code <= 0x9f);
}

bool hasControlCharacters(const QString &text, const bool multiLine) {
    return !firstControlCharacter(text, multiLine).isEmpty();
}

QString firstControlCharacter(const QString &text, const bool multiLine) {
    for (const QChar c : text) {
        if (!isAllowed(c, multiLine))
            return QStringLiteral("U+") +
                   QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'));
    }
    return {};
}

QString escapeControls(const QString &text, const bool multiLine) {
    if (!hasControlCharacters(text, multiLine))
        return text;
    QString escaped;
    escaped.reserve(text.size() + 16);
    for (const QChar c : text) {
        const int code = c.unicode();
        if (isAllowed(c, multiLine))
            escaped += c;
        else if (code < 0x80)
            escaped += QStringLiteral("\\x%1").arg(code, 2, 16, QLatin1Char('0'));
        else
            escaped += QStringLiteral("\\u%1").arg(code, 4, 16, QLatin1Char('0'));
    }
    return escaped;
}

} // namespace bk::TextChecks
