// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>

namespace bk {
class Database;
}

namespace bk::cli {

/// The program's exit status: 0 done, 1 refused or failed (nothing changed), 2 wrong usage.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

/// Whether a command may create the database file: only those that set it up or add to it do.
enum class DatabaseUse { Existing, CreateIfMissing };

class Invocation;

/// One command of the program, such as "clients add": its words, help and what it runs.
struct Command {
    QStringList words;                 ///< e.g. {"clients", "add"}
    QString arguments;                 ///< the synopsis after the words, e.g. "ID [--format text|json]"
    QString summary;                   ///< one sentence for the command list
    QList<QCommandLineOption> options; ///< besides --help, which every command has
    QStringList positionalNames;       ///< exactly these positional arguments, e.g. {"ID"}
    QString details;                   ///< paragraphs after the options in the command's help; may be empty
    std::function<int(Invocation &)> run;
};

/// The options the whole program takes before the command.
struct GlobalOptions {
    QString databasePath; ///< --db PATH
    bool demo = false;    ///< --demo
};

/// A running command: its parsed arguments, its output streams and, on demand, the database.
class Invocation {
public:
    Invocation(const Command &command, const QCommandLineParser &parser, const GlobalOptions &global,
               QTextStream &out, QTextStream &err);
    ~Invocation();
    Invocation(const Invocation &) = delete;
    Invocation &operator=(const Invocation &) = delete;

    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }
    /// Every value of an option that may be given more than once.
    QStringList values(const QString &option) const { return m_parser.values(option); }
    QString positional(int index) const { return m_parser.positionalArguments().value(index); }

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    /// Opens the database chosen on the command line (once); nullptr after reporting why it cannot be used.
    Database *database(DatabaseUse use);
    /// Where the database chosen on the command line is (the path or URL of --db, or the default file),
    /// without opening it: for commands that must work on a file that cannot be opened (restore).
    QString databaseLocation() const;

    /// Reports an error on stderr and returns ExitFailure.
    int fail(const QString &message);
    int fail(const Error &error) { return fail(error.message); }
    /// Reports wrong usage with the command's synopsis and returns ExitUsage.
    int usageError(const QString &message);

private:
    const Command &m_command;
    const QCommandLineParser &m_parser;
    GlobalOptions m_global;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Database> m_database;
};

/// Parses the command line, finds the command and runs it; prints help and usage errors.
class Cli {
public:
    explicit Cli(QList<Command> commands);

    /// Runs the program with `arguments` (the first is the program itself) and returns its exit code.
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) const;

    static QString programName();

private:
    int runCommand(const Command &command, const QStringList &arguments, const GlobalOptions &global,
                   QTextStream &out, QTextStream &err) const;
    int help(const QStringList &words, QTextStream &out, QTextStream &err) const;
    void printOverview(QTextStream &stream) const;
    void printCommandHelp(const Command &command, QTextStream &stream) const;
    void printGroupHelp(const QString &group, QTextStream &stream) const;
    /// The command whose words start `words`, longest first; nullptr when none does.
    const Command *find(const QStringList &words) const;
    bool isGroup(const QString &word) const;

    QList<Command> m_commands;
};

/// The usage line of a command, e.g. "boundary-keeper-cli [--db PATH | --demo] clients show ID".
QString usageLine(const Command &command);

} // namespace bk::cli
