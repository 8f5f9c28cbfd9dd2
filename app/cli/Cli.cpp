// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/cli/Cli.h"

#include "app/backup/BackupService.h"
#include "app/common/AppPaths.h"
#include "app/common/TextChecks.h"
#include "app/demo/DemoPractice.h"
#include "app/policy/PracticeService.h"
#include "app/storage/Database.h"
#include "app/storage/ServerAddress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace bk::cli {

namespace {

// lupdate files these messages under "Cli", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QString GlobalSynopsis = QStringLiteral("[--db PATH|URL | --demo]");

bool isHelpOption(const QString &argument) {
    return argument == QLatin1String("--help") || argument == QLatin1String("-h");
}

// An error as the one line on stderr that README promises: line breaks become spaces, and control
// characters (a stored name may hold some) are escaped so that they cannot drive the terminal.
QString errorLine(const QString &message) {
    QString line = message;
    line.replace(QLatin1String("\r\n"), QLatin1String(" "))
        .replace(QLatin1Char('\n'), QLatin1Char(' '))
        .replace(QLatin1Char('\r'), QLatin1Char(' '));
    return Cli::programName() + QStringLiteral(": ") + TextChecks::escapeControls(line, false) +
           QLatin1Char('\n');
}

// A usage error: the message and, on the same line, where the right usage is shown.
QString usageErrorLine(const QString &message, const QString &helpCommand) {
    return errorLine(message + QLatin1Char(' ') + Tr::tr("See “%1 --help”.").arg(helpCommand));
}

// "-1" or "-3.5": a negative number, meant as a (wrong) positional argument rather than an option.
bool isNegativeNumber(const QString &argument) {
    static const QRegularExpression number(QStringLiteral("^-[0-9]"));
    return number.match(argument).hasMatch();
}

// "--name" or "-h", as an option is written on the command line.
QString dashed(const QString &name) {
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

// "--name NAME" for an option that takes a value, "--archived" for a switch.
QString optionSynopsis(const QCommandLineOption &option) {
    QStringList names;
    for (const QString &name : option.names())
        names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
    QString text = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        text += QLatin1Char(' ') + option.valueName();
    return text;
}

// Two aligned columns, as help texts show options and commands.
void printColumns(QTextStream &stream, const QList<QPair<QString, QString>> &rows) {
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    for (const auto &row : rows)
        stream << QStringLiteral("  ") << row.first.leftJustified(width + 2) << row.second
               << QLatin1Char('\n');
}

} // namespace

QString usageLine(const Command &command) {
    QString line = Tr::tr("Usage: %1 %2 %3")
                       .arg(Cli::programName(), GlobalSynopsis, command.words.join(QLatin1Char(' ')));
    if (!command.arguments.isEmpty())
        line += QLatin1Char(' ') + command.arguments;
    return line;
}

Invocation::Invocation(const Command &command, const QCommandLineParser &parser, const GlobalOptions &global,
                       QTextStream &out, QTextStream &err)
    : m_command(command)
    , m_parser(parser)
    , m_global(global)
    , m_out(out)
    , m_err(err) {}

Invocation::~Invocation() = default;

Database *Invocation::database(DatabaseUse use) {
    if (m_database)
        return m_database.get();

    Result<std::unique_ptr<Database>> opened = [&]() -> Result<std::unique_ptr<Database>> {
        QString path = m_global.databasePath;
        if (path.isEmpty()) {
            // Only the user's own files need the data folder; --db never creates it.
            QString error;
            if (AppPaths::dataFolder(&error).isEmpty())
                return Error{Error::Kind::Io, error};
            if (m_global.demo)
                return DemoPractice::open(AppPaths::demoDatabasePath());
            path = AppPaths::defaultDatabasePath();
        }
        // Every command opens the file afresh: the full integrity check (cross-checking every index) took
        // about 45 s at a million incidents, the quick one about 5 s, and it still refuses damaged files.
        Database::Options options;
        options.quickCheck = true;
        options.create = use == DatabaseUse::CreateIfMissing;
        options.beforeUpgrade = &BackupService::beforeUpgrade;
        Result<std::unique_ptr<Database>> database = Database::open(path, options);
        if (database)
            return database;
        const Error &error = database.error();
        if (!Database::isServerUrl(path)) {
            if (error.kind == Error::Kind::Damaged) {
                if (const QString advice = BackupService::restoreAdvice(path); !advice.isEmpty())
                    return Error{error.kind, error.message + QLatin1Char(' ') + advice, error.details};
            }
            if (error.kind == Error::Kind::NotFound)
                return Error{Error::Kind::NotFound,
                             Tr::tr("There is no database at %1 yet; “%2 init” creates it.")
                                 .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()),
                                      Cli::programName())};
            return database;
        }
        // The server's database exists but holds no practice yet.
        if (error.kind == Error::Kind::NotFound)
            return Error{Error::Kind::NotFound,
                         Tr::tr("There is no practice at %1 yet; “%2 init” creates it.")
                             .arg(ServerAddress::parse(path).value().shown(), Cli::programName())};
        // A terminal has no Details button: the server's own reason (refused, no such database, wrong
        // password) follows on the same line. libpq never puts the password into it.
        const bool connecting = error.kind == Error::Kind::Io || error.kind == Error::Kind::Unreachable ||
                                error.kind == Error::Kind::Denied;
        if (connecting && !error.details.isEmpty())
            return Error{error.kind, error.message + QLatin1Char(' ') + error.details.simplified()};
        return database;
    }();
    if (!opened.ok()) {
        fail(opened.error());
        return nullptr;
    }
    m_database = std::move(opened).value();
    // Times and "today" are the practice's, as in the window. A profile that cannot be read leaves the
    // computer's zone: the command itself then reports what is wrong when it reads.
    PracticeService(*m_database).loadAndApplyZone();
    if (const QString problem = m_database->auditAnchorProblem(); !problem.isEmpty())
        m_err << Tr::tr("Warning: %1 “%2 audit verify” tells more.").arg(problem, Cli::programName())
              << QLatin1Char('\n');
    return m_database.get();
}

QString Invocation::databaseLocation() const {
    if (!m_global.databasePath.isEmpty())
        return m_global.databasePath;
    return m_global.demo ? AppPaths::demoDatabasePath() : AppPaths::defaultDatabasePath();
}

int Invocation::fail(const QString &message) {
    m_err << errorLine(message) << Qt::flush;
    return ExitFailure;
}

int Invocation::usageError(const QString &message) {
    m_err << usageErrorLine(message,
                            Cli::programName() + QLatin1Char(' ') + m_command.words.join(QLatin1Char(' ')))
          << Qt::flush;
    return ExitUsage;
}

Cli::Cli(QList<Command> commands)
    : m_commands(std::move(commands)) {}

QString Cli::programName() {
    return QStringLiteral("boundary-keeper-cli");
}

int Cli::run(const QStringList &arguments, QTextStream &out, QTextStream &err) const {
    auto usageError = [&](const QString &message, const QString &helpCommand = QString()) {
        const QString command =
            helpCommand.isEmpty() ? programName() : programName() + QLatin1Char(' ') + helpCommand;
        err << usageErrorLine(message, command) << Qt::flush;
        return ExitUsage;
    };

    GlobalOptions global;
    bool databaseGiven = false;
    qsizetype index = 1;
    for (; index < arguments.size(); ++index) {
        const QString argument = arguments.at(index);
        if (!argument.startsWith(QLatin1Char('-')))
            break;
        const bool databaseOption =
            argument == QLatin1String("--db") || argument.startsWith(QLatin1String("--db="));
        if (databaseOption && databaseGiven)
            return usageError(Tr::tr("--db is given more than once; give it once."));
        databaseGiven = databaseGiven || databaseOption;
        if (argument == QLatin1String("--demo") && global.demo)
            return usageError(Tr::tr("--demo is given more than once; give it once."));
        if (argument == QLatin1String("--db")) {
            if (index + 1 >= arguments.size() || arguments.at(index + 1).isEmpty())
                return usageError(Tr::tr("--db needs the path of a database file or the URL of a server."));
            global.databasePath = arguments.at(++index);
        } else if (argument.startsWith(QLatin1String("--db="))) {
            global.databasePath = argument.mid(5);
            if (global.databasePath.isEmpty())
                return usageError(Tr::tr("--db needs the path of a database file or the URL of a server."));
        } else if (argument == QLatin1String("--demo")) {
            global.demo = true;
        } else if (argument == QLatin1String("--version")) {
            out << programName() << QLatin1Char(' ') << QCoreApplication::applicationVersion()
                << QLatin1Char('\n');
            return ExitOk;
        } else if (isHelpOption(argument)) {
            printOverview(out);
            return ExitOk;
        } else {
            return usageError(Tr::tr("Unknown option “%1”.").arg(argument));
        }
    }
    if (global.demo && !global.databasePath.isEmpty())
        return usageError(Tr::tr("Choose either --db or --demo, not both."));
    if (index >= arguments.size())
        return usageError(Tr::tr("Name a command."));

    const QStringList words = arguments.mid(index);
    if (words.first() == QLatin1String("help"))
        return help(words.mid(1), out, err);

    if (const Command *command = find(words))
        return runCommand(*command, words.mid(command->words.size()), global, out, err);

    const QString group = words.first();
    if (isGroup(group)) {
        if (words.size() > 1 && isHelpOption(words.at(1))) {
            printGroupHelp(group, out);
            return ExitOk;
        }
        if (words.size() == 1)
            return usageError(Tr::tr("“%1” needs a command after it, for example “%1 list”.").arg(group),
                              group);
        return usageError(Tr::tr("Unknown command “%1 %2”.").arg(group, words.at(1)), group);
    }
    return usageError(Tr::tr("Unknown command “%1”.").arg(group));
}

int Cli::runCommand(const Command &command, const QStringList &arguments, const GlobalOptions &global,
                    QTextStream &out, QTextStream &err) const {
    QCommandLineParser parser;
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        Tr::tr("Show this help."));
    parser.addOptions(command.options);
    parser.addOption(helpOption);

    // Each name the command knows, with its option.
    QHash<QString, const QCommandLineOption *> optionsByName;
    for (const QCommandLineOption &option : command.options) {
        for (const QString &name : option.names())
            optionsByName.insert(name, &option);
    }
    // Options (with their values) and positional arguments, read apart: a negative number such as "-1" is
    // a positional argument the command then refuses with its own words ("not a client id"), not an unknown
    // option "-1". An option given twice is counted, as only one of its values would be used.
    QStringList options;
    QStringList positionals;
    QHash<QString, int> counts;
    QString repeated;
    QString missingValue;
    bool rest = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (rest || !argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("-") ||
            isNegativeNumber(argument)) {
            positionals.append(argument);
            continue;
        }
        if (argument == QLatin1String("--")) {
            rest = true;
            continue;
        }
        options.append(argument);
        QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        if (equals >= 0)
            name.truncate(equals);
        const QCommandLineOption *option = optionsByName.value(name);
        if (!option)
            continue; // help, or unknown: the parser reports that
        if (++counts[option->names().constFirst()] == 2 && repeated.isEmpty())
            repeated = dashed(name);
        if (!option->valueName().isEmpty() && equals < 0) {
            if (i + 1 >= arguments.size()) {
                missingValue = argument;
                break;
            }
            options.append(arguments.at(++i));
        }
    }

    Invocation invocation(command, parser, global, out, err);
    if (!missingValue.isEmpty())
        return invocation.usageError(Tr::tr("Missing value after “%1”.").arg(missingValue));
    if (!parser.parse(QStringList{programName()} + options + QStringList{QStringLiteral("--")} +
                      positionals)) {
        const QStringList unknown = parser.unknownOptionNames();
        if (unknown.isEmpty())
            return invocation.usageError(parser.errorText());
        const QString dashes = unknown.first().size() == 1 ? QStringLiteral("-") : QStringLiteral("--");
        const QString option = dashes + unknown.first();
        if (option == QLatin1String("--db") || option == QLatin1String("--demo")) {
            const QString example = option == QLatin1String("--db") ? QStringLiteral("--db PATH") : option;
            return invocation.usageError(
                Tr::tr("%1 goes before the command, for example “%2 %3 %4”.")
                    .arg(option, programName(), example, command.words.join(QLatin1Char(' '))));
        }
        return invocation.usageError(Tr::tr("Unknown option “%1”.").arg(option));
    }
    if (parser.isSet(helpOption)) {
        printCommandHelp(command, out);
        return ExitOk;
    }
    if (!repeated.isEmpty())
        return invocation.usageError(Tr::tr("%1 is given more than once; give it once.").arg(repeated));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < command.positionalNames.size())
        return invocation.usageError(
            Tr::tr("Missing %1.").arg(command.positionalNames.at(positional.size())));
    if (positional.size() > command.positionalNames.size())
        return invocation.usageError(
            Tr::tr("Unexpected argument “%1”.").arg(positional.at(command.positionalNames.size())));
    return command.run(invocation);
}

int Cli::help(const QStringList &words, QTextStream &out, QTextStream &err) const {
    if (words.isEmpty() || isHelpOption(words.first())) {
        printOverview(out);
        return ExitOk;
    }
    const Command *command = find(words);
    if (command && command->words.size() == words.size()) {
        printCommandHelp(*command, out);
        return ExitOk;
    }
    if (words.size() == 1 && isGroup(words.first())) {
        printGroupHelp(words.first(), out);
        return ExitOk;
    }
    err << usageErrorLine(Tr::tr("There is no command “%1”.").arg(words.join(QLatin1Char(' '))),
                          programName())
        << Qt::flush;
    return ExitUsage;
}

void Cli::printOverview(QTextStream &stream) const {
    stream
        << Tr::tr("Usage: %1 %2 COMMAND [OPTIONS]").arg(programName(), GlobalSynopsis)
        << QStringLiteral("\n\n")
        << Tr::tr(
               "Boundary Keeper on the command line: keep your client register from a terminal or a script.")
        << QStringLiteral("\n\n") << Tr::tr("Options:") << QLatin1Char('\n');
    printColumns(
        stream,
        {{QStringLiteral("--db PATH|URL"),
          Tr::tr("Use the database file at PATH, or the practice on the PostgreSQL server at URL "
                 "(postgresql://user@host/database), instead of your own.")},
         {QStringLiteral("--demo"), Tr::tr("Use the demo practice; your own database is not touched.")},
         {QStringLiteral("--version"), Tr::tr("Show the version.")},
         {QStringLiteral("-h, --help"), Tr::tr("Show this help.")}});
    stream << QLatin1Char('\n') << Tr::tr("Commands:") << QLatin1Char('\n');
    QList<QPair<QString, QString>> rows;
    for (const Command &command : m_commands)
        rows.append({command.words.join(QLatin1Char(' ')), command.summary});
    rows.append({QStringLiteral("help [COMMAND]"), Tr::tr("Show the help of a command.")});
    printColumns(stream, rows);
    stream << QLatin1Char('\n')
           << Tr::tr("Every command takes --help. Exit status: 0 done, 1 refused or failed, 2 wrong usage.")
           << QLatin1Char('\n');
}

void Cli::printCommandHelp(const Command &command, QTextStream &stream) const {
    stream << usageLine(command) << QStringLiteral("\n\n") << command.summary << QStringLiteral("\n\n")
           << Tr::tr("Options:") << QLatin1Char('\n');
    QList<QPair<QString, QString>> rows;
    for (const QCommandLineOption &option : command.options)
        rows.append({optionSynopsis(option), option.description()});
    rows.append({QStringLiteral("-h, --help"), Tr::tr("Show this help.")});
    printColumns(stream, rows);
    if (!command.details.isEmpty())
        stream << QLatin1Char('\n') << command.details << QLatin1Char('\n');
}

void Cli::printGroupHelp(const QString &group, QTextStream &stream) const {
    stream << Tr::tr("Usage: %1 %2 %3 COMMAND [OPTIONS]").arg(programName(), GlobalSynopsis, group)
           << QStringLiteral("\n\n") << Tr::tr("Commands:") << QLatin1Char('\n');
    QList<QPair<QString, QString>> rows;
    for (const Command &command : m_commands) {
        if (command.words.size() > 1 && command.words.first() == group)
            rows.append({command.words.join(QLatin1Char(' ')), command.summary});
    }
    printColumns(stream, rows);
    stream << QLatin1Char('\n')
           << Tr::tr("Run “%1 %2 COMMAND --help” to see a command's options.").arg(programName(), group)
           << QLatin1Char('\n');
}

const Command *Cli::find(const QStringList &words) const {
    const Command *best = nullptr;
    for (const Command &command : m_commands) {
        if (command.words.size() <= words.size() && words.mid(0, command.words.size()) == command.words &&
            (!best || command.words.size() > best->words.size()))
            best = &command;
    }
    return best;
}

bool Cli::isGroup(const QString &word) const {
    return std::any_of(m_commands.cbegin(), m_commands.cend(), [&word](const Command &command) {
        return command.words.size() > 1 && command.words.first() == word;
    });
}

} // namespace bk::cli
