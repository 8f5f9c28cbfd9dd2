// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/import/VCardReader.h"

#include <QStringDecoder>

namespace bk {

namespace {

enum Column { Name, Nickname, Email, Phone, Note, ColumnCount };

struct Property {
    QString name;           ///< upper case, without its group
    QStringList parameters; ///< upper case, "TYPE=HOME" or a bare "PREF"
    QString value;

    QString parameter(const QString &key) const {
        for (const QString &parameter : parameters) {
            if (parameter.startsWith(key + QLatin1Char('=')))
                return parameter.mid(key.size() + 1);
        }
        return {};
    }
    bool isQuotedPrintable() const {
        return parameters.contains(QLatin1String("QUOTED-PRINTABLE")) ||
               parameter(QStringLiteral("ENCODING")) == QLatin1String("QUOTED-PRINTABLE");
    }
    // vCard 2.1 "PREF", 3.0 "TYPE=PREF" (also in a list), 4.0 "PREF=1".
    bool isPreferred() const {
        for (const QString &parameter : parameters) {
            if (parameter == QLatin1String("PREF") || parameter.startsWith(QLatin1String("PREF=")) ||
                (parameter.startsWith(QLatin1String("TYPE=")) && parameter.mid(5)
                                                                     .remove(QLatin1Char('"'))
                                                                     .split(QLatin1Char(','))
                                                                     .contains(QLatin1String("PREF"))))
                return true;
        }
        return false;
    }
};

// "item1.EMAIL;TYPE=INTERNET:anna@example.org": the property; nullopt for a line without a colon.
std::optional<Property> parseProperty(const QString &line) {
    bool quoted = false;
    qsizetype colon = -1;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == QLatin1Char('"'))
            quoted = !quoted;
        else if (line.at(i) == QLatin1Char(':') && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon < 0)
        return std::nullopt;
    QStringList parts = line.left(colon).split(QLatin1Char(';'));
    Property property;
    property.name = parts.takeFirst().trimmed().toUpper();
    property.name = property.name.mid(property.name.lastIndexOf(QLatin1Char('.')) + 1);
    for (const QString &part : std::as_const(parts))
        property.parameters.append(part.trimmed().toUpper());
    property.value = line.mid(colon + 1);
    return property;
}

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// The value of a quoted-printable property (vCard 2.1), its line breaks (=0D=0A, as Android writes a note's)
// made the line feed the register keeps, as a CSV file's are.
QString decodeQuotedPrintable(const QString &value, const QString &charset) {
    const QByteArray encoded = value.toLatin1();
    QByteArray bytes;
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        const int high = c == '=' && i + 2 < encoded.size() ? hexValue(encoded.at(i + 1)) : -1;
        const int low = high >= 0 ? hexValue(encoded.at(i + 2)) : -1;
        if (low >= 0) {
            bytes.append(char(high * 16 + low));
            i += 2;
        } else {
            bytes.append(c);
        }
    }
    QStringDecoder decoder(charset.isEmpty() ? "UTF-8" : charset.toLatin1().constData());
    if (!decoder.isValid())
        decoder = QStringDecoder(QStringDecoder::Utf8);
    QString decoded = decoder.decode(bytes);
    return decoded.replace(QLatin1String("\r\n"), QLatin1String("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
}

// The value's components split at unescaped `separator`, each unescaped (RFC 6350 3.4).
QStringList components(const QString &value, QChar separator) {
    QStringList parts;
    QString part;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            const QChar escaped = value.at(++i);
            part.append(escaped == QLatin1Char('n') || escaped == QLatin1Char('N') ? QChar(QLatin1Char('\n'))
                                                                                   : escaped);
        } else if (c == separator) {
            parts.append(part);
            part.clear();
        } else {
            part.append(c);
        }
    }
    parts.append(part);
    return parts;
}

QString text(const QString &value) {
    return components(value, QChar()).join(QString());
}

// "Family;Given;Additional;Prefix;Suffix" as a person writes a name: "Prefix Given Additional Family Suffix".
QString nameFrom(const QString &value) {
    const QStringList parts = components(value, QLatin1Char(';'));
    QStringList ordered;
    for (const int index : {3, 1, 2, 0, 4}) {
        const QString part = parts.value(index).trimmed();
        if (!part.isEmpty())
            ordered.append(part.split(QLatin1Char(',')).join(QLatin1Char(' ')).trimmed());
    }
    return ordered.join(QLatin1Char(' '));
}

// Keeps the first value, or the first marked preferred.
void choose(QString &current, bool &currentPreferred, const Property &property, const QString &value) {
    if (value.trimmed().isEmpty())
        return;
    const bool preferred = property.isPreferred();
    if (current.isEmpty() || (preferred && !currentPreferred)) {
        current = value.trimmed();
        currentPreferred = preferred;
    }
}

} // namespace

VCardReader::VCardReader(std::unique_ptr<QIODevice> device)
    : ImportReader(std::move(device), ImportFormat::VCard) {}

QStringList VCardReader::headers() const {
    return {QStringLiteral("FN"), QStringLiteral("NICKNAME"), QStringLiteral("EMAIL"), QStringLiteral("TEL"),
            QStringLiteral("NOTE")};
}

Result<bool> VCardReader::readUnfolded(QString *line) {
    if (!m_pending) {
        QString first;
        const Result<bool> read = readLine(&first);
        if (!read || !read.value())
            return read;
        m_pending = first;
        m_pendingLine = lineNumber();
    }
    m_unfoldedLine = m_pendingLine;
    *line = *m_pending;
    m_pending.reset();
    const bool quotedPrintable = parseProperty(*line).value_or(Property{}).isQuotedPrintable();
    while (true) {
        QString following;
        const Result<bool> read = readLine(&following);
        if (!read)
            return read.error();
        if (!read.value())
            return true;
        const bool folded = following.startsWith(QLatin1Char(' ')) || following.startsWith(QLatin1Char('\t'));
        // A quoted-printable value (vCard 2.1) continues on the next line after a soft break "=".
        const bool softBreak = quotedPrintable && line->endsWith(QLatin1Char('='));
        if (!folded && !softBreak) {
            m_pending = following;
            m_pendingLine = lineNumber();
            return true;
        }
        if (softBreak)
            line->chop(1);
        line->append(folded && !softBreak ? following.mid(1) : following);
        if (line->size() > MaxLineChars)
            return Error{Error::Kind::Invalid,
                         tr("The property that starts on line %1 is longer than %2 characters; address "
                            "books do not write such values.")
                             .arg(m_unfoldedLine)
                             .arg(MaxLineChars)};
    }
}

Result<bool> VCardReader::next(ImportRow *row) {
    QString line;
    // Up to the next entry; anything between entries is not part of one.
    while (true) {
        const Result<bool> read = readUnfolded(&line);
        if (!read || !read.value())
            return read;
        if (line.trimmed().compare(QLatin1String("BEGIN:VCARD"), Qt::CaseInsensitive) == 0)
            break;
    }
    row->line = m_unfoldedLine;
    row->problem.clear();
    QStringList values(ColumnCount);
    QString fullName;
    QString structuredName;
    bool emailPreferred = false;
    bool phonePreferred = false;
    int depth = 1;
    while (true) {
        const Result<bool> read = readUnfolded(&line);
        if (!read)
            return read.error();
        if (!read.value()) {
            row->problem = tr("The entry that starts on line %1 has no END:VCARD: the file may be cut short.")
                               .arg(row->line);
            break;
        }
        const std::optional<Property> property = parseProperty(line);
        if (!property)
            continue;
        // An embedded vCard (vCard 2.1 AGENT) belongs to the property, not to this entry.
        if (property->name == QLatin1String("BEGIN") &&
            property->value.trimmed().toUpper() == QLatin1String("VCARD")) {
            ++depth;
            continue;
        }
        if (property->name == QLatin1String("END") &&
            property->value.trimmed().toUpper() == QLatin1String("VCARD")) {
            if (--depth == 0)
                break;
            continue;
        }
        if (depth > 1)
            continue;
        const QString value =
            property->isQuotedPrintable()
                ? decodeQuotedPrintable(property->value, property->parameter(QStringLiteral("CHARSET")))
                : property->value;
        if (property->name == QLatin1String("FN"))
            fullName = text(value).trimmed();
        else if (property->name == QLatin1String("N"))
            structuredName = nameFrom(value);
        else if (property->name == QLatin1String("NICKNAME") && values[Nickname].isEmpty())
            values[Nickname] = components(value, QLatin1Char(',')).value(0).trimmed();
        else if (property->name == QLatin1String("EMAIL"))
            choose(values[Email], emailPreferred, *property, text(value));
        else if (property->name == QLatin1String("TEL"))
            choose(values[Phone], phonePreferred, *property, text(value).remove(QLatin1String("tel:")));
        else if (property->name == QLatin1String("NOTE") && values[Note].isEmpty())
            values[Note] = text(value).trimmed();
    }
    values[Name] = fullName.isEmpty() ? structuredName : fullName;
    row->values = values;
    return true;
}

} // namespace bk
