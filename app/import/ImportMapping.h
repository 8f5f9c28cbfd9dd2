// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/clients/Client.h"
#include "app/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

namespace bk {

/// The client field a column of an import file fills.
enum class ImportField {
    Ignore,
    FullName,
    GivenName,
    MiddleName,
    FamilyName,
    PreferredName,
    Email,
    Phone,
    Notes
};

namespace ImportFields {
QList<ImportField> all();
/// Stable key used in mapping files, e.g. "given_name".
QString key(ImportField field);
std::optional<ImportField> fromKey(const QString &key);
QString label(ImportField field);
} // namespace ImportFields

/// Which client field each column of an import file fills: guessed from the headers that Google Contacts,
/// Outlook, Apple and Android, Excel and LibreOffice write, changed by the practitioner, and kept as JSON
/// keyed by header name (a --mapping file, the window's remembered mapping).
class ImportMapping {
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)
public:
    ImportMapping() = default;
    explicit ImportMapping(QList<ImportField> columns)
        : m_columns(std::move(columns)) {}

    /// The mapping the headers suggest.
    static ImportMapping guess(const QStringList &headers);
    /// The mapping in `json` for a file with `headers`; headers it does not name are ignored. An error
    /// saying what is wrong when it is not a mapping.
    static Result<ImportMapping> fromJson(const QByteArray &json, const QStringList &headers);
    QByteArray toJson(const QStringList &headers) const;

    QList<ImportField> columns() const { return m_columns; }
    ImportField field(qsizetype column) const { return m_columns.value(column, ImportField::Ignore); }
    void setField(qsizetype column, ImportField field);
    /// Whether some column gives the client's name (a full name or a part of one).
    bool mapsName() const;

    /// The client a row's values describe (each field from the first column that has a value; the name
    /// from the full name, else from its parts), not yet validated.
    Client clientFrom(const QStringList &values) const;

private:
    QList<ImportField> m_columns;
};

} // namespace bk
