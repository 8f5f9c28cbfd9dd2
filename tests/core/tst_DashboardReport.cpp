// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/Clock.h"
#include "app/common/PrivateFile.h"
#include "app/dashboard/DashboardReport.h"
#include "app/dashboard/DashboardService.h"
#include "app/dashboard/DashboardWorker.h"
#include "tests/core/AgreementFixture.h"
#include "tests/support/DashboardDataSet.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QPdfDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <map>

using namespace bk;

/// The dashboard's PDF report and CSV, read back, and the worker that computes the figures off the GUI
/// thread.
class tst_DashboardReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase() {
        test::initTestEnvironment();
        m_dir = std::make_unique<QTemporaryDir>();
    }
    void init() {
        QFETCH_GLOBAL(QString, engine);
        if (const auto made = m_practices.find(engine); made != m_practices.end()) {
            m_practice = &made->second;
            return;
        }
        Practice practice;
        const QString path = m_dir->filePath(QStringLiteral("dashboard.sqlite"));
        practice.location = test::databaseLocation(path);
        practice.db = test::openDatabase(path);
        QVERIFY(practice.db);
        const Result<test::DashboardDataSet> set = test::addDashboardDataSet(*practice.db);
        QVERIFY2(set.ok(), set.ok() ? "" : qPrintable(set.error().message));
        practice.set = set.value();
        Result<DashboardFigures> figures =
            DashboardService(*practice.db)
                .compute(DashboardRequest{test::DashboardDataSet::periodFrom(),
                                          test::DashboardDataSet::periodTo(), std::nullopt});
        QVERIFY(figures.ok());
        practice.figures = std::move(figures).value();
        m_practice = &m_practices.emplace(engine, std::move(practice)).first->second;
    }
    void cleanupTestCase() {
        m_practice = nullptr;
        m_practices.clear();
        Clock::setNowFunction({});
    }

    void pdfHasOneViewPerPage() {
        const Result<QByteArray> pdf = DashboardReport::renderPdf(m_practice->figures);
        QVERIFY(pdf.ok());
        QBuffer buffer;
        buffer.setData(pdf.value());
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument document;
        document.load(&buffer);
        QTRY_COMPARE(document.status(), QPdfDocument::Status::Ready);
        QCOMPARE(document.pageCount(), 7);
        const QStringList views = {
            QStringLiteral("At a glance"),         QStringLiteral("Incidents per month"),
            QStringLiteral("By boundary"),         QStringLiteral("By channel"),
            QStringLiteral("By weekday and hour"), QStringLiteral("By client"),
            QStringLiteral("Early warning")};
        for (int page = 0; page < document.pageCount(); ++page) {
            const QString text = document.getAllText(page).text();
            QVERIFY2(text.contains(views.at(page)), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("Harbour Coaching")));
            QVERIFY(text.contains(DashboardReport::periodText(m_practice->figures)));
            QVERIFY(text.contains(QStringLiteral("Page %1 of 7").arg(page + 1)));
        }
        const QString glance = document.getAllText(0).text();
        QVERIFY(glance.contains(QStringLiteral("Open incidents")));
        QVERIFY(glance.contains(QStringLiteral("20 %")));
        const QString boundaries = document.getAllText(2).text();
        for (const KeyedCount &boundary : m_practice->figures.byBoundary)
            QVERIFY2(boundaries.contains(boundary.label), qPrintable(boundary.label));
        QVERIFY(document.getAllText(3).text().contains(ContactChannels::label(ContactChannel::Phone)));
        QVERIFY(document.getAllText(4).text().contains(QStringLiteral("Europe/London")));
        QVERIFY(document.getAllText(5).text().contains(QStringLiteral("Amy Adams")));
        QVERIFY(document.getAllText(6).text().contains(QStringLiteral("Ben Becker")));
        QVERIFY(!document.getAllText(6).text().contains(QStringLiteral("Cleo Costa")));
    }

    void aLongBoundaryTitleIsWrappedNotCutShort() {
        DashboardFigures figures = m_practice->figures;
        QVERIFY(!figures.byBoundary.isEmpty());
        const QString title = QStringLiteral("Emotionale Unterstützung in professionellen Grenzen");
        figures.byBoundary.first().label = title;
        const Result<QByteArray> pdf = DashboardReport::renderPdf(figures);
        QVERIFY(pdf.ok());
        QBuffer buffer;
        buffer.setData(pdf.value());
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument document;
        document.load(&buffer);
        QTRY_COMPARE(document.status(), QPdfDocument::Status::Ready);
        const QString boundaries = document.getAllText(2).text().simplified();
        QVERIFY2(boundaries.contains(title), qPrintable(boundaries));
        QVERIFY(!boundaries.contains(QChar(0x2026)));
    }

    void countsTakeTheirPluralForms() {
        const auto text = [this](std::optional<qint64> client) {
            Result<DashboardFigures> figures =
                DashboardService(*m_practice->db)
                    .compute(DashboardRequest{test::DashboardDataSet::periodFrom(),
                                              test::DashboardDataSet::periodTo(), client});
            const Result<QByteArray> pdf =
                figures ? DashboardReport::renderPdf(figures.value()) : Result<QByteArray>(figures.error());
            return pdf ? test::pdfText(pdf.value()) : pdf.error().message;
        };
        const QString all = text(std::nullopt);
        // October: 5 client incidents, Amy and Ben active; repeat bands: Eve once, three clients 2-5 times.
        QVERIFY2(all.contains(QStringLiteral("5 incidents, 2 active clients")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("1 client")));
        QVERIFY(!all.contains(QStringLiteral("1 clients")));
        QVERIFY(all.contains(QStringLiteral("3 clients")));
        const QString eve = text(m_practice->set.eve);
        QVERIFY2(eve.contains(QStringLiteral("1 incident, 1 active client")), qPrintable(eve));
        QVERIFY(!eve.contains(QStringLiteral("1 incidents")));
        QVERIFY(text(m_practice->set.cleo).contains(QStringLiteral("2 incidents")));
    }

    void csvParsesBackToTheFigures() {
        const QString text = QString::fromUtf8(DashboardReport::csv(m_practice->figures));
        QHash<QString, QString> values;
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("figure,key,label,value"));
        for (const QString &line : lines.mid(1)) {
            // Labels here hold no commas or quotes, except those quoted; the key and value never do.
            const qsizetype first = line.indexOf(QLatin1Char(','));
            const qsizetype second = line.indexOf(QLatin1Char(','), first + 1);
            const qsizetype last = line.lastIndexOf(QLatin1Char(','));
            QVERIFY(first > 0 && second > first && last >= second);
            values.insert(line.left(first) + QLatin1Char('/') + line.mid(first + 1, second - first - 1),
                          line.mid(last + 1));
        }
        QCOMPARE(values.value(QStringLiteral("period/from")), QStringLiteral("2026-10-01"));
        QCOMPARE(values.value(QStringLiteral("at_a_glance/open")), QStringLiteral("8"));
        QCOMPARE(values.value(QStringLiteral("at_a_glance/overdue")), QStringLiteral("2"));
        QCOMPARE(values.value(QStringLiteral("at_a_glance/addressed_within_24h")).toDouble(), 0.2);
        QCOMPARE(values.value(QStringLiteral("at_a_glance/median_days_to_resolution")).toDouble(), 2.0);
        QCOMPARE(values.value(QStringLiteral("by_boundary/after_hours_contact")), QStringLiteral("6"));
        QCOMPARE(values.value(QStringLiteral("by_channel/phone")), QStringLiteral("5"));
        QCOMPARE(values.value(QStringLiteral("by_weekday_hour/sunday 01")), QStringLiteral("2"));
        QCOMPARE(values.value(QStringLiteral("by_weekday_hour/monday 09")), QStringLiteral("2"));
        QCOMPARE(values.value(QStringLiteral("by_month_count/2026-10")), QStringLiteral("5"));
        QCOMPARE(values.value(QStringLiteral("by_month_rate/2026-11")).toDouble(), 2.5);
        QCOMPARE(values.value(QStringLiteral("repeat_bands/2-5")), QStringLiteral("3"));
        QCOMPARE(values.value(QStringLiteral("at_a_glance/self_reported")), QStringLiteral("1"));
        qint64 cells = 0;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (it.key().startsWith(QStringLiteral("by_weekday_hour/")))
                cells += it.value().toLongLong();
        }
        QCOMPARE(cells, m_practice->figures.incidents);
    }

    void savedFilesArePrivate() {
        const QString path = m_dir->filePath(QStringLiteral("figures.csv"));
        QVERIFY(PrivateFile::save(DashboardReport::csv(m_practice->figures), path).ok());
        QCOMPARE(test::fileMode(path), 0600);
        const Status refused =
            PrivateFile::save(QByteArray("x"), m_dir->filePath(QStringLiteral("no/such/f.csv")));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("f.csv")));
    }

    void workerComputesOffTheGuiThread() {
        DashboardWorker worker(m_practice->location);
        QSignalSpy ready(&worker, &DashboardWorker::figuresReady);
        const DashboardRequest request{test::DashboardDataSet::periodFrom(),
                                       test::DashboardDataSet::periodTo(), std::nullopt};
        const quint64 id = worker.request(request);
        QTRY_COMPARE(ready.size(), 1);
        QCOMPARE(ready.at(0).at(0).toULongLong(), id);
        const auto figures = ready.at(0).at(1).value<DashboardFigures>();
        QCOMPARE(figures.incidents, m_practice->figures.incidents);
        QCOMPARE(figures.byWeekdayHour, m_practice->figures.byWeekdayHour);
    }

    void newerRequestSupersedesOlder() {
        DashboardWorker worker(m_practice->location);
        QSignalSpy ready(&worker, &DashboardWorker::figuresReady);
        worker.request(DashboardRequest{QDate(2026, 1, 1), QDate(2026, 1, 31), std::nullopt});
        worker.request(DashboardRequest{QDate(2026, 2, 1), QDate(2026, 2, 28), std::nullopt});
        const quint64 last = worker.request(DashboardRequest{test::DashboardDataSet::periodFrom(),
                                                             test::DashboardDataSet::periodTo(),
                                                             m_practice->figures.byClient.first().clientId});
        QTRY_COMPARE(ready.size(), 1);
        QCOMPARE(ready.at(0).at(0).toULongLong(), last);
        QCOMPARE(ready.at(0).at(1).value<DashboardFigures>().incidents, 4);
        // Nothing older arrives afterwards: the next answer is the next request's.
        const quint64 next =
            worker.request(DashboardRequest{QDate(2026, 3, 1), QDate(2026, 3, 31), std::nullopt});
        QTRY_COMPARE(ready.size(), 2);
        QCOMPARE(ready.at(1).at(0).toULongLong(), next);
    }

    void workerReportsAnUnusableDatabase() {
        // A file that is not there, or a database the server does not have.
        const QString missing = test::onPostgres() ? QStringLiteral("postgresql:///bk_test_missing_dashboard")
                                                   : m_dir->filePath(QStringLiteral("missing.sqlite"));
        DashboardWorker worker(missing);
        QSignalSpy failed(&worker, &DashboardWorker::failed);
        worker.request(DashboardRequest{QDate(2026, 1, 1), QDate(2026, 1, 31), std::nullopt});
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY2(failed.at(0).at(1).toString().contains(missing), qPrintable(failed.at(0).at(1).toString()));
    }

private:
    // The data set in one engine's database, with its figures for the data set's period.
    struct Practice {
        QString location; // as Database::open takes it, for the worker
        std::unique_ptr<Database> db;
        DashboardFigures figures;
        test::DashboardDataSet set;
    };

    std::unique_ptr<QTemporaryDir> m_dir;
    // Each engine's practice, made at its first test and kept for the rest.
    std::map<QString, Practice> m_practices;
    const Practice *m_practice = nullptr;
};

QTEST_MAIN(tst_DashboardReport)
#include "tst_DashboardReport.moc"
