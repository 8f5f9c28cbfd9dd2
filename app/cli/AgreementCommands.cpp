// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/AgreementFiles.h"
#include "app/agreements/AgreementService.h"
#include "app/agreements/AgreementVerifier.h"
#include "app/agreements/ContractService.h"
#include "app/cli/CliArguments.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CommandGroups.h"
#include "app/common/Clock.h"
#include "app/common/Sha256.h"
#include "app/storage/AgreementRepository.h"
#include "app/storage/ClientRepository.h"
#include "app/storage/ContractRepository.h"
#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace bk::cli {

namespace {

// lupdate files these messages under "AgreementCommands", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(AgreementCommands)
};

/// Characters of a hash or document ID a table shows: enough to tell agreements apart at a glance.
constexpr int ShortHashLength = 12;

QString stateKey(AgreementState state) {
    switch (state) {
    case AgreementState::Signed:
        return QStringLiteral("signed");
    case AgreementState::Discarded:
        return QStringLiteral("discarded");
    case AgreementState::Draft:
        break;
    }
    return QStringLiteral("draft");
}

QString stateLabel(AgreementState state) {
    switch (state) {
    case AgreementState::Signed:
        return Tr::tr("Signed");
    case AgreementState::Discarded:
        return Tr::tr("Discarded");
    case AgreementState::Draft:
        break;
    }
    return Tr::tr("Draft");
}

QString nativePath(const QString &path) {
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QString signedText(const QDateTime &signedAt) {
    const QString utc = signedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    // On the practice's clock, named when the computer is in another zone.
    return Clock::zoneLabel().isEmpty() ? Tr::tr("%1 UTC (%2 local time)").arg(utc, localText(signedAt))
                                        : Tr::tr("%1 UTC (%2)").arg(utc, zonedText(signedAt));
}

// The machine-readable contract in verify's JSON, with the agreement's key names.
QJsonObject contractRecord(const ContractSummary &contract) {
    return {{QStringLiteral("id"), contract.id},
            {QStringLiteral("document_id"), contract.documentId},
            {QStringLiteral("client_id"), contract.clientId},
            {QStringLiteral("client_name"), contract.clientName},
            {QStringLiteral("incident_id"), contract.incidentId},
            {QStringLiteral("signed_at"), utcOrNull(contract.signedAt)},
            {QStringLiteral("review_date"), contract.reviewDate.toString(Qt::ISODate)},
            {QStringLiteral("pdf_sha256"), contract.pdfSha256}};
}

// The machine-readable agreement shared by list (CSV and JSON) and verify (JSON): stable keys, UTC times.
QJsonObject agreementRecord(const AgreementSummary &agreement) {
    const bool isSigned = agreement.state == AgreementState::Signed;
    return {
        {QStringLiteral("id"), QJsonValue(agreement.id)},
        {QStringLiteral("document_id"), agreement.documentId},
        {QStringLiteral("client_id"), QJsonValue(agreement.clientId)},
        {QStringLiteral("client_name"), agreement.clientName},
        {QStringLiteral("state"), stateKey(agreement.state)},
        {QStringLiteral("policy_version"), agreement.policyVersion},
        {QStringLiteral("signed_at"), utcOrNull(agreement.signedAt)},
        {QStringLiteral("updated_at"), utcOrNull(agreement.updatedAt)},
        {QStringLiteral("pdf_sha256"),
         isSigned ? QJsonValue(agreement.pdfSha256) : QJsonValue(QJsonValue::Null)},
    };
}

ListRow agreementListRow(const AgreementSummary &agreement) {
    return {agreementRecord(agreement),
            {QString::number(agreement.id), agreement.documentId, agreement.clientName,
             stateLabel(agreement.state), QString::number(agreement.policyVersion),
             localText(agreement.signedAt), agreement.pdfSha256.left(ShortHashLength)}};
}

// ---- agreements list ----

int list(Invocation &invocation) {
    int exitCode = ExitOk;
    const std::optional<OutputFormat> format =
        chosenFormat(invocation, OutputFormat::Table, ListFormats, &exitCode);
    if (!format)
        return exitCode;
    std::optional<qint64> clientId;
    if (invocation.isSet(QStringLiteral("client"))) {
        clientId = clientIdOption(invocation, &exitCode);
        if (!*clientId)
            return exitCode;
    }

    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    // An unknown client is a mistake worth saying, not an empty list.
    if (clientId) {
        if (const Result<Client> client = ClientRepository(*database).get(*clientId); !client)
            return invocation.fail(client.error());
    }
    const Result<QList<AgreementSummary>> agreements = AgreementRepository(*database).list(clientId);
    if (!agreements)
        return invocation.fail(agreements.error());

    const ListLayout layout{
        {QStringLiteral("id"), QStringLiteral("document_id"), QStringLiteral("client_id"),
         QStringLiteral("client_name"), QStringLiteral("state"), QStringLiteral("policy_version"),
         QStringLiteral("signed_at"), QStringLiteral("updated_at"), QStringLiteral("pdf_sha256")},
        {Tr::tr("ID"), Tr::tr("Document ID"), Tr::tr("Client"), Tr::tr("State"), Tr::tr("Version"),
         Clock::headerWithZone(Tr::tr("Signed")), Tr::tr("PDF SHA-256")}};
    const ListWalk walk = [&](const std::function<void(const ListRow &)> &sink) -> Status {
        for (const AgreementSummary &agreement : agreements.value())
            sink(agreementListRow(agreement));
        return {};
    };
    if (const Status written = writeList(invocation.out(), *format, layout, walk); !written)
        return invocation.fail(written.error());
    return ExitOk;
}

// ---- agreements export ----

bool isDocumentId(const QString &text) {
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return uuid.match(text).hasMatch();
}

// A signed document to export: an agreement, or a behavioural contract (named by its document ID).
struct SignedDocument {
    SigningRecord record;
    QString description; ///< "agreement 3 with Anna Berg (policy version 2, signed …)", for the message
};

// The agreement named by an id from "agreements list", or the agreement or contract named by its document ID
// (the UUID on the PDF); the caller has checked that `text` is one of them.
Result<SignedDocument> findDocument(const Database &database, const QString &text) {
    const AgreementRepository agreements(database);
    qint64 agreementId = positiveNumber(text).value_or(0);
    if (isDocumentId(text)) {
        const Result<std::optional<AgreementSummary>> found = agreements.findByDocumentId(text);
        if (!found)
            return found.error();
        if (found.value()) {
            agreementId = found.value()->id;
        } else {
            const ContractRepository contracts(database);
            const Result<std::optional<ContractSummary>> contract = contracts.findByDocumentId(text);
            if (!contract)
                return contract.error();
            if (!contract.value())
                return Error{Error::Kind::NotFound,
                             Tr::tr("There is no agreement or contract with the document ID %1.").arg(text)};
            Result<Contract> read = contracts.get(contract.value()->id);
            if (!read)
                return read.error();
            return SignedDocument{read.value(), Tr::tr("behavioural contract %1 with %2 (signed %3)")
                                                    .arg(read.value().documentId, read.value().clientName,
                                                         zonedText(read.value().signedAt))};
        }
    }
    Result<Agreement> read = agreements.get(agreementId);
    if (!read)
        return read.error();
    return SignedDocument{read.value(), Tr::tr("agreement %1 with %2 (policy version %3, signed %4)")
                                            .arg(read.value().documentId, read.value().clientName)
                                            .arg(read.value().policyVersion)
                                            .arg(zonedText(read.value().signedAt))};
}

int exportPdf(Invocation &invocation) {
    const QString idText = invocation.positional(0);
    if (!positiveNumber(idText) && !isDocumentId(idText))
        return invocation.usageError(Tr::tr("“%1” is not an agreement id; use the id or the document ID that "
                                            "“agreements list” shows.")
                                         .arg(idText));
    const QString path = invocation.value(QStringLiteral("out"));
    if (path.isEmpty())
        return invocation.usageError(Tr::tr("--out is required: the file to write the signed PDF to."));

    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    const Result<SignedDocument> found = findDocument(*database, idText);
    if (!found)
        return invocation.fail(found.error());
    const SigningRecord &document = found.value().record;
    if (document.state != AgreementState::Signed)
        return invocation.fail(
            Tr::tr("Document %1 with %2 is a draft: nothing has been signed, so there is no "
                   "signed PDF to export. Finish it in Boundary Keeper first.")
                .arg(document.documentId, document.clientName));
    // The bytes go out exactly as stored; a mismatch with the hash recorded at signing means the database
    // itself was damaged, and such a file must not be handed on as the signed document.
    const QString sha256 = Sha256::hexOf(document.pdf);
    if (sha256 != document.pdfSha256)
        return invocation.fail(
            Tr::tr("The stored PDF of document %1 no longer matches the SHA-256 recorded when "
                   "it was signed; it is not exported.")
                .arg(document.documentId));
    if (const Status writable = checkOutputFile(path, invocation.isSet(QStringLiteral("force"))); !writable)
        return invocation.fail(writable.error());
    if (const Status saved = AgreementFiles::savePdf(document.pdf, path); !saved)
        return invocation.fail(saved.error());
    invocation.out() << Tr::tr("Exported %1 to %2.").arg(found.value().description, nativePath(path))
                     << QLatin1Char('\n') << Tr::tr("SHA-256: %1").arg(sha256) << QLatin1Char('\n');
    return ExitOk;
}

// ---- agreements discard ----

int discard(Invocation &invocation) {
    const QString idText = invocation.positional(0);
    if (!isDocumentId(idText))
        return invocation.usageError(Tr::tr("“%1” is not a document ID; use the document ID that “agreements "
                                            "list” shows, or a contract's.")
                                         .arg(idText));
    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    const Result<std::optional<AgreementSummary>> agreement =
        AgreementRepository(*database).findByDocumentId(idText);
    if (!agreement)
        return invocation.fail(agreement.error());
    std::optional<ContractSummary> contract;
    if (!agreement.value()) {
        const Result<std::optional<ContractSummary>> found =
            ContractService(*database).findByDocumentId(idText);
        if (!found)
            return invocation.fail(found.error());
        if (!found.value())
            return invocation.fail(Error{
                Error::Kind::NotFound,
                Tr::tr("There is no agreement or contract with the document ID %1.").arg(idText.toLower())});
        contract = found.value();
    }
    const QString described = agreement.value()
                                  ? Tr::tr("the draft agreement %1 with %2 (policy version %3)")
                                        .arg(agreement.value()->documentId, agreement.value()->clientName)
                                        .arg(agreement.value()->policyVersion)
                                  : Tr::tr("the draft contract %1 with %2 (incident %3)")
                                        .arg(contract->documentId, contract->clientName)
                                        .arg(contract->incidentId);
    if (!invocation.isSet(QStringLiteral("yes")))
        return invocation.usageError(
            Tr::tr(
                "Discarding %1 keeps it, marked discarded, but it can no longer be finished; give --yes to "
                "confirm.")
                .arg(described));
    const Status discarded = agreement.value()
                                 ? AgreementService(*database).discardDraft(agreement.value()->id)
                                 : ContractService(*database).discardDraft(contract->id);
    if (!discarded)
        return invocation.fail(discarded.error());
    invocation.out() << Tr::tr("Discarded %1.").arg(described) << QLatin1Char('\n');
    return ExitOk;
}

// ---- verify ----

QString outcomeKey(VerificationResult::Outcome outcome) {
    switch (outcome) {
    case VerificationResult::Outcome::Match:
        return QStringLiteral("match");
    case VerificationResult::Outcome::Altered:
        return QStringLiteral("altered");
    case VerificationResult::Outcome::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

int verify(Invocation &invocation) {
    int exitCode = ExitOk;
    const std::optional<OutputFormat> format =
        chosenFormat(invocation, OutputFormat::Text, ShowFormats, &exitCode);
    if (!format)
        return exitCode;
    const QString path = invocation.positional(0);
    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    const Result<VerificationResult> verified = AgreementVerifier(*database).verifyFile(path);
    if (!verified)
        return invocation.fail(verified.error());
    const VerificationResult &result = verified.value();
    const bool match = result.outcome == VerificationResult::Outcome::Match;

    if (*format == OutputFormat::Json) {
        const QJsonObject record{
            {QStringLiteral("file"), nativePath(path)},
            {QStringLiteral("outcome"), outcomeKey(result.outcome)},
            {QStringLiteral("sha256"), result.sha256},
            {QStringLiteral("reason"), result.reason},
            {QStringLiteral("document"), result.outcome == VerificationResult::Outcome::Unknown ? QString()
                                         : result.document == VerificationResult::Document::Contract
                                             ? QStringLiteral("contract")
                                             : QStringLiteral("agreement")},
            {QStringLiteral("document_id"), result.documentId},
            {QStringLiteral("agreement"), result.agreement ? QJsonValue(agreementRecord(*result.agreement))
                                                           : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("contract"),
             result.contract ? QJsonValue(contractRecord(*result.contract)) : QJsonValue(QJsonValue::Null)},
        };
        invocation.out() << QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Indented));
    } else if (match && result.contract) {
        const ContractSummary &contract = *result.contract;
        invocation.out() << Tr::tr("Unaltered: this is a signed behavioural contract from this database.")
                         << QLatin1Char('\n');
        writeDetails(
            invocation.out(),
            {{Tr::tr("Document ID"), contract.documentId},
             {Tr::tr("Contract"), QString::number(contract.id)},
             {Tr::tr("Client"), Tr::tr("%1 (client %2)").arg(contract.clientName).arg(contract.clientId)},
             {Tr::tr("Incident"), QString::number(contract.incidentId)},
             {Tr::tr("Signed"), signedText(contract.signedAt)},
             {Tr::tr("SHA-256"), result.sha256}});
    } else if (match && result.agreement) {
        const AgreementSummary &agreement = *result.agreement;
        invocation.out() << Tr::tr("Unaltered: this is a signed agreement from this database.")
                         << QLatin1Char('\n');
        writeDetails(
            invocation.out(),
            {{Tr::tr("Document ID"), agreement.documentId},
             {Tr::tr("Agreement"), QString::number(agreement.id)},
             {Tr::tr("Client"), Tr::tr("%1 (client %2)").arg(agreement.clientName).arg(agreement.clientId)},
             {Tr::tr("Policy version"), QString::number(agreement.policyVersion)},
             {Tr::tr("Signed"), signedText(agreement.signedAt)},
             {Tr::tr("SHA-256"), result.sha256}});
    }
    if (match)
        return ExitOk;
    return invocation.fail(Tr::tr("%1: %2").arg(nativePath(path), result.reason));
}

} // namespace

QList<Command> agreementCommands() {
    const QString group = QStringLiteral("agreements");

    Command listCommand;
    listCommand.words = {group, QStringLiteral("list")};
    listCommand.arguments =
        QStringLiteral("[--client ID] [--format %1]").arg(OutputFormats::keys(ListFormats));
    listCommand.summary =
        Tr::tr("List the boundary agreements, signed, draft and discarded, most recently changed first.");
    listCommand.options = {
        QCommandLineOption(QStringLiteral("client"), Tr::tr("Only the agreements of this client."),
                           QStringLiteral("ID")),
        formatOption(Tr::tr("table (default, with shortened hashes), csv (RFC 4180, with a header row) or "
                            "json (an array of objects).")),
    };
    listCommand.details = Tr::tr(
        "CSV and JSON keys: id, document_id (the UUID printed on the PDF), client_id, client_name (as it\n"
        "stands on the agreement), state (draft, signed or discarded), policy_version, signed_at (UTC, ISO "
        "8601\n"
        "ending in Z; null for a draft), updated_at, pdf_sha256 (of the signed PDF; null for a draft).");
    listCommand.run = list;

    Command exportCommand;
    exportCommand.words = {group, QStringLiteral("export")};
    exportCommand.arguments = QStringLiteral("ID --out FILE.pdf [--force]");
    exportCommand.summary =
        Tr::tr("Write a signed agreement's or contract's PDF to a file, exactly as it was signed.");
    exportCommand.options = {
        QCommandLineOption(QStringLiteral("out"), Tr::tr("The file to write (required)."),
                           QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("force"), Tr::tr("Replace FILE when it already exists.")),
    };
    exportCommand.positionalNames = {QStringLiteral("ID")};
    exportCommand.details = Tr::tr(
        "ID is the id or the document ID that “agreements list” shows, or a behavioural contract's\n"
        "document ID (printed on its PDF; “verify” shows it). Nothing is rendered again: the\n"
        "file holds the very bytes stored when the agreement was signed, so “verify” recognises it.\n"
        "The file is readable by you only (0600). A draft has no signed PDF and is refused; an existing\n"
        "file is only replaced with --force.");
    exportCommand.run = exportPdf;

    Command discardCommand;
    discardCommand.words = {group, QStringLiteral("discard")};
    discardCommand.arguments = QStringLiteral("DOCUMENT_ID --yes");
    discardCommand.summary = Tr::tr("Discard a draft agreement or contract that will not be finished.");
    discardCommand.options = {
        QCommandLineOption(QStringLiteral("yes"), Tr::tr("Confirm; a discarded draft cannot be finished.")),
    };
    discardCommand.positionalNames = {QStringLiteral("DOCUMENT_ID")};
    discardCommand.details = Tr::tr(
        "DOCUMENT_ID is the document ID of a draft agreement (as “agreements list” shows it) or of a draft\n"
        "behavioural contract. The draft is kept, marked discarded with the time and who discarded it,\n"
        "and no longer counts as the client's draft: a new one can be started. A signed document or a\n"
        "draft already discarded is refused (exit status 1).");
    discardCommand.run = discard;

    Command verifyCommand;
    verifyCommand.words = {QStringLiteral("verify")};
    verifyCommand.arguments = QStringLiteral("FILE.pdf [--format %1]").arg(OutputFormats::keys(ShowFormats));
    verifyCommand.summary = Tr::tr("Check that a PDF is an unaltered signed agreement from this database.");
    verifyCommand.options = {formatOption(Tr::tr("text (default) or json."))};
    verifyCommand.positionalNames = {QStringLiteral("FILE.pdf")};
    verifyCommand.details = Tr::tr(
        "Exit status 0 when the file is, byte for byte, the PDF stored when an agreement was signed:\n"
        "the agreement's document ID, client, policy version and signing time are shown. Exit status 1,\n"
        "with the reason on stderr, when the file names a known agreement but has been altered (one\n"
        "changed byte is enough), when it is not an agreement from this database, or when it cannot be\n"
        "read.\n"
        "JSON keys: file, outcome (match, altered or unknown), sha256 (of the file), reason, agreement\n"
        "(as in “agreements list”; null when unknown).");
    verifyCommand.run = verify;

    return {listCommand, exportCommand, discardCommand, verifyCommand};
}

} // namespace bk::cli
