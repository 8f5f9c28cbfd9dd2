// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/audit/AuditTrail.h"
#include "app/clients/ClientService.h"
#include "app/common/ChangeNotifier.h"
#include "app/common/Clock.h"
#include "app/import/ImportReader.h"
#include "app/import/ImportService.h"
#include "app/import/ImportWorker.h"
#include "app/storage/BulkLoad.h"
#include "app/storage/ClientRepository.h"
#include "app/storage/Database.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;

namespace {
std::unique_ptr<ImportReader> csv(const QString &path) {
    Result<std::unique_ptr<ImportReader>> reader = ImportReader::openFile(path, ImportFormat::Csv);
    if (!reader)
        QTest::qFail(qPrintable(reader.error().message), __FILE__, __LINE__);
    return reader ? std::move(reader).value() : nullptr;
}

// Every row of the plan's file as the plan decided it.
QList<ImportEntry> entriesOf(const ImportPlan &plan) {
    QList<ImportEntry> entries;
    const Status read = plan.forEach([&entries](ImportEntry &entry) -> Result<bool> {
        entries.append(std::move(entry));
        return true;
    });
    if (!read)
        QTest::qFail(qPrintable(read.error().message), __FILE__, __LINE__);
    return entries;
}

// A batch of clients as ClientService::addAndUpdate() takes them.
ClientService::Clients batch(const QList<Client> &clients) {
    return [clients](const std::function<Status(const Client &)> &write) -> Status {
        for (const Client &client : clients) {
            if (Status written = write(client); !written)
                return written;
        }
        return {};
    };
}

qint64 clientCount(const Database &database) {
    return ClientService(database).count(ClientFilter{QString(), std::nullopt, true}).value();
}

// Enough rows for an import into a practice of one client to set the indexes aside (BulkLoad::paysOff).
constexpr int ManyRows = 1200;

QByteArray manyClients() {
    QByteArray bytes = "Name,Email,Phone,Notes\n";
    for (int i = 0; i < ManyRows; ++i)
        bytes += QStringLiteral("Client %1,client%1@example.org,07700 %2,%3\n")
                     .arg(i)
                     .arg(900000 + i)
                     .arg(i % 7 == 0 ? QStringLiteral("Mornings") : QString())
                     .toUtf8();
    return bytes;
}

// One value per row of `sql`, joined: what tests compare before and after.
QStringList column(const Database &database, const QString &sql) {
    QSqlQuery query(database.connection());
    if (!query.exec(sql))
        return {query.lastError().text()};
    QStringList values;
    while (query.next())
        values.append(query.value(0).toString() + QLatin1Char('|') + query.value(1).toString());
    return values;
}

// The schema as SQLite keeps it (every index and trigger with its definition); nothing on a server, where a
// bulk load sets nothing aside.
QStringList schemaOf(const Database &database) {
    if (test::onPostgres())
        return {};
    return column(database, QStringLiteral("SELECT name, sql FROM sqlite_schema ORDER BY name"));
}

// Each client's record and the digest its insert event holds, by id.
QStringList insertDigests(const Database &database) {
    return column(database,
                  QStringLiteral("SELECT record, digest FROM audit_events WHERE table_name = "
                                 "'clients' AND action = 'insert' ORDER BY length(record), record"));
}
} // namespace

/// Planning an import against the register (duplicates by email or phone however typed, rejected rows) and
/// applying it all or nothing through ClientService, on both engines.
class TestImportService : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_location; // as the worker opens it
    int m_counter = 0;
    int m_files = 0;
    qint64 m_ann = 0;

    // Writes `bytes` to a new file of the test's directory; its path.
    QString write(const QByteArray &bytes) {
        const QString path = m_dir.filePath(QStringLiteral("plan-%1.csv").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            QTest::qFail(qPrintable(file.errorString()), __FILE__, __LINE__);
        return path;
    }

    // The register in the tests' time zone, Europe/London: phone numbers are read as British.
    ImportPlan plan(const QByteArray &bytes) { return planFile(write(bytes)); }

    ImportPlan planFile(const QString &path) {
        const std::unique_ptr<ImportReader> reader = csv(path);
        if (!reader)
            return {};
        Result<ImportPlan> planned =
            ImportService(*m_db).plan(*reader, ImportMapping::guess(reader->headers()));
        if (!planned)
            QTest::qFail(qPrintable(planned.error().message), __FILE__, __LINE__);
        return planned ? std::move(planned).value() : ImportPlan();
    }

private Q_SLOTS:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        const QString path = m_dir.filePath(QStringLiteral("import-%1.sqlite").arg(++m_counter));
        m_db = test::openDatabase(path);
        m_location = test::databaseLocation(path);
        QVERIFY(m_db);
        Client ann;
        ann.fullName = QStringLiteral("Ann Lee");
        ann.email = QStringLiteral("Ann.Lee@Example.org");
        ann.phone = QStringLiteral("+44 20 7946 0958");
        m_ann = ClientService(*m_db).add(ann).value();
        QVERIFY(m_ann > 0);
    }

    void cleanup() { m_db.reset(); }

    void findsDuplicatesByEmailOrPhoneHoweverTyped() {
        const ImportPlan planned = plan("Name,Email,Phone\n"
                                        "Ann L.,ann.lee@example.ORG,\n"
                                        "Annie,,020 7946 0958\n"
                                        "Bob Stone,bob@example.org,07911 123456\n"
                                        "Bob Again,bob@example.org,\n"
                                        ",nobody@example.org,\n"
                                        "Carl,not-an-address,\n");
        QCOMPARE(planned.rows(), 6);
        const QList<ImportEntry> entries = entriesOf(planned);
        QCOMPARE(entries.size(), 6);
        QCOMPARE(entries.at(0).kind, ImportEntry::Kind::Duplicate);
        QCOMPARE(entries.at(0).existingId, m_ann);
        QCOMPARE(entries.at(1).kind, ImportEntry::Kind::Duplicate);
        QCOMPARE(entries.at(1).existingId, m_ann);
        QCOMPARE(entries.at(2).kind, ImportEntry::Kind::New);
        QCOMPARE(entries.at(2).client.phone, QStringLiteral("+44 7911 123456"));
        QCOMPARE(entries.at(3).kind, ImportEntry::Kind::Rejected);
        QVERIFY2(entries.at(3).reason.contains(QStringLiteral("line 4")), qPrintable(entries.at(3).reason));
        QCOMPARE(entries.at(4).kind, ImportEntry::Kind::Rejected);
        QCOMPARE(entries.at(4).line, qint64(6));
        QVERIFY(entries.at(4).reason.contains(QStringLiteral("full name")));
        QCOMPARE(entries.at(5).kind, ImportEntry::Kind::Rejected);
        QVERIFY(entries.at(5).reason.contains(QStringLiteral("not-an-address")));
        // Planning wrote nothing.
        QCOMPARE(clientCount(*m_db), qint64(1));
    }

    void appliesThePlanInOneAnnouncedTransaction() {
        ImportPlan planned = plan("First Name,Last Name,E-mail Address,Notes\n"
                                  "Dana,Ruiz,dana@example.org,Tuesdays\n"
                                  "Ann,Lee,ann.lee@example.org,Met in March\n"
                                  "Eve,,bad address,\n");
        QSignalSpy changed(m_db->notifier(), &ChangeNotifier::changed);
        const Result<ImportOutcome> outcome = ImportService(*m_db).apply(planned);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.value().added, qint64(1));
        QCOMPARE(outcome.value().skipped, qint64(1));
        QCOMPARE(outcome.value().rejected, qint64(1));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(clientCount(*m_db), qint64(2));
        QCOMPARE(ClientRepository(*m_db).get(m_ann).value().notes, QString());
    }

    void updatesOnlyTheEmptyFieldsOfADuplicate() {
        ImportPlan planned = plan("Name,Email,Phone,Nickname,Notes\n"
                                  "Ann Lee,ann.lee@example.org,+44 20 0000 0000,Annie,From the old list\n");
        planned.setDuplicateAction(DuplicateAction::UpdateEmptyFields);
        const Result<ImportOutcome> outcome = ImportService(*m_db).apply(planned);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.value().updated, qint64(1));
        const Client ann = ClientRepository(*m_db).get(m_ann).value();
        QCOMPARE(ann.phone, QStringLiteral("+44 20 7946 0958")); // kept: it was not empty
        QCOMPARE(ann.email, QStringLiteral("Ann.Lee@Example.org"));
        QCOMPARE(ann.preferredName, QStringLiteral("Annie"));
        QCOMPARE(ann.notes, QStringLiteral("From the old list"));
        QCOMPARE(ann.rowVersion, 2);
    }

    void importsADuplicateAsNewWhenAsked() {
        ImportPlan planned = plan("Name,Email\nAnn Lee,ann.lee@example.org\n");
        planned.setAction(0, DuplicateAction::ImportAsNew);
        const Result<ImportOutcome> outcome = ImportService(*m_db).apply(planned);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.value().added, qint64(1));
        QCOMPARE(clientCount(*m_db), qint64(2));
    }

    void aCancelledImportWritesNothing() {
        QByteArray bytes = "Name,Email\n";
        for (int i = 0; i < 50; ++i)
            bytes += QStringLiteral("Client %1,client%1@example.org\n").arg(i).toUtf8();
        const ImportPlan planned = plan(bytes);
        QSignalSpy changed(m_db->notifier(), &ChangeNotifier::changed);
        const Result<ImportOutcome> outcome =
            ImportService(*m_db).apply(planned, [](qint64 done, qint64 total) {
                Q_UNUSED(total)
                return done < 30;
            });
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().message.contains(QStringLiteral("Cancelled")),
                 qPrintable(outcome.error().message));
        QCOMPARE(clientCount(*m_db), qint64(1));
        QCOMPARE(changed.count(), 0);
    }

    void aLargeImportIsAuditedClientByClientAndLeavesTheSchemaAsItWas() {
        const QStringList schema = schemaOf(*m_db);
        QVERIFY(test::onPostgres() || schema.size() > 100);
        ImportPlan planned = plan(manyClients());
        const Result<ImportOutcome> outcome = ImportService(*m_db).apply(planned);
        QVERIFY2(outcome.ok(), qPrintable(outcome ? QString() : outcome.error().message));
        QCOMPARE(outcome.value().added, qint64(ManyRows));
        QCOMPARE(schemaOf(*m_db), schema);
        QCOMPARE(insertDigests(*m_db).size(), ManyRows + 1);
        Result<AuditTrail::Report> report = AuditTrail(*m_db).verify({});
        QVERIFY(report.ok());
        QVERIFY2(report.value().intact(), qPrintable(report.value().problems.join(QLatin1Char('\n'))));

        // Changed behind the application's back (its triggers let past), an imported client is named.
        QSqlQuery query(m_db->connection());
        if (test::onPostgres())
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE clients DISABLE TRIGGER USER")));
        else
            QVERIFY(query.exec(QStringLiteral("DROP TRIGGER clients_audit_update")));
        const qint64 changed = m_ann + ManyRows / 2;
        QVERIFY(query.exec(
            QStringLiteral("UPDATE clients SET notes = 'x', row_version = row_version + 1 WHERE id = %1")
                .arg(changed)));
        report = AuditTrail(*m_db).verify({});
        QVERIFY(report.ok());
        QCOMPARE(report.value().problems.size(), 1);
        QVERIFY2(report.value().problems.at(0).startsWith(QStringLiteral("Record %1 of clients was changed "
                                                                         "outside Boundary Keeper")
                                                              .arg(changed)),
                 qPrintable(report.value().problems.at(0)));
    }

    void aLargeImportWritesTheDigestsClientByClientWritingWould() {
        const QString other = m_dir.filePath(QStringLiteral("one-by-one-%1.sqlite").arg(m_counter));
        const std::unique_ptr<Database> oneByOne = test::openDatabase(other);
        QVERIFY(oneByOne);
        // Ann first there too, so that the same clients get the same ids.
        QVERIFY(ClientService(*oneByOne).add(ClientRepository(*m_db).get(m_ann).value()).ok());
        ImportPlan planned = plan(manyClients());
        QCOMPARE(planned.count(ImportEntry::Kind::New), ManyRows);
        // The same moment for both practices, so that the same clients are the same rows.
        Clock::setNowFunction([] { return QDateTime(QDate(2026, 12, 7), QTime(4, 0), Qt::UTC); });
        const bool imported = ImportService(*m_db).apply(planned).ok();
        // Each client added by itself, as the audit trigger records it, in one transaction.
        const Status added = oneByOne->transaction([&]() -> Status {
            for (const ImportEntry &entry : entriesOf(planned)) {
                if (Result<qint64> id = ClientService(*oneByOne).add(entry.client); !id)
                    return id.error();
            }
            return {};
        });
        Clock::setNowFunction({});
        QVERIFY(imported);
        QVERIFY(added.ok());
        const QStringList bulk = insertDigests(*m_db);
        QCOMPARE(bulk.size(), ManyRows + 1);
        // Ann was added before the clock stood still; every imported client's event is the same.
        QCOMPARE(bulk.mid(1), insertDigests(*oneByOne).mid(1));
    }

    void aLargeImportDigestsAwkwardValuesAsTheStoredRows() {
        // NULLs and empty texts, accents and emoji, line breaks, long notes, dates, every status and channel,
        // archived clients and a stated document language: the digests computed from the bound values must be
        // those of the rows as stored.
        QList<Client> clients;
        for (int i = 0; i < ManyRows; ++i) {
            Client client;
            client.fullName = i % 3 == 0 ? QStringLiteral("Zoë Ñúñez-%1 👩‍⚕️").arg(i)
                                         : QStringLiteral("C %1").arg(i);
            client.preferredName = i % 4 == 0 ? QStringLiteral("Ålö 🎉") : QString();
            client.email = i % 5 == 0 ? QString() : QStringLiteral("c%1@exämple.org").arg(i);
            client.phone = i % 6 == 0 ? QStringLiteral("+44 7700 %1").arg(900000 + i) : QString();
            if (i % 7 != 0)
                client.preferredChannel = ContactChannel(i % 8);
            client.status = ClientStatus(i % 5);
            if (i % 2 == 0)
                client.startDate = QDate(2020, 1, 1).addDays(i);
            client.notes = i % 9 == 0
                               ? QString(5000 + i, QChar(u'é')) + QStringLiteral("\n\"quoted\", 'x'\t\n")
                               : QString();
            client.archived = i % 11 == 0;
            if (i % 13 == 0)
                client.documentLanguage = QStringLiteral("de");
            clients.append(client);
        }
        const Status added =
            ClientService(*m_db).addAndUpdate(clients.size(), clients.size(), batch(clients), batch({}));
        QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().message));
        QCOMPARE(clientCount(*m_db), qint64(ManyRows + 1));
        const Result<AuditTrail::Report> report = AuditTrail(*m_db).verify({});
        QVERIFY(report.ok());
        QVERIFY2(report.value().intact(), qPrintable(report.value().problems.join(QLatin1Char('\n'))));
        if (test::onPostgres())
            return; // the server computes its digests itself
        // Each event's digest against the stored row's, one by one.
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT count(*), sum(e.digest = bk_row_digest('clients', c.rowid)) FROM clients c JOIN "
            "audit_events e "
            "ON e.table_name = 'clients' AND e.action = 'insert' AND e.record = CAST(c.id AS TEXT)")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), ManyRows + 1);
        QCOMPARE(query.value(1).toInt(), ManyRows + 1);
    }

    void aLargeImportThatFailsHalfWayIsReportedAndWritesNothing() {
        const QStringList schema = schemaOf(*m_db);
        const QStringList events = insertDigests(*m_db);
        const ImportPlan planned = plan(manyClients());
        QSqlQuery query(m_db->connection());
        if (test::onPostgres()) {
            // The server refuses a row in the middle of the import.
            QVERIFY(query.exec(QStringLiteral(
                "CREATE FUNCTION refuse_client_600() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF "
                "NEW.full_name = 'Client 600' THEN RAISE EXCEPTION 'the disk is full'; END IF; RETURN NEW; "
                "END $$")));
            QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER refuse_client_600 BEFORE INSERT ON clients FOR "
                                              "EACH ROW EXECUTE FUNCTION refuse_client_600()")));
        } else {
            // The file may grow by a few batches, not by all of them: the disk fills in the middle.
            QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
            const int pages = query.value(0).toInt() + 20;
            query.finish();
            QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        }
        query.finish();
        const Result<ImportOutcome> outcome = ImportService(*m_db).apply(planned);
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().message.contains(QStringLiteral("full")),
                 qPrintable(outcome.error().message));
        QCOMPARE(clientCount(*m_db), qint64(1));
        QCOMPARE(schemaOf(*m_db), schema);
        QCOMPARE(insertDigests(*m_db), events);
    }

    void aCancelledLargeImportWritesNothingAndKeepsTheIndexes() {
        const QStringList schema = schemaOf(*m_db);
        const QStringList events = insertDigests(*m_db);
        const ImportPlan planned = plan(manyClients());
        const Result<ImportOutcome> outcome =
            ImportService(*m_db).apply(planned, [](qint64 done, qint64) { return done < ManyRows - 10; });
        QVERIFY(!outcome);
        QCOMPARE(clientCount(*m_db), qint64(1));
        QCOMPARE(schemaOf(*m_db), schema);
        QCOMPARE(insertDigests(*m_db), events);
    }

    void aBulkLoadSetsTheIndexesAsideOnlyOnAFileAndOnlyWhenItPays() {
        QVERIFY(!BulkLoad::paysOff(999, 0));
        QVERIFY(BulkLoad::paysOff(1000, 250));
        QVERIFY(!BulkLoad::paysOff(1000, 251));
        const QStringList schema = schemaOf(*m_db);
        const auto clientIndexes = [this] {
            return column(*m_db, QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE tbl_name = "
                                                "'clients' AND type = 'index' AND sql IS NOT NULL"));
        };
        const qsizetype indexes = clientIndexes().size();
        QVERIFY(test::onPostgres() || indexes > 10);
        const Status failed = m_db->transaction([&]() -> Status {
            Result<BulkLoad> few = BulkLoad::begin(*m_db, QStringLiteral("clients"), 10);
            if (!few || few.value().isActive())
                return Error{Error::Kind::Invalid, QStringLiteral("ten rows set something aside")};
            Result<BulkLoad> many = BulkLoad::begin(*m_db, QStringLiteral("clients"), 5000);
            if (!many || many.value().isActive() == test::onPostgres())
                return Error{Error::Kind::Invalid, QStringLiteral("5000 rows did not set aside as expected")};
            if (!test::onPostgres() && !clientIndexes().isEmpty())
                return Error{Error::Kind::Invalid,
                             QStringLiteral("indexes left: ") + clientIndexes().join(QLatin1Char(','))};
            return Error{Error::Kind::Cancelled, QStringLiteral("rolled back")};
        });
        QCOMPARE(failed.error().message, QStringLiteral("rolled back"));
        // The rollback brought everything back.
        QCOMPARE(schemaOf(*m_db), schema);
        QCOMPARE(clientIndexes().size(), indexes);
    }

    void workerPlansOnItsOwnConnectionWithoutWriting() {
        const QString file = m_dir.filePath(QStringLiteral("worker-%1.csv").arg(m_counter));
        QFile csvFile(file);
        QVERIFY(csvFile.open(QIODevice::WriteOnly));
        csvFile.write("Name,Email,Phone\nAnn L.,ann.lee@example.org,\nBob Stone,bob@example.org,\n"
                      "Carl,not-an-address,\n");
        csvFile.close();
        ImportWorker worker;
        QSignalSpy planned(&worker, &ImportWorker::planned);
        QSignalSpy failed(&worker, &ImportWorker::planFailed);
        const QList<ImportMapping> mappings = {
            ImportMapping({ImportField::FullName}),
            ImportMapping::guess({QStringLiteral("Name"), QStringLiteral("Email"), QStringLiteral("Phone")})};
        // A second plan replaces the first: only its outcome arrives.
        for (const ImportMapping &mapping : mappings)
            worker.plan(m_location, file, {}, mapping);
        QTRY_COMPARE(planned.size(), 1);
        QCOMPARE(failed.size(), 0);
        const auto plan = planned.at(0).at(0).value<ImportPlan>();
        QCOMPARE(plan.count(ImportEntry::Kind::Duplicate), 1);
        QCOMPARE(plan.count(ImportEntry::Kind::New), 1);
        QCOMPARE(plan.count(ImportEntry::Kind::Rejected), 1);
        QCOMPARE(entriesOf(plan).at(0).existingId, m_ann);
        QCOMPARE(clientCount(*m_db), qint64(1));
    }

    // A file in an encoding chosen by hand (Excel for Mac's Mac Roman) is planned and read again in it.
    void workerPlansInTheEncodingChosenAndTheImportReadsInIt() {
        const QString file = m_dir.filePath(QStringLiteral("mac-roman-%1.csv").arg(m_counter));
        QFile csvFile(file);
        QVERIFY(csvFile.open(QIODevice::WriteOnly));
        csvFile.write(
            "Name,Email\rJos\x8e Garc\x92\x61,jose@example.es\rRen\x8e\x65 Dupont,renee@example.fr\r");
        csvFile.close();
        ImportWorker worker;
        QSignalSpy planned(&worker, &ImportWorker::planned);
        worker.plan(m_location, file, QStringLiteral("MACINTOSH"),
                    ImportMapping::guess({QStringLiteral("Name"), QStringLiteral("Email")}));
        QTRY_COMPARE(planned.size(), 1);
        const auto plan = planned.at(0).at(0).value<ImportPlan>();
        QCOMPARE(plan.encoding(), QStringLiteral("MACINTOSH"));
        const Result<ImportOutcome> outcome = ImportService(*m_db).apply(plan);
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
        QCOMPARE(outcome.value().added, qint64(2));
        QStringList names;
        const Result<QList<ClientListRow>> rows =
            ClientService(*m_db).list(ClientFilter{QString(), std::nullopt, true}, ClientSort{}, 0, 10);
        for (const ClientListRow &row : rows.value())
            names.append(row.client.fullName);
        QCOMPARE(names, QStringList({QStringLiteral("Ann Lee"), QStringLiteral("José García"),
                                     QStringLiteral("Renée Dupont")}));
    }

    void workerReportsACancelledAndAnUnreadablePlan() {
        const QString file = m_dir.filePath(QStringLiteral("worker-long-%1.csv").arg(m_counter));
        QFile csvFile(file);
        QVERIFY(csvFile.open(QIODevice::WriteOnly));
        csvFile.write("Name,Email\n");
        for (int i = 0; i < 20000; ++i)
            csvFile.write(QStringLiteral("Client %1,client%1@example.org\n").arg(i).toUtf8());
        csvFile.close();
        ImportWorker worker;
        QSignalSpy failed(&worker, &ImportWorker::planFailed);
        QSignalSpy planned(&worker, &ImportWorker::planned);
        // Cancelled at its first progress report.
        connect(&worker, &ImportWorker::progress, &worker, &ImportWorker::cancel, Qt::DirectConnection);
        worker.plan(m_location, file, {}, ImportMapping({ImportField::FullName}));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(planned.size(), 0);
        QCOMPARE(failed.at(0).at(1).toBool(), true);
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("cancelled")),
                 qPrintable(failed.at(0).at(0).toString()));

        worker.disconnect(&worker);
        worker.plan(m_location, m_dir.filePath(QStringLiteral("missing.csv")), {},
                    ImportMapping({ImportField::FullName}));
        QTRY_COMPARE(failed.size(), 2);
        QCOMPARE(failed.at(1).at(1).toBool(), false);
        QVERIFY2(failed.at(1).at(0).toString().contains(QStringLiteral("missing.csv")),
                 qPrintable(failed.at(1).at(0).toString()));
        QCOMPARE(clientCount(*m_db), qint64(1));
    }

    void savesRejectedRowsToImportAgain() {
        const ImportPlan planned = plan("Name,Email,Notes\nGood,good@example.org,\n"
                                        "Bad,bad@@example.org,\"says \"\"hi\"\", twice\"\n");
        const QString saved = m_dir.filePath(QStringLiteral("rejected-%1.csv").arg(m_counter));
        QVERIFY(planned.saveRejected(saved).ok());
        const std::unique_ptr<ImportReader> reader = csv(saved);
        QVERIFY(reader);
        QCOMPARE(reader->headers(),
                 QStringList({QStringLiteral("Line"), QStringLiteral("Reason"), QStringLiteral("Name"),
                              QStringLiteral("Email"), QStringLiteral("Notes")}));
        ImportRow row;
        QVERIFY(reader->next(&row).value());
        QCOMPARE(row.values.at(0), QStringLiteral("3"));
        QVERIFY(row.values.at(1).contains(QStringLiteral("bad@@example.org")));
        QCOMPARE(row.values.mid(2), QStringList({QStringLiteral("Bad"), QStringLiteral("bad@@example.org"),
                                                 QStringLiteral("says \"hi\", twice")}));
        QVERIFY(!reader->next(&row).value());
        // The guessed mapping of the saved file leaves the line and reason out.
        QCOMPARE(ImportMapping::guess(reader->headers()).field(1), ImportField::Ignore);
    }

    // The window saves the rejected rows on the worker's thread: it hears of the progress and of the outcome,
    // and a cancelled saving leaves no file behind.
    void workerSavesTheRejectedRowsOrCancelsWithoutAFile() {
        QByteArray bytes = "Name,Email\n";
        for (int i = 1; i <= 3000; ++i)
            bytes += QStringLiteral("Client %1,client%1@%2\n")
                         .arg(i)
                         .arg(i % 100 == 0 ? QStringLiteral("@bad") : QStringLiteral("example.org"))
                         .toUtf8();
        const ImportPlan planned = plan(bytes);
        QCOMPARE(planned.count(ImportEntry::Kind::Rejected), 30);
        ImportWorker worker;
        QSignalSpy progress(&worker, &ImportWorker::progress);
        QSignalSpy saved(&worker, &ImportWorker::rejectedSaved);
        const QString file = m_dir.filePath(QStringLiteral("worker-rejected-%1.csv").arg(m_counter));
        worker.saveRejected(planned, file);
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(saved.at(0).at(0).toBool(), true);
        QCOMPARE(progress.size(), 3);
        QCOMPARE(progress.at(2).at(0).toLongLong(), 3000);
        QCOMPARE(progress.at(2).at(1).toLongLong(), 3000);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll().count("\r\n"), 1 + 30); // the header and the rejected rows

        // Cancelled at its first progress report.
        const QString cancelledFile =
            m_dir.filePath(QStringLiteral("worker-cancelled-%1.csv").arg(m_counter));
        const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
        connect(&worker, &ImportWorker::progress, &worker, &ImportWorker::cancel, Qt::DirectConnection);
        worker.saveRejected(planned, cancelledFile);
        QTRY_COMPARE(saved.size(), 2);
        QCOMPARE(saved.at(1).at(0).toBool(), false);
        QCOMPARE(saved.at(1).at(2).toBool(), true);
        QVERIFY2(saved.at(1).at(1).toString().contains(QStringLiteral("cancelled")),
                 qPrintable(saved.at(1).at(1).toString()));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before);
    }

    void aFileChangedAfterPlanningIsRefusedAndWritesNothing() {
        const QByteArray bytes = "Name,Email\nDana Ruiz,dana@example.org\nEve Hall,eve@example.org\n";
        const QString path = write(bytes);
        const ImportPlan planned = planFile(path);
        QCOMPARE(planned.count(ImportEntry::Kind::New), 2);
        QSignalSpy changed(m_db->notifier(), &ChangeNotifier::changed);
        const auto refused = [&](const char *how) {
            const Result<ImportOutcome> outcome = ImportService(*m_db).apply(planned);
            if (outcome)
                return QStringLiteral("%1: imported").arg(QLatin1String(how));
            if (!outcome.error().message.contains(QStringLiteral("has changed since it was read")))
                return QStringLiteral("%1: %2").arg(QLatin1String(how), outcome.error().message);
            return QString();
        };
        QFile file(path);
        const QDateTime modified = QFileInfo(path).lastModified();
        // The same size and modification time, another name: only the SHA-256 tells.
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(bytes.indexOf("Eve")));
        QVERIFY(file.write("Ivy") == 3);
        file.close();
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
        file.close();
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QCOMPARE(refused("same size and time"), QString());
        // A row added.
        QVERIFY(file.open(QIODevice::Append));
        QVERIFY(file.write("Fay Moss,fay@example.org\n") > 0);
        file.close();
        QCOMPARE(refused("a row added"), QString());
        // Gone.
        QVERIFY(QFile::remove(path));
        QCOMPARE(refused("removed"), QString());
        QCOMPARE(clientCount(*m_db), qint64(1));
        QCOMPARE(changed.count(), 0);
    }

    void aFileOverTheOldSizeLimitImports() {
        // Over the 32 MiB the plan used to be limited to (when it held every row as a client): long notes
        // keep the rows few.
        const QString path = m_dir.filePath(QStringLiteral("large-%1.csv").arg(m_counter));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write("Name,Email,Phone,Notes\n") > 0);
        const QByteArray notes(4000, 'n');
        qint64 rows = 0;
        while (file.size() <= 33 * 1024 * 1024) {
            ++rows;
            QVERIFY(file.write(QStringLiteral("Client %1,client%1@example.org,07700 %2,")
                                   .arg(rows)
                                   .arg(100000 + rows)
                                   .toUtf8() +
                               notes + QByteArray::number(rows) + '\n') > 0);
        }
        // One duplicate of Ann and one row rejected, near the end, keep their lines.
        QVERIFY(file.write("Ann again,ann.lee@example.org,,\nNo Address,not-an-address,,\n") > 0);
        file.close();
        const ImportPlan planned = planFile(path);
        QCOMPARE(planned.rows(), rows + 2);
        QCOMPARE(planned.count(ImportEntry::Kind::New), rows);
        QCOMPARE(planned.count(ImportEntry::Kind::Duplicate), 1);
        QCOMPARE(planned.count(ImportEntry::Kind::Rejected), 1);
        const Result<ImportOutcome> outcome = ImportService(*m_db).apply(planned);
        QVERIFY2(outcome.ok(), qPrintable(outcome ? QString() : outcome.error().message));
        QCOMPARE(outcome.value().added, rows);
        QCOMPARE(outcome.value().skipped, qint64(1));
        QCOMPARE(outcome.value().rejected, qint64(1));
        QCOMPARE(clientCount(*m_db), rows + 1);
        const Client last = ClientRepository(*m_db).get(m_ann + rows).value();
        QCOMPARE(last.fullName, QStringLiteral("Client %1").arg(rows));
        QCOMPARE(last.notes, QString::fromLatin1(notes + QByteArray::number(rows)));
        const QString saved = m_dir.filePath(QStringLiteral("large-rejected-%1.csv").arg(m_counter));
        QVERIFY(planned.saveRejected(saved).ok());
        QFile rejected(saved);
        QVERIFY(rejected.open(QIODevice::ReadOnly));
        const QByteArray lines = rejected.readAll();
        QVERIFY2(lines.contains(QByteArray("\r\n" + QByteArray::number(rows + 3) + ",")), lines.constData());
    }

    void duplicatesAndRejectedRowsKeepTheirLinesWhenReadAgain() {
        QByteArray bytes = "Name,Email,Notes\n";
        for (int i = 0; i < 2500; ++i) // rows over more than one chunk
            bytes += QStringLiteral("Client %1,client%1@example.org,\"two\nlines\"\n").arg(i).toUtf8();
        bytes += "Ann,ann.lee@example.org,\nTwice,client7@example.org,\nBad,bad@@example.org,\n";
        const ImportPlan planned = plan(bytes);
        QList<ImportEntry> marked;
        for (ImportEntry &entry : entriesOf(planned)) {
            if (entry.kind != ImportEntry::Kind::New)
                marked.append(std::move(entry));
        }
        QCOMPARE(marked.size(), 3);
        QCOMPARE(marked.at(0).kind, ImportEntry::Kind::Duplicate);
        QCOMPARE(marked.at(0).line, qint64(2 + 2 * 2500));
        QCOMPARE(marked.at(0).existingId, m_ann);
        QCOMPARE(marked.at(0).client.fullName, QStringLiteral("Ann"));
        QCOMPARE(marked.at(1).kind, ImportEntry::Kind::Rejected);
        QCOMPARE(marked.at(1).line, qint64(3 + 2 * 2500));
        QCOMPARE(marked.at(1).reason, QStringLiteral("The same email address as line 16."));
        QCOMPARE(marked.at(1).values,
                 QStringList({QStringLiteral("Twice"), QStringLiteral("client7@example.org"), QString()}));
        QCOMPARE(marked.at(2).kind, ImportEntry::Kind::Rejected);
        QCOMPARE(marked.at(2).line, qint64(4 + 2 * 2500));
        QVERIFY2(marked.at(2).reason.contains(QStringLiteral("bad@@example.org")),
                 qPrintable(marked.at(2).reason));
    }

    void importsAVCardFileReadAgain() {
        const QString path = m_dir.filePath(QStringLiteral("contacts-%1.vcf").arg(m_counter));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dana\r\n  Ruiz\r\nTEL;TYPE=CELL:07911 123456\r\n"
                           "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\n"
                           "item1.EMAIL;TYPE=INTERNET:ann.lee@example.org\r\nEND:VCARD\r\n") > 0);
        file.close();
        Result<std::unique_ptr<ImportReader>> reader = ImportReader::openFile(path);
        QVERIFY(reader.ok());
        QCOMPARE(reader.value()->format(), ImportFormat::VCard);
        const Result<ImportPlan> planned =
            ImportService(*m_db).plan(*reader.value(), ImportMapping::guess(reader.value()->headers()));
        QVERIFY(planned.ok());
        const QList<ImportEntry> entries = entriesOf(planned.value());
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).client.fullName, QStringLiteral("Dana Ruiz"));
        QCOMPARE(entries.at(0).client.phone, QStringLiteral("+44 7911 123456"));
        QCOMPARE(entries.at(1).kind, ImportEntry::Kind::Duplicate);
        QCOMPARE(entries.at(1).line, qint64(7));
        const Result<ImportOutcome> outcome = ImportService(*m_db).apply(planned.value());
        QVERIFY2(outcome.ok(), qPrintable(outcome ? QString() : outcome.error().message));
        QCOMPARE(outcome.value().added, qint64(1));
        QCOMPARE(outcome.value().skipped, qint64(1));
        QCOMPARE(ClientRepository(*m_db).get(m_ann + 1).value().phone, QStringLiteral("+44 7911 123456"));
    }

    void rowsUpdatingOneClientFillItOnce() {
        ImportPlan planned = plan("Name,Email,Phone,Nickname,Notes\n"
                                  "Ann Lee,ann.lee@example.org,,Annie,\n"
                                  "Ann L.,,020 7946 0958,Nan,From the old list\n");
        QCOMPARE(planned.count(ImportEntry::Kind::Duplicate), 2);
        planned.setDuplicateAction(DuplicateAction::UpdateEmptyFields);
        const Result<ImportOutcome> outcome = ImportService(*m_db).apply(planned);
        QVERIFY2(outcome.ok(), qPrintable(outcome ? QString() : outcome.error().message));
        QCOMPARE(outcome.value().updated, qint64(2));
        const Client ann = ClientRepository(*m_db).get(m_ann).value();
        QCOMPARE(ann.preferredName, QStringLiteral("Annie")); // the first row filled it
        QCOMPARE(ann.notes, QStringLiteral("From the old list"));
        QCOMPARE(ann.rowVersion, 2);
    }
};

QTEST_GUILESS_MAIN(TestImportService)
#include "tst_ImportService.moc"
