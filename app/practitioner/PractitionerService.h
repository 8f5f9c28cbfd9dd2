// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"
#include "app/practitioner/PractitionerAccount.h"

#include <QList>

namespace bk {

class Database;

/// A practitioner to add to a practice on a server, with the password of their new sign-in.
struct NewPractitioner {
    QString login;       ///< the PostgreSQL role to create, e.g. "anna"
    QString displayName; ///< empty: the login
    PracticeRole role = PracticeRole::Practitioner;
    QString password;
};

/// Who works in the practice and who may see which client: the signed-in practitioner, adding
/// practitioners with their server sign-ins, their roles, sharing clients and handing them over. Every
/// change refuses a read-only practice, checks the signed-in practitioner's role (the server checks it again
/// on its own), runs in one transaction and announces "practitioners" or "clients" once committed. Managing
/// practitioners needs a practice server: a file is a solo practice.
class PractitionerService {
public:
    explicit PractitionerService(const Database &database)
        : m_db(database) {}

    /// Who is signed in; nobody (id 0) for a server role that is not a practitioner of the practice.
    Result<PractitionerAccount> signedIn() const;
    /// Whether an owner has deactivated the practitioner signed in here while the practice was open: the
    /// server then refuses everything this session reads or writes. Never on a file.
    Result<bool> signInEnded() const;
    Result<QList<PractitionerAccount>> list() const;
    Result<PractitionerAccount> byLogin(const QString &login) const;
    /// The practitioners who can be responsible for clients or have them shared (worksWithClients()).
    Result<QList<PractitionerAccount>> working() const;

    /// Adds a practitioner and creates their sign-in on the server (an owner's task): the new row's id.
    Result<qint64> add(const NewPractitioner &practitioner) const;
    /// Gives a practitioner another role (an owner's task); the practice keeps at least one owner.
    Status setRole(const QString &login, PracticeRole role) const;
    /// Deactivates a practitioner who leaves the practice (an owner's task): the server refuses their sign-in
    /// from then on and a session they still have open at its next statement; their records keep their name.
    /// Their clients go to `handClientsTo` in the same change; without it, a practitioner still responsible
    /// for clients is refused (no client is left without an active responsible practitioner). Nobody
    /// deactivates themselves, nor the practice's last active owner.
    Status deactivate(const QString &login, const QString &handClientsTo = {}) const;
    /// Lets a deactivated practitioner sign in again, in the role they had (an owner's task).
    Status reactivate(const QString &login) const;
    /// How many clients `login` is responsible for.
    Result<int> responsibleCount(const QString &login) const;

    /// Whether the signed-in practitioner may share clients and end sharing: the refusal when not.
    Status mayShare() const;
    /// Whether the signed-in practitioner may hand the client over: the refusal when not.
    Status mayHandOver(qint64 clientId) const;
    /// Shares the client with a practitioner, or ends that (an owner's task).
    Status share(qint64 clientId, const QString &login) const;
    Status unshare(qint64 clientId, const QString &login) const;
    Result<QList<PractitionerAccount>> sharedWith(qint64 clientId) const;
    /// Makes `login` responsible for the client: an owner's task, or the responsible practitioner's own.
    Status handOver(qint64 clientId, const QString &login) const;

    /// Who is responsible for the client and who created and last changed its record.
    Result<RecordAuthors> clientAuthors(qint64 clientId) const;
    /// Who is responsible for the incident's client and who created and last changed the incident.
    Result<RecordAuthors> incidentAuthors(qint64 incidentId) const;

    /// Whether `login` can name a server sign-in: 1–63 characters, lower-case letters, digits and "_", not
    /// starting with a digit, and not "pg_" or "bk_" (the server's and the practice's own roles).
    static bool isValidLogin(const QString &login);
    /// Why managing practitioners is refused on a database file.
    static Error needsServer();
    /// Refuses on a file (a solo practice) and for anyone but an owner; `what` names the task refused.
    Status checkOwnerOnServer(const QString &what) const;

private:
    /// Refuses when `practitioner` is the practice's last active owner, whom the practice cannot lose.
    Status checkKeepsAnOwner(const PractitionerAccount &practitioner) const;
    /// An active owner or practitioner of the practice, who can be responsible for clients or share them.
    Result<PractitionerAccount> workingPractitioner(const QString &login) const;

    const Database &m_db;
};

} // namespace bk
