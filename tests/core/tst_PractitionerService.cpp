// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/SigningRecord.h"
#include "app/clients/ClientService.h"
#include "app/common/Clock.h"
#include "app/incidents/IncidentService.h"
#include "app/practitioner/PractitionerService.h"
#include "app/storage/Database.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;

// Who is signed in and who each record names, on both engines; the server's own enforcement is
// tst_PractitionerAccess.
class TestPractitionerService : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;

    // The login the engine signs the practitioner in with: the computer's user on a file, the role on a
    // server.
    QString expectedLogin() const {
        QSqlQuery query(m_db->connection());
        if (test::onPostgres() && query.exec(QStringLiteral("SELECT current_user")) && query.next())
            return query.value(0).toString();
        return Workstation::osUser();
    }

private Q_SLOTS:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        Clock::setNowFunction([] { return QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC); });
        m_db = test::openDatabase(m_dir.filePath(QStringLiteral("practice-%1.sqlite").arg(++m_counter)));
        QVERIFY(m_db);
    }

    void cleanup() {
        m_db.reset();
        Clock::setNowFunction({});
    }

    void theOneWhoCreatedThePracticeIsSignedInAsItsOwner() {
        const Result<PractitionerAccount> me = PractitionerService(*m_db).signedIn();
        QVERIFY(me.ok());
        QVERIFY(me.value().id > 0);
        QCOMPARE(me.value().login, expectedLogin());
        QCOMPARE(me.value().role, PracticeRole::Owner);
        QCOMPARE(m_db->practitionerId(), me.value().id);
        const QList<PractitionerAccount> everyone = PractitionerService(*m_db).list().value();
        QCOMPARE(everyone.size(), 1);
        QCOMPARE(everyone.first().login, expectedLogin());
    }

    void aNewClientIsTheirsAndEveryChangeNamesThem() {
        const ClientService clients(*m_db);
        const PractitionerService practitioners(*m_db);
        const qint64 id = clients.add(test::sampleClient(QStringLiteral("Amelia Hartley"))).value();
        RecordAuthors authors = practitioners.clientAuthors(id).value();
        QCOMPARE(authors.responsible.login, expectedLogin());
        QCOMPARE(authors.createdBy.login, expectedLogin());
        QCOMPARE(authors.changedBy.login, expectedLogin());

        // Another practitioner changed it last (written as their session would write it); saving it again
        // makes the signed-in practitioner its last changer, and keeps who created it and who is responsible.
        QSqlQuery other(m_db->connection());
        QVERIFY(other.exec(QStringLiteral("INSERT INTO practitioners (login, display_name, practice_role, "
                                          "active, created_at) VALUES ('zoe', 'Zoe Adler', 'practitioner', "
                                          "TRUE, '2026-11-01T09:00:00.000Z') RETURNING id")));
        QVERIFY(other.next());
        const qint64 zoe = other.value(0).toLongLong();
        other.finish();
        QVERIFY(other.exec(
            QStringLiteral("UPDATE clients SET changed_by = %1, row_version = row_version + 1 WHERE id = %2")
                .arg(zoe)
                .arg(id)));
        QCOMPARE(practitioners.clientAuthors(id).value().changedBy.shownName(),
                 QStringLiteral("Zoe Adler (zoe)"));
        Client client = clients.get(id).value();
        client.notes = QStringLiteral("Prefers mornings.");
        QVERIFY(clients.update(client).ok());
        authors = practitioners.clientAuthors(id).value();
        QCOMPARE(authors.changedBy.login, expectedLogin());
        QCOMPARE(authors.createdBy.login, expectedLogin());
        QCOMPARE(authors.responsible.login, expectedLogin());

        QVERIFY(other.exec(
            QStringLiteral("UPDATE clients SET changed_by = %1, row_version = row_version + 1 WHERE id = %2")
                .arg(zoe)
                .arg(id)));
        QVERIFY(clients.setArchived(id, true).ok());
        QCOMPARE(practitioners.clientAuthors(id).value().changedBy.login, expectedLogin());
    }

    void anIncidentNamesWhoLoggedAndLastChangedIt() {
        const qint64 client =
            ClientService(*m_db).add(test::sampleClient(QStringLiteral("Bruno Keller"))).value();
        const qint64 incident = test::logIncident(
            *m_db, test::afterHoursCall(client, QDateTime(QDate(2026, 11, 20), QTime(21, 30), Qt::UTC)));
        QVERIFY(incident > 0);
        const RecordAuthors authors = PractitionerService(*m_db).incidentAuthors(incident).value();
        QCOMPARE(authors.createdBy.login, expectedLogin());
        QCOMPARE(authors.changedBy.login, expectedLogin());
        QCOMPARE(authors.responsible.login, expectedLogin());
        QCOMPARE(PractitionerService(*m_db).incidentAuthors(incident + 100).error().kind,
                 Error::Kind::NotFound);
    }

    void managingPractitionersNeedsAServer() {
        const PractitionerService practitioners(*m_db);
        const qint64 client =
            ClientService(*m_db).add(test::sampleClient(QStringLiteral("Chiara Neri"))).value();
        // A file refuses before looking at anything else; a server (whose owner this is) goes on to the name.
        const Result<qint64> added = practitioners.add(
            {QStringLiteral("Anna Berg"), QString(), PracticeRole::Practitioner, QStringLiteral("x")});
        QVERIFY(!added.ok());
        QCOMPARE(added.error().message.contains(QStringLiteral("needs a practice server")),
                 !test::onPostgres());
        QCOMPARE(added.error().message.contains(QStringLiteral("cannot be a sign-in name")),
                 test::onPostgres());
        QCOMPARE(practitioners.list().value().size(), 1);
        if (test::onPostgres())
            return;
        for (const Status &status :
             {practitioners.setRole(expectedLogin(), PracticeRole::Administrator),
              practitioners.share(client, expectedLogin()), practitioners.unshare(client, expectedLogin()),
              practitioners.handOver(client, expectedLogin()), practitioners.deactivate(expectedLogin()),
              practitioners.reactivate(expectedLogin())}) {
            QVERIFY(!status.ok());
            QCOMPARE(status.error().kind, Error::Kind::Invalid);
            QVERIFY(status.error().message.contains(QStringLiteral("needs a practice server")));
        }
        QCOMPARE(practitioners.signedIn().value().role, PracticeRole::Owner);
    }

    void aServerLoginMustBeAPlainRoleName() {
        QVERIFY(PractitionerService::isValidLogin(QStringLiteral("anna_berg2")));
        for (const QString &login :
             {QString(), QStringLiteral("Anna"), QStringLiteral("2anna"), QStringLiteral("pg_anna"),
              QStringLiteral("bk_anna"), QStringLiteral("anna berg"), QStringLiteral("anna\";drop"),
              QString(64, QLatin1Char('a'))})
            QVERIFY2(!PractitionerService::isValidLogin(login), qPrintable(login));
    }
};

QTEST_GUILESS_MAIN(TestPractitionerService)
#include "tst_PractitionerService.moc"
