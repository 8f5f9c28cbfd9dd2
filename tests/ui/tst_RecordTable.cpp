// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "tests/support/TestSupport.h"
#include "ui/common/RecordTable.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace bk;

namespace {

/// A model that counts how often a cell's text is read.
class CountingModel : public QStandardItemModel {
public:
    using QStandardItemModel::QStandardItemModel;
    QVariant data(const QModelIndex &index, int role) const override {
        if (role == Qt::DisplayRole)
            ++reads;
        return QStandardItemModel::data(index, role);
    }
    mutable int reads = 0;
};

} // namespace

class TestRecordTable : public QObject {
    Q_OBJECT

    std::unique_ptr<CountingModel> m_model;
    std::unique_ptr<QWidget> m_window;
    QTableView *m_table = nullptr;
    ColumnFitter *m_fitter = nullptr;

    void showRows(int count) {
        m_model = std::make_unique<CountingModel>(count, 3);
        for (int row = 0; row < count; ++row) {
            m_model->setItem(row, 0, new QStandardItem(QStringLiteral("Client %1").arg(row)));
            m_model->setItem(row, 1, new QStandardItem(QStringLiteral("client%1@example.com").arg(row)));
            m_model->setItem(row, 2, new QStandardItem(QStringLiteral("Video call")));
        }
        m_model->setHorizontalHeaderLabels(
            {QStringLiteral("Name"), QStringLiteral("Email"), QStringLiteral("Channel")});
        m_window = std::make_unique<QWidget>();
        m_table = newRecordTable(QStringLiteral("records"), m_model.get(), m_window.get());
        m_fitter = new ColumnFitter(m_table);
        m_window->resize(900, 400);
        m_table->resize(900, 400);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    int width(int column) const { return m_table->horizontalHeader()->sectionSize(column); }
    int textWidth(const QString &text) const { return m_table->fontMetrics().horizontalAdvance(text); }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void cleanup() {
        m_window.reset();
        m_model.reset();
    }

    void onlyTheRowsInViewDecideAColumnsWidth() {
        showRows(500);
        const QString farDown = QStringLiteral("Zyta ") + QString(60, QLatin1Char('W'));
        m_model->item(400, 0)->setText(farDown);
        m_fitter->fit();
        QVERIFY(width(0) < textWidth(farDown));
        QVERIFY(width(0) >= textWidth(QStringLiteral("Client 10")));

        // Scrolled into view and fitted again (a resize does that), it gets its width.
        m_table->scrollTo(m_model->index(400, 0));
        m_fitter->fit();
        QVERIFY2(width(0) >= textWidth(farDown) || width(0) >= m_table->viewport()->width() / 3,
                 qPrintable(QString::number(width(0))));
    }

    void aRowIsMeasuredOnceUntilTheRowsChange() {
        showRows(500);
        m_fitter->fit();
        const int before = m_model->reads;
        m_fitter->fit();
        m_table->resize(950, 400);
        m_fitter->fit();
        QCOMPARE(m_model->reads, before);

        // A changed cell is measured again and its column follows it.
        const QString longer = QStringLiteral("a.much.longer.address.than.before@example.com");
        m_model->item(0, 1)->setText(longer);
        m_fitter->fit();
        QVERIFY(m_model->reads > before);
        QVERIFY(width(1) >= textWidth(longer));

        // So is every row after a reset of the model.
        const int afterChange = m_model->reads;
        m_model->setRowCount(20);
        m_fitter->fit();
        QVERIFY(m_model->reads > afterChange);
    }
};

QTEST_MAIN(TestRecordTable)
#include "tst_RecordTable.moc"
