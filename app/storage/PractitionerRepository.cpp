// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/PractitionerRepository.h"

#include "app/common/Clock.h"
#include "app/storage/Database.h"
#include "app/storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <libpq-fe.h>
#include <memory>

namespace bk {

namespace {

// lupdate files these messages under "PractitionerRepository", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(PractitionerRepository)
};

const QString Columns = QStringLiteral("id, login, display_name, practice_role, active, created_at");

// A practitioner from Columns read from column `first` on; nobody (id 0) when that column is NULL.
PractitionerAccount practitionerFrom(const QSqlQuery &query, int first = 0) {
    PractitionerAccount practitioner;
    if (query.value(first).isNull())
        return practitioner;
    practitioner.id = query.value(first).toLongLong();
    practitioner.login = query.value(first + 1).toString();
    practitioner.displayName = query.value(first + 2).toString();
    practitioner.role =
        PracticeRoles::fromKey(query.value(first + 3).toString()).value_or(PracticeRole::Practitioner);
    practitioner.active = query.value(first + 4).toBool() || query.value(first + 4).toInt() != 0;
    practitioner.createdAt = SqlValues::toUtc(query.value(first + 5));
    return practitioner;
}

// Creates the practice's three group roles when missing; their names carry the database's, as roles belong
// to the whole server.
const QString CreateGroupRoles = QStringLiteral(R"(DO $$
DECLARE
    base constant text := 'bk_' || current_database() || '_';
    kind text;
BEGIN
    FOREACH kind IN ARRAY ARRAY['owner', 'practitioner', 'administrator'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = base || kind) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', base || kind);
        END IF;
    END LOOP;
END $$)");

// What each group may do (README, "Who may do what"). Row-level security (the PostgreSQL migration
// "practitioners") narrows the client content further. Only the tables' owner can grant on them: for any
// other role this does nothing.
const QString GrantGroupRoles = QStringLiteral(R"(DO $$
DECLARE
    base constant text := 'bk_' || current_database() || '_';
    owners constant text := quote_ident(base || 'owner');
    practitioners constant text := quote_ident(base || 'practitioner');
    administrators constant text := quote_ident(base || 'administrator');
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = base || 'administrator')
       OR NOT pg_has_role((SELECT relowner FROM pg_class WHERE oid = 'clients'::regclass), 'USAGE') THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %s, %s, %s', current_schema(), owners, practitioners,
                   administrators);
    -- Owners: everything, publishing the policy and managing the practitioners included.
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %s', current_schema(),
                   owners);
    -- Everybody reads the practice's settings and policy, with its texts in every language, and the audit
    -- trail (digests and references, never text: anyone may check it and note its head); only owners change
    -- the settings and the policy, and only the trail's own functions append to it.
    EXECUTE format('GRANT SELECT ON boundary_keeper_schema, meta, practitioners, practice_profile, '
                   'practice_practitioners, practice_hours, practice_channels, policy_draft_boundaries, '
                   'policy_draft_boundary_texts, policy_draft_ladder, policy_draft_ladder_texts, policy_draft, '
                   'policy_versions, policy_version_boundaries, policy_version_boundary_texts, '
                   'policy_version_ladder, policy_version_ladder_texts, practice_resources, '
                   'practice_resource_boundaries, redirect_phrases, audit_tables, audit_events TO %s, %s',
                   practitioners, administrators);
    -- Practitioners: the content of the clients they see, their own reflection and their own saved search index.
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON clients, policy_acknowledgements, agreements, '
                   'agreement_discussions, agreement_signatures, agreement_events, incidents, incident_steps, '
                   'incident_follow_ups, incident_follow_up_outcomes, contracts, contract_signatures, '
                   'contract_events, reflection_entries, redirect_phrases, availability_periods, availability_notices, '
                   'incident_due_moves, monthly_reflections, client_search_snapshots TO %s', practitioners);
    -- Shares are an owner's to change, and the kept incident counts the incidents' trigger's.
    EXECUTE format('GRANT SELECT ON client_shares, client_incident_counts TO %s', practitioners);
    EXECUTE format('GRANT INSERT, UPDATE ON meta TO %s', practitioners);
END $$)");

} // namespace

Result<qint64> PractitionerRepository::signIn(const QString &fileUser) const {
    const QString reading = Tr::tr("reading who is signed in");
    if (m_db.isServer()) {
        QSqlQuery query(m_db.connection());
        if (!query.exec(
                QStringLiteral("SELECT id FROM practitioners WHERE login = current_user AND active = TRUE")))
            return m_db.errorFrom(query.lastError(), reading);
        return query.next() ? query.value(0).toLongLong() : 0;
    }
    auto idOf = [this, &reading](const QString &login) -> Result<qint64> {
        QSqlQuery query = m_db.prepare(QStringLiteral("SELECT id FROM practitioners WHERE login = :login"));
        query.bindValue(QStringLiteral(":login"), SqlValues::text(login));
        if (!query.exec())
            return m_db.errorFrom(query.lastError(), reading);
        return query.next() ? query.value(0).toLongLong() : 0;
    };
    const Result<qint64> known = idOf(fileUser);
    if (!known || known.value() > 0 || m_db.isReadOnly()) {
        // A file nobody may write keeps the practitioner recorded without a name.
        if (known && known.value() == 0)
            return idOf(QString());
        return known;
    }
    qint64 id = 0;
    const Status added = m_db.transaction([&]() -> Status {
        QSqlQuery claim = m_db.prepare(
            QStringLiteral("UPDATE practitioners SET login = :login, display_name = :login WHERE login = '' "
                           "RETURNING id"));
        claim.bindValue(QStringLiteral(":login"), fileUser);
        Result<qint64> claimed = m_db.execReturningId(claim, Tr::tr("recording the practitioner"));
        if (!claimed)
            return claimed.error();
        if (claimed.value() > 0) {
            id = claimed.value();
            return {};
        }
        PractitionerAccount owner;
        owner.login = fileUser;
        owner.displayName = fileUser;
        owner.role = PracticeRole::Owner;
        const Result<qint64> inserted = insert(owner);
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        return {};
    });
    if (!added)
        return added.error();
    return id;
}

Result<QList<PractitionerAccount>> PractitionerRepository::list() const {
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT ") + Columns +
                    QStringLiteral(" FROM practitioners ORDER BY login")))
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the practitioners"));
    QList<PractitionerAccount> practitioners;
    while (query.next())
        practitioners.append(practitionerFrom(query));
    return practitioners;
}

Result<PractitionerAccount> PractitionerRepository::get(qint64 id) const {
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT ") + Columns +
                                   QStringLiteral(" FROM practitioners WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the practitioner"));
    if (!query.next())
        return Error{Error::Kind::NotFound, Tr::tr("There is no practitioner with id %1.").arg(id)};
    return practitionerFrom(query);
}

Result<PractitionerAccount> PractitionerRepository::byLogin(const QString &login) const {
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT ") + Columns +
                                   QStringLiteral(" FROM practitioners WHERE login = :login"));
    query.bindValue(QStringLiteral(":login"), SqlValues::text(login));
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the practitioner"));
    if (!query.next())
        return Error{Error::Kind::NotFound,
                     Tr::tr("There is no practitioner “%1” in this practice.").arg(login)};
    return practitionerFrom(query);
}

Result<qint64> PractitionerRepository::insert(const PractitionerAccount &practitioner) const {
    QSqlQuery query = m_db.prepare(
        QStringLiteral("INSERT INTO practitioners (login, display_name, practice_role, active, created_at) "
                       "VALUES (:login, :display_name, :role, :active, :now) RETURNING id"));
    query.bindValue(QStringLiteral(":login"), SqlValues::text(practitioner.login));
    query.bindValue(QStringLiteral(":display_name"), SqlValues::text(practitioner.displayName));
    query.bindValue(QStringLiteral(":role"), PracticeRoles::key(practitioner.role));
    query.bindValue(QStringLiteral(":active"), practitioner.active);
    query.bindValue(QStringLiteral(":now"), SqlValues::fromUtc(Clock::nowUtc()));
    return m_db.execReturningId(query, Tr::tr("the new practitioner"));
}

Status PractitionerRepository::setRole(qint64 id, PracticeRole role) const {
    return update(id, QStringLiteral("practice_role"), PracticeRoles::key(role),
                  Tr::tr("the practitioner's new role"));
}

Status PractitionerRepository::setActive(qint64 id, bool active) const {
    return update(id, QStringLiteral("active"), active, Tr::tr("whether the practitioner is active"));
}

Status PractitionerRepository::update(qint64 id, const QString &column, const QVariant &value,
                                      const QString &what) const {
    QSqlQuery query =
        m_db.prepare(QStringLiteral("UPDATE practitioners SET %1 = :value WHERE id = :id").arg(column));
    query.bindValue(QStringLiteral(":value"), value);
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), what);
    if (query.numRowsAffected() != 1)
        return Error{Error::Kind::NotFound, Tr::tr("There is no practitioner with id %1.").arg(id)};
    return {};
}

Result<QString> PractitionerRepository::serverGroupRole(PracticeRole role) const {
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT 'bk_' || current_database() || '_' || CAST(:kind AS text)"));
    query.bindValue(QStringLiteral(":kind"), PracticeRoles::key(role));
    if (!query.exec() || !query.next())
        return m_db.errorFrom(query.lastError(), Tr::tr("naming the practice's roles"));
    return query.value(0).toString();
}

Status PractitionerRepository::refreshServerGrants() const {
    QSqlQuery grant(m_db.connection());
    if (!grant.exec(GrantGroupRoles))
        return m_db.errorFrom(grant.lastError(), Tr::tr("granting the practice's roles their rights"));
    return {};
}

Status PractitionerRepository::createServerLogin(const QString &login, const QString &password,
                                                 PracticeRole role) const {
    QSqlQuery groups(m_db.connection());
    if (!groups.exec(CreateGroupRoles))
        return m_db.errorFrom(groups.lastError(), Tr::tr("creating the practice's roles"));
    if (Status granted = refreshServerGrants(); !granted)
        return granted;
    const Result<QString> group = serverGroupRole(role);
    if (!group)
        return group.error();
    const QString creating = Tr::tr("creating the sign-in of %1").arg(login);
    // The password leaves this computer only as its hash (SCRAM, or whatever the server's
    // password_encryption asks for), as psql's \password sends it: a server that logs statements never logs
    // the password itself.
    const QVariant handle = m_db.connection().driver()->handle();
    // QPSQL hands out its PGconn* under libpq's struct name.
    const QByteArray type = handle.typeName();
    PGconn *connection =
        type == "pg_conn*" || type == "PGconn*" ? *static_cast<PGconn *const *>(handle.data()) : nullptr;
    if (!connection)
        return Error{
            Error::Kind::Storage,
            Tr::tr("The database refused %1: %2").arg(creating, Tr::tr("no connection to the server"))};
    std::unique_ptr<char, decltype(&PQfreemem)> hashed(
        PQencryptPasswordConn(connection, password.toUtf8().constData(), login.toUtf8().constData(), nullptr),
        &PQfreemem);
    if (!hashed)
        return Error{Error::Kind::Storage,
                     Tr::tr("The database refused %1: %2")
                         .arg(creating, QString::fromUtf8(PQerrorMessage(connection)).trimmed())};
    // DDL takes no bound values: the server quotes the name and the hash into the statement itself.
    QSqlQuery statement =
        m_db.prepare(QStringLiteral("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', "
                                    "CAST(:login AS text), CAST(:password AS text), CAST(:group AS text))"));
    statement.bindValue(QStringLiteral(":login"), login);
    statement.bindValue(QStringLiteral(":password"), QString::fromUtf8(hashed.get()));
    statement.bindValue(QStringLiteral(":group"), group.value());
    if (!statement.exec() || !statement.next())
        return m_db.errorFrom(statement.lastError(), creating);
    QSqlQuery create(m_db.connection());
    if (!create.exec(statement.value(0).toString()))
        return m_db.errorFrom(create.lastError(), creating);
    return {};
}

Status PractitionerRepository::setServerRole(const QString &login, PracticeRole role) const {
    return setServerMembership(login, role);
}

Status PractitionerRepository::setServerSignIn(const QString &login, bool canSignIn,
                                               PracticeRole role) const {
    const QString what = canSignIn ? Tr::tr("letting %1 sign in again").arg(login)
                                   : Tr::tr("ending the sign-in of %1").arg(login);
    // DDL takes no bound values: the server quotes the name into the statement itself.
    QSqlQuery statement = m_db.prepare(canSignIn ? QStringLiteral("SELECT format('ALTER ROLE %I LOGIN', "
                                                                  "CAST(:login AS text))")
                                                 : QStringLiteral("SELECT format('ALTER ROLE %I NOLOGIN', "
                                                                  "CAST(:login AS text))"));
    statement.bindValue(QStringLiteral(":login"), login);
    if (!statement.exec() || !statement.next())
        return m_db.errorFrom(statement.lastError(), what);
    QSqlQuery alter(m_db.connection());
    if (!alter.exec(statement.value(0).toString()))
        return m_db.errorFrom(alter.lastError(), what);
    // Out of every group, a session still open has no right left on any table: its next statement is refused.
    return setServerMembership(login, canSignIn ? std::optional<PracticeRole>(role) : std::nullopt);
}

Result<bool> PractitionerRepository::serverSignInAllowed() const {
    if (!m_db.isServer())
        return true;
    // Every role may read pg_roles, also one that has just lost every right on the practice's tables.
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = current_user")))
        return m_db.errorFrom(query.lastError(), Tr::tr("reading whether you may still sign in"));
    return !query.next() || query.value(0).toBool();
}

Status PractitionerRepository::setServerMembership(const QString &login,
                                                   std::optional<PracticeRole> role) const {
    QStringList statements;
    for (PracticeRole each : PracticeRoles::all()) {
        const Result<QString> group = serverGroupRole(each);
        if (!group)
            return group.error();
        // A membership is revoked only where there is one (the server warns about any other).
        QSqlQuery statement = m_db.prepare(
            each == role
                ? QStringLiteral(
                      "SELECT format('GRANT %I TO %I', CAST(:group AS text), CAST(:login AS text)) "
                      "FROM pg_roles WHERE rolname = :group")
                : QStringLiteral(
                      "SELECT format('REVOKE %I FROM %I', CAST(:group AS text), CAST(:login AS text)) "
                      "FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                      "JOIN pg_roles r ON r.oid = m.member WHERE g.rolname = :group "
                      "AND r.rolname = :login"));
        statement.bindValue(QStringLiteral(":group"), group.value());
        statement.bindValue(QStringLiteral(":login"), login);
        if (!statement.exec())
            return m_db.errorFrom(statement.lastError(), Tr::tr("changing the role of %1").arg(login));
        if (!statement.next()) {
            if (each == role)
                return Error{Error::Kind::NotFound,
                             Tr::tr("The practice's role %1 does not exist on the server; “practitioners "
                                    "add” creates it.")
                                 .arg(group.value())};
            continue;
        }
        statements.append(statement.value(0).toString());
    }
    for (const QString &sql : std::as_const(statements)) {
        QSqlQuery change(m_db.connection());
        if (!change.exec(sql))
            return m_db.errorFrom(change.lastError(), Tr::tr("changing the role of %1").arg(login));
    }
    return {};
}

Status PractitionerRepository::share(qint64 clientId, qint64 practitionerId) const {
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "INSERT INTO client_shares (client_id, practitioner_id) VALUES (:client, :practitioner) "
        "ON CONFLICT (client_id, practitioner_id) DO NOTHING"));
    query.bindValue(QStringLiteral(":client"), clientId);
    query.bindValue(QStringLiteral(":practitioner"), practitionerId);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("sharing the client"));
    return {};
}

Status PractitionerRepository::unshare(qint64 clientId, qint64 practitionerId) const {
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "DELETE FROM client_shares WHERE client_id = :client AND practitioner_id = :practitioner"));
    query.bindValue(QStringLiteral(":client"), clientId);
    query.bindValue(QStringLiteral(":practitioner"), practitionerId);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("ending the sharing of the client"));
    if (query.numRowsAffected() != 1)
        return Error{Error::Kind::NotFound, Tr::tr("The client is not shared with that practitioner.")};
    return {};
}

Result<QList<PractitionerAccount>> PractitionerRepository::sharedWith(qint64 clientId) const {
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT p.id, p.login, p.display_name, p.practice_role, "
                                                  "p.active, p.created_at FROM client_shares s JOIN "
                                                  "practitioners p ON p.id = s.practitioner_id "
                                                  "WHERE s.client_id = :client ORDER BY p.login"));
    query.bindValue(QStringLiteral(":client"), clientId);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading with whom the client is shared"));
    QList<PractitionerAccount> practitioners;
    while (query.next())
        practitioners.append(practitionerFrom(query));
    return practitioners;
}

Status PractitionerRepository::setResponsible(qint64 clientId, qint64 practitionerId) const {
    // On a server through bk_hand_over() (the PostgreSQL migration "practitioners"): a practitioner may give
    // away a client they will no longer see, which a plain UPDATE under row-level security may not.
    QSqlQuery query = m_db.prepare(
        m_db.isServer()
            ? QStringLiteral("SELECT 1 WHERE bk_hand_over(:id, :practitioner, CAST(:now AS timestamptz))")
            : QStringLiteral(
                  "UPDATE clients SET responsible_practitioner_id = :practitioner, changed_by = :me, "
                  "updated_at = :now, row_version = row_version + 1 WHERE id = :id RETURNING 1"));
    query.bindValue(QStringLiteral(":practitioner"), practitionerId);
    if (!m_db.isServer())
        query.bindValue(QStringLiteral(":me"), SqlValues::idOrNull(m_db.practitionerId()));
    query.bindValue(QStringLiteral(":now"), SqlValues::fromUtc(Clock::nowUtc()));
    query.bindValue(QStringLiteral(":id"), clientId);
    const Result<qint64> changed = m_db.execReturningId(query, Tr::tr("handing the client over"));
    if (!changed)
        return changed.error();
    if (changed.value() != 1)
        return Error{Error::Kind::NotFound, Tr::tr("There is no client with id %1.").arg(clientId)};
    return {};
}

namespace {

// The three practitioners of a record, each Columns read with a LEFT JOIN (NULL: nobody).
QString authorsQuery(const QString &from) {
    auto columnsOf = [](const QString &alias) {
        QStringList columns;
        for (const QString &column : Columns.split(QStringLiteral(", ")))
            columns.append(alias + QLatin1Char('.') + column);
        return columns.join(QStringLiteral(", "));
    };
    return QStringLiteral("SELECT ") + columnsOf(QStringLiteral("r")) + QStringLiteral(", ") +
           columnsOf(QStringLiteral("cb")) + QStringLiteral(", ") + columnsOf(QStringLiteral("ch")) + from +
           QStringLiteral(" LEFT JOIN practitioners r ON r.id = c.responsible_practitioner_id"
                          " LEFT JOIN practitioners cb ON cb.id = x.created_by"
                          " LEFT JOIN practitioners ch ON ch.id = x.changed_by WHERE x.id = :id");
}

} // namespace

Result<int> PractitionerRepository::responsibleCount(qint64 practitionerId) const {
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT count(*) FROM clients WHERE responsible_practitioner_id = :practitioner"));
    query.bindValue(QStringLiteral(":practitioner"), practitionerId);
    if (!query.exec() || !query.next())
        return m_db.errorFrom(query.lastError(), Tr::tr("counting the practitioner's clients"));
    return query.value(0).toInt();
}

Status PractitionerRepository::handOverAll(qint64 from, qint64 to) const {
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "UPDATE clients SET responsible_practitioner_id = :to, changed_by = :me, updated_at = :now, "
        "row_version = row_version + 1 WHERE responsible_practitioner_id = :from"));
    query.bindValue(QStringLiteral(":to"), to);
    query.bindValue(QStringLiteral(":me"), SqlValues::idOrNull(m_db.practitionerId()));
    query.bindValue(QStringLiteral(":now"), SqlValues::fromUtc(Clock::nowUtc()));
    query.bindValue(QStringLiteral(":from"), from);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("handing the practitioner's clients over"));
    return {};
}

Result<RecordAuthors> PractitionerRepository::clientAuthors(qint64 clientId) const {
    QSqlQuery query =
        m_db.prepare(authorsQuery(QStringLiteral(" FROM clients x JOIN clients c ON c.id = x.id")));
    query.bindValue(QStringLiteral(":id"), clientId);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading who keeps the client's record"));
    if (!query.next())
        return Error{Error::Kind::NotFound, Tr::tr("There is no client with id %1.").arg(clientId)};
    return RecordAuthors{practitionerFrom(query, 0), practitionerFrom(query, 6), practitionerFrom(query, 12)};
}

Result<RecordAuthors> PractitionerRepository::incidentAuthors(qint64 incidentId) const {
    QSqlQuery query =
        m_db.prepare(authorsQuery(QStringLiteral(" FROM incidents x JOIN clients c ON c.id = x.client_id")));
    query.bindValue(QStringLiteral(":id"), incidentId);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading who keeps the incident's record"));
    if (!query.next())
        return Error{Error::Kind::NotFound, Tr::tr("There is no incident with id %1.").arg(incidentId)};
    return RecordAuthors{practitionerFrom(query, 0), practitionerFrom(query, 6), practitionerFrom(query, 12)};
}

} // namespace bk
