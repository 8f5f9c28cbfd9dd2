// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/cli/CliArguments.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CommandGroups.h"
#include "app/clients/Client.h"
#include "app/clients/ClientService.h"
#include "app/common/DocumentLanguage.h"
#include "app/export/ClientDataExport.h"
#include "app/practitioner/PractitionerService.h"
#include "app/storage/ClientRepository.h"
#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace bk::cli {

namespace {

// lupdate files these messages under "ClientCommands", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(ClientCommands)
};

/// Rows read from the database at a time while listing: bounds memory however long the list is.
constexpr int ListChunk = 500;

QCommandLineOption valueOption(const char *name, const QString &valueName, const QString &description) {
    return QCommandLineOption(QString::fromLatin1(name), description, valueName);
}

QString utcText(const QDateTime &time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue optionalText(const QString &text, bool present) {
    return present ? QJsonValue(text) : QJsonValue(QJsonValue::Null);
}

// The machine-readable client shared by list (CSV and JSON) and show (JSON): stable keys, UTC times.
QJsonObject clientRecord(const Client &client) {
    return {
        {QStringLiteral("id"), QJsonValue(client.id)},
        {QStringLiteral("full_name"), client.fullName},
        {QStringLiteral("preferred_name"), client.preferredName},
        {QStringLiteral("email"), client.email},
        {QStringLiteral("phone"), client.phone},
        {QStringLiteral("channel"),
         optionalText(client.preferredChannel ? ContactChannels::key(*client.preferredChannel) : QString(),
                      client.preferredChannel.has_value())},
        {QStringLiteral("status"), ClientStatuses::key(client.status)},
        {QStringLiteral("start_date"),
         optionalText(client.startDate.toString(Qt::ISODate), client.startDate.isValid())},
        {QStringLiteral("archived"), client.archived},
        {QStringLiteral("created_at"), utcText(client.createdAt)},
        {QStringLiteral("updated_at"), utcText(client.updatedAt)},
    };
}

ListLayout clientListLayout() {
    return {{QStringLiteral("id"), QStringLiteral("full_name"), QStringLiteral("preferred_name"),
             QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("channel"),
             QStringLiteral("status"), QStringLiteral("start_date"), QStringLiteral("archived"),
             QStringLiteral("created_at"), QStringLiteral("updated_at")},
            {Tr::tr("ID"), Tr::tr("Name"), Tr::tr("Email"), Tr::tr("Phone"), Tr::tr("Channel"),
             Tr::tr("Status"), Tr::tr("Start date")}};
}

ListRow clientListRow(const Client &client) {
    return {clientRecord(client),
            {QString::number(client.id), client.fullName, client.email, client.phone,
             client.preferredChannel ? ContactChannels::label(*client.preferredChannel) : QString(),
             ClientStatuses::label(client.status), client.startDate.toString(Qt::ISODate)}};
}

// Parses a client id argument; reports wrong usage and returns 0 when it is not one.
qint64 clientId(Invocation &invocation, int *exitCode) {
    const QString text = invocation.positional(0);
    const std::optional<qint64> id = positiveNumber(text);
    if (!id)
        *exitCode = invocation.usageError(
            Tr::tr("“%1” is not a client id; ids are whole numbers above 0, as “clients list” shows.")
                .arg(text));
    return id.value_or(0);
}

// The client options add and edit share; what is not given stays as `client` has it. False after reporting
// wrong usage (its exit code in `exitCode`).
bool readClientOptions(Invocation &invocation, Client *client, int *exitCode) {
    const auto text = [&invocation](const char *option, QString *field) {
        if (invocation.isSet(QString::fromLatin1(option)))
            *field = invocation.value(QString::fromLatin1(option));
    };
    text("name", &client->fullName);
    text("preferred-name", &client->preferredName);
    text("email", &client->email);
    text("phone", &client->phone);
    text("notes", &client->notes);
    ContactChannel channel = ContactChannel::InPerson;
    if (!readChannelOption(invocation, QStringLiteral("channel"), &channel, exitCode) ||
        !readClientStatusOption(invocation, QStringLiteral("status"), &client->status, exitCode))
        return false;
    if (invocation.isSet(QStringLiteral("channel")))
        client->preferredChannel = channel;
    if (invocation.isSet(QStringLiteral("start-date"))) {
        const Result<QDate> date = parseDate(invocation.value(QStringLiteral("start-date")));
        if (!date) {
            *exitCode = invocation.usageError(date.error().message);
            return false;
        }
        client->startDate = date.value();
    }
    if (invocation.isSet(QStringLiteral("document-language"))) {
        const QString language = invocation.value(QStringLiteral("document-language")).trimmed();
        if (!DocumentLanguage::isSupported(language)) {
            *exitCode = invocation.usageError(
                Tr::tr("--document-language: “%1” is not a language documents can be written in; choose one "
                       "of: %2.")
                    .arg(language, DocumentLanguage::codes().join(QStringLiteral(", "))));
            return false;
        }
        client->documentLanguage = language;
    }
    return true;
}

int add(Invocation &invocation) {
    if (!invocation.isSet(QStringLiteral("name")))
        return invocation.usageError(Tr::tr("--name is required: the client's full name."));

    Client client;
    int exitCode = ExitOk;
    if (!readClientOptions(invocation, &client, &exitCode))
        return exitCode;

    const Database *database = invocation.database(DatabaseUse::CreateIfMissing);
    if (!database)
        return ExitFailure;
    const Result<qint64> added = ClientService(*database).add(client);
    if (!added)
        return invocation.fail(added.error());
    invocation.out() << added.value() << QLatin1Char('\n');
    return ExitOk;
}

int list(Invocation &invocation) {
    ClientFilter filter;
    filter.search = invocation.value(QStringLiteral("search"));
    filter.includeArchived = invocation.isSet(QStringLiteral("archived"));
    if (const Status searchable = filter.checkSearch(); !searchable)
        return invocation.usageError(Tr::tr("--search: %1").arg(searchable.error().message));
    int exitCode = ExitOk;
    ClientStatus status = ClientStatus::Prospect;
    if (!readClientStatusOption(invocation, QStringLiteral("status"), &status, &exitCode))
        return exitCode;
    if (invocation.isSet(QStringLiteral("status")))
        filter.status = status;
    const std::optional<OutputFormat> format =
        chosenFormat(invocation, OutputFormat::Table, ListFormats, &exitCode, Tr::tr("a list format"));
    if (!format)
        return exitCode;

    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    const ClientRepository clients(*database);
    const ClientSort sort;
    // Keyset paging: each chunk continues after the last row of the one before, so no row is read twice.
    const ListWalk walk = pagedWalk<ClientListRow>(
        [&](const ClientListRow *after) {
            return after ? clients.pageNextTo(filter, sort, *after, false, ListChunk)
                         : clients.pageAt(filter, sort, 0, ListChunk);
        },
        [](const ClientListRow &row) { return clientListRow(row.client); }, ListChunk);
    if (const Status written = writeList(invocation.out(), *format, clientListLayout(), walk); !written)
        return invocation.fail(written.error());
    return ExitOk;
}

int show(Invocation &invocation) {
    int exitCode = ExitOk;
    const std::optional<OutputFormat> format = chosenFormat(invocation, OutputFormat::Text, ShowFormats,
                                                            &exitCode, Tr::tr("a format for one client"));
    if (!format)
        return exitCode;
    const qint64 id = clientId(invocation, &exitCode);
    if (!id)
        return exitCode;

    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    const Result<Client> found = ClientRepository(*database).get(id);
    if (!found)
        return invocation.fail(found.error());
    const Client &client = found.value();

    const Result<RecordAuthors> authors = PractitionerService(*database).clientAuthors(id);
    if (!authors)
        return invocation.fail(authors.error());
    if (*format == OutputFormat::Json) {
        QJsonObject record = clientRecord(client);
        record.insert(QStringLiteral("notes"), client.notes);
        record.insert(QStringLiteral("version"), client.rowVersion);
        record.insert(QStringLiteral("responsible"), textOrNull(authors.value().responsible.login));
        record.insert(QStringLiteral("created_by"), textOrNull(authors.value().createdBy.login));
        record.insert(QStringLiteral("changed_by"), textOrNull(authors.value().changedBy.login));
        record.insert(QStringLiteral("document_language"), client.documentLanguage);
        invocation.out() << QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    writeDetails(
        invocation.out(),
        {{Tr::tr("ID"), QString::number(client.id)},
         {Tr::tr("Name"), client.fullName},
         {Tr::tr("Preferred name"), client.preferredName},
         {Tr::tr("Email"), client.email},
         {Tr::tr("Phone"), client.phone},
         {Tr::tr("Channel"),
          client.preferredChannel ? ContactChannels::label(*client.preferredChannel) : QString()},
         {Tr::tr("Status"), ClientStatuses::label(client.status)},
         {Tr::tr("Start date"), client.startDate.toString(Qt::ISODate)},
         {Tr::tr("Archived"), client.archived ? Tr::tr("yes") : Tr::tr("no")},
         {Tr::tr("Documents in"),
          Tr::tr("%1 (%2)").arg(DocumentLanguage::name(client.documentLanguage), client.documentLanguage)},
         {Tr::tr("Added"), zonedText(client.createdAt)},
         {Tr::tr("Updated"), zonedText(client.updatedAt)},
         {Tr::tr("Version"), QString::number(client.rowVersion)},
         {Tr::tr("Responsible"), authors.value().responsible.shownName()},
         {Tr::tr("Created by"), authors.value().createdBy.shownName()},
         {Tr::tr("Changed by"), authors.value().changedBy.shownName()},
         {Tr::tr("Notes"), client.notes}});
    return ExitOk;
}

int edit(Invocation &invocation) {
    int exitCode = ExitOk;
    const qint64 id = clientId(invocation, &exitCode);
    if (!id)
        return exitCode;
    std::optional<qint64> expected;
    if (invocation.isSet(QStringLiteral("expect-version"))) {
        expected = positiveNumber(invocation.value(QStringLiteral("expect-version")));
        if (!expected)
            return invocation.usageError(
                Tr::tr("--expect-version: “%1” is not a version; versions are whole numbers above 0, as "
                       "“clients show” prints them.")
                    .arg(invocation.value(QStringLiteral("expect-version"))));
    }
    const QStringList fields = {
        QStringLiteral("name"),   QStringLiteral("preferred-name"), QStringLiteral("email"),
        QStringLiteral("phone"),  QStringLiteral("notes"),          QStringLiteral("channel"),
        QStringLiteral("status"), QStringLiteral("start-date"),     QStringLiteral("document-language")};
    if (std::none_of(fields.begin(), fields.end(),
                     [&](const QString &option) { return invocation.isSet(option); }))
        return invocation.usageError(
            Tr::tr("Nothing to change: give at least one of --%1.").arg(fields.join(QStringLiteral(", --"))));

    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    const ClientService clients(*database);
    Result<Client> found = clients.get(id);
    if (!found)
        return invocation.fail(found.error());
    Client client = std::move(found).value();
    // The write is conditional on the version read here (or the one a script read earlier): a change saved
    // elsewhere in between is reported, never overwritten.
    if (expected && client.rowVersion != *expected)
        return invocation.fail(
            Tr::tr("Client %1, %2, is at version %3, not %4: it was changed after you read "
                   "it. Nothing was saved; “clients show %1” shows it as it is now.")
                .arg(id)
                .arg(client.fullName)
                .arg(client.rowVersion)
                .arg(*expected));
    if (!readClientOptions(invocation, &client, &exitCode))
        return exitCode;
    const Result<int> saved = clients.update(client);
    if (!saved) {
        if (saved.error().kind == Error::Kind::Stale)
            return invocation.fail(Tr::tr("%1 Nothing was saved; “clients show %2” shows it as it is now.")
                                       .arg(saved.error().message)
                                       .arg(id));
        return invocation.fail(saved.error());
    }
    invocation.out() << Tr::tr("Saved client %1, %2 (version %3).")
                            .arg(id)
                            .arg(client.fullName.trimmed())
                            .arg(saved.value())
                     << QLatin1Char('\n');
    return ExitOk;
}

int setArchived(Invocation &invocation, bool archived) {
    int exitCode = ExitOk;
    const qint64 id = clientId(invocation, &exitCode);
    if (!id)
        return exitCode;
    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    const ClientRepository clients(*database);
    const Result<Client> found = clients.get(id);
    if (!found)
        return invocation.fail(found.error());
    const QString name = found.value().fullName;
    if (found.value().archived == archived) {
        invocation.out() << (archived ? Tr::tr("Client %1, %2, was already archived.")
                                      : Tr::tr("Client %1, %2, is not archived."))
                                .arg(id)
                                .arg(name)
                         << QLatin1Char('\n');
        return ExitOk;
    }
    if (const Status changed = ClientService(*database).setArchived(id, archived); !changed)
        return invocation.fail(changed.error());
    invocation.out() << (archived ? Tr::tr("Archived client %1, %2.") : Tr::tr("Restored client %1, %2."))
                            .arg(id)
                            .arg(name)
                     << QLatin1Char('\n');
    return ExitOk;
}

int exportData(Invocation &invocation) {
    int exitCode = ExitOk;
    const qint64 id = clientId(invocation, &exitCode);
    if (!id)
        return exitCode;
    const QString folder = invocation.value(QStringLiteral("out"));
    if (folder.isEmpty())
        return invocation.usageError(
            Tr::tr("--out is required: a new or empty folder to write the client's data to."));
    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    const Result<ClientDataExport::Summary> written = ClientDataExport::write(*database, id, folder);
    if (!written)
        return invocation.fail(written.error());
    invocation.out() << Tr::tr("Wrote everything held about client %1 (%2, %3) to %4: report.html, data.json "
                               "and the signed PDFs.")
                            .arg(id)
                            .arg(Tr::tr("%n incident(s)", nullptr, written.value().incidents),
                                 Tr::tr("%n signed document(s)", nullptr, written.value().documents),
                                 QDir::toNativeSeparators(folder))
                     << QLatin1Char('\n');
    return ExitOk;
}

int erase(Invocation &invocation) {
    int exitCode = ExitOk;
    const qint64 id = clientId(invocation, &exitCode);
    if (!id)
        return exitCode;
    const bool keep = invocation.isSet(QStringLiteral("keep-agreements"));
    const bool remove = invocation.isSet(QStringLiteral("remove-agreements"));
    if (keep && remove)
        return invocation.usageError(
            Tr::tr("Give either --keep-agreements or --remove-agreements, not both."));
    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    const ClientService service(*database);
    const Result<Client> found = service.get(id);
    if (!found)
        return invocation.fail(found.error());
    const Result<ErasureScope> scope = service.erasureScope(id);
    if (!scope)
        return invocation.fail(scope.error());
    const qint64 signedDocuments = scope.value().signedAgreements + scope.value().signedContracts;
    if (signedDocuments > 0 && !keep && !remove)
        return invocation.usageError(
            Tr::tr(
                "Client %1, %2, has %n signed agreement(s) or contract(s). A signed agreement may have to be "
                "retained (professional bodies commonly advise about seven years): give --keep-agreements to "
                "keep them as signed, or --remove-agreements to remove them with the rest.",
                nullptr, int(signedDocuments))
                .arg(id)
                .arg(found.value().fullName));
    if (!invocation.isSet(QStringLiteral("yes")))
        return invocation.usageError(
            Tr::tr("Erasing overwrites the personal data of client %1, %2, for good; give --yes to confirm.")
                .arg(id)
                .arg(found.value().fullName));
    const SignedDocuments choice = remove ? SignedDocuments::Remove : SignedDocuments::Keep;
    if (const Status erased = service.erase(id, choice); !erased)
        return invocation.fail(erased.error());
    invocation.out() << Tr::tr(
                            "Erased the personal data of client %1, %2, and the free text of %n incident(s).",
                            nullptr, int(scope.value().incidents))
                            .arg(id)
                            .arg(found.value().fullName)
                     << QLatin1Char('\n');
    if (signedDocuments > 0)
        invocation.out() << (choice == SignedDocuments::Remove
                                 ? Tr::tr("Removed %n signed agreement(s) and contract(s).", nullptr,
                                          int(signedDocuments))
                                 : Tr::tr("Kept %n signed agreement(s) and contract(s) as signed.", nullptr,
                                          int(signedDocuments)))
                         << QLatin1Char('\n');
    return ExitOk;
}

} // namespace

QList<Command> clientCommands() {
    const QString group = QStringLiteral("clients");
    const QCommandLineOption statusOption =
        valueOption("status", QStringLiteral("STATUS"),
                    Tr::tr("Only clients with this status: %1.").arg(clientStatusKeys()));

    const QCommandLineOption languageOption = valueOption(
        "document-language", QStringLiteral("LANGUAGE"),
        Tr::tr("The language of the client's agreements, contracts and summaries: %1 (default: the "
               "practice's language, the one the program runs in).")
            .arg(DocumentLanguage::codes().join(QStringLiteral(", "))));
    const QList<QCommandLineOption> fieldOptions = {
        valueOption("preferred-name", QStringLiteral("NAME"),
                    Tr::tr("The name the client likes to be called.")),
        valueOption("email", QStringLiteral("EMAIL"), Tr::tr("Email address.")),
        valueOption("phone", QStringLiteral("PHONE"), Tr::tr("Phone number.")),
        valueOption("channel", QStringLiteral("CHANNEL"),
                    Tr::tr("Preferred contact channel: %1.").arg(channelKeys())),
        valueOption("start-date", QStringLiteral("YYYY-MM-DD"), Tr::tr("The day the work together starts.")),
        valueOption("notes", QStringLiteral("TEXT"), Tr::tr("Notes about the client.")),
        languageOption,
    };

    Command addCommand;
    addCommand.words = {group, QStringLiteral("add")};
    addCommand.arguments = QStringLiteral("--name NAME [OPTIONS]");
    addCommand.summary = Tr::tr("Add a client to the register and print the new client's id.");
    addCommand.options = {
        valueOption("name", QStringLiteral("NAME"), Tr::tr("The client's full name (required)."))};
    addCommand.options.append(fieldOptions);
    addCommand.options.append(
        valueOption("status", QStringLiteral("STATUS"),
                    Tr::tr("Where the relationship stands: %1 (default prospect).").arg(clientStatusKeys())));
    addCommand.run = add;

    Command listCommand;
    listCommand.words = {group, QStringLiteral("list")};
    listCommand.arguments = QStringLiteral("[--search TEXT] [--status STATUS] [--archived] [--format %1]")
                                .arg(OutputFormats::keys(ListFormats));
    listCommand.summary = Tr::tr("List clients by name; archived clients only with --archived.");
    listCommand.options = {
        valueOption(
            "search", QStringLiteral("TEXT"),
            Tr::tr("Only clients whose name, preferred name, email or phone contain every word of TEXT.")),
        statusOption,
        QCommandLineOption(QStringLiteral("archived"), Tr::tr("Include archived clients.")),
        formatOption(
            Tr::tr("table (default), csv (RFC 4180, with a header row) or json (an array of objects).")),
    };
    listCommand.run = list;

    Command showCommand;
    showCommand.words = {group, QStringLiteral("show")};
    showCommand.arguments = QStringLiteral("ID [--format %1]").arg(OutputFormats::keys(ShowFormats));
    showCommand.summary = Tr::tr("Show everything the register holds about one client.");
    showCommand.options = {formatOption(Tr::tr("text (default) or json."))};
    showCommand.positionalNames = {QStringLiteral("ID")};
    showCommand.run = show;

    Command editCommand;
    editCommand.words = {group, QStringLiteral("edit")};
    editCommand.arguments = QStringLiteral("ID [--expect-version N] [OPTIONS]");
    editCommand.summary = Tr::tr("Change some of a client's details; what is not given stays as it is.");
    editCommand.options = {
        valueOption("name", QStringLiteral("NAME"), Tr::tr("The client's full name.")),
        valueOption("expect-version", QStringLiteral("N"),
                    Tr::tr("Save only if the client is still at version N, as “clients show” printed it.")),
    };
    editCommand.options.append(fieldOptions);
    editCommand.options.append(
        valueOption("status", QStringLiteral("STATUS"),
                    Tr::tr("Where the relationship stands: %1.").arg(clientStatusKeys())));
    editCommand.positionalNames = {QStringLiteral("ID")};
    editCommand.details = Tr::tr(
        "Every client carries a version that each saved change raises by one. The change is saved only "
        "if nobody else saved the client between reading and writing it (or since version N, with "
        "--expect-version); otherwise nothing is saved and the command fails.");
    editCommand.run = edit;

    Command archiveCommand;
    archiveCommand.words = {group, QStringLiteral("archive")};
    archiveCommand.arguments = QStringLiteral("ID");
    archiveCommand.summary = Tr::tr("Archive a client: kept on record, hidden from lists.");
    archiveCommand.positionalNames = {QStringLiteral("ID")};
    archiveCommand.run = [](Invocation &invocation) {
        return setArchived(invocation, true);
    };

    Command restoreCommand;
    restoreCommand.words = {group, QStringLiteral("restore")};
    restoreCommand.arguments = QStringLiteral("ID");
    restoreCommand.summary = Tr::tr("Bring an archived client back into the lists.");
    restoreCommand.positionalNames = {QStringLiteral("ID")};
    restoreCommand.run = [](Invocation &invocation) {
        return setArchived(invocation, false);
    };

    Command eraseCommand;
    eraseCommand.words = {group, QStringLiteral("erase")};
    eraseCommand.arguments = QStringLiteral("ID [--keep-agreements|--remove-agreements] --yes");
    eraseCommand.summary =
        Tr::tr("Erase a client's personal data on their request; anonymised incident counts stay.");
    eraseCommand.details = Tr::tr(
        "Overwrites the client's name, contact details and notes and the free text of their incidents, "
        "steps, "
        "follow-ups and outcomes, and removes their drafts. Their incidents stay, anonymised, so the "
        "dashboard's history stays true, and the erasure is recorded. A client with signed agreements or "
        "contracts needs --keep-agreements or --remove-agreements.");
    eraseCommand.options = {
        QCommandLineOption(QStringLiteral("keep-agreements"),
                           Tr::tr("Keep the client's signed agreements and contracts as signed.")),
        QCommandLineOption(QStringLiteral("remove-agreements"),
                           Tr::tr("Remove the client's signed agreements and contracts too.")),
        QCommandLineOption(QStringLiteral("yes"), Tr::tr("Confirm the erasure; it cannot be undone.")),
    };
    eraseCommand.positionalNames = {QStringLiteral("ID")};
    eraseCommand.run = erase;

    Command exportDataCommand;
    exportDataCommand.words = {group, QStringLiteral("export-data")};
    exportDataCommand.arguments = QStringLiteral("ID --out DIR");
    exportDataCommand.summary = Tr::tr("Answer a client's access request: write everything held about them.");
    exportDataCommand.options = {QCommandLineOption(QStringLiteral("out"),
                                                    Tr::tr("A new or empty folder to write to (required)."),
                                                    QStringLiteral("DIR"))};
    exportDataCommand.positionalNames = {QStringLiteral("ID")};
    exportDataCommand.details = Tr::tr(
        "DIR gets report.html (readable and printable), data.json (the same for programs) and the PDF of\n"
        "every signed agreement and contract: the client's details, agreements, incidents with every step,\n"
        "follow-up and outcome, the written summaries sent and the contracts. Your private reflection\n"
        "entries are not included. Every file is readable by you only (0600).");
    exportDataCommand.run = exportData;

    return {addCommand,     listCommand,    showCommand,  editCommand,
            archiveCommand, restoreCommand, eraseCommand, exportDataCommand};
}

} // namespace bk::cli
