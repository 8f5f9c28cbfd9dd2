// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/cli/CliArguments.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CommandGroups.h"
#include "app/practitioner/PractitionerService.h"
#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace bk::cli {

namespace {

// lupdate files these messages under "PractitionerCommands", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(PractitionerCommands)
};

const QList<OutputFormat> PractitionerFormats = {OutputFormat::Table, OutputFormat::Csv, OutputFormat::Json};

QString roleKeys() {
    QStringList keys;
    for (PracticeRole role : PracticeRoles::all())
        keys.append(PracticeRoles::key(role));
    return keys.join(QLatin1Char('|'));
}

// The role named on the command line; nullopt after reporting wrong usage.
std::optional<PracticeRole> roleArgument(Invocation &invocation, const QString &text, int *exitCode) {
    const std::optional<PracticeRole> role = PracticeRoles::fromKey(text);
    if (!role)
        *exitCode = invocation.usageError(
            Tr::tr("“%1” is not a practice role; use one of %2.").arg(text, roleKeys()));
    return role;
}

// The client id in positional argument `index`; 0 after reporting wrong usage.
qint64 clientArgument(Invocation &invocation, int index, int *exitCode) {
    const QString text = invocation.positional(index);
    const std::optional<qint64> id = positiveNumber(text);
    if (!id) {
        *exitCode = invocation.usageError(
            Tr::tr("“%1” is not a client id; ids are whole numbers above 0, as “clients list” shows.")
                .arg(text));
        return 0;
    }
    return *id;
}

// One line from standard input without its line ending; a null string at its end.
QString readLine() {
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return {};
    const QByteArray line = input.readLine();
    if (line.isEmpty())
        return {};
    return QString::fromUtf8(line).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
}

// The new sign-in's password: the first line of standard input with --password-stdin, otherwise asked twice
// on the terminal without showing it. Never an argument: command lines are visible to everyone on the
// computer. A null string after reporting why there is none.
QString newPassword(Invocation &invocation, const QString &login) {
    if (invocation.isSet(QStringLiteral("password-stdin"))) {
        const QString password = readLine();
        if (password.isEmpty())
            invocation.fail(Tr::tr("--password-stdin was given, but standard input held no password."));
        return password.isEmpty() ? QString() : password;
    }
#ifdef Q_OS_UNIX
    if (isatty(STDIN_FILENO)) {
        termios shown{};
        tcgetattr(STDIN_FILENO, &shown);
        termios hidden = shown;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        auto ask = [&](const QString &prompt) {
            invocation.err() << prompt << Qt::flush;
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
            const QString answer = readLine();
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &shown);
            invocation.err() << QLatin1Char('\n') << Qt::flush;
            return answer;
        };
        const QString password = ask(Tr::tr("Password for %1: ").arg(login));
        if (password.isEmpty()) {
            invocation.fail(Tr::tr("No password was given; nothing was changed."));
            return {};
        }
        if (ask(Tr::tr("The same password again: ")) != password) {
            invocation.fail(Tr::tr("The two passwords differ; nothing was changed."));
            return {};
        }
        return password;
    }
#endif
    invocation.fail(Tr::tr("There is no terminal to ask for %1's password on; give it on standard input with "
                           "--password-stdin.")
                        .arg(login));
    return {};
}

ListRow practitionerRow(const PractitionerAccount &practitioner) {
    const QJsonObject record{{QStringLiteral("id"), QJsonValue(practitioner.id)},
                             {QStringLiteral("login"), practitioner.login},
                             {QStringLiteral("name"), practitioner.displayName},
                             {QStringLiteral("role"), PracticeRoles::key(practitioner.role)},
                             {QStringLiteral("active"), practitioner.active},
                             {QStringLiteral("created_at"), utcOrNull(practitioner.createdAt)}};
    return {record,
            {practitioner.login, practitioner.displayName, PracticeRoles::label(practitioner.role),
             practitioner.active ? Tr::tr("yes") : Tr::tr("no")}};
}

int list(Invocation &invocation) {
    int exitCode = ExitOk;
    const std::optional<OutputFormat> format =
        chosenFormat(invocation, OutputFormat::Table, PractitionerFormats, &exitCode);
    if (!format)
        return exitCode;
    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    if (!database->isServer())
        return invocation.fail(PractitionerService::needsServer());
    const Result<QList<PractitionerAccount>> practitioners = PractitionerService(*database).list();
    if (!practitioners)
        return invocation.fail(practitioners.error());
    const ListLayout layout{{QStringLiteral("id"), QStringLiteral("login"), QStringLiteral("name"),
                             QStringLiteral("role"), QStringLiteral("active"), QStringLiteral("created_at")},
                            {Tr::tr("Login"), Tr::tr("Name"), Tr::tr("Role"), Tr::tr("Active")}};
    const ListWalk walk = [&](const std::function<void(const ListRow &)> &sink) -> Status {
        for (const PractitionerAccount &practitioner : practitioners.value())
            sink(practitionerRow(practitioner));
        return {};
    };
    if (const Status written = writeList(invocation.out(), *format, layout, walk); !written)
        return invocation.fail(written.error());
    return ExitOk;
}

int add(Invocation &invocation) {
    int exitCode = ExitOk;
    const QString login = invocation.positional(0);
    if (!PractitionerService::isValidLogin(login))
        return invocation.usageError(Tr::tr("“%1” cannot be a sign-in name: use 1 to 63 lower-case letters, "
                                            "digits and “_”, not starting with a digit, “pg_” or “bk_”.")
                                         .arg(login));
    PracticeRole role = PracticeRole::Practitioner;
    if (invocation.isSet(QStringLiteral("role"))) {
        const std::optional<PracticeRole> chosen =
            roleArgument(invocation, invocation.value(QStringLiteral("role")), &exitCode);
        if (!chosen)
            return exitCode;
        role = *chosen;
    }
    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    const PractitionerService practitioners(*database);
    // Refused before the password is asked for when the practice cannot take a practitioner anyway.
    if (const Status allowed = practitioners.checkOwnerOnServer(Tr::tr("adding a practitioner")); !allowed)
        return invocation.fail(allowed.error());
    const QString password = newPassword(invocation, login);
    if (password.isNull())
        return ExitFailure;
    const Result<qint64> added =
        practitioners.add({login, invocation.value(QStringLiteral("name")), role, password});
    if (!added)
        return invocation.fail(added.error());
    invocation.out() << Tr::tr("Added %1 as %2; they sign in to the server as “%1” with their password.")
                            .arg(login, PracticeRoles::inSentence(role))
                     << QLatin1Char('\n');
    return ExitOk;
}

int setRole(Invocation &invocation) {
    int exitCode = ExitOk;
    const std::optional<PracticeRole> role = roleArgument(invocation, invocation.positional(1), &exitCode);
    if (!role)
        return exitCode;
    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    const QString login = invocation.positional(0);
    if (const Status changed = PractitionerService(*database).setRole(login, *role); !changed)
        return invocation.fail(changed.error());
    invocation.out() << Tr::tr("%1 is now %2.").arg(login, PracticeRoles::inSentence(*role))
                     << QLatin1Char('\n');
    return ExitOk;
}

int deactivate(Invocation &invocation) {
    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    const QString login = invocation.positional(0);
    const QString successor = invocation.value(QStringLiteral("hand-over-to"));
    if (const Status done = PractitionerService(*database).deactivate(login, successor); !done)
        return invocation.fail(done.error());
    if (!successor.isEmpty())
        invocation.out() << Tr::tr("%1 is now responsible for %2's clients.").arg(successor, login)
                         << QLatin1Char('\n');
    invocation.out()
        << Tr::tr("%1 is inactive and can no longer sign in; their records keep their name.").arg(login)
        << QLatin1Char('\n');
    return ExitOk;
}

int reactivate(Invocation &invocation) {
    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    const QString login = invocation.positional(0);
    if (const Status done = PractitionerService(*database).reactivate(login); !done)
        return invocation.fail(done.error());
    invocation.out() << Tr::tr("%1 is active again and can sign in.").arg(login) << QLatin1Char('\n');
    return ExitOk;
}

// share, unshare and hand-over: a client and a practitioner.
int clientChange(Invocation &invocation,
                 const std::function<Status(const PractitionerService &, qint64, const QString &)> &change,
                 const QString &done) {
    int exitCode = ExitOk;
    const qint64 client = clientArgument(invocation, 0, &exitCode);
    if (!client)
        return exitCode;
    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    const QString login = invocation.positional(1);
    if (const Status changed = change(PractitionerService(*database), client, login); !changed)
        return invocation.fail(changed.error());
    invocation.out() << done.arg(client).arg(login) << QLatin1Char('\n');
    return ExitOk;
}

} // namespace

QList<Command> practitionerCommands() {
    const QString group = QStringLiteral("practitioners");
    const QString serverNote = Tr::tr(
        "Practitioners work on a practice server, where each signs in as their own PostgreSQL role and\n"
        "the server itself enforces what they may see and do (README, “Who may do what”). A database\n"
        "file is a solo practice: these commands refuse it.");

    Command listCommand;
    listCommand.words = {group, QStringLiteral("list")};
    listCommand.arguments = QStringLiteral("[--format %1]").arg(OutputFormats::keys(PractitionerFormats));
    listCommand.summary = Tr::tr("List the practice's practitioners and their roles.");
    listCommand.options = {formatOption(Tr::tr("table (default), csv or json."))};
    listCommand.details =
        serverNote + QStringLiteral("\n") +
        Tr::tr("CSV and JSON keys: id, login, name, role (owner, practitioner, administrator), active,\n"
               "created_at.");
    listCommand.run = list;

    Command addCommand;
    addCommand.words = {group, QStringLiteral("add")};
    addCommand.arguments =
        QStringLiteral("LOGIN [--name NAME] [--role %1] [--password-stdin]").arg(roleKeys());
    addCommand.summary = Tr::tr("Add a practitioner and create their sign-in on the server (owners only).");
    addCommand.options = {
        QCommandLineOption(QStringLiteral("name"), Tr::tr("Their name as the practice shows it."),
                           QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("role"), Tr::tr("owner, practitioner (default) or administrator."),
                           QStringLiteral("ROLE")),
        QCommandLineOption(QStringLiteral("password-stdin"),
                           Tr::tr("Read the password from the first line of standard input instead of asking "
                                  "for it on the terminal.")),
    };
    addCommand.positionalNames = {QStringLiteral("LOGIN")};
    addCommand.details =
        serverNote + QStringLiteral("\n") +
        Tr::tr("Creates the PostgreSQL role LOGIN (LOGIN, with the password) as a member of the practice's\n"
               "group role for ROLE, creating the practice's group roles and their grants the first time.\n"
               "The password is asked for on the terminal, or read from standard input with\n"
               "--password-stdin; it is never taken from the command line. Needs an owner with CREATEROLE.");
    addCommand.run = add;

    Command setRoleCommand;
    setRoleCommand.words = {group, QStringLiteral("set-role")};
    setRoleCommand.arguments = QStringLiteral("LOGIN ROLE");
    setRoleCommand.summary = Tr::tr("Give a practitioner another role (owners only).");
    setRoleCommand.positionalNames = {QStringLiteral("LOGIN"), QStringLiteral("ROLE")};
    setRoleCommand.details =
        serverNote + QStringLiteral("\n") +
        Tr::tr("ROLE is owner, practitioner or administrator. The practice keeps at least one owner.");
    setRoleCommand.run = setRole;

    Command deactivateCommand;
    deactivateCommand.words = {group, QStringLiteral("deactivate")};
    deactivateCommand.arguments = QStringLiteral("LOGIN [--hand-over-to LOGIN]");
    deactivateCommand.summary = Tr::tr(
        "Deactivate a practitioner who leaves the practice; they can no longer sign in (owners only).");
    deactivateCommand.options = {QCommandLineOption(
        QStringLiteral("hand-over-to"),
        Tr::tr("Make this practitioner responsible for all of their clients in the same change."),
        QStringLiteral("LOGIN"))};
    deactivateCommand.positionalNames = {QStringLiteral("LOGIN")};
    deactivateCommand.details =
        serverNote + QStringLiteral("\n") +
        Tr::tr("The server refuses the role's sign-in from then on (NOLOGIN) and takes it out of the\n"
               "practice's group roles, so a session still open is refused at its next statement. Their\n"
               "records and the audit trail keep their name. A practitioner still responsible for clients\n"
               "is refused unless --hand-over-to names who takes them over; nobody deactivates themselves\n"
               "or the practice's last active owner. “practitioners reactivate” undoes it.");
    deactivateCommand.run = deactivate;

    Command reactivateCommand;
    reactivateCommand.words = {group, QStringLiteral("reactivate")};
    reactivateCommand.arguments = QStringLiteral("LOGIN");
    reactivateCommand.summary = Tr::tr("Let a deactivated practitioner sign in again (owners only).");
    reactivateCommand.positionalNames = {QStringLiteral("LOGIN")};
    reactivateCommand.details = serverNote + QStringLiteral("\n") +
                                Tr::tr("They come back in the role they had, with their old password.");
    reactivateCommand.run = reactivate;

    Command shareCommand;
    shareCommand.words = {group, QStringLiteral("share")};
    shareCommand.arguments = QStringLiteral("CLIENT_ID LOGIN");
    shareCommand.summary = Tr::tr("Share a client with a practitioner (owners only).");
    shareCommand.positionalNames = {QStringLiteral("CLIENT_ID"), QStringLiteral("LOGIN")};
    shareCommand.details =
        serverNote + QStringLiteral("\n") +
        Tr::tr("The practitioner then sees the client and everything that belongs to them: incidents and\n"
               "their steps, agreements, contracts, acknowledgements and follow-ups.");
    shareCommand.run = [](Invocation &invocation) {
        return clientChange(
            invocation,
            [](const PractitionerService &service, qint64 client, const QString &login) {
                return service.share(client, login);
            },
            Tr::tr("Client %1 is now shared with %2."));
    };

    Command unshareCommand;
    unshareCommand.words = {group, QStringLiteral("unshare")};
    unshareCommand.arguments = QStringLiteral("CLIENT_ID LOGIN");
    unshareCommand.summary = Tr::tr("Stop sharing a client with a practitioner (owners only).");
    unshareCommand.positionalNames = {QStringLiteral("CLIENT_ID"), QStringLiteral("LOGIN")};
    unshareCommand.details = serverNote;
    unshareCommand.run = [](Invocation &invocation) {
        return clientChange(
            invocation,
            [](const PractitionerService &service, qint64 client, const QString &login) {
                return service.unshare(client, login);
            },
            Tr::tr("Client %1 is no longer shared with %2."));
    };

    Command handOverCommand;
    handOverCommand.words = {group, QStringLiteral("hand-over")};
    handOverCommand.arguments = QStringLiteral("CLIENT_ID LOGIN");
    handOverCommand.summary =
        Tr::tr("Make another practitioner responsible for a client (an owner, or the responsible one).");
    handOverCommand.positionalNames = {QStringLiteral("CLIENT_ID"), QStringLiteral("LOGIN")};
    handOverCommand.details =
        serverNote + QStringLiteral("\n") +
        Tr::tr("A practitioner who hands their own client over no longer sees it, unless "
               "it is shared\nwith them.");
    handOverCommand.run = [](Invocation &invocation) {
        return clientChange(
            invocation,
            [](const PractitionerService &service, qint64 client, const QString &login) {
                return service.handOver(client, login);
            },
            Tr::tr("%2 is now responsible for client %1."));
    };

    return {listCommand,       addCommand,   setRoleCommand, deactivateCommand,
            reactivateCommand, shareCommand, unshareCommand, handOverCommand};
}

} // namespace bk::cli
