// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/backup/BackupService.h"
#include "app/cli/CliArguments.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CommandGroups.h"
#include "app/common/Clock.h"
#include "app/storage/Database.h"
#include "app/storage/ServerAddress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <cstdio>
#include <optional>
#include <termios.h>
#include <unistd.h>

namespace bk::cli {

namespace {

// lupdate files these messages under "BackupCommands", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(BackupCommands)
};

const QList<OutputFormat> BackupListFormats = {OutputFormat::Table, OutputFormat::Csv, OutputFormat::Json};

QCommandLineOption passphraseStdinOption() {
    return QCommandLineOption(QStringLiteral("passphrase-stdin"),
                              Tr::tr("Read the passphrase from the first line of standard input instead of "
                                     "asking for it on the terminal."));
}

QString lineWithoutEnd(QByteArray line) {
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

// Asks on the terminal with the typed characters hidden; nothing when there is no terminal.
std::optional<QByteArray> askHidden(const QString &prompt) {
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return std::nullopt;
    const int fd = ::fileno(tty);
    termios saved{};
    const bool isTerminal = ::tcgetattr(fd, &saved) == 0;
    if (isTerminal) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(fd, TCSAFLUSH, &hidden);
    }
    std::fputs(qPrintable(prompt), tty);
    std::fflush(tty);
    char buffer[1024];
    const bool read = std::fgets(buffer, sizeof buffer, tty) != nullptr;
    if (isTerminal)
        ::tcsetattr(fd, TCSAFLUSH, &saved);
    std::fputc('\n', tty);
    std::fclose(tty);
    if (!read)
        return std::nullopt;
    QByteArray line(buffer);
    ::explicit_bzero(buffer, sizeof buffer);
    return lineWithoutEnd(line).toUtf8();
}

// The passphrase: from standard input with --passphrase-stdin, otherwise asked on the terminal (twice when
// a new backup is encrypted with it). Nothing after reporting why there is none.
std::optional<QByteArray> passphrase(Invocation &invocation, bool confirm, int *exitCode) {
    *exitCode = ExitFailure;
    if (invocation.isSet(QStringLiteral("passphrase-stdin"))) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            invocation.fail(Tr::tr("Standard input could not be read."));
            return std::nullopt;
        }
        const QByteArray line = lineWithoutEnd(input.readLine()).toUtf8();
        if (line.isEmpty()) {
            invocation.fail(
                Tr::tr("The first line of standard input is empty; it must hold the passphrase."));
            return std::nullopt;
        }
        return line;
    }
    const std::optional<QByteArray> first = askHidden(Tr::tr("Passphrase: "));
    if (!first) {
        *exitCode =
            invocation.usageError(Tr::tr("There is no terminal to ask for the passphrase on; give it on "
                                         "standard input with --passphrase-stdin."));
        return std::nullopt;
    }
    if (first->isEmpty()) {
        invocation.fail(Tr::tr("The passphrase is empty."));
        return std::nullopt;
    }
    if (confirm) {
        const std::optional<QByteArray> second = askHidden(Tr::tr("The same passphrase again: "));
        if (!second || *second != *first) {
            invocation.fail(Tr::tr("The two passphrases differ; nothing was written."));
            return std::nullopt;
        }
    }
    return first;
}

QString shown(const QString &path) {
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

qint64 totalRows(const QList<DatabaseSnapshot::TableCount> &tables) {
    qint64 rows = 0;
    for (const DatabaseSnapshot::TableCount &table : tables)
        rows += table.rows;
    return rows;
}

int backUp(Invocation &invocation) {
    const bool encrypt = invocation.isSet(QStringLiteral("encrypt"));
    if (invocation.isSet(QStringLiteral("passphrase-stdin")) && !encrypt)
        return invocation.usageError(Tr::tr("--passphrase-stdin goes with --encrypt."));
    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    QByteArray secret;
    if (encrypt) {
        int exitCode = ExitOk;
        const std::optional<QByteArray> given = passphrase(invocation, true, &exitCode);
        if (!given)
            return exitCode;
        secret = *given;
    }
    const BackupService backups(*database);
    const Result<BackupEntry> written =
        invocation.isSet(QStringLiteral("out"))
            ? backups.backUpTo(invocation.value(QStringLiteral("out")), secret)
            : backups.backUpToFolder(BackupEntry::Kind::Manual, secret);
    secret.fill('\0');
    if (!written)
        return invocation.fail(written.error());
    const BackupEntry &entry = written.value();
    invocation.out() << Tr::tr("Backed up %1 rows of %2 tables (schema version %3) to %4%5.")
                            .arg(totalRows(entry.tables))
                            .arg(entry.tables.size())
                            .arg(entry.schemaVersion)
                            .arg(shown(entry.path), entry.encrypted ? Tr::tr(", encrypted") : QString())
                     << QLatin1Char('\n') << Tr::tr("Manifest: %1").arg(shown(entry.manifestPath))
                     << QLatin1Char('\n') << Tr::tr("SHA-256: %1").arg(entry.sha256) << QLatin1Char('\n');
    return ExitOk;
}

// The practice the backups are of, as their manifests name it.
QString sourceOf(const Invocation &invocation) {
    const QString location = invocation.databaseLocation();
    if (!Database::isServerUrl(location))
        return QFileInfo(location).absoluteFilePath();
    const Result<ServerAddress> address = ServerAddress::parse(location);
    return address ? address.value().shown() : location;
}

QList<BackupEntry> backupsOf(Invocation &invocation, QString *folder, int *exitCode) {
    QString error;
    *folder = BackupService::defaultFolder(&error);
    if (folder->isEmpty()) {
        *exitCode = invocation.fail(error);
        return {};
    }
    QList<BackupEntry> entries;
    const QString source = sourceOf(invocation);
    QByteArray zone;
    for (const BackupEntry &entry : BackupService::list(*folder)) {
        if (entry.source != source)
            continue;
        entries.append(entry);
        if (zone.isEmpty())
            zone = entry.timeZone;
    }
    // The practice is not opened here (it may be the damaged one): its clock comes from the newest backup
    // that names its zone, and without one the times are the computer's.
    if (!zone.isEmpty())
        Clock::setPracticeZone(zone);
    *exitCode = ExitOk;
    return entries;
}

int listBackups(Invocation &invocation) {
    int exitCode = ExitOk;
    const std::optional<OutputFormat> format =
        chosenFormat(invocation, OutputFormat::Table, BackupListFormats, &exitCode);
    if (!format)
        return exitCode;
    QString folder;
    const QList<BackupEntry> entries = backupsOf(invocation, &folder, &exitCode);
    if (exitCode != ExitOk)
        return exitCode;
    const ListLayout layout{{QStringLiteral("created"), QStringLiteral("kind"),
                             QStringLiteral("schema_version"), QStringLiteral("rows"),
                             QStringLiteral("encrypted"), QStringLiteral("file")},
                            {Clock::headerWithZone(Tr::tr("Created")), Tr::tr("Kind"), Tr::tr("Schema"),
                             Tr::tr("Rows"), Tr::tr("Encrypted"), Tr::tr("File")}};
    const ListWalk walk = [&entries](const std::function<void(const ListRow &)> &sink) -> Status {
        for (const BackupEntry &entry : entries) {
            const qint64 rows = totalRows(entry.tables);
            sink({QJsonObject{{QStringLiteral("created"), entry.created.toString(Qt::ISODate)},
                              {QStringLiteral("kind"), entry.kindName()},
                              {QStringLiteral("schema_version"), entry.schemaVersion},
                              {QStringLiteral("rows"), rows},
                              {QStringLiteral("encrypted"), entry.encrypted},
                              {QStringLiteral("file"), entry.path}},
                  {Clock::toLocal(entry.created).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                   entry.kindName(), QString::number(entry.schemaVersion), QString::number(rows),
                   entry.encrypted ? Tr::tr("yes") : Tr::tr("no"), QDir::toNativeSeparators(entry.path)}});
        }
        return {};
    };
    if (const Status written = writeList(invocation.out(), *format, layout, walk); !written)
        return invocation.fail(written.error());
    return ExitOk;
}

int verifyBackups(Invocation &invocation) {
    int exitCode = ExitOk;
    QString folder;
    const QList<BackupEntry> entries = backupsOf(invocation, &folder, &exitCode);
    if (exitCode != ExitOk)
        return exitCode;
    if (entries.isEmpty())
        return invocation.fail(Tr::tr("There are no backups of %1 in %2.")
                                   .arg(sourceOf(invocation), QDir::toNativeSeparators(folder)));
    int failed = 0;
    for (const BackupEntry &entry : entries) {
        const Status verified = BackupService::verify(entry);
        if (verified) {
            invocation.out() << Tr::tr("good") << QLatin1Char('\t') << QDir::toNativeSeparators(entry.path)
                             << QLatin1Char('\n');
        } else {
            ++failed;
            invocation.out() << Tr::tr("BAD") << QLatin1Char('\t') << QDir::toNativeSeparators(entry.path)
                             << QLatin1Char('\t') << verified.error().message << QLatin1Char('\n');
        }
    }
    invocation.out().flush();
    if (failed > 0)
        return invocation.fail(Tr::tr("%1 of %2 backups failed the check.").arg(failed).arg(entries.size()));
    return ExitOk;
}

int restore(Invocation &invocation) {
    const QString file = invocation.positional(0);
    const QString location = invocation.databaseLocation();
    if (location.isEmpty())
        return invocation.fail(Tr::tr("There is no data folder for the database."));
    const QString target = Database::isServerUrl(location) ? sourceOf(invocation) : shown(location);
    // Only a person at a terminal may say yes here; a script must say so with --yes.
    const bool confirmed = invocation.isSet(QStringLiteral("yes"));
    if (!confirmed && (!::isatty(STDIN_FILENO) || invocation.isSet(QStringLiteral("passphrase-stdin"))))
        return invocation.usageError(
            Tr::tr("Restoring replaces %1; give --yes to confirm when not asking on a terminal.")
                .arg(target));
    QByteArray secret;
    const bool encrypted = BackupService::isEncrypted(file);
    if (encrypted) {
        int exitCode = ExitOk;
        const std::optional<QByteArray> given = passphrase(invocation, false, &exitCode);
        if (!given)
            return exitCode;
        secret = *given;
    }
    const Result<BackupService::Inspection> inspection = BackupService::inspect(file, secret);
    if (!inspection)
        return invocation.fail(inspection.error());
    invocation.out() << Tr::tr("Backup %1: created %2, schema version %3, %4 rows.")
                            .arg(shown(file), Clock::toLocal(inspection.value().created)
                                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                            .arg(inspection.value().schemaVersion)
                            .arg(totalRows(inspection.value().tables))
                     << QLatin1Char('\n');
    for (const DatabaseSnapshot::TableCount &table : inspection.value().tables)
        invocation.out() << table.table << QLatin1Char('\t') << table.rows << QLatin1Char('\n');
    invocation.out().flush();

    if (!confirmed) {
        invocation.err() << Tr::tr("Replace %1 with this backup? The database as it is now is kept as a "
                                   "backup first. [y/N] ")
                                .arg(target)
                         << Qt::flush;
        if (!confirmedOnInput())
            return invocation.fail(Tr::tr("Nothing was restored."));
    }
    const Result<QString> kept = BackupService::restore(location, file, secret);
    secret.fill('\0');
    if (!kept)
        return invocation.fail(kept.error());
    invocation.out() << Tr::tr("Restored %1 into %2.").arg(shown(file), target) << QLatin1Char('\n');
    if (!kept.value().isEmpty())
        invocation.out() << Tr::tr("The database as it was before is kept as %1.").arg(shown(kept.value()))
                         << QLatin1Char('\n');
    return ExitOk;
}

} // namespace

QList<Command> backupCommands() {
    Command backupCommand;
    backupCommand.words = {QStringLiteral("backup")};
    backupCommand.arguments = QStringLiteral("[--out FILE] [--encrypt [--passphrase-stdin]]");
    backupCommand.summary = Tr::tr("Back up the practice now, checked, with a manifest beside it.");
    backupCommand.options = {
        QCommandLineOption(
            QStringLiteral("out"),
            Tr::tr("Write the backup to FILE (it must not exist) instead of the backups folder."),
            QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("encrypt"), Tr::tr("Encrypt the backup with a passphrase, asked "
                                                             "twice on the terminal.")),
        passphraseStdinOption()};
    backupCommand.details = Tr::tr(
        "A file practice is copied with SQLite's online backup while it may be in use, checked with\n"
        "PRAGMA integrity_check and written readable by you only; a practice on a server is written with\n"
        "pg_dump. Without --out the backup goes into the backups folder beside the application's data.\n"
        "The manifest FILE.json holds when it was made (UTC), the schema version, the rows of each table\n"
        "and the file's SHA-256. The passphrase is never taken on the command line.");
    backupCommand.run = backUp;

    Command listCommand;
    listCommand.words = {QStringLiteral("backups"), QStringLiteral("list")};
    listCommand.arguments = QStringLiteral("[--format %1]").arg(OutputFormats::keys(BackupListFormats));
    listCommand.summary = Tr::tr("List the backups of the practice in the backups folder, newest first.");
    listCommand.options = {formatOption(Tr::tr("table (default), csv or json."))};
    listCommand.details =
        Tr::tr("CSV and JSON keys: created (UTC), kind (daily, before-upgrade, before-restore, "
               "manual),\nschema_version, rows, encrypted, file.");
    listCommand.run = listBackups;

    Command verifyCommand;
    verifyCommand.words = {QStringLiteral("backups"), QStringLiteral("verify")};
    verifyCommand.summary =
        Tr::tr("Check every backup of the practice: its SHA-256 against its manifest, and its integrity.");
    verifyCommand.details =
        Tr::tr("Prints \"good\" or \"BAD\" and the file for each backup; exits with 1 when any is bad. An\n"
               "encrypted backup is checked against its manifest's SHA-256 only.");
    verifyCommand.run = verifyBackups;

    Command restoreCommand;
    restoreCommand.words = {QStringLiteral("restore")};
    restoreCommand.arguments = QStringLiteral("FILE [--yes] [--passphrase-stdin]");
    restoreCommand.positionalNames = {QStringLiteral("FILE")};
    restoreCommand.summary =
        Tr::tr("Replace the practice with a backup, keeping the current one as a backup.");
    restoreCommand.options = {QCommandLineOption(QStringLiteral("yes"),
                                                 Tr::tr("Do not ask for confirmation (needed when not run on "
                                                        "a terminal).")),
                              passphraseStdinOption()};
    restoreCommand.details = Tr::tr(
        "The backup is checked first (integrity, a schema version this program understands) and what it\n"
        "holds is shown. The database as it is now is kept as a backup (a damaged file under another name\n"
        "beside itself), then the checked copy takes its place in one rename. Close Boundary Keeper first.");
    restoreCommand.run = restore;
    return {backupCommand, listCommand, verifyCommand, restoreCommand};
}

} // namespace bk::cli
