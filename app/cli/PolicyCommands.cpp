// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/cli/CliArguments.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CommandGroups.h"
#include "app/common/Clock.h"
#include "app/policy/BoundaryPolicy.h"
#include "app/policy/PolicyCanonical.h"
#include "app/policy/PolicyDiff.h"
#include "app/policy/PolicyService.h"
#include "app/storage/AcknowledgementRepository.h"
#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bk::cli {

namespace {

// lupdate files these messages under "PolicyCommands", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(PolicyCommands)
};

/// Characters of the hash a table shows: enough to tell versions apart at a glance.
constexpr int ShortHashLength = 12;

// A version number argument; 0 after reporting wrong usage when it is not one.
int versionNumber(Invocation &invocation, const QString &text, int *exitCode) {
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number <= 0) {
        *exitCode = invocation.usageError(
            Tr::tr("“%1” is not a policy version; versions are the whole numbers “policy versions” lists.")
                .arg(text));
        return 0;
    }
    return number;
}

QString utcText(const QDateTime &time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Positions count from 1 in everything a person or a script reads; null when the item is absent.
QJsonValue positionValue(int position) {
    return position < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(position + 1);
}

// ---- policy show ----

QJsonObject documentRecord(const PolicyDocument &document) {
    QJsonArray boundaries;
    for (const Boundary &boundary : document.activeBoundaries())
        boundaries.append(QJsonObject{{QStringLiteral("key"), boundary.key},
                                      {QStringLiteral("title"), boundary.title},
                                      {QStringLiteral("description"), boundary.description},
                                      {QStringLiteral("appropriate"), boundary.appropriate},
                                      {QStringLiteral("consequence"), boundary.consequence}});
    QJsonArray ladder;
    for (const LadderStep &step : document.ladder)
        ladder.append(QJsonObject{{QStringLiteral("key"), step.key},
                                  {QStringLiteral("title"), step.title},
                                  {QStringLiteral("description"), step.description}});
    return {{QStringLiteral("boundaries"), boundaries}, {QStringLiteral("ladder"), ladder}};
}

void writeDocumentText(QTextStream &out, const PolicyDocument &document) {
    const QList<Boundary> boundaries = document.activeBoundaries();
    out << QLatin1Char('\n') << Tr::tr("Boundaries (%1)").arg(boundaries.size()) << QLatin1Char('\n');
    for (qsizetype i = 0; i < boundaries.size(); ++i) {
        const Boundary &boundary = boundaries.at(i);
        out << QLatin1Char('\n') << Tr::tr("%1. %2 [%3]").arg(i + 1).arg(boundary.title, boundary.key)
            << QLatin1Char('\n');
        if (!boundary.description.isEmpty())
            out << indented(boundary.description, 3) << QLatin1Char('\n');
        if (!boundary.appropriate.isEmpty())
            out << indented(Tr::tr("Appropriate: %1").arg(boundary.appropriate), 3) << QLatin1Char('\n');
        if (!boundary.consequence.isEmpty())
            out << indented(Tr::tr("Consequence: %1").arg(boundary.consequence), 3) << QLatin1Char('\n');
    }
    out << QLatin1Char('\n')
        << Tr::tr("Consequence ladder (%n step(s))", nullptr, int(document.ladder.size()))
        << QLatin1Char('\n');
    for (qsizetype i = 0; i < document.ladder.size(); ++i) {
        const LadderStep &step = document.ladder.at(i);
        out << QLatin1Char('\n') << Tr::tr("%1. %2 [%3]").arg(i + 1).arg(step.title, step.key)
            << QLatin1Char('\n');
        if (!step.description.isEmpty())
            out << indented(step.description, 3) << QLatin1Char('\n');
    }
}

int showDraft(Invocation &invocation, const PolicyService &policy, OutputFormat format) {
    const Result<PolicyDocument> draft = policy.draft();
    if (!draft)
        return invocation.fail(draft.error());
    const Result<int> latest = policy.latestVersionNumber();
    if (!latest)
        return invocation.fail(latest.error());
    const PolicyDocument &document = draft.value();
    QStringList retired;
    for (const Boundary &boundary : document.boundaries) {
        if (boundary.retired)
            retired.append(boundary.key);
    }
    // The hash the draft would be published with; it is only a preview until "policy publish".
    const QString sha256 = PolicyCanonical::sha256(document);

    if (format == OutputFormat::Json) {
        QJsonObject record = documentRecord(document);
        record.insert(QStringLiteral("draft"), true);
        record.insert(QStringLiteral("version"), QJsonValue(QJsonValue::Null));
        record.insert(QStringLiteral("published_at"), QJsonValue(QJsonValue::Null));
        record.insert(QStringLiteral("sha256"), sha256);
        record.insert(QStringLiteral("based_on_version"),
                      latest.value() ? QJsonValue(latest.value()) : QJsonValue(QJsonValue::Null));
        record.insert(QStringLiteral("retired_keys"), QJsonArray::fromStringList(retired));
        invocation.out() << QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    QTextStream &out = invocation.out();
    out << Tr::tr("Boundary policy: draft (not published)") << QLatin1Char('\n');
    writeDetails(
        out,
        {{Tr::tr("Latest version"), latest.value() ? QString::number(latest.value()) : Tr::tr("none yet")},
         {Tr::tr("SHA-256 if published"), sha256},
         {Tr::tr("Retired"), retired.isEmpty() ? Tr::tr("none") : retired.join(QStringLiteral(", "))}});
    writeDocumentText(out, document);
    return ExitOk;
}

int show(Invocation &invocation) {
    int exitCode = ExitOk;
    const std::optional<OutputFormat> format =
        chosenFormat(invocation, OutputFormat::Text, ShowFormats, &exitCode);
    if (!format)
        return exitCode;
    const bool wantsDraft = invocation.isSet(QStringLiteral("draft"));
    const bool wantsVersion = invocation.isSet(QStringLiteral("version"));
    if (wantsDraft && wantsVersion)
        return invocation.usageError(Tr::tr("Choose either --version or --draft, not both."));
    int number = 0;
    if (wantsVersion) {
        number = versionNumber(invocation, invocation.value(QStringLiteral("version")), &exitCode);
        if (!number)
            return exitCode;
    }

    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    const PolicyService policy(*database);
    if (wantsDraft)
        return showDraft(invocation, policy, *format);

    if (!number) {
        const Result<int> latest = policy.latestVersionNumber();
        if (!latest)
            return invocation.fail(latest.error());
        if (latest.value() == 0)
            return invocation.fail(
                Tr::tr("No policy version has been published yet. “%1 policy show --draft” shows "
                       "the draft; “%1 policy publish” publishes it.")
                    .arg(Cli::programName()));
        number = latest.value();
    }
    const Result<PolicyVersion> found = policy.version(number);
    if (!found)
        return invocation.fail(found.error());
    const PolicyVersion &version = found.value();

    if (*format == OutputFormat::Json) {
        QJsonObject record = documentRecord(version.document);
        record.insert(QStringLiteral("draft"), false);
        record.insert(QStringLiteral("version"), version.version);
        record.insert(QStringLiteral("published_at"), utcText(version.publishedAt));
        record.insert(QStringLiteral("sha256"), version.sha256);
        invocation.out() << QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    QTextStream &out = invocation.out();
    out << Tr::tr("Boundary policy, version %1").arg(version.version) << QLatin1Char('\n');
    writeDetails(
        out, {{Tr::tr("Published"), zonedText(version.publishedAt)}, {Tr::tr("SHA-256"), version.sha256}});
    writeDocumentText(out, version.document);
    return ExitOk;
}

// ---- policy versions ----

int versions(Invocation &invocation) {
    int exitCode = ExitOk;
    const std::optional<OutputFormat> format =
        chosenFormat(invocation, OutputFormat::Table, ListFormats, &exitCode);
    if (!format)
        return exitCode;
    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    const Result<QList<PolicyVersionSummary>> summaries = PolicyService(*database).versions();
    if (!summaries)
        return invocation.fail(summaries.error());

    const ListLayout layout{{QStringLiteral("version"), QStringLiteral("published_at"),
                             QStringLiteral("sha256"), QStringLiteral("boundary_count")},
                            {Tr::tr("Version"), Clock::headerWithZone(Tr::tr("Published")), Tr::tr("SHA-256"),
                             Tr::tr("Boundaries")}};
    const ListWalk walk = [&](const std::function<void(const ListRow &)> &sink) -> Status {
        for (const PolicyVersionSummary &summary : summaries.value()) {
            sink(ListRow{QJsonObject{{QStringLiteral("version"), summary.version},
                                     {QStringLiteral("published_at"), utcText(summary.publishedAt)},
                                     {QStringLiteral("sha256"), summary.sha256},
                                     {QStringLiteral("boundary_count"), summary.boundaryCount}},
                         QStringList{QString::number(summary.version), localText(summary.publishedAt),
                                     summary.sha256.left(ShortHashLength),
                                     QString::number(summary.boundaryCount)}});
        }
        return {};
    };
    if (*format == OutputFormat::Table && summaries.value().isEmpty()) {
        invocation.out() << Tr::tr("No policy version has been published yet.") << QLatin1Char('\n');
        return ExitOk;
    }
    if (const Status written = writeList(invocation.out(), *format, layout, walk); !written)
        return invocation.fail(written.error());
    return ExitOk;
}

// ---- policy diff ----

QString kindKey(PolicyItemChange::Kind kind) {
    switch (kind) {
    case PolicyItemChange::Kind::Added:
        return QStringLiteral("added");
    case PolicyItemChange::Kind::Removed:
        return QStringLiteral("removed");
    case PolicyItemChange::Kind::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

QJsonArray changesRecord(const QList<PolicyItemChange> &changes) {
    QJsonArray array;
    for (const PolicyItemChange &change : changes) {
        QJsonArray fields;
        for (const FieldChange &field : change.fields)
            fields.append(QJsonObject{{QStringLiteral("field"), PolicyFields::key(field.field)},
                                      {QStringLiteral("old"), field.oldText},
                                      {QStringLiteral("new"), field.newText}});
        array.append(QJsonObject{
            {QStringLiteral("change"), kindKey(change.kind)},
            {QStringLiteral("key"), change.key},
            {QStringLiteral("old_title"), change.oldTitle},
            {QStringLiteral("new_title"), change.newTitle},
            {QStringLiteral("old_position"), positionValue(change.oldPosition)},
            {QStringLiteral("new_position"), positionValue(change.newPosition)},
            {QStringLiteral("moved"), change.moved},
            {QStringLiteral("fields"), fields},
        });
    }
    return array;
}

void writeChangesText(QTextStream &out, const QString &heading, const QList<PolicyItemChange> &changes) {
    out << QLatin1Char('\n') << heading << QLatin1Char('\n');
    if (changes.isEmpty()) {
        out << indented(Tr::tr("No changes."), 2) << QLatin1Char('\n');
        return;
    }
    for (const PolicyItemChange &change : changes) {
        QString line;
        switch (change.kind) {
        case PolicyItemChange::Kind::Added:
            line = Tr::tr("Added: %1 [%2], at position %3")
                       .arg(change.newTitle, change.key)
                       .arg(change.newPosition + 1);
            break;
        case PolicyItemChange::Kind::Removed:
            line = Tr::tr("Removed: %1 [%2], was at position %3")
                       .arg(change.oldTitle, change.key)
                       .arg(change.oldPosition + 1);
            break;
        case PolicyItemChange::Kind::Changed:
            line = Tr::tr("Changed: %1 [%2]").arg(change.newTitle, change.key);
            if (change.moved)
                line += QLatin1Char(' ') + Tr::tr("(moved from position %1 to %2)")
                                               .arg(change.oldPosition + 1)
                                               .arg(change.newPosition + 1);
            break;
        }
        out << QLatin1Char('\n') << indented(line, 2) << QLatin1Char('\n');
        // A removed item's text is still in the older version; repeating it here would only be noise.
        if (change.kind == PolicyItemChange::Kind::Removed)
            continue;
        for (const FieldChange &field : change.fields) {
            out << indented(PolicyFields::label(field.field) + QLatin1Char(':'), 4) << QLatin1Char('\n');
            if (change.kind == PolicyItemChange::Kind::Changed)
                out << indented(QStringLiteral("- ") + field.oldText, 6) << QLatin1Char('\n');
            out << indented(QStringLiteral("+ ") + field.newText, 6) << QLatin1Char('\n');
        }
    }
}

int diff(Invocation &invocation) {
    int exitCode = ExitOk;
    const std::optional<OutputFormat> format =
        chosenFormat(invocation, OutputFormat::Text, ShowFormats, &exitCode);
    if (!format)
        return exitCode;
    const int from = versionNumber(invocation, invocation.positional(0), &exitCode);
    if (!from)
        return exitCode;
    const int to = versionNumber(invocation, invocation.positional(1), &exitCode);
    if (!to)
        return exitCode;

    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    const PolicyService policy(*database);
    const Result<PolicyVersion> older = policy.version(from);
    if (!older)
        return invocation.fail(older.error());
    const Result<PolicyVersion> newer = policy.version(to);
    if (!newer)
        return invocation.fail(newer.error());
    const PolicyDiff changes = PolicyDiff::between(older.value().document, newer.value().document);

    if (*format == OutputFormat::Json) {
        const QJsonObject record{
            {QStringLiteral("from"), QJsonObject{{QStringLiteral("version"), from},
                                                 {QStringLiteral("sha256"), older.value().sha256}}},
            {QStringLiteral("to"),
             QJsonObject{{QStringLiteral("version"), to}, {QStringLiteral("sha256"), newer.value().sha256}}},
            {QStringLiteral("identical"), changes.isEmpty()},
            {QStringLiteral("boundaries"), changesRecord(changes.boundaries)},
            {QStringLiteral("ladder"), changesRecord(changes.ladder)},
        };
        invocation.out() << QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    QTextStream &out = invocation.out();
    if (changes.isEmpty()) {
        out << Tr::tr("Versions %1 and %2 have the same content.").arg(from).arg(to) << QLatin1Char('\n');
        return ExitOk;
    }
    out << Tr::tr("Changes from version %1 to version %2").arg(from).arg(to) << QLatin1Char('\n');
    writeChangesText(out, Tr::tr("Boundaries:"), changes.boundaries);
    writeChangesText(out, Tr::tr("Consequence ladder:"), changes.ladder);
    return ExitOk;
}

// ---- policy publish ----

int publish(Invocation &invocation) {
    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    const Result<PolicyVersion> published = PolicyService(*database).publish();
    if (!published)
        return invocation.fail(published.error());
    QTextStream &out = invocation.out();
    out << Tr::tr("Published version %1.").arg(published.value().version) << QLatin1Char('\n')
        << Tr::tr("SHA-256: %1").arg(published.value().sha256) << QLatin1Char('\n');
    // The version is published either way; a failed count is worth a warning, not a failure.
    const Result<qint64> due = AcknowledgementRepository(*database).countReacknowledgementDue();
    if (!due)
        invocation.err() << Cli::programName() << QStringLiteral(": ") << due.error().message
                         << QLatin1Char('\n');
    else if (due.value() > 0)
        out << Tr::tr("%n client(s) acknowledged an older version and now need to acknowledge this one.",
                      nullptr, int(due.value()))
            << QLatin1Char('\n');
    return ExitOk;
}

} // namespace

QList<Command> policyCommands() {
    const QString group = QStringLiteral("policy");

    Command showCommand;
    showCommand.words = {group, QStringLiteral("show")};
    showCommand.arguments =
        QStringLiteral("[--version N | --draft] [--format %1]").arg(OutputFormats::keys(ShowFormats));
    showCommand.summary = Tr::tr("Show a published version of the boundary policy, the latest by default.");
    showCommand.options = {
        QCommandLineOption(QStringLiteral("version"), Tr::tr("The published version to show."),
                           QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("draft"), Tr::tr("Show the draft, which is not published yet.")),
        formatOption(Tr::tr("text (default) or json.")),
    };
    showCommand.details = Tr::tr(
        "JSON keys: version, published_at (UTC, ISO 8601 ending in Z), sha256 (of the canonical text),\n"
        "draft (true with --draft: then version and published_at are null, sha256 is the hash the draft\n"
        "would be published with, and based_on_version and retired_keys are added), boundaries [{key,\n"
        "title, description, appropriate, consequence}] and ladder [{key, title, description}], in\n"
        "policy order.");
    showCommand.run = show;

    Command versionsCommand;
    versionsCommand.words = {group, QStringLiteral("versions")};
    versionsCommand.arguments = QStringLiteral("[--format %1]").arg(OutputFormats::keys(ListFormats));
    versionsCommand.summary = Tr::tr("List the published versions of the boundary policy, oldest first.");
    versionsCommand.options = {formatOption(Tr::tr("table (default, with a shortened hash), csv or json."))};
    versionsCommand.details = Tr::tr(
        "CSV and JSON keys: version, published_at (UTC, ISO 8601 ending in Z), sha256, boundary_count.");
    versionsCommand.run = versions;

    Command diffCommand;
    diffCommand.words = {group, QStringLiteral("diff")};
    diffCommand.arguments = QStringLiteral("A B [--format %1]").arg(OutputFormats::keys(ShowFormats));
    diffCommand.summary = Tr::tr("Show what changed from published version A to version B.");
    diffCommand.options = {formatOption(Tr::tr("text (default) or json."))};
    diffCommand.positionalNames = {QStringLiteral("A"), QStringLiteral("B")};
    diffCommand.details =
        Tr::tr("JSON keys: from and to ({version, sha256}), identical, boundaries and ladder: arrays of\n"
               "{change (added, removed or changed), key, old_title, new_title, old_position, new_position\n"
               "(counting from 1; null when absent), moved, fields [{field, old, new}]}. Changed items list\n"
               "only the fields that differ; added and removed items list every field.");
    diffCommand.run = diff;

    Command publishCommand;
    publishCommand.words = {group, QStringLiteral("publish")};
    publishCommand.summary =
        Tr::tr("Publish the draft as the next version and print its number and SHA-256.");
    publishCommand.details =
        Tr::tr("A published version never changes. Publishing is refused when the draft is the\n"
               "same as the latest version.");
    publishCommand.run = publish;

    return {showCommand, versionsCommand, diffCommand, publishCommand};
}

} // namespace bk::cli
