// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientConflict.h"
#include "app/clients/ClientService.h"
#include "app/clients/ClientValidator.h"
#include "app/common/ChangeNotifier.h"
#include "app/common/Clock.h"
#include "app/storage/ClientRepository.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;

class TestClientService : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;

private Q_SLOTS:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        Clock::setNowFunction([] { return QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC); });
        m_db = test::openDatabase(m_dir.filePath(QStringLiteral("repo-%1.sqlite").arg(++m_counter)));
        QVERIFY(m_db);
    }

    void cleanup() {
        m_db.reset();
        Clock::setNowFunction({});
    }

    void addsAndReadsBackEveryField() {
        const ClientRepository clients(*m_db);
        const ClientService service(*m_db);
        Client client = test::sampleClient(QStringLiteral("  Amelia Hartley  "));
        client.preferredName = QStringLiteral("Amy");
        client.notes = QStringLiteral("Line one\nLine two");
        QSignalSpy changed(m_db->notifier(), &ChangeNotifier::changed);
        const Result<qint64> id = service.add(client);
        QVERIFY(id.ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), QStringLiteral("clients"));

        const Client stored = clients.get(id.value()).value();
        QCOMPARE(stored.fullName, QStringLiteral("Amelia Hartley"));
        QCOMPARE(stored.preferredName, QStringLiteral("Amy"));
        QCOMPARE(stored.email, client.email);
        QCOMPARE(stored.phone, client.phone);
        QCOMPARE(stored.preferredChannel, std::optional(ContactChannel::Email));
        QCOMPARE(stored.status, ClientStatus::Active);
        QCOMPARE(stored.startDate, QDate(2026, 3, 1));
        QCOMPARE(stored.notes, client.notes);
        QCOMPARE(stored.createdAt, QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC));
        QCOMPARE(stored.updatedAt, stored.createdAt);
        QVERIFY(!stored.archived);
    }

    void storedTimestampsAreUtc() {
        const qint64 id = ClientService(*m_db).add(test::sampleClient(QStringLiteral("Ben"))).value();
        QSqlQuery query(m_db->connection());
        if (test::onPostgres()) {
            // A timestamptz: the instant itself, whatever the session's time zone.
            QVERIFY(query.exec(QStringLiteral("SET TIME ZONE 'America/New_York'")));
            QVERIFY(query.exec(QStringLiteral("SELECT created_at = TIMESTAMPTZ '2026-11-22 10:00:00+00', "
                                              "pg_typeof(created_at)::text FROM clients WHERE id = %1")
                                   .arg(id)));
            QVERIFY(query.next());
            QVERIFY(query.value(0).toBool());
            QCOMPARE(query.value(1).toString(), QStringLiteral("timestamp with time zone"));
            return;
        }
        QVERIFY(query.exec(QStringLiteral("SELECT created_at FROM clients WHERE id = %1").arg(id)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("2026-11-22T10:00:00.000Z"));
    }

    void updateChangesFieldsAndTimestamp() {
        const ClientRepository clients(*m_db);
        const ClientService service(*m_db);
        const qint64 id = service.add(test::sampleClient(QStringLiteral("Chloe"))).value();
        Clock::setNowFunction([] { return QDateTime(QDate(2026, 11, 23), QTime(8, 30), Qt::UTC); });
        Client client = clients.get(id).value();
        client.status = ClientStatus::Paused;
        client.preferredChannel.reset();
        QVERIFY(service.update(client).ok());
        const Client stored = clients.get(id).value();
        QCOMPARE(stored.status, ClientStatus::Paused);
        QVERIFY(!stored.preferredChannel);
        QCOMPARE(stored.updatedAt.date(), QDate(2026, 11, 23));
        QCOMPARE(stored.createdAt.date(), QDate(2026, 11, 22));
    }

    void invalidClientIsRejectedAndNothingIsSaved_data() {
        QTest::addColumn<Client>("client");
        QTest::addColumn<QString>("message");
        Client noName = test::sampleClient(QStringLiteral("   "));
        QTest::addRow("an empty name") << noName << QStringLiteral("full name");
        Client badEmail = test::sampleClient(QStringLiteral("Dana"));
        badEmail.email = QStringLiteral("dana@");
        QTest::addRow("a malformed email") << badEmail << QStringLiteral("not an email address");
        Client badPhone = test::sampleClient(QStringLiteral("Dana"));
        badPhone.phone = QStringLiteral("call me maybe");
        QTest::addRow("a phone with letters") << badPhone << QStringLiteral("phone number");
        for (const auto &[row, phone] : {std::pair{"a phone of two digits", u"+4 4"},
                                         std::pair{"a plus inside a phone", u"0770 +123 456"},
                                         std::pair{"an extension written with x", u"020 7946 0018 x12"},
                                         std::pair{"Arabic-Indic digits", u"\u0660\u0661\u0662\u0663"}}) {
            Client refused = test::sampleClient(QStringLiteral("Dana"));
            refused.phone = QString::fromUtf16(phone);
            QTest::addRow("%s", row) << refused << QStringLiteral("at least 3 digits");
        }
        Client farFuture = test::sampleClient(QStringLiteral("Dana"));
        farFuture.startDate = QDate(2036, 1, 1);
        QTest::addRow("a start date ten years ahead")
            << farFuture << QStringLiteral("more than a year ahead");
        Client yearOne = test::sampleClient(QStringLiteral("Dana"));
        yearOne.startDate = QDate(1, 1, 1);
        QTest::addRow("a start date in year 1") << yearOne << QStringLiteral("outside the supported range");
        Client yearMinusOne = test::sampleClient(QStringLiteral("Dana"));
        yearMinusOne.startDate = QDate(-1, 1, 1);
        QTest::addRow("a start date before year 1 (stored as NULL before)")
            << yearMinusOne << QStringLiteral("outside the supported range");
        Client escape = test::sampleClient(QStringLiteral("Dana\x1b[2J"));
        QTest::addRow("an escape sequence in the name")
            << escape << QStringLiteral("control character (U+001B)");
        Client bell = test::sampleClient(QStringLiteral("Dana"));
        bell.preferredName = QStringLiteral("D\a");
        QTest::addRow("a bell in the preferred name") << bell << QStringLiteral("control character (U+0007)");
        Client tab = test::sampleClient(QStringLiteral("Dana\tLee"));
        QTest::addRow("a tab in the name") << tab << QStringLiteral("control character (U+0009)");
        Client carriageReturn = test::sampleClient(QStringLiteral("Dana"));
        carriageReturn.email = QStringLiteral("dana@example.com\rEvil");
        QTest::addRow("a carriage return in the email")
            << carriageReturn << QStringLiteral("control character");
        Client csi = test::sampleClient(QStringLiteral("Dana"));
        csi.notes = QStringLiteral("Fine line\nthen ") + QChar(0x9b) + QStringLiteral("31m");
        QTest::addRow("a C1 control in the notes") << csi << QStringLiteral("control character (U+009B)");
    }

    void phonesAsPeopleWriteThemAreAccepted() {
        for (const QString &phone :
             {QStringLiteral("+44 20 7946 0018"), QStringLiteral("(020) 7946-0018"),
              QStringLiteral("020.7946/0018"), QStringLiteral("112"), QStringLiteral("+1 (555) 010-9999")})
            QVERIFY2(ClientValidator::isValidPhone(phone), qPrintable(phone));
    }

    void notesKeepTabsAndLineBreaks() {
        Client client = test::sampleClient(QStringLiteral("Dana"));
        client.notes = QStringLiteral("Line one\n\tindented");
        const Result<qint64> added = ClientService(*m_db).add(client);
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
        QCOMPARE(ClientService(*m_db).get(added.value()).value().notes, client.notes);
    }

    void invalidClientIsRejectedAndNothingIsSaved() {
        QFETCH(Client, client);
        QFETCH(QString, message);
        const ClientRepository clients(*m_db);
        const ClientService service(*m_db);
        const Result<qint64> added = service.add(client);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().kind, Error::Kind::Invalid);
        QVERIFY2(added.error().message.contains(message), qPrintable(added.error().message));
        QCOMPARE(clients.count(ClientFilter{{}, {}, true}).value(), qint64(0));
    }

    void archiveHidesFromDefaultListAndRestoreBringsBack() {
        const ClientRepository clients(*m_db);
        const ClientService service(*m_db);
        const qint64 id = service.add(test::sampleClient(QStringLiteral("Ella"))).value();
        QVERIFY(service.setArchived(id, true).ok());
        QVERIFY(clients.get(id).value().archived);
        QCOMPARE(clients.count({}).value(), qint64(0));
        QCOMPARE(clients.count(ClientFilter{{}, {}, true}).value(), qint64(1));
        QVERIFY(service.setArchived(id, false).ok());
        QCOMPARE(clients.count({}).value(), qint64(1));
    }

    void removeDeletesAndMissingIdsAreReported() {
        const ClientRepository clients(*m_db);
        const ClientService service(*m_db);
        const qint64 id = service.add(test::sampleClient(QStringLiteral("Farid"))).value();
        QVERIFY(service.remove(id).ok());
        QCOMPARE(clients.get(id).error().kind, Error::Kind::NotFound);
        QCOMPARE(service.remove(id).error().kind, Error::Kind::NotFound);
        QCOMPARE(service.setArchived(id, true).error().kind, Error::Kind::NotFound);
    }

    void announcesEachCommittedChangeOnce() {
        const ClientService service(*m_db);
        QSignalSpy changed(m_db->notifier(), &ChangeNotifier::changed);
        const qint64 id = service.add(test::sampleClient(QStringLiteral("Gita"))).value();
        Client client = service.get(id).value();
        client.notes = QStringLiteral("Prefers mornings.");
        QVERIFY(service.update(client).ok());
        QVERIFY(service.setArchived(id, true).ok());
        QVERIFY(service.remove(id).ok());
        QCOMPARE(changed.count(), 4);
        for (const QList<QVariant> &signal : std::as_const(changed))
            QCOMPARE(signal.first().toString(), QStringLiteral("clients"));
    }

    void refusedChangesAnnounceNothingAndLeaveNothingBehind() {
        const ClientService service(*m_db);
        const qint64 id = service.add(test::sampleClient(QStringLiteral("Hana"))).value();
        QSignalSpy changed(m_db->notifier(), &ChangeNotifier::changed);

        QCOMPARE(service.add(test::sampleClient(QStringLiteral(" "))).error().kind, Error::Kind::Invalid);
        Client missing = test::sampleClient(QStringLiteral("Nobody"));
        missing.id = id + 100;
        QCOMPARE(service.update(missing).error().kind, Error::Kind::NotFound);
        QCOMPARE(service.setArchived(id + 100, true).error().kind, Error::Kind::NotFound);
        // A statement the database refuses inside the change rolls the whole change back.
        QSqlQuery trigger(m_db->connection());
        if (test::onPostgres()) {
            QVERIFY(trigger.exec(
                QStringLiteral("CREATE FUNCTION refuse_notes() RETURNS trigger LANGUAGE plpgsql AS "
                               "$$ BEGIN RAISE EXCEPTION 'refused'; END $$")));
            QVERIFY(trigger.exec(
                QStringLiteral("CREATE TRIGGER refuse_notes BEFORE UPDATE ON clients FOR EACH ROW "
                               "WHEN (NEW.notes = 'refused') EXECUTE FUNCTION refuse_notes()")));
        } else {
            QVERIFY(trigger.exec(
                QStringLiteral("CREATE TRIGGER refuse_notes BEFORE UPDATE ON clients WHEN "
                               "NEW.notes = 'refused' BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        }
        Client refused = service.get(id).value();
        refused.fullName = QStringLiteral("Hana Renamed");
        refused.notes = QStringLiteral("refused");
        QCOMPARE(service.update(refused).error().kind, Error::Kind::Conflict);

        QCOMPARE(changed.count(), 0);
        QCOMPARE(service.get(id).value().fullName, QStringLiteral("Hana"));
        QCOMPARE(ClientRepository(*m_db).count(ClientFilter{{}, {}, true}).value(), qint64(1));
    }

    // Two desktops (two connections to one practice) open the same client; both save. The second save is
    // refused with the first one's values, nothing of either is lost, and the combination saves on top.
    void secondSaveOfTheSameVersionMeetsTheFirstAndLosesNothing() {
        const QString path = m_dir.filePath(QStringLiteral("repo-%1.sqlite").arg(m_counter));
        const auto other = test::openDatabase(path);
        QVERIFY(other);
        const ClientService mine(*m_db);
        const ClientService elsewhere(*other);
        const qint64 id = mine.add(test::sampleClient(QStringLiteral("Jonas Berg"))).value();

        const Client opened = mine.get(id).value();
        QCOMPARE(opened.rowVersion, 1);
        Client theirs = elsewhere.get(id).value();
        QCOMPARE(theirs.rowVersion, 1);

        theirs.phone = QStringLiteral("+44 20 7946 0999");
        theirs.notes = QStringLiteral("Moved to Thursdays.");
        const Result<int> first = elsewhere.update(theirs);
        QVERIFY(first.ok());
        QCOMPARE(first.value(), 2);

        Client edited = opened;
        edited.email = QStringLiteral("jonas@example.org");
        edited.notes = QStringLiteral("Prefers video calls.");
        QSignalSpy changed(m_db->notifier(), &ChangeNotifier::changed);
        Client stored;
        const Result<int> second = mine.update(edited, &stored);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().kind, Error::Kind::Stale);
        QVERIFY(second.error().message.contains(QStringLiteral("Jonas Berg")));
        QCOMPARE(changed.count(), 0);
        // The first save's values, as stored now, came back with the refusal; nothing of mine was written.
        QCOMPARE(stored.rowVersion, 2);
        QCOMPARE(stored.phone, theirs.phone);
        QCOMPARE(stored.notes, theirs.notes);
        QCOMPARE(stored.email, opened.email);
        QCOMPARE(elsewhere.get(id).value().notes, theirs.notes);

        // Field by field: their phone (only they changed it), my email (only I did), and for the notes,
        // changed on both sides, mine.
        const ClientConflict conflict(opened, edited, stored);
        QCOMPARE(conflict.fields(),
                 (QList<ClientConflict::Field>{ClientConflict::Field::Email, ClientConflict::Field::Phone,
                                               ClientConflict::Field::Notes}));
        const QList<FieldConflict> shown = conflict.conflicts();
        QCOMPARE(shown.at(0).mine, edited.email);
        QCOMPARE(shown.at(0).theirs, opened.email);
        QVERIFY(shown.at(0).changedByMe && !shown.at(0).changedByThem);
        QVERIFY(!shown.at(1).changedByMe && shown.at(1).changedByThem);
        QVERIFY(shown.at(2).changedByMe && shown.at(2).changedByThem);
        const Client combined = conflict.combined({true, false, true});
        QCOMPARE(combined.rowVersion, 2);
        const Result<int> third = mine.update(combined);
        QVERIFY(third.ok());
        QCOMPARE(third.value(), 3);
        QCOMPARE(changed.count(), 1);

        const Client result = elsewhere.get(id).value();
        QCOMPARE(result.rowVersion, 3);
        QCOMPARE(result.email, edited.email);
        QCOMPARE(result.phone, theirs.phone);
        QCOMPARE(result.notes, edited.notes);
        // Their desktop still holds version 2: its next save is refused in turn, not written over mine.
        theirs.rowVersion = 2;
        theirs.status = ClientStatus::Paused;
        QCOMPARE(elsewhere.update(theirs).error().kind, Error::Kind::Stale);
        QCOMPARE(mine.get(id).value().status, ClientStatus::Active);
    }

    void everyChangeRaisesTheVersion() {
        const ClientService service(*m_db);
        const qint64 id = service.add(test::sampleClient(QStringLiteral("Kira"))).value();
        Client opened = service.get(id).value();
        QCOMPARE(opened.rowVersion, 1);
        // Archiving from the list is a change too: a form opened before it cannot bring the client back.
        QVERIFY(service.setArchived(id, true).ok());
        QCOMPARE(service.get(id).value().rowVersion, 2);
        opened.notes = QStringLiteral("Written in a form opened before the archiving.");
        Client stored;
        QCOMPARE(service.update(opened, &stored).error().kind, Error::Kind::Stale);
        QVERIFY(stored.archived);
        const ClientConflict conflict(opened, opened, stored);
        QCOMPARE(conflict.fields(), (QList<ClientConflict::Field>{ClientConflict::Field::Notes,
                                                                  ClientConflict::Field::Archived}));
        QCOMPARE(conflict.conflicts().at(1).theirs, ClientConflict::tr("Yes"));
        QVERIFY(service.get(id).value().archived);
        QVERIFY(service.get(id).value().notes.isEmpty());
        QCOMPARE(ClientRepository(*m_db).count(ClientFilter{}).value(), qint64(0));
    }

    // A client changed by hand (psql on a server) has its version raised by the server, so a form opened
    // before is not saved over the change; SQLite cannot raise it in a trigger and refuses such a change.
    void aChangeByHandRaisesTheVersionOrIsRefused() {
        const ClientService service(*m_db);
        const qint64 id = service.add(test::sampleClient(QStringLiteral("Lale"))).value();
        Client opened = service.get(id).value();
        QSqlQuery byHand(m_db->connection());
        const QString change =
            QStringLiteral("UPDATE clients SET notes = 'Changed by hand.' WHERE id = %1").arg(id);
        if (!test::onPostgres()) {
            QVERIFY(!byHand.exec(change));
            QVERIFY2(byHand.lastError().text().contains(QStringLiteral("raises row_version by one")),
                     qPrintable(byHand.lastError().text()));
            QCOMPARE(service.get(id).value().rowVersion, 1);
            return;
        }
        QVERIFY2(byHand.exec(change), qPrintable(byHand.lastError().text()));
        QCOMPARE(service.get(id).value().rowVersion, 2);
        QVERIFY(!byHand.exec(QStringLiteral("UPDATE clients SET row_version = 7 WHERE id = %1").arg(id)));
        opened.email = QStringLiteral("lale@example.org");
        Client stored;
        QCOMPARE(service.update(opened, &stored).error().kind, Error::Kind::Stale);
        QCOMPARE(stored.notes, QStringLiteral("Changed by hand."));
    }

    void saveOfAClientDeletedMeanwhileIsNotFound() {
        const ClientService service(*m_db);
        const qint64 id = service.add(test::sampleClient(QStringLiteral("Lars"))).value();
        Client opened = service.get(id).value();
        QVERIFY(service.remove(id).ok());
        opened.notes = QStringLiteral("Too late.");
        Client stored;
        QCOMPARE(service.update(opened, &stored).error().kind, Error::Kind::NotFound);
        QCOMPARE(stored.id, qint64(0));
        QCOMPARE(ClientRepository(*m_db).count(ClientFilter{{}, {}, true}).value(), qint64(0));
    }

    void readOnlyPracticeRefusesEveryChange() {
        const QString path = m_dir.filePath(QStringLiteral("read-only-%1.sqlite").arg(++m_counter));
        qint64 id = 0;
        {
            auto db = test::openDatabase(path);
            QVERIFY(db);
            id = ClientService(*db).add(test::sampleClient(QStringLiteral("Ines"))).value();
        }
        Database::Options readOnly;
        readOnly.access = Database::Access::ReadOnly;
        auto opened = Database::open(test::databaseLocation(path), readOnly);
        QVERIFY(opened.ok());
        const ClientService service(*opened.value());
        QCOMPARE(service.add(test::sampleClient(QStringLiteral("Jon"))).error().kind, Error::Kind::ReadOnly);
        QCOMPARE(service.setArchived(id, true).error().kind, Error::Kind::ReadOnly);
        QCOMPARE(service.remove(id).error().kind, Error::Kind::ReadOnly);
        QVERIFY(!service.get(id).value().archived);
    }
};

QTEST_GUILESS_MAIN(TestClientService)
#include "tst_ClientService.moc"
