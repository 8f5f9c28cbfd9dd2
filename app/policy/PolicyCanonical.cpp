// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/policy/PolicyCanonical.h"

#include <QCryptographicHash>

namespace bk::PolicyCanonical {

namespace {

void appendString(QByteArray &out, const QString &value) {
    out.append('"');
    const QByteArray utf8 = normalized(value).toUtf8();
    for (char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(c);
        } else if (byte < 0x20 || byte == 0x7f) {
            static const char hex[] = "0123456789abcdef";
            out.append("\\u00");
            out.append(hex[byte >> 4]);
            out.append(hex[byte & 0x0f]);
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

// Writes {"name":value,...}; callers pass the names already in byte order.
void appendMember(QByteArray &out, const char *name, const QString &value, bool last = false) {
    out.append('"');
    out.append(name);
    out.append("\":");
    appendString(out, value);
    if (!last)
        out.append(',');
}

} // namespace

QString formatName() {
    return QStringLiteral("boundary-keeper-policy/1");
}

QString normalized(const QString &text) {
    QString result = text;
    result.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    result.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return result.normalized(QString::NormalizationForm_C);
}

QByteArray text(const PolicyDocument &document) {
    QByteArray out;
    out.append("{\"boundaries\":[");
    bool first = true;
    for (const Boundary &boundary : document.boundaries) {
        if (boundary.retired)
            continue;
        if (!first)
            out.append(',');
        first = false;
        out.append('{');
        appendMember(out, "appropriate", boundary.appropriate);
        appendMember(out, "consequence", boundary.consequence);
        appendMember(out, "description", boundary.description);
        appendMember(out, "key", boundary.key);
        appendMember(out, "title", boundary.title, true);
        out.append('}');
    }
    out.append("],\"format\":");
    appendString(out, formatName());
    out.append(",\"ladder\":[");
    first = true;
    for (const LadderStep &step : document.ladder) {
        if (!first)
            out.append(',');
        first = false;
        out.append('{');
        appendMember(out, "description", step.description);
        appendMember(out, "key", step.key);
        appendMember(out, "title", step.title, true);
        out.append('}');
    }
    out.append("]}");
    return out;
}

QString sha256(const QByteArray &canonicalText) {
    return QString::fromLatin1(QCryptographicHash::hash(canonicalText, QCryptographicHash::Sha256).toHex());
}

QString sha256(const PolicyDocument &document) {
    return sha256(text(document));
}

} // namespace bk::PolicyCanonical
