// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QFileDevice>
#include <QIODevice>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <optional>

namespace bk::cli {

class Invocation;

/// The shapes a command can print its results in.
enum class OutputFormat { Table, Csv, Json, Text };

namespace OutputFormats {
QString key(OutputFormat format);
/// The format named `key` when it is one of `allowed`.
std::optional<OutputFormat> fromKey(const QString &key, const QList<OutputFormat> &allowed);
/// "table|csv|json", for synopses and messages.
QString keys(const QList<OutputFormat> &allowed);
} // namespace OutputFormats

/// The columns of a list: keys name the values in CSV and JSON, headers title the table's columns.
struct ListLayout {
    QStringList keys;
    QStringList headers;
};

/// One listed record: its values by key (for CSV and JSON) and its table cells, in header order.
struct ListRow {
    QJsonObject record;
    QStringList cells;
};

/// Calls the sink for every row in list order, and reports a failure to read them.
using ListWalk = std::function<Status(const std::function<void(const ListRow &)> &sink)>;

/// A ListWalk over keyset pages of `chunk` rows: `page(nullptr)` reads the first page, `page(&row)` the one
/// after `row`; a short page ends the list. Memory stays bounded however long the list is.
template <typename Row>
ListWalk pagedWalk(std::function<Result<QList<Row>>(const Row *after)> page,
                   std::function<ListRow(const Row &)> listRow, int chunk) {
    return [page = std::move(page), listRow = std::move(listRow),
            chunk](const std::function<void(const ListRow &)> &sink) -> Status {
        Result<QList<Row>> current = page(nullptr);
        while (true) {
            if (!current)
                return current.error();
            const QList<Row> rows = std::move(current).value();
            for (const Row &row : rows)
                sink(listRow(row));
            if (rows.size() < chunk)
                return {};
            current = page(&rows.last());
        }
    };
}

/// Writes a list as it is read, so long lists need no more memory than short ones. A table walks the
/// rows twice: once to size its columns, once to print them.
Status writeList(QTextStream &out, OutputFormat format, const ListLayout &layout, const ListWalk &walk);

/// `text` with every line indented by `spaces` spaces.
QString indented(const QString &text, int spaces);

/// The program's standard output: writes through to `target` with control characters escaped ("\x1b",
/// "\u009b"), so that text read from the database (an old one may hold an ESC or a BEL in a name) cannot
/// drive the terminal. Only tab, line feed and the CR of a CRLF (CSV's line end) pass as they are; JSON
/// escapes control characters itself, so it is unchanged.
class TerminalSafeDevice : public QIODevice {
public:
    explicit TerminalSafeDevice(QFileDevice *target);
    ~TerminalSafeDevice() override;
    TerminalSafeDevice(const TerminalSafeDevice &) = delete;
    TerminalSafeDevice &operator=(const TerminalSafeDevice &) = delete;

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    QFileDevice *m_target;
    bool m_pendingCr = false; ///< a CR was written; whether it starts a CRLF is known with the next byte
    bool m_pendingC2 = false; ///< a 0xC2 lead byte was written; the next one may make it a C1 control
};

/// Labelled lines ("Email:  amy@example.com"), labels aligned; continuation lines of a value indented.
void writeDetails(QTextStream &out, const QList<QPair<QString, QString>> &details);

/// A text as JSON: null when empty.
QJsonValue textOrNull(const QString &text);
/// A time as JSON: UTC ISO 8601 ending in Z, null when invalid.
QJsonValue utcOrNull(const QDateTime &time);
/// A day as JSON: YYYY-MM-DD, null when invalid.
QJsonValue dateOrNull(const QDate &date);
/// A time as people read it: "yyyy-MM-dd HH:mm" on the practice's clock (Clock::toLocal()), empty when
/// invalid. Unlabelled, for the cells of a column whose header names the zone (Clock::headerWithZone()).
QString localText(const QDateTime &time);
/// localText() labelled with the practice's zone when the computer is elsewhere ("… (Auckland time)"), for
/// a time standing alone in a line or a sentence.
QString zonedText(const QDateTime &time);

/// Reads one line of standard input after a yes/no question: whether it says yes ("y" or "yes", in English or
/// in the language of the interface, any case). Anything else, or no input, is no.
bool confirmedOnInput();

} // namespace bk::cli
