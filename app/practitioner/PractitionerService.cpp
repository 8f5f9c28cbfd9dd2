// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/practitioner/PractitionerService.h"

#include "app/storage/ClientRepository.h"
#include "app/storage/Database.h"
#include "app/storage/PractitionerRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace bk {

namespace {

// lupdate files these messages under "PractitionerService", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(PractitionerService)
};

const QString PractitionersTable = QStringLiteral("practitioners");
const QString ClientsTable = QStringLiteral("clients");

} // namespace

bool PractitionerService::isValidLogin(const QString &login) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return pattern.match(login).hasMatch() && !login.startsWith(QLatin1String("pg_")) &&
           !login.startsWith(QLatin1String("bk_"));
}

Result<PractitionerAccount> PractitionerService::signedIn() const {
    if (m_db.practitionerId() == 0)
        return PractitionerAccount{};
    return PractitionerRepository(m_db).get(m_db.practitionerId());
}

Result<QList<PractitionerAccount>> PractitionerService::list() const {
    return PractitionerRepository(m_db).list();
}

Result<PractitionerAccount> PractitionerService::byLogin(const QString &login) const {
    return PractitionerRepository(m_db).byLogin(login);
}

Result<QList<PractitionerAccount>> PractitionerService::working() const {
    const Result<QList<PractitionerAccount>> everyone = list();
    if (!everyone)
        return everyone.error();
    QList<PractitionerAccount> working = everyone.value();
    working.removeIf([](const PractitionerAccount &p) { return !p.worksWithClients(); });
    return working;
}

Error PractitionerService::needsServer() {
    return Error{Error::Kind::Invalid,
                 Tr::tr("Managing practitioners needs a practice server: a database file is a solo practice, "
                        "whose one practitioner is the computer's user. Move the practice to a server first "
                        "(“migrate --to”).")};
}

Result<bool> PractitionerService::signInEnded() const {
    const Result<bool> allowed = PractitionerRepository(m_db).serverSignInAllowed();
    if (!allowed)
        return allowed.error();
    return !allowed.value();
}

Status PractitionerService::checkOwnerOnServer(const QString &what) const {
    if (!m_db.isServer())
        return needsServer();
    const Result<PractitionerAccount> me = signedIn();
    if (!me)
        return me.error();
    if (me.value().role != PracticeRole::Owner || !me.value().active)
        return Error{Error::Kind::Forbidden,
                     Tr::tr("Only an owner of the practice can do this (%1); you are signed in as %2.")
                         .arg(what, me.value().id == 0 ? Tr::tr("someone who is not a practitioner here")
                                                       : me.value().shownName())};
    return {};
}

Result<PractitionerAccount> PractitionerService::workingPractitioner(const QString &login) const {
    const Result<PractitionerAccount> practitioner = byLogin(login);
    if (!practitioner)
        return practitioner;
    if (!practitioner.value().worksWithClients())
        return Error{Error::Kind::Invalid,
                     Tr::tr("%1 is an administrator or no longer active and cannot work with clients.")
                         .arg(practitioner.value().shownName())};
    return practitioner;
}

Result<qint64> PractitionerService::add(const NewPractitioner &practitioner) const {
    if (Status allowed = checkOwnerOnServer(Tr::tr("adding a practitioner")); !allowed)
        return allowed.error();
    if (!isValidLogin(practitioner.login))
        return Error{Error::Kind::Invalid,
                     Tr::tr("“%1” cannot be a sign-in name: use 1 to 63 lower-case letters, digits and “_”, "
                            "not starting with a digit, “pg_” or “bk_”.")
                         .arg(practitioner.login)};
    if (practitioner.password.isEmpty())
        return Error{Error::Kind::Invalid, Tr::tr("A new practitioner needs a password to sign in with.")};
    if (byLogin(practitioner.login))
        return Error{Error::Kind::Conflict,
                     Tr::tr("%1 is already a practitioner of this practice.").arg(practitioner.login)};
    PractitionerAccount row;
    row.login = practitioner.login;
    row.displayName = practitioner.displayName.trimmed().isEmpty() ? practitioner.login
                                                                   : practitioner.displayName.trimmed();
    row.role = practitioner.role;
    const PractitionerRepository repository(m_db);
    return m_db.insert(PractitionersTable, [&]() -> Result<qint64> {
        const Result<qint64> id = repository.insert(row);
        if (!id)
            return id;
        if (Status login = repository.createServerLogin(row.login, practitioner.password, row.role); !login)
            return login.error();
        return id;
    });
}

Status PractitionerService::setRole(const QString &login, PracticeRole role) const {
    if (Status allowed = checkOwnerOnServer(Tr::tr("changing a practitioner's role")); !allowed)
        return allowed;
    const Result<PractitionerAccount> practitioner = byLogin(login);
    if (!practitioner)
        return practitioner.error();
    if (role != PracticeRole::Owner) {
        if (Status kept = checkKeepsAnOwner(practitioner.value()); !kept)
            return kept;
    }
    const PractitionerRepository repository(m_db);
    return m_db.change(PractitionersTable, [&]() -> Status {
        if (Status changed = repository.setRole(practitioner.value().id, role); !changed)
            return changed;
        // An inactive practitioner stays out of every group until they are reactivated in their new role.
        return practitioner.value().active ? repository.setServerRole(login, role) : Status{};
    });
}

Status PractitionerService::checkKeepsAnOwner(const PractitionerAccount &practitioner) const {
    if (!practitioner.active || practitioner.role != PracticeRole::Owner)
        return {};
    const Result<QList<PractitionerAccount>> everyone = list();
    if (!everyone)
        return everyone.error();
    const auto owners =
        std::count_if(everyone.value().begin(), everyone.value().end(),
                      [](const PractitionerAccount &p) { return p.active && p.role == PracticeRole::Owner; });
    if (owners <= 1)
        return Error{Error::Kind::Invalid,
                     Tr::tr("%1 is the practice's only owner; make someone else an owner "
                            "first.")
                         .arg(practitioner.shownName())};
    return {};
}

Result<int> PractitionerService::responsibleCount(const QString &login) const {
    const Result<PractitionerAccount> practitioner = byLogin(login);
    if (!practitioner)
        return practitioner.error();
    return PractitionerRepository(m_db).responsibleCount(practitioner.value().id);
}

Status PractitionerService::deactivate(const QString &login, const QString &handClientsTo) const {
    if (Status allowed = checkOwnerOnServer(Tr::tr("deactivating a practitioner")); !allowed)
        return allowed;
    const Result<PractitionerAccount> practitioner = byLogin(login);
    if (!practitioner)
        return practitioner.error();
    const PractitionerAccount &leaving = practitioner.value();
    if (!leaving.active)
        return Error{Error::Kind::Invalid, Tr::tr("%1 is already inactive.").arg(leaving.shownName())};
    if (leaving.id == m_db.practitionerId())
        return Error{Error::Kind::Invalid, Tr::tr("You cannot deactivate yourself; another owner can.")};
    if (Status kept = checkKeepsAnOwner(leaving); !kept)
        return kept;
    std::optional<PractitionerAccount> successor;
    if (!handClientsTo.isEmpty()) {
        const Result<PractitionerAccount> chosen = workingPractitioner(handClientsTo);
        if (!chosen)
            return chosen.error();
        if (chosen.value().id == leaving.id)
            return Error{
                Error::Kind::Invalid,
                Tr::tr("%1's clients go to someone who stays in the practice.").arg(leaving.shownName())};
        successor = chosen.value();
    }
    const PractitionerRepository repository(m_db);
    if (!successor) {
        const Result<int> clients = repository.responsibleCount(leaving.id);
        if (!clients)
            return clients.error();
        if (clients.value() > 0)
            return Error{
                Error::Kind::Invalid,
                Tr::tr("%1 is still responsible for %n client(s): hand them over first, or choose who "
                       "takes them over.",
                       nullptr, clients.value())
                    .arg(leaving.shownName())};
    }
    return m_db.change(PractitionersTable, [&]() -> Status {
        if (successor) {
            if (Status handed = repository.handOverAll(leaving.id, successor->id); !handed)
                return handed;
            m_db.announce(ClientsTable);
        }
        if (Status changed = repository.setActive(leaving.id, false); !changed)
            return changed;
        return repository.setServerSignIn(leaving.login, false, leaving.role);
    });
}

Status PractitionerService::reactivate(const QString &login) const {
    if (Status allowed = checkOwnerOnServer(Tr::tr("reactivating a practitioner")); !allowed)
        return allowed;
    const Result<PractitionerAccount> practitioner = byLogin(login);
    if (!practitioner)
        return practitioner.error();
    if (practitioner.value().active)
        return Error{Error::Kind::Invalid,
                     Tr::tr("%1 is already active.").arg(practitioner.value().shownName())};
    const PractitionerRepository repository(m_db);
    return m_db.change(PractitionersTable, [&]() -> Status {
        if (Status changed = repository.setActive(practitioner.value().id, true); !changed)
            return changed;
        return repository.setServerSignIn(login, true, practitioner.value().role);
    });
}

Status PractitionerService::mayShare() const {
    return checkOwnerOnServer(Tr::tr("sharing a client"));
}

Status PractitionerService::share(qint64 clientId, const QString &login) const {
    if (Status allowed = mayShare(); !allowed)
        return allowed;
    const Result<PractitionerAccount> practitioner = workingPractitioner(login);
    if (!practitioner)
        return practitioner.error();
    if (const Result<Client> client = ClientRepository(m_db).get(clientId); !client)
        return client.error();
    const PractitionerRepository repository(m_db);
    return m_db.change(ClientsTable, [&]() { return repository.share(clientId, practitioner.value().id); });
}

Status PractitionerService::unshare(qint64 clientId, const QString &login) const {
    if (Status allowed = checkOwnerOnServer(Tr::tr("ending the sharing of a client")); !allowed)
        return allowed;
    const Result<PractitionerAccount> practitioner = byLogin(login);
    if (!practitioner)
        return practitioner.error();
    const PractitionerRepository repository(m_db);
    return m_db.change(ClientsTable, [&]() { return repository.unshare(clientId, practitioner.value().id); });
}

Result<QList<PractitionerAccount>> PractitionerService::sharedWith(qint64 clientId) const {
    return PractitionerRepository(m_db).sharedWith(clientId);
}

Status PractitionerService::mayHandOver(qint64 clientId) const {
    if (!m_db.isServer())
        return checkOwnerOnServer(Tr::tr("handing a client over"));
    const Result<RecordAuthors> authors = clientAuthors(clientId);
    if (!authors)
        return authors.error();
    const Result<PractitionerAccount> me = signedIn();
    if (!me)
        return me.error();
    const bool owner = me.value().active && me.value().role == PracticeRole::Owner;
    const bool responsible = me.value().id > 0 && authors.value().responsible.id == me.value().id;
    if (!owner && !responsible)
        return Error{
            Error::Kind::Forbidden,
            Tr::tr("Only an owner or the practitioner responsible for the client can hand it over.")};
    return {};
}

Status PractitionerService::handOver(qint64 clientId, const QString &login) const {
    if (Status allowed = mayHandOver(clientId); !allowed)
        return allowed;
    const Result<PractitionerAccount> practitioner = workingPractitioner(login);
    if (!practitioner)
        return practitioner.error();
    const PractitionerRepository repository(m_db);
    return m_db.change(ClientsTable,
                       [&]() { return repository.setResponsible(clientId, practitioner.value().id); });
}

Result<RecordAuthors> PractitionerService::clientAuthors(qint64 clientId) const {
    return PractitionerRepository(m_db).clientAuthors(clientId);
}

Result<RecordAuthors> PractitionerService::incidentAuthors(qint64 incidentId) const {
    return PractitionerRepository(m_db).incidentAuthors(incidentId);
}

} // namespace bk
