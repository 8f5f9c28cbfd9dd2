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
        return before ? range(std::max<qint64>(0, row - skip - limit), std::min<qint64>(limit, row - skip))
                      : range(row + skip + 1, limit);
    }
    Result<qint64> positionOf(const Filter &, const Sort &, qint64 id) const { return id; }

    int size = 0;
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
        QTest::addColumn<bool>("fromTheTop");
        QTest::addColumn<Reads>("reads");
        QTest::addColumn<Reads>("above"); ///< the reads of scrolling up to the top of the page before
        const auto fromEnd = [](int limit) {
            return Reads{QStringLiteral("end 0 limit %1").arg(limit)};
        };
        // A last page shorter than half a page is read with the page before it, whichever row is asked first:
        // scrolling up to the page before reads nothing more.
        QTest::newRow("25 rows on the last page, top row first")
            << 10 * Page + 25 << true << fromEnd(Page + 25) << Reads();
        QTest::newRow("25 rows on the last page, last row first")
            << 10 * Page + 25 << false << fromEnd(Page + 25) << Reads();
        QTest::newRow("one row on the last page") << 10 * Page + 1 << true << fromEnd(Page + 1) << Reads();
        QTest::newRow("a last page a screen long but under half a page")
            << 10 * Page + Screen << true << fromEnd(Page + Screen) << Reads();
        // From half a page on, the last page holds the screen alone.
        QTest::newRow("half a page on the last page")
            << 10 * Page + Page / 2 << true << fromEnd(Page / 2)
            << Reads{QStringLiteral("before %1 limit %2").arg(10 * Page).arg(Page)};
        QTest::newRow("whole pages") << 10 * Page << false << fromEnd(Page)
                                     << Reads{QStringLiteral("before %1 limit %2").arg(9 * Page).arg(Page)};
        // Two pages in all: the pair starts at the top, so it is read by offset.
        QTest::newRow("a page and a few rows")
            << Page + 10 << true << Reads{QStringLiteral("at 0 limit %1").arg(2 * Page)} << Reads();
        QTest::newRow("less than a page")
            << 30 << true << Reads{QStringLiteral("at 0 limit %1").arg(Page)} << Reads();
    }

    void theLastScreenIsOneRead() {
        QFETCH(int, size);
        QFETCH(bool, fromTheTop);
        QFETCH(Reads, reads);
        QFETCH(Reads, above);
        NumbersModel model(*m_database, size);
        QCOMPARE(model.rowCount(), size);
        const int top = std::max(0, size - Screen);
        fromTheTop ? model.show(top, size - 1) : model.show(size - 1, top);
        QCOMPARE(model.takeReads(), reads);
        model.show(size - 1, std::max(0, (size - 1) / Page - 1) * Page);
        QCOMPARE(model.takeReads(), above);
        QVERIFY(model.lastError().isEmpty());
    }

    // Scrolling down to the end continues from the page above, one read per page; the short last page comes
    // with the page before it.
    void scrollingToTheEndReadsEachPageOnce() {
        const int size = 3 * Page + 25;
        NumbersModel model(*m_database, size);
        model.show(0, size - 1);
        QCOMPARE(model.takeReads(),
                 (Reads{QStringLiteral("at 0 limit %1").arg(Page),
                        QStringLiteral("after %1 limit %2").arg(Page - 1).arg(Page),
                        QStringLiteral("after %1 limit %2").arg(2 * Page - 1).arg(2 * Page)}));
    }

    // Scrolling up from the end continues from the pair read for the last screen.
    void scrollingUpFromTheEndContinuesFromThePair() {
        const int size = 4 * Page + 20;
        NumbersModel model(*m_database, size);
        model.show(size - 1, size - 1);
        QCOMPARE(model.takeReads(), Reads{QStringLiteral("end 0 limit %1").arg(Page + 20)});
        model.show(3 * Page - 1, 2 * Page);
        QCOMPARE(model.takeReads(), Reads{QStringLiteral("before %1 limit %2").arg(3 * Page).arg(Page)});
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(PagedTableModelTest)
#include "tst_PagedTableModel.moc"
