// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/cli/Cli.h"
#include "app/cli/CliOutput.h"
#include "app/clients/Client.h"
#include "app/common/ContactChannel.h"
#include "app/incidents/Incident.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QDateTime>
#include <optional>

/// Reading the arguments several command groups share: output formats, keys, record ids, times and output
/// files.
namespace bk::cli {

/// The formats a list is printed in, and those of one record.
inline const QList<OutputFormat> ListFormats = {OutputFormat::Table, OutputFormat::Csv, OutputFormat::Json};
inline const QList<OutputFormat> ShowFormats = {OutputFormat::Text, OutputFormat::Json};

/// The --format option, described by `description`.
QCommandLineOption formatOption(const QString &description);

/// The format --format asks for, or `fallback` without it; std::nullopt after reporting wrong usage (its
/// exit code in `exitCode`) when it is not one of `allowed`. The message says the key "is not `what`"
/// ("a format here" when empty).
std::optional<OutputFormat> chosenFormat(Invocation &invocation, OutputFormat fallback,
                                         const QList<OutputFormat> &allowed, int *exitCode,
                                         const QString &what = QString());

/// The keys an option takes, "a, b, c", for help texts and messages.
QString channelKeys();
QString clientStatusKeys();
QString severityKeys();
QString crossedByKeys();
QString incidentStatusKeys();

/// Read the option `option` (without dashes) whose value is a key of its kind into `value`; an option that
/// is not given leaves `value` as it is. False after reporting wrong usage (its exit code in `exitCode`).
bool readChannelOption(Invocation &invocation, const QString &option, ContactChannel *value, int *exitCode);
bool readClientStatusOption(Invocation &invocation, const QString &option, ClientStatus *value,
                            int *exitCode);
bool readSeverityOption(Invocation &invocation, const QString &option, Severity *value, int *exitCode);
bool readCrossedByOption(Invocation &invocation, const QString &option, CrossedBy *value, int *exitCode);
bool readIncidentStatusOption(Invocation &invocation, const QString &option, IncidentStatus *value,
                              int *exitCode);

/// The number in `text` when it is a whole number above 0, as record ids are.
std::optional<qint64> positiveNumber(const QString &text);

/// The client id --client names; 0 after reporting wrong usage (its exit code in `exitCode`) when it is not
/// one.
qint64 clientIdOption(Invocation &invocation, int *exitCode);

/// A calendar day written YYYY-MM-DD within the supported range (SupportedDates); an error saying what is
/// wrong otherwise, naming `what` (e.g. "--from") when it is not empty.
Result<QDate> parseDate(const QString &text, const QString &what = QString());

/// Reads the date option `option` (without dashes) into `date`; an option that is not given leaves `date` as
/// it is. False after reporting wrong usage (its exit code in `exitCode`).
bool readDateOption(Invocation &invocation, const QString &option, QDate *date, int *exitCode);

/// Whether a period from `from` to `to` (either may be invalid: open-ended) is in order; false after
/// reporting wrong usage (its exit code in `exitCode`) when it starts after it ends. Every command taking
/// --from and --to checks its period here.
bool checkPeriod(Invocation &invocation, const QDate &from, const QDate &to, int *exitCode);

/// An ISO 8601 date and time: with "Z" or an offset it is that instant; without, a wall-clock time in the
/// time zone `zoneId` (the system's when the id is unknown). Invalid when `text` is not one, is outside the
/// supported dates, or names a wall-clock time that a daylight-saving change skips in that zone or that
/// happens twice there (when the clocks go back: the offset must then say which was meant).
Result<QDateTime> parseDateTime(const QString &text, const QByteArray &zoneId);

/// Whether a command may write a new file at `path`: its folder exists, it is not a symbolic link (see
/// PrivateFile::checkTarget()) and, unless `replace`, nothing is there yet (an existing file is never
/// overwritten by surprise).
Status checkOutputFile(const QString &path, bool replace);

/// An output file a command writes: the option naming it (without dashes) and its path.
struct OutputFile {
    QString option;
    QString path;
};

/// Whether a command may write every one of `files`: each as checkOutputFile() says, and no two of them the
/// same file (the second would overwrite the first), however their paths are spelt.
Status checkOutputFiles(const QList<OutputFile> &files, bool replace);

} // namespace bk::cli
