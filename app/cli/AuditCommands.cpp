// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/audit/AuditTrail.h"
#include "app/cli/CliArguments.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CommandGroups.h"
#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bk::cli {

namespace {

// lupdate files these messages under "AuditCommands", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(AuditCommands)
};

int head(Invocation &invocation) {
    int exitCode = ExitOk;
    const std::optional<OutputFormat> format =
        chosenFormat(invocation, OutputFormat::Text, ShowFormats, &exitCode);
    if (!format)
        return exitCode;
    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    const Result<AuditHead> newest = AuditTrail(*database).head();
    if (!newest)
        return invocation.fail(newest.error());
    const AuditHead &head = newest.value();
    if (*format == OutputFormat::Json) {
        invocation.out() << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("seq"), head.seq},
                                      {QStringLiteral("hash"), QString::fromLatin1(head.hash.toHex())},
                                      {QStringLiteral("head"), head.text()}})
                .toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    invocation.out() << head.text() << QLatin1Char('\n');
    return ExitOk;
}

int verify(Invocation &invocation) {
    int exitCode = ExitOk;
    const std::optional<OutputFormat> format =
        chosenFormat(invocation, OutputFormat::Text, ShowFormats, &exitCode);
    if (!format)
        return exitCode;
    // The anchors given: read before the database is opened, so that bad input is refused early.
    QList<AuditTrail::Anchor> anchors;
    for (const QString &text : invocation.values(QStringLiteral("head"))) {
        const AuditHead noted = AuditHead::fromText(text);
        if (!noted.isValid())
            return invocation.usageError(
                Tr::tr("“%1” is not a head of the audit trail; “audit head” prints one, e.g. 1234:9f86d0…")
                    .arg(text));
        anchors.append({noted, Tr::tr("as %1").arg(text)});
    }
    for (const QString &file :
         invocation.values(QStringLiteral("backup")) + invocation.values(QStringLiteral("pdf"))) {
        const Result<AuditTrail::Anchor> anchor = AuditTrail::anchorIn(file);
        if (!anchor)
            return invocation.fail(anchor.error());
        anchors.append(anchor.value());
    }
    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    const Result<AuditTrail::Report> verified = AuditTrail(*database).verify(anchors);
    if (!verified)
        return invocation.fail(verified.error());
    const AuditTrail::Report &report = verified.value();
    if (*format == OutputFormat::Json) {
        invocation.out() << QString::fromUtf8(
            QJsonDocument(
                QJsonObject{{QStringLiteral("intact"), report.intact()},
                            {QStringLiteral("events"), report.events},
                            {QStringLiteral("records"), report.records},
                            {QStringLiteral("anchors"), report.anchors},
                            {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)}})
                .toJson(QJsonDocument::Indented));
    } else if (report.intact()) {
        invocation.out() << Tr::tr("Intact: %n event(s) chained, ", nullptr, int(report.events))
                         << Tr::tr("%n record(s) as the trail last recorded them, ", nullptr,
                                   int(report.records))
                         << Tr::tr("%n noted head(s) held.", nullptr, int(report.anchors))
                         << QLatin1Char('\n');
    } else {
        invocation.out() << Tr::tr("Broken:") << QLatin1Char('\n');
        for (const QString &problem : report.problems)
            invocation.out() << QStringLiteral("  ") << problem << QLatin1Char('\n');
    }
    return report.intact() ? ExitOk : ExitFailure;
}

} // namespace

QList<Command> auditCommands() {
    Command headCommand;
    headCommand.words = {QStringLiteral("audit"), QStringLiteral("head")};
    headCommand.arguments = QStringLiteral("[--format %1]").arg(OutputFormats::keys(ShowFormats));
    headCommand.summary = Tr::tr("Print the head of the audit trail (its newest event's number and hash), to "
                                 "note or send to a supervisor.");
    headCommand.options = {formatOption(Tr::tr("text (default) or json."))};
    headCommand.details = Tr::tr("Text: SEQ:HASH on one line, as “audit verify --head” takes it.\n"
                                 "JSON keys: seq, hash (hex), head (SEQ:HASH).");
    headCommand.run = head;

    Command verifyCommand;
    verifyCommand.words = {QStringLiteral("audit"), QStringLiteral("verify")};
    verifyCommand.arguments =
        QStringLiteral("[--backup FILE]... [--pdf FILE]... [--head SEQ:HASH]... [--format %1]")
            .arg(OutputFormats::keys(ShowFormats));
    verifyCommand.summary = Tr::tr("Check the audit trail: its chain, every record against its last event, "
                                   "and the heads noted outside the database.");
    verifyCommand.options = {
        QCommandLineOption(QStringLiteral("backup"),
                           Tr::tr("A backup whose manifest notes the head it was taken at (repeatable)."),
                           QStringLiteral("FILE")),
        QCommandLineOption(
            QStringLiteral("pdf"),
            Tr::tr("A signed agreement's or contract's PDF, whose evidence page notes the head "
                   "it was signed at (repeatable)."),
            QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("head"),
                           Tr::tr("A head noted earlier with “audit head” (repeatable)."),
                           QStringLiteral("SEQ:HASH")),
        formatOption(Tr::tr("text (default) or json."))};
    verifyCommand.details = Tr::tr(
        "Names the first broken link of the chain, every record changed, added or deleted behind the\n"
        "application's back, and every noted head the trail no longer holds: this computer's own, and the\n"
        "one every signed agreement's and contract's stored PDF notes, included.\n"
        "Exit status 0 when intact, 1 when anything is broken.\n"
        "JSON keys: intact, events, records, anchors, problems [text].");
    verifyCommand.run = verify;
    return {headCommand, verifyCommand};
}

} // namespace bk::cli
