// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/import/CsvReader.h"

#include "app/common/CsvText.h"

#include <array>

namespace bk {

namespace {
// The delimiter the header line uses most outside quotes; a comma when it uses none (one column).
QChar detectDelimiter(const QString &header) {
    constexpr std::array<char16_t, 4> candidates = {u',', u';', u'\t', u'|'};
    std::array<int, 4> counts = {};
    bool quoted = false;
    for (const QChar c : header) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted) {
            for (std::size_t i = 0; i < candidates.size(); ++i) {
                if (c == QChar(candidates.at(i)))
                    ++counts.at(i);
            }
        }
    }
    std::size_t best = 0;
    for (std::size_t i = 1; i < candidates.size(); ++i) {
        if (counts.at(i) > counts.at(best))
            best = i;
    }
    return QChar(candidates.at(best));
}

bool allEmpty(const QStringList &values) {
    return std::all_of(values.cbegin(), values.cend(),
                       [](const QString &value) { return value.trimmed().isEmpty(); });
}
} // namespace

CsvReader::CsvReader(std::unique_ptr<QIODevice> device)
    : ImportReader(std::move(device), ImportFormat::Csv) {}

Status CsvReader::begin() {
    // The first line that is not blank.
    const auto nextLine = [this](QString *line) -> Status {
        do {
            const Result<bool> read = readLine(line);
            if (!read)
                return read.error();
            if (!read.value())
                return Error{Error::Kind::Invalid,
                             tr("The file holds no header row: there is nothing to import.")};
        } while (line->trimmed().isEmpty());
        return {};
    };
    QString line;
    if (const Status read = nextLine(&line); !read)
        return read;
    // Excel writes "sep=;" before the header when asked to name its delimiter.
    if (line.size() == 5 && line.startsWith(QLatin1String("sep="), Qt::CaseInsensitive)) {
        m_delimiter = line.at(4);
        if (const Status read = nextLine(&line); !read)
            return read;
    } else {
        m_delimiter = detectDelimiter(line);
    }
    ImportRow header;
    if (const Status parsed = parseRecord(line, &header); !parsed)
        return parsed;
    if (!header.problem.isEmpty())
        return Error{Error::Kind::Invalid, header.problem};
    for (qsizetype i = 0; i < header.values.size(); ++i) {
        const QString name = header.values.at(i).trimmed();
        m_headers.append(name.isEmpty() ? tr("Column %1").arg(i + 1) : name);
    }
    return {};
}

Result<bool> CsvReader::next(ImportRow *row) {
    while (true) {
        QString line;
        const Result<bool> read = readLine(&line);
        if (!read || !read.value())
            return read;
        if (line.isEmpty())
            continue;
        if (const Status parsed = parseRecord(line, row); !parsed)
            return parsed.error();
        // Spreadsheets write rows of empty cells below the data: not records.
        if (row->problem.isEmpty() && allEmpty(row->values))
            continue;
        return true;
    }
}

Status CsvReader::parseRecord(const QString &firstLine, ImportRow *row) {
    row->line = lineNumber();
    row->values.clear();
    row->problem.clear();
    QString line = firstLine;
    QString field;
    bool quoted = false;
    qint64 length = 0;
    const QChar quote = QLatin1Char('"');
    while (true) {
        // The text up to the next character that matters (a quote; outside quotes the delimiter too) is
        // appended at once: a record is read twice when imported, once to plan and once to write.
        const QChar *data = line.constData();
        const qsizetype size = line.size();
        qsizetype i = 0;
        while (i < size) {
            qsizetype end = i;
            if (quoted) {
                while (end < size && data[end] != quote)
                    ++end;
            } else {
                while (end < size && data[end] != m_delimiter && data[end] != quote)
                    ++end;
            }
            field.append(data + i, end - i);
            if (end == size)
                break;
            i = end + 1;
            if (quoted) {
                if (i < size && data[i] == quote) // a doubled quote
                    field.append(data[i++]);
                else
                    quoted = false;
            } else if (data[end] == m_delimiter) {
                row->values.append(CsvText::unneutralised(field));
                field.clear();
            } else if (field.trimmed().isEmpty()) {
                field.clear();
                quoted = true;
            } else {
                field.append(quote);
            }
        }
        if (!quoted)
            break;
        length += line.size();
        if (length > MaxLineChars)
            return Error{Error::Kind::Invalid,
                         tr("The row that starts on line %1 is longer than %2 characters: a closing quote is "
                            "probably missing.")
                             .arg(row->line)
                             .arg(MaxLineChars)};
        const Result<bool> read = readLine(&line);
        if (!read)
            return read.error();
        if (!read.value()) {
            row->problem = tr("A quoted value that starts on line %1 is never closed.").arg(row->line);
            break;
        }
        field.append(QLatin1Char('\n'));
    }
    row->values.append(CsvText::unneutralised(field));
    return {};
}

} // namespace bk
