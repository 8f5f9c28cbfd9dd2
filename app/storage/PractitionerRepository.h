// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"
#include "app/practitioner/PractitionerAccount.h"

#include <QList>
#include <QVariant>

namespace bk {

class Database;

/// Reads and writes the practice's practitioners, who is responsible for a client and with whom it is
/// shared, and on a practice server the PostgreSQL roles and grants behind them: the only place where that
/// SQL lives. Writes neither validate nor announce; PractitionerService does both around them.
class PractitionerRepository {
public:
    explicit PractitionerRepository(const Database &database)
        : m_db(database) {}

    /// The id of the practitioner signed in: on a server the one whose login is the current role (0 when the
    /// role is none); on a file `fileUser`, who is added as an owner when the file can be written and does
    /// not know them yet (taking over the practitioner an upgraded file recorded without a name).
    Result<qint64> signIn(const QString &fileUser) const;

    Result<QList<PractitionerAccount>> list() const;
    Result<PractitionerAccount> get(qint64 id) const;
    /// NotFound when no practitioner has that login.
    Result<PractitionerAccount> byLogin(const QString &login) const;
    Result<qint64> insert(const PractitionerAccount &practitioner) const;
    Status setRole(qint64 id, PracticeRole role) const;
    Status setActive(qint64 id, bool active) const;

    /// Creates the server's login role for `login` with `password`, a member of the practice's group role of
    /// `role`; creates the group roles first when missing, and (run by the role owning the tables) grants
    /// them what README's "Who may do what" allows. Needs CREATEROLE.
    Status createServerLogin(const QString &login, const QString &password, PracticeRole role) const;
    /// Moves the server role `login` into the group role of `role`.
    Status setServerRole(const QString &login, PracticeRole role) const;
    /// Lets `login` sign in again as a member of the group role of `role`, or (`canSignIn` false) refuses
    /// their sign-in (NOLOGIN) and takes them out of every group role, so that a session they still have
    /// open is refused at its next statement.
    Status setServerSignIn(const QString &login, bool canSignIn, PracticeRole role) const;
    /// Whether the server still lets the role of this session sign in: false once an owner has ended it
    /// (setServerSignIn), which leaves the open session without a right on any table. True on a file.
    Result<bool> serverSignInAllowed() const;
    /// Grants the practice's group roles what they may do, on every table there is now (run after an
    /// upgrade added tables); nothing when the groups do not exist yet or the current role does not own the
    /// tables.
    Status refreshServerGrants() const;
    /// The practice's group role of `role` on this server ("bk_practice_owner" for database "practice").
    Result<QString> serverGroupRole(PracticeRole role) const;

    Status share(qint64 clientId, qint64 practitionerId) const;
    /// NotFound when the client was not shared with the practitioner.
    Status unshare(qint64 clientId, qint64 practitionerId) const;
    /// The practitioners the client is shared with, by login.
    Result<QList<PractitionerAccount>> sharedWith(qint64 clientId) const;
    /// Makes `practitionerId` responsible for the client, as a change by the signed-in practitioner.
    Status setResponsible(qint64 clientId, qint64 practitionerId) const;
    /// How many clients `practitionerId` is responsible for (of those the signed-in role sees).
    Result<int> responsibleCount(qint64 practitionerId) const;
    /// Makes `to` responsible for every client `from` is responsible for, as a change by the signed-in
    /// practitioner (an owner's: row-level security lets only an owner change them all).
    Status handOverAll(qint64 from, qint64 to) const;

    /// Who is responsible for the client and who created and last changed its record.
    Result<RecordAuthors> clientAuthors(qint64 clientId) const;
    /// Who is responsible for the incident's client and who created and last changed the incident.
    Result<RecordAuthors> incidentAuthors(qint64 incidentId) const;

private:
    /// Sets `column` (a fixed name, never user input) of practitioner `id`; NotFound when there is none.
    Status update(qint64 id, const QString &column, const QVariant &value, const QString &what) const;
    /// Makes the server role `login` a member of the group role of `role` only, or of none (nullopt).
    Status setServerMembership(const QString &login, std::optional<PracticeRole> role) const;

    const Database &m_db;
};

} // namespace bk
