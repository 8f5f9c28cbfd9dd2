// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/policy/PolicyCanonical.h"

#include "app/common/Sha256.h"

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

QString multilingualFormatName() {
    return QStringLiteral("boundary-keeper-policy/2");
}

QString normalized(const QString &text) {
    QString result = text;
    result.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    result.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return result.normalized(QString::NormalizationForm_C);
}

namespace {

// Whether any active boundary or any step has a text in a language other than the main one.
bool hasTranslations(const PolicyDocument &document) {
    for (const Boundary &boundary : document.boundaries) {
        if (!boundary.retired && !boundary.translations.isEmpty())
            return true;
    }
    for (const LadderStep &step : document.ladder) {
        if (!step.translations.isEmpty())
            return true;
    }
    return false;
}

// ,"texts":{"de":{…},…} – languages in byte order (QMap keeps them so; the codes are ASCII).
template <typename Texts, typename Write>
void appendTexts(QByteArray &out, const QMap<QString, Texts> &translations, Write write) {
    out.append("\"texts\":{");
    bool first = true;
    for (auto it = translations.cbegin(); it != translations.cend(); ++it) {
        if (!first)
            out.append(',');
        first = false;
        appendString(out, it.key());
        out.append(":{");
        write(it.value());
        out.append('}');
    }
    out.append("},");
}

} // namespace

QByteArray text(const PolicyDocument &document) {
    // Versions published before texts in several languages existed were hashed in format 1, and a document
    // with only its main language still is, byte for byte: their stored hashes stay what they were.
    const bool multilingual = hasTranslations(document);
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
        if (multilingual)
            appendTexts(out, boundary.translations, [&out](const BoundaryTexts &texts) {
                appendMember(out, "appropriate", texts.appropriate);
                appendMember(out, "consequence", texts.consequence);
                appendMember(out, "description", texts.description);
                appendMember(out, "title", texts.title, true);
            });
        appendMember(out, "title", boundary.title, true);
        out.append('}');
    }
    out.append("],\"format\":");
    appendString(out, multilingual ? multilingualFormatName() : formatName());
    out.append(",\"ladder\":[");
    first = true;
    for (const LadderStep &step : document.ladder) {
        if (!first)
            out.append(',');
        first = false;
        out.append('{');
        appendMember(out, "description", step.description);
        appendMember(out, "key", step.key);
        if (multilingual)
            appendTexts(out, step.translations, [&out](const StepTexts &texts) {
                appendMember(out, "description", texts.description);
                appendMember(out, "title", texts.title, true);
            });
        appendMember(out, "title", step.title, true);
        out.append('}');
    }
    out.append(']');
    if (multilingual) {
        out.append(",\"language\":");
        appendString(out, document.language);
    }
    out.append('}');
    return out;
}

QString sha256(const QByteArray &canonicalText) {
    return Sha256::hexOf(canonicalText);
}

QString sha256(const PolicyDocument &document) {
    return sha256(text(document));
}

} // namespace bk::PolicyCanonical
