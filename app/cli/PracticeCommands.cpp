// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/cli/CliArguments.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CommandGroups.h"
#include "app/policy/PracticeProfile.h"
#include "app/policy/PracticeService.h"
#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bk::cli {

namespace {

// lupdate files these messages under "PracticeCommands", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(PracticeCommands)
};

// Stable keys for JSON, Monday first like PracticeProfile::hours.
const QStringList WeekdayKeys = {QStringLiteral("monday"),    QStringLiteral("tuesday"),
                                 QStringLiteral("wednesday"), QStringLiteral("thursday"),
                                 QStringLiteral("friday"),    QStringLiteral("saturday"),
                                 QStringLiteral("sunday")};

QString weekdayLabel(int index) {
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("PracticeCommands", "Monday"),    QT_TRANSLATE_NOOP("PracticeCommands", "Tuesday"),
        QT_TRANSLATE_NOOP("PracticeCommands", "Wednesday"), QT_TRANSLATE_NOOP("PracticeCommands", "Thursday"),
        QT_TRANSLATE_NOOP("PracticeCommands", "Friday"),    QT_TRANSLATE_NOOP("PracticeCommands", "Saturday"),
        QT_TRANSLATE_NOOP("PracticeCommands", "Sunday")};
    return Tr::tr(names[index]);
}

QString timeText(const QTime &time) {
    return time.toString(QStringLiteral("HH:mm"));
}

// The machine-readable profile; its keys are listed in the command's help and must stay stable.
QJsonObject profileRecord(const PracticeProfile &profile, bool saved) {
    QJsonArray practitioners;
    for (const Practitioner &practitioner : profile.practitioners)
        practitioners.append(QJsonObject{{QStringLiteral("name"), practitioner.name},
                                         {QStringLiteral("title"), practitioner.title}});
    QJsonArray hours;
    for (std::size_t i = 0; i < profile.hours.size(); ++i) {
        const WorkingDay &day = profile.hours.at(i);
        hours.append(
            QJsonObject{{QStringLiteral("weekday"), WeekdayKeys.at(qsizetype(i))},
                        {QStringLiteral("open"), day.open},
                        {QStringLiteral("start"), day.open ? QJsonValue(timeText(day.start)) : QJsonValue()},
                        {QStringLiteral("end"), day.open ? QJsonValue(timeText(day.end)) : QJsonValue()}});
    }
    QJsonArray channels;
    for (ContactChannel channel : ContactChannels::all()) {
        const ChannelTerms terms = profile.channelTerms(channel);
        channels.append(QJsonObject{{QStringLiteral("channel"), ContactChannels::key(channel)},
                                    {QStringLiteral("allowed"), terms.allowed},
                                    {QStringLiteral("response_time"), terms.responseTime},
                                    {QStringLiteral("response_hours"), terms.responseHours}});
    }
    return {
        {QStringLiteral("saved"), saved},
        {QStringLiteral("name"), profile.name},
        {QStringLiteral("contact_line"), profile.contactLine},
        {QStringLiteral("logo_bytes"), qint64(profile.logoPng.size())},
        {QStringLiteral("practitioners"), practitioners},
        {QStringLiteral("practitioner_role"), profile.practitionerRole},
        {QStringLiteral("client_role"), profile.clientRole},
        {QStringLiteral("services_offered"), profile.servicesOffered},
        {QStringLiteral("services_not_offered"), profile.servicesNotOffered},
        {QStringLiteral("time_zone"), textOrNull(QString::fromUtf8(profile.timeZoneId))},
        {QStringLiteral("working_hours"), hours},
        {QStringLiteral("channels"), channels},
        {QStringLiteral("response_times"), profile.responseTimes},
        {QStringLiteral("emergency_definition"), profile.emergencyDefinition},
        {QStringLiteral("emergency_contact"), profile.emergencyContact},
        {QStringLiteral("paper_size"), PaperSizes::key(profile.paperSize)},
    };
}

void writeProfileText(QTextStream &out, const PracticeProfile &profile, bool saved) {
    if (!saved)
        out << Tr::tr("The practice has not described itself yet; these are the defaults.")
            << QStringLiteral("\n\n");

    QStringList practitioners;
    for (const Practitioner &practitioner : profile.practitioners)
        practitioners.append(practitioner.title.isEmpty()
                                 ? practitioner.name
                                 : Tr::tr("%1, %2").arg(practitioner.name, practitioner.title));
    writeDetails(out, {{Tr::tr("Practice"), profile.name},
                       {Tr::tr("Contact"), profile.contactLine},
                       {Tr::tr("Logo"), profile.logoPng.isEmpty()
                                            ? Tr::tr("none")
                                            : Tr::tr("present (%1 bytes)").arg(profile.logoPng.size())},
                       {Tr::tr("Practitioners"), practitioners.join(QLatin1Char('\n'))},
                       {Tr::tr("Paper size"), PaperSizes::label(profile.paperSize)}});

    out << QLatin1Char('\n');
    writeDetails(out, {{Tr::tr("Practitioner's role"), profile.practitionerRole},
                       {Tr::tr("Client's role"), profile.clientRole},
                       {Tr::tr("Services offered"), profile.servicesOffered},
                       {Tr::tr("Not offered"), profile.servicesNotOffered}});

    out << QLatin1Char('\n') << Tr::tr("Working hours (%1):").arg(QString::fromUtf8(profile.timeZoneId))
        << QLatin1Char('\n');
    QList<QPair<QString, QString>> hours;
    for (std::size_t i = 0; i < profile.hours.size(); ++i) {
        const WorkingDay &day = profile.hours.at(i);
        hours.append(
            {QStringLiteral("  ") + weekdayLabel(int(i)),
             day.open ? Tr::tr("%1–%2").arg(timeText(day.start), timeText(day.end)) : Tr::tr("closed")});
    }
    writeDetails(out, hours);

    out << QLatin1Char('\n') << Tr::tr("Contact channels:") << QLatin1Char('\n');
    QList<QPair<QString, QString>> channels;
    for (ContactChannel channel : ContactChannels::all()) {
        const ChannelTerms terms = profile.channelTerms(channel);
        QString value = terms.allowed ? Tr::tr("allowed") : Tr::tr("not used");
        if (terms.allowed && !terms.responseTime.isEmpty())
            value = Tr::tr("allowed, answered: %1").arg(terms.responseTime);
        channels.append({QStringLiteral("  ") + ContactChannels::label(channel), value});
    }
    writeDetails(out, channels);

    out << QLatin1Char('\n');
    writeDetails(out, {{Tr::tr("Response times"), profile.responseTimes},
                       {Tr::tr("Emergencies"), profile.emergencyDefinition},
                       {Tr::tr("In an emergency"), profile.emergencyContact}});
}

int show(Invocation &invocation) {
    int exitCode = ExitOk;
    const std::optional<OutputFormat> format = chosenFormat(
        invocation, OutputFormat::Text, ShowFormats, &exitCode, Tr::tr("a format for the practice profile"));
    if (!format)
        return exitCode;

    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    const PracticeService practice(*database);
    const Result<bool> saved = practice.hasSavedProfile();
    if (!saved)
        return invocation.fail(saved.error());
    const Result<PracticeProfile> profile = practice.load();
    if (!profile)
        return invocation.fail(profile.error());

    if (*format == OutputFormat::Json) {
        invocation.out() << QString::fromUtf8(
            QJsonDocument(profileRecord(profile.value(), saved.value())).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    writeProfileText(invocation.out(), profile.value(), saved.value());
    return ExitOk;
}

} // namespace

QList<Command> practiceCommands() {
    Command showCommand;
    showCommand.words = {QStringLiteral("practice"), QStringLiteral("show")};
    showCommand.arguments = QStringLiteral("[--format %1]").arg(OutputFormats::keys(ShowFormats));
    showCommand.summary = Tr::tr("Show the practice profile: who you are, the roles, the services and the "
                                 "communication terms clients agree to.");
    showCommand.options = {formatOption(Tr::tr("text (default) or json."))};
    showCommand.details = Tr::tr(
        "JSON keys: saved (false while the defaults are shown), name, contact_line, logo_bytes (0 when "
        "there\n"
        "is no logo), practitioners [{name, title}], practitioner_role, client_role, services_offered,\n"
        "services_not_offered, time_zone (IANA id), working_hours [{weekday, open, start, end}] from monday\n"
        "to sunday with HH:mm times (null when closed), channels [{channel, allowed, response_time,\n"
        "response_hours}], response_times, emergency_definition, emergency_contact, paper_size (a4 or\n"
        "us_letter).");
    showCommand.run = show;
    return {showCommand};
}

} // namespace bk::cli
