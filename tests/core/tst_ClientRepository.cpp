// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientService.h"
#include "app/clients/ClientValidator.h"
#include "app/common/Clock.h"
#include "app/common/TextKeys.h"
#include "app/storage/ClientRepository.h"
#include "tests/support/TestSupport.h"

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
        const ClientService service(*m_db);
        Client amelia = test::sampleClient(QStringLiteral("Amelia Hartley"));
        amelia.preferredName = QStringLiteral("Amy");
        amelia.phone = QStringLiteral("+44 20 7946 0018");
        QVERIFY(service.add(amelia).ok());
        Client jose = test::sampleClient(QStringLiteral("José Álvarez"));
        jose.email = QStringLiteral("jose@example.org");
        jose.phone.clear();
        QVERIFY(service.add(jose).ok());
        Client underscore = test::sampleClient(QStringLiteral("Kofi Mensah"));
        underscore.email = QStringLiteral("kofi_mensah@example.com");
        underscore.phone.clear();
        QVERIFY(service.add(underscore).ok());

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
        const ClientService service(*m_db);
        for (const char *name : {"Zoë Adams", "Émile Zola", "Eric Young", "Fatima Khan"})
            QVERIFY(service.add(test::sampleClient(QString::fromUtf8(name))).ok());
        QStringList names;
        for (const ClientListRow &row : clients.pageAt({}, {}, 0, 10).value())
            names.append(row.client.fullName);
        QCOMPARE(names, QStringList({QStringLiteral("Émile Zola"), QStringLiteral("Eric Young"),
                                     QStringLiteral("Fatima Khan"), QStringLiteral("Zoë Adams")}));
    }

    void injectionTextIsStoredLiterally() {
        const ClientRepository clients(*m_db);
        const ClientService service(*m_db);
        const QString name = QStringLiteral("Robert'); DROP TABLE clients;--");
        const qint64 id = service.add(test::sampleClient(name)).value();
        QCOMPARE(clients.get(id).value().fullName, name);
        QCOMPARE(clients.count({}).value(), qint64(1));
    }

    void positionOfFollowsFilterAndSort() {
        const ClientRepository clients(*m_db);
        const ClientService service(*m_db);
        const qint64 c = service.add(test::sampleClient(QStringLiteral("Carla"))).value();
        const qint64 a = service.add(test::sampleClient(QStringLiteral("Anna"))).value();
        Client archived = test::sampleClient(QStringLiteral("Bea"));
        archived.archived = true;
        const qint64 b = service.add(archived).value();
        QCOMPARE(clients.positionOf({}, {}, a).value(), qint64(0));
        QCOMPARE(clients.positionOf({}, {}, c).value(), qint64(1));
        QCOMPARE(clients.positionOf({}, {}, b).value(), qint64(-1));
        QCOMPARE(clients.positionOf({}, {ClientSortKey::Name, Qt::DescendingOrder}, a).value(), qint64(1));
        QCOMPARE(clients.positionOf(ClientFilter{{}, {}, true}, {}, c).value(), qint64(2));
    }

    // A page that skips rows walks the current clients' partial index of its sort key and reads its columns
    // only for the rows it shows, whatever SQLite's sampled statistics say about the indexes (on the
    // benchmark's practice they rated the index of every client as the smaller one: each skipped row was then
    // read from the table). Every page still holds the list's rows, from every offset and the end.
    void aPageThatSkipsRowsWalksTheCurrentClientsIndex() {
        const ClientRepository clients(*m_db);
        const ClientService service(*m_db);
        for (int i = 0; i < 12; ++i) {
            Client client =
                test::sampleClient(QStringLiteral("Client %1").arg(QChar(QLatin1Char('A' + (i * 5) % 12))));
            client.archived = i % 4 == 0;
            QVERIFY(service.add(client).ok());
        }
        const ClientSort byName{ClientSortKey::Name, Qt::AscendingOrder};
        if (!test::onPostgres()) {
            QSqlQuery stats(m_db->connection());
            QVERIFY(stats.exec(QStringLiteral("ANALYZE")));
            // The statistics SQLite sampled on the benchmark's practice (100,000 clients): the index of every
            // client rated smaller than the current clients' (84,960 against 92,340 entries).
            const QList<std::pair<const char *, const char *>> sampled = {
                {"clients_by_responsible", "46068 1001 1"},
                {"clients_current_search", "46956 1"},
                {"clients_current_by_updated", "99360 1 1"},
                {"clients_current_by_start", "93840 48 1"},
                {"clients_current_by_status", "52152 1001 1"},
                {"clients_current_by_channel", "111390 1001 1"},
                {"clients_current_by_phone", "85800 1 1"},
                {"clients_current_by_email", "96120 1 1"},
                {"clients_current_by_name", "92340 1 1"},
                {"clients_by_updated", "100280 1 1"},
                {"clients_by_start", "95880 51 1"},
                {"clients_by_status", "55601 1001 1"},
                {"clients_by_channel", "112365 1001 1"},
                {"clients_by_phone", "85800 1 1"},
                {"clients_by_email", "126825 1 1"},
                {"clients_by_name", "84960 1 1"}};
            QVERIFY(stats.exec(QStringLiteral("DELETE FROM sqlite_stat1 WHERE tbl = 'clients'")));
            for (const auto &[index, stat] : sampled)
                QVERIFY(stats.exec(QStringLiteral("INSERT INTO sqlite_stat1 VALUES ('clients', '%1', '%2')")
                                       .arg(QLatin1String(index), QLatin1String(stat))));
            QVERIFY(stats.exec(QStringLiteral("ANALYZE sqlite_schema")));
            const QString plan = test::planOf(*m_db, clients.pageQuery({}, byName, 4, 3));
            QVERIFY2(plan.contains(QStringLiteral("clients_current_by_name")), qPrintable(plan));
            QVERIFY2(!plan.contains(QStringLiteral("clients_by_name")), qPrintable(plan));
            // The agreement columns are read for the page's rows only, looked up by the ids of a list.
            QVERIFY2(plan.contains(QStringLiteral("LIST SUBQUERY")), qPrintable(plan));
            QVERIFY2(plan.contains(QStringLiteral("SEARCH clients USING INTEGER PRIMARY KEY")),
                     qPrintable(plan));
        }
        QSqlQuery plain(m_db->connection());
        QVERIFY(plain.exec(
            QStringLiteral("SELECT id FROM clients WHERE archived = FALSE ORDER BY name_key, id")));
        QList<qint64> expected;
        while (plain.next())
            expected.append(plain.value(0).toLongLong());
        QCOMPARE(expected.size(), 9);
        for (int offset = 0; offset < 9; ++offset) {
            const QList<ClientListRow> page = clients.pageAt({}, byName, offset, 2).value();
            QList<qint64> ids;
            for (const ClientListRow &row : page)
                ids.append(row.client.id);
            QCOMPARE(ids, expected.mid(offset, 2));
            const QList<ClientListRow> fromEnd = clients.pageFromEnd({}, byName, offset, 2).value();
            ids.clear();
            for (const ClientListRow &row : fromEnd)
                ids.append(row.client.id);
            QCOMPARE(ids, expected.mid(std::max(0, 9 - offset - 2), std::min(2, 9 - offset)));
        }
    }

    void pagesThroughUnknownStartDates_data() {
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addRow("earliest start first, unknown dates before every date") << Qt::AscendingOrder;
        QTest::addRow("latest start first, unknown dates after every date") << Qt::DescendingOrder;
    }

    void pagesThroughUnknownStartDates() {
        // An unknown start date is NULL: paging from a row with one, or across them, loses and repeats none.
        QFETCH(Qt::SortOrder, order);
        const ClientRepository clients(*m_db);
        const ClientService service(*m_db);
        for (int i = 0; i < 7; ++i) {
            Client client = test::sampleClient(QStringLiteral("Client %1").arg(i));
            client.startDate = i % 2 == 0 ? QDate() : QDate(2026, 1, 1).addDays(i % 3);
            QVERIFY(service.add(client).ok());
        }
        const ClientSort sort{ClientSortKey::StartDate, order};
        const QList<ClientListRow> all = clients.pageAt({}, sort, 0, 100).value();
        QCOMPARE(all.size(), 7);
        QCOMPARE(all.first().client.startDate.isValid(), order == Qt::DescendingOrder);
        QList<qint64> expected;
        for (const ClientListRow &row : all)
            expected.append(row.client.id);
        for (int limit = 1; limit <= 3; ++limit) {
            QList<qint64> forward = {all.first().client.id};
            while (forward.size() < all.size()) {
                const ClientListRow &last = all.at(expected.indexOf(forward.last()));
                const QList<ClientListRow> next = clients.pageNextTo({}, sort, last, false, limit).value();
                QVERIFY(!next.isEmpty());
                for (const ClientListRow &row : next)
                    forward.append(row.client.id);
            }
            QCOMPARE(forward, expected);
            QList<qint64> backward = {all.last().client.id};
            while (backward.size() < all.size()) {
                const ClientListRow &first = all.at(expected.indexOf(backward.first()));
                const QList<ClientListRow> previous =
                    clients.pageNextTo({}, sort, first, true, limit).value();
                QVERIFY(!previous.isEmpty());
                for (qsizetype i = previous.size() - 1; i >= 0; --i)
                    backward.prepend(previous.at(i).client.id);
            }
            QCOMPARE(backward, expected);
        }
        for (qsizetype i = 0; i < all.size(); ++i)
            QCOMPARE(clients.positionOf({}, sort, all.at(i).client.id).value(), i);
    }
};

QTEST_GUILESS_MAIN(TestClientRepository)
#include "tst_ClientRepository.moc"
