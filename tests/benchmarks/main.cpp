// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
// boundary-keeper-bench: measures Boundary Keeper on a large synthetic practice against the raw SQL (the
// floor) and the naive Qt way. See tests/benchmarks/RESULTS.md for the latest results.
#include "app/common/AppPaths.h"
#include "app/common/Clock.h"
#include "app/storage/Database.h"
#include "app/storage/PracticeCopy.h"
#include "tests/benchmarks/AuditBench.h"
#include "tests/benchmarks/BackupBench.h"
#include "tests/benchmarks/BenchContext.h"
#include "tests/benchmarks/BenchReport.h"
#include "tests/benchmarks/ChildProcess.h"
#include "tests/benchmarks/ClientTableBench.h"
#include "tests/benchmarks/DashboardBench.h"
#include "tests/benchmarks/DocumentBench.h"
#include "tests/benchmarks/ImportBench.h"
#include "tests/benchmarks/IncidentTableBench.h"
#include "tests/benchmarks/StartupBench.h"
#include "tests/benchmarks/Timing.h"
#include "tests/benchmarks/WriteBench.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestSupport.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>
#include <cstring>

namespace bk::bench {

namespace {

struct RegisteredGroup {
    const char *name;
    BenchGroup run;
    bool needsPractice; ///< measures the synthetic practice (otherwise it builds what it needs itself)
    bool onServer;      ///< also measured with --engine postgresql
};

// Every measurement group, in the order they run. Adding one: write its class, add a line here.
const RegisteredGroup Groups[] = {
    {"clients", &ClientTableBench::measure, true, true},
    {"clients-memory", &ClientTableBench::measureMemory, true, false},
    {"incidents", &IncidentTableBench::measure, true, true},
    {"incidents-memory", &IncidentTableBench::measureMemory, true, false},
    {"dashboard", &DashboardBench::measure, true, true},
    {"writes", &WriteBench::measure, true, true},
    {"audit", &AuditBench::measure, true, false},
    {"backup", &BackupBench::measure, true, false},
    {"documents", &DocumentBench::measure, false, false},
    {"import", &ImportBench::measure, false, false},
    {"startup", &StartupBench::measure, true, false},
};

/// Whether `group` is selected by --only: by its name, or by the part before its "-" ("clients" selects
/// "clients" and "clients-memory"); every group when nothing was selected.
bool isSelected(const QString &group, const QStringList &only);

/// Whether `group` runs in this run: selected, and measured on the engine chosen.
bool runs(const RegisteredGroup &group, const BenchOptions &options) {
    return isSelected(QString::fromLatin1(group.name), options.only) &&
           (options.engine != QLatin1String("postgresql") || group.onServer);
}

bool isSelected(const QString &group, const QStringList &only) {
    if (only.isEmpty())
        return true;
    for (const QString &name : only) {
        if (group == name || group.startsWith(name + QLatin1Char('-')))
            return true;
    }
    return false;
}

QStringList groupNames() {
    QStringList names;
    for (const RegisteredGroup &group : Groups)
        names.append(QString::fromLatin1(group.name));
    return names;
}

void progress(const QString &message) {
    std::fprintf(stderr, "%s\n", qPrintable(message));
    std::fflush(stderr);
}

QString gitCommit() {
    QProcess git;
    git.start(QStringLiteral("git"),
              {QStringLiteral("-C"), QStringLiteral(BK_SOURCE_DIR), QStringLiteral("rev-parse"),
               QStringLiteral("--short"), QStringLiteral("HEAD")});
    if (git.waitForFinished(10000) && git.exitStatus() == QProcess::NormalExit && git.exitCode() == 0) {
        QString commit = QString::fromLatin1(git.readAllStandardOutput().trimmed());
        QProcess status;
        status.start(QStringLiteral("git"),
                     {QStringLiteral("-C"), QStringLiteral(BK_SOURCE_DIR), QStringLiteral("status"),
                      QStringLiteral("--porcelain"), QStringLiteral("--untracked-files=no")});
        if (status.waitForFinished(10000) && !status.readAllStandardOutput().trimmed().isEmpty())
            commit += QStringLiteral("-dirty");
        return commit;
    }
    // No git at run time (an installed build): the commit CMake saw when configuring, if any.
    const QString configured = QStringLiteral(BK_CONFIGURED_COMMIT);
    return configured.isEmpty() ? QStringLiteral("unknown")
                                : configured + QStringLiteral(" (at configure time)");
}

QString procField(const QString &path, const QByteArray &field) {
    QFile file(path);
    // Files in /proc report size 0, so read them whole instead of testing atEnd().
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return {};
}

QJsonObject describeEnvironment(const BenchContext &context, double buildSeconds) {
    QString sqliteVersion;
    if (Result<std::unique_ptr<Database>> db = Database::open(context.emptyDatabasePath); db.ok()) {
        QSqlQuery query(db.value()->connection());
        if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
            sqliteVersion = query.value(0).toString();
    }
    const qint64 memoryKb =
        procField(QStringLiteral("/proc/meminfo"), "MemTotal").split(QLatin1Char(' ')).value(0).toLongLong();
    return {
        {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("commit"), gitCommit()},
        {QStringLiteral("cpu"), procField(QStringLiteral("/proc/cpuinfo"), "model name")},
        {QStringLiteral("cpus"), QThread::idealThreadCount()},
        {QStringLiteral("ram_gib"), double(qRound(double(memoryKb) / 1024.0 / 1024.0 * 10)) / 10},
        {QStringLiteral("os"), QSysInfo::prettyProductName()},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("sqlite"), sqliteVersion},
        {QStringLiteral("clients"), context.options.clients},
        {QStringLiteral("incidents"), double(context.options.incidents)},
        {QStringLiteral("repeat"), context.options.repeat},
        {QStringLiteral("seed"), double(context.options.seed)},
        {QStringLiteral("build_seconds"), double(qRound(buildSeconds * 10)) / 10},
    };
}

void removeDatabaseFiles(const QString &path) {
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

/// What a built practice was built from, kept next to it so that a --db-dir run can reuse it.
QJsonObject practiceStamp(const BenchOptions &options) {
    return {{QStringLiteral("clients"), options.clients},
            {QStringLiteral("incidents"), double(options.incidents)},
            {QStringLiteral("seed"), double(options.seed)},
            {QStringLiteral("schema"), Database::latestSchemaVersion()}};
}

QString stampPath(const BenchContext &context) {
    return context.largeDatabasePath + QStringLiteral(".json");
}

/// The seconds an earlier run took to build the same practice in the same folder, if it is still there.
std::optional<double> reusableBuild(const BenchContext &context) {
    QFile file(stampPath(context));
    if (!file.open(QIODevice::ReadOnly) || !QFile::exists(context.largeDatabasePath) ||
        !QFile::exists(context.emptyDatabasePath))
        return std::nullopt;
    QJsonObject stamp = QJsonDocument::fromJson(file.readAll()).object();
    const double seconds = stamp.take(QStringLiteral("build_seconds")).toDouble();
    if (stamp != practiceStamp(context.options))
        return std::nullopt;
    return seconds;
}

/// Builds the synthetic practice and an empty database next to it; returns the seconds the build took.
Result<double> buildPractice(const BenchContext &context) {
    removeDatabaseFiles(context.largeDatabasePath);
    removeDatabaseFiles(context.emptyDatabasePath);
    QFile::remove(stampPath(context));
    if (Result<std::unique_ptr<Database>> empty = Database::open(context.emptyDatabasePath); !empty.ok())
        return empty.error();

    // A fixed clock advancing one second per write: the same seed gives the same file, timestamps included.
    qint64 tick = 0;
    const QDateTime start(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    Clock::setNowFunction([&tick, start]() { return start.addSecs(tick++); });
    QElapsedTimer timer;
    timer.start();
    Status built;
    {
        Result<std::unique_ptr<Database>> db = Database::open(context.largeDatabasePath);
        built = db.ok()
                    ? test::addSyntheticClients(*db.value(), context.options.clients, context.options.seed)
                    : Status(db.error());
        if (built) {
            built = test::addSyntheticIncidents(*db.value(), context.options.incidents,
                                                context.options.clients, context.options.seed);
        }
    } // closing checkpoints the write-ahead log into the file
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    Clock::setNowFunction({});
    if (!built)
        return built.error();
    QJsonObject stamp = practiceStamp(context.options);
    stamp.insert(QStringLiteral("build_seconds"), seconds);
    QFile file(stampPath(context));
    if (file.open(QIODevice::WriteOnly))
        file.write(QJsonDocument(stamp).toJson());
    return seconds;
}

/// The practice of `context`, built in its folder or reused from an earlier run there (only when the folder
/// was given with --db-dir); the seconds its build took and whether it was reused.
Result<std::pair<double, bool>> ensurePractice(const BenchContext &context) {
    if (const std::optional<double> earlier = reusableBuild(context);
        earlier && !context.options.databaseFolder.isEmpty()) {
        progress(QStringLiteral("Reusing the synthetic practice %1.").arg(context.largeDatabasePath));
        return std::pair{*earlier, true};
    }
    progress(QStringLiteral("Building a synthetic practice with %1 clients and %2 incidents (seed %3) as %4…")
                 .arg(context.options.clients)
                 .arg(context.options.incidents)
                 .arg(context.options.seed)
                 .arg(context.largeDatabasePath));
    const Result<double> built = buildPractice(context);
    if (!built.ok())
        return built.error();
    return std::pair{built.value(), false};
}

/// The server's databases of this run, dropped when the run ends.
using ServerDatabases = std::vector<std::unique_ptr<test::PostgresDatabase>>;

/// Copies the practice file at `path` into a new database on the server with PracticeCopy (which also
/// vacuums and analyses it), as `boundary-keeper-cli migrate --to` does; returns its URL and notes the copy's
/// speed.
Result<QString> copyToServer(const QString &path, ServerDatabases &servers, BenchReport &report) {
    auto server = std::make_unique<test::PostgresDatabase>();
    if (!server->error().isEmpty())
        return Error{
            Error::Kind::Storage,
            QStringLiteral("--engine postgresql needs a PostgreSQL server through libpq's PG* "
                           "environment (packaging/bootstrap.sh bench starts one with pg_virtualenv): %1")
                .arg(server->error())};
    const QString url = QStringLiteral("postgresql:///") + server->name();
    servers.push_back(std::move(server));
    Result<std::unique_ptr<Database>> from =
        Database::open(path, Database::Options{Database::Access::ReadOnly, false});
    if (!from)
        return from.error();
    Result<std::unique_ptr<Database>> to = Database::open(url);
    if (!to)
        return to.error();
    progress(QStringLiteral("Copying %1 to the server…").arg(path));
    int shownPercent = -1;
    QElapsedTimer timer;
    timer.start();
    const Result<QList<PracticeCopy::Table>> copied = PracticeCopy::copy(
        *from.value(), *to.value(), [&shownPercent](const QString &table, qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : 100;
            if (percent / 10 != shownPercent / 10) {
                shownPercent = percent;
                progress(QStringLiteral("  %1 % (%2)").arg(percent).arg(table));
            }
            return true;
        });
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!copied)
        return copied.error();
    qint64 rows = 0;
    for (const PracticeCopy::Table &table : copied.value())
        rows += table.rows;
    report.addNote(
        QStringLiteral("The practice %1 was copied to the server with PracticeCopy (what "
                       "`boundary-keeper-cli migrate --to` runs: multi-row INSERTs in one "
                       "transaction, references and secondary indexes made again afterwards, every "
                       "count and signed PDF checked, then VACUUM (ANALYZE)): %2 rows in %3 s, %4 rows/s.")
            .arg(QDir::toNativeSeparators(path))
            .arg(rows)
            .arg(seconds, 0, 'f', 1)
            .arg(qRound64(double(rows) / seconds)));
    return url;
}

/// "10,000 incidents".
QString sizeLabel(qint64 incidents) {
    return QLocale(QLocale::English).toString(incidents) + QStringLiteral(" incidents");
}

/// The table groups whose cost is shown as the practice grows (with --scale).
struct GrowthGroup {
    const char *name;
    Status (*measure)(const QList<const Database *> &databases, const QList<int> &clients, int repeat,
                      BenchReport &report);
};
const GrowthGroup GrowthGroups[] = {
    {"clients", &TableBench::measureGrowth<ClientTableBench>},
    {"incidents", &TableBench::measureGrowth<IncidentTableBench>},
};

/// Measures the selected table groups on practices of a hundredth and a tenth of `context`'s size (built, or
/// reused, in folders of their own next to it, copied to the server on PostgreSQL) and on `context`'s own,
/// each operation at the three sizes in turns.
Status measureGrowth(const BenchContext &context, const QString &folder, ServerDatabases &servers,
                     BenchReport &report) {
    QStringList paths;
    QList<int> clients;
    QStringList sizeNames;
    for (const int divisor : {100, 10}) {
        BenchContext smaller = context;
        smaller.options.clients = std::max(1, context.options.clients / divisor);
        smaller.options.incidents = context.options.incidents / divisor;
        const QString sizeFolder = folder + QStringLiteral("/scale-%1").arg(smaller.options.incidents);
        if (!QDir().mkpath(sizeFolder))
            return Error{Error::Kind::Io, QStringLiteral("Cannot create %1.").arg(sizeFolder)};
        smaller.largeDatabasePath = sizeFolder + QStringLiteral("/bench-practice.sqlite");
        smaller.emptyDatabasePath = sizeFolder + QStringLiteral("/bench-empty.sqlite");
        if (const Result<std::pair<double, bool>> built = ensurePractice(smaller); !built)
            return built.error();
        QString path = smaller.largeDatabasePath;
        if (context.options.engine == QLatin1String("postgresql")) {
            const Result<QString> url = copyToServer(path, servers, report);
            if (!url)
                return url.error();
            path = url.value();
        }
        paths.append(path);
        clients.append(smaller.options.clients);
        sizeNames.append(sizeLabel(smaller.options.incidents));
    }
    paths.append(context.largeDatabasePath);
    clients.append(context.options.clients);
    sizeNames.append(sizeLabel(context.options.incidents));
    std::vector<std::unique_ptr<Database>> opened;
    QList<const Database *> databases;
    for (const QString &path : paths) {
        Result<std::unique_ptr<Database>> database =
            Database::open(path, Database::Options{Database::Access::ReadWrite, false});
        if (!database)
            return database.error();
        opened.push_back(std::move(database).value());
        databases.append(opened.back().get());
    }
    report.setGrowthSizes(sizeNames);
    for (const GrowthGroup &group : GrowthGroups) {
        if (!isSelected(QString::fromLatin1(group.name), context.options.only))
            continue;
        progress(QStringLiteral("Measuring %1 at %2 in turns…")
                     .arg(QString::fromLatin1(group.name), sizeNames.join(QStringLiteral(", "))));
        if (Status measured = group.measure(databases, clients, context.options.repeat, report); !measured)
            return measured;
    }
    return {};
}

int runBenchmark(const BenchOptions &options) {
    QTemporaryDir temporary;
    BenchContext context{options, {}, {}};
    QString folder = options.databaseFolder;
    if (folder.isEmpty()) {
        if (!temporary.isValid()) {
            progress(QStringLiteral("Cannot create a temporary folder: %1").arg(temporary.errorString()));
            return 1;
        }
        folder = temporary.path();
    }
    context.largeDatabasePath = folder + QStringLiteral("/bench-practice.sqlite");
    context.emptyDatabasePath = folder + QStringLiteral("/bench-empty.sqlite");

    bool needsPractice = false;
    for (const RegisteredGroup &group : Groups)
        needsPractice = needsPractice || (group.needsPractice && runs(group, options));
    double buildSeconds = 0;
    bool reused = false;
    if (needsPractice) {
        const Result<std::pair<double, bool>> built = ensurePractice(context);
        if (!built.ok()) {
            progress(QStringLiteral("Building the synthetic practice failed: %1").arg(built.error().message));
            return 1;
        }
        std::tie(buildSeconds, reused) = built.value();
    }

    BenchReport report;
    QJsonObject environment = describeEnvironment(context, buildSeconds);
    environment.insert(QStringLiteral("engine"), options.engine);
    // Declared before the practices' copies on it are used, so it outlives every connection to them.
    ServerDatabases servers;
    if (needsPractice && options.engine == QLatin1String("postgresql")) {
        const Result<QString> url = copyToServer(context.largeDatabasePath, servers, report);
        if (!url) {
            progress(
                QStringLiteral("Copying the practice to the server failed: %1").arg(url.error().message));
            return 1;
        }
        context.largeDatabasePath = url.value();
        if (Result<std::unique_ptr<Database>> server = Database::open(url.value()); server.ok()) {
            QSqlQuery version(server.value()->connection());
            if (version.exec(QStringLiteral("SHOW server_version")) && version.next())
                environment.insert(QStringLiteral("postgresql"), version.value(0).toString());
        }
    }
    report.setEnvironment(environment);
    if (needsPractice) {
        report.addNote(
            QStringLiteral(
                "Building the synthetic practice (%1 clients, %2 incidents, each in one transaction "
                "through ClientRepository and IncidentRepository) took %3 s%4; this is reported, not a "
                "target.")
                .arg(options.clients)
                .arg(options.incidents)
                .arg(buildSeconds, 0, 'f', 1)
                .arg(reused ? QStringLiteral(" (in an earlier run: the practice was reused)") : QString()));
    }
    report.addNote(
        QStringLiteral(
            "Each figure is the median of at least %1 runs after one untimed warm-up run, all on one "
            "warmed connection. An operation and its baseline run in turns; quick ones run more "
            "often, until either has taken %2 ms in all (at most %3 runs), so that a sub-millisecond "
            "median is not one scheduling hiccup. Memory is the peak RSS (VmHWM) of fresh child "
            "processes.")
            .arg(options.repeat)
            .arg(QuickBudgetMs)
            .arg(MaxQuickRuns));

    for (const RegisteredGroup &group : Groups) {
        const QString name = QString::fromLatin1(group.name);
        if (!runs(group, options))
            continue;
        progress(QStringLiteral("Measuring %1…").arg(name));
        if (Status status = group.run(context, report); !status) {
            progress(QStringLiteral("Measuring %1 failed: %2").arg(name, status.error().message));
            return 1;
        }
    }
    if (options.scale) {
        if (Status measured = measureGrowth(context, folder, servers, report); !measured) {
            progress(QStringLiteral("Measuring the practice as it grows failed: %1")
                         .arg(measured.error().message));
            return 1;
        }
    }
    const QString output = options.json ? report.json() : report.markdown();
    std::fputs(output.toUtf8().constData(), stdout);
    return 0;
}

} // namespace

} // namespace bk::bench

int main(int argc, char *argv[]) {
    using namespace bk::bench;
    // The spawner of ChildProcess runs before anything is built, so that its own memory stays small.
    if (argc > 2 && std::strcmp(argv[1], SpawnerOption) == 0)
        return spawnAndMeasure(argv + 2);
    // Agreement PDFs need fonts, and fonts need a QGuiApplication; the benchmark never shows a window.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    bk::test::initTestEnvironment();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures Boundary Keeper on a large synthetic practice against the raw SQL and the naive Qt way."));
    parser.addHelpOption();
    const QCommandLineOption clients(QStringLiteral("clients"),
                                     QStringLiteral("Clients in the synthetic practice."),
                                     QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption incidents(QStringLiteral("incidents"),
                                       QStringLiteral("Incidents in the synthetic practice."),
                                       QStringLiteral("M"), QStringLiteral("1000000"));
    const QCommandLineOption repeat(QStringLiteral("repeat"),
                                    QStringLiteral("Timed runs per measurement (at least 5)."),
                                    QStringLiteral("K"), QStringLiteral("5"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("Output format: markdown or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("markdown"));
    const QCommandLineOption databaseFolder(
        QStringLiteral("db-dir"),
        QStringLiteral(
            "Folder to build the synthetic databases in (default: a temporary one). A practice built there "
            "earlier with the same sizes and seed is reused."),
        QStringLiteral("DIR"));
    const QCommandLineOption only(
        QStringLiteral("only"),
        QStringLiteral(
            "Measure only this group (repeatable; \"clients\" also selects \"clients-memory\"): %1.")
            .arg(groupNames().join(QStringLiteral(", "))),
        QStringLiteral("NAME"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the synthetic practice."),
                                  QStringLiteral("S"), QStringLiteral("20261122"));
    const QCommandLineOption skipNaive(
        QStringLiteral("no-naive"),
        QStringLiteral("Leave out the naive Qt way in the table groups (at a million incidents "
                       "it takes tens of minutes)."));
    const QCommandLineOption engine(
        QStringLiteral("engine"),
        QStringLiteral(
            "sqlite (the practice file) or postgresql (a copy of it on the server that libpq's PG* "
            "environment names; clients, incidents, dashboard and writes only)."),
        QStringLiteral("ENGINE"), QStringLiteral("sqlite"));
    const QCommandLineOption scale(
        QStringLiteral("scale"),
        QStringLiteral(
            "Also measure the client and incident tables on practices of a hundredth and a tenth "
            "of the size, and show each operation at the three sizes side by side (timed in turns)."));
    QCommandLineOption measureRss(
        QStringLiteral("measure-rss"),
        QStringLiteral("Internal: open DB and show the first screen of --table, then exit."),
        QStringLiteral("DB"));
    measureRss.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption table(QStringLiteral("table"),
                             QStringLiteral("Internal: with --measure-rss, client or incident."),
                             QStringLiteral("TABLE"));
    table.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption naive(QStringLiteral("naive"),
                             QStringLiteral("Internal: with --measure-rss, the naive way."));
    naive.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({clients, incidents, repeat, format, databaseFolder, seed, only, skipNaive, engine,
                       scale, measureRss, table, naive});
    parser.process(app);

    if (parser.isSet(measureRss)) {
        const QString path = parser.value(measureRss);
        if (parser.value(table) == QLatin1String("incident"))
            return IncidentTableBench().probeMemory(path, parser.isSet(naive));
        return ClientTableBench().probeMemory(path, parser.isSet(naive));
    }

    BenchOptions options;
    bool ok = true;
    const auto number = [&ok, &parser](const QCommandLineOption &option, qint64 minimum) {
        bool valid = false;
        const qint64 value = parser.value(option).toLongLong(&valid);
        if (!valid || value < minimum) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QStringLiteral("--%1 needs a whole number of at least %2.")
                                        .arg(option.names().constFirst())
                                        .arg(minimum)));
            ok = false;
        }
        return value;
    };
    options.clients = int(std::min<qint64>(number(clients, 1), std::numeric_limits<int>::max()));
    options.incidents = number(incidents, 0);
    options.repeat = int(std::min<qint64>(number(repeat, 5), 1000));
    options.seed = quint32(std::min<qint64>(number(seed, 0), std::numeric_limits<quint32>::max()));
    options.databaseFolder = parser.value(databaseFolder);
    options.skipNaive = parser.isSet(skipNaive);
    for (const QString &value : parser.values(only))
        options.only += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &name : std::as_const(options.only)) {
        const bool known =
            std::any_of(std::begin(Groups), std::end(Groups), [&name](const RegisteredGroup &group) {
                return isSelected(QString::fromLatin1(group.name), {name});
            });
        if (!known) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QStringLiteral("--only: there is no group \"%1\"; the groups are %2.")
                                        .arg(name, groupNames().join(QStringLiteral(", ")))));
            ok = false;
        }
    }
    options.engine = parser.value(engine);
    if (options.engine != QLatin1String("sqlite") && options.engine != QLatin1String("postgresql")) {
        std::fprintf(stderr, "%s\n", qPrintable(QStringLiteral("--engine is sqlite or postgresql.")));
        ok = false;
    }
    if (options.engine == QLatin1String("postgresql")) {
        for (const RegisteredGroup &group : Groups) {
            if (!group.onServer && options.only.contains(QString::fromLatin1(group.name))) {
                std::fprintf(stderr, "%s\n",
                             qPrintable(QStringLiteral("--only: \"%1\" is measured on SQLite only.")
                                            .arg(QString::fromLatin1(group.name))));
                ok = false;
            }
        }
    }
    options.scale = parser.isSet(scale);
    // The growth tables are the table groups' own: --scale measures those groups.
    if (options.scale && !options.only.isEmpty()) {
        for (const QString &tableGroup : {QStringLiteral("clients"), QStringLiteral("incidents")}) {
            if (!options.only.contains(tableGroup))
                options.only.append(tableGroup);
        }
    }
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("markdown") && formatName != QLatin1String("json")) {
        std::fprintf(stderr, "%s\n", qPrintable(QStringLiteral("--format is markdown or json.")));
        ok = false;
    }
    options.json = formatName == QLatin1String("json");
    if (!ok)
        return 2;
    return runBenchmark(options);
}
