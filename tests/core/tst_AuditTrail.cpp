// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/audit/AuditTrail.h"
#include "app/audit/ChainCheck.h"
#include "app/clients/ClientService.h"
#include "app/common/Clock.h"
#include "app/common/Settings.h"
#include "app/storage/AuditRepository.h"
#include "app/storage/ClientRepository.h"
#include "tests/core/AgreementFixture.h"
#include "tests/fuzz/AuditEventRows.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace bk;

class TestAuditTrail : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;

    qint64 addClient(const QString &name) const {
        const Result<qint64> id = ClientService(*m_db).add(test::sampleClient(name));
        if (!id)
            qWarning("%s", qPrintable(id.error().message));
        return id ? id.value() : 0;
    }

    AuditTrail::Report verify(const QList<AuditTrail::Anchor> &anchors = {}) const {
        const Result<AuditTrail::Report> report = AuditTrail(*m_db).verify(anchors);
        if (!report)
            qWarning("%s", qPrintable(report.error().message));
        return report ? report.value() : AuditTrail::Report{0, 0, 0, {QStringLiteral("verify failed")}};
    }

    // Runs SQL as the practice's owner would with psql or the sqlite3 program.
    void exec(const QString &sql) const {
        QSqlQuery query(m_db->connection());
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
    }

    // Lets plain SQL past the trail's triggers on `table`, as someone working behind the application's back.
    void bypassTriggers(const QString &table) const {
        if (test::onPostgres())
            exec(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(table));
        else
            for (const QString &trigger : triggersOf(table))
                exec(QStringLiteral("DROP TRIGGER %1").arg(trigger));
    }

    QStringList triggersOf(const QString &table) const {
        QSqlQuery query(m_db->connection());
        query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = '%1'")
                       .arg(table));
        QStringList names;
        while (query.next())
            names.append(query.value(0).toString());
        return names;
    }

    AuditEvent newest() const { return AuditRepository(*m_db).head().value(); }

private Q_SLOTS:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        m_path = m_dir.filePath(QStringLiteral("audit-%1.sqlite").arg(++m_counter));
        m_db = test::openDatabase(m_path);
        QVERIFY(m_db);
    }

    void cleanup() { m_db.reset(); }

    void aNewPracticeStartsWithAnIntactTrail() {
        const AuditTrail::Report report = verify();
        QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QVERIFY(report.events > 0);
        QVERIFY(report.records > 0);
    }

    void everyChangeAppendsAnEventNamingTheRecordAndWho() {
        const qint64 before = newest().seq;
        const qint64 id = addClient(QStringLiteral("Amelia Hartley"));
        QVERIFY(id > 0);
        const AuditEvent event = newest();
        QCOMPARE(event.seq, before + 1);
        QCOMPARE(event.table, QStringLiteral("clients"));
        QCOMPARE(event.action, QStringLiteral("insert"));
        QCOMPARE(event.record, QString::number(id));
        QCOMPARE(event.practitionerId, m_db->practitionerId());
        QVERIFY(!event.login.isEmpty());
        QCOMPARE(event.digest.size(), 32);
        QVERIFY(event.at.endsWith(QLatin1Char('Z')));

        QVERIFY(ClientService(*m_db).remove(id).ok());
        const AuditEvent removed = newest();
        QCOMPARE(removed.action, QStringLiteral("delete"));
        QCOMPARE(removed.record, QString::number(id));
        QVERIFY(removed.digest.isEmpty());
        QVERIFY(verify().intact());
    }

    void eventsHoldNoPersonalText() {
        const qint64 id = addClient(QStringLiteral("Zebediah Quill"));
        QVERIFY(id > 0);
        QSqlQuery query(m_db->connection());
        QVERIFY(
            query.exec(QStringLiteral("SELECT count(*) FROM audit_events WHERE login LIKE '%Zebediah%' OR "
                                      "record LIKE '%Zebediah%' OR table_name LIKE '%Zebediah%'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void overwritingPersonalFieldsKeepsTheTrailVerifiable() {
        const qint64 id = addClient(QStringLiteral("Erin Example"));
        QVERIFY(id > 0);
        Client client = ClientRepository(*m_db).get(id).value();
        client.fullName = QStringLiteral("Erased");
        client.email.clear();
        client.phone.clear();
        client.notes.clear();
        QVERIFY(ClientService(*m_db).update(client).ok());
        QCOMPARE(newest().action, QStringLiteral("update"));
        const AuditTrail::Report report = verify();
        QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    }

    void aRowChangedWithPlainSqlIsNamed() {
        const qint64 id = addClient(QStringLiteral("Ann Baker"));
        QVERIFY(id > 0);
        const qint64 seq = newest().seq;
        bypassTriggers(QStringLiteral("clients"));
        exec(QStringLiteral("UPDATE clients SET notes = 'changed behind its back' WHERE id = %1").arg(id));
        const AuditTrail::Report report = verify();
        QVERIFY(!report.intact());
        QCOMPARE(report.problems,
                 QStringList{QStringLiteral("Record %1 of clients was changed outside Boundary Keeper after "
                                            "event %2 of the audit trail.")
                                 .arg(id)
                                 .arg(seq)});
    }

    void aRowAddedOrDeletedWithPlainSqlIsNamed() {
        const qint64 id = addClient(QStringLiteral("Ann Baker"));
        QVERIFY(id > 0);
        bypassTriggers(QStringLiteral("clients"));
        const qint64 ghost = addClient(QStringLiteral("Ghost"));
        QVERIFY(ghost > 0);
        exec(QStringLiteral("DELETE FROM clients WHERE id = %1").arg(id));
        const QStringList problems = verify().problems;
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.at(0).startsWith(QStringLiteral("Record %1 of clients was added").arg(ghost)),
                 qPrintable(problems.at(0)));
        QVERIFY2(problems.at(1).startsWith(QStringLiteral("Record %1 of clients was deleted").arg(id)),
                 qPrintable(problems.at(1)));
    }

    void theTrailIsAppendOnly() {
        QVERIFY(addClient(QStringLiteral("Ann Baker")) > 0);
        QSqlQuery query(m_db->connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE audit_events SET login = 'someone else'")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_events WHERE seq = %1").arg(newest().seq)));
        QVERIFY(verify().intact());
    }

    void aRewrittenEventIsNamed() {
        QVERIFY(addClient(QStringLiteral("Ann Baker")) > 0);
        const qint64 seq = newest().seq;
        QVERIFY(addClient(QStringLiteral("Ben Carter")) > 0);
        bypassTriggers(QStringLiteral("audit_events"));
        exec(QStringLiteral("UPDATE audit_events SET login = 'someone else' WHERE seq = %1").arg(seq));
        const QStringList problems = verify().problems;
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first(),
                 QStringLiteral("Event %1 of the audit trail was changed after it was written.").arg(seq));
    }

    void aDeletedNewestEventIsCaughtByTheHeadNotedOnThisComputer() {
        QVERIFY(addClient(QStringLiteral("Ann Baker")) > 0);
        QVERIFY(addClient(QStringLiteral("Ben Carter")) > 0);
        const qint64 seq = newest().seq;
        m_db.reset(); // closing notes the head beside the settings
        m_db = test::openDatabase(m_path);
        QVERIFY(m_db);
        QVERIFY(m_db->auditAnchorProblem().isEmpty());
        bypassTriggers(QStringLiteral("audit_events"));
        bypassTriggers(QStringLiteral("clients"));
        // Both the newest client and its event go: the chain and the records agree with each other.
        exec(QStringLiteral("DELETE FROM clients WHERE id = (SELECT max(id) FROM clients)"));
        exec(QStringLiteral("DELETE FROM audit_events WHERE seq = %1").arg(seq));
        m_db.reset();
        m_db = test::openDatabase(m_path);
        QVERIFY(m_db);
        const QString expected =
            QStringLiteral("The audit trail was noted on this computer when it last wrote the practice at "
                           "event %1, which it "
                           "no longer holds: newer events were deleted from it outside Boundary Keeper.")
                .arg(seq);
        QCOMPARE(m_db->auditAnchorProblem(), expected);
        QCOMPARE(verify().problems, QStringList{expected});
    }

    // A practice made anew where another was (its file deleted, its server database emptied) starts a trail
    // of its own: the head this computer noted for the one before is forgotten, not reported as events
    // deleted behind Boundary Keeper's back.
    void aPracticeMadeAnewWhereAnotherWasStartsATrailOfItsOwn() {
        QVERIFY(addClient(QStringLiteral("Ann Baker")) > 0);
        QVERIFY(addClient(QStringLiteral("Ben Carter")) > 0);
        m_db.reset(); // closing notes the head
        const QString location = test::databaseLocation(m_path);
        const QString oldHead = Settings().auditHead(location);
        QVERIFY(!oldHead.isEmpty());
        if (test::onPostgres()) {
            m_db = test::openDatabase(m_path);
            QVERIFY(m_db);
            exec(QStringLiteral("DROP SCHEMA public CASCADE"));
            exec(QStringLiteral("CREATE SCHEMA public"));
            m_db.reset();
        } else {
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(m_path + suffix);
        }
        m_db = test::openDatabase(m_path);
        QVERIFY(m_db);
        QCOMPARE(m_db->auditAnchorProblem(), QString());
        QVERIFY(addClient(QStringLiteral("Cleo Diaz")) > 0);
        m_db.reset();
        // The new practice's head is noted, and checked from now on.
        QVERIFY(!Settings().auditHead(location).isEmpty());
        QVERIFY(Settings().auditHead(location) != oldHead);
        m_db = test::openDatabase(m_path);
        QVERIFY(m_db);
        QCOMPARE(m_db->auditAnchorProblem(), QString());
    }

    void aGivenAnchorIsCheckedAgainstTheChain() {
        QVERIFY(addClient(QStringLiteral("Ann Baker")) > 0);
        const AuditHead head = AuditTrail(*m_db).head().value();
        QVERIFY(head.isValid());
        QCOMPARE(AuditHead::fromText(head.text()).hash, head.hash);
        const AuditTrail::Report report = verify({{head, QStringLiteral("in the backup b.bkbackup")}});
        QVERIFY(report.intact());
        QCOMPARE(report.anchors, 1); // this computer notes the head when it closes the practice
        AuditHead forged = head;
        forged.hash[0] = char(forged.hash.at(0) ^ 1);
        QCOMPARE(verify({{forged, QStringLiteral("in the backup b.bkbackup")}}).problems,
                 QStringList{QStringLiteral("Event %1 of the audit trail differs from the one noted in the "
                                            "backup b.bkbackup: the trail was rewritten outside Boundary "
                                            "Keeper.")
                                 .arg(head.seq)});
    }

    void aSignedAgreementsPdfIsAnAnchor() {
        m_db.reset();
        test::AgreementFixture fixture = test::makeAgreementFixture(m_path);
        QVERIFY(fixture.clientId);
        const Result<Agreement> signedAgreement =
            AgreementService(*fixture.db).finalise(test::completeAgreement(fixture));
        QVERIFY(signedAgreement.ok());
        const Agreement &agreement = signedAgreement.value();
        m_db = std::move(fixture.db);
        QVERIFY(addClient(QStringLiteral("Ann Baker")) > 0);
        const AuditTrail::Report intact = verify();
        QVERIFY2(intact.intact(), qPrintable(intact.problems.join(QLatin1Char('\n'))));
        QCOMPARE(intact.anchors, 2); // the agreement's PDF, and the head this computer noted on closing

        // The newest events go, from the one the agreement was signed at: its PDF still names that event.
        bypassTriggers(QStringLiteral("audit_events"));
        exec(QStringLiteral("DELETE FROM audit_events WHERE seq >= %1").arg(agreement.auditHead.seq));
        const QString expected =
            QStringLiteral(
                "The audit trail was noted in the signed agreement %1 at event %2, which it no longer "
                "holds: newer events were deleted from it outside Boundary Keeper.")
                .arg(agreement.documentId)
                .arg(agreement.auditHead.seq);
        const QStringList problems = verify().problems;
        QVERIFY2(problems.contains(expected), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void aRewrittenEventUnderASignedPdfIsNamed() {
        m_db.reset();
        test::AgreementFixture fixture = test::makeAgreementFixture(m_path);
        QVERIFY(fixture.clientId);
        const qint64 incident = test::logIncident(fixture);
        QVERIFY(incident);
        const Result<Contract> signedContract =
            ContractService(*fixture.db).finalise(test::completeContract(fixture, incident));
        QVERIFY(signedContract.ok());
        const AuditHead head = signedContract.value().auditHead;
        m_db = std::move(fixture.db);
        bypassTriggers(QStringLiteral("audit_events"));
        exec(QStringLiteral("UPDATE audit_events SET hash = previous_hash WHERE seq = %1").arg(head.seq));
        const QStringList problems = verify().problems;
        const QString expected =
            QStringLiteral("Event %1 of the audit trail differs from the one noted in the signed behavioural "
                           "contract %2: the trail was rewritten outside Boundary Keeper.")
                .arg(head.seq)
                .arg(signedContract.value().documentId);
        QVERIFY2(problems.contains(expected), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void replaysTheFuzzCorpusAndRegressions_data() {
        QTest::addColumn<QString>("file");
        for (const QString &folder : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
            const QDir dir(QStringLiteral(BK_FUZZ_DIR "/%1/chain").arg(folder));
            for (const QString &entry : dir.entryList(QDir::Files))
                QTest::newRow(qPrintable(folder + QStringLiteral("/chain/") + entry)) << dir.filePath(entry);
        }
    }

    void replaysTheFuzzCorpusAndRegressions() {
        QFETCH(QString, file);
        QFile input(file);
        QVERIFY(input.open(QIODevice::ReadOnly));
        // The rows as the fuzz target reads them; the check names at most one break, as the trail has one
        // first broken link.
        int breaks = 0;
        ChainCheck chain;
        for (const AuditEvent &event : test::auditEventsFrom(input.readAll()))
            breaks += chain.follow(event).isEmpty() ? 0 : 1;
        QVERIFY(breaks <= 1);
        QCOMPARE(chain.broken(), breaks == 1);
        // The seeds written as a real trail is (their hashes computed apart from the application) hold; a
        // trail without its newest events is one too: only an anchor notices
        // (aSignedAgreementsPdfIsAnAnchor).
        if (QFileInfo(file).fileName().startsWith(QStringLiteral("intact")))
            QCOMPARE(breaks, 0);
        else if (file.contains(QStringLiteral("/corpus/")))
            QCOMPARE(breaks, 1);
    }

    void aRecordedIncidentsDescriptionIsAppendOnly() {
        const qint64 client = addClient(QStringLiteral("Ann Baker"));
        QVERIFY(client > 0);
        const qint64 incident = test::logIncident(
            *m_db, test::afterHoursCall(client, QDateTime(QDate(2026, 11, 20), QTime(22, 0), Qt::UTC)));
        QVERIFY(incident > 0);
        QSqlQuery query(m_db->connection());
        QVERIFY(!query.exec(
            QStringLiteral("UPDATE incidents SET description = 'rewritten' WHERE id = %1").arg(incident)));
        QVERIFY2(query.lastError().text().contains(QStringLiteral("record a correction as a new entry")),
                 qPrintable(query.lastError().text()));
        // Other columns still change as the incident moves on.
        QVERIFY(query.exec(
            QStringLiteral("UPDATE incidents SET next_action = 'Call back' WHERE id = %1").arg(incident)));
    }

    void concurrentWritersNeverForkTheChain() {
        // Two connections, each in its own thread, add clients at the same time.
        const QString location = test::databaseLocation(m_path);
        constexpr int PerWriter = 25;
        auto writer = [location]() {
            Result<std::unique_ptr<Database>> opened = Database::open(location);
            if (!opened)
                return;
            const ClientService service(*opened.value());
            for (int i = 0; i < PerWriter; ++i) {
                if (!service.add(test::sampleClient(QStringLiteral("Parallel %1").arg(i))))
                    qWarning("a parallel write failed");
            }
        };
        const qint64 before = newest().seq;
        std::unique_ptr<QThread> first(QThread::create(writer));
        std::unique_ptr<QThread> second(QThread::create(writer));
        first->start();
        second->start();
        QVERIFY(first->wait(120000));
        QVERIFY(second->wait(120000));
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*), count(DISTINCT seq), max(seq) FROM audit_events "
                                          "WHERE seq > %1 AND table_name = 'clients'")
                               .arg(before)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 2 * PerWriter);
        QCOMPARE(query.value(1).toInt(), 2 * PerWriter);
        const AuditTrail::Report report = verify();
        QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestAuditTrail)
#include "tst_AuditTrail.moc"
