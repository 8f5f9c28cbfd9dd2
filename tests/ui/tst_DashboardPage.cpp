// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/Clock.h"
#include "app/dashboard/DashboardChartModel.h"
#include "app/dashboard/HeatMapTableModel.h"
#include "tests/support/DashboardDataSet.h"
#include "tests/support/ModalDialogs.h"
#include "tests/support/TestSupport.h"
#include "ui/dashboard/BarChartView.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/HeatMapWidget.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace bk;

/// The Dashboard section on the fixed data set: the numbers it shows, and what a click asks for.
class tst_DashboardPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        test::initTestEnvironment();
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = test::openDatabase(m_dir->filePath(QStringLiteral("dashboard.sqlite")));
        QVERIFY(m_db);
        const Result<test::DashboardDataSet> set = test::addDashboardDataSet(*m_db);
        QVERIFY2(set.ok(), set.ok() ? "" : qPrintable(set.error().message));
        m_set = set.value();
    }
    void cleanupTestCase() { Clock::setNowFunction({}); }

    void init() {
        m_page = std::make_unique<DashboardPage>(*m_db);
        m_page->resize(1100, 1400);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->setRequest(period());
        QTRY_VERIFY(!m_page->isUpdating() && m_page->figures().request == period());
    }
    void cleanup() { m_page.reset(); }

    void showsTheExpectedNumbers_data() {
        QTest::addColumn<QString>("tile");
        QTest::addColumn<QString>("value");
        QTest::newRow("open incidents") << "open"
                                        << "8";
        QTest::newRow("overdue follow-ups") << "overdue"
                                            << "2";
        QTest::newRow("re-acknowledgement due") << "reack_due"
                                                << "1";
        QTest::newRow("onboarding drafts") << "drafts"
                                           << "1";
        QTest::newRow("client incidents") << "incidents"
                                          << "10";
        QTest::newRow("addressed within 24 hours") << "addressed"
                                                   << "20 %";
        QTest::newRow("median time to resolution") << "median"
                                                   << "2.0 days";
        QTest::newRow("self-reported lapses") << "self_reported"
                                              << "1";
        // One lapse over the two months of the period; October, the one month over, was not reflected on.
        QTest::newRow("own lapses per month") << "lapses_per_month"
                                              << "0.5";
        QTest::newRow("months reflected on") << "reflected"
                                             << "0 %";
    }

    void showsTheExpectedNumbers() {
        QFETCH(QString, tile);
        QFETCH(QString, value);
        auto *label = m_page->findChild<QLabel *>(tile + QStringLiteral("ValueLabel"));
        QVERIFY(label);
        QCOMPARE(label->text(), value);
    }

    void chartsShowTheFigures() {
        const auto values = [this](const char *view) {
            auto *chartView = m_page->findChild<QChartView *>(QString::fromLatin1(view));
            auto *series = qobject_cast<QAbstractBarSeries *>(chartView->chart()->series().value(0));
            QList<qreal> result;
            for (int i = 0; series && i < series->barSets().first()->count(); ++i)
                result.append(series->barSets().first()->at(i));
            return result;
        };
        // Horizontal charts list the largest on top, i.e. last.
        QCOMPARE(values("boundaryChartView"), (QList<qreal>{1, 3, 6}));
        QCOMPARE(values("channelChartView"), (QList<qreal>{1, 1, 1, 2, 5}));
        QCOMPARE(values("clientChartView"), (QList<qreal>{1, 2, 3, 4}));
        QCOMPARE(values("repeatBandChartView"), (QList<qreal>{1, 3, 0}));
        QCOMPARE(values("monthChartView").size(), 2);
        QCOMPARE(values("monthChartView").at(1), 2.5);
        // November holds today: its column is marked as the month so far.
        auto *monthView = m_page->findChild<QChartView *>(QStringLiteral("monthChartView"));
        auto *months = qobject_cast<QBarCategoryAxis *>(monthView->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(months);
        QCOMPARE(months->categories(),
                 (QStringList{QStringLiteral("Oct 2026"), QStringLiteral("Nov 2026<br>(so far)")}));
        QVERIFY(monthView->toolTip().contains(QStringLiteral("20 days so far")));
    }

    void clickingABoundaryBarAsksForItsIncidents() {
        QSignalSpy requested(m_page.get(), &DashboardPage::incidentsRequested);
        auto *view = m_page->findChild<QChartView *>(QStringLiteral("boundaryChartView"));
        auto *series = qobject_cast<QAbstractBarSeries *>(view->chart()->series().value(0));
        QVERIFY(series);
        // The top bar: "after_hours_contact" with 6 incidents.
        const int bar = series->barSets().first()->count() - 1;
        const QPointF inChart = view->chart()->mapToPosition(QPointF(3, bar), series);
        const QPoint inView = view->mapFromScene(view->chart()->mapToScene(inChart));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inView);
        QTRY_COMPARE(requested.size(), 1);
        const auto filter = requested.at(0).at(0).value<IncidentFilter>();
        QCOMPARE(filter.boundaryKey, QStringLiteral("after_hours_contact"));
        QCOMPARE(filter.from, test::DashboardDataSet::periodFrom());
        QCOMPARE(filter.to, test::DashboardDataSet::periodTo());
        QCOMPARE(filter.crossedBy, CrossedBy::Client);
        QCOMPARE(filter.timeZoneId, QByteArray("Europe/London"));
    }

    void clickingAHeatMapCellAsksForItsIncidents() {
        QSignalSpy requested(m_page.get(), &DashboardPage::incidentsRequested);
        auto *heatMap = m_page->findChild<HeatMapWidget *>(QStringLiteral("heatMapWidget"));
        QVERIFY(heatMap);
        QTest::mouseClick(heatMap, Qt::LeftButton, {}, heatMap->cellRect(6, 1).center().toPoint());
        QCOMPARE(requested.size(), 1);
        const auto filter = requested.at(0).at(0).value<IncidentFilter>();
        QCOMPARE(filter.weekday, Qt::Sunday);
        QCOMPARE(filter.hour, 1);
    }

    void theHeatMapIsWalkedWithTheArrowKeys() {
        QSignalSpy requested(m_page.get(), &DashboardPage::incidentsRequested);
        auto *heatMap = m_page->findChild<HeatMapWidget *>(QStringLiteral("heatMapWidget"));
        QVERIFY(heatMap);
        QCOMPARE(heatMap->focusPolicy(), Qt::StrongFocus);
        QVERIFY(!heatMap->accessibleName().isEmpty());
        heatMap->setFocus();
        QTRY_VERIFY(heatMap->hasFocus());
        // From Monday 00:00 to Sunday 01:00: six days down, one hour right (and one back and forth).
        for (int day = 0; day < 6; ++day)
            QTest::keyClick(heatMap, Qt::Key_Down);
        QTest::keyClick(heatMap, Qt::Key_Right);
        QTest::keyClick(heatMap, Qt::Key_Right);
        QTest::keyClick(heatMap, Qt::Key_Left);
        QCOMPARE(heatMap->accessibleDescription(), heatMap->model()->cellText(6, 1));
        QVERIFY(heatMap->accessibleDescription().startsWith(QLocale().dayName(Qt::Sunday)));
        QCOMPARE(requested.size(), 0);
        QTest::keyClick(heatMap, Qt::Key_Return);
        QTest::keyClick(heatMap, Qt::Key_Space);
        // The same request a click on the cell makes.
        QTest::mouseClick(heatMap, Qt::LeftButton, {}, heatMap->cellRect(6, 1).center().toPoint());
        QCOMPARE(requested.size(), 3);
        for (const QList<QVariant> &arguments : requested) {
            const auto filter = arguments.at(0).value<IncidentFilter>();
            QCOMPARE(filter.weekday, Qt::Sunday);
            QCOMPARE(filter.hour, 1);
            QCOMPARE(filter.from, test::DashboardDataSet::periodFrom());
        }
    }

    void theBarsAreWalkedWithTheArrowKeys() {
        QSignalSpy requested(m_page.get(), &DashboardPage::incidentsRequested);
        auto *view = m_page->findChild<BarChartView *>(QStringLiteral("boundaryChartView"));
        QVERIFY(view);
        QCOMPARE(view->accessibleName(), QStringLiteral("By boundary"));
        auto *set = qobject_cast<QAbstractBarSeries *>(view->chart()->series().value(0))->barSets().first();
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        // The first row, on top (drawn last): "after_hours_contact" with 6 incidents, in the selection
        // colour.
        QCOMPARE(view->currentRow(), 0);
        QVERIFY(set->isBarSelected(set->count() - 1));
        QVERIFY(view->accessibleDescription().endsWith(QStringLiteral(": 6")));
        QTest::keyClick(view, Qt::Key_Return);
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentRow(), 1);
        QVERIFY(set->isBarSelected(set->count() - 2));
        QVERIFY(!set->isBarSelected(set->count() - 1));
        QVERIFY(view->accessibleDescription().endsWith(QStringLiteral(": 3")));
        QTest::keyClick(view, Qt::Key_Enter);
        QCOMPARE(requested.size(), 2);
        QCOMPARE(requested.at(0).at(0).value<IncidentFilter>().boundaryKey,
                 QStringLiteral("after_hours_contact"));
        QCOMPARE(requested.at(1).at(0).value<IncidentFilter>().boundaryKey,
                 view->model()->rows().at(1).filter->boundaryKey);
        QVERIFY(requested.at(1).at(0).value<IncidentFilter>().boundaryKey !=
                QStringLiteral("after_hours_contact"));
    }

    void eachChartShowsTheSameFiguresAsATable_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("horizontal");
        QTest::newRow("by month") << "month" << false;
        QTest::newRow("by boundary") << "boundary" << true;
        QTest::newRow("by channel") << "channel" << true;
        QTest::newRow("by client") << "client" << true;
        QTest::newRow("repeat bands") << "repeatBand" << false;
    }

    void eachChartShowsTheSameFiguresAsATable() {
        QFETCH(QString, key);
        QFETCH(bool, horizontal);
        auto *view = m_page->findChild<BarChartView *>(key + QStringLiteral("ChartView"));
        auto *table = m_page->findChild<QTableView *>(key + QStringLiteral("TableView"));
        auto *toggle = m_page->findChild<QToolButton *>(key + QStringLiteral("TableToolButton"));
        QVERIFY(view && table && toggle);
        QVERIFY(!table->isVisible());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(table->isVisible());
        QVERIFY(!view->isVisible());
        QVERIFY(!table->accessibleName().isEmpty());
        auto *set = qobject_cast<QAbstractBarSeries *>(view->chart()->series().value(0))->barSets().first();
        const QAbstractItemModel *model = table->model();
        QCOMPARE(model->rowCount(), set->count());
        QVERIFY(set->count() > 0);
        for (int row = 0; row < model->rowCount(); ++row) {
            const int bar = horizontal ? set->count() - 1 - row : row;
            const QModelIndex value = model->index(row, DashboardChartModel::ValueColumn);
            QCOMPARE(value.data(DashboardChartModel::RawRole).toDouble(), set->at(bar));
            QCOMPARE(value.data().toString(),
                     QLocale().toString(set->at(bar), 'f', view->model()->decimals()));
        }
        // Enter on a row asks for what a click on its bar asks for.
        QSignalSpy requested(m_page.get(), &DashboardPage::incidentsRequested);
        table->setFocus();
        table->setCurrentIndex(model->index(0, DashboardChartModel::LabelColumn));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).value<IncidentFilter>(), *view->model()->filter(0));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(view->isVisible());
    }

    void theHeatMapShowsTheSameFiguresAsATable() {
        auto *heatMap = m_page->findChild<HeatMapWidget *>(QStringLiteral("heatMapWidget"));
        auto *table = m_page->findChild<QTableView *>(QStringLiteral("heatMapTableView"));
        QVERIFY(heatMap && table);
        QTest::mouseClick(m_page->findChild<QToolButton *>(QStringLiteral("heatMapTableToolButton")),
                          Qt::LeftButton);
        QVERIFY(table->isVisible());
        const QAbstractItemModel *model = table->model();
        QCOMPARE(model->rowCount(), 7);
        QCOMPARE(model->columnCount(), 24);
        QCOMPARE(model->headerData(6, Qt::Vertical).toString(), QLocale().dayName(Qt::Sunday));
        qint64 total = 0;
        for (int day = 0; day < 7; ++day) {
            for (int hour = 0; hour < 24; ++hour) {
                const qint64 count =
                    m_page->figures().byWeekdayHour.at(std::size_t(day)).at(std::size_t(hour));
                QCOMPARE(model->index(day, hour).data(HeatMapTableModel::RawRole).toLongLong(), count);
                QCOMPARE(model->index(day, hour).data().toString(), QLocale().toString(count));
                total += count;
            }
        }
        QCOMPARE(total, m_page->figures().incidents);
        QSignalSpy requested(m_page.get(), &DashboardPage::incidentsRequested);
        table->setFocus();
        table->setCurrentIndex(model->index(6, 1));
        QTest::keyClick(table, Qt::Key_Enter);
        QCOMPARE(requested.size(), 1);
        const auto filter = requested.at(0).at(0).value<IncidentFilter>();
        QCOMPARE(filter.weekday, Qt::Sunday);
        QCOMPARE(filter.hour, 1);
    }

    void clickingATileAsksForItsIncidents() {
        QSignalSpy requested(m_page.get(), &DashboardPage::incidentsRequested);
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("overdueTilePushButton")),
                          Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        const auto filter = requested.at(0).at(0).value<IncidentFilter>();
        QVERIFY(filter.overdueOnly);
        QCOMPARE(filter.today, QDate(2026, 11, 20));
    }

    void earlyWarningOpensTheClient() {
        QSignalSpy opened(m_page.get(), &DashboardPage::clientRequested);
        auto *list = m_page->findChild<QListWidget *>(QStringLiteral("earlyWarningListWidget"));
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("Ben Becker")));
        list->setCurrentRow(0);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toLongLong(), m_set.ben);
    }

    void exportCsvWritesAPrivateFile() {
        const QString path = m_dir->filePath(QStringLiteral("figures.csv"));
        QTimer::singleShot(0, this, [path] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            test::chooseFile(dialog, path);
        });
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("exportCsvPushButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(path));
        QCOMPARE(test::fileMode(path), 0600);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("by_boundary,after_hours_contact"));
    }

    void choosingAClientRecomputes() {
        DashboardRequest request = period();
        request.clientId = m_set.amy;
        m_page->setRequest(request);
        QTRY_VERIFY(!m_page->isUpdating() && m_page->figures().request == request);
        QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("incidentsValueLabel"))->text(),
                 QStringLiteral("4"));
    }

private:
    static DashboardRequest period() {
        return DashboardRequest{test::DashboardDataSet::periodFrom(), test::DashboardDataSet::periodTo(),
                                std::nullopt};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    test::DashboardDataSet m_set;
    std::unique_ptr<DashboardPage> m_page;
};

QTEST_MAIN(tst_DashboardPage)
#include "tst_DashboardPage.moc"
