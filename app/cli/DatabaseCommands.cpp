// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/cli/CommandGroups.h"
#include "app/storage/Database.h"
#include "app/storage/PracticeCopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <optional>
#include <unistd.h>

namespace bk::cli {

namespace {

// lupdate files these messages under "DatabaseCommands", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(DatabaseCommands)
};

int init(Invocation &invocation) {
    const Database *database = invocation.database(DatabaseUse::CreateIfMissing);
    if (!database)
        return ExitFailure;
    // A server's URL (without its password) is shown as it is: it has no native separators.
    const QString location =
        database->isServer() ? database->path() : QDir::toNativeSeparators(database->path());
    invocation.out() << Tr::tr("Database: %1").arg(location) << QLatin1Char('\n')
                     << Tr::tr("Schema version: %1").arg(database->schemaVersion()) << QLatin1Char('\n');
    if (database->isReadOnly())
        invocation.out() << Tr::tr("The file is read-only: it can be read but not changed.")
                         << QLatin1Char('\n');
    return ExitOk;
}

// Whether `stream` writes to a terminal: only there is a progress bar drawn (a log or a pipe would keep every
// redrawn line).
bool isTerminal(const QTextStream &stream) {
    const auto *file = qobject_cast<const QFile *>(stream.device());
    return file && file->handle() >= 0 && ::isatty(file->handle()) == 1;
}

// A one-line progress bar on a terminal, drawn again in place as rows arrive, at most ten times a second.
class ProgressBar {
public:
    explicit ProgressBar(QTextStream &stream)
        : m_stream(stream) {}

    void show(const QString &table, qint64 done, qint64 total) {
        if (m_shown && m_lastDrawn.isValid() && m_lastDrawn.elapsed() < 100 && done < total)
            return;
        m_lastDrawn.start();
        m_shown = true;
        constexpr int Width = 30;
        const int filled = total > 0 ? int(done * Width / total) : Width;
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        // "\r" returns to the start of the line; the trailing "\x1b[K" clears what a longer line left.
        m_stream << '\r' << '[' << QString(filled, QLatin1Char('#'))
                 << QString(Width - filled, QLatin1Char('-')) << "] " << percent << "% "
                 << Tr::tr("%1 of %2 rows (%3)").arg(done).arg(total).arg(table) << "\x1b[K" << Qt::flush;
    }
    /// Ends the bar's line, so that what follows starts on a line of its own.
    ~ProgressBar() {
        if (m_shown)
            m_stream << '\n' << Qt::flush;
    }
    ProgressBar(const ProgressBar &) = delete;
    ProgressBar &operator=(const ProgressBar &) = delete;

private:
    QTextStream &m_stream;
    QElapsedTimer m_lastDrawn;
    bool m_shown = false;
};

int migrate(Invocation &invocation) {
    const Database *from = invocation.database(DatabaseUse::Existing);
    if (!from)
        return ExitFailure;
    const QString url = invocation.value(QStringLiteral("to"));
    if (!Database::isServerUrl(url))
        return invocation.usageError(Tr::tr("--to takes a server address beginning with postgresql://."));
    Result<std::unique_ptr<Database>> to = Database::open(url);
    if (!to)
        return invocation.fail(to.error());
    std::optional<ProgressBar> bar;
    if (isTerminal(invocation.err()))
        bar.emplace(invocation.err());
    const Result<QList<PracticeCopy::Table>> copied =
        PracticeCopy::copy(*from, *to.value(), [&bar](const QString &table, qint64 done, qint64 total) {
            if (bar)
                bar->show(table, done, total);
            return true;
        });
    bar.reset();
    if (!copied)
        return invocation.fail(copied.error());
    qint64 rows = 0;
    for (const PracticeCopy::Table &table : copied.value()) {
        invocation.out() << table.name << QLatin1Char('\t') << table.rows << QLatin1Char('\n');
        rows += table.rows;
    }
    invocation.out() << Tr::tr("Copied %1 rows of %2 tables to %3; every count and every signed document's "
                               "SHA-256 match. %4 was not changed.")
                            .arg(rows)
                            .arg(copied.value().size())
                            .arg(to.value()->path(), QDir::toNativeSeparators(from->path()))
                     << QLatin1Char('\n');
    return ExitOk;
}

} // namespace

QList<Command> databaseCommands() {
    Command initCommand;
    initCommand.words = {QStringLiteral("init")};
    initCommand.summary =
        Tr::tr("Create the database, or bring an older one up to date, and show where it is.");
    initCommand.run = init;

    Command migrateCommand;
    migrateCommand.words = {QStringLiteral("migrate")};
    migrateCommand.arguments = QStringLiteral("--to URL");
    migrateCommand.summary =
        Tr::tr("Copy the practice from its file into an empty database on a PostgreSQL server.");
    migrateCommand.options = {QCommandLineOption(
        QStringLiteral("to"), Tr::tr("The server database to copy into (postgresql://…); it must be empty."),
        QStringLiteral("URL"))};
    migrateCommand.details = Tr::tr(
        "Every table is copied with the same ids in one transaction on the server. The record "
        "count of every table and the SHA-256 of every signed document are then compared on both sides; "
        "any difference undoes the copy. The file is only read. Rows go to the server a thousand at a time. "
        "On a terminal a "
        "progress bar is shown on standard error; the copied tables and their row counts, tab-separated, go "
        "to standard output.");
    migrateCommand.run = migrate;
    return {initCommand, migrateCommand};
}

} // namespace bk::cli
