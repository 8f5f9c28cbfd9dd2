// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/cli/CliArguments.h"

#include "app/common/PrivateFile.h"
#include "app/common/SupportedDates.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>
#include <cstdlib>

namespace bk::cli {

namespace {

// lupdate files these messages under "CliArguments", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(CliArguments)
};

template <typename Enum> QString keyList(const QList<Enum> &values, QString (*key)(Enum)) {
    QStringList keys;
    for (Enum value : values)
        keys.append(key(value));
    return keys.join(QStringLiteral(", "));
}

// Reads an option whose value is one of a set of keys; false after reporting wrong usage. An option that
// is not given leaves `value` as it is.
template <typename Enum>
bool readKeyOption(Invocation &invocation, const QString &option, const QString &what,
                   std::optional<Enum> (*fromKey)(const QString &), const QString &allowed, Enum *value,
                   int *exitCode) {
    if (!invocation.isSet(option))
        return true;
    const QString key = invocation.value(option);
    const std::optional<Enum> parsed = fromKey(key);
    if (!parsed) {
        *exitCode = invocation.usageError(Tr::tr("“%1” is not %2. Use one of: %3.").arg(key, what, allowed));
        return false;
    }
    *value = *parsed;
    return true;
}

QString nativePath(const QString &path) {
    return QDir::toNativeSeparators(path);
}

// "+02:00" for an offset from UTC in seconds.
QString offsetText(int seconds) {
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    seconds = std::abs(seconds);
    return QStringLiteral("%1%2:%3")
        .arg(sign)
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'));
}

// The instants (UTC) at which the wall clock of `zone` shows `local`, earliest first: none when a
// daylight-saving change skips it, two when the clocks go back over it.
QList<QDateTime> instantsOf(const QDateTime &local, const QTimeZone &zone) {
    // Read as if UTC only to get a position on the time line; the zone's offsets around it are the
    // candidates.
    const QDateTime fields(local.date(), local.time(), Qt::UTC);
    QList<int> offsets;
    for (const int days : {-2, -1, 0, 1, 2}) {
        const int offset = zone.offsetFromUtc(fields.addDays(days));
        if (!offsets.contains(offset))
            offsets.append(offset);
    }
    QList<QDateTime> instants;
    for (const int offset : offsets) {
        const QDateTime instant = fields.addSecs(-offset);
        if (zone.offsetFromUtc(instant) == offset && !instants.contains(instant))
            instants.append(instant);
    }
    std::sort(instants.begin(), instants.end());
    return instants;
}

} // namespace

QCommandLineOption formatOption(const QString &description) {
    return QCommandLineOption(QStringLiteral("format"), description, QStringLiteral("FORMAT"));
}

std::optional<OutputFormat> chosenFormat(Invocation &invocation, OutputFormat fallback,
                                         const QList<OutputFormat> &allowed, int *exitCode,
                                         const QString &what) {
    const QString key = invocation.isSet(QStringLiteral("format"))
                            ? invocation.value(QStringLiteral("format"))
                            : OutputFormats::key(fallback);
    const std::optional<OutputFormat> format = OutputFormats::fromKey(key, allowed);
    if (!format)
        *exitCode = invocation.usageError(
            Tr::tr("“%1” is not %2. Use one of: %3.")
                .arg(key, what.isEmpty() ? Tr::tr("a format here") : what, OutputFormats::keys(allowed)));
    return format;
}

QString channelKeys() {
    return keyList(ContactChannels::all(), &ContactChannels::key);
}
QString clientStatusKeys() {
    return keyList(ClientStatuses::all(), &ClientStatuses::key);
}
QString severityKeys() {
    return keyList<Severity>({Severity::Minor, Severity::Major}, &Severities::key);
}
QString crossedByKeys() {
    return keyList<CrossedBy>({CrossedBy::Client, CrossedBy::Practitioner}, &CrossedBys::key);
}
QString incidentStatusKeys() {
    return keyList<IncidentStatus>({IncidentStatus::Open, IncidentStatus::Closed}, &IncidentStatuses::key);
}

bool readChannelOption(Invocation &invocation, const QString &option, ContactChannel *value, int *exitCode) {
    return readKeyOption(invocation, option, Tr::tr("a contact channel"), &ContactChannels::fromKey,
                         channelKeys(), value, exitCode);
}
bool readClientStatusOption(Invocation &invocation, const QString &option, ClientStatus *value,
                            int *exitCode) {
    return readKeyOption(invocation, option, Tr::tr("a client status"), &ClientStatuses::fromKey,
                         clientStatusKeys(), value, exitCode);
}
bool readSeverityOption(Invocation &invocation, const QString &option, Severity *value, int *exitCode) {
    return readKeyOption(invocation, option, Tr::tr("a severity"), &Severities::fromKey, severityKeys(),
                         value, exitCode);
}
bool readCrossedByOption(Invocation &invocation, const QString &option, CrossedBy *value, int *exitCode) {
    return readKeyOption(invocation, option, Tr::tr("who crossed the boundary"), &CrossedBys::fromKey,
                         crossedByKeys(), value, exitCode);
}
bool readIncidentStatusOption(Invocation &invocation, const QString &option, IncidentStatus *value,
                              int *exitCode) {
    return readKeyOption(invocation, option, Tr::tr("an incident status"), &IncidentStatuses::fromKey,
                         incidentStatusKeys(), value, exitCode);
}

std::optional<qint64> positiveNumber(const QString &text) {
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (!ok || number <= 0)
        return std::nullopt;
    return number;
}

qint64 clientIdOption(Invocation &invocation, int *exitCode) {
    const QString text = invocation.value(QStringLiteral("client"));
    const std::optional<qint64> id = positiveNumber(text);
    if (!id)
        *exitCode = invocation.usageError(
            Tr::tr("“%1” is not a client id; ids are whole numbers above 0, as “clients list” shows.")
                .arg(text));
    return id.value_or(0);
}

Result<QDate> parseDate(const QString &text, const QString &what) {
    // Exactly four digits of year: QDate also reads "-0001-01-01" and "+2026-03-01".
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QDate date =
        shape.match(text).hasMatch() ? QDate::fromString(text, QStringLiteral("yyyy-MM-dd")) : QDate();
    const QString subject =
        what.isEmpty() ? QStringLiteral("“%1”").arg(text) : QStringLiteral("%1 “%2”").arg(what, text);
    if (!date.isValid())
        return Error{
            Error::Kind::Invalid,
            Tr::tr("%1 is not a date; write it as YYYY-MM-DD, for example 2026-03-01.").arg(subject)};
    if (!SupportedDates::contains(date))
        return Error{
            Error::Kind::Invalid,
            Tr::tr("%1 is outside the supported dates. %2").arg(subject, SupportedDates::rangeSentence())};
    return date;
}

bool readDateOption(Invocation &invocation, const QString &option, QDate *date, int *exitCode) {
    if (!invocation.isSet(option))
        return true;
    const Result<QDate> parsed = parseDate(invocation.value(option), QStringLiteral("--") + option);
    if (!parsed) {
        *exitCode = invocation.usageError(parsed.error().message);
        return false;
    }
    *date = parsed.value();
    return true;
}

bool checkPeriod(Invocation &invocation, const QDate &from, const QDate &to, int *exitCode) {
    if (from.isValid() && to.isValid() && from > to) {
        *exitCode = invocation.usageError(
            Tr::tr("The period starts after it ends: --from (%1) must be on or before --to (%2).")
                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
        return false;
    }
    return true;
}

Result<QDateTime> parseDateTime(const QString &text, const QByteArray &zoneId) {
    QTimeZone zone(zoneId);
    if (!zone.isValid())
        zone = QTimeZone::systemTimeZone();
    const QString zoneName = QString::fromUtf8(zone.id());
    const QString trimmed = text.trimmed();
    // A time zone designator ends the text: "Z", "+01:00", "-0300" or "+01".
    static const QRegularExpression designator(QStringLiteral("T.*(Z|[+-][0-9]{2}(:?[0-9]{2})?)$"));
    const bool naive = !designator.match(trimmed).hasMatch();
    // A naive time is read as if in UTC only to get its fields: read in the local time zone, a wall-clock
    // time that a daylight-saving change skips there would not parse at all.
    const QDateTime parsed =
        QDateTime::fromString(naive ? trimmed + QLatin1Char('Z') : trimmed, Qt::ISODateWithMs);
    // A date alone is refused: midnight is rarely what was meant for when something happened.
    if (!parsed.isValid() || !trimmed.contains(QLatin1Char('T')))
        return Error{
            Error::Kind::Invalid,
            Tr::tr("“%1” is not a date and time. Write it in ISO 8601, for example 2026-03-01T21:30 (in "
                   "the practice's time zone, %2), 2026-03-01T21:30Z (UTC) or 2026-03-01T21:30+01:00.")
                .arg(text, zoneName)};
    // The wall-clock date must be supported, and so must the UTC one: both are stored or compared.
    if (!SupportedDates::contains(parsed.date()) || !SupportedDates::contains(parsed.toUTC().date()))
        return Error{
            Error::Kind::Invalid,
            Tr::tr("“%1” is outside the supported dates. %2").arg(text, SupportedDates::rangeSentence())};
    if (!naive)
        return parsed.toUTC();
    const QList<QDateTime> instants = instantsOf(parsed, zone);
    if (instants.isEmpty())
        return Error{
            Error::Kind::Invalid,
            Tr::tr("%1 does not exist in %2: the clocks went forward then. Give the time in UTC (with Z) "
                   "or with its offset instead.")
                .arg(text, zoneName)};
    if (instants.size() > 1) {
        // Neither is taken silently: the user says which one with its offset.
        const QString wallClock = parsed.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
        return Error{Error::Kind::Invalid,
                     Tr::tr("%1 happens twice in %2: the clocks went back then. Add the offset to say which: "
                            "%3%4 (the first time) or %3%5 (the second), or give the time in UTC with Z.")
                         .arg(text, zoneName, wallClock, offsetText(zone.offsetFromUtc(instants.first())),
                              offsetText(zone.offsetFromUtc(instants.last())))};
    }
    return instants.first();
}

Status checkOutputFile(const QString &path, const bool replace) {
    if (Status target = PrivateFile::checkTarget(path); !target)
        return target;
    const QFileInfo file(path);
    if (file.isDir())
        return Error{
            Error::Kind::Invalid,
            Tr::tr("%1 is a folder; name a file inside it.").arg(nativePath(file.absoluteFilePath()))};
    if (file.exists() && !replace)
        return Error{Error::Kind::Conflict,
                     Tr::tr("%1 already exists; choose another name, or add --force to "
                            "replace it.")
                         .arg(nativePath(file.absoluteFilePath()))};
    const QFileInfo folder(file.absolutePath());
    if (!folder.isDir())
        return Error{Error::Kind::NotFound,
                     Tr::tr("The folder %1 does not exist.").arg(nativePath(folder.absoluteFilePath()))};
    return {};
}

Status checkOutputFiles(const QList<OutputFile> &files, const bool replace) {
    // The file a path names: its folder's canonical path (links, "." and ".." resolved) and its name, so
    // "./a.pdf", "a.pdf" and "sub/../a.pdf" are one file; the file itself need not exist yet.
    const auto identity = [](const QString &path) {
        const QFileInfo file(path);
        const QString folder = QFileInfo(file.absolutePath()).canonicalFilePath();
        return folder.isEmpty() ? file.absoluteFilePath() : QDir(folder).filePath(file.fileName());
    };
    // Two options naming one file are refused first: --force would not help there.
    for (qsizetype i = 0; i < files.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j) {
            if (identity(files.at(j).path) == identity(files.at(i).path))
                return Error{
                    Error::Kind::Invalid,
                    Tr::tr("--%1 and --%2 both name %3; give each file its own name.")
                        .arg(files.at(j).option, files.at(i).option,
                             nativePath(QDir::cleanPath(QFileInfo(files.at(i).path).absoluteFilePath())))};
        }
    }
    for (const OutputFile &file : files) {
        if (Status writable = checkOutputFile(file.path, replace); !writable)
            return writable;
    }
    return {};
}

} // namespace bk::cli
