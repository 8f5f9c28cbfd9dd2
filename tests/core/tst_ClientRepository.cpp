// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "TestSupport.h"
#include "clients/ClientValidator.h"
#include "common/Clock.h"
#include "common/TextKeys.h"
#include "storage/ClientRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;

class TestClientRepository : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;

    static Client sample(const QString &name) {
        Client client;
        client.fullName = name;
        client.email = QStringLiteral("someone@example.com");
        client.phone = QStringLiteral("+44 (20) 7946-0018");
        client.preferredChannel = ContactChannel::Email;
        client.status = ClientStatus::Active;
        client.startDate = QDate(2026, 3, 1);
        return client;
    }

private Q_SLOTS:
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
        Client client = sample(QStringLiteral("  Amelia Hartley  "));
        client.preferredName = QStringLiteral("Amy");
        client.notes = QStringLiteral("Line one\nLine two");
        QSignalSpy changed(m_db->notifier(), &ChangeNotifier::changed);
        const Result<qint64> id = clients.add(client);
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

    void storedTimestampsAreUtcText() {
        const qint64 id = ClientRepository(*m_db).add(sample(QStringLiteral("Ben"))).value();
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT created_at FROM clients WHERE id = %1").arg(id)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("2026-11-22T10:00:00.000Z"));
    }

    void updateChangesFieldsAndTimestamp() {
        const ClientRepository clients(*m_db);
        const qint64 id = clients.add(sample(QStringLiteral("Chloe"))).value();
        Clock::setNowFunction([] { return QDateTime(QDate(2026, 11, 23), QTime(8, 30), Qt::UTC); });
        Client client = clients.get(id).value();
        client.status = ClientStatus::Paused;
        client.preferredChannel.reset();
        QVERIFY(clients.update(client).ok());
        const Client stored = clients.get(id).value();
        QCOMPARE(stored.status, ClientStatus::Paused);
        QVERIFY(!stored.preferredChannel);
        QCOMPARE(stored.updatedAt.date(), QDate(2026, 11, 23));
        QCOMPARE(stored.createdAt.date(), QDate(2026, 11, 22));
    }

    void invalidClientIsRejectedAndNothingIsSaved_data() {
        QTest::addColumn<Client>("client");
        QTest::addColumn<QString>("message");
        Client noName = sample(QStringLiteral("   "));
        QTest::addRow("an empty name") << noName << QStringLiteral("full name");
        Client badEmail = sample(QStringLiteral("Dana"));
        badEmail.email = QStringLiteral("dana@");
        QTest::addRow("a malformed email") << badEmail << QStringLiteral("not an email address");
        Client badPhone = sample(QStringLiteral("Dana"));
        badPhone.phone = QStringLiteral("call me maybe");
        QTest::addRow("a phone with letters") << badPhone << QStringLiteral("phone number");
        Client farFuture = sample(QStringLiteral("Dana"));
        farFuture.startDate = QDate(2036, 1, 1);
        QTest::addRow("a start date ten years ahead")
            << farFuture << QStringLiteral("more than a year ahead");
        Client yearOne = sample(QStringLiteral("Dana"));
        yearOne.startDate = QDate(1, 1, 1);
        QTest::addRow("a start date in year 1") << yearOne << QStringLiteral("outside the supported range");
        Client yearMinusOne = sample(QStringLiteral("Dana"));
        yearMinusOne.startDate = QDate(-1, 1, 1);
        QTest::addRow("a start date before year 1 (stored as NULL before)")
            << yearMinusOne << QStringLiteral("outside the supported range");
        Client escape = sample(QStringLiteral("Dana\x1b[2J"));
        QTest::addRow("an escape sequence in the name")
            << escape << QStringLiteral("control character (U+001B)");
        Client bell = sample(QStringLiteral("Dana"));
        bell.preferredName = QStringLiteral("D\a");
        QTest::addRow("a bell in the preferred name") << bell << QStringLiteral("control character (U+0007)");
        Client tab = sample(QStringLiteral("Dana\tLee"));
        QTest::addRow("a tab in the name") << tab << QStringLiteral("control character (U+0009)");
        Client carriageReturn = sample(QStringLiteral("Dana"));
        carriageReturn.email = QStringLiteral("dana@example.com\rEvil");
        QTest::addRow("a carriage return in the email")
            << carriageReturn << QStringLiteral("control character");
        Client csi = sample(QStringLiteral("Dana"));
        csi.notes = QStringLiteral("Fine line\nthen ") + QChar(0x9b) + QStringLiteral("31m");
        QTest::addRow("a C1 control in the notes") << csi << QStringLiteral("control character (U+009B)");
    }

    void notesKeepTabsAndLineBreaks() {
        Client client = sample(QStringLiteral("Dana"));
        client.notes = QStringLiteral("Line one\n\tindented");
        const Result<qint64> added = ClientRepository(*m_db).add(client);
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
        QCOMPARE(ClientRepository(*m_db).get(added.value()).value().notes, client.notes);
    }

    void overlongSearchIsRefusedWithAMessage_data() {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("message");
        QTest::addRow("131 KB of one word")
            << QString(131 * 1024, QLatin1Char('a')) << QStringLiteral("at most 1000");
        QStringList words;
        for (int i = 0; i < 40; ++i)
            words.append(QStringLiteral("w%1").arg(i));
        QTest::addRow("40 words") << words.join(QLatin1Char(' ')) << QStringLiteral("has 40 words");
    }

    void overlongSearchIsRefusedWithAMessage() {
        QFETCH(QString, search);
        QFETCH(QString, message);
        ClientFilter filter;
        filter.search = search;
        const ClientRepository clients(*m_db);
        const Result<qint64> counted = clients.count(filter);
        const Result<QList<ClientListRow>> listed = clients.pageAt(filter, ClientSort(), 0, 10);
        for (const Error *error :
             {counted.ok() ? nullptr : &counted.error(), listed.ok() ? nullptr : &listed.error()}) {
            QVERIFY(error);
            QCOMPARE(error->kind, Error::Kind::Invalid);
            QVERIFY2(error->message.contains(message), qPrintable(error->message));
        }
    }

    void invalidClientIsRejectedAndNothingIsSaved() {
        QFETCH(Client, client);
        QFETCH(QString, message);
        const ClientRepository clients(*m_db);
        const Result<qint64> added = clients.add(client);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().kind, Error::Kind::Invalid);
        QVERIFY2(added.error().message.contains(message), qPrintable(added.error().message));
        QCOMPARE(clients.count(ClientFilter{{}, {}, true}).value(), qint64(0));
    }

    void archiveHidesFromDefaultListAndRestoreBringsBack() {
        const ClientRepository clients(*m_db);
        const qint64 id = clients.add(sample(QStringLiteral("Ella"))).value();
        QVERIFY(clients.setArchived(id, true).ok());
        QVERIFY(clients.get(id).value().archived);
        QCOMPARE(clients.count({}).value(), qint64(0));
        QCOMPARE(clients.count(ClientFilter{{}, {}, true}).value(), qint64(1));
        QVERIFY(clients.setArchived(id, false).ok());
        QCOMPARE(clients.count({}).value(), qint64(1));
    }

    void removeDeletesAndMissingIdsAreReported() {
        const ClientRepository clients(*m_db);
        const qint64 id = clients.add(sample(QStringLiteral("Farid"))).value();
        QVERIFY(clients.remove(id).ok());
        QCOMPARE(clients.get(id).error().kind, Error::Kind::NotFound);
        QCOMPARE(clients.remove(id).error().kind, Error::Kind::NotFound);
        QCOMPARE(clients.setArchived(id, true).error().kind, Error::Kind::NotFound);
    }

    void searchMatchesNameEmailAndPhone_data() {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("matches");
        QTest::addRow("part of a name, any case") << QStringLiteral("hartl") << 1;
        QTest::addRow("accented name, other case") << QStringLiteral("JOSÉ") << 1;
        QTest::addRow("accented name typed without accents") << QStringLiteral("jose alvarez") << 1;
        QTest::addRow("two words in any order") << QStringLiteral("hartley amelia") << 1;
        QTest::addRow("the preferred name") << QStringLiteral("Amy") << 1;
        QTest::addRow("part of an email") << QStringLiteral("example.org") << 1;
        QTest::addRow("phone digits without spaces") << QStringLiteral("79460018") << 1;
        QTest::addRow("phone as written") << QStringLiteral("7946 0018") << 1;
        QTest::addRow("a percent sign is literal") << QStringLiteral("%") << 0;
        QTest::addRow("an underscore is literal") << QStringLiteral("_") << 1;
        QTest::addRow("SQL text is only text") << QStringLiteral("' OR 1=1 --") << 0;
        QTest::addRow("nothing matches") << QStringLiteral("zzz") << 0;
        QTest::addRow("blank search shows all") << QStringLiteral("   ") << 3;
    }

    void searchMatchesNameEmailAndPhone() {
        QFETCH(QString, search);
        QFETCH(int, matches);
        const ClientRepository clients(*m_db);
        Client amelia = sample(QStringLiteral("Amelia Hartley"));
        amelia.preferredName = QStringLiteral("Amy");
        amelia.phone = QStringLiteral("+44 20 7946 0018");
        QVERIFY(clients.add(amelia).ok());
        Client jose = sample(QStringLiteral("José Álvarez"));
        jose.email = QStringLiteral("jose@example.org");
        jose.phone.clear();
        QVERIFY(clients.add(jose).ok());
        Client underscore = sample(QStringLiteral("Kofi Mensah"));
        underscore.email = QStringLiteral("kofi_mensah@example.com");
        underscore.phone.clear();
        QVERIFY(clients.add(underscore).ok());

        QCOMPARE(clients.count(ClientFilter{search, {}, false}).value(), qint64(matches));
        const auto rows = clients.pageAt(ClientFilter{search, {}, false}, {}, 0, 10);
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().size(), matches);
    }

    void foldsAccentsAndCase_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::addRow("an acute accent") << QStringLiteral("Émile") << QStringLiteral("emile");
        QTest::addRow("an umlaut") << QStringLiteral("MÜLLER") << QStringLiteral("muller");
        QTest::addRow("a cedilla and a tilde")
            << QStringLiteral("François Muñoz") << QStringLiteral("francois munoz");
        QTest::addRow("plain text is only lower-cased")
            << QStringLiteral("Ann O'Brien") << QStringLiteral("ann o'brien");
    }

    void foldsAccentsAndCase() {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(TextKeys::fold(text), folded);
    }

    void sortsAccentedNamesAmongTheirLetters() {
        const ClientRepository clients(*m_db);
        for (const char *name : {"Zoë Adams", "Émile Zola", "Eric Young", "Fatima Khan"})
            QVERIFY(clients.add(sample(QString::fromUtf8(name))).ok());
        QStringList names;
        for (const ClientListRow &row : clients.pageAt({}, {}, 0, 10).value())
            names.append(row.client.fullName);
        QCOMPARE(names, QStringList({QStringLiteral("Émile Zola"), QStringLiteral("Eric Young"),
                                     QStringLiteral("Fatima Khan"), QStringLiteral("Zoë Adams")}));
    }

    void injectionTextIsStoredLiterally() {
        const ClientRepository clients(*m_db);
        const QString name = QStringLiteral("Robert'); DROP TABLE clients;--");
        const qint64 id = clients.add(sample(name)).value();
        QCOMPARE(clients.get(id).value().fullName, name);
        QCOMPARE(clients.count({}).value(), qint64(1));
    }

    void positionOfFollowsFilterAndSort() {
        const ClientRepository clients(*m_db);
        const qint64 c = clients.add(sample(QStringLiteral("Carla"))).value();
        const qint64 a = clients.add(sample(QStringLiteral("Anna"))).value();
        Client archived = sample(QStringLiteral("Bea"));
        archived.archived = true;
        const qint64 b = clients.add(archived).value();
        QCOMPARE(clients.positionOf({}, {}, a).value(), qint64(0));
        QCOMPARE(clients.positionOf({}, {}, c).value(), qint64(1));
        QCOMPARE(clients.positionOf({}, {}, b).value(), qint64(-1));
        QCOMPARE(clients.positionOf({}, {ClientSortKey::Name, Qt::DescendingOrder}, a).value(), qint64(1));
        QCOMPARE(clients.positionOf(ClientFilter{{}, {}, true}, {}, c).value(), qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestClientRepository)
#include "tst_ClientRepository.moc"
