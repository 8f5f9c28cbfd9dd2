// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/import/ImportMapping.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace bk {

namespace {
// A header as compared: lower case, letters and digits only ("E-mail 1 - Value" → "email1value").
QString folded(const QString &header) {
    QString key;
    for (const QChar c : header.toLower()) {
        if (c.isLetterOrNumber())
            key.append(c);
    }
    return key;
}

bool containsAny(const QString &key, std::initializer_list<const char *> words) {
    return std::any_of(words.begin(), words.end(),
                       [&key](const char *word) { return key.contains(QLatin1String(word)); });
}

ImportField guessField(const QString &header) {
    const QString key = folded(header);
    if (key.isEmpty())
        return ImportField::Ignore;
    // Google's "E-mail 1 - Type", Outlook's "E-mail Display Name" describe a value; they are not one.
    if (containsAny(key, {"type", "label", "display", "fax", "pager"}))
        return ImportField::Ignore;
    static const QHash<QString, ImportField> exact = {
        {QStringLiteral("name"), ImportField::FullName},
        {QStringLiteral("fullname"), ImportField::FullName},
        {QStringLiteral("fn"), ImportField::FullName},
        {QStringLiteral("contact"), ImportField::FullName},
        {QStringLiteral("contactname"), ImportField::FullName},
        {QStringLiteral("client"), ImportField::FullName},
        {QStringLiteral("clientname"), ImportField::FullName},
        {QStringLiteral("vollständigername"), ImportField::FullName},
        {QStringLiteral("nomcomplet"), ImportField::FullName},
        {QStringLiteral("nombrecompleto"), ImportField::FullName},
        {QStringLiteral("givenname"), ImportField::GivenName},
        {QStringLiteral("firstname"), ImportField::GivenName},
        {QStringLiteral("forename"), ImportField::GivenName},
        {QStringLiteral("vorname"), ImportField::GivenName},
        {QStringLiteral("prénom"), ImportField::GivenName},
        {QStringLiteral("nombre"), ImportField::GivenName},
        {QStringLiteral("additionalname"), ImportField::MiddleName},
        {QStringLiteral("middlename"), ImportField::MiddleName},
        {QStringLiteral("weiterevornamen"), ImportField::MiddleName},
        {QStringLiteral("familyname"), ImportField::FamilyName},
        {QStringLiteral("lastname"), ImportField::FamilyName},
        {QStringLiteral("surname"), ImportField::FamilyName},
        {QStringLiteral("nachname"), ImportField::FamilyName},
        {QStringLiteral("nom"), ImportField::FamilyName},
        {QStringLiteral("apellido"), ImportField::FamilyName},
        {QStringLiteral("apellidos"), ImportField::FamilyName},
        {QStringLiteral("nickname"), ImportField::PreferredName},
        {QStringLiteral("preferredname"), ImportField::PreferredName},
        {QStringLiteral("spitzname"), ImportField::PreferredName},
        {QStringLiteral("rufname"), ImportField::PreferredName},
        {QStringLiteral("surnom"), ImportField::PreferredName},
        {QStringLiteral("apodo"), ImportField::PreferredName},
        {QStringLiteral("notes"), ImportField::Notes},
        {QStringLiteral("note"), ImportField::Notes},
        {QStringLiteral("notizen"), ImportField::Notes},
        {QStringLiteral("notiz"), ImportField::Notes},
        {QStringLiteral("bemerkungen"), ImportField::Notes},
        {QStringLiteral("remarques"), ImportField::Notes},
        {QStringLiteral("notas"), ImportField::Notes},
        {QStringLiteral("comments"), ImportField::Notes},
    };
    if (const auto found = exact.constFind(key); found != exact.cend())
        return found.value();
    if (containsAny(key, {"email", "mail", "courriel", "correo"}))
        return ImportField::Email;
    if (containsAny(key,
                    {"phone", "telefon", "téléphone", "teléfono", "telefono", "mobil", "handy", "cell"}) ||
        key == QLatin1String("tel"))
        return ImportField::Phone;
    return ImportField::Ignore;
}

QString joinedName(const QStringList &parts) {
    QStringList present;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            present.append(part.trimmed());
    }
    return present.join(QLatin1Char(' '));
}
} // namespace

QList<ImportField> ImportFields::all() {
    return {ImportField::Ignore,     ImportField::FullName,   ImportField::GivenName,
            ImportField::MiddleName, ImportField::FamilyName, ImportField::PreferredName,
            ImportField::Email,      ImportField::Phone,      ImportField::Notes};
}

QString ImportFields::key(ImportField field) {
    switch (field) {
    case ImportField::Ignore:
        return QStringLiteral("ignore");
    case ImportField::FullName:
        return QStringLiteral("full_name");
    case ImportField::GivenName:
        return QStringLiteral("given_name");
    case ImportField::MiddleName:
        return QStringLiteral("middle_name");
    case ImportField::FamilyName:
        return QStringLiteral("family_name");
    case ImportField::PreferredName:
        return QStringLiteral("preferred_name");
    case ImportField::Email:
        return QStringLiteral("email");
    case ImportField::Phone:
        return QStringLiteral("phone");
    case ImportField::Notes:
        return QStringLiteral("notes");
    }
    return QStringLiteral("ignore");
}

std::optional<ImportField> ImportFields::fromKey(const QString &key) {
    for (const ImportField field : all()) {
        if (ImportFields::key(field) == key)
            return field;
    }
    return std::nullopt;
}

QString ImportFields::label(ImportField field) {
    switch (field) {
    case ImportField::Ignore:
        return ImportMapping::tr("(not imported)");
    case ImportField::FullName:
        return ImportMapping::tr("Full name");
    case ImportField::GivenName:
        return ImportMapping::tr("Given name");
    case ImportField::MiddleName:
        return ImportMapping::tr("Middle name");
    case ImportField::FamilyName:
        return ImportMapping::tr("Family name");
    case ImportField::PreferredName:
        return ImportMapping::tr("Preferred name");
    case ImportField::Email:
        return ImportMapping::tr("Email");
    case ImportField::Phone:
        return ImportMapping::tr("Phone");
    case ImportField::Notes:
        return ImportMapping::tr("Notes");
    }
    return {};
}

ImportMapping ImportMapping::guess(const QStringList &headers) {
    QList<ImportField> columns;
    for (const QString &header : headers)
        columns.append(guessField(header));
    return ImportMapping(columns);
}

Result<ImportMapping> ImportMapping::fromJson(const QByteArray &json, const QStringList &headers) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject columns = document.object().value(QStringLiteral("columns")).toObject();
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        !document.object().value(QStringLiteral("columns")).isObject())
        return Error{Error::Kind::Invalid,
                     tr("This is not a column mapping: it should be JSON like {\"columns\": {\"E-mail "
                        "Address\": \"email\"}}.")};
    QList<ImportField> fields;
    for (const QString &header : headers) {
        const QString key = columns.value(header).toString(ImportFields::key(ImportField::Ignore));
        const std::optional<ImportField> field = ImportFields::fromKey(key);
        if (!field) {
            QStringList keys;
            for (const ImportField known : ImportFields::all())
                keys.append(ImportFields::key(known));
            return Error{Error::Kind::Invalid,
                         tr("The column “%1” is mapped to “%2”, which is not a field; use "
                            "one of: %3.")
                             .arg(header, key, keys.join(QStringLiteral(", ")))};
        }
        fields.append(*field);
    }
    return ImportMapping(fields);
}

QByteArray ImportMapping::toJson(const QStringList &headers) const {
    QJsonObject columns;
    for (qsizetype i = 0; i < headers.size(); ++i)
        columns.insert(headers.at(i), ImportFields::key(field(i)));
    return QJsonDocument(QJsonObject{{QStringLiteral("columns"), columns}}).toJson();
}

void ImportMapping::setField(qsizetype column, ImportField field) {
    while (m_columns.size() <= column)
        m_columns.append(ImportField::Ignore);
    m_columns[column] = field;
}

bool ImportMapping::mapsName() const {
    return std::any_of(m_columns.cbegin(), m_columns.cend(), [](ImportField field) {
        return field == ImportField::FullName || field == ImportField::GivenName ||
               field == ImportField::FamilyName;
    });
}

Client ImportMapping::clientFrom(const QStringList &values) const {
    QHash<ImportField, QString> first;
    for (qsizetype i = 0; i < values.size() && i < m_columns.size(); ++i) {
        const QString value = values.at(i).trimmed();
        if (m_columns.at(i) != ImportField::Ignore && !value.isEmpty() && !first.contains(m_columns.at(i)))
            first.insert(m_columns.at(i), value);
    }
    Client client;
    client.fullName = first.value(ImportField::FullName);
    if (client.fullName.isEmpty())
        client.fullName =
            joinedName({first.value(ImportField::GivenName), first.value(ImportField::MiddleName),
                        first.value(ImportField::FamilyName)});
    client.preferredName = first.value(ImportField::PreferredName);
    client.email = first.value(ImportField::Email);
    client.phone = first.value(ImportField::Phone);
    client.notes = first.value(ImportField::Notes);
    return client;
}

} // namespace bk
