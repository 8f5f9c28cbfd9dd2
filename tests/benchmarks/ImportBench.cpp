// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "tests/benchmarks/ImportBench.h"

#include "app/import/ImportReader.h"
#include "app/import/ImportService.h"
#include "app/storage/Database.h"
#include "tests/benchmarks/BenchReport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace bk::bench {

namespace {

const QString Group = QStringLiteral("Import");

// A Google Contacts export of `rows` people, each with a name, an email, a phone number written the way
// people type them, and now and then a note with a comma and a line break.
Status writeExport(const QString &path, int rows) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Kind::Io, file.errorString()};
    QByteArray csv =
        "Name,Given Name,Family Name,Nickname,Notes,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,"
        "Phone 1 - Value\n";
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray phone = QByteArray::number(7700000 + i);
        csv += "Client " + n + ",Client," + n + ",," +
               (i % 10 == 0 ? "\"Prefers mornings, not Fridays.\nReferred\"" : "") + ",* Home,client" + n +
               "@example.org,Mobile,0" + phone.left(3) + " " + phone.mid(3) + "\n";
    }
    if (file.write(csv) != csv.size())
        return Error{Error::Kind::Io, file.errorString()};
    return {};
}

} // namespace

Status ImportBench::measure(const BenchContext &context, BenchReport &report) {
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        return Error{Error::Kind::NotFound,
                     QStringLiteral("The import benchmark needs the sqlite3 program.")};
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("contacts.csv"));
    const int rows = context.options.clients;
    if (Status written = writeExport(csv, rows); !written)
        return written;
    // An empty practice of its own, copied before each run: the group needs no synthetic practice.
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    if (Result<std::unique_ptr<Database>> created = Database::open(empty); !created)
        return created.error();
    const QString bare = dir.filePath(QStringLiteral("bare.sqlite"));
    const QString practice = dir.filePath(QStringLiteral("practice.sqlite"));
    QString failure;

    report.addGroupNote(
        Group, QStringLiteral("A Google Contacts CSV of %1 rows imported into an empty practice: read, "
                              "planned (mapping, libphonenumber, validation, duplicates) and written "
                              "through ClientService in one transaction. The baseline is sqlite3's "
                              "`.import` of the same file into a bare table. The row without targets is "
                              "sqlite3 alone putting the same rows into the practice's `clients` table, with "
                              "its indexes and without its audit trigger, checks or normalising: what any "
                              "import into this schema starts from.")
                   .arg(rows));
    const auto removeDatabases = [&] {
        for (const QString &path : {bare, practice}) {
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
        }
    };
    const auto copyEmptyPractice = [&] {
        removeDatabases();
        if (!QFile::copy(empty, practice))
            failure = QStringLiteral("Cannot copy the empty practice.");
    };
    // What the script printed.
    const auto runSqlite3 = [&](const QString &database, const QByteArray &script) {
        QProcess process;
        process.start(sqlite3, {QStringLiteral("-bail"), database});
        process.write(script);
        process.closeWriteChannel();
        if (!process.waitForFinished(-1) || process.exitCode() != 0)
            failure = QString::fromLocal8Bit(process.readAllStandardError());
        return process.readAllStandardOutput().trimmed();
    };
    const QByteArray import = ".mode csv\n.import '" + csv.toUtf8() + "' contacts\n";
    // The columns the import fills, the keys lower-cased as the app's are (no folding of accents).
    const QByteArray schemaImport =
        "BEGIN;\nDROP TRIGGER clients_audit_insert;\n" + import +
        "INSERT INTO clients (full_name, email, phone, notes, created_at, updated_at, name_key, search_key) "
        "SELECT \"Name\", \"E-mail 1 - Value\", \"Phone 1 - Value\", \"Notes\", "
        "strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'), lower(\"Name\"), "
        "lower(\"Name\" || ' ' || \"E-mail 1 - Value\" || ' ' || \"Phone 1 - Value\") FROM contacts;\n"
        "DROP TABLE contacts;\nCOMMIT;\nSELECT count(*) FROM clients;\n";
    const QList<Timing> timed = measureInTurns(
        context.options.repeat,
        {{removeDatabases,
          [&] {
              runSqlite3(bare, import);
          }},
         {copyEmptyPractice,
          [&] {
              if (runSqlite3(practice, schemaImport) != QByteArray::number(rows))
                  failure = QStringLiteral("sqlite3 did not store %1 rows in the practice.").arg(rows);
          }},
         {copyEmptyPractice, [&] {
              Result<std::unique_ptr<Database>> db =
                  Database::open(practice, Database::Options{Database::Access::ReadWrite, false});
              Result<std::unique_ptr<ImportReader>> reader = ImportReader::openFile(csv);
              if (!db || !reader) {
                  failure = db ? reader.error().message : db.error().message;
                  return;
              }
              const ImportService service(*db.value());
              Result<ImportPlan> plan =
                  service.plan(*reader.value(), ImportMapping::guess(reader.value()->headers()));
              const Result<ImportOutcome> outcome =
                  plan ? service.apply(plan.value()) : Result<ImportOutcome>(plan.error());
              if (!outcome)
                  failure = outcome.error().message;
              else if (outcome.value().added != rows)
                  failure = QStringLiteral("Imported %1 of %2 rows.").arg(outcome.value().added).arg(rows);
          }}});
    if (!failure.isEmpty())
        return Error{Error::Kind::Storage, QStringLiteral("The import benchmark failed: %1").arg(failure)};
    TimingRow schema;
    schema.operation = QStringLiteral("sqlite3 alone: the same rows into the practice's clients table");
    schema.ours = timed.at(1);
    schema.floor = timed.at(0);
    schema.maxFloorRatio.reset();
    schema.maxMs.reset();
    report.addTiming(Group, schema);
    TimingRow row;
    row.operation = QStringLiteral("Import %1 CSV rows").arg(rows);
    row.ours = timed.at(2);
    row.floor = timed.at(0);
    row.maxFloorRatio = 3;
    row.maxMs = 60000; // "well under a minute"
    report.addTiming(Group, row);
    return {};
}

} // namespace bk::bench
