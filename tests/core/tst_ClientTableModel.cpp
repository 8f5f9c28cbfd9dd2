// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientService.h"
#include "app/clients/ClientTableModel.h"
#include "app/common/TextKeys.h"
#include "app/storage/ClientRepository.h"
#include "tests/support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <map>

using namespace bk;

class TestClientTableModel : public QObject {
    Q_OBJECT

    // A client as read straight from the table, to compute the expected answer independently of the model.
    struct Reference {
        qint64 id;
        QByteArray name;  // folded UTF-8 (TextKeys), compared bytewise like SQLite's BINARY collation
        QByteArray email; // lower-cased
        QString searchable;
        int status;
        bool archived;
    };

    // The large practice of one engine, with its clients as read straight from the table.
    struct Big {
        std::unique_ptr<Database> db;
        QList<Reference> reference;
    };

    QTemporaryDir m_dir;
    // Each engine's large practice, made at its first test and kept for the rest: building it is most of the
    // test's time (about 40 s of a minute on PostgreSQL, where it keeps its full size).
    std::map<QString, Big> m_bigs;
    const Big *m_big = nullptr;
    static constexpr int BigCount = 100000;

    QList<qint64> expectedIds(const QString &search, std::optional<int> status, bool byEmail,
                              bool descending) const {
        const QStringList words = TextKeys::fold(search).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QList<Reference> rows;
        for (const Reference &row : m_big->reference) {
            if (row.archived || (status && row.status != *status))
                continue;
            if (std::all_of(words.cbegin(), words.cend(),
                            [&row](const QString &word) { return row.searchable.contains(word); })) {
                rows.append(row);
            }
        }
        std::sort(rows.begin(), rows.end(), [&](const Reference &a, const Reference &b) {
            const QByteArray &keyA = byEmail ? a.email : a.name;
            const QByteArray &keyB = byEmail ? b.email : b.name;
            const bool less = keyA != keyB ? keyA < keyB : a.id < b.id;
            const bool greater = keyA != keyB ? keyB < keyA : b.id < a.id;
            return descending ? greater : less;
        });
        QList<qint64> ids;
        for (const Reference &row : rows)
            ids.append(row.id);
        return ids;
    }

    // How many saved search indexes the connection sees (on a server, its role's own).
    static int savedIndexes(const Database &db) {
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM client_search_snapshots")) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    // Opens a list, lets it read its search index on its thread (which saves it) and closes it again.
    static void saveSearchIndex(const Database &db) {
        ClientTableModel model(db);
        QTRY_VERIFY(model.isSearchIndexReady());
    }

    // The ids SQL's LIKE over search_key lists for `filter`, by name.
    static QList<qint64> sqlIds(const Database &db, const ClientFilter &filter, ClientSortKey key) {
        QList<qint64> ids;
        for (const ClientListRow &row :
             ClientRepository(db).pageAt(filter, ClientSort{key, Qt::AscendingOrder}, 0, 100000).value())
            ids.append(row.client.id);
        return ids;
    }

    static QList<qint64> modelIds(const ClientTableModel &model) {
        QList<qint64> ids;
        ids.reserve(model.rowCount());
        for (int row = 0; row < model.rowCount(); ++row)
            ids.append(model.index(row, 0).data(ClientTableModel::IdRole).toLongLong());
        return ids;
    }

private Q_SLOTS:
    void initTestCase_data() { test::addEngineRows(); }

    void initTestCase() { test::initTestEnvironment(); }

    void cleanupTestCase() {
        m_big = nullptr;
        m_bigs.clear();
    }

    // Makes the current engine's large practice at its first test.
    void init() {
        // The search index is read on a thread of its own: a server connection there needs a QThread.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("QSocketNotifier")));
        QFETCH_GLOBAL(QString, engine);
        if (const auto made = m_bigs.find(engine); made != m_bigs.end()) {
            m_big = &made->second;
            return;
        }
        Big big;
        big.db = test::openDatabase(m_dir.filePath(QStringLiteral("big.sqlite")));
        QVERIFY(big.db);
        QVERIFY(test::addSyntheticClients(*big.db, BigCount).ok());
        QSqlQuery query(big.db->connection());
        query.setForwardOnly(true);
        QVERIFY(
            query.exec(QStringLiteral("SELECT id, full_name, preferred_name, email, phone, status, archived "
                                      "FROM clients")));
        while (query.next()) {
            const QString phone = query.value(4).toString();
            QString digits;
            for (QChar c : phone) {
                if (c.isDigit())
                    digits.append(c);
            }
            big.reference.append(
                {query.value(0).toLongLong(), TextKeys::fold(query.value(1).toString()).toUtf8(),
                 query.value(3).toString().toLower().toUtf8(),
                 TextKeys::fold(QStringList{query.value(1).toString(), query.value(2).toString(),
                                            query.value(3).toString(), phone, digits}
                                    .join(QLatin1Char('\n'))),
                 query.value(5).toInt(), query.value(6).toInt() != 0});
        }
        QCOMPARE(big.reference.size(), BigCount);
        m_big = &m_bigs.emplace(engine, std::move(big)).first->second;
    }

    void passesModelTesterWhileFilteringAndSorting() {
        auto db = test::openDatabase(m_dir.filePath(QStringLiteral("small.sqlite")));
        QVERIFY(test::addSyntheticClients(*db, 700).ok());
        ClientTableModel model(*db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(ClientTableModel::ColumnCount));
        QVERIFY(model.rowCount() > 600);
        model.sort(ClientTableModel::StartDateColumn, Qt::DescendingOrder);
        model.setFilter(ClientFilter{QStringLiteral("an"), ClientStatus::Active, false});
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(
                model.index(row, ClientTableModel::StatusColumn).data(ClientTableModel::RawRole).toString(),
                QStringLiteral("active"));
        model.setFilter({});
        QVERIFY(model.lastError().isEmpty());
    }

    void rawRoleCarriesStoredValues() {
        auto db = test::openDatabase(m_dir.filePath(QStringLiteral("raw.sqlite")));
        Client client;
        client.fullName = QStringLiteral("Grace O'Neill");
        client.preferredName = QStringLiteral("Gracie");
        client.preferredChannel = ContactChannel::TextMessage;
        client.status = ClientStatus::Onboarding;
        client.startDate = QDate(2026, 5, 4);
        const qint64 id = ClientService(*db).add(client).value();
        ClientTableModel model(*db);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(ClientTableModel::IdRole).toLongLong(), id);
        QCOMPARE(model.index(0, ClientTableModel::NameColumn).data(ClientTableModel::RawRole).toString(),
                 client.fullName);
        QCOMPARE(model.index(0, ClientTableModel::NameColumn).data().toString(),
                 QStringLiteral("Grace O'Neill (Gracie)"));
        QCOMPARE(model.index(0, ClientTableModel::ChannelColumn).data(ClientTableModel::RawRole).toString(),
                 QStringLiteral("text_message"));
        QCOMPARE(model.index(0, ClientTableModel::ChannelColumn).data().toString(),
                 QStringLiteral("Text message"));
        QCOMPARE(model.index(0, ClientTableModel::StartDateColumn).data(ClientTableModel::RawRole).toDate(),
                 QDate(2026, 5, 4));
    }

    void refreshesWhenAClientIsSaved() {
        auto db = test::openDatabase(m_dir.filePath(QStringLiteral("signals.sqlite")));
        ClientTableModel model(*db);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.rowCount(), 0);
        Client client;
        client.fullName = QStringLiteral("Hugo");
        const qint64 id = ClientService(*db).add(client).value();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(id), 0);
        QVERIFY(ClientService(*db).setArchived(id, true).ok());
        QCOMPARE(reset.count(), 2);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOf(id), -1);
    }

    void searchSeesEveryChange() {
        // A search runs on an index read when the list opens: it must not miss a client saved after it.
        auto db = test::openDatabase(m_dir.filePath(QStringLiteral("search.sqlite")));
        const ClientRepository clients(*db);
        Client hugo;
        hugo.fullName = QStringLiteral("Hugo Müller");
        hugo.id = ClientService(*db).add(hugo).value();
        ClientTableModel model(*db);
        const auto search = [&model](bool includeArchived) {
            // Each search waits for the index, so that every change is seen by a search on the index.
            model.setFilter(ClientFilter{QStringLiteral("mull"), std::nullopt, includeArchived});
            QTRY_VERIFY(model.isSearchIndexReady());
            model.setFilter(ClientFilter{QStringLiteral("mull"), std::nullopt, includeArchived});
        };
        search(false);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(hugo.id), 0);

        Client ines;
        ines.fullName = QStringLiteral("Inès Mullins");
        ines.id = ClientService(*db).add(ines).value();
        QCOMPARE(model.rowCount(), 2);
        search(false);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(ClientTableModel::IdRole).toLongLong(), hugo.id);
        QCOMPARE(model.rowOf(ines.id), 1);

        hugo = clients.get(hugo.id).value();
        hugo.fullName = QStringLiteral("Hugo Meyer");
        QVERIFY(ClientService(*db).update(hugo).ok());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(hugo.id), -1);
        search(false);
        QCOMPARE(model.rowCount(), 1);

        QVERIFY(ClientService(*db).setArchived(ines.id, true).ok());
        QCOMPARE(model.rowCount(), 0);
        search(true);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ClientTableModel::NameColumn).data().toString(), ines.fullName);

        QVERIFY(ClientService(*db).remove(ines.id).ok());
        QCOMPARE(model.rowCount(), 0);
        // Another connection's change is seen after refresh().
        QSqlQuery other(db->connection());
        QVERIFY(other.exec(
            QStringLiteral("UPDATE clients SET search_key = 'hugo mullan', row_version = row_version + 1")));
        QCOMPARE(model.rowCount(), 0);
        model.refresh();
        QCOMPARE(model.rowCount(), 1);
        search(true);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.lastError().isEmpty());
    }

    void firstSearchAfterAChangeRunsOnTheIndex() {
        // The index is read as the list opens and kept through changes: the first search after a change made
        // here, or on another connection, brings it up to date and answers as SQL's LIKE over search_key
        // does.
        const QString path = m_dir.filePath(QStringLiteral("first.sqlite"));
        auto db = test::openDatabase(path);
        QVERIFY(test::addSyntheticClients(*db, 300).ok());
        const ClientService service(*db);
        const ClientRepository clients(*db);
        ClientTableModel model(*db);
        QTRY_VERIFY(model.isSearchIndexReady());

        const QStringList searches = {
            QStringLiteral("m"), QStringLiteral("mü"),  QStringLiteral("MÜL"),    QStringLiteral("üll"),
            QStringLiteral("e"), QStringLiteral("zz"),  QStringLiteral("ra 9"),   QStringLiteral("%"),
            QStringLiteral("_"), QStringLiteral("\\"),  QStringLiteral("é"),      QStringLiteral("ÅNG"),
            QStringLiteral("@"), QStringLiteral("ö a"), QStringLiteral("100% _m")};
        const std::pair<int, ClientSortKey> orders[] = {
            {ClientTableModel::NameColumn, ClientSortKey::Name},
            {ClientTableModel::EmailColumn, ClientSortKey::Email}};
        const auto sameAsSql = [&](const char *after) {
            // Still on the index: a change does not throw it away.
            QVERIFY2(model.isSearchIndexReady(), after);
            for (const auto &[column, key] : orders) {
                model.sort(column, Qt::AscendingOrder);
                for (const QString &search : searches) {
                    for (const bool archivedToo : {false, true}) {
                        ClientFilter filter;
                        filter.search = search;
                        filter.includeArchived = archivedToo;
                        model.setFilter(filter);
                        QList<qint64> expected;
                        for (const ClientListRow &row :
                             clients.pageAt(filter, ClientSort{key, Qt::AscendingOrder}, 0, 100000).value())
                            expected.append(row.client.id);
                        QVERIFY2(
                            modelIds(model) == expected,
                            qPrintable(QStringLiteral("\"%1\" after %2, by column %3%4")
                                           .arg(search, QString::fromLatin1(after))
                                           .arg(column)
                                           .arg(archivedToo ? QStringLiteral(", archived too") : QString())));
                    }
                }
            }
            QVERIFY2(model.isSearchIndexReady(), after);
            QVERIFY(model.lastError().isEmpty());
        };
        // Both orders read before the changes, so that both must place the changed clients.
        sameAsSql("opening");
        if (QTest::currentTestFailed())
            return;

        Client angel = test::sampleClient(QStringLiteral("Ängel Müllerová"));
        angel.preferredName = QStringLiteral("100% _m");
        angel.id = service.add(angel).value();
        sameAsSql("an insert");
        if (QTest::currentTestFailed())
            return;

        Client moved = clients.get(7).value();
        moved.fullName = QStringLiteral("Aaron Zmüller");
        moved.email = QStringLiteral("zz@aaron.example");
        QVERIFY(service.update(moved).ok());
        sameAsSql("an update that moves the client in both orders");
        if (QTest::currentTestFailed())
            return;

        // Several changes before the next search, next to each other in the orders.
        for (const QString &name : {QStringLiteral("Mia Ångström"), QStringLiteral("Mia Ångströmer"),
                                    QStringLiteral("Mia Ångströmová")}) {
            Client mia = test::sampleClient(name);
            mia.email = QStringLiteral("mia@angstrom.example");
            QVERIFY(service.add(mia).ok());
        }
        moved = clients.get(8).value();
        moved.fullName = QStringLiteral("Mia Ångströ");
        QVERIFY(service.update(moved).ok());
        sameAsSql("several inserts and an update");
        if (QTest::currentTestFailed())
            return;

        QVERIFY(service.setArchived(angel.id, true).ok());
        sameAsSql("archiving");
        if (QTest::currentTestFailed())
            return;

        QVERIFY(service.erase(9, SignedDocuments::Remove).ok());
        QVERIFY(service.remove(10).ok());
        sameAsSql("an erasure and a deletion");
        if (QTest::currentTestFailed())
            return;

        // Another connection's change (another desktop on a server, the command line on a file).
        {
            auto other = test::openDatabase(path);
            Client theirs = ClientRepository(*other).get(11).value();
            theirs.fullName = QStringLiteral("Élodie Ämmerle");
            QVERIFY(ClientService(*other).update(theirs).ok());
            QVERIFY(ClientService(*other).add(test::sampleClient(QStringLiteral("Ömer Mülayim"))).ok());
        }
        model.refresh();
        sameAsSql("changes on another connection");
    }

    void searchFindsWhatSqlFinds_data() {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("includeArchived");
        const QStringList searches = {
            QStringLiteral("m"),    QStringLiteral("mü"),   QStringLiteral("MÜL"),
            QStringLiteral("ra 9"), QStringLiteral("@"),    QStringLiteral(".com"),
            QStringLiteral("q"),    QStringLiteral("zzq"),  QStringLiteral("0 1 2"),
            QStringLiteral("%"),    QStringLiteral("_"),    QStringLiteral("\\"),
            QStringLiteral("é"),    QStringLiteral("øy"),   QStringLiteral("an an"),
            QStringLiteral("e\na"), QStringLiteral("ł"),    QStringLiteral("ara nt"),
            QStringLiteral("+44"),  QStringLiteral("7700"), QStringLiteral("ʼ")};
        for (const QString &search : searches)
            QTest::addRow("\"%s\"", qPrintable(search)) << search << -1 << false;
        for (const QString &search : {QStringLiteral("m"), QStringLiteral("ra 9"), QStringLiteral("øy")}) {
            QTest::addRow("\"%s\", paused, archived too", qPrintable(search))
                << search << int(ClientStatus::Paused) << true;
        }
    }

    void searchFindsWhatSqlFinds() {
        // The search index answers every search as ClientRepository's LIKE over search_key does.
        QFETCH(QString, search);
        QFETCH(int, status);
        QFETCH(bool, includeArchived);
        ClientFilter filter;
        filter.search = search;
        filter.includeArchived = includeArchived;
        if (status >= 0)
            filter.status = ClientStatus(status);
        const ClientRepository clients(*m_big->db);
        const QList<ClientListRow> rows =
            clients.pageAt(filter, ClientSort{ClientSortKey::Phone, Qt::DescendingOrder}, 0, BigCount)
                .value();
        QList<qint64> expected;
        for (const ClientListRow &row : rows)
            expected.append(row.client.id);
        QCOMPARE(clients.count(filter).value(), qint64(expected.size()));

        // A search before the index is read runs in SQL; once it is read, searches run on it.
        ClientTableModel model(*m_big->db);
        model.sort(ClientTableModel::PhoneColumn, Qt::DescendingOrder);
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), int(expected.size()));
        QTRY_VERIFY(model.isSearchIndexReady());
        model.setFilter(filter);
        QCOMPARE(modelIds(model), expected);
        QVERIFY(model.lastError().isEmpty());
    }

    void firstSearchRightAfterOpeningRunsOnTheSavedIndex() {
        // The list that read its index on its thread saved it; the first search of the next list, typed
        // before the event loop has run, starts from that copy, brought up to date with what changed since,
        // instead of running in SQL, and answers as SQL's LIKE over search_key does.
        const QString path = m_dir.filePath(QStringLiteral("saved.sqlite"));
        auto db = test::openDatabase(path);
        QVERIFY(test::addSyntheticClients(*db, 300).ok());
        const ClientService service(*db);
        QCOMPARE(savedIndexes(*db), 0);
        saveSearchIndex(*db);
        QCOMPARE(savedIndexes(*db), 1);

        // Changes after it was saved: a new client, a renamed one, an archived one.
        Client omer = test::sampleClient(QStringLiteral("Ömer Mülayim"));
        omer.id = service.add(omer).value();
        Client renamed = ClientRepository(*db).get(7).value();
        renamed.fullName = QStringLiteral("Aaron Zmüller");
        QVERIFY(service.update(renamed).ok());
        QVERIFY(service.setArchived(12, true).ok());

        const QStringList searches = {QStringLiteral("m"),    QStringLiteral("mü"), QStringLiteral("MÜL"),
                                      QStringLiteral("üll"),  QStringLiteral("e"),  QStringLiteral("zz"),
                                      QStringLiteral("ra 9"), QStringLiteral("%"),  QStringLiteral("_"),
                                      QStringLiteral("é"),    QStringLiteral("@"),  QStringLiteral("ö a")};
        for (const QString &search : searches) {
            for (const bool archivedToo : {false, true}) {
                ClientFilter filter;
                filter.search = search;
                filter.includeArchived = archivedToo;
                ClientTableModel model(*db);
                model.setFilter(filter);
                const QString row =
                    QStringLiteral("\"%1\"%2")
                        .arg(search, archivedToo ? QStringLiteral(", archived too") : QString());
                QVERIFY2(model.isSearchIndexReady(), qPrintable(row));
                QVERIFY2(!model.isReadingSearchIndex(), qPrintable(row));
                QVERIFY2(modelIds(model) == sqlIds(*db, filter, ClientSortKey::Name), qPrintable(row));
                QVERIFY(model.lastError().isEmpty());
            }
        }
        // Sorted by another key, whose order the copy does not hold: read for the search, as on the index.
        ClientTableModel byEmail(*db);
        byEmail.sort(ClientTableModel::EmailColumn, Qt::AscendingOrder);
        byEmail.setFilter(ClientFilter{QStringLiteral("mü"), std::nullopt, false});
        QVERIFY(byEmail.isSearchIndexReady());
        QCOMPARE(modelIds(byEmail),
                 sqlIds(*db, ClientFilter{QStringLiteral("mü"), std::nullopt, false}, ClientSortKey::Email));
        QVERIFY(modelIds(byEmail).contains(omer.id));
    }

    void savedIndexIsUsedOnlyAtTheTrailsHead() {
        // The copy is saved at the audit event it was read at and replaced only when that differs; one saved
        // while the trail moved on would not be saved at all.
        const QString path = m_dir.filePath(QStringLiteral("saved-head.sqlite"));
        auto db = test::openDatabase(path);
        QVERIFY(test::addSyntheticClients(*db, 50).ok());
        const ClientRepository clients(*db);
        const auto savedAt = [&db]() {
            QSqlQuery query(db->connection());
            return query.exec(QStringLiteral("SELECT changes_seen FROM client_search_snapshots")) &&
                           query.next()
                       ? query.value(0).toLongLong()
                       : -1;
        };
        saveSearchIndex(*db);
        const qint64 first = savedAt();
        QVERIFY(first > 0);
        QVERIFY(ClientService(*db).add(test::sampleClient(QStringLiteral("Nia Moss"))).ok());
        saveSearchIndex(*db);
        QVERIFY(savedAt() > first);

        ClientSearchIndex behind;
        QVERIFY(clients.loadSearchIndex(behind).ok());
        QVERIFY(ClientService(*db).add(test::sampleClient(QStringLiteral("Ola Moss"))).ok());
        const qint64 before = savedAt();
        QVERIFY(clients.saveSearchSnapshot(behind).ok());
        QCOMPARE(savedAt(), before);
    }

    void aCopyInAnEarlierFormatIsReplacedAtTheSameHead() {
        // A copy an earlier version wrote at the trail's head, in a format this one cannot read, is replaced
        // by the next list that reads its index: kept, every first search would run in SQL until the next
        // change to a client.
        const QString path = m_dir.filePath(QStringLiteral("saved-format.sqlite"));
        auto db = test::openDatabase(path);
        QVERIFY(test::addSyntheticClients(*db, 40).ok());
        saveSearchIndex(*db);
        const auto savedData = [&db]() {
            QSqlQuery query(db->connection());
            return query.exec(QStringLiteral("SELECT data FROM client_search_snapshots")) && query.next()
                       ? query.value(0).toByteArray()
                       : QByteArray();
        };
        QByteArray earlier = savedData();
        QVERIFY(earlier.startsWith(ClientSearchIndex::snapshotFormatMark()));
        earlier[4] = char(earlier[4] - 1); // the format number, after the magic number
        QSqlQuery write(db->connection());
        QVERIFY(write.prepare(QStringLiteral("UPDATE client_search_snapshots SET data = :data")));
        write.bindValue(QStringLiteral(":data"), earlier);
        QVERIFY2(write.exec(), qPrintable(write.lastError().text()));

        saveSearchIndex(*db);
        const QByteArray replaced = savedData();
        QVERIFY(replaced.startsWith(ClientSearchIndex::snapshotFormatMark()));
        QVERIFY(ClientSearchIndex::fromSnapshot(replaced).has_value());
        ClientTableModel model(*db);
        model.setFilter(ClientFilter{QStringLiteral("m"), std::nullopt, false});
        QVERIFY(model.isSearchIndexReady());
        QCOMPARE(modelIds(model),
                 sqlIds(*db, ClientFilter{QStringLiteral("m"), std::nullopt, false}, ClientSortKey::Name));
    }

    void erasureAndDeletionForgetTheSavedIndex() {
        // The copy holds names: erasing or deleting a client deletes it in the same transaction, and an
        // erasure rolled back keeps it.
        const QString path = m_dir.filePath(QStringLiteral("saved-erase.sqlite"));
        auto db = test::openDatabase(path);
        QVERIFY(test::addSyntheticClients(*db, 40).ok());
        const ClientService service(*db);
        saveSearchIndex(*db);
        QCOMPARE(savedIndexes(*db), 1);

        const Status rolledBack = db->transaction([&]() -> Status {
            if (Status erased = service.erase(3, SignedDocuments::Remove); !erased)
                return erased;
            if (savedIndexes(*db) != 0)
                return Error{Error::Kind::Storage, QStringLiteral("the erasure kept the saved index")};
            return Error{Error::Kind::Cancelled, QStringLiteral("rolled back on purpose")};
        });
        QCOMPARE(rolledBack.error().kind, Error::Kind::Cancelled);
        QCOMPARE(savedIndexes(*db), 1);

        QVERIFY(service.erase(3, SignedDocuments::Remove).ok());
        QCOMPARE(savedIndexes(*db), 0);
        // The next list does not find the erased client in a copy; the one after it has a new copy without
        // it.
        saveSearchIndex(*db);
        QCOMPARE(savedIndexes(*db), 1);
        QSqlQuery data(db->connection());
        QVERIFY(data.exec(QStringLiteral("SELECT data FROM client_search_snapshots")) && data.next());
        const std::optional<ClientSearchIndex> saved =
            ClientSearchIndex::fromSnapshot(data.value(0).toByteArray());
        QVERIFY(saved);
        QCOMPARE(saved->size(), qsizetype(40));

        QVERIFY(service.remove(5).ok());
        QCOMPARE(savedIndexes(*db), 0);
    }

    void damagedSavedIndexIsIgnored() {
        // A copy this version cannot read (cut short, another format, offsets out of range, noise) is never
        // trusted: the search runs in SQL, as without one, and finds what SQL finds.
        const QString path = m_dir.filePath(QStringLiteral("saved-damaged.sqlite"));
        auto db = test::openDatabase(path);
        QVERIFY(test::addSyntheticClients(*db, 120).ok());
        saveSearchIndex(*db);
        QSqlQuery read(db->connection());
        QVERIFY(read.exec(QStringLiteral("SELECT data FROM client_search_snapshots")) && read.next());
        const QByteArray good = read.value(0).toByteArray();
        read.finish();
        QVERIFY(ClientSearchIndex::fromSnapshot(good).has_value());

        QList<std::pair<QString, QByteArray>> damaged;
        damaged.append({QStringLiteral("cut short"), good.left(good.size() - 8)});
        damaged.append({QStringLiteral("one byte short"), good.left(good.size() - 1)});
        damaged.append({QStringLiteral("empty"), QByteArray("")});
        damaged.append({QStringLiteral("longer"), good + QByteArray(8, '\0')});
        QByteArray format = good;
        format[4] = char(format[4] + 1);
        damaged.append({QStringLiteral("another format"), format});
        QByteArray clients = good;
        clients[16] = char(0x7f); // the number of clients
        damaged.append({QStringLiteral("too many clients"), clients});
        QByteArray offset = good;
        // The second client's key starts beyond the keys (the offsets follow the header and the ids).
        const qsizetype secondStart = 48 + 120 * 8 + 4;
        offset[secondStart + 3] = char(0x7f);
        damaged.append({QStringLiteral("an offset out of range"), offset});
        QByteArray noise(good.size(), '\0');
        for (qsizetype i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919) % 251);
        damaged.append({QStringLiteral("noise"), noise});
        // Every cut of the header and of the first arrays.
        for (qsizetype cut = 0; cut < 48 + 120 * 8 + 8; cut += 3)
            QVERIFY2(!ClientSearchIndex::fromSnapshot(QByteArrayView(good).first(cut)),
                     qPrintable(QString::number(cut)));

        const ClientFilter filter{QStringLiteral("mü"), std::nullopt, false};
        for (const auto &[what, bytes] : std::as_const(damaged)) {
            QVERIFY2(!ClientSearchIndex::fromSnapshot(bytes), qPrintable(what));
            QSqlQuery write(db->connection());
            QVERIFY(write.prepare(QStringLiteral("UPDATE client_search_snapshots SET data = :data")));
            write.bindValue(QStringLiteral(":data"), bytes);
            QVERIFY2(write.exec(), qPrintable(write.lastError().text()));
            ClientTableModel model(*db);
            model.setFilter(filter);
            QVERIFY2(!model.isSearchIndexReady(), qPrintable(what));
            QVERIFY2(modelIds(model) == sqlIds(*db, filter, ClientSortKey::Name), qPrintable(what));
            QVERIFY(model.lastError().isEmpty());
        }
    }

    void readOnlyDatabaseDoesNotSaveTheIndex() {
        const QString path = m_dir.filePath(QStringLiteral("saved-readonly.sqlite"));
        {
            auto db = test::openDatabase(path);
            QVERIFY(test::addSyntheticClients(*db, 60).ok());
        }
        const Result<std::unique_ptr<Database>> readOnly = Database::open(
            test::databaseLocation(path), Database::Options{Database::Access::ReadOnly, false});
        QVERIFY2(readOnly.ok(), readOnly.ok() ? "" : qPrintable(readOnly.error().message));
        {
            ClientTableModel model(*readOnly.value());
            QTRY_VERIFY(model.isSearchIndexReady());
        }
        QCOMPARE(savedIndexes(*readOnly.value()), 0);
        QVERIFY(!ClientRepository(*readOnly.value()).saveSearchSnapshot(ClientSearchIndex()).ok());
        QCOMPARE(savedIndexes(*readOnly.value()), 0);
    }

    void searchRightAfterOpeningHasTheProcessorToItself() {
        // A search typed as the list opens, before the event loop has run, with no saved index to start from,
        // runs in SQL on this thread. The search index is read once the event loop runs: read meanwhile on
        // its thread, it would compete with that search for the processor (on two busy cores the search took
        // 1.4-1.8 times its SQL's time).
        const QString search = QStringLiteral("mü");
        const QList<qint64> expected = expectedIds(search, std::nullopt, false, false);
        QSqlQuery forget(m_big->db->connection());
        QVERIFY(forget.exec(QStringLiteral("DELETE FROM client_search_snapshots")));
        ClientTableModel model(*m_big->db);
        model.setFilter(ClientFilter{search, std::nullopt, false});
        QVERIFY(!model.isReadingSearchIndex());
        QCOMPARE(modelIds(model), expected);
        QVERIFY(!model.isSearchIndexReady());
        QTRY_VERIFY(model.isSearchIndexReady());
        model.setFilter(ClientFilter{search, std::nullopt, false});
        QCOMPARE(modelIds(model), expected);
        QVERIFY(model.lastError().isEmpty());
    }

    void filterAndSortAreRightOverAllRows_data() {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        QTest::addRow("every client by name")
            << QString() << -1 << int(ClientTableModel::NameColumn) << false;
        QTest::addRow("every client by name, descending")
            << QString() << -1 << int(ClientTableModel::NameColumn) << true;
        QTest::addRow("active clients by email")
            << QString() << int(ClientStatus::Active) << int(ClientTableModel::EmailColumn) << false;
        QTest::addRow("a common search word by email, descending")
            << QStringLiteral("mü") << -1 << int(ClientTableModel::EmailColumn) << true;
        QTest::addRow("two search words and a status by name")
            << QStringLiteral("ra 9") << int(ClientStatus::Paused) << int(ClientTableModel::NameColumn)
            << false;
    }

    void filterAndSortAreRightOverAllRows() {
        QFETCH(QString, search);
        QFETCH(int, status);
        QFETCH(int, column);
        QFETCH(bool, descending);
        ClientTableModel model(*m_big->db);
        model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        ClientFilter filter;
        filter.search = search;
        if (status >= 0)
            filter.status = ClientStatus(status);
        model.setFilter(filter);

        const QList<qint64> expected = expectedIds(search, status >= 0 ? std::optional(status) : std::nullopt,
                                                   column == ClientTableModel::EmailColumn, descending);
        QVERIFY(expected.size() > 2 * ClientTableModel::PageSize);
        QCOMPARE(model.rowCount(), int(expected.size()));

        // Jump straight to the end first (offset paging), then walk from the start (keyset paging).
        const int last = model.rowCount() - 1;
        QCOMPARE(model.index(last, 0).data(ClientTableModel::IdRole).toLongLong(), expected.last());
        QCOMPARE(model.index(last / 2, 0).data(ClientTableModel::IdRole).toLongLong(), expected.at(last / 2));
        QCOMPARE(modelIds(model), expected);
        QCOMPARE(model.rowOf(expected.at(last / 3)), last / 3);
        QVERIFY(model.lastError().isEmpty());
    }

    void unsortableColumnKeepsTheCurrentOrder() {
        ClientTableModel model(*m_big->db);
        model.sort(ClientTableModel::EmailColumn, Qt::DescendingOrder);
        const qint64 first = model.index(0, 0).data(ClientTableModel::IdRole).toLongLong();
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(!ClientTableModel::isSortable(ClientTableModel::AgreementColumn));
        model.sort(ClientTableModel::AgreementColumn, Qt::AscendingOrder);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.sortColumn(), int(ClientTableModel::EmailColumn));
        QCOMPARE(model.sortOrder().order, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data(ClientTableModel::IdRole).toLongLong(), first);
    }

    void walkingBackwardsMatchesWalkingForwards() {
        ClientTableModel model(*m_big->db);
        const int rows = model.rowCount();
        QList<qint64> backwards;
        for (int row = rows - 1; row >= 0; --row)
            backwards.prepend(model.index(row, 0).data(ClientTableModel::IdRole).toLongLong());
        QCOMPARE(backwards, expectedIds({}, std::nullopt, false, false));
    }
};

QTEST_GUILESS_MAIN(TestClientTableModel)
#include "tst_ClientTableModel.moc"
