// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "tests/support/TestSupport.h"

#include "app/common/AppPaths.h"
#include "app/common/Translations.h"
#include "app/policy/BoundaryPolicy.h"
#include "app/storage/AuditChain.h"
#include "app/storage/ClientRepository.h"
#include "app/storage/IncidentRepository.h"
#include "tests/support/PostgresServer.h"

#include <QCoreApplication>
#include <QDebug>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

namespace bk::test {

namespace {

const QString Sqlite = QStringLiteral("sqlite");
const QString Postgres = QStringLiteral("postgresql");

bool g_engineRows = false;
/// Why the only row asked for cannot run (no server), for initTestEnvironment() to skip the test with.
QString g_skipAll;

/// The server databases standing for the paths tests opened, dropped when the application ends.
QHash<QString, std::shared_ptr<PostgresDatabase>> &serverDatabases() {
    static QHash<QString, std::shared_ptr<PostgresDatabase>> databases;
    return databases;
}

} // namespace

void addEngineRows() {
    QTest::addColumn<QString>("engine");
    g_engineRows = true;
    QStringList engines = {Sqlite, Postgres};
    if (const QString wanted = qEnvironmentVariable("BK_TEST_ENGINES"); !wanted.isEmpty())
        engines = wanted.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (engines.contains(Postgres) && qEnvironmentVariable("CI") != QLatin1String("true")) {
        if (const QString why = postgresUnavailable(); !why.isEmpty()) {
            if (engines.size() == 1)
                g_skipAll = why;
            else
                engines.removeAll(Postgres);
            qInfo("PostgreSQL rows not run: %s", qPrintable(why));
        }
    }
    for (const QString &engine : std::as_const(engines))
        QTest::newRow(qPrintable(engine)) << engine;
}

bool onPostgres() {
    if (!g_engineRows)
        return false;
    const QByteArray function = QTest::currentTestFunction();
    if (function == "initTestCase" || function == "cleanupTestCase") {
        QTest::qFail("A test with engine rows opens its databases per row (in init() or the test function), "
                     "not in initTestCase().",
                     __FILE__, __LINE__);
        return false;
    }
    QFETCH_GLOBAL(QString, engine);
    return engine == Postgres;
}

QString databaseLocation(const QString &path) {
    if (!onPostgres())
        return path;
    std::shared_ptr<PostgresDatabase> &database = serverDatabases()[path];
    if (!database) {
        database = std::make_shared<PostgresDatabase>();
        if (serverDatabases().size() == 1)
            qAddPostRoutine([] { serverDatabases().clear(); });
    }
    if (!database->error().isEmpty())
        QTest::qFail(qPrintable(database->error()), __FILE__, __LINE__);
    return QStringLiteral("postgresql:///") + database->name();
}

void initTestEnvironment() {
    if (!g_skipAll.isEmpty())
        QTest::qSkip(qPrintable(g_skipAll), __FILE__, __LINE__);
    // Test mode puts data under $HOME/.qttest; a private HOME per test process keeps parallel tests apart.
    static QTemporaryDir home;
    qputenv("HOME", QFile::encodeName(home.path()));
    QStandardPaths::setTestModeEnabled(true);
    AppPaths::initProcess();
    // As in both programs: plural forms come from the English translation.
    if (QCoreApplication::instance())
        Translations::install();
}

std::unique_ptr<Database> openDatabase(const QString &path) {
    Result<std::unique_ptr<Database>> opened = Database::open(databaseLocation(path));
    if (!opened.ok()) {
        QTest::qFail(qPrintable(opened.error().message), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(opened).value();
}

Client sampleClient(const QString &name) {
    Client client;
    client.fullName = name;
    client.email = QStringLiteral("someone@example.com");
    client.phone = QStringLiteral("+44 (20) 7946-0018");
    client.preferredChannel = ContactChannel::Email;
    client.status = ClientStatus::Active;
    client.startDate = QDate(2026, 3, 1);
    return client;
}

NewIncident afterHoursCall(qint64 clientId, const QDateTime &occurredAt) {
    NewIncident incident;
    incident.clientId = clientId;
    incident.occurredAt = occurredAt;
    incident.channel = ContactChannel::Phone;
    incident.boundaryKey = QStringLiteral("after_hours_contact");
    incident.description = QStringLiteral("Called at 21:30 about next week's session.");
    return incident;
}

qint64 logIncident(const Database &database, const NewIncident &incident) {
    const Result<qint64> id = IncidentService(database).log(incident);
    if (!id)
        qWarning() << id.error().message;
    return id ? id.value() : 0;
}

Status addSyntheticClients(const Database &database, int count, quint32 seed) {
    static const char *const givenNames[] = {"Amelia", "Ben",   "Chloe", "Daniel", "Ella",  "Farid", "Grace",
                                             "Hugo",   "Isla",  "Jonas", "Kofi",   "Lena",  "Mateo", "Nia",
                                             "Oskar",  "Priya", "Quinn", "Rosa",   "Sami",  "Tara",  "Uma",
                                             "Viktor", "Wen",   "Xavi",  "Yara",   "Zoltán"};
    static const char *const familyNames[] = {"Adams",  "Becker",   "Costa",   "Dubois", "Evans", "Fischer",
                                              "García", "Horvat",   "Ivanov",  "Jensen", "Kowal", "Lindqvist",
                                              "Müller", "Nakamura", "O'Brien", "Petrov", "Quinn", "Rossi",
                                              "Singh",  "Tanaka",   "Usman",   "Varga",  "Walsh", "Yilmaz"};
    QRandomGenerator random(seed);
    const ClientRepository clients(database);
    return database.transaction([&]() -> Status {
        for (int i = 0; i < count; ++i) {
            Client client;
            const QString given = QString::fromUtf8(givenNames[random.bounded(int(std::size(givenNames)))]);
            const QString family =
                QString::fromUtf8(familyNames[random.bounded(int(std::size(familyNames)))]);
            client.fullName = given + QLatin1Char(' ') + family + QLatin1Char(' ') + QString::number(i);
            client.email =
                QStringLiteral("%1.%2.%3@example.com").arg(given.toLower(), family.toLower()).arg(i);
            client.phone = QStringLiteral("+44 7700 %1").arg(random.bounded(100000, 999999));
            client.preferredChannel =
                ContactChannels::all().at(random.bounded(int(ContactChannels::all().size())));
            client.status = ClientStatus(random.bounded(5));
            client.startDate = QDate(2020, 1, 1).addDays(random.bounded(2000));
            client.archived = random.bounded(20) == 0;
            if (Result<qint64> added = clients.insert(client); !added)
                return added.error();
        }
        return {};
    });
}

Status addSyntheticIncidents(const Database &database, qint64 count, int clientCount, quint32 seed) {
    static const char *const descriptions[] = {
        "Called the mobile at 22:10 to move tomorrow's session.",
        "Sent several messages through social media over the weekend.",
        "Asked about my family and weekend plans during the session.",
        "Raised voice and swore when the plan was questioned.",
        "Stood very close during the warm-up after being asked not to.",
        "Arrived 25 minutes late without letting me know.",
        "Replied to a client message at midnight (my own lapse).",
        "Shared details of another client's situation in the waiting area."};
    const PolicyDocument policy = PolicyDocument::defaults();
    QStringList steps;
    for (const LadderStep &step : policy.ladder)
        steps.append(step.key);
    const QDate today(2026, 12, 1);
    const QDateTime first(today.addYears(-6), QTime(8, 0), Qt::UTC);
    const qint64 span = first.secsTo(QDateTime(today, QTime(0, 0), Qt::UTC));
    QRandomGenerator random(seed);
    const IncidentRepository repository(database);
    IncidentRepository::Inserter incidents(repository);
    return database.transaction([&]() -> Status {
        for (qint64 n = 0; n < count; ++n) {
            Incident incident;
            incident.clientId = 1 + random.bounded(clientCount);
            // In time order like a real log (ids grow with time), a few minutes of jitter each.
            incident.occurredAt = first.addSecs(span * n / std::max<qint64>(count, 1) + random.bounded(600));
            incident.channel = ContactChannels::all().at(random.bounded(int(ContactChannels::all().size())));
            incident.boundaryKey = policy.boundaries.at(random.bounded(int(policy.boundaries.size()))).key;
            incident.policyVersion = 1;
            incident.severity = random.bounded(5) == 0 ? Severity::Major : Severity::Minor;
            incident.description =
                QString::fromUtf8(descriptions[random.bounded(int(std::size(descriptions)))]);
            incident.crossedBy = random.bounded(20) == 0 ? CrossedBy::Practitioner : CrossedBy::Client;
            incident.outsideHours = random.bounded(3) == 0;
            incident.outsideChannel = random.bounded(6) == 0;
            const bool recent = incident.occurredAt.date().daysTo(today) < 120;
            incident.currentStep = random.bounded(8) == 0 ? QString() : steps.at(random.bounded(3));
            if (random.bounded(100) < (recent ? 30 : 97)) {
                incident.status = IncidentStatus::Closed;
                incident.outcome = QStringLiteral("Talked it through; the boundary has held since.");
                incident.closedAt = incident.occurredAt.addDays(7 + random.bounded(30));
            } else {
                incident.nextAction = QStringLiteral("Follow up on the agreed goal");
                incident.nextDue = incident.occurredAt.date().addDays(7 + random.bounded(60));
            }
            incident.createdAt = incident.occurredAt.addSecs(60 * random.bounded(1, 240));
            incident.updatedAt = incident.closedAt.isValid() ? incident.closedAt : incident.createdAt;
            incident.recordedBy = QStringLiteral("bench");
            if (Result<qint64> added = incidents.insert(incident); !added)
                return added.error();
        }
        return {};
    });
}

QString planOf(const Database &db, const QSqlQuery &query) {
    QString sql = query.lastQuery();
    const QRegularExpression placeholder(QStringLiteral(":([a-z_0-9]+)"));
    for (QRegularExpressionMatch found = placeholder.match(sql); found.hasMatch();
         found = placeholder.match(sql, found.capturedStart())) {
        const QVariant value = query.boundValue(found.captured(0));
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        sql.replace(found.capturedStart(), found.capturedLength(),
                    db.connection().driver()->formatValue(field));
    }
    const bool server = db.isServer();
    QSqlQuery explain(db.connection());
    if (!explain.exec((server ? QStringLiteral("EXPLAIN ") : QStringLiteral("EXPLAIN QUERY PLAN ")) + sql)) {
        qWarning("%s", qPrintable(explain.lastError().text()));
        return {};
    }
    QStringList plan;
    while (explain.next())
        plan.append(explain.value(server ? 0 : 3).toString());
    return plan.join(QLatin1Char('\n'));
}

void rawSql(const QString &path, const QStringList &statements) {
    const QString name = QStringLiteral("raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        // As an older Boundary Keeper had them: its audit trail's triggers call them (a sqlite3 shell has to
        // drop those triggers to change an audited table).
        QVERIFY(AuditChain::registerSqliteFunctions(db).ok());
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement),
                     qPrintable(statement + QLatin1Char(' ') + query.lastError().text()));
        }
        AuditChain::releaseSqliteFunctions(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

int fileMode(const QString &path) {
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

QString pythonWith(const QString &module) {
    // Debian's interpreter first: python3-icalendar is installed for it, not for other pythons on PATH.
    for (const QStringList &paths : {QStringList{QStringLiteral("/usr/bin")}, QStringList{}}) {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"), paths);
        if (python.isEmpty())
            continue;
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import ") + module});
        if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit &&
            probe.exitCode() == 0)
            return python;
    }
    return {};
}

QStringList readOnlyFolderLauncher(const QString &folder) {
    const QStringList launcher = {
        QStringLiteral("unshare"),
        QStringLiteral("--mount"),
        QStringLiteral("--map-root-user"),
        QStringLiteral("sh"),
        QStringLiteral("-c"),
        QStringLiteral(R"(mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" && shift && exec "$@")"),
        QStringLiteral("sh"),
        folder};
    QProcess probe;
    probe.start(launcher.first(), launcher.mid(1) + QStringList{QStringLiteral("true")});
    if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
        return launcher;
    return {};
}

} // namespace bk::test
