// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/cli/CliOutput.h"

#include "app/cli/Cli.h"
#include "app/common/Clock.h"
#include "app/common/CsvText.h"
#include "app/common/TextChecks.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonValue>
#include <algorithm>

namespace bk::cli {

namespace {

// lupdate files these messages under "CliOutput", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(CliOutput)
};

const QString TableGap = QStringLiteral("  ");

QString csvValue(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toInteger());
    case QJsonValue::String:
        return CsvText::field(value.toString());
    default:
        return {};
    }
}

void writeCsvLine(QTextStream &out, const QStringList &fields) {
    out << fields.join(QLatin1Char(',')) << CsvText::LineEnd;
}

// Cells are single lines: a line break inside one would break the table's alignment. Other control
// characters are escaped here already (not only on the way out), so that columns stay aligned.
QString tableCell(const QString &text) {
    QString cell = text;
    cell.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return TextChecks::escapeControls(cell, false);
}

void writeTableLine(QTextStream &out, const QStringList &cells, const QList<qsizetype> &widths) {
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += TableGap;
        line += tableCell(cells.at(i)).leftJustified(widths.value(i));
    }
    // Trailing padding of the last column is noise in a terminal and in diffs.
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    out << line << QLatin1Char('\n');
}

} // namespace

namespace OutputFormats {

QString key(OutputFormat format) {
    switch (format) {
    case OutputFormat::Table:
        return QStringLiteral("table");
    case OutputFormat::Csv:
        return QStringLiteral("csv");
    case OutputFormat::Json:
        return QStringLiteral("json");
    case OutputFormat::Text:
        return QStringLiteral("text");
    }
    return {};
}

std::optional<OutputFormat> fromKey(const QString &text, const QList<OutputFormat> &allowed) {
    for (OutputFormat format : allowed) {
        if (key(format) == text)
            return format;
    }
    return std::nullopt;
}

QString keys(const QList<OutputFormat> &allowed) {
    QStringList names;
    for (OutputFormat format : allowed)
        names.append(key(format));
    return names.join(QLatin1Char('|'));
}

} // namespace OutputFormats

Status writeList(QTextStream &out, OutputFormat format, const ListLayout &layout, const ListWalk &walk) {
    switch (format) {
    case OutputFormat::Csv: {
        QStringList header;
        for (const QString &key : layout.keys)
            header.append(CsvText::field(key));
        writeCsvLine(out, header);
        return walk([&](const ListRow &row) {
            QStringList fields;
            for (const QString &key : layout.keys)
                fields.append(csvValue(row.record.value(key)));
            writeCsvLine(out, fields);
        });
    }
    case OutputFormat::Json: {
        // An array with one compact object per line: valid JSON that is still readable and greppable.
        bool first = true;
        out << QLatin1Char('[');
        const Status walked = walk([&](const ListRow &row) {
            out << (first ? QStringLiteral("\n  ") : QStringLiteral(",\n  "))
                << QString::fromUtf8(QJsonDocument(row.record).toJson(QJsonDocument::Compact));
            first = false;
        });
        if (!walked)
            return walked;
        out << (first ? QStringLiteral("]\n") : QStringLiteral("\n]\n"));
        return {};
    }
    case OutputFormat::Table:
    case OutputFormat::Text: {
        QList<qsizetype> widths;
        for (const QString &header : layout.headers)
            widths.append(header.size());
        const Status sized = walk([&](const ListRow &row) {
            for (qsizetype i = 0; i < row.cells.size() && i < widths.size(); ++i)
                widths[i] = std::max(widths.at(i), tableCell(row.cells.at(i)).size());
        });
        if (!sized)
            return sized;
        writeTableLine(out, layout.headers, widths);
        return walk([&](const ListRow &row) { writeTableLine(out, row.cells, widths); });
    }
    }
    return {};
}

QString indented(const QString &text, int spaces) {
    const QString indent(spaces, QLatin1Char(' '));
    QString result = indent + text;
    result.replace(QLatin1Char('\n'), QString(QLatin1Char('\n') + indent));
    return result;
}

TerminalSafeDevice::TerminalSafeDevice(QFileDevice *target)
    : m_target(target) {
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalSafeDevice::~TerminalSafeDevice() {
    // A lone CR or lead byte left at the very end.
    if (m_pendingCr)
        m_target->write("\\x0d");
    if (m_pendingC2)
        m_target->write("\xc2");
    m_target->flush();
}

qint64 TerminalSafeDevice::writeData(const char *data, qint64 size) {
    QByteArray out;
    out.reserve(size);
    const auto escape = [&out](unsigned char byte, const char *prefix) {
        out += prefix;
        out += QByteArray::number(byte, 16).rightJustified(2, '0');
    };
    for (qint64 i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        if (m_pendingCr) {
            m_pendingCr = false;
            if (byte == '\n') {
                out += "\r\n";
                continue;
            }
            out += "\\x0d";
        }
        if (m_pendingC2) {
            m_pendingC2 = false;
            // U+0080 to U+009F, the C1 controls (CSI among them), are 0xC2 0x80 to 0xC2 0x9F in UTF-8.
            if (byte >= 0x80 && byte <= 0x9f) {
                escape(byte, "\\u00");
                continue;
            }
            out += '\xc2';
        }
        if (byte == '\r')
            m_pendingCr = true;
        else if (byte == 0xc2)
            m_pendingC2 = true;
        else if ((byte < 0x20 && byte != '\t' && byte != '\n') || byte == 0x7f)
            escape(byte, "\\x");
        else
            out += char(byte);
    }
    if (m_target->write(out) != out.size())
        return -1;
    m_target->flush();
    return size;
}

void writeDetails(QTextStream &out, const QList<QPair<QString, QString>> &details) {
    qsizetype width = 0;
    for (const auto &detail : details)
        width = std::max(width, detail.first.size() + 1);
    const QString indent(width + 2, QLatin1Char(' '));
    for (const auto &detail : details) {
        QString value = TextChecks::escapeControls(detail.second, true);
        value.replace(QLatin1Char('\n'), QString(QLatin1Char('\n') + indent));
        const QString label = detail.first + QLatin1Char(':');
        QString line = label.leftJustified(width + 2) + value;
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out << line << QLatin1Char('\n');
    }
}

QJsonValue textOrNull(const QString &text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue utcOrNull(const QDateTime &time) {
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs))
                          : QJsonValue(QJsonValue::Null);
}

QJsonValue dateOrNull(const QDate &date) {
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString localText(const QDateTime &time) {
    return time.isValid() ? Clock::toLocal(time).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString zonedText(const QDateTime &time) {
    return Clock::withZone(localText(time));
}

bool confirmedOnInput() {
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return false;
    const QString answer = QString::fromUtf8(input.readLine(64)).trimmed();
    for (const QString &yes : {QStringLiteral("y"), QStringLiteral("yes"), Tr::tr("y"), Tr::tr("yes")}) {
        if (answer.compare(yes, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace bk::cli
