// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
// How PagedTableModel reads its pages: on a list of numbers that records every read it is asked for, so
// that the statements a screen costs are counted, whatever the engine.
#include "app/common/PagedTableModel.h"
#include "app/storage/Database.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <utility>

using namespace bk;

namespace {

struct Filter {};
struct Sort {};

/// One read the model asked of the list, as "after 127 limit 128", "end 0 limit 153" or "at 0 limit 128".
using Reads = QStringList;

/// The numbers 0 to size - 1 in order, each its own id, as a repository would list them.
class Numbers {
public:
    explicit Numbers(const Database &) {}

    Result<QList<int>> pageAt(const Filter &, const Sort &, qint64 offset, int limit) const {
        reads.append(QStringLiteral("at %1 limit %2").arg(offset).arg(limit));
        return range(offset, limit);
    }
    Result<QList<int>> pageFromEnd(const Filter &, const Sort &, qint64 offsetFromEnd, int limit) const {
        reads.append(QStringLiteral("end %1 limit %2").arg(offsetFromEnd).arg(limit));
        return range(std::max<qint64>(0, size - offsetFromEnd - limit), limit);
    }
    Result<QList<int>> pageNextTo(const Filter &, const Sort &, int row, bool before, int limit,
                                  qint64 skip = 0) const {
        reads.append(QStringLiteral("%1 %2 limit %3")
                         .arg(before ? QStringLiteral("before") : QStringLiteral("after"))
                         .arg(row)
                         .arg(limit));
        if (!before)
            return range(row + skip + 1, limit);
        // Rows removed elsewhere since the count: the read upwards finds fewer.
        const qint64 found = std::min<qint64>(limit, row - skip) - removedAbove;
        return range(row - skip - found, found);
    }
    Result<qint64> positionOf(const Filter &, const Sort &, qint64 id) const { return id; }

    int size = 0;
    int removedAbove = 0; ///< rows a read upwards no longer finds
    mutable Reads reads;

private:
    QList<int> range(qint64 first, qint64 limit) const {
        QList<int> rows;
        for (qint64 n = first; n < std::min<qint64>(first + limit, size); ++n)
            rows.append(int(n));
        return rows;
    }
};

class NumbersModel : public PagedTableModel<int, Numbers, Filter, Sort> {
public:
    NumbersModel(const Database &database, int size)
        : PagedTableModel(database, nullptr) {
        m_list.size = size;
        reload(true);
    }

    int columnCount(const QModelIndex & = {}) const override { return 1; }
    QVariant data(const QModelIndex &index, int role) const override {
        const int *row = role == Qt::DisplayRole ? rowAt(index.row()) : nullptr;
        return row ? QVariant(*row) : QVariant();
    }
    /// The reads since the last call.
    Reads takeReads() { return std::exchange(m_list.reads, {}); }
    Numbers &numbers() { return m_list; }
    /// Reads rows `first` to `last` in the order given (a screen reads its top row first).
    void show(int first, int last) {
        for (int row = first; first <= last ? row <= last : row >= last; row += first <= last ? 1 : -1)
            QCOMPARE(data(index(row, 0), Qt::DisplayRole).toInt(), row);
    }

protected:
    std::optional<Result<qint64>> readCount(bool) override { return Result<qint64>(qint64(m_list.size)); }
};

constexpr int Page = PagedTableModelBase::PageSize;
/// Rows of a maximised window's screen.
constexpr int Screen = 40;

} // namespace

class PagedTableModelTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        test::initTestEnvironment();
        m_database = test::openDatabase(m_dir.filePath(QStringLiteral("paged.sqlite")));
        QVERIFY(m_database);
    }

    void theLastScreenIsOneRead_data() {
        QTest::addColumn<int>("size");
        QTest::addColumn<Reads>("above"); ///< the reads of scrolling up to the top of the page before
        const auto before = [](int row, int limit) {
            return QStringLiteral("before %1 limit %2").arg(row).arg(limit);
        };
        // The jump reads the screen's rows alone, however the rows fall into pages; scrolling up continues
        // from the first row read, the rest of its page first.
        QTest::newRow("25 rows on the last page")
            << 10 * Page + 25 << Reads{before(10 * Page - 15, Page - 15)};
        QTest::newRow("one row on the last page")
            << 10 * Page + 1 << Reads{before(10 * Page - 39, Page - 39)};
        QTest::newRow("a screen on the last page") << 10 * Page + Screen << Reads{before(10 * Page, Page)};
        QTest::newRow("half a page on the last page")
            << 10 * Page + Page / 2 << Reads{before(10 * Page + 24, 24), before(10 * Page, Page)};
        QTest::newRow("whole pages") << 10 * Page
                                     << Reads{before(10 * Page - Screen, Page - Screen),
                                              before(9 * Page, Page)};
        QTest::newRow("a page and a few rows") << Page + 10 << Reads{before(Page - 30, Page - 30)};
    }

    void theLastScreenIsOneRead() {
        QFETCH(int, size);
        QFETCH(Reads, above);
        NumbersModel model(*m_database, size);
        QCOMPARE(model.rowCount(), size);
        model.show(size - Screen, size - 1);
        QCOMPARE(model.takeReads(), Reads{QStringLiteral("end 0 limit %1").arg(Screen)});
        model.show(size - 1, std::max(0, (size - 1) / Page - 1) * Page);
        QCOMPARE(model.takeReads(), above);
        QVERIFY(model.lastError().isEmpty());
    }

    void aListShorterThanAScreenIsOneRead() {
        NumbersModel model(*m_database, 30);
        model.show(0, 29);
        QCOMPARE(model.takeReads(), Reads{QStringLiteral("at 0 limit 30")});
    }

    // Scrolling down to the end continues from the page above, one read per page.
    void scrollingToTheEndReadsEachPageOnce() {
        const int size = 3 * Page + 25;
        NumbersModel model(*m_database, size);
        model.show(0, size - 1);
        QCOMPARE(model.takeReads(), (Reads{QStringLiteral("at 0 limit %1").arg(Page),
                                           QStringLiteral("after %1 limit %2").arg(Page - 1).arg(Page),
                                           QStringLiteral("after %1 limit %2").arg(2 * Page - 1).arg(Page),
                                           QStringLiteral("after %1 limit 25").arg(3 * Page - 1)}));
    }

    // A jump into the middle reads from the row it lands on to the end of its page; the rows above come when
    // scrolled to, and the next page continues from the last row read.
    void aJumpReadsFromWhereItLands() {
        const int size = 4 * Page + 20;
        NumbersModel model(*m_database, size);
        const int landed = 2 * Page + 44;
        model.show(landed, landed + Screen - 1);
        QCOMPARE(model.takeReads(),
                 Reads{QStringLiteral("end %1 limit %2").arg(size - 3 * Page).arg(3 * Page - landed)});
        model.show(landed - 1, 2 * Page);
        QCOMPARE(model.takeReads(), Reads{QStringLiteral("before %1 limit 44").arg(landed)});
        model.show(3 * Page, 3 * Page + Screen);
        QCOMPARE(model.takeReads(), Reads{QStringLiteral("after %1 limit %2").arg(3 * Page - 1).arg(Page)});
    }

    // Asked for the last row first, the model reads it alone, then continues upwards as rows are asked for.
    void askedFromTheBottomTheRowsAreReadUpwards() {
        const int size = 10 * Page + 25;
        NumbersModel model(*m_database, size);
        model.show(size - 1, size - Screen);
        QCOMPARE(model.takeReads(),
                 (Reads{QStringLiteral("end 0 limit 1"), QStringLiteral("before %1 limit 24").arg(size - 1),
                        QStringLiteral("before %1 limit %2").arg(10 * Page).arg(Page)}));
    }

    // Rows removed elsewhere before the list was refreshed: the rows above where a jump landed come back
    // short. The rows found are shown in place, the others show nothing, and they are not asked for again.
    void rowsAboveALandingThatAreGoneAreAskedForOnce() {
        const int size = 10 * Page;
        NumbersModel model(*m_database, size);
        const int landed = 5 * Page + 50;
        model.show(landed, landed + Screen - 1);
        model.takeReads();
        model.numbers().removedAbove = 10;
        for (int pass = 0; pass < 2; ++pass) {
            for (int row = landed - 1; row >= 5 * Page; --row) {
                const QVariant shown = model.data(model.index(row, 0), Qt::DisplayRole);
                if (row >= 5 * Page + 10)
                    QCOMPARE(shown.toInt(), row);
                else
                    QVERIFY2(!shown.isValid(), qPrintable(QString::number(row)));
            }
        }
        QCOMPARE(model.takeReads(), Reads{QStringLiteral("before %1 limit 50").arg(landed)});
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(PagedTableModelTest)
#include "tst_PagedTableModel.moc"
