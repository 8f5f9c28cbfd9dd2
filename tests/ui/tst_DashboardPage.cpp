// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/Clock.h"
#include "tests/support/DashboardDataSet.h"
#include "tests/support/ModalDialogs.h"
#include "tests/support/TestSupport.h"
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
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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
