// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/import/ImportReader.h"

namespace bk {

/// Reads CSV as spreadsheets and address books write it (RFC 4180 and its variants): a header row, the
/// delimiter detected from it (comma, semicolon, tab or bar; Excel's "sep=" line is honoured), quoted
/// values with delimiters, quotes and line breaks, CRLF, LF or CR line ends.
class CsvReader : public ImportReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    explicit CsvReader(std::unique_ptr<QIODevice> device);

    QStringList headers() const override { return m_headers; }
    Result<bool> next(ImportRow *row) override;
    QChar delimiter() const { return m_delimiter; }

private:
    /// Reads the header row.
    Status begin() override;
    /// Parses the record that starts with `line` (reading further lines while a quote is open) into `row`.
    Status parseRecord(const QString &line, ImportRow *row);

    QStringList m_headers;
    QChar m_delimiter = QLatin1Char(',');
};

} // namespace bk
