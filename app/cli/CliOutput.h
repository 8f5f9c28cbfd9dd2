// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "common/Result.h"

#include <QJsonObject>
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

/// Writes a list as it is read, so long lists need no more memory than short ones. A table walks the
/// rows twice: once to size its columns, once to print them.
Status writeList(QTextStream &out, OutputFormat format, const ListLayout &layout, const ListWalk &walk);

/// The output format the command's --format asks for, or `fallback` without one; reports wrong usage
/// through `exitCode` (and returns nullopt) when it is not one of `allowed`.
std::optional<OutputFormat> chosenFormat(Invocation &invocation, OutputFormat fallback,
                                         const QList<OutputFormat> &allowed, int *exitCode);

/// One RFC 4180 field: quoted when it holds a comma, a quote or a line break.
QString csvField(const QString &text);

/// Labelled lines ("Email:  amy@example.com"), labels aligned; continuation lines of a value indented.
void writeDetails(QTextStream &out, const QList<QPair<QString, QString>> &details);

} // namespace bk::cli
