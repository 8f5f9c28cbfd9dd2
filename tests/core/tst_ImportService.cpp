// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientService.h"
#include "app/common/ChangeNotifier.h"
#include "app/import/ImportReader.h"
#include "app/import/ImportService.h"
#include "app/import/ImportWorker.h"
#include "app/storage/ClientRepository.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;

namespace {
std::unique_ptr<ImportReader> csv(const QByteArray &bytes) {
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    Result<std::unique_ptr<ImportReader>> reader =
        ImportReader::fromDevice(std::move(buffer), ImportFormat::Csv);
    return reader ? std::move(reader).value() : nullptr;
}

qint64 clientCount(const Database &database) {
    return ClientService(database).count(ClientFilter{QString(), std::nullopt, true}).value();
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
    qint64 m_ann = 0;

    // The register in the tests' time zone, Europe/London: phone numbers are read as British.
    ImportPlan plan(const QByteArray &bytes) {
        const std::unique_ptr<ImportReader> reader = csv(bytes);
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
        QCOMPARE(planned.entries().size(), 6);
        const QList<ImportEntry> &entries = planned.entries();
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
            worker.plan(m_location, file, mapping);
        QTRY_COMPARE(planned.size(), 1);
        QCOMPARE(failed.size(), 0);
        const auto plan = planned.at(0).at(0).value<ImportPlan>();
        QCOMPARE(plan.count(ImportEntry::Kind::Duplicate), 1);
        QCOMPARE(plan.count(ImportEntry::Kind::New), 1);
        QCOMPARE(plan.count(ImportEntry::Kind::Rejected), 1);
        QCOMPARE(plan.entries().at(0).existingId, m_ann);
        QCOMPARE(clientCount(*m_db), qint64(1));
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
        worker.plan(m_location, file, ImportMapping({ImportField::FullName}));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(planned.size(), 0);
        QCOMPARE(failed.at(0).at(1).toBool(), true);
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("cancelled")),
                 qPrintable(failed.at(0).at(0).toString()));

        worker.disconnect(&worker);
        worker.plan(m_location, m_dir.filePath(QStringLiteral("missing.csv")),
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
        const QByteArray saved = planned.rejectedCsv();
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
};

QTEST_GUILESS_MAIN(TestImportService)
#include "tst_ImportService.moc"
