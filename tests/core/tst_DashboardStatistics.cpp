// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/AgreementService.h"
#include "app/common/Clock.h"
#include "app/dashboard/DashboardCharts.h"
#include "app/dashboard/DashboardFilters.h"
#include "app/dashboard/DashboardService.h"
#include "app/dashboard/DashboardStatistics.h"
#include "app/policy/PracticeService.h"
#include "app/practitioner/ReflectionService.h"
#include "app/storage/IncidentListQuery.h"
#include "app/storage/IncidentRepository.h"
#include "tests/support/DashboardDataSet.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bk;

namespace {
qint64 cellTotal(const DashboardFigures &figures) {
    qint64 total = 0;
    for (const auto &day : figures.byWeekdayHour)
        total += std::accumulate(day.cbegin(), day.cend(), qint64(0));
    return total;
}
} // namespace

/// Every dashboard figure on a fixed data set with known answers, and the incident filters behind them.
class tst_DashboardStatistics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase() { test::initTestEnvironment(); }
    void init();
    void cleanup();

    void emptyDatabase();
    void atAGlance();
    void periodWithoutIncidents();
    void byBoundaryAndChannel();
    void weekdayHourAcrossTheClocksGoingBack();
    void workingHoursBoundary();
    void byMonthAsRatePerActiveClient();
    void theMonthSoFarIsScaledOverItsDaysSoFar();
    void lapsesPerMonthAndTheMonthsReflectedOn();
    void byClientAndRepeatBands();
    void addressedAndResolved();
    void addressedWithinTwentyFourHoursToTheMillisecond();
    void incidentsStillWithinTheirTwentyFourHoursAreNotJudged();
    void earlyWarningFollowsTheClock();
    void archivedClients();
    void aDiscardedDraftIsNoLongerCounted();
    void oneClient();
    void quarterHourTimeZone();
    void filtersBehindTheFigures_data();
    void filtersBehindTheFigures();
    void everyDrillDownListsWhatItsFigureCounts();
    void rejectsAnInvertedPeriod();
    void statementsOnlyReadTheSameRows();

private:
    DashboardFigures compute(const DashboardRequest &request) const;
    DashboardRequest period(std::optional<qint64> client = std::nullopt) const {
        return DashboardRequest{test::DashboardDataSet::periodFrom(), test::DashboardDataSet::periodTo(),
                                client};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    test::DashboardDataSet m_set;
};

void tst_DashboardStatistics::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::openDatabase(m_dir->filePath(QStringLiteral("dashboard.sqlite")));
    QVERIFY(m_db);
    if (QByteArray(QTest::currentTestFunction()) == "emptyDatabase")
        return;
    const Result<test::DashboardDataSet> set = test::addDashboardDataSet(*m_db);
    QVERIFY2(set.ok(), set.ok() ? "" : qPrintable(set.error().message));
    m_set = set.value();
}

void tst_DashboardStatistics::cleanup() {
    Clock::setNowFunction({});
    m_db.reset();
    m_dir.reset();
}

DashboardFigures tst_DashboardStatistics::compute(const DashboardRequest &request) const {
    Result<DashboardFigures> figures = DashboardService(*m_db).compute(request);
    if (!figures) {
        QTest::qFail(qPrintable(figures.error().message), __FILE__, __LINE__);
        return {};
    }
    return std::move(figures).value();
}

void tst_DashboardStatistics::emptyDatabase() {
    Clock::setNowFunction([] { return test::DashboardDataSet::now(); });
    const Result<DashboardRequest> request = DashboardService(*m_db).defaultRequest();
    QVERIFY(request.ok());
    QCOMPARE(request.value().from.daysTo(request.value().to), DashboardRequest::DefaultDays - 1);
    const DashboardFigures figures = compute(request.value());
    QCOMPARE(figures.openIncidents, 0);
    QCOMPARE(figures.overdueFollowUps, 0);
    QCOMPARE(figures.reacknowledgementDue, 0);
    QCOMPARE(figures.onboardingDrafts, 0);
    QCOMPARE(figures.incidents, 0);
    QCOMPARE(figures.selfReported, 0);
    QVERIFY(!figures.addressedShare);
    QVERIFY(!figures.medianDaysToResolution);
    QVERIFY(figures.byBoundary.isEmpty());
    QVERIFY(figures.byChannel.isEmpty());
    QVERIFY(figures.byClient.isEmpty());
    QVERIFY(figures.earlyWarning.isEmpty());
    QCOMPARE(figures.repeatBands, (std::array<qint64, 3>{0, 0, 0}));
    QVERIFY(!figures.byMonth.isEmpty());
    for (const MonthFigure &month : figures.byMonth) {
        QCOMPARE(month.count, 0);
        QCOMPARE(month.activeClients, 0);
        QVERIFY(!month.ratePerActiveClient30d);
    }
}

void tst_DashboardStatistics::atAGlance() {
    const DashboardFigures figures = compute(period());
    QCOMPARE(figures.practiceName, QStringLiteral("Harbour Coaching"));
    QCOMPARE(figures.timeZoneId, QByteArray("Europe/London"));
    QCOMPARE(figures.today, QDate(2026, 11, 20));
    // Open: Amy's 18:00, 19:30, 08:00 and her own lapse, Ben's 01:30 GMT, Cleo's two and Eve's.
    QCOMPARE(figures.openIncidents, 8);
    // Overdue: Amy's 18:00 (10 November) and the lapse (12 November); Amy's 25 November is not due yet.
    QCOMPARE(figures.overdueFollowUps, 2);
    QCOMPARE(figures.reacknowledgementDue, 1);
    QCOMPARE(figures.onboardingDrafts, 1);
    QCOMPARE(figures.incidents, 10);
    QCOMPARE(figures.selfReported, 1);
    // Outside working hours: 18:00, both Sunday 01:30s, 19:30, Sunday noon and 08:00.
    QCOMPARE(figures.outsideHours, 6);
}

void tst_DashboardStatistics::periodWithoutIncidents() {
    const DashboardFigures figures =
        compute(DashboardRequest{QDate(2026, 1, 1), QDate(2026, 1, 31), std::nullopt});
    QCOMPARE(figures.incidents, 0);
    QCOMPARE(figures.selfReported, 0);
    QVERIFY(figures.byBoundary.isEmpty());
    QVERIFY(!figures.addressedShare);
    QVERIFY(!figures.medianDaysToResolution);
    const qint64 cells = cellTotal(figures);
    QCOMPARE(cells, 0);
    QCOMPARE(figures.byMonth.size(), 1);
    QCOMPARE(figures.byMonth.first().count, 0);
    QCOMPARE(figures.byMonth.first().activeClients, 1); // Amy had started; Ben had not
    QCOMPARE(figures.byMonth.first().ratePerActiveClient30d.value_or(-1), 0.0);
    // What needs attention now does not depend on the period.
    QCOMPARE(figures.openIncidents, 8);
    QCOMPARE(figures.earlyWarning.size(), 2);
}

void tst_DashboardStatistics::byBoundaryAndChannel() {
    const DashboardFigures figures = compute(period());
    QCOMPARE(figures.byBoundary.size(), 3);
    QCOMPARE(figures.byBoundary.at(0).key, QStringLiteral("after_hours_contact"));
    QCOMPARE(figures.byBoundary.at(0).count, 6);
    QVERIFY(!figures.byBoundary.at(0).label.isEmpty());
    QVERIFY(figures.byBoundary.at(0).label != figures.byBoundary.at(0).key);
    QCOMPARE(figures.byBoundary.at(1).key, QStringLiteral("personal_questions"));
    QCOMPARE(figures.byBoundary.at(1).count, 3);
    QCOMPARE(figures.byBoundary.at(2).key, QStringLiteral("respectful_language"));
    QCOMPARE(figures.byBoundary.at(2).count, 1);

    QCOMPARE(figures.byChannel.size(), 5);
    QCOMPARE(figures.byChannel.at(0).key, QStringLiteral("phone"));
    QCOMPARE(figures.byChannel.at(0).count, 5);
    QCOMPARE(figures.byChannel.at(0).label, ContactChannels::label(ContactChannel::Phone));
    QCOMPARE(figures.byChannel.at(1).key, QStringLiteral("email"));
    QCOMPARE(figures.byChannel.at(1).count, 2);
    for (qsizetype i = 2; i < figures.byChannel.size(); ++i)
        QCOMPARE(figures.byChannel.at(i).count, 1);
}

void tst_DashboardStatistics::weekdayHourAcrossTheClocksGoingBack() {
    const DashboardFigures figures = compute(period());
    // 00:30 UTC was 01:30 BST and 01:30 UTC was 01:30 GMT: both in Sunday's 01:00 hour.
    QCOMPARE(figures.cell(Qt::Sunday, 1), 2);
    QCOMPARE(figures.cell(Qt::Sunday, 0), 0);
    QCOMPARE(figures.cell(Qt::Sunday, 2), 0);
    // 08:00 UTC in October (BST) and 09:00 UTC after the change (GMT) are both 09:00 local on a Monday.
    QCOMPARE(figures.cell(Qt::Monday, 9), 2);
    QCOMPARE(figures.cell(Qt::Monday, 18), 1);
    QCOMPARE(figures.cell(Qt::Monday, 19), 1);
    QCOMPARE(figures.cell(Qt::Wednesday, 10), 1);
    QCOMPARE(figures.cell(Qt::Thursday, 10), 1);
    QCOMPARE(figures.cell(Qt::Thursday, 8), 1);
    QCOMPARE(figures.cell(Qt::Sunday, 12), 1);
    const qint64 cells = cellTotal(figures);
    QCOMPARE(cells, figures.incidents);
}

void tst_DashboardStatistics::workingHoursBoundary() {
    const DashboardFigures figures = compute(period());
    // 09:00 opens the day and 18:00 closes it, as BoundaryFlags judges incidents.
    QVERIFY(DashboardCharts::withinHours(figures.hours, 0, 9));
    QVERIFY(DashboardCharts::withinHours(figures.hours, 0, 17));
    QVERIFY(!DashboardCharts::withinHours(figures.hours, 0, 18));
    QVERIFY(!DashboardCharts::withinHours(figures.hours, 0, 8));
    QVERIFY(!DashboardCharts::withinHours(figures.hours, 6, 12));
    const Result<Incident> first = IncidentRepository(*m_db).get(m_set.first);
    QVERIFY(first.ok());
    QVERIFY(!first.value().outsideHours);
}

void tst_DashboardStatistics::byMonthAsRatePerActiveClient() {
    const DashboardFigures figures = compute(period());
    QCOMPARE(figures.byMonth.size(), 2);
    const MonthFigure &october = figures.byMonth.at(0);
    QCOMPARE(october.month, QDate(2026, 10, 1));
    QCOMPARE(october.daysInPeriod, 31);
    QCOMPARE(october.count, 5);
    // Amy and Ben; Cleo is archived, Dan a prospect and Eve started in November.
    QCOMPARE(october.activeClients, 2);
    QVERIFY(october.ratePerActiveClient30d);
    QCOMPARE(*october.ratePerActiveClient30d, 5.0 / 2.0 * 30.0 / 31.0);
    QVERIFY(!october.soFar);
    QCOMPARE(october.daysElapsed, 31);
    const MonthFigure &november = figures.byMonth.at(1);
    QCOMPARE(november.daysInPeriod, 20);
    QCOMPARE(november.count, 5);
    QCOMPARE(november.activeClients, 3);
    QCOMPARE(*november.ratePerActiveClient30d, 2.5);
    // Today is 20 November: the month is not over.
    QVERIFY(november.soFar);
    QCOMPARE(november.daysElapsed, 20);
}

void tst_DashboardStatistics::lapsesPerMonthAndTheMonthsReflectedOn() {
    Clock::setNowFunction([] { return test::DashboardDataSet::now(); });
    DashboardFigures figures = compute(period());
    // Amy's own lapse on 12 November counts in November's lapses, never in its client incidents.
    QCOMPARE(figures.byMonth.at(0).lapses, 0);
    QCOMPARE(figures.byMonth.at(1).lapses, 1);
    QCOMPARE(figures.byMonth.at(1).count, 5);
    // Only October is over on 20 November; it was not reflected on.
    QCOMPARE(figures.monthsOver, 1);
    QCOMPARE(figures.monthsReflected, 0);
    QVERIFY(figures.reflectedShare);
    QCOMPARE(*figures.reflectedShare, 0.0);

    // A skipped month is not reflected on; a reflection on the month still running does not count yet.
    QVERIFY(ReflectionService(*m_db).skipMonth(QDate(2026, 10, 1)).ok());
    QCOMPARE(*compute(period()).reflectedShare, 0.0);
    QVERIFY(ReflectionService(*m_db).reflectOnMonth(QDate(2026, 11, 1), {QStringLiteral("So far.")}).ok());
    QCOMPARE(*compute(period()).reflectedShare, 0.0);
    QVERIFY(
        ReflectionService(*m_db).reflectOnMonth(QDate(2026, 10, 1), {QStringLiteral("Calm month.")}).ok());
    figures = compute(period());
    QVERIFY(figures.byMonth.at(0).reflected);
    QVERIFY(figures.byMonth.at(1).reflected);
    QCOMPARE(figures.monthsReflected, 1);
    QCOMPARE(*figures.reflectedShare, 1.0);
    // A period with no month over has no share.
    QVERIFY(!compute(DashboardRequest{QDate(2026, 11, 1), QDate(2026, 11, 20), std::nullopt}).reflectedShare);
}

void tst_DashboardStatistics::theMonthSoFarIsScaledOverItsDaysSoFar() {
    // A period to the end of the year, on 20 November: the ten days of November still to come and all of
    // December have had no incidents yet, so they must not water the rate down.
    const DashboardFigures figures =
        compute(DashboardRequest{test::DashboardDataSet::periodFrom(), QDate(2026, 12, 31), std::nullopt});
    QCOMPARE(figures.byMonth.size(), 3);
    const MonthFigure &november = figures.byMonth.at(1);
    QCOMPARE(november.daysInPeriod, 30);
    QCOMPARE(november.count, 5);
    QCOMPARE(november.activeClients, 3);
    QVERIFY(november.ratePerActiveClient30d);
    QCOMPARE(*november.ratePerActiveClient30d, 5.0 / 3.0 * 30.0 / 20.0);
    QVERIFY(november.soFar);
    QCOMPARE(november.daysElapsed, 20);
    // No day of December has come: there is no rate to show, rather than a rate of 0.
    const MonthFigure &december = figures.byMonth.at(2);
    QCOMPARE(december.count, 0);
    QVERIFY(!december.ratePerActiveClient30d);
    QVERIFY(!december.soFar);
    QCOMPARE(december.daysElapsed, 0);
}

void tst_DashboardStatistics::byClientAndRepeatBands() {
    const DashboardFigures figures = compute(period());
    QCOMPARE(figures.byClient.size(), 4);
    QCOMPARE(figures.byClient.at(0).clientId, m_set.amy);
    QCOMPARE(figures.byClient.at(0).name, QStringLiteral("Amy Adams"));
    QCOMPARE(figures.byClient.at(0).count, 4);
    QCOMPARE(figures.byClient.at(1).clientId, m_set.ben);
    QCOMPARE(figures.byClient.at(1).count, 3);
    QCOMPARE(figures.byClient.at(2).clientId, m_set.cleo);
    QCOMPARE(figures.byClient.at(2).count, 2);
    QCOMPARE(figures.byClient.at(3).clientId, m_set.eve);
    QCOMPARE(figures.byClient.at(3).count, 1);
    QCOMPARE(figures.bandCount(RepeatBand::Once), 1);
    QCOMPARE(figures.bandCount(RepeatBand::TwoToFive), 3);
    QCOMPARE(figures.bandCount(RepeatBand::SixOrMore), 0);
    QCOMPARE(RepeatBands::key(RepeatBand::TwoToFive), QStringLiteral("2-5"));
    QCOMPARE(RepeatBands::of(6), RepeatBand::SixOrMore);
    QCOMPARE(RepeatBands::of(5), RepeatBand::TwoToFive);
}

void tst_DashboardStatistics::addressedAndResolved() {
    const DashboardFigures figures = compute(period());
    // Amy's 09:00 (12 hours) and Ben's Monday (30 minutes); Ben's Sunday conversation was corrected to two
    // days later, and Amy's 18:00 was talked about after 40 hours.
    QCOMPARE(figures.addressedWithin24h, 2);
    QCOMPARE(*figures.addressedShare, 0.2);
    // Closed after 2, 1 and 4 days: the median is 2.
    QCOMPARE(figures.resolved, 3);
    QCOMPARE(*figures.medianDaysToResolution, 2.0);
}

void tst_DashboardStatistics::addressedWithinTwentyFourHoursToTheMillisecond() {
    // Client incidents on Tuesday 3 November (GMT), a day without any other incident of the data set.
    const IncidentRepository incidents(*m_db);
    const auto utc = [](const char *text) {
        return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs).toUTC();
    };
    QList<bool> done;
    const auto add = [&](const char *at) {
        Incident incident;
        incident.clientId = m_set.amy;
        incident.occurredAt = utc(at);
        incident.channel = ContactChannel::Phone;
        incident.boundaryKey = QStringLiteral("after_hours_contact");
        incident.description = QStringLiteral("Called at %1").arg(QString::fromLatin1(at));
        incident.createdAt = incident.occurredAt;
        incident.updatedAt = incident.occurredAt;
        const Result<qint64> added = incidents.insert(incident);
        done.append(added.ok());
        return added.ok() ? added.value() : 0;
    };
    const auto step = [&](qint64 incident, const char *key, const char *at, qint64 corrects = 0) {
        StepEntry entry;
        entry.incidentId = incident;
        entry.stepKey = QString::fromLatin1(key);
        entry.happenedAt = utc(at);
        entry.note = QStringLiteral("Noted.");
        entry.correctsId = corrects;
        entry.recordedAt = utc(at);
        const Result<qint64> added = incidents.appendStep(entry, {});
        done.append(added.ok());
        return added.ok() ? added.value() : 0;
    };
    // Talked about exactly 24 hours later: addressed.
    step(add("2026-11-03T10:00:00.000Z"), "conversation", "2026-11-04T10:00:00.000Z");
    // A millisecond later: not.
    step(add("2026-11-03T11:00:00.000Z"), "conversation", "2026-11-04T11:00:00.001Z");
    // Recorded two days later, then corrected to that evening: the correction counts.
    const qint64 corrected = add("2026-11-03T12:00:00.000Z");
    step(corrected, "conversation", "2026-11-03T18:00:00.000Z",
         step(corrected, "conversation", "2026-11-05T12:00:00.000Z"));
    // Corrected to the next afternoon, then corrected back to the same day: only the last one is in force.
    const qint64 twice = add("2026-11-03T13:00:00.000Z");
    const qint64 first = step(twice, "conversation", "2026-11-03T15:00:00.000Z");
    step(twice, "conversation", "2026-11-03T16:00:00.000Z",
         step(twice, "conversation", "2026-11-04T19:00:00.000Z", first));
    // A written summary within the hour is not a conversation.
    step(add("2026-11-03T14:00:00.000Z"), "written_summary", "2026-11-03T15:00:00.000Z");
    // A conversation dated before the incident (entered with the wrong time) counts, as it always has.
    step(add("2026-11-03T16:00:00.000Z"), "conversation", "2026-11-03T15:30:00.000Z");
    QVERIFY(!done.contains(false));

    const DashboardFigures figures =
        compute(DashboardRequest{QDate(2026, 11, 3), QDate(2026, 11, 3), std::nullopt});
    QCOMPARE(figures.incidents, 6);
    QCOMPARE(figures.addressedWithin24h, 4);
    QCOMPARE(compute(DashboardRequest{QDate(2026, 11, 3), QDate(2026, 11, 3), m_set.amy}).addressedWithin24h,
             4);
}

void tst_DashboardStatistics::incidentsStillWithinTheirTwentyFourHoursAreNotJudged() {
    const IncidentRepository incidents(*m_db);
    const auto add = [&](const QDateTime &at) {
        Incident incident;
        incident.clientId = m_set.amy;
        incident.occurredAt = at;
        incident.channel = ContactChannel::Phone;
        incident.boundaryKey = QStringLiteral("after_hours_contact");
        incident.description = QStringLiteral("Called again.");
        incident.createdAt = at;
        incident.updatedAt = at;
        const Result<qint64> added = incidents.insert(incident);
        return added.ok() ? added.value() : 0;
    };
    const QDateTime now = test::DashboardDataSet::now();
    // Five hours old and not talked about yet: not a miss, it still has 19 hours.
    QVERIFY(add(now.addSecs(-5 * 3600)));
    // Three hours old and already talked about: not judged either until its 24 hours are over.
    const qint64 talked = add(now.addSecs(-3 * 3600));
    QVERIFY(talked);
    StepEntry conversation;
    conversation.incidentId = talked;
    conversation.stepKey = QStringLiteral("conversation");
    conversation.happenedAt = now.addSecs(-3600);
    conversation.note = QStringLiteral("Talked it through.");
    conversation.recordedAt = conversation.happenedAt;
    QVERIFY(incidents.appendStep(conversation, {}).ok());

    DashboardFigures figures = compute(period());
    QCOMPARE(figures.incidents, 12);
    // The share is over the ten incidents whose 24 hours are over, as before the two were added.
    QCOMPARE(figures.addressedWithin24h, 2);
    QVERIFY(figures.addressedShare);
    QCOMPARE(*figures.addressedShare, 0.2);
    QCOMPARE(figures.addressJudged, 10);
    QCOMPARE(figures.addressPending, 2);

    // A day later both are judged: the one talked about in time, the other missed.
    Clock::setNowFunction([now] { return now.addDays(1); });
    figures = compute(period());
    QCOMPARE(figures.addressPending, 0);
    QCOMPARE(figures.addressJudged, 12);
    QCOMPARE(figures.addressedWithin24h, 3);
    QCOMPARE(*figures.addressedShare, 3.0 / 12.0);
}

void tst_DashboardStatistics::earlyWarningFollowsTheClock() {
    DashboardFigures figures = compute(period());
    QCOMPARE(figures.earlyWarningSince, QDateTime(QDate(2026, 10, 21), QTime(12, 0), Qt::UTC));
    // Ben's three around 25 October, then Amy's two in November; Cleo is archived, the lapse is not a
    // client's.
    QCOMPARE(figures.earlyWarning.size(), 2);
    QCOMPARE(figures.earlyWarning.at(0).clientId, m_set.ben);
    QCOMPARE(figures.earlyWarning.at(0).count, 3);
    QCOMPARE(figures.earlyWarning.at(1).clientId, m_set.amy);
    QCOMPARE(figures.earlyWarning.at(1).name, QStringLiteral("Amy Adams"));

    // Twenty days later only Amy's 19 November is within the last 30 days.
    Clock::setNowFunction([] { return test::DashboardDataSet::now().addDays(20); });
    figures = compute(period());
    QVERIFY(figures.earlyWarning.isEmpty());
    // Amy's 25 November follow-up is overdue now.
    QCOMPARE(figures.overdueFollowUps, 3);
}

void tst_DashboardStatistics::archivedClients() {
    const DashboardFigures figures = compute(period());
    // Cleo's incidents happened and count in the period's figures...
    const auto cleo =
        std::find_if(figures.byClient.cbegin(), figures.byClient.cend(),
                     [this](const ClientCount &client) { return client.clientId == m_set.cleo; });
    QVERIFY(cleo != figures.byClient.cend());
    QCOMPARE(cleo->count, 2);
    QCOMPARE(figures.cell(Qt::Wednesday, 10), 1);
    // ...but she is not on early warning, due to re-acknowledge, counted as a draft or as an active client.
    for (const ClientCount &client : figures.earlyWarning)
        QVERIFY(client.clientId != m_set.cleo);
    QCOMPARE(figures.reacknowledgementDue, 1);
    QCOMPARE(figures.onboardingDrafts, 1);
    QCOMPARE(figures.byMonth.at(1).activeClients, 3);
}

void tst_DashboardStatistics::aDiscardedDraftIsNoLongerCounted() {
    const std::optional<Agreement> draft = AgreementService(*m_db).draftFor(m_set.dan).value();
    QVERIFY(draft);
    QCOMPARE(compute(period()).onboardingDrafts, 1);
    QVERIFY(AgreementService(*m_db).discardDraft(draft->id).ok());
    QCOMPARE(compute(period()).onboardingDrafts, 0);
}

void tst_DashboardStatistics::oneClient() {
    const DashboardFigures figures = compute(period(m_set.amy));
    QCOMPARE(figures.clientName, QStringLiteral("Amy Adams"));
    QCOMPARE(figures.incidents, 4);
    QCOMPARE(figures.selfReported, 1);
    QCOMPARE(figures.openIncidents, 4);
    QCOMPARE(figures.overdueFollowUps, 2);
    QCOMPARE(figures.reacknowledgementDue, 1);
    QCOMPARE(figures.onboardingDrafts, 0);
    QCOMPARE(figures.byClient.size(), 1);
    QCOMPARE(figures.byMonth.at(0).count, 2);
    QCOMPARE(figures.byMonth.at(0).activeClients, 1);
    QCOMPARE(*figures.byMonth.at(1).ratePerActiveClient30d, 3.0);
    QCOMPARE(figures.earlyWarning.size(), 1);
    QCOMPARE(figures.earlyWarning.first().clientId, m_set.amy);

    const DashboardFigures ben = compute(period(m_set.ben));
    QCOMPARE(ben.incidents, 3);
    QCOMPARE(ben.reacknowledgementDue, 0);
    QCOMPARE(ben.cell(Qt::Sunday, 1), 2);
}

void tst_DashboardStatistics::quarterHourTimeZone() {
    PracticeProfile profile = PracticeService(*m_db).load().value();
    profile.timeZoneId = QByteArrayLiteral("Asia/Kolkata"); // UTC+05:30
    QVERIFY(PracticeService(*m_db).save(profile).ok());
    const DashboardFigures figures = compute(period());
    // 08:00 UTC on Monday 5 October is 13:30 IST; 17:00 UTC is 22:30.
    QCOMPARE(figures.cell(Qt::Monday, 13), 1);
    QCOMPARE(figures.cell(Qt::Monday, 22), 1);
    // 19:30 UTC on Monday 2 November is 01:00 IST on Tuesday; 00:30 and 01:30 UTC on Sunday are 06:00 and
    // 07:00.
    QCOMPARE(figures.cell(Qt::Tuesday, 1), 1);
    QCOMPARE(figures.cell(Qt::Sunday, 6), 1);
    QCOMPARE(figures.cell(Qt::Sunday, 7), 1);
}

void tst_DashboardStatistics::filtersBehindTheFigures_data() {
    QTest::addColumn<int>("figure");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("a boundary's bar") << 0 << qint64(6);
    QTest::newRow("a channel's bar") << 1 << qint64(5);
    QTest::newRow("the Sunday 01:00 cell across the change") << 2 << qint64(2);
    QTest::newRow("the Monday 09:00 cell") << 3 << qint64(2);
    QTest::newRow("the 2-5 repeat band") << 4 << qint64(9);
    QTest::newRow("the once band") << 5 << qint64(1);
    QTest::newRow("a whole weekday") << 6 << qint64(4);
    QTest::newRow("an hour without dates") << 7 << qint64(2);
}

void tst_DashboardStatistics::filtersBehindTheFigures() {
    QFETCH(int, figure);
    QFETCH(qint64, expected);
    IncidentFilter filter;
    filter.from = test::DashboardDataSet::periodFrom();
    filter.to = test::DashboardDataSet::periodTo();
    filter.crossedBy = CrossedBy::Client;
    filter.timeZoneId = QByteArrayLiteral("Europe/London");
    switch (figure) {
    case 0:
        filter.boundaryKey = QStringLiteral("after_hours_contact");
        break;
    case 1:
        filter.channel = ContactChannel::Phone;
        break;
    case 2:
        filter.weekday = Qt::Sunday;
        filter.hour = 1;
        break;
    case 3:
        filter.weekday = Qt::Monday;
        filter.hour = 9;
        break;
    case 4:
        filter.repeatMinimum = 2;
        filter.repeatMaximum = 5;
        break;
    case 5:
        filter.repeatMinimum = 1;
        filter.repeatMaximum = 1;
        break;
    case 6:
        filter.weekday = Qt::Monday; // 09:00 twice, 18:00 and 19:30
        break;
    case 7:
        filter.from = QDate();
        filter.to = QDate();
        filter.hour = 10; // Cleo's two; the September incident was at 11:00 BST
        break;
    }
    const IncidentListQuery repository(*m_db);
    const Result<qint64> count = repository.count(filter);
    QVERIFY2(count.ok(), count.ok() ? "" : qPrintable(count.error().message));
    QCOMPARE(count.value(), expected);
    const Result<QList<IncidentListRow>> rows = repository.pageAt(filter, IncidentSort{}, 0, 100);
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), expected);
}

void tst_DashboardStatistics::everyDrillDownListsWhatItsFigureCounts() {
    const DashboardFigures figures = compute(period());
    const IncidentListQuery repository(*m_db);
    const auto count = [&repository](const IncidentFilter &filter) {
        const Result<qint64> counted = repository.count(filter);
        return counted.ok() ? counted.value() : -1;
    };
    QCOMPARE(count(DashboardFilters::period(figures)), figures.incidents);
    QCOMPARE(count(DashboardFilters::selfReported(figures)), figures.selfReported);
    QCOMPARE(count(DashboardFilters::open(figures)), figures.openIncidents);
    QCOMPARE(count(DashboardFilters::overdue(figures)), figures.overdueFollowUps);
    for (const KeyedCount &boundary : figures.byBoundary)
        QCOMPARE(count(DashboardFilters::boundary(figures, boundary.key)), boundary.count);
    for (const KeyedCount &channel : figures.byChannel)
        QCOMPARE(count(DashboardFilters::channel(figures, channel.key)), channel.count);
    for (qsizetype i = 0; i < figures.byMonth.size(); ++i)
        QCOMPARE(count(DashboardFilters::month(figures, i)), figures.byMonth.at(i).count);
    for (const ClientCount &client : figures.byClient)
        QCOMPARE(count(DashboardFilters::client(figures, client.clientId)), client.count);
    for (RepeatBand band : RepeatBands::all) {
        qint64 incidents = 0;
        for (const ClientCount &client : figures.byClient)
            incidents += RepeatBands::of(client.count) == band ? client.count : 0;
        QCOMPARE(count(DashboardFilters::repeatBand(figures, band)), incidents);
    }
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        for (int hour = 0; hour < 24; ++hour)
            QCOMPARE(count(DashboardFilters::cell(figures, Qt::DayOfWeek(day), hour)),
                     figures.cell(Qt::DayOfWeek(day), hour));
    }
}

void tst_DashboardStatistics::rejectsAnInvertedPeriod() {
    const Result<DashboardFigures> figures = DashboardService(*m_db).compute(
        DashboardRequest{QDate(2026, 11, 2), QDate(2026, 11, 1), std::nullopt});
    QVERIFY(!figures.ok());
    QCOMPARE(figures.error().kind, Error::Kind::Invalid);
}

void tst_DashboardStatistics::statementsOnlyReadTheSameRows() {
    const DashboardContext context = DashboardContext::current(QByteArrayLiteral("Europe/London"));
    const Result<qint64> rows =
        DashboardRepository(*m_db).runStatementsOnly(DashboardStatistics(period(), context).query());
    QVERIFY(rows.ok());
    // One row of now-figures, 7 boundary/channel/who/hours groups, 11 UTC hours by who crossed the boundary
    // (10 of client incidents, 1 of the practitioner's lapse), no month reflected on, 4 clients, 4 histogram
    // groups (three closed incidents and the open ones), 2 early warnings and 3 start days of active clients.
    QCOMPARE(rows.value(), qint64(1 + 7 + 11 + 0 + 4 + 4 + 2 + 3));
}

QTEST_MAIN(tst_DashboardStatistics)
#include "tst_DashboardStatistics.moc"
