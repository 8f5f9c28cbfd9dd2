// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/Database.h"
#include "app/storage/KeysetQuery.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;

namespace {

struct Thing {
    qint64 id = 0;
    QString kind;
};

Thing thingFrom(const QSqlQuery &query, const QVariantList &sortValues) {
    return {query.value(0).toLongLong(), sortValues.value(0).toString()};
}

QList<qint64> ids(const Result<QList<Thing>> &things) {
    QList<qint64> list;
    for (const Thing &thing : things.value())
        list.append(thing.id);
    return list;
}

} // namespace

/// Keyset paging on a small table whose sort value repeats, so that the id decides between equal values.
class TestKeysetQuery : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;

    KeysetQuery things(Qt::SortOrder order, bool idsFirst) const {
        const QString table = QStringLiteral("things");
        const QStringList kept = {QStringLiteral("kept = :kept")};
        return KeysetQuery(*m_db, {.idColumn = QStringLiteral("id"),
                                   .sortExpressions = {QStringLiteral("kind")},
                                   .order = order,
                                   .countFrom = table,
                                   .positionFrom = table,
                                   .pageFrom = table,
                                   .conditions = kept,
                                   .pageConditions = kept,
                                   .columns = QStringLiteral("id"),
                                   .rowsFrom = idsFirst ? table : QString(),
                                   .bind = [](QSqlQuery &query) {
                                       query.bindValue(QStringLiteral(":kept"), 1);
                                   }});
    }

    static QString doing() { return QStringLiteral("listing things"); }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        m_db = test::openDatabase(m_dir.filePath(QStringLiteral("keyset-%1.sqlite").arg(++m_counter)));
        QVERIFY(m_db);
        QSqlQuery create = m_db->prepare(
            QStringLiteral("CREATE TABLE things (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, kept INTEGER)"));
        QVERIFY(create.exec());
        // Listed by kind, then id: a 2, a 5, b 1, b 3, b 6, b 9, c 7 (4 and 8 are filtered out).
        const QList<std::pair<QString, int>> rows = {
            {QStringLiteral("b"), 1}, {QStringLiteral("a"), 1}, {QStringLiteral("b"), 1},
            {QStringLiteral("c"), 0}, {QStringLiteral("a"), 1}, {QStringLiteral("b"), 1},
            {QStringLiteral("c"), 1}, {QStringLiteral("a"), 0}, {QStringLiteral("b"), 1}};
        for (const auto &[kind, kept] : rows) {
            QSqlQuery insert =
                m_db->prepare(QStringLiteral("INSERT INTO things (kind, kept) VALUES (:kind, :kept)"));
            insert.bindValue(QStringLiteral(":kind"), kind);
            insert.bindValue(QStringLiteral(":kept"), kept);
            QVERIFY(insert.exec());
        }
    }

    void cleanup() { m_db.reset(); }

    void pagesFollowTheSortValueThenTheId_data() {
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<bool>("idsFirst");
        QTest::addColumn<QList<qint64>>("list");
        const QList<qint64> ascending = {2, 5, 1, 3, 6, 9, 7};
        const QList<qint64> descending = {7, 9, 6, 3, 1, 5, 2};
        QTest::newRow("ascending, rows read with the ids") << Qt::AscendingOrder << false << ascending;
        QTest::newRow("ascending, ids found first") << Qt::AscendingOrder << true << ascending;
        QTest::newRow("descending, rows read with the ids") << Qt::DescendingOrder << false << descending;
        QTest::newRow("descending, ids found first") << Qt::DescendingOrder << true << descending;
    }

    void pagesFollowTheSortValueThenTheId() {
        QFETCH(Qt::SortOrder, order);
        QFETCH(bool, idsFirst);
        QFETCH(QList<qint64>, list);
        const KeysetQuery query = things(order, idsFirst);

        QCOMPARE(query.count(doing()).value(), qint64(list.size()));

        QCOMPARE(ids(query.pageAt(0, 3, thingFrom, doing())), list.mid(0, 3));
        QCOMPARE(ids(query.pageAt(3, 3, thingFrom, doing())), list.mid(3, 3));
        QCOMPARE(ids(query.pageAt(6, 3, thingFrom, doing())), list.mid(6));
        QCOMPARE(ids(query.pageAt(7, 3, thingFrom, doing())), QList<qint64>());

        QCOMPARE(ids(query.pageFromEnd(0, 3, thingFrom, doing())), list.mid(4, 3));
        QCOMPARE(ids(query.pageFromEnd(2, 3, thingFrom, doing())), list.mid(2, 3));
        QCOMPARE(ids(query.pageFromEnd(5, 3, thingFrom, doing())), list.mid(0, 2));

        // Each row's neighbours, in both directions, across equal sort values and across a change of value.
        const QList<Thing> all = query.pageAt(0, 100, thingFrom, doing()).value();
        QCOMPARE(all.size(), list.size());
        for (qsizetype i = 0; i < all.size(); ++i) {
            const KeysetQuery::Anchor anchor{{all.at(i).kind}, all.at(i).id};
            QCOMPARE(ids(query.pageNextTo(anchor, false, 2, thingFrom, doing())), list.mid(i + 1, 2));
            const qsizetype from = std::max<qsizetype>(0, i - 2);
            QCOMPARE(ids(query.pageNextTo(anchor, true, 2, thingFrom, doing())), list.mid(from, i - from));
            QCOMPARE(query.positionOf(all.at(i).id, doing()).value(), qint64(i));
        }
    }

    void rowsCarryTheirSortValues() {
        const QList<Thing> page = things(Qt::AscendingOrder, true).pageAt(0, 3, thingFrom, doing()).value();
        QCOMPARE(page.size(), 3);
        QCOMPARE(page.at(0).kind, QStringLiteral("a"));
        QCOMPARE(page.at(2).kind, QStringLiteral("b"));
    }

    void aRowTheFilterHidesHasNoPosition() {
        const KeysetQuery query = things(Qt::AscendingOrder, false);
        QCOMPARE(query.positionOf(4, doing()).value(), qint64(-1));
        QCOMPARE(query.positionOf(8, doing()).value(), qint64(-1));
        QCOMPARE(query.positionOf(100, doing()).value(), qint64(-1));
    }

    void aFailingStatementReportsWhatWasBeingDone() {
        KeysetQuery broken(*m_db, {.idColumn = QStringLiteral("id"),
                                   .sortExpressions = {QStringLiteral("kind")},
                                   .order = Qt::AscendingOrder,
                                   .countFrom = QStringLiteral("no_such_table"),
                                   .positionFrom = QStringLiteral("no_such_table"),
                                   .pageFrom = QStringLiteral("no_such_table"),
                                   .conditions = {},
                                   .pageConditions = {},
                                   .columns = QStringLiteral("id"),
                                   .rowsFrom = {},
                                   .bind = [](QSqlQuery &) {
                                   }});
        const Result<qint64> count = broken.count(doing());
        QVERIFY(!count.ok());
        QVERIFY2(count.error().message.contains(doing()), qPrintable(count.error().message));
        QVERIFY(!broken.pageAt(0, 3, thingFrom, doing()).ok());
        QVERIFY(!broken.positionOf(1, doing()).ok());
    }
};

QTEST_GUILESS_MAIN(TestKeysetQuery)
#include "tst_KeysetQuery.moc"
