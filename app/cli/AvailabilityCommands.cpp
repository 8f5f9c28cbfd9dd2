// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/AgreementFiles.h"
#include "app/agreements/SummaryDocument.h"
#include "app/cli/CliArguments.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CommandGroups.h"
#include "app/common/Clock.h"
#include "app/practitioner/AvailabilityService.h"
#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace bk::cli {

namespace {

// lupdate files these messages under "AvailabilityCommands", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(AvailabilityCommands)
};

QString reasonKeys() {
    QStringList keys;
    for (AvailabilityReason reason : AvailabilityReasons::all())
        keys.append(AvailabilityReasons::key(reason));
    return keys.join(QStringLiteral(", "));
}

QString dueLabel(DueKind kind) {
    switch (kind) {
    case DueKind::ContractReview:
        return Tr::tr("Contract review");
    case DueKind::Goal:
        return Tr::tr("Goal");
    case DueKind::FollowUp:
        break;
    }
    return Tr::tr("Follow-up");
}

ListLayout affectedLayout() {
    return {{QStringLiteral("client_id"), QStringLiteral("client_name"), QStringLiteral("language"),
             QStringLiteral("kind"), QStringLiteral("due"), QStringLiteral("moved_to"),
             QStringLiteral("incident_id"), QStringLiteral("notice_sent_at")},
            {Tr::tr("Client"), Tr::tr("Name"), Tr::tr("Language"), Tr::tr("Due"), Tr::tr("What"),
             Tr::tr("Moved to"), Tr::tr("Incident"), Clock::headerWithZone(Tr::tr("Notice sent"))}};
}

// One row per item due; a client's name and language repeat on each of their rows.
ListWalk affectedWalk(const QList<AffectedClient> &clients) {
    return [clients](const std::function<void(const ListRow &)> &sink) -> Status {
        for (const AffectedClient &client : clients) {
            for (const DueInPeriod &due : client.due) {
                const QJsonObject record{{QStringLiteral("client_id"), QJsonValue(client.clientId)},
                                         {QStringLiteral("client_name"), client.fullName},
                                         {QStringLiteral("language"), client.documentLanguage},
                                         {QStringLiteral("kind"), DueKinds::key(due.kind)},
                                         {QStringLiteral("due"), dateOrNull(due.due)},
                                         {QStringLiteral("moved_to"), dateOrNull(due.movedTo)},
                                         {QStringLiteral("incident_id"), QJsonValue(due.incidentId)},
                                         {QStringLiteral("notice_sent_at"), utcOrNull(client.noticeSentAt)}};
                sink({record,
                      {QString::number(client.clientId), client.fullName, client.documentLanguage,
                       due.due.toString(Qt::ISODate), dueLabel(due.kind), due.movedTo.toString(Qt::ISODate),
                       QString::number(due.incidentId),
                       client.noticeSentAt.isValid() ? localText(client.noticeSentAt) : QString()}});
            }
        }
        return {};
    };
}

int printAffected(Invocation &invocation, OutputFormat format, const AvailabilityService &service,
                  qint64 id) {
    const Result<QList<AffectedClient>> clients = service.affectedClients(id);
    if (!clients)
        return invocation.fail(clients.error());
    if (format == OutputFormat::Table && clients.value().isEmpty()) {
        invocation.out() << Tr::tr(
                                "No client has a follow-up, a contract review or a goal due in this period.")
                         << QLatin1Char('\n');
        return ExitOk;
    }
    if (const Status written =
            writeList(invocation.out(), format, affectedLayout(), affectedWalk(clients.value()));
        !written)
        return invocation.fail(written.error());
    return ExitOk;
}

// The period named by the first positional argument; 0 after reporting wrong usage.
qint64 periodId(Invocation &invocation, int *exitCode) {
    const std::optional<qint64> id = positiveNumber(invocation.positional(0));
    if (!id) {
        *exitCode =
            invocation.usageError(Tr::tr("“%1” is not a period id; use the id “availability list” shows.")
                                      .arg(invocation.positional(0)));
        return 0;
    }
    return *id;
}

int addPeriod(Invocation &invocation) {
    int exitCode = ExitOk;
    const std::optional<OutputFormat> format =
        chosenFormat(invocation, OutputFormat::Table, ListFormats, &exitCode);
    if (!format)
        return exitCode;
    AvailabilityPeriod period;
    if (!invocation.isSet(QStringLiteral("from")) || !invocation.isSet(QStringLiteral("to")))
        return invocation.usageError(Tr::tr("--from and --to are required: the first and the last day."));
    if (!readDateOption(invocation, QStringLiteral("from"), &period.from, &exitCode) ||
        !readDateOption(invocation, QStringLiteral("to"), &period.to, &exitCode) ||
        !checkPeriod(invocation, period.from, period.to, &exitCode))
        return exitCode;
    const QString reason = invocation.value(QStringLiteral("reason"));
    const std::optional<AvailabilityReason> reasonValue =
        AvailabilityReasons::fromKey(reason.isEmpty() ? QStringLiteral("other") : reason);
    if (!reasonValue)
        return invocation.usageError(
            Tr::tr("“%1” is not a reason; use one of %2.").arg(reason, reasonKeys()));
    period.reason = *reasonValue;
    period.noSessions = invocation.isSet(QStringLiteral("no-sessions"));
    period.slowerReplies = invocation.isSet(QStringLiteral("slower-replies"));
    period.coveredBy = invocation.value(QStringLiteral("covered-by"));
    period.coveredContact = invocation.value(QStringLiteral("contact"));

    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    const AvailabilityService service(*database);
    const Result<qint64> id = service.add(period);
    if (!id)
        return invocation.fail(id.error());
    if (*format == OutputFormat::Table)
        invocation.out() << Tr::tr(
                                "Recorded period %1 of reduced availability, %2 to %3. The clients affected:")
                                .arg(id.value())
                                .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate))
                         << QLatin1Char('\n');
    return printAffected(invocation, *format, service, id.value());
}

int listPeriods(Invocation &invocation) {
    int exitCode = ExitOk;
    const std::optional<OutputFormat> format =
        chosenFormat(invocation, OutputFormat::Table, ListFormats, &exitCode);
    if (!format)
        return exitCode;
    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    const Result<QList<AvailabilityPeriod>> periods = AvailabilityService(*database).list();
    if (!periods)
        return invocation.fail(periods.error());
    const ListLayout layout{
        {QStringLiteral("id"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("no_sessions"),
         QStringLiteral("slower_replies"), QStringLiteral("covered_by"), QStringLiteral("contact"),
         QStringLiteral("reason")},
        {Tr::tr("ID"), Tr::tr("From"), Tr::tr("To"), Tr::tr("No sessions"), Tr::tr("Slower replies"),
         Tr::tr("Covered by"), Tr::tr("Contact"), Tr::tr("Reason")}};
    const QList<AvailabilityPeriod> rows = periods.value();
    const ListWalk walk = [rows](const std::function<void(const ListRow &)> &sink) -> Status {
        for (const AvailabilityPeriod &period : rows) {
            const QJsonObject record{{QStringLiteral("id"), QJsonValue(period.id)},
                                     {QStringLiteral("from"), dateOrNull(period.from)},
                                     {QStringLiteral("to"), dateOrNull(period.to)},
                                     {QStringLiteral("no_sessions"), period.noSessions},
                                     {QStringLiteral("slower_replies"), period.slowerReplies},
                                     {QStringLiteral("covered_by"), textOrNull(period.coveredBy)},
                                     {QStringLiteral("contact"), textOrNull(period.coveredContact)},
                                     {QStringLiteral("reason"), AvailabilityReasons::key(period.reason)}};
            sink({record,
                  {QString::number(period.id), period.from.toString(Qt::ISODate),
                   period.to.toString(Qt::ISODate), period.noSessions ? Tr::tr("yes") : Tr::tr("no"),
                   period.slowerReplies ? Tr::tr("yes") : Tr::tr("no"), period.coveredBy,
                   period.coveredContact, AvailabilityReasons::label(period.reason)}});
        }
        return {};
    };
    if (const Status written = writeList(invocation.out(), *format, layout, walk); !written)
        return invocation.fail(written.error());
    return ExitOk;
}

int showAffected(Invocation &invocation) {
    int exitCode = ExitOk;
    const std::optional<OutputFormat> format =
        chosenFormat(invocation, OutputFormat::Table, ListFormats, &exitCode);
    if (!format)
        return exitCode;
    const qint64 id = periodId(invocation, &exitCode);
    if (!id)
        return exitCode;
    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    return printAffected(invocation, *format, AvailabilityService(*database), id);
}

int moveFollowUps(Invocation &invocation) {
    int exitCode = ExitOk;
    const qint64 id = periodId(invocation, &exitCode);
    if (!id)
        return exitCode;
    QDate to;
    if (!readDateOption(invocation, QStringLiteral("to"), &to, &exitCode))
        return exitCode;
    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    const Result<int> moved = AvailabilityService(*database).moveFollowUps(id, to);
    if (!moved)
        return invocation.fail(moved.error());
    invocation.out()
        << Tr::tr("Moved %n follow-up(s) out of the period; each keeps its original date in the record.",
                  nullptr, moved.value())
        << QLatin1Char('\n');
    return ExitOk;
}

int writeNotices(Invocation &invocation) {
    int exitCode = ExitOk;
    const qint64 id = periodId(invocation, &exitCode);
    if (!id)
        return exitCode;
    const QString folder = invocation.value(QStringLiteral("out"));
    if (folder.isEmpty())
        return invocation.usageError(Tr::tr("--out is required: the folder to write the notices to."));
    if (!QFileInfo(folder).isDir())
        return invocation.fail(Tr::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
    const bool replace = invocation.isSet(QStringLiteral("force"));
    const bool recordSent = invocation.isSet(QStringLiteral("record-sent"));
    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    const AvailabilityService service(*database);
    const Result<QList<AffectedClient>> clients = service.affectedClients(id);
    if (!clients)
        return invocation.fail(clients.error());
    if (clients.value().isEmpty()) {
        invocation.out() << Tr::tr("No client has anything due in this period: no notice was written.")
                         << QLatin1Char('\n');
        return ExitOk;
    }
    for (const AffectedClient &client : clients.value()) {
        const Result<SummaryDocument> notice = SummaryDocument::forNotice(*database, id, client.clientId);
        if (!notice)
            return invocation.fail(notice.error());
        const QString path = QDir(folder).filePath(
            QStringLiteral("client-%1-%2").arg(client.clientId).arg(notice.value().defaultFileName()));
        if (const Status writable = checkOutputFile(path, replace); !writable)
            return invocation.fail(writable.error());
        const Result<QByteArray> pdf = notice.value().renderPdf();
        if (!pdf)
            return invocation.fail(pdf.error());
        if (const Status saved = AgreementFiles::savePdf(pdf.value(), path); !saved)
            return invocation.fail(saved.error());
        if (recordSent) {
            const Result<qint64> sent = service.recordNoticeSent(
                id, client.clientId, QDateTime(), notice.value().summary().text, SummaryMethod::Pdf);
            if (!sent)
                return invocation.fail(sent.error());
        }
        invocation.out() << Tr::tr("%1 (%2): %3")
                                .arg(client.fullName, client.documentLanguage,
                                     QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
                         << QLatin1Char('\n');
    }
    if (recordSent)
        invocation.out() << Tr::tr("Recorded %n notice(s) as sent.", nullptr, int(clients.value().size()))
                         << QLatin1Char('\n');
    return ExitOk;
}

} // namespace

QList<Command> availabilityCommands() {
    const QCommandLineOption format = formatOption(Tr::tr("table (default), csv or json."));

    Command add;
    add.words = {QStringLiteral("availability"), QStringLiteral("add")};
    add.arguments =
        QStringLiteral("--from DATE --to DATE [--no-sessions] [--slower-replies] [--covered-by NAME] "
                       "[--contact TEXT] [--reason KEY] [--format %1]")
            .arg(OutputFormats::keys(ListFormats));
    add.summary = Tr::tr("Record a period of reduced availability and list the clients it affects.");
    add.options = {
        QCommandLineOption(QStringLiteral("from"), Tr::tr("The first day (YYYY-MM-DD)."),
                           QStringLiteral("DATE")),
        QCommandLineOption(QStringLiteral("to"), Tr::tr("The last day (YYYY-MM-DD)."),
                           QStringLiteral("DATE")),
        QCommandLineOption(QStringLiteral("no-sessions"), Tr::tr("No sessions take place in the period.")),
        QCommandLineOption(QStringLiteral("slower-replies"), Tr::tr("Replies take longer than usual.")),
        QCommandLineOption(QStringLiteral("covered-by"), Tr::tr("The colleague who covers."),
                           QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("contact"), Tr::tr("How clients reach that colleague."),
                           QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("reason"),
                           Tr::tr("Why, kept private: %1 (default other).").arg(reasonKeys()),
                           QStringLiteral("KEY")),
        format,
    };
    add.details = Tr::tr(
        "At least one of --no-sessions, --slower-replies and --covered-by says what changes for clients.\n"
        "The reason stays private: no notice names it. The clients affected are those with an open\n"
        "incident's follow-up, a behavioural contract's review or a goal due in the period, one row per\n"
        "item. CSV and JSON keys: client_id, client_name, language, kind (follow_up, contract_review,\n"
        "goal), due, moved_to (YYYY-MM-DD or null), incident_id, notice_sent_at.");
    add.run = addPeriod;

    Command list;
    list.words = {QStringLiteral("availability"), QStringLiteral("list")};
    list.arguments = QStringLiteral("[--format %1]").arg(OutputFormats::keys(ListFormats));
    list.summary = Tr::tr("List your periods of reduced availability, the latest first.");
    list.options = {format};
    list.run = listPeriods;

    Command clients;
    clients.words = {QStringLiteral("availability"), QStringLiteral("clients")};
    clients.arguments = QStringLiteral("ID [--format %1]").arg(OutputFormats::keys(ListFormats));
    clients.positionalNames = {QStringLiteral("ID")};
    clients.summary = Tr::tr("List the clients a period of reduced availability affects.");
    clients.options = {format};
    clients.details = add.details;
    clients.run = showAffected;

    Command move;
    move.words = {QStringLiteral("availability"), QStringLiteral("move")};
    move.arguments = QStringLiteral("ID [--to DATE]");
    move.positionalNames = {QStringLiteral("ID")};
    move.summary = Tr::tr("Move the follow-ups due in a period out of it, in one step.");
    move.options = {QCommandLineOption(QStringLiteral("to"),
                                       Tr::tr("The new due date (default: the day after the period)."),
                                       QStringLiteral("DATE"))};
    move.details =
        Tr::tr("Each move is recorded with the date it had before; the goals keep their own dates.");
    move.run = moveFollowUps;

    Command notices;
    notices.words = {QStringLiteral("availability"), QStringLiteral("notices")};
    notices.arguments = QStringLiteral("ID --out DIR [--record-sent] [--force]");
    notices.positionalNames = {QStringLiteral("ID")};
    notices.summary = Tr::tr("Write a notice as PDF for every client a period affects.");
    notices.options = {
        QCommandLineOption(QStringLiteral("out"), Tr::tr("The folder to write the PDFs to (required)."),
                           QStringLiteral("DIR")),
        QCommandLineOption(QStringLiteral("record-sent"), Tr::tr("Record each notice as sent (as a PDF).")),
        QCommandLineOption(QStringLiteral("force"), Tr::tr("Replace files that already exist.")),
    };
    notices.details = Tr::tr(
        "Each notice is in the client's document language and says what changes for them and whom to\n"
        "contact, without the reason. Files are named client-ID-availability-notice-DATE-period-ID.pdf\n"
        "and are readable by you only (0600).");
    notices.run = writeNotices;

    return {add, list, clients, move, notices};
}

} // namespace bk::cli
