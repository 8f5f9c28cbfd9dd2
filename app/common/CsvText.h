// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QString>
#include <QStringList>

/// CSV that spreadsheets open safely: every CSV file Boundary Keeper writes goes through here.
namespace bk::CsvText {

/// The line end of every CSV record (RFC 4180).
inline constexpr QLatin1StringView LineEnd{"\r\n"};

/// One RFC 4180 field, neutralised against formula injection (OWASP's CSV-injection guidance): a text
/// beginning with =, +, -, @, a tab or a carriage return gets a leading apostrophe, so that a spreadsheet
/// shows it as text instead of running it; quoted when it holds a comma, a quote or a line break.
QString field(const QString &text);

/// One record: the fields, each through field(), joined by commas (without the line end).
QString record(const QStringList &fields);

/// A field's text as it was before field() neutralised it: the leading apostrophe before =, +, -, @, a tab or
/// a carriage return dropped, so that what Boundary Keeper exported reads back unchanged.
QString unneutralised(const QString &text);

} // namespace bk::CsvText
