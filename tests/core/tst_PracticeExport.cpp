// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/audit/AuditTrail.h"
#include "app/clients/ClientSearchIndex.h"
#include "app/demo/DemoPractice.h"
#include "app/export/ClientDataExport.h"
#include "app/export/ExportFolder.h"
#include "app/export/PracticeExport.h"
#include "app/practitioner/ReflectionService.h"
#include "app/storage/ClientRepository.h"
#include "app/storage/Database.h"
#include "app/storage/DatabaseSnapshot.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;

/// The whole practice as files (PracticeExport), checked against its manifest (ExportFolder), and a client's
/// data (ClientDataExport), on both engines.
class TestPracticeExport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Database> m_db;

    QString folder(const QString &name) const {
        return m_dir.filePath(QStringLiteral("%1-%2").arg(name).arg(m_count));
    }

    static QJsonObject manifestOf(const QString &path) {
        QFile file(path + QStringLiteral("/manifest.json"));
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                              : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase() {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void init() {
        m_db = test::openDatabase(m_dir.filePath(QStringLiteral("export-%1.sqlite").arg(++m_count)));
        QVERIFY(m_db);
        QVERIFY(DemoPractice::populate(*m_db).ok());
    }

    void cleanup() { m_db.reset(); }

    void everyTableIsWrittenWithItsRowsAndVerifies() {
        const QString out = folder(QStringLiteral("practice"));
        int calls = 0;
        const Result<PracticeExport::Summary> written =
            PracticeExport::write(*m_db, out, [&calls](int done, int total) {
                ++calls;
                return done <= total;
            });
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        QCOMPARE(calls, written.value().tables + 1);

        const QList<DatabaseSnapshot::TableCount> tables = DatabaseSnapshot::count(*m_db).value();
        QCOMPARE(written.value().tables, tables.size());
        const QJsonObject manifest = manifestOf(out);
        QCOMPARE(manifest.value(QStringLiteral("schema_version")).toInt(), Database::latestSchemaVersion());
        QCOMPARE(manifest.value(QStringLiteral("view")).toObject().value(QStringLiteral("engine")).toString(),
                 test::onPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
        // The audit trail's head as `audit head` gives it: an anchor of the chain outside the database.
        QCOMPARE(manifest.value(QStringLiteral("audit_chain_head")).toString(),
                 AuditTrail(*m_db).head().value().text());
        const QJsonArray listed = manifest.value(QStringLiteral("tables")).toArray();
        for (const DatabaseSnapshot::TableCount &table : tables) {
            bool found = false;
            for (const QJsonValue &entry : listed) {
                if (entry.toObject().value(QStringLiteral("name")).toString() != table.table)
                    continue;
                found = true;
                QCOMPARE(entry.toObject().value(QStringLiteral("rows")).toInteger(), table.rows);
                QFile json(out + QLatin1Char('/') +
                           entry.toObject().value(QStringLiteral("json")).toString());
                QVERIFY(json.open(QIODevice::ReadOnly));
                QCOMPARE(QJsonDocument::fromJson(json.readAll()).array().size(), table.rows);
            }
            QVERIFY2(found, qPrintable(table.table));
        }
        QVERIFY(ExportFolder::verify(out).ok());
        QCOMPARE(test::fileMode(out + QStringLiteral("/manifest.json")), 0600);
    }

    void theSavedSearchIndexIsNotExported() {
        // A cache of the clients' names and contacts, made anew by the window: not part of the practice's
        // data.
        const ClientRepository clients(*m_db);
        ClientSearchIndex index;
        QVERIFY(clients.loadSearchIndex(index).ok());
        QVERIFY(clients.saveSearchSnapshot(index).ok());
        QVERIFY(clients.loadSearchSnapshot().value().has_value());
        const QString out = folder(QStringLiteral("cache"));
        const Result<PracticeExport::Summary> written = PracticeExport::write(*m_db, out, {});
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        const QString table = ClientRepository::searchSnapshotTable();
        for (const QJsonValue &entry : manifestOf(out).value(QStringLiteral("tables")).toArray())
            QVERIFY(entry.toObject().value(QStringLiteral("name")).toString() != table);
        QVERIFY(!QFile::exists(out + QStringLiteral("/tables/") + table + QStringLiteral(".csv")));
        QVERIFY(!QFile::exists(out + QStringLiteral("/tables/") + table + QStringLiteral(".json")));
        QVERIFY(ExportFolder::verify(out).ok());
    }

    void verifyNamesTheFirstMismatch() {
        const QString out = folder(QStringLiteral("tampered"));
        QVERIFY(PracticeExport::write(*m_db, out).ok());
        QFile::remove(out + QStringLiteral("/tables/incidents.json"));
        const Status missing = ExportFolder::verify(out);
        QCOMPARE(missing.error().kind, Error::Kind::Damaged);
        QVERIFY(missing.error().message.contains(QStringLiteral("tables/incidents.json is missing")));
        QCOMPARE(ExportFolder::verify(folder(QStringLiteral("nothing"))).error().kind, Error::Kind::NotFound);
    }

    void aCancelledExportLeavesNoManifest() {
        const QString out = folder(QStringLiteral("cancelled"));
        const Result<PracticeExport::Summary> cancelled =
            PracticeExport::write(*m_db, out, [](int, int) { return false; });
        QVERIFY(!cancelled.ok());
        QVERIFY(!QFile::exists(out + QStringLiteral("/manifest.json")));
        QVERIFY(!ExportFolder::verify(out).ok());
    }

    void clientDataLeavesOutTheReflection() {
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT min(id) FROM clients")));
        QVERIFY(query.next());
        const qint64 client = query.value(0).toLongLong();
        NewReflection reflection;
        reflection.clientId = client;
        reflection.answers = {CheckAnswer::No, CheckAnswer::No, CheckAnswer::NotSure, CheckAnswer::No,
                              CheckAnswer::No};
        reflection.decision = DisclosureDecision::HeldBack;
        reflection.note = QStringLiteral("My own worries about the move, kept to myself");
        const Result<qint64> recorded = ReflectionService(*m_db).record(reflection);
        QVERIFY2(recorded.ok(), recorded.ok() ? "" : qPrintable(recorded.error().message));

        const Result<QJsonObject> data = ClientDataExport::data(*m_db, client);
        QVERIFY(data.ok());
        const QByteArray text = QJsonDocument(data.value()).toJson() + ClientDataExport::report(data.value());
        QVERIFY(text.contains(data.value()
                                  .value(QStringLiteral("client"))
                                  .toObject()
                                  .value(QStringLiteral("full_name"))
                                  .toString()
                                  .toUtf8()));
        QVERIFY(!text.contains("My own worries"));
    }
};

QTEST_MAIN(TestPracticeExport)
#include "tst_PracticeExport.moc"
