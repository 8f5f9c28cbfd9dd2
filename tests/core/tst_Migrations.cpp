// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/SigningRecord.h"
#include "app/audit/AuditTrail.h"
#include "app/clients/ClientSearchIndex.h"
#include "app/clients/ClientService.h"
#include "app/incidents/IncidentService.h"
#include "app/policy/PolicyCanonical.h"
#include "app/policy/PolicyService.h"
#include "app/practitioner/PractitionerService.h"
#include "app/storage/AcknowledgementRepository.h"
#include "app/storage/AgreementRepository.h"
#include "app/storage/ClientRepository.h"
#include "app/storage/ContractRepository.h"
#include "app/storage/Database.h"
#include "app/storage/IncidentRepository.h"
#include "app/storage/ResourceRepository.h"
#include "app/storage/SqlScript.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;

namespace {

// The first schema with each kind of record.
constexpr int ClientsSince = 1;
constexpr int PolicySince = 2;
constexpr int AgreementsSince = 3;
constexpr int IncidentsSince = 4;
constexpr int ContractsSince = 5;
// The schema 008_portable.sql creates: the rows here are written in the representation before it ('' for an
// unknown date, the boundary keys in one column), so they start from every schema before it. Upgrades from it
// onwards are covered by tst_Database::upgradesFromEveryEarlierVersion.
constexpr int PortableSchema = 8;

// The bytes of a string literal, a NUL inside included: the length comes from the literal, so it cannot run
// past its end (two hand-counted lengths here did, by one byte).
template <std::size_t N> QByteArray bytesOf(const char (&literal)[N]) {
    return QByteArray(literal, qsizetype(N - 1));
}

const QByteArray AgreementPdf = bytesOf("%PDF-1.4 signed agreement\0\xff\x01 bytes");
const QByteArray ContractPdf = bytesOf("%PDF-1.4 signed contract\0\xfe\x02 bytes");

QString sha256Of(const QByteArray &bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString hexOf(const QByteArray &bytes) {
    return QStringLiteral("X'") + QString::fromLatin1(bytes.toHex()) + QLatin1Char('\'');
}

// The statements of the migrations up to `version`, as that version's program ran them.
QStringList schemaUpTo(int version) {
    QStringList files = QDir(QStringLiteral(":/sql/sqlite")).entryList({QStringLiteral("*.sql")});
    files.sort();
    QStringList statements;
    for (int step = 0; step < version; ++step) {
        QFile file(QStringLiteral(":/sql/sqlite/") + files.at(step));
        if (file.open(QIODevice::ReadOnly))
            statements += SqlScript::split(QString::fromUtf8(file.readAll()));
    }
    return statements;
}

// Representative records as a program of schema `version` wrote them: unknown dates as ''.
QStringList dataOf(int version) {
    QStringList sql;
    if (version >= ClientsSince) {
        sql << QStringLiteral(
            "INSERT INTO clients (id, full_name, email, status, start_date, created_at, updated_at, "
            "archived, "
            "name_key, search_key) VALUES "
            "(1, 'Dana Started', 'dana@example.org', 2, '2024-01-15', '2024-01-10T08:00:00.000Z', "
            "'2024-01-10T08:00:00.000Z', 0, 'dana started', 'dana started'), "
            "(2, 'Eli Undated', '', 0, '', '2024-01-11T08:00:00.000Z', '2024-01-11T08:00:00.000Z', 0, "
            "'eli undated', 'eli undated'), "
            "(3, 'Fay Archived', '', 4, '2023-05-01', '2023-05-01T08:00:00.000Z', "
            "'2024-01-12T08:00:00.000Z', "
            "1, 'fay archived', 'fay archived')");
        sql << QStringLiteral("PRAGMA application_id = 1112237424");
    }
    if (version >= PolicySince) {
        sql << QStringLiteral(
            "INSERT INTO policy_version_boundaries VALUES (1, 0, 'late_calls', 'Late calls', "
            "'d', 'a', 'c')");
        sql << QStringLiteral(
                   "INSERT INTO policy_versions VALUES (1, '2024-02-01T00:00:00.000Z', '%1', '{}')")
                   .arg(QString(64, QLatin1Char('a')));
        sql << QStringLiteral("INSERT INTO policy_acknowledgements (client_id, version, acknowledged_at) "
                              "VALUES (1, 1, '2024-02-02T00:00:00.000Z')");
    }
    if (version >= AgreementsSince) {
        // A signed agreement is a draft finalised in place, as AgreementRepository does it.
        sql << QStringLiteral(
                   "INSERT INTO agreements (id, document_id, client_id, client_name, status, policy_version, "
                   "policy_sha256, terms_json, signing_mode, consent_given, consent_text, intent_text, "
                   "workstation, os_user, created_at, updated_at) VALUES (1, "
                   "'11111111-2222-3333-4444-555555555555', 1, 'Dana Started', 'draft', 1, '%1', '{}', "
                   "'electronic', 1, 'consent', 'intent', 'desk', 'dana', '2024-02-03T09:00:00.000Z', "
                   "'2024-02-03T09:00:00.000Z')")
                   .arg(QString(64, QLatin1Char('a')));
        sql << QStringLiteral("INSERT INTO agreement_discussions (agreement_id, position, boundary_key, "
                              "discussed) VALUES (1, 0, 'late_calls', 1)");
        sql << QStringLiteral("INSERT INTO agreement_signatures (agreement_id, role, method, signer_name, "
                              "signed_at, typed_name) VALUES (1, 'client', 'typed', 'Dana Started', "
                              "'2024-02-03T09:30:00.000Z', 'Dana Started')");
        sql << QStringLiteral("INSERT INTO agreement_events (agreement_id, position, at, kind) VALUES "
                              "(1, 0, '2024-02-03T09:30:00.000Z', 'signed')");
        sql << QStringLiteral(
                   "UPDATE agreements SET status = 'signed', signed_at = '2024-02-03T09:31:00.000Z', "
                   "pdf_sha256 = '%1', pdf = %2 WHERE id = 1")
                   .arg(sha256Of(AgreementPdf), hexOf(AgreementPdf));
        // A draft of another client: no signing time yet ('').
        sql << QStringLiteral(
                   "INSERT INTO agreements (id, document_id, client_id, client_name, status, policy_version, "
                   "policy_sha256, terms_json, signing_mode, consent_given, consent_text, intent_text, "
                   "workstation, os_user, created_at, updated_at) VALUES (2, "
                   "'66666666-7777-8888-9999-000000000000', 2, 'Eli Undated', 'draft', 1, '%1', '{}', "
                   "'paper', 0, 'consent', 'intent', 'desk', 'dana', '2024-02-04T09:00:00.000Z', "
                   "'2024-02-04T09:00:00.000Z')")
                   .arg(QString(64, QLatin1Char('a')));
    }
    if (version >= IncidentsSince) {
        // An open incident with a next step due, an open one with none (''), a closed one.
        sql << QStringLiteral(
            "INSERT INTO incidents (id, client_id, occurred_at, channel, boundary_key, policy_version, "
            "severity, description, crossed_by, outside_hours, outside_channel, status, outcome, closed_at, "
            "current_step, next_action, next_due, created_at, updated_at, recorded_by) VALUES "
            "(1, 1, '2024-03-01T21:30:00.000Z', 'phone', 'late_calls', 1, 1, 'Late call', 0, 1, 0, 0, '', "
            "'', "
            "'conversation', 'goals', '2024-03-08', '2024-03-02T09:00:00.000Z', '2024-03-02T10:00:00.000Z', "
            "'dana'), "
            "(2, 1, '2024-03-05T10:00:00.000Z', 'email', 'late_calls', 1, 0, 'Long email', 1, 0, 1, 0, '', "
            "'', "
            "'', '', '', '2024-03-05T11:00:00.000Z', '2024-03-05T11:00:00.000Z', ''), "
            "(3, 2, '2024-03-06T10:00:00.000Z', 'phone', 'late_calls', 1, 0, 'Another call', 0, 0, 0, 1, "
            "'Talked it over', '2024-03-07T12:20:00.000Z', 'conversation', '', '', "
            "'2024-03-06T11:00:00.000Z', '2024-03-07T12:20:00.000Z', '')");
        sql << QStringLiteral(
            "INSERT INTO incident_steps (id, incident_id, step_key, happened_at, note, "
            "recorded_at) VALUES (1, 1, 'conversation', '2024-03-02T10:00:00.000Z', 'Talked', "
            "'2024-03-02T10:00:00.000Z'), (2, 1, 'goals', '2024-03-02T10:30:00.000Z', '', "
            "'2024-03-02T10:30:00.000Z'), (3, 3, 'conversation', "
            "'2024-03-06T18:00:00.000Z', '', '2024-03-06T18:00:00.000Z')");
        sql << QStringLiteral(
            "INSERT INTO incident_follow_ups (id, incident_id, step_id, goal, due_date) VALUES "
            "(1, 1, 2, 'Calls before 8 pm', '2024-03-08'), (2, 1, 2, 'Texts only for "
            "dates', '2024-03-15')");
        sql << QStringLiteral("INSERT INTO incident_follow_up_outcomes (id, follow_up_id, outcome, note, "
                              "recorded_at) VALUES (1, 1, 2, 'Kept to it', '2024-03-08T09:00:00.000Z')");
        sql << QStringLiteral(
            "INSERT INTO practice_resources (id, title, location, boundary_keys, created_at) "
            "VALUES (1, 'Saying no', 'https://example.org/no', 'late_calls gifts', "
            "'2024-03-01T00:00:00.000Z'), (2, 'About gifts', '', ' gifts ', "
            "'2024-03-01T00:00:00.000Z'), (3, 'General', '', '', '2024-03-01T00:00:00.000Z')");
    }
    if (version >= ContractsSince) {
        sql << QStringLiteral(
            "INSERT INTO contracts (id, document_id, client_id, client_name, incident_id, status, "
            "terms_json, "
            "signing_mode, consent_given, consent_text, intent_text, workstation, os_user, created_at, "
            "updated_at) VALUES (1, 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee', 2, 'Eli Undated', 3, 'draft', "
            "'{}', 'electronic', 1, 'consent', 'intent', 'desk', 'dana', '2024-03-07T09:00:00.000Z', "
            "'2024-03-07T09:00:00.000Z')");
        sql << QStringLiteral("INSERT INTO contract_signatures (contract_id, role, method, signer_name, "
                              "signed_at, typed_name) VALUES (1, 'client', 'typed', 'Eli Undated', "
                              "'2024-03-07T09:30:00.000Z', 'Eli Undated')");
        sql << QStringLiteral("INSERT INTO contract_events (contract_id, position, at, kind) VALUES "
                              "(1, 0, '2024-03-07T09:30:00.000Z', 'signed')");
        sql << QStringLiteral(
                   "UPDATE contracts SET status = 'signed', step_id = 3, review_date = '2024-04-07', "
                   "signed_at = '2024-03-07T09:31:00.000Z', pdf_sha256 = '%1', pdf = %2 WHERE id = 1")
                   .arg(sha256Of(ContractPdf), hexOf(ContractPdf));
        // A draft contract without a review date ('').
        sql << QStringLiteral(
            "INSERT INTO contracts (id, document_id, client_id, client_name, incident_id, status, "
            "terms_json, "
            "signing_mode, consent_given, consent_text, intent_text, workstation, os_user, created_at, "
            "updated_at) VALUES (2, 'ffffffff-bbbb-cccc-dddd-eeeeeeeeeeee', 1, 'Dana Started', 1, 'draft', "
            "'{}', 'electronic', 1, 'consent', 'intent', 'desk', 'dana', '2024-03-07T09:00:00.000Z', "
            "'2024-03-07T09:00:00.000Z')");
    }
    sql << QStringLiteral("PRAGMA user_version = %1").arg(version);
    return sql;
}

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Runs raw SQL on a file outside Database, the way the older version did.
    static bool rawSql(const QString &path, const QStringList &statements) {
        const QString name = QStringLiteral("old-program");
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            ok = db.open();
            // A scratch file: no need to wait for the disk after every statement.
            QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = OFF"));
            for (const QString &statement : statements) {
                QSqlQuery query(db);
                if (ok && !query.exec(statement)) {
                    qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                    ok = false;
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    std::unique_ptr<Database> upgradedFrom(int version) {
        const QString path =
            m_dir.filePath(QStringLiteral("schema-%1-%2.sqlite").arg(version).arg(++m_files));
        if (!rawSql(path, schemaUpTo(version) + dataOf(version)))
            return nullptr;
        return test::openDatabase(path);
    }

    static QString refusal(const Database &db, const QString &sql) {
        QSqlQuery query(db.connection());
        return query.exec(sql) ? QString() : query.lastError().text();
    }

    static void addVersions(int since) {
        QTest::addColumn<int>("fromVersion");
        for (int version = since; version < PortableSchema; ++version)
            QTest::addRow("a database of schema %d", version) << version;
    }

    int m_files = 0;

private Q_SLOTS:
    void initTestCase() {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void clientsReadBackAsTheyWere_data() { addVersions(ClientsSince); }
    void clientsReadBackAsTheyWere() {
        QFETCH(int, fromVersion);
        auto db = upgradedFrom(fromVersion);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        const ClientRepository clients(*db);
        const Client started = clients.get(1).value();
        QCOMPARE(started.fullName, QStringLiteral("Dana Started"));
        QCOMPARE(started.email, QStringLiteral("dana@example.org"));
        QCOMPARE(started.status, ClientStatus::Active);
        QCOMPARE(started.startDate, QDate(2024, 1, 15));
        QCOMPARE(started.createdAt, QDateTime(QDate(2024, 1, 10), QTime(8, 0), Qt::UTC));
        QVERIFY(!started.archived);
        const Client undated = clients.get(2).value();
        QVERIFY(!undated.startDate.isValid());
        QCOMPARE(undated.status, ClientStatus::Prospect);
        const Client archived = clients.get(3).value();
        QVERIFY(archived.archived);
        QCOMPARE(archived.startDate, QDate(2023, 5, 1));
        // The register (archived clients left out) and its sort by start date: the unknown date first.
        ClientFilter current;
        QCOMPARE(clients.count(current).value(), 2);
        const QList<ClientListRow> byStart =
            clients.pageAt(current, ClientSort{ClientSortKey::StartDate, Qt::AscendingOrder}, 0, 10).value();
        QCOMPARE(byStart.size(), 2);
        QCOMPARE(byStart.at(0).client.id, 2);
        QCOMPARE(byStart.at(1).client.id, 1);
        if (fromVersion >= PolicySince)
            QCOMPARE(AcknowledgementRepository(*db).acknowledgedVersion(1).value(), 1);
        // The clients kept before practitioners were recorded are the computer's user's, an owner.
        const RecordAuthors authors = PractitionerService(*db).clientAuthors(3).value();
        QCOMPARE(authors.responsible.login, Workstation::osUser());
        QCOMPARE(authors.responsible.role, PracticeRole::Owner);
        QCOMPARE(authors.createdBy.id, authors.responsible.id);
        QCOMPARE(authors.changedBy.id, authors.responsible.id);
        QCOMPARE(PractitionerService(*db).list().value().size(), 1);
        // Schema 22: no saved search index yet; one saved goes with the next client deleted.
        ClientSearchIndex index;
        QVERIFY(clients.loadSearchIndex(index).ok());
        QCOMPARE(index.size(), qsizetype(3));
        QVERIFY(!clients.loadSearchSnapshot().value().has_value());
        QVERIFY(clients.saveSearchSnapshot(index).ok());
        QCOMPARE(clients.loadSearchSnapshot().value()->size(), qsizetype(3));
        const qint64 added = ClientService(*db).add(test::sampleClient(QStringLiteral("Eli New"))).value();
        QCOMPARE(clients.loadSearchSnapshot().value()->size(), qsizetype(3));
        QVERIFY(ClientService(*db).remove(added).ok());
        QVERIFY(!clients.loadSearchSnapshot().value().has_value());
    }

    void signedDocumentsKeepTheirBytes_data() { addVersions(AgreementsSince); }
    void signedDocumentsKeepTheirBytes() {
        QFETCH(int, fromVersion);
        auto db = upgradedFrom(fromVersion);
        QVERIFY(db);
        const AgreementRepository agreements(*db);
        QCOMPARE(agreements.signedPdf(1).value(), AgreementPdf);
        const auto signedAgreement = agreements.findSignedByPdfSha256(sha256Of(AgreementPdf)).value();
        QVERIFY(signedAgreement);
        QCOMPARE(signedAgreement->id, 1);
        QCOMPARE(signedAgreement->signedAt, QDateTime(QDate(2024, 2, 3), QTime(9, 31), Qt::UTC));
        const QList<AgreementSummary> all = agreements.list().value();
        QCOMPARE(all.size(), 2);
        for (const AgreementSummary &summary : all) {
            if (summary.id == 2) {
                QVERIFY(!summary.signedAt.isValid());
                QVERIFY(summary.pdfSha256.isEmpty());
                QCOMPARE(summary.state, AgreementState::Draft); // not discarded by the upgrade
            }
        }
        QCOMPARE(agreements.stateFor(2).value().draftId, 2);
        // The rows that gained the discard columns are recorded anew: the audit trail still verifies.
        const Result<AuditTrail::Report> audit = AuditTrail(*db).verify({});
        QVERIFY(audit.ok());
        QVERIFY2(audit.value().intact(), qPrintable(audit.value().problems.join(QLatin1Char('\n'))));
        if (fromVersion < ContractsSince)
            return;
        const ContractRepository contracts(*db);
        QCOMPARE(contracts.signedPdf(1).value(), ContractPdf);
        const auto signedContract = contracts.findSignedByPdfSha256(sha256Of(ContractPdf)).value();
        QVERIFY(signedContract);
        QCOMPARE(signedContract->reviewDate, QDate(2024, 4, 7));
        QCOMPARE(signedContract->stepId, 3);
        const QList<ContractSummary> allContracts = contracts.list().value();
        QCOMPARE(allContracts.size(), 2);
        for (const ContractSummary &summary : allContracts) {
            if (summary.id == 2) {
                QVERIFY(!summary.reviewDate.isValid());
                QVERIFY(!summary.signedAt.isValid());
            }
        }
    }

    void signedRecordsStayUnchangeable_data() { addVersions(AgreementsSince); }
    void signedRecordsStayUnchangeable() {
        QFETCH(int, fromVersion);
        auto db = upgradedFrom(fromVersion);
        QVERIFY(db);
        QVERIFY(
            !refusal(*db, QStringLiteral("UPDATE agreements SET client_name = 'x' WHERE id = 1")).isEmpty());
        QVERIFY(!refusal(*db, QStringLiteral("DELETE FROM agreements WHERE id = 1")).isEmpty());
        QVERIFY(!refusal(*db, QStringLiteral("UPDATE agreement_discussions SET questions = 'x'")).isEmpty());
        QVERIFY(!refusal(*db, QStringLiteral("DELETE FROM agreement_signatures WHERE agreement_id = 1"))
                     .isEmpty());
        QVERIFY(
            !refusal(*db, QStringLiteral("INSERT INTO agreement_events (agreement_id, position, at, kind) "
                                         "VALUES (1, 9, '2024-05-01T00:00:00.000Z', 'late')"))
                 .isEmpty());
        QVERIFY(
            !refusal(*db, QStringLiteral("INSERT INTO policy_version_boundaries VALUES (1, 5, 'new', 'New', "
                                         "'', '', '')"))
                 .isEmpty());
        // The draft stays a draft: its rows can still change.
        QVERIFY2(
            refusal(*db, QStringLiteral("INSERT INTO agreement_events (agreement_id, position, at, kind) "
                                        "VALUES (2, 0, '2024-05-01T00:00:00.000Z', 'edited')"))
                .isEmpty(),
            "a draft's timeline can still grow");
        if (fromVersion < IncidentsSince)
            return;
        QVERIFY(!refusal(*db, QStringLiteral("UPDATE incident_steps SET note = 'x' WHERE id = 1")).isEmpty());
        QVERIFY(!refusal(*db, QStringLiteral("DELETE FROM incident_follow_ups WHERE id = 1")).isEmpty());
        QVERIFY(!refusal(*db, QStringLiteral("UPDATE incident_follow_up_outcomes SET note = 'x'")).isEmpty());
        if (fromVersion < ContractsSince)
            return;
        QVERIFY(
            !refusal(*db, QStringLiteral("UPDATE contracts SET background = 'x' WHERE id = 1")).isEmpty());
        QVERIFY(!refusal(*db, QStringLiteral("UPDATE contract_signatures SET signer_name = 'x'")).isEmpty());
        QVERIFY(!refusal(*db, QStringLiteral("DELETE FROM contract_events WHERE contract_id = 1")).isEmpty());
        QVERIFY(!refusal(*db, QStringLiteral("DELETE FROM incidents WHERE id = 3")).isEmpty());
    }

    void incidentsReadBackAsTheyWere_data() { addVersions(IncidentsSince); }
    void incidentsReadBackAsTheyWere() {
        QFETCH(int, fromVersion);
        auto db = upgradedFrom(fromVersion);
        QVERIFY(db);
        const IncidentRepository incidents(*db);
        const Incident due = incidents.get(1).value();
        QCOMPARE(due.occurredAt, QDateTime(QDate(2024, 3, 1), QTime(21, 30), Qt::UTC));
        QCOMPARE(due.severity, Severity::Major);
        QVERIFY(due.outsideHours);
        QCOMPARE(due.nextDue, QDate(2024, 3, 8));
        QCOMPARE(due.nextAction, QStringLiteral("goals"));
        QCOMPARE(due.status, IncidentStatus::Open);
        QVERIFY(!due.closedAt.isValid());
        const Incident nothingDue = incidents.get(2).value();
        QVERIFY(!nothingDue.nextDue.isValid());
        QCOMPARE(nothingDue.crossedBy, CrossedBy::Practitioner);
        QVERIFY(nothingDue.outsideChannel);
        const Incident closed = incidents.get(3).value();
        QCOMPARE(closed.status, IncidentStatus::Closed);
        QCOMPARE(closed.closedAt, QDateTime(QDate(2024, 3, 7), QTime(12, 20), Qt::UTC));
        QCOMPARE(closed.outcome, QStringLiteral("Talked it over"));
        QCOMPARE(incidents.steps(1).value().size(), 2);
        const QList<FollowUp> goals = incidents.followUps(1).value();
        QCOMPARE(goals.size(), 2);
        QCOMPARE(goals.at(0).due, QDate(2024, 3, 8));
        QCOMPARE(goals.at(1).goal, QStringLiteral("Texts only for dates"));
        const QList<FollowUpOutcome> outcomes = incidents.outcomes(1).value();
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.at(0).result, FollowUpResult(2));
        // The dashboard's stored values: 26 hours to resolution; 24 hours after the occurrence.
        QSqlQuery stored(db->connection());
        QVERIFY(stored.exec(
            QStringLiteral("SELECT id, resolution_hours, address_deadline FROM incidents ORDER BY id")));
        QVERIFY(stored.next());
        QVERIFY(stored.value(1).isNull());
        QCOMPARE(stored.value(2).toString(), QStringLiteral("2024-03-02T21:30:00.000Z"));
        QVERIFY(stored.next());
        QVERIFY(stored.next());
        QCOMPARE(stored.value(1).toLongLong(), 26);
        // The incident list counts its rows from the counts kept per client (020), made from what is there.
        QSqlQuery kept(db->connection());
        QVERIFY(kept.exec(QStringLiteral("SELECT k.client_id, k.incidents, (SELECT count(*) FROM incidents i "
                                         "WHERE i.client_id = k.client_id) FROM client_incident_counts k")));
        int clients = 0;
        for (; kept.next(); ++clients)
            QCOMPARE(kept.value(1).toLongLong(), kept.value(2).toLongLong());
        QVERIFY(kept.exec(QStringLiteral("SELECT count(DISTINCT client_id) FROM incidents")) && kept.next());
        QCOMPARE(clients, kept.value(0).toInt());
        QVERIFY(clients > 0);
    }

    void resourcesKeepTheirBoundaries_data() { addVersions(IncidentsSince); }
    void resourcesKeepTheirBoundaries() {
        QFETCH(int, fromVersion);
        auto db = upgradedFrom(fromVersion);
        QVERIFY(db);
        const ResourceRepository resources(*db);
        const QList<PracticeResource> all = resources.resources().value();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).title, QStringLiteral("About gifts"));
        QCOMPARE(all.at(0).boundaryKeys, QStringList{QStringLiteral("gifts")});
        QCOMPARE(all.at(1).title, QStringLiteral("General"));
        QVERIFY(all.at(1).boundaryKeys.isEmpty());
        QCOMPARE(all.at(2).boundaryKeys,
                 (QStringList{QStringLiteral("late_calls"), QStringLiteral("gifts")}));
        const QList<PracticeResource> gifts = resources.resources(QStringLiteral("gifts")).value();
        QCOMPARE(gifts.size(), 2);
        QCOMPARE(gifts.at(1).boundaryKeys.size(), 2);
        QCOMPARE(resources.resources(QStringLiteral("late_calls")).value().size(), 1);
        QVERIFY(resources.resources(QStringLiteral("late")).value().isEmpty());
    }

    void noEmptyTextStandsForAnUnknownTime_data() { addVersions(ClientsSince); }
    void noEmptyTextStandsForAnUnknownTime() {
        QFETCH(int, fromVersion);
        auto db = upgradedFrom(fromVersion);
        QVERIFY(db);
        // Every date or time column of the schema, found by its name.
        QSqlQuery columns(db->connection());
        QVERIFY(columns.exec(QStringLiteral("SELECT m.name, p.name FROM sqlite_schema m JOIN "
                                            "pragma_table_info(m.name) p WHERE m.type = 'table' "
                                            "AND (p.name LIKE '%\\_at' ESCAPE '\\' OR p.name LIKE '%\\_date' "
                                            "ESCAPE '\\' OR p.name = 'next_due' "
                                            "OR p.name = 'address_deadline')")));
        int checked = 0;
        while (columns.next()) {
            const QString table = columns.value(0).toString();
            const QString column = columns.value(1).toString();
            QSqlQuery empty(db->connection());
            QVERIFY(empty.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ''").arg(table, column)));
            QVERIFY(empty.next());
            QVERIFY2(empty.value(0).toInt() == 0, qPrintable(table + QLatin1Char('.') + column));
            ++checked;
        }
        QVERIFY(checked >= 20);
    }

    void upgradeChecksEveryForeignKey() {
        // A row left pointing nowhere by an older program (written with keys off) stops the upgrade, and the
        // file keeps its version.
        const QString path = m_dir.filePath(QStringLiteral("dangling.sqlite"));
        QStringList statements = schemaUpTo(IncidentsSince) + dataOf(IncidentsSince);
        statements.insert(
            statements.size() - 1,
            QStringLiteral("INSERT INTO incidents (client_id, occurred_at, channel, boundary_key, "
                           "description, created_at, updated_at) VALUES (99, "
                           "'2024-03-01T00:00:00.000Z', 'phone', 'x', 'Orphan', "
                           "'2024-03-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z')"));
        QVERIFY(rawSql(path, statements));
        const auto refused = Database::open(path);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("incidents")),
                 qPrintable(refused.error().message));
        QVERIFY(rawSql(path, {}));
        {
            QSqlDatabase check =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            check.setDatabaseName(path);
            QVERIFY(check.open());
            QSqlQuery query(check);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
            QCOMPARE(query.value(0).toInt(), IncidentsSince);
            QVERIFY(
                query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'contracts'")) &&
                query.next());
            QCOMPARE(query.value(0).toInt(), 0);
            check.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void dueMovesOfSchema15BelongToTheActionTheyMoved() {
        // A practice as schema 15 left it: an incident with two goals due on 10 December, the first one moved
        // to 16 December out of a period of reduced availability, and a reflection entry.
        const QString path = m_dir.filePath(QStringLiteral("schema-15-moves.sqlite"));
        QStringList statements = schemaUpTo(15);
        statements << QStringLiteral(
            "INSERT INTO clients (id, full_name, created_at, updated_at, name_key, search_key) VALUES "
            "(1, 'Gil Moved', '2026-11-01T08:00:00.000Z', '2026-11-01T08:00:00.000Z', 'gil moved', 'gil "
            "moved')");
        statements << QStringLiteral("PRAGMA application_id = 1112237424");
        statements << QStringLiteral(
            "INSERT INTO incidents (id, client_id, occurred_at, channel, boundary_key, description, status, "
            "current_step, next_action, next_due, created_at, updated_at, address_deadline) VALUES (1, 1, "
            "'2026-12-01T09:00:00.000Z', 'phone', 'after_hours_contact', 'Late call', 0, 'goals', "
            "'Follow up on the goal: Texts only in hours', '2026-12-16', '2026-12-01T09:10:00.000Z', "
            "'2026-12-02T08:00:00.000Z', '2026-12-02T09:00:00.000Z')");
        statements << QStringLiteral(
            "INSERT INTO incident_steps (id, incident_id, step_key, happened_at, recorded_at) VALUES "
            "(1, 1, 'goals', '2026-12-01T10:00:00.000Z', '2026-12-01T10:00:00.000Z')");
        statements << QStringLiteral(
            "INSERT INTO incident_follow_ups (id, incident_id, step_id, goal, due_date) VALUES "
            "(1, 1, 1, 'Texts only in hours', '2026-12-10'), (2, 1, 1, 'Book sessions by email', "
            "'2026-12-10')");
        statements << QStringLiteral(
            "INSERT INTO availability_periods (id, starts_on, ends_on, no_sessions, slower_replies, reason, "
            "created_at) VALUES (1, '2026-12-08', '2026-12-14', 1, 0, 'illness', "
            "'2026-12-02T08:00:00.000Z')");
        statements << QStringLiteral(
            "INSERT INTO incident_due_moves (id, incident_id, period_id, original_due, moved_to, moved_at) "
            "VALUES (1, 1, 1, '2026-12-10', '2026-12-16', '2026-12-02T08:00:00.000Z')");
        statements << QStringLiteral(
            "INSERT INTO reflection_entries (id, client_id, entry_date, serves_client, relevant_to_goal, "
            "brief, "
            "focus_returns, comfortable_in_record, recommendation, decision, recorded_at) VALUES (1, 1, "
            "'2026-12-01', 0, 0, 1, 1, 1, 'better_not', 'held_back', '2026-12-01T12:00:00.000Z')");
        statements << QStringLiteral("PRAGMA user_version = 15");
        test::rawSql(path, statements);

        auto db = test::openDatabase(path);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        const QList<DueMove> moves = IncidentRepository(*db).dueMoves(1).value();
        QCOMPARE(moves.size(), 1);
        QCOMPARE(moves.first().followUpId, 1);
        QCOMPARE(moves.first().stepId, 1);
        QCOMPARE(moves.first().originalDue, QDate(2026, 12, 10));
        const IncidentService incidents(*db);
        QCOMPARE(incidents.position(1).value().nextDue, QDate(2026, 12, 16));
        // Once the moved goal has its outcome, the other goal due on the same day keeps its own date.
        const Result<qint64> met = incidents.recordFollowUpOutcome(1, FollowUpResult::Met, QString());
        QVERIFY2(met.ok(), met.ok() ? "" : qPrintable(met.error().message));
        QCOMPARE(IncidentRepository(*db).get(1).value().nextDue, QDate(2026, 12, 10));

        // The upgrade is in the audit trail, which still verifies: the moves' new state, the reflection
        // entry.
        const Result<AuditTrail::Report> report = AuditTrail(*db).verify({});
        QVERIFY(report.ok());
        QVERIFY2(report.value().intact(), qPrintable(report.value().problems.join(QLatin1Char('\n'))));
        QSqlQuery events(db->connection());
        QVERIFY(events.exec(QStringLiteral("SELECT action FROM audit_events WHERE table_name = "
                                           "'reflection_entries' AND record = '1' ORDER BY seq")));
        QVERIFY(events.next());
        QCOMPARE(events.value(0).toString(), QStringLiteral("baseline"));
    }

    void publishedVersionsKeepTheirHashWhenTextsGetLanguages() {
        // The schema just before policies had texts in several languages (found by name: migrations are
        // numbered when they are merged).
        const QStringList files =
            QDir(QStringLiteral(":/sql/sqlite")).entryList({QStringLiteral("*_document_language.sql")});
        QCOMPARE(files.size(), 1);
        const int before = files.first().section(QLatin1Char('_'), 0, 0).toInt() - 1;
        QVERIFY(before >= PortableSchema);

        // A version as that program published it: format 1, hashed over the one language it had.
        PolicyDocument document;
        document.boundaries = {{QStringLiteral("late_calls"), QStringLiteral("Late calls"),
                                QStringLiteral("No calls after 18:00."), QStringLiteral("Email instead."),
                                QStringLiteral("We talk about it."), false}};
        document.ladder = {{QStringLiteral("conversation"), QStringLiteral("Conversation"),
                            QStringLiteral("A private talk.")}};
        const QByteArray canonical = PolicyCanonical::text(document);
        const QString sha256 = PolicyCanonical::sha256(canonical);
        QVERIFY(canonical.contains("boundary-keeper-policy/1"));
        const QStringList data{
            QStringLiteral("PRAGMA application_id = 1112237424"),
            QStringLiteral(
                "INSERT INTO clients (id, full_name, status, created_at, updated_at, archived, name_key, "
                "search_key) VALUES (1, 'Dana Started', 2, '2024-01-10T08:00:00.000Z', "
                "'2024-01-10T08:00:00.000Z', 0, 'dana started', 'dana started')"),
            QStringLiteral("INSERT INTO policy_version_boundaries VALUES (1, 0, 'late_calls', 'Late calls', "
                           "'No calls after 18:00.', 'Email instead.', 'We talk about it.')"),
            QStringLiteral("INSERT INTO policy_version_ladder VALUES (1, 0, 'conversation', 'Conversation', "
                           "'A private talk.')"),
            QStringLiteral("INSERT INTO policy_versions VALUES (1, '2024-02-01T00:00:00.000Z', '%1', '%2')")
                .arg(sha256, QString::fromUtf8(canonical).replace(QLatin1Char('\''), QStringLiteral("''"))),
            QStringLiteral("PRAGMA user_version = %1").arg(before)};
        const QString path = m_dir.filePath(QStringLiteral("before-languages.sqlite"));
        QVERIFY(rawSql(path, schemaUpTo(before) + data));
        const auto db = test::openDatabase(path);
        QVERIFY(db);

        const PolicyService policy(*db);
        const Result<PolicyVersion> stored = policy.version(1);
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
        QCOMPARE(stored.value().canonicalText, canonical);
        QCOMPARE(stored.value().sha256, sha256);
        QVERIFY(policy.verify(1).value());
        // Its texts are the practice's language; the client's documents start in English, the column's
        // default.
        QCOMPARE(stored.value().document.languages(), QStringList{stored.value().document.language});
        QCOMPARE(ClientService(*db).get(1).value().documentLanguage, QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_Migrations.moc"
