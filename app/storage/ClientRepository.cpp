// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/ClientRepository.h"

#include "app/clients/ClientSearchIndex.h"
#include "app/common/Clock.h"
#include "app/common/TextKeys.h"
#include "app/storage/AuditChain.h"
#include "app/storage/AuditRepository.h"
#include "app/storage/BulkLoad.h"
#include "app/storage/Database.h"
#include "app/storage/DatabaseConnection.h"
#include "app/storage/KeysetQuery.h"
#include "app/storage/SqlValues.h"
#include "app/storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>
#include <array>
#include <libpq-fe.h>
#include <limits>
#include <memory>
#include <sqlite3.h>

namespace bk {

namespace {

// lupdate files these messages under "ClientRepository", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(ClientRepository)
};

const QString Columns =
    QStringLiteral("id, full_name, preferred_name, email, phone, preferred_channel, status, "
                   "start_date, notes, created_at, updated_at, archived, row_version, document_language");
// How many columns Columns reads: a listed row's further columns come after them.
constexpr int ColumnCount = 14;

// The client's highest acknowledged policy version: one seek in the (client_id, version) unique index.
const QString AcknowledgedVersion =
    QStringLiteral("(SELECT max(a.version) FROM policy_acknowledgements a WHERE a.client_id = clients.id)");
const QString LatestVersion = QStringLiteral("(SELECT max(v.version) FROM policy_versions v)");
// Closed and archived clients are not asked to acknowledge a new version: the work with them has ended.
const QString StillWorkingWith =
    QStringLiteral("archived = FALSE AND status <> ") + QString::number(int(ClientStatus::Closed));
// Whether the client has an open agreement draft: one seek in the partial index agreements_one_draft.
const QString HasDraft =
    QStringLiteral("EXISTS (SELECT 1 FROM agreements g WHERE g.client_id = clients.id AND g.status = 'draft' "
                   "AND g.discarded_at IS NULL)");

// What each sort key orders by, and the partial index of the current clients that walks it; each index ends
// in id (001_clients.sql).
struct SortColumn {
    QString expression;
    QString currentIndex;
};

SortColumn sortColumn(ClientSortKey key) {
    switch (key) {
    case ClientSortKey::Name:
        break;
    case ClientSortKey::Email:
        return {QStringLiteral("lower(email)"), QStringLiteral("clients_current_by_email")};
    case ClientSortKey::Phone:
        return {QStringLiteral("phone"), QStringLiteral("clients_current_by_phone")};
    case ClientSortKey::Channel:
        return {QStringLiteral("preferred_channel"), QStringLiteral("clients_current_by_channel")};
    case ClientSortKey::Status:
        return {QStringLiteral("status"), QStringLiteral("clients_current_by_status")};
    case ClientSortKey::StartDate:
        return {QStringLiteral("start_date"), QStringLiteral("clients_current_by_start")};
    case ClientSortKey::UpdatedAt:
        return {QStringLiteral("updated_at"), QStringLiteral("clients_current_by_updated")};
    }
    return {QStringLiteral("name_key"), QStringLiteral("clients_current_by_name")};
}

QString sortExpression(ClientSortKey key) {
    return sortColumn(key).expression;
}

QString nameKey(const Client &client) {
    return TextKeys::fold(client.fullName.trimmed());
}

QString digitsOf(const QString &text) {
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

// Everything type-ahead search looks at, case-folded, one field per line.
QString searchKey(const Client &client) {
    const QStringList fields = {client.fullName.trimmed(), client.preferredName.trimmed(),
                                client.email.trimmed(), client.phone.trimmed(), digitsOf(client.phone)};
    return TextKeys::fold(fields.join(QLatin1Char('\n')));
}

QString likePattern(const QString &word) {
    QString escaped = TextKeys::fold(word);
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

Client clientFrom(const QSqlQuery &query) {
    Client client;
    client.id = query.value(0).toLongLong();
    client.fullName = query.value(1).toString();
    client.preferredName = query.value(2).toString();
    client.email = query.value(3).toString();
    client.phone = query.value(4).toString();
    client.preferredChannel = ContactChannels::fromKey(query.value(5).toString());
    client.status = ClientStatus(std::clamp(query.value(6).toInt(), 0, int(ClientStatus::Closed)));
    client.startDate = SqlValues::toDate(query.value(7));
    client.notes = query.value(8).toString();
    client.createdAt = SqlValues::toUtc(query.value(9));
    client.updatedAt = SqlValues::toUtc(query.value(10));
    client.archived = query.value(11).toInt() != 0;
    client.rowVersion = query.value(12).toInt();
    client.documentLanguage = query.value(13).toString();
    return client;
}

// What a listed row reads before its sort value.
const QString ListColumns = Columns + QStringLiteral(", ") + AcknowledgedVersion + QStringLiteral(", ") +
                            LatestVersion + QStringLiteral(", ") + HasDraft;

// A listed row, whose columns are ListColumns.
ClientListRow listRowFrom(const QSqlQuery &query, const QVariantList &sortValues) {
    const qint64 acknowledged = query.value(ColumnCount).toLongLong();
    const Client client = clientFrom(query);
    const bool stillWorkingWith = !client.archived && client.status != ClientStatus::Closed;
    return {client, sortValues.value(0), int(acknowledged),
            stillWorkingWith && acknowledged > 0 && acknowledged < query.value(ColumnCount + 1).toLongLong(),
            query.value(ColumnCount + 2).toLongLong() != 0};
}

// Binds the fields every write stores.
// The placeholders of a client's own fields in the statements that write them, in the order fieldValues()
// gives their values.
const QString FieldPlaceholders[] = {QStringLiteral(":full_name"),  QStringLiteral(":preferred_name"),
                                     QStringLiteral(":email"),      QStringLiteral(":phone"),
                                     QStringLiteral(":channel"),    QStringLiteral(":status"),
                                     QStringLiteral(":start_date"), QStringLiteral(":notes"),
                                     QStringLiteral(":archived"),   QStringLiteral(":document_language"),
                                     QStringLiteral(":name_key"),   QStringLiteral(":search_key")};
constexpr int FieldCount = int(std::size(FieldPlaceholders));

std::array<QVariant, FieldCount> fieldValues(const Client &client) {
    return {
        SqlValues::text(client.fullName.trimmed()), SqlValues::text(client.preferredName.trimmed()),
        SqlValues::text(client.email.trimmed()), SqlValues::text(client.phone.trimmed()),
        SqlValues::text(client.preferredChannel ? ContactChannels::key(*client.preferredChannel) : QString()),
        int(client.status), SqlValues::fromDate(client.startDate), SqlValues::text(client.notes),
        client.archived,
        // NULL keeps the stored language (ClientService fills it in for a new client).
        client.documentLanguage.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                          : QVariant(client.documentLanguage),
        nameKey(client), searchKey(client)};
}

void bindFields(QSqlQuery &query, const Client &client) {
    const std::array<QVariant, FieldCount> values = fieldValues(client);
    for (int i = 0; i < FieldCount; ++i)
        query.bindValue(FieldPlaceholders[i], values[i]);
}

// An INSERT of `rows` new clients, each row's values bound by position: its fields (fieldValues()), when it
// was added and by whom (responsible for it until it is handed over).
QString insertSql(int rows) {
    QStringList placeholders(FieldCount + 5, QStringLiteral("?"));
    placeholders[9] = QStringLiteral("coalesce(?, 'en')"); // document_language
    const QString row = QLatin1Char('(') + placeholders.join(QStringLiteral(", ")) + QLatin1Char(')');
    return QStringLiteral("INSERT INTO clients (full_name, preferred_name, email, phone, preferred_channel, "
                          "status, start_date, notes, archived, document_language, name_key, search_key, "
                          "created_at, updated_at, responsible_practitioner_id, created_by, changed_by) "
                          "VALUES ") +
           QStringList(rows, row).join(QStringLiteral(", "));
}

// Binds the values of `client` as the `row`th row of an insertSql() statement, added at `now` by `me`.
void bindRow(QSqlQuery &query, int row, const Client &client, const QVariant &now, const QVariant &me) {
    int position = row * (FieldCount + 5);
    for (const QVariant &value : fieldValues(client))
        query.bindValue(position++, value);
    for (const QVariant &value : {now, now, me, me, me})
        query.bindValue(position++, value);
}

// A value as SQLite stores it in a column of clients: text in the text columns, integers in the others (each
// value is bound to a column of its own affinity, so none is converted).
struct StoredValue {
    RowDigest::Type type = RowDigest::Type::Null;
    qint64 integer = 0;
    QByteArray text;

    void bind(SqliteStatement &statement, int position) const {
        if (type == RowDigest::Type::Text)
            statement.bindText(position, text);
        else if (type == RowDigest::Type::Integer)
            statement.bindInteger(position, integer);
        else
            statement.bindNull(position);
    }
};

// What QSQLITE would bind for `value`: NULL for a null value or a null string.
StoredValue storedValue(const QVariant &value) {
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QString) {
        const QString text = value.toString();
        if (text.isNull())
            return {};
        return {RowDigest::Type::Text, 0, text.toUtf8()};
    }
    return {RowDigest::Type::Integer, value.toLongLong(), {}};
}

// The values insertSql() binds for a row: its fields, created_at and updated_at, then
// responsible_practitioner_id, created_by and changed_by.
constexpr int InsertedColumns = FieldCount + 5;

// The columns of clients in the table's order (what bk_row_digest reads with SELECT *), each with where an
// inserted row's value comes from: a position of insertSql()'s values, or what the table gives a column the
// statement leaves out.
constexpr int TheId = -1;
constexpr int FirstVersion = -2; // row_version's default
constexpr int NoValue = -3;      // a column without default
struct StoredColumn {
    const char *name;
    int value;
};
constexpr StoredColumn StoredColumns[] = {{"id", TheId},
                                          {"full_name", 0},
                                          {"preferred_name", 1},
                                          {"email", 2},
                                          {"phone", 3},
                                          {"preferred_channel", 4},
                                          {"status", 5},
                                          {"start_date", 6},
                                          {"notes", 7},
                                          {"created_at", 12},
                                          {"updated_at", 13},
                                          {"archived", 8},
                                          {"name_key", 10},
                                          {"search_key", 11},
                                          {"row_version", FirstVersion},
                                          {"responsible_practitioner_id", 14},
                                          {"created_by", 15},
                                          {"changed_by", 16},
                                          {"document_language", 9},
                                          {"erased_at", NoValue},
                                          {"erased_signed_documents", NoValue}};
// document_language is bound through coalesce(?, 'en').
constexpr int DocumentLanguageValue = 9;

// Whether clients has exactly the columns StoredColumns lists, in that order: a column added by a later
// migration must be added there too, or the digests would not be those of the stored rows.
Status checkStoredColumns(const Database &database) {
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT * FROM clients LIMIT 0")))
        return database.errorFrom(query.lastError(), Tr::tr("the new clients"));
    QStringList stored;
    for (int i = 0; i < query.record().count(); ++i)
        stored.append(query.record().fieldName(i));
    QStringList known;
    for (const StoredColumn &column : StoredColumns)
        known.append(QString::fromLatin1(column.name));
    if (stored != known)
        return Error{
            Error::Kind::Storage,
            Tr::tr("The clients table has the columns %1, but an import knows %2; nothing was added.")
                .arg(stored.join(QStringLiteral(", ")), known.join(QStringLiteral(", ")))};
    return {};
}

// The digest bk_row_digest computes of the row inserted with `values` as client `id`.
QByteArray rowDigest(qint64 id, const std::array<StoredValue, InsertedColumns> &values) {
    RowDigest digest;
    for (const StoredColumn &column : StoredColumns) {
        const QByteArrayView name(column.name);
        if (column.value == TheId || column.value == FirstVersion) {
            digest.addInteger(name, column.value == TheId ? id : 1);
            continue;
        }
        if (column.value == NoValue) {
            digest.add(name, RowDigest::Type::Null);
            continue;
        }
        const StoredValue &value = values[column.value];
        if (column.value == DocumentLanguageValue && value.type == RowDigest::Type::Null)
            digest.add(name, RowDigest::Type::Text, "en");
        else if (value.type == RowDigest::Type::Integer)
            digest.addInteger(name, value.integer);
        else
            digest.add(name, value.type, value.text);
    }
    return digest.result();
}

// Binds ":me", the practitioner signed in (NULL for a server role that is not one).
void bindPractitioner(QSqlQuery &query, const Database &database) {
    query.bindValue(QStringLiteral(":me"), SqlValues::idOrNull(database.practitionerId()));
}

Error notFound(qint64 id) {
    return Error{Error::Kind::NotFound, Tr::tr("There is no client with id %1.").arg(id)};
}

} // namespace

ClientRepository::Inserter::Inserter(const ClientRepository &repository, BulkLoad *bulk)
    : m_db(repository.m_db)
    , m_bulk(bulk && bulk->recordsInserts() ? bulk : nullptr)
    , m_now(SqlValues::fromUtc(Clock::nowUtc()))
    , m_me(SqlValues::idOrNull(m_db.practitionerId())) {
    if (m_db.isServer())
        m_batch = m_db.prepare(insertSql(BatchRows));
    else
        m_sqliteBatch = std::make_unique<SqliteStatement>(m_db.connection(), insertSql(BatchRows).toUtf8());
    if (m_bulk)
        m_nextId = m_bulk->lastRowBefore() + 1;
}

ClientRepository::Inserter::~Inserter() = default;

Status ClientRepository::Inserter::add(const Client &client) {
    m_held.append(client);
    if (m_held.size() < BatchRows)
        return {};
    return m_sqliteBatch ? insertHeld(*m_sqliteBatch) : insertHeld(m_batch);
}

Status ClientRepository::Inserter::finish() {
    if (m_held.isEmpty())
        return {};
    if (m_sqliteBatch) {
        SqliteStatement rest(m_db.connection(), insertSql(int(m_held.size())).toUtf8());
        return insertHeld(rest);
    }
    QSqlQuery rest = m_db.prepare(insertSql(int(m_held.size())));
    return insertHeld(rest);
}

Status ClientRepository::Inserter::insertHeld(QSqlQuery &query) {
    for (int row = 0; row < m_held.size(); ++row)
        bindRow(query, row, m_held.at(row), m_now, m_me);
    const bool inserted = query.exec();
    m_held.clear();
    if (!inserted)
        return m_db.errorFrom(query.lastError(), Tr::tr("the new clients"));
    return {};
}

Status ClientRepository::Inserter::insertHeld(SqliteStatement &statement) {
    if (!statement.isValid())
        return m_db.errorFrom(statement.error(), Tr::tr("the new clients"));
    if (m_bulk && !m_columnsChecked) {
        if (Status known = checkStoredColumns(m_db); !known)
            return known;
        m_columnsChecked = true;
    }
    const StoredValue now = storedValue(m_now);
    const StoredValue me = storedValue(m_me);
    QList<QByteArray> digests;
    int position = 1;
    for (const Client &client : std::as_const(m_held)) {
        std::array<StoredValue, InsertedColumns> values;
        const std::array<QVariant, FieldCount> fields = fieldValues(client);
        std::transform(fields.cbegin(), fields.cend(), values.begin(), &storedValue);
        std::fill(values.begin() + FieldCount, values.begin() + FieldCount + 2, now);
        std::fill(values.begin() + FieldCount + 2, values.end(), me);
        for (const StoredValue &value : values)
            value.bind(statement, position++);
        if (m_bulk)
            digests.append(rowDigest(m_nextId++, values));
    }
    const bool inserted = statement.run();
    const qsizetype rows = m_held.size();
    m_held.clear();
    if (!inserted)
        return m_db.errorFrom(statement.error(), Tr::tr("the new clients"));
    if (!m_bulk)
        return {};
    // The digests name the ids SQLite was expected to give.
    if (statement.lastInsertRowid() != m_nextId - 1)
        return Error{Error::Kind::Storage, Tr::tr("The new clients did not get the ids expected; nothing was "
                                                  "added.")};
    for (qsizetype row = 0; row < rows; ++row) {
        if (Status recorded = m_bulk->recordInserted(QString::number(m_nextId - rows + row), digests.at(row));
            !recorded)
            return recorded;
    }
    return {};
}

Result<qint64> ClientRepository::insert(const Client &client) const {
    QSqlQuery query = m_db.prepare(insertSql(1) + QStringLiteral(" RETURNING id"));
    bindRow(query, 0, client, SqlValues::fromUtc(Clock::nowUtc()),
            SqlValues::idOrNull(m_db.practitionerId()));
    return m_db.execReturningId(query, Tr::tr("the new client"));
}

Result<int> ClientRepository::update(const Client &client) const {
    // Conditional on the version the client was read at, so that a save never overwrites one made since.
    QSqlQuery query = m_db.prepare(
        QStringLiteral("UPDATE clients SET full_name = :full_name, preferred_name = :preferred_name, "
                       "email = :email, phone = :phone, preferred_channel = :channel, status = :status, "
                       "start_date = :start_date, notes = :notes, archived = :archived, updated_at = :now, "
                       "document_language = coalesce(:document_language, document_language), "
                       "name_key = :name_key, search_key = :search_key, changed_by = :me, "
                       "row_version = row_version + 1 "
                       "WHERE id = :id AND row_version = :row_version RETURNING row_version"));
    bindFields(query, client);
    bindPractitioner(query, m_db);
    query.bindValue(QStringLiteral(":now"), SqlValues::fromUtc(Clock::nowUtc()));
    query.bindValue(QStringLiteral(":id"), client.id);
    query.bindValue(QStringLiteral(":row_version"), client.rowVersion);
    const Result<qint64> version = m_db.execReturningId(query, Tr::tr("the changes to the client"));
    if (!version)
        return version.error();
    if (version.value() != 0)
        return int(version.value());
    // No row at that version: the client was deleted, or saved elsewhere since it was read.
    const Result<Client> stored = get(client.id);
    if (!stored)
        return stored.error();
    return Error{Error::Kind::Stale, Tr::tr("Client %1, %2, was changed elsewhere after it was read.")
                                         .arg(client.id)
                                         .arg(stored.value().fullName)};
}

Status ClientRepository::setArchived(qint64 id, bool archived) const {
    QSqlQuery query = m_db.prepare(
        QStringLiteral("UPDATE clients SET archived = :archived, updated_at = :now, changed_by = :me, "
                       "row_version = row_version + 1 WHERE id = :id"));
    query.bindValue(QStringLiteral(":archived"), archived);
    bindPractitioner(query, m_db);
    query.bindValue(QStringLiteral(":now"), SqlValues::fromUtc(Clock::nowUtc()));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(),
                              archived ? Tr::tr("archiving the client") : Tr::tr("restoring the client"));
    if (query.numRowsAffected() != 1)
        return notFound(id);
    return {};
}

Status ClientRepository::remove(qint64 id) const {
    QSqlQuery query = m_db.prepare(QStringLiteral("DELETE FROM clients WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("deleting the client"));
    if (query.numRowsAffected() != 1)
        return notFound(id);
    return {};
}

Status ClientRepository::erase(qint64 id, SignedDocuments signedDocuments) const {
    const QString erasing = Tr::tr("erasing the client's data");
    // The client first: the triggers let the records' free text be overwritten once the client is erased.
    QSqlQuery client = m_db.prepare(QStringLiteral(
        "UPDATE clients SET full_name = :erased, preferred_name = '', email = '', phone = '', notes = '', "
        "name_key = :name_key, search_key = :search_key, erased_at = :now, erased_signed_documents = "
        ":documents, "
        "updated_at = :now, changed_by = :me, row_version = row_version + 1 "
        "WHERE id = :id AND erased_at IS NULL"));
    Client erased;
    erased.fullName = Client::ErasedText;
    client.bindValue(QStringLiteral(":erased"), Client::ErasedText);
    client.bindValue(QStringLiteral(":name_key"), nameKey(erased));
    client.bindValue(QStringLiteral(":search_key"), searchKey(erased));
    client.bindValue(QStringLiteral(":now"), SqlValues::fromUtc(Clock::nowUtc()));
    client.bindValue(QStringLiteral(":documents"), signedDocuments == SignedDocuments::Remove
                                                       ? QStringLiteral("removed")
                                                       : QStringLiteral("kept"));
    bindPractitioner(client, m_db);
    client.bindValue(QStringLiteral(":id"), id);
    if (!client.exec())
        return m_db.errorFrom(client.lastError(), erasing);
    if (client.numRowsAffected() != 1) {
        const Result<Client> stored = get(id);
        if (!stored)
            return stored.error();
        return Error{Error::Kind::Invalid, Tr::tr("Client %1's data was erased already.").arg(id)};
    }
    const QString ofClient = QStringLiteral("(SELECT i.id FROM incidents i WHERE i.client_id = :id)");
    QStringList statements = {
        QStringLiteral("UPDATE incidents SET description = :erased, outcome = CASE WHEN outcome = '' THEN '' "
                       "ELSE :erased END WHERE client_id = :id"),
        QStringLiteral("UPDATE incident_steps SET note = '', details = '{}' WHERE incident_id IN ") +
            ofClient,
        QStringLiteral("UPDATE incident_follow_ups SET goal = :erased WHERE incident_id IN ") + ofClient,
        QStringLiteral("UPDATE incident_follow_up_outcomes SET note = '' WHERE follow_up_id IN (SELECT f.id "
                       "FROM incident_follow_ups f WHERE f.incident_id IN ") +
            ofClient + QLatin1Char(')'),
        QStringLiteral("UPDATE reflection_entries SET note = NULL WHERE client_id = :id"),
        QStringLiteral("DELETE FROM agreements WHERE client_id = :id AND status = 'draft'"),
        QStringLiteral("DELETE FROM contracts WHERE client_id = :id AND status = 'draft'"),
    };
    if (signedDocuments == SignedDocuments::Remove) {
        // Children first: each one's trigger checks its signed parent, which must still be there to be read.
        const QString agreements = QStringLiteral("(SELECT a.id FROM agreements a WHERE a.client_id = :id)");
        const QString contracts = QStringLiteral("(SELECT k.id FROM contracts k WHERE k.client_id = :id)");
        statements += {
            QStringLiteral("DELETE FROM agreement_discussions WHERE agreement_id IN ") + agreements,
            QStringLiteral("DELETE FROM agreement_signatures WHERE agreement_id IN ") + agreements,
            QStringLiteral("DELETE FROM agreement_events WHERE agreement_id IN ") + agreements,
            QStringLiteral("DELETE FROM agreements WHERE client_id = :id"),
            QStringLiteral("DELETE FROM contract_signatures WHERE contract_id IN ") + contracts,
            QStringLiteral("DELETE FROM contract_events WHERE contract_id IN ") + contracts,
            QStringLiteral("DELETE FROM contracts WHERE client_id = :id"),
        };
    }
    for (const QString &sql : std::as_const(statements)) {
        QSqlQuery query = m_db.prepare(sql);
        if (sql.contains(QStringLiteral(":erased")))
            query.bindValue(QStringLiteral(":erased"), Client::ErasedText);
        query.bindValue(QStringLiteral(":id"), id);
        if (!query.exec())
            return m_db.errorFrom(query.lastError(), erasing);
    }
    return {};
}

Result<ErasureScope> ClientRepository::erasureScope(qint64 id) const {
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT (SELECT count(*) FROM incidents WHERE client_id = :id), "
                       "(SELECT count(*) FROM agreements WHERE client_id = :id AND status = 'signed'), "
                       "(SELECT count(*) FROM contracts WHERE client_id = :id AND status = 'signed') "
                       "FROM clients WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the client's records"));
    if (!query.next())
        return notFound(id);
    return ErasureScope{query.value(0).toLongLong(), query.value(1).toLongLong(),
                        query.value(2).toLongLong()};
}

JoinedRead ClientRepository::foundRead() {
    return {QString(), QStringLiteral("(SELECT id FROM clients WHERE id = :client) AS found_client"), 1};
}

bool ClientRepository::foundFrom(const QSqlQuery &query, int first) {
    return !query.isNull(first);
}

Result<Client> ClientRepository::get(qint64 id) const {
    const KeptQuery kept = m_db.prepareKept(QStringLiteral("SELECT ") + Columns +
                                            QStringLiteral(" FROM clients WHERE id = :id"));
    QSqlQuery &query = *kept;
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the client"));
    if (!query.next())
        return notFound(id);
    return clientFrom(query);
}

namespace {

// The conditions of a filter: fixed fragments only; every value is bound by bindFilter().
QStringList conditions(const ClientFilter &filter) {
    QStringList conditions;
    if (!filter.includeArchived)
        conditions.append(QStringLiteral("archived = FALSE"));
    if (filter.status)
        conditions.append(QStringLiteral("status = :status"));
    const qsizetype words = filter.searchWords().size();
    for (qsizetype i = 0; i < words; ++i)
        conditions.append(QStringLiteral("search_key LIKE :word%1 ESCAPE '\\'").arg(i));
    if (filter.reacknowledgementDueOnly) {
        conditions.append(StillWorkingWith);
        conditions.append(AcknowledgedVersion + QStringLiteral(" < ") + LatestVersion);
    }
    return conditions;
}

void bindFilter(QSqlQuery &query, const ClientFilter &filter) {
    if (filter.status)
        query.bindValue(QStringLiteral(":status"), int(*filter.status));
    const QStringList words = filter.searchWords();
    for (qsizetype i = 0; i < words.size(); ++i)
        query.bindValue(QStringLiteral(":word%1").arg(i), likePattern(words.at(i)));
}

} // namespace

KeysetQuery ClientRepository::keyset(const ClientFilter &filter, const ClientSort &sort,
                                     qint64 skipped) const {
    // Current clients are counted in their partial index (status, id): left to itself SQLite reads the whole
    // table for "archived = FALSE" (14 ms instead of 3.5 ms at 100,000 clients, paid at every start).
    const bool currentOnly = !filter.includeArchived && filter.searchWords().isEmpty();
    const QString table = QStringLiteral("clients");
    const QStringList filtered = conditions(filter);
    // The current clients' list walks its sort key's partial index. SQLite's sampled statistics can rate the
    // index of every client as the smaller one (clients_by_name against clients_current_by_name on the
    // benchmark's practice), and walking that one looks up each row's archived flag: a jump to the middle of
    // 100,000 clients then took 140-210 ms instead of 6-18 ms.
    const QString walked = currentOnly && !filter.status && !filter.reacknowledgementDueOnly
                               ? m_db.dialect().tableThroughIndex(table, sortColumn(sort.key).currentIndex)
                               : table;
    return KeysetQuery(m_db,
                       {.idColumn = QStringLiteral("id"),
                        .sortExpressions = {sortExpression(sort.key)},
                        .order = sort.order,
                        .nullableSort = sort.key == ClientSortKey::StartDate,
                        .countFrom = currentOnly ? m_db.dialect().tableThroughIndex(
                                                       table, QStringLiteral("clients_current_by_status"))
                                                 : table,
                        .positionFrom = table,
                        .pageFrom = walked,
                        .conditions = filtered,
                        .pageConditions = filtered,
                        .columns = ListColumns,
                        // A page that skips rows finds its ids first and only then reads their columns: the
                        // OFFSET then steps over index entries without reading the agreement columns of every
                        // row it skips (1.7-2 ms instead of 6-18 ms to the middle of 100,000 clients on
                        // SQLite). A page that skips nothing reads its rows at once, one statement less.
                        .rowsFrom = skipped > 0 ? table : QString(),
                        .bind = [filter](QSqlQuery &query) {
                            bindFilter(query, filter);
                        }});
}

Result<qint64> ClientRepository::count(const ClientFilter &filter) const {
    if (const Status searchable = filter.checkSearch(); !searchable)
        return searchable.error();
    return keyset(filter, ClientSort{}).count(Tr::tr("counting clients"));
}

Result<qint64> ClientRepository::positionOf(const ClientFilter &filter, const ClientSort &sort,
                                            qint64 id) const {
    if (const Status searchable = filter.checkSearch(); !searchable)
        return searchable.error();
    return keyset(filter, sort).positionOf(id, Tr::tr("finding the client"));
}

QSqlQuery ClientRepository::pageQuery(const ClientFilter &filter, const ClientSort &sort, qint64 offset,
                                      int limit) const {
    return keyset(filter, sort, offset).pageQuery(nullptr, false, offset, limit);
}

Result<QList<ClientListRow>> ClientRepository::pageAt(const ClientFilter &filter, const ClientSort &sort,
                                                      qint64 offset, int limit) const {
    if (const Status searchable = filter.checkSearch(); !searchable)
        return searchable.error();
    return keyset(filter, sort, offset).pageAt(offset, limit, listRowFrom, Tr::tr("listing clients"));
}

Result<QList<ClientListRow>> ClientRepository::pageFromEnd(const ClientFilter &filter, const ClientSort &sort,
                                                           qint64 offsetFromEnd, int limit) const {
    if (const Status searchable = filter.checkSearch(); !searchable)
        return searchable.error();
    return keyset(filter, sort, offsetFromEnd)
        .pageFromEnd(offsetFromEnd, limit, listRowFrom, Tr::tr("listing clients"));
}

Result<QList<ClientListRow>> ClientRepository::pageNextTo(const ClientFilter &filter, const ClientSort &sort,
                                                          const ClientListRow &row, bool before, int limit,
                                                          qint64 skip) const {
    if (const Status searchable = filter.checkSearch(); !searchable)
        return searchable.error();
    return keyset(filter, sort, skip)
        .pageNextTo({{row.sortValue}, row.client.id}, before, limit, listRowFrom, Tr::tr("listing clients"),
                    skip);
}

Result<QList<ClientListRow>> ClientRepository::rowsWithIds(const QList<qint64> &ids,
                                                           ClientSortKey key) const {
    // Positional placeholders: binding a hundred values by name looks each name up among all of them.
    QString placeholders = QStringLiteral("?");
    for (qsizetype i = 1; i < ids.size(); ++i)
        placeholders += QStringLiteral(", ?");
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT ") + ListColumns + QStringLiteral(", ") + sortExpression(key) +
                     QStringLiteral(" FROM clients WHERE id IN (") + placeholders + QStringLiteral(")"));
    query.setForwardOnly(true);
    QHash<qint64, qsizetype> positions;
    positions.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        query.bindValue(int(i), ids.at(i));
        positions.insert(ids.at(i), i);
    }
    if (!ids.isEmpty() && !query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("listing clients"));
    QList<std::optional<ClientListRow>> found(ids.size());
    while (query.next()) {
        ClientListRow row = listRowFrom(query, {query.value(ColumnCount + 3)});
        found[positions.value(row.client.id)] = std::move(row);
    }
    // A client deleted since the ids were read is left out.
    QList<ClientListRow> rows;
    rows.reserve(ids.size());
    for (std::optional<ClientListRow> &row : found) {
        if (row)
            rows.append(std::move(*row));
    }
    return rows;
}

Status ClientRepository::forEachContact(
    const std::function<void(qint64 id, const QString &email, const QString &phone)> &sink) const {
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT id, email, phone FROM clients WHERE email IS NOT NULL OR phone IS NOT NULL ORDER BY id"));
    query.setForwardOnly(true);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the clients' contact details"));
    while (query.next())
        sink(query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString());
    if (query.lastError().isValid())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the clients' contact details"));
    return {};
}

namespace {

/// After more changes to clients than this, the whole index is read anew on its thread (each change moves the
/// keys after it: a fraction of a millisecond at 100,000 clients).
constexpr int MaxSearchChanges = 64;
/// More changed clients than this are put back into an order by reading the whole order again.
constexpr int MaxSearchPlacements = 32;

/// Calls `sink` with what the search index holds of the clients `ids` (every client when null), by id.
Status readSearchEntries(const Database &db, const QList<qint64> *ids,
                         const std::function<void(const ClientSearchIndex::Entry &)> &sink) {
    QString placeholders;
    for (qsizetype i = 0; ids && i < ids->size(); ++i)
        placeholders += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    // The keys as stored, UTF-8 bytes: read as text, SQLite would convert each to UTF-16 and the index back.
    QSqlQuery query =
        db.prepare(QStringLiteral("SELECT id, ") + db.dialect().textBytes(QStringLiteral("search_key")) +
                   QStringLiteral(", archived, status FROM clients ") +
                   (ids ? QStringLiteral("WHERE id IN (") + placeholders + QStringLiteral(") ") : QString()) +
                   QStringLiteral("ORDER BY id"));
    query.setForwardOnly(true);
    for (qsizetype i = 0; ids && i < ids->size(); ++i)
        query.bindValue(int(i), ids->at(i));
    if ((!ids || !ids->isEmpty()) && !query.exec())
        return db.errorFrom(query.lastError(), Tr::tr("reading the clients to search"));
    while (query.isActive() && query.next()) {
        sink({query.value(0).toLongLong(), query.value(1).toByteArray(), query.value(2).toInt() != 0,
              ClientStatus(std::clamp(query.value(3).toInt(), 0, int(ClientStatus::Closed)))});
    }
    if (query.lastError().isValid())
        return db.errorFrom(query.lastError(), Tr::tr("reading the clients to search"));
    return {};
}

/// Runs `sql` (no bound values) through SQLite's C API on `connection`, calling `row` with each result row.
/// Reading the search index goes this way: through QSqlQuery, a QVariant per value and a QByteArray per key
/// made reading a large practice's 100,000 clients half as slow again (a median of 130 ms against 88 ms on
/// two busy cores).
template <typename Row>
Status forEachSqliteRow(const Database &db, sqlite3 *connection, const QByteArray &sql, const QString &doing,
                        Row row) {
    sqlite3_stmt *prepared = nullptr;
    int code = sqlite3_prepare_v2(connection, sql.constData(), int(sql.size()), &prepared, nullptr);
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(prepared, &sqlite3_finalize);
    if (code == SQLITE_OK) {
        while ((code = sqlite3_step(prepared)) == SQLITE_ROW)
            row(prepared);
    }
    if (code == SQLITE_DONE)
        return {};
    return db.errorFrom(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(connection)),
                                  QSqlError::StatementError, QString::number(code)),
                        doing);
}

} // namespace

Status ClientRepository::loadSearchIndex(ClientSearchIndex &index) const {
    // The trail's head first: a change committed while the clients are read is read again by the next update.
    const Result<AuditEvent> head = AuditRepository(m_db).head();
    if (!head)
        return head.error();
    index.setChangesSeen(head.value().seq);
    if (sqlite3 *connection = sqliteHandle(m_db.connection())) {
        // The keys as stored, UTF-8 bytes, copied straight into the index.
        return forEachSqliteRow(
            m_db, connection, "SELECT id, search_key, archived, status FROM clients ORDER BY id",
            Tr::tr("reading the clients to search"), [&index](sqlite3_stmt *row) {
                const auto *key = reinterpret_cast<const char *>(sqlite3_column_text(row, 1));
                index.add(sqlite3_column_int64(row, 0), QByteArrayView(key, sqlite3_column_bytes(row, 1)),
                          sqlite3_column_int(row, 2) != 0,
                          ClientStatus(std::clamp(sqlite3_column_int(row, 3), 0, int(ClientStatus::Closed))));
            });
    }
    return readSearchEntries(m_db, nullptr, [&index](const ClientSearchIndex::Entry &entry) {
        index.add(entry.id, entry.searchKey, entry.archived, entry.status);
    });
}

Result<std::optional<ClientSearchIndex>> ClientRepository::loadSearchSnapshot() const {
    const QString reading = Tr::tr("reading the saved search index");
    std::optional<ClientSearchIndex> index;
    if (sqlite3 *connection = sqliteHandle(m_db.connection())) {
        // Read piece by piece from the pages straight into the index: the whole blob as a value would be
        // copied into a buffer of its own first (megabytes, about a millisecond each).
        std::optional<sqlite3_int64> row;
        if (Status found =
                forEachSqliteRow(m_db, connection, "SELECT rowid FROM client_search_snapshots", reading,
                                 [&row](sqlite3_stmt *step) { row = sqlite3_column_int64(step, 0); });
            !found)
            return found.error();
        if (!row)
            return index;
        sqlite3_blob *opened = nullptr;
        const int code =
            sqlite3_blob_open(connection, "main", "client_search_snapshots", "data", *row, 0, &opened);
        const std::unique_ptr<sqlite3_blob, int (*)(sqlite3_blob *)> blob(opened, &sqlite3_blob_close);
        if (code != SQLITE_OK)
            return m_db.errorFrom(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(connection)),
                                            QSqlError::StatementError, QString::number(code)),
                                  reading);
        return ClientSearchIndex::fromSnapshot(
            sqlite3_blob_bytes(opened), [opened](void *to, qint64 offset, qint64 bytes) {
                return bytes <= std::numeric_limits<int>::max() &&
                       sqlite3_blob_read(opened, to, int(bytes), int(offset)) == SQLITE_OK;
            });
    }
    // On a server, in libpq's binary format: QPSQL asks for text, which doubles the megabytes to send as hex
    // and decodes them again (the first search took 155 ms that way, against 43 ms for its SQL).
    const QVariant handle = m_db.connection().driver()->handle();
    const QByteArray type = handle.typeName();
    PGconn *connection =
        type == "pg_conn*" || type == "PGconn*" ? *static_cast<PGconn *const *>(handle.constData()) : nullptr;
    if (!connection)
        return Error{Error::Kind::Storage, reading};
    const std::unique_ptr<PGresult, void (*)(PGresult *)> result(
        PQexecParams(connection, "SELECT data FROM client_search_snapshots", 0, nullptr, nullptr, nullptr,
                     nullptr, 1),
        &PQclear);
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
        return m_db.errorFrom(
            QSqlError(QString(), QString::fromUtf8(PQresultErrorMessage(result.get())).trimmed(),
                      QSqlError::StatementError,
                      QString::fromLatin1(PQresultErrorField(result.get(), PG_DIAG_SQLSTATE))),
            reading);
    if (PQntuples(result.get()) > 0)
        index = ClientSearchIndex::fromSnapshot(
            QByteArrayView(PQgetvalue(result.get(), 0, 0), PQgetlength(result.get(), 0, 0)));
    return index;
}

Status ClientRepository::saveSearchSnapshot(const ClientSearchIndex &index) const {
    if (Status writable = m_db.checkWritable(); !writable)
        return writable;
    const QString saving = Tr::tr("saving the search index");
    // A copy as new as this one is kept, unless an earlier version wrote it in a format this one cannot read.
    QSqlQuery saved =
        m_db.prepare(QStringLiteral("SELECT changes_seen, substr(data, 1, %1) FROM client_search_snapshots")
                         .arg(ClientSearchIndex::snapshotFormatMark().size()));
    if (!saved.exec())
        return m_db.errorFrom(saved.lastError(), saving);
    if (saved.next() && saved.value(0).toLongLong() == index.changesSeen() &&
        saved.value(1).toByteArray() == ClientSearchIndex::snapshotFormatMark())
        return {};
    saved.finish();
    const QByteArray bytes = index.snapshot();
    if (bytes.isEmpty())
        return {}; // too large to save: the next first search runs in SQL
    return m_db.transaction([&]() -> Status {
        if (m_db.isServer()) {
            // An erasure or a deletion committing between the check below and this commit would find no copy
            // to delete and leave this one, which may hold the erased client: its trigger's DELETE waits for
            // this lock instead, and finds the copy. (On a file the transaction holds the write lock from its
            // start: nothing commits between the check below and the write.)
            QSqlQuery lock(m_db.connection());
            if (!lock.exec(QStringLiteral("LOCK TABLE client_search_snapshots IN SHARE ROW EXCLUSIVE MODE")))
                return m_db.errorFrom(lock.lastError(), saving);
        }
        const Result<AuditEvent> head = AuditRepository(m_db).head();
        if (!head)
            return head.error();
        if (head.value().seq != index.changesSeen())
            return {};
        QSqlQuery write = m_db.prepare(
            QStringLiteral("INSERT INTO client_search_snapshots (changes_seen, data) VALUES (:seen, :data) "
                           "ON CONFLICT (role_name) DO UPDATE SET changes_seen = excluded.changes_seen, "
                           "data = excluded.data"));
        write.bindValue(QStringLiteral(":seen"), index.changesSeen());
        write.bindValue(QStringLiteral(":data"), bytes);
        if (!write.exec())
            return m_db.errorFrom(write.lastError(), saving);
        return {};
    });
}

Result<bool> ClientRepository::updateSearchIndex(ClientSearchIndex &index) const {
    const AuditRepository trail(m_db);
    const Result<AuditEvent> head = trail.head();
    if (!head)
        return head.error();
    if (head.value().seq == index.changesSeen())
        return true;
    if (head.value().seq < index.changesSeen())
        return false;
    // A client's own events, and its shares (which decide who sees it on a server); a practitioner's change
    // (deactivated, made an owner) may show or hide any client.
    const QStringList tables = {QStringLiteral("clients"), QStringLiteral("client_shares"),
                                QStringLiteral("practitioners")};
    const Result<QList<AuditEvent>> events =
        trail.eventsBetween(index.changesSeen(), head.value().seq, tables, MaxSearchChanges + 1);
    if (!events)
        return events.error();
    QList<qint64> changed;
    for (const AuditEvent &event : events.value()) {
        if (event.table == QLatin1String("practitioners"))
            return false;
        changed.append(event.record.section(QLatin1Char('/'), 0, 0).toLongLong());
    }
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    if (events.value().size() > MaxSearchChanges)
        return false;

    // Any change may move who is due to re-acknowledge the policy: read again when a filter asks.
    index.forgetReacknowledgementDue();
    if (!changed.isEmpty()) {
        QList<ClientSearchIndex::Entry> current;
        if (Status read = readSearchEntries(
                m_db, &changed, [&current](const ClientSearchIndex::Entry &entry) { current.append(entry); });
            !read)
            return read.error();
        QList<qint64> present;
        for (const ClientSearchIndex::Entry &entry : std::as_const(current))
            present.append(entry.id);
        index.replace(changed, current);
        for (int key = 0; key <= int(ClientSortKey::UpdatedAt); ++key) {
            if (!index.hasOrder(ClientSortKey(key)))
                continue;
            if (Status placed = placeInSearchOrder(index, ClientSortKey(key), present); !placed)
                return placed.error();
        }
        // The clients were placed next to others as they are now: one changed since the head was read may
        // stand elsewhere in the index.
        const Result<QList<AuditEvent>> meanwhile =
            trail.eventsBetween(head.value().seq, std::numeric_limits<qint64>::max(), tables, 1);
        if (!meanwhile)
            return meanwhile.error();
        if (!meanwhile.value().isEmpty())
            return false;
    }
    index.setChangesSeen(head.value().seq);
    return true;
}

Status ClientRepository::placeInSearchOrder(ClientSearchIndex &index, ClientSortKey key,
                                            const QList<qint64> &ids) const {
    if (ids.size() > MaxSearchPlacements)
        return loadSearchOrder(index, key);
    // Each client goes before the first client after it that did not change (those are in the order). Changed
    // clients before the same one go in their own order: the more changed clients follow one, the earlier.
    const Result<QList<ClientListRow>> rows = rowsWithIds(ids, key);
    if (!rows)
        return rows.error();
    const QSet<qint64> changed(ids.cbegin(), ids.cend());
    struct Placement {
        qint64 id;
        qint64 before;
        int changedBetween;
    };
    QList<Placement> placements;
    ClientFilter everyone;
    everyone.includeArchived = true;
    for (const ClientListRow &row : rows.value()) {
        const Result<QList<ClientListRow>> next =
            pageNextTo(everyone, ClientSort{key, Qt::AscendingOrder}, row, false, int(ids.size()) + 1);
        if (!next)
            return next.error();
        Placement placement{row.client.id, -1, 0};
        for (const ClientListRow &after : next.value()) {
            if (!changed.contains(after.client.id)) {
                placement.before = after.client.id;
                break;
            }
            ++placement.changedBetween;
        }
        placements.append(placement);
    }
    std::stable_sort(placements.begin(), placements.end(), [](const Placement &a, const Placement &b) {
        return a.changedBetween > b.changedBetween;
    });
    for (const Placement &placement : std::as_const(placements))
        index.placeInOrder(key, placement.id, placement.before);
    return {};
}

Status ClientRepository::loadSearchReacknowledgementDue(ClientSearchIndex &index) const {
    // The acknowledged versions grouped once (one pass over their index) rather than looked up per client.
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT a.client_id FROM policy_acknowledgements a JOIN clients ON clients.id = "
                       "a.client_id WHERE ") +
        StillWorkingWith +
        QStringLiteral(" GROUP BY a.client_id HAVING max(a.version) < (SELECT max(v.version) FROM "
                       "policy_versions v)"));
    query.setForwardOnly(true);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading who needs to re-acknowledge"));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    if (query.lastError().isValid())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading who needs to re-acknowledge"));
    index.setReacknowledgementDue(ids);
    return {};
}

Status ClientRepository::loadSearchOrder(ClientSearchIndex &index, ClientSortKey key) const {
    // Unknown start dates first, as the table's pages order them.
    const QString nulls = key == ClientSortKey::StartDate ? m_db.dialect().nullsSmallest(true) : QString();
    const QString sql = QStringLiteral("SELECT id FROM clients ORDER BY ") + sortExpression(key) + nulls +
                        QStringLiteral(", id");
    QList<qint64> ids;
    ids.reserve(index.size());
    if (sqlite3 *connection = sqliteHandle(m_db.connection())) {
        if (Status read =
                forEachSqliteRow(m_db, connection, sql.toUtf8(), Tr::tr("sorting the clients to search"),
                                 [&ids](sqlite3_stmt *row) { ids.append(sqlite3_column_int64(row, 0)); });
            !read)
            return read;
        index.setOrder(key, ids);
        return {};
    }
    QSqlQuery query = m_db.prepare(sql);
    query.setForwardOnly(true);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("sorting the clients to search"));
    while (query.next())
        ids.append(query.value(0).toLongLong());
    if (query.lastError().isValid())
        return m_db.errorFrom(query.lastError(), Tr::tr("sorting the clients to search"));
    index.setOrder(key, ids);
    return {};
}

} // namespace bk
