// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
// The practice server enforces who may see and do what by itself: practitioners added through
// PractitionerService connect as their own PostgreSQL roles with plain SQL, and see exactly what README's
// "Who may do what" says.
#include "app/agreements/AgreementService.h"
#include "app/audit/AuditTrail.h"
#include "app/clients/ClientSearchIndex.h"
#include "app/clients/ClientService.h"
#include "app/common/Clock.h"
#include "app/common/PrivateFile.h"
#include "app/incidents/IncidentTableModel.h"
#include "app/policy/PolicyService.h"
#include "app/practitioner/PractitionerService.h"
#include "app/storage/ClientRepository.h"
#include "app/storage/Database.h"
#include "tests/core/AgreementFixture.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

using namespace bk;

class TestPractitionerAccess : public QObject {
    Q_OBJECT

    // Declared first, destroyed last: after the database that holds grants to the roles.
    test::ServerRoles m_roles;
    std::unique_ptr<test::PostgresDatabase> m_server;
    std::unique_ptr<Database> m_owner;
    QString m_suffix;
    qint64 m_annasClient = 0;
    qint64 m_bensClient = 0;

    QString login(const QString &name) const { return name + QLatin1Char('_') + m_suffix; }
    static QString password(const QString &login) { return QStringLiteral("pw-") + login; }

    // A plain connection as `name`'s own role with their password, as psql would make it.
    QSqlDatabase connectAs(const QString &name) {
        const QString connection = QStringLiteral("as-") + name;
        QSqlDatabase db = QSqlDatabase::contains(connection)
                              ? QSqlDatabase::database(connection, false)
                              : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setDatabaseName(m_server->name());
        db.setUserName(login(name));
        db.setPassword(password(login(name)));
        if (!db.isOpen() && !db.open())
            qWarning("%s", qPrintable(db.lastError().text()));
        return db;
    }

    // The ids `sql` returns, in order; {-1} when the server refused it, with its SQLSTATE in `state`.
    static QList<qint64> ids(QSqlDatabase db, const QString &sql, QString *state = nullptr) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            if (state)
                *state = query.lastError().nativeErrorCode();
            return {-1};
        }
        QList<qint64> ids;
        while (query.next())
            ids.append(query.value(0).toLongLong());
        return ids;
    }

    QString urlAs(const QString &name) const {
        return QStringLiteral("postgresql://%1:%2@/%3")
            .arg(login(name), QString::fromLatin1(QUrl::toPercentEncoding(password(login(name)))),
                 m_server->name());
    }

private Q_SLOTS:
    void initTestCase() {
        test::initTestEnvironment();
        BK_REQUIRE_POSTGRES();
        m_server = std::make_unique<test::PostgresDatabase>();
        QVERIFY2(m_server->error().isEmpty(), qPrintable(m_server->error()));
        m_suffix = m_server->name().right(10);
        for (const QString &name : {QStringLiteral("anna"), QStringLiteral("ben"), QStringLiteral("cara")})
            m_roles.names.append(login(name));
        for (const QString &kind :
             {QStringLiteral("owner"), QStringLiteral("practitioner"), QStringLiteral("administrator")})
            m_roles.names.append(QStringLiteral("bk_%1_%2").arg(m_server->name(), kind));

        // The role that creates the practice is its first owner, and adds the others.
        Result<std::unique_ptr<Database>> owner =
            Database::open(QStringLiteral("postgresql:///") + m_server->name());
        QVERIFY2(owner.ok(), owner.ok() ? "" : qPrintable(owner.error().message));
        m_owner = std::move(owner).value();
        const PractitionerService practitioners(*m_owner);
        QCOMPARE(practitioners.signedIn().value().role, PracticeRole::Owner);
        for (const auto &[name, role] : {std::pair{QStringLiteral("anna"), PracticeRole::Practitioner},
                                         std::pair{QStringLiteral("ben"), PracticeRole::Practitioner},
                                         std::pair{QStringLiteral("cara"), PracticeRole::Administrator}}) {
            const Result<qint64> added = practitioners.add({login(name), name, role, password(login(name))});
            QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
        }
        // The server was sent the password's hash only, never the password.
        const QList<qint64> hashed =
            ids(m_owner->connection(), QStringLiteral("SELECT count(*) FROM pg_authid WHERE rolname = '%1' "
                                                      "AND rolpassword LIKE 'SCRAM-SHA-256$%'")
                                           .arg(login(QStringLiteral("anna"))));
        QCOMPARE(hashed, QList<qint64>{1});
        const ClientService clients(*m_owner);
        m_annasClient = clients.add(test::sampleClient(QStringLiteral("Amelia Hartley"))).value();
        m_bensClient = clients.add(test::sampleClient(QStringLiteral("Bruno Keller"))).value();
        QVERIFY(practitioners.handOver(m_annasClient, login(QStringLiteral("anna"))).ok());
        QVERIFY(practitioners.handOver(m_bensClient, login(QStringLiteral("ben"))).ok());
        const QDateTime at(QDate(2026, 11, 20), QTime(21, 30), Qt::UTC);
        QVERIFY(test::logIncident(*m_owner, test::afterHoursCall(m_annasClient, at)) > 0);
        QVERIFY(test::logIncident(*m_owner, test::afterHoursCall(m_bensClient, at)) > 0);
    }

    void cleanupTestCase() {
        m_owner.reset();
        for (const QString &name : {QStringLiteral("anna"), QStringLiteral("ben"), QStringLiteral("cara")}) {
            QSqlDatabase::database(QStringLiteral("as-") + name, false).close();
            QSqlDatabase::removeDatabase(QStringLiteral("as-") + name);
        }
        m_server.reset();
    }

    void aPractitionerSeesOnlyTheirOwnClientsThroughPlainSql() {
        QSqlDatabase anna = connectAs(QStringLiteral("anna"));
        QVERIFY(anna.isOpen());
        QCOMPARE(ids(anna, QStringLiteral("SELECT id FROM clients ORDER BY id")),
                 QList<qint64>{m_annasClient});
        QCOMPARE(ids(anna, QStringLiteral("SELECT client_id FROM incidents ORDER BY id")),
                 QList<qint64>{m_annasClient});
        QCOMPARE(ids(anna, QStringLiteral("SELECT id FROM clients WHERE id = %1").arg(m_bensClient)),
                 QList<qint64>{});
        // The owner's private reflection is not hers to read.
        QCOMPARE(
            ids(m_owner->connection(),
                QStringLiteral("INSERT INTO reflection_entries (entry_date, recommendation, decision, "
                               "recorded_at, created_by) VALUES ('2026-11-21', 'better_not', 'held_back', "
                               "now(), bk_current_practitioner()) RETURNING created_by")),
            QList<qint64>{m_owner->practitionerId()});
        QCOMPARE(ids(anna, QStringLiteral("SELECT id FROM reflection_entries")), QList<qint64>{});
        // Neither can she change or hand over what she cannot see.
        QCOMPARE(ids(anna, QStringLiteral("UPDATE clients SET notes = 'x' WHERE id = %1 RETURNING id")
                               .arg(m_bensClient)),
                 QList<qint64>{});
    }

    void theOwnerSeesEverything() {
        QCOMPARE(ids(m_owner->connection(), QStringLiteral("SELECT id FROM clients ORDER BY id")),
                 (QList<qint64>{m_annasClient, m_bensClient}));
        QCOMPARE(ClientService(*m_owner).count({}).value(), 2);
    }

    void aSharedClientBecomesVisibleWithEverythingThatBelongsToIt() {
        const PractitionerService practitioners(*m_owner);
        QVERIFY(practitioners.share(m_bensClient, login(QStringLiteral("anna"))).ok());
        QSqlDatabase anna = connectAs(QStringLiteral("anna"));
        QCOMPARE(ids(anna, QStringLiteral("SELECT id FROM clients ORDER BY id")),
                 (QList<qint64>{m_annasClient, m_bensClient}));
        QCOMPARE(ids(anna, QStringLiteral("SELECT client_id FROM incidents ORDER BY client_id")),
                 (QList<qint64>{m_annasClient, m_bensClient}));
        // Shared is not hers: she cannot hand it over, whatever SQL she sends.
        QString state;
        QCOMPARE(ids(anna,
                     QStringLiteral("UPDATE clients SET responsible_practitioner_id = "
                                    "(SELECT id FROM practitioners WHERE login = current_user) WHERE id = %1")
                         .arg(m_bensClient),
                     &state),
                 QList<qint64>{-1});
        QCOMPARE(state, QStringLiteral("P0001"));

        QVERIFY(practitioners.unshare(m_bensClient, login(QStringLiteral("anna"))).ok());
        QCOMPARE(ids(anna, QStringLiteral("SELECT id FROM clients ORDER BY id")),
                 QList<qint64>{m_annasClient});
        QCOMPARE(ids(anna, QStringLiteral("SELECT client_id FROM incidents")), QList<qint64>{m_annasClient});
    }

    void onlyAnOwnerPublishesThePolicy() {
        QString state;
        QCOMPARE(
            ids(connectAs(QStringLiteral("anna")),
                QStringLiteral("INSERT INTO policy_versions (version, published_at, sha256, canonical_text) "
                               "VALUES (1, now(), repeat('a', 64), 'x') RETURNING version"),
                &state),
            QList<qint64>{-1});
        QCOMPARE(state, QStringLiteral("42501"));

        // The application says so in words, and the owner publishes.
        Result<std::unique_ptr<Database>> asAnna = Database::open(urlAs(QStringLiteral("anna")));
        QVERIFY2(asAnna.ok(), asAnna.ok() ? "" : qPrintable(asAnna.error().message));
        const Result<PolicyVersion> refused = PolicyService(*asAnna.value()).publish();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
        QVERIFY(PolicyService(*m_owner).publish().ok());
    }

    // The trail's head goes into every signed document: a practitioner reads it (events hold digests and
    // references, never text), checks the whole chain, and still cannot write or change an event.
    void aPractitionerSignsAnAgreementThatCarriesTheTrailsHead() {
        test::AgreementFixture fixture;
        Result<std::unique_ptr<Database>> asAnna = Database::open(urlAs(QStringLiteral("anna")));
        QVERIFY2(asAnna.ok(), asAnna.ok() ? "" : qPrintable(asAnna.error().message));
        fixture.db = std::move(asAnna).value();
        fixture.clientId = m_annasClient;
        const Result<Agreement> started = AgreementService(*fixture.db).start(m_annasClient);
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
        const Result<AuditHead> headBefore = AuditTrail(*fixture.db).head();
        QVERIFY2(headBefore.ok(), headBefore.ok() ? "" : qPrintable(headBefore.error().message));
        const Result<Agreement> signedAgreement =
            AgreementService(*fixture.db).finalise(test::completeAgreement(fixture));
        QVERIFY2(signedAgreement.ok(),
                 signedAgreement.ok() ? "" : qPrintable(signedAgreement.error().message));
        // Her copy carries the head of the trail as it was when she signed.
        QTemporaryDir folder;
        const QString copy = folder.filePath(QStringLiteral("agreement.pdf"));
        QVERIFY(PrivateFile::save(signedAgreement.value().pdf, copy).ok());
        const Result<AuditTrail::Anchor> anchor = AuditTrail::anchorIn(copy);
        QVERIFY2(anchor.ok(), anchor.ok() ? "" : qPrintable(anchor.error().message));
        QCOMPARE(anchor.value().head.seq, headBefore.value().seq);
        QCOMPARE(anchor.value().head.hash, headBefore.value().hash);
        // She checks the trail: the chain and what she can see of it are intact.
        const Result<AuditTrail::Report> checked = AuditTrail(*fixture.db).verify({anchor.value()});
        QVERIFY2(checked.ok(), checked.ok() ? "" : qPrintable(checked.error().message));
        QVERIFY2(checked.value().intact(), qPrintable(checked.value().problems.join(QLatin1Char('\n'))));

        // What the check reads with the owner's rights names records by their keys only, of audited tables
        // only.
        QCOMPARE(ids(connectAs(QStringLiteral("anna")),
                     QStringLiteral(
                         "SELECT CAST(record AS bigint) FROM bk_audited_records('clients') ORDER BY 1")),
                 (QList<qint64>{m_annasClient, m_bensClient}));
        QString state;
        QCOMPARE(ids(connectAs(QStringLiteral("anna")),
                     QStringLiteral("SELECT 1 FROM bk_audited_records('pg_authid')"), &state),
                 QList<qint64>{-1});
        QCOMPARE(state, QStringLiteral("P0001"));
        QCOMPARE(ids(connectAs(QStringLiteral("anna")),
                     QStringLiteral("DELETE FROM audit_events RETURNING seq"), &state),
                 QList<qint64>{-1});
        QCOMPARE(state, QStringLiteral("42501"));
    }

    // Every table of the practice, new ones included, is readable to a practitioner (row-level security
    // narrows what they see) and, but for client content, to an administrator: a table left out of the grants
    // fails the work that reads it for everyone but an owner.
    void everyTableIsGrantedToEveryRole() {
        const QStringList clientContent = {QStringLiteral("clients"),
                                           QStringLiteral("client_shares"),
                                           QStringLiteral("client_incident_counts"),
                                           QStringLiteral("policy_acknowledgements"),
                                           QStringLiteral("agreements"),
                                           QStringLiteral("agreement_discussions"),
                                           QStringLiteral("agreement_signatures"),
                                           QStringLiteral("agreement_events"),
                                           QStringLiteral("incidents"),
                                           QStringLiteral("incident_steps"),
                                           QStringLiteral("incident_follow_ups"),
                                           QStringLiteral("incident_follow_up_outcomes"),
                                           QStringLiteral("contracts"),
                                           QStringLiteral("contract_signatures"),
                                           QStringLiteral("contract_events"),
                                           QStringLiteral("reflection_entries"),
                                           QStringLiteral("availability_periods"),
                                           QStringLiteral("availability_notices"),
                                           QStringLiteral("incident_due_moves"),
                                           QStringLiteral("monthly_reflections"),
                                           QStringLiteral("client_search_snapshots")};
        QSqlQuery tables(m_owner->connection());
        QVERIFY(tables.exec(
            QStringLiteral("SELECT table_name, has_table_privilege(:anna, table_name, 'SELECT'), "
                           "has_table_privilege(:cara, table_name, 'SELECT') FROM "
                           "information_schema.tables WHERE table_schema = current_schema() "
                           "ORDER BY table_name")
                .replace(QStringLiteral(":anna"), QStringLiteral("'%1'").arg(login(QStringLiteral("anna"))))
                .replace(QStringLiteral(":cara"),
                         QStringLiteral("'%1'").arg(login(QStringLiteral("cara"))))));
        int seen = 0;
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            ++seen;
            QVERIFY2(tables.value(1).toBool(), qPrintable(table));
            QVERIFY2(tables.value(2).toBool() != clientContent.contains(table), qPrintable(table));
        }
        QVERIFY(seen > clientContent.size());
    }

    // The saved search index holds the names a role sees: each role reads and writes its own copy only, and
    // erasing or deleting a client, by whoever may, deletes every role's copy.
    void eachRoleHasItsOwnSavedSearchIndex() {
        for (const QString &name : {QStringLiteral("anna"), QStringLiteral("ben")}) {
            Result<std::unique_ptr<Database>> opened = Database::open(urlAs(name));
            QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
            const ClientRepository clients(*opened.value());
            ClientSearchIndex index;
            QVERIFY(clients.loadSearchIndex(index).ok());
            QCOMPARE(index.size(), qsizetype(1));
            const Status saved = clients.saveSearchSnapshot(index);
            QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
            const Result<std::optional<ClientSearchIndex>> read = clients.loadSearchSnapshot();
            QVERIFY(read.ok() && read.value());
            QCOMPARE(read.value()->size(), qsizetype(1));
        }
        QCOMPARE(ids(m_owner->connection(), QStringLiteral("SELECT count(*) FROM client_search_snapshots")),
                 QList<qint64>{2});

        QSqlDatabase anna = connectAs(QStringLiteral("anna"));
        QVERIFY(anna.isOpen());
        const QString bens = QStringLiteral("'%1'").arg(login(QStringLiteral("ben")));
        QCOMPARE(ids(anna, QStringLiteral("SELECT count(*) FROM client_search_snapshots")), QList<qint64>{1});
        QCOMPARE(ids(anna, QStringLiteral("SELECT count(*) FROM client_search_snapshots WHERE role_name = %1")
                               .arg(bens)),
                 QList<qint64>{0});
        QCOMPARE(
            ids(anna, QStringLiteral("UPDATE client_search_snapshots SET changes_seen = 0 WHERE role_name = "
                                     "%1 RETURNING changes_seen")
                          .arg(bens)),
            QList<qint64>{});
        QCOMPARE(
            ids(anna, QStringLiteral("DELETE FROM client_search_snapshots WHERE role_name = %1 RETURNING "
                                     "changes_seen")
                          .arg(bens)),
            QList<qint64>{});
        QString state;
        QCOMPARE(
            ids(anna,
                QStringLiteral("INSERT INTO client_search_snapshots (role_name, changes_seen, data) VALUES "
                               "(%1, 0, '') RETURNING changes_seen")
                    .arg(bens),
                &state),
            QList<qint64>{-1});
        QCOMPARE(state, QStringLiteral("42501"));
        QCOMPARE(ids(m_owner->connection(), QStringLiteral("SELECT count(*) FROM client_search_snapshots")),
                 QList<qint64>{2});

        // Anna deletes a client of her own: Ben's copy goes too, in her transaction.
        Result<std::unique_ptr<Database>> asAnna = Database::open(urlAs(QStringLiteral("anna")));
        QVERIFY2(asAnna.ok(), asAnna.ok() ? "" : qPrintable(asAnna.error().message));
        const ClientService annasClients(*asAnna.value());
        const Result<qint64> added = annasClients.add(test::sampleClient(QStringLiteral("Tessa Brandt")));
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
        const Status removed = annasClients.remove(added.value());
        QVERIFY2(removed.ok(), removed.ok() ? "" : qPrintable(removed.error().message));
        QCOMPARE(ids(m_owner->connection(), QStringLiteral("SELECT count(*) FROM client_search_snapshots")),
                 QList<qint64>{0});
    }

    void anAdministratorSeesNoClientContent() {
        QSqlDatabase cara = connectAs(QStringLiteral("cara"));
        QVERIFY(cara.isOpen());
        for (const QString &table : {QStringLiteral("clients"), QStringLiteral("incidents"),
                                     QStringLiteral("agreements"), QStringLiteral("incident_steps")}) {
            QString state;
            QCOMPARE(ids(cara, QStringLiteral("SELECT 1 FROM ") + table, &state), QList<qint64>{-1});
            QCOMPARE(state, QStringLiteral("42501"));
        }
        // The practice's settings and who works in it are hers to read.
        QCOMPARE(ids(cara, QStringLiteral("SELECT count(*) FROM practitioners")), QList<qint64>{4});
    }

    void theApplicationSignedInAsAPractitionerShowsWhatTheServerAllows() {
        Result<std::unique_ptr<Database>> opened = Database::open(urlAs(QStringLiteral("anna")));
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        const Database &asAnna = *opened.value();
        const PractitionerService practitioners(asAnna);
        QCOMPARE(practitioners.signedIn().value().login, login(QStringLiteral("anna")));
        QCOMPARE(ClientService(asAnna).count({}).value(), 1);
        QCOMPARE(ClientService(asAnna).get(m_bensClient).error().kind, Error::Kind::NotFound);

        // She adds a client of her own: she is responsible, created and changed it.
        const Result<qint64> added =
            ClientService(asAnna).add(test::sampleClient(QStringLiteral("Chiara Neri")));
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
        const RecordAuthors authors = practitioners.clientAuthors(added.value()).value();
        QCOMPARE(authors.responsible.login, login(QStringLiteral("anna")));
        QCOMPARE(authors.createdBy.login, login(QStringLiteral("anna")));
        QCOMPARE(authors.changedBy.login, login(QStringLiteral("anna")));

        // Managing practitioners is an owner's task.
        const Result<qint64> refused =
            practitioners.add({QStringLiteral("dora"), QString(), PracticeRole::Owner, QStringLiteral("x")});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Forbidden);

        // She passes her client on to Ben: it is his now, and out of her sight.
        const Status handedOver = practitioners.handOver(added.value(), login(QStringLiteral("ben")));
        QVERIFY2(handedOver.ok(), handedOver.ok() ? "" : qPrintable(handedOver.error().message));
        QCOMPARE(ClientService(asAnna).get(added.value()).error().kind, Error::Kind::NotFound);
        QCOMPARE(PractitionerService(*m_owner).clientAuthors(added.value()).value().responsible.login,
                 login(QStringLiteral("ben")));
        QCOMPARE(PractitionerService(*m_owner).clientAuthors(added.value()).value().changedBy.login,
                 login(QStringLiteral("anna")));
    }

    // The incident list counts and shows each role what it may see: for a practitioner her clients'
    // incidents and those of the clients shared with her, counted from the kept counts (migration 020) that
    // row-level security hides with their clients, and read at every position from rows sampled as she may
    // see them. A share shows in her list after the refresh.
    void theIncidentListShowsEachRoleWhatItMaySee() {
        // Enough incidents for several samples (IncidentTableModel::SampleMinimum rows apart) each.
        for (const qint64 client : {m_annasClient, m_bensClient}) {
            QSqlQuery more(m_owner->connection());
            QVERIFY2(more.exec(QStringLiteral(
                                   "INSERT INTO incidents (client_id, occurred_at, channel, boundary_key, "
                                   "description, created_at, updated_at, address_deadline) SELECT client_id, "
                                   "occurred_at - g * interval '1 hour', channel, boundary_key, description, "
                                   "created_at, updated_at, address_deadline FROM incidents, "
                                   "generate_series(1, %1) g WHERE client_id = %2 ORDER BY g LIMIT %1")
                                   .arg(client == m_annasClient ? 1300 : 900)
                                   .arg(client)),
                     qPrintable(more.lastError().text()));
        }
        Result<std::unique_ptr<Database>> opened = Database::open(urlAs(QStringLiteral("anna")));
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        const Database &asAnna = *opened.value();
        IncidentTableModel owners(*m_owner);
        IncidentTableModel annas(asAnna);
        // Every third page first, each from a sample (no page next to it is read yet), then the rest.
        const auto listed = [](IncidentTableModel &model) {
            QList<qint64> ids(model.rowCount(), 0);
            const int pageSize = IncidentTableModel::PageSize;
            for (const int start : {0, pageSize, 2 * pageSize}) {
                for (int first = start; first < model.rowCount(); first += 3 * pageSize) {
                    for (int row = first; row < std::min(first + pageSize, model.rowCount()); ++row)
                        ids[row] = model.index(row, 0).data(IncidentTableModel::IdRole).toLongLong();
                }
            }
            return ids;
        };
        const QString plain = QStringLiteral("SELECT id FROM incidents ORDER BY occurred_at DESC, id DESC");
        QTRY_VERIFY(owners.isSampled() && annas.isSampled());
        QCOMPARE(listed(owners), ids(m_owner->connection(), plain));
        QCOMPARE(listed(annas), ids(asAnna.connection(), plain));
        QCOMPARE(annas.rowCount(), 1301);
        QCOMPARE(owners.rowCount(), 2202);

        QVERIFY(PractitionerService(*m_owner).share(m_bensClient, login(QStringLiteral("anna"))).ok());
        annas.refresh();
        QTRY_VERIFY(annas.isSampled());
        QCOMPARE(listed(annas), ids(asAnna.connection(), plain));
        QCOMPARE(annas.rowCount(), 2202);
        QVERIFY(PractitionerService(*m_owner).unshare(m_bensClient, login(QStringLiteral("anna"))).ok());
        annas.refresh();
        QCOMPARE(annas.rowCount(), 1301);
    }

    void aNewRoleMovesThePractitionerIntoItsGroup() {
        const PractitionerService practitioners(*m_owner);
        QVERIFY(practitioners.setRole(login(QStringLiteral("cara")), PracticeRole::Practitioner).ok());
        QSqlDatabase cara = connectAs(QStringLiteral("cara"));
        QCOMPARE(ids(cara, QStringLiteral("SELECT count(*) FROM clients")), QList<qint64>{0});
        QVERIFY(practitioners.setRole(login(QStringLiteral("cara")), PracticeRole::Owner).ok());
        QCOMPARE(ids(cara, QStringLiteral("SELECT count(*) FROM clients")), QList<qint64>{3});
        // The practice keeps an owner: the last one cannot step down (here there are two).
        QVERIFY(practitioners.setRole(login(QStringLiteral("cara")), PracticeRole::Administrator).ok());
        const Status lastOwner =
            practitioners.setRole(practitioners.signedIn().value().login, PracticeRole::Practitioner);
        QVERIFY(!lastOwner.ok());
        QCOMPARE(lastOwner.error().kind, Error::Kind::Invalid);
    }

    // Someone who leaves: an owner deactivates them (their clients handed over in the same change), the
    // server refuses their sign-in and their open session, and their records keep their name.
    void aPractitionerWhoLeavesIsDeactivatedAndTheServerRefusesThem() {
        const PractitionerService practitioners(*m_owner);
        const QString anna = login(QStringLiteral("anna"));
        const QString ben = login(QStringLiteral("ben"));
        QSqlDatabase annasSession = connectAs(QStringLiteral("anna"));
        QVERIFY(annasSession.isOpen());
        QCOMPARE(ids(annasSession, QStringLiteral("SELECT id FROM clients")), QList<qint64>{m_annasClient});

        // Only an owner deactivates, and the server refuses anyone else's plain SQL too.
        Result<std::unique_ptr<Database>> asBen = Database::open(urlAs(QStringLiteral("ben")));
        QVERIFY2(asBen.ok(), asBen.ok() ? "" : qPrintable(asBen.error().message));
        std::unique_ptr<Database> bens = std::move(asBen).value();
        const Status refused = PractitionerService(*bens).deactivate(anna);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
        bens.reset();
        QString state;
        QCOMPARE(ids(connectAs(QStringLiteral("ben")),
                     QStringLiteral("UPDATE practitioners SET active = FALSE WHERE login = '%1' RETURNING id")
                         .arg(anna),
                     &state),
                 QList<qint64>{-1});
        QCOMPARE(state, QStringLiteral("42501"));

        // Her client first needs someone responsible: the service says so, the server refuses it as well.
        const Status stillResponsible = practitioners.deactivate(anna);
        QVERIFY(!stillResponsible.ok());
        QCOMPARE(stillResponsible.error().kind, Error::Kind::Invalid);
        QVERIFY2(stillResponsible.error().message.contains(QStringLiteral("still responsible for 1 client")),
                 qPrintable(stillResponsible.error().message));
        QCOMPARE(ids(m_owner->connection(),
                     QStringLiteral("UPDATE practitioners SET active = FALSE WHERE login = '%1' RETURNING id")
                         .arg(anna),
                     &state),
                 QList<qint64>{-1});
        QCOMPARE(state, QStringLiteral("P0001"));
        QVERIFY(practitioners.signedIn().value().active);
        QCOMPARE(practitioners.deactivate(practitioners.signedIn().value().login).error().kind,
                 Error::Kind::Invalid);

        // Deactivated with her clients handed to Ben, in one change.
        const Status done = practitioners.deactivate(anna, ben);
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
        QCOMPARE(practitioners.byLogin(anna).value().active, false);
        QCOMPARE(practitioners.clientAuthors(m_annasClient).value().responsible.login, ben);
        QCOMPARE(practitioners.responsibleCount(anna).value(), 0);
        // Her session still open is refused at its next statement; a new sign-in is refused.
        QCOMPARE(ids(annasSession, QStringLiteral("SELECT id FROM clients"), &state), QList<qint64>{-1});
        QCOMPARE(state, QStringLiteral("42501"));
        QSqlDatabase again = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("anna-again"));
        again.setDatabaseName(m_server->name());
        again.setUserName(anna);
        again.setPassword(password(anna));
        QVERIFY(!again.open());
        QVERIFY2(again.lastError().text().contains(QStringLiteral("not permitted to log in")),
                 qPrintable(again.lastError().text()));
        // What she created still names her, and the audit trail keeps her changes.
        QCOMPARE(
            ids(m_owner->connection(),
                QStringLiteral("SELECT count(*) FROM clients c JOIN practitioners p ON p.id = c.created_by "
                               "WHERE p.login = '%1'")
                    .arg(anna)),
            QList<qint64>{1});
        QVERIFY(ids(m_owner->connection(),
                    QStringLiteral("SELECT count(*) FROM audit_events e JOIN practitioners p ON p.id = "
                                   "e.practitioner_id WHERE p.login = '%1'")
                        .arg(anna))
                    .value(0) > 0);
        // She is no one to hand a client to or share it with now.
        QCOMPARE(practitioners.share(m_bensClient, anna).error().kind, Error::Kind::Invalid);
        QCOMPARE(practitioners.deactivate(anna).error().kind, Error::Kind::Invalid);

        // Reactivated, she signs in again in the role she had.
        QVERIFY(practitioners.reactivate(anna).ok());
        QVERIFY2(again.open(), qPrintable(again.lastError().text()));
        QCOMPARE(ids(again, QStringLiteral("SELECT count(*) FROM clients")), QList<qint64>{0});
        QCOMPARE(practitioners.byLogin(anna).value().role, PracticeRole::Practitioner);
        QCOMPARE(practitioners.reactivate(anna).error().kind, Error::Kind::Invalid);
        again.close();
        again = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("anna-again"));
    }

    // The practice keeps an active owner, whatever SQL an owner sends.
    void theServerKeepsAnActiveOwner() {
        for (const QString &change :
             {QStringLiteral("active = FALSE"), QStringLiteral("practice_role = 'practitioner'")}) {
            QString state;
            QCOMPARE(
                ids(m_owner->connection(),
                    QStringLiteral("UPDATE practitioners SET %1 WHERE practice_role = 'owner' RETURNING id")
                        .arg(change),
                    &state),
                QList<qint64>{-1});
            QCOMPARE(state, QStringLiteral("P0001"));
        }
    }
};

QTEST_MAIN(TestPractitionerAccess)
#include "tst_PractitionerAccess.moc"
