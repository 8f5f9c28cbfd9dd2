// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/AgreementService.h"
#include "app/clients/ClientService.h"
#include "app/common/Clock.h"
#include "app/demo/DemoPractice.h"
#include "app/incidents/ICalendar.h"
#include "app/incidents/IncidentDetails.h"
#include "app/incidents/IncidentService.h"
#include "app/policy/PolicyService.h"
#include "app/policy/PracticeService.h"
#include "app/storage/ClientRepository.h"
#include "app/storage/MetaRepository.h"
#include "app/storage/ResourceRepository.h"
#include "tests/support/TestSupport.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <array>

using namespace bk;

class TestIncidentService : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Database> m_db;
    qint64 m_client = 0;

    static QDateTime now() { return QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC); }

    static QDateTime at(int daysFromNow, int hour = 12) {
        return QDateTime(now().date().addDays(daysFromNow), QTime(hour, 0), Qt::UTC);
    }

    qint64 logIncident(const QString &boundary = QStringLiteral("after_hours_contact"),
                       CrossedBy by = CrossedBy::Client, const QDateTime &when = at(-1, 21)) {
        NewIncident incident = test::afterHoursCall(m_client, when);
        incident.boundaryKey = boundary;
        incident.crossedBy = by;
        return test::logIncident(*m_db, incident);
    }

    Incident incident(qint64 id) { return IncidentRepository(*m_db).get(id).value(); }

    // Signs Jordan's agreement on `db`: Saturday mornings and social media, and no phone calls.
    Status signSaturdayTerms(const Database &db) {
        Result<Agreement> started = AgreementService(db).start(m_client);
        if (!started)
            return started.error();
        Agreement agreement = std::move(started).value();
        agreement.terms.setDay(Qt::Saturday, WorkingDay{true, QTime(10, 0), QTime(14, 0)});
        agreement.terms.setChannelTerms(ChannelTerms{ContactChannel::Phone, false, QString(), 0});
        agreement.terms.setChannelTerms(ChannelTerms{ContactChannel::SocialMedia, true, QString(), 0});
        for (BoundaryDiscussion &discussion : agreement.discussions)
            discussion.discussed = true;
        agreement.consentGiven = true;
        agreement.clientSignature =
            Signature::typed(QStringLiteral("Jordan Reyes"), QStringLiteral("Jordan Reyes"), now());
        agreement.practitionerSignature =
            Signature::typed(QStringLiteral("Alex Morgan"), QStringLiteral("Alex Morgan"), now());
        const Result<Agreement> signedAgreement = AgreementService(db).finalise(agreement);
        return signedAgreement ? Status() : Status(signedAgreement.error());
    }

    QString sqlError(const QString &sql) {
        QSqlQuery query = m_db->prepare(sql);
        return query.exec() ? QString() : query.lastError().databaseText();
    }

    // Another desktop, on a connection of its own, retires the boundary "golden_rule" in the draft and, with
    // `publish`, publishes it.
    void retireGoldenRuleElsewhere(bool publish) {
        Result<std::unique_ptr<Database>> opened = Database::open(m_db->path());
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        const PolicyService elsewhere(*opened.value());
        PolicyDocument draft = elsewhere.draft().value();
        draft.boundary(QStringLiteral("golden_rule"))->retired = true;
        QVERIFY(elsewhere.saveDraft(draft).ok());
        if (publish)
            QVERIFY(elsewhere.publish().ok());
    }

private Q_SLOTS:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase() {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void init() {
        Clock::setNowFunction([] { return now(); });
        m_db = test::openDatabase(m_dir.filePath(QStringLiteral("incidents-%1.sqlite").arg(++m_counter)));
        QVERIFY(m_db);
        PracticeProfile profile = PracticeProfile::defaults();
        profile.name = QStringLiteral("Harbour Coaching");
        profile.timeZoneId = "Europe/London";
        for (Qt::DayOfWeek day : {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday})
            profile.setDay(day, WorkingDay{true, QTime(9, 0), QTime(18, 0)});
        profile.setDay(Qt::Saturday, WorkingDay{});
        profile.setDay(Qt::Sunday, WorkingDay{});
        profile.setChannelTerms(ChannelTerms{ContactChannel::Phone, true, QString(), 0});
        profile.setChannelTerms(ChannelTerms{ContactChannel::SocialMedia, false, QString(), 0});
        const Status saved = PracticeService(*m_db).save(profile);
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        Client client;
        client.fullName = QStringLiteral("Jordan Reyes");
        client.preferredName = QStringLiteral("Jordan");
        m_client = ClientService(*m_db).add(client).value();
    }

    void cleanup() {
        m_db.reset();
        Clock::setNowFunction({});
        Clock::setPracticeZone({});
    }

    void loggingRequiresClientBoundaryAndDescription() {
        const Result<qint64> empty = IncidentService(*m_db).log(NewIncident{});
        QVERIFY(!empty);
        QCOMPARE(empty.error().kind, Error::Kind::Invalid);
        QVERIFY(empty.error().message.contains(QStringLiteral("client")));
        QVERIFY(empty.error().message.contains(QStringLiteral("boundary")));
        QVERIFY(empty.error().message.contains(QStringLiteral("Describe what happened")));

        NewIncident unknown;
        unknown.clientId = m_client;
        unknown.boundaryKey = QStringLiteral("no_such_boundary");
        unknown.description = QStringLiteral("Something");
        const Result<qint64> refused = IncidentService(*m_db).log(unknown);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("no_such_boundary")));
    }

    void eachProblemNamesItsField() {
        const IncidentService service(*m_db);
        const CurrentPolicy policy = service.currentPolicy().value();
        NewIncident future;
        future.occurredAt = now().addDays(1);
        using Field = IncidentProblem::Field;
        QList<Field> fields;
        for (const IncidentProblem &problem : service.fieldProblems(future, policy))
            fields.append(problem.field);
        QCOMPARE(fields,
                 (QList<Field>{Field::Client, Field::Boundary, Field::Description, Field::OccurredAt}));
        QCOMPARE(service.problems(future, policy).size(), 4);
        QCOMPARE(service.problems(future, policy).last(),
                 QStringLiteral("An incident cannot be logged for a time in the future."));
    }

    void twoWritersLoggingAtOnceLoseNothing() {
        // Two desktops (or the window and the command line) log at the same moment, each through its own
        // connection: every incident is stored or its failure reported, and here none fails.
        constexpr int PerWriter = 1000;
        const QString location = m_db->path();
        struct Writer {
            int logged = 0;
            QString error;
        };
        std::array<Writer, 2> writers;
        std::array<std::unique_ptr<QThread>, 2> threads;
        for (std::size_t w = 0; w < writers.size(); ++w) {
            threads.at(w).reset(QThread::create([&, w] {
                Writer &writer = writers.at(w);
                Result<std::unique_ptr<Database>> opened = Database::open(location);
                if (!opened) {
                    writer.error = opened.error().message;
                    return;
                }
                const IncidentService service(*opened.value());
                for (int i = 0; i < PerWriter; ++i) {
                    NewIncident incident = test::afterHoursCall(m_client, at(-1 - i % 30, 21));
                    incident.description = QStringLiteral("Writer %1, call %2").arg(w).arg(i);
                    const Result<qint64> id = service.log(incident);
                    if (!id) {
                        writer.error = id.error().message;
                        return;
                    }
                    ++writer.logged;
                }
            }));
        }
        for (const auto &thread : threads)
            thread->start();
        for (const auto &thread : threads)
            QVERIFY(thread->wait(QDeadlineTimer(240000)));
        for (const Writer &writer : writers) {
            QVERIFY2(writer.error.isEmpty(), qPrintable(writer.error));
            QCOMPARE(writer.logged, PerWriter);
        }
        QCOMPARE(IncidentRepository(*m_db).incidentsOfClient(m_client).value().size(), 2 * PerWriter);
    }

    void theCalendarExportHoldsOpenFollowUpsInAPrivateFile() {
        const qint64 open = logIncident();
        const qint64 closed = logIncident(QStringLiteral("personal_questions"));
        QVERIFY(IncidentService(*m_db).close(closed, QStringLiteral("Resolved after a talk.")).ok());
        const QList<FollowUpItem> items = IncidentService(*m_db).calendarFollowUps().value();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().incidentId, open);

        const QString path = m_dir.filePath(QStringLiteral("calendar-%1.ics").arg(m_counter));
        QCOMPARE(IncidentService(*m_db).exportFollowUpCalendar(path).value(), 1);
        QCOMPARE(test::fileMode(path), 0600);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        QCOMPARE(ics.count("BEGIN:VEVENT"), 1);
        QVERIFY(ics.contains(QStringLiteral("UID:incident-%1-").arg(open).toUtf8()));

        const Result<int> refused = IncidentService(*m_db).exportFollowUpCalendar(
            m_dir.filePath(QStringLiteral("no-such-folder/calendar.ics")));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Io);
    }

    void boundaryMustBeInThePublishedPolicyOnceOneExists() {
        PolicyDocument draft = PolicyService(*m_db).draft().value();
        draft.boundary(QStringLiteral("golden_rule"))->retired = true;
        QVERIFY(PolicyService(*m_db).saveDraft(draft).ok());
        QVERIFY(PolicyService(*m_db).publish().ok());
        QCOMPARE(logIncident(QStringLiteral("golden_rule")), 0);
        const qint64 id = logIncident();
        QVERIFY(id > 0);
        QCOMPARE(incident(id).policyVersion, 1);
    }

    // The published policy is kept between logs, but another desktop's publishing counts from the very next
    // log, whether or not its announcement has arrived (no event loop runs here to hear it).
    void anotherDesktopsPublishingCountsAtTheNextLog() {
        QVERIFY(PolicyService(*m_db).publish().ok());
        QCOMPARE(incident(logIncident()).policyVersion, 1);
        QVERIFY(logIncident(QStringLiteral("golden_rule")) > 0);
        retireGoldenRuleElsewhere(true);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(logIncident(QStringLiteral("golden_rule")), 0);
        QCOMPARE(incident(logIncident()).policyVersion, 2);
        QCOMPARE(IncidentService(*m_db).currentPolicy().value().version, 2);
    }

    // Before the first publish the draft is the policy: one saved on another desktop counts from the next
    // log.
    void anotherDesktopsDraftCountsAtTheNextLogBeforeTheFirstPublish() {
        QVERIFY(logIncident(QStringLiteral("golden_rule")) > 0);
        retireGoldenRuleElsewhere(false);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(logIncident(QStringLiteral("golden_rule")), 0);
        QCOMPARE(incident(logIncident()).policyVersion, 0);
    }

    // The practice profile is kept between logs too, but a profile saved on another desktop counts from the
    // very next log (no event loop runs here to hear its announcement).
    void anotherDesktopsProfileChangeCountsAtTheNextLog() {
        // Monday 9 March at 12:00 in London: within the practice's hours, by phone, which it allows.
        const NewIncident call = test::afterHoursCall(m_client, at(-1, 12));
        const Incident before = incident(test::logIncident(*m_db, call));
        QVERIFY(!before.outsideHours);
        QVERIFY(!before.outsideChannel);
        Result<std::unique_ptr<Database>> opened = Database::open(m_db->path());
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        const PracticeService elsewhere(*opened.value());
        PracticeProfile profile = elsewhere.load().value();
        profile.setDay(Qt::Monday, WorkingDay{});
        profile.setChannelTerms(ChannelTerms{ContactChannel::Phone, false, QString(), 0});
        const Status saved = elsewhere.save(profile);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
        const Incident after = incident(test::logIncident(*m_db, call));
        QVERIFY(after.outsideHours);
        QVERIFY(after.outsideChannel);
    }

    // The practice's hours and channels changed by hand (psql on a server) count at the very next log too:
    // the server raises the profile's version, which every connection keeps the profile by. SQLite's
    // triggers cannot raise it, so there a change to the profile that leaves its version as it was is
    // refused.
    void aProfileChangedByHandCountsAtTheNextLog() {
        const NewIncident call = test::afterHoursCall(m_client, at(-1, 12));
        const Incident before = incident(test::logIncident(*m_db, call));
        QVERIFY(!before.outsideHours);
        QVERIFY(!before.outsideChannel);
        const PracticeProfile opened = PracticeService(*m_db).load().value();
        Result<std::unique_ptr<Database>> elsewhere = Database::open(m_db->path());
        QVERIFY2(elsewhere.ok(), elsewhere.ok() ? "" : qPrintable(elsewhere.error().message));
        QSqlQuery byHand(elsewhere.value()->connection());
        if (!test::onPostgres()) {
            QVERIFY(!byHand.exec(QStringLiteral("UPDATE practice_profile SET name = 'By hand'")));
            QVERIFY2(byHand.lastError().text().contains(QStringLiteral("raises row_version by one")),
                     qPrintable(byHand.lastError().text()));
            return;
        }
        QVERIFY2(byHand.exec(QStringLiteral("UPDATE practice_hours SET open = FALSE WHERE weekday = 1")),
                 qPrintable(byHand.lastError().text()));
        QVERIFY2(byHand.exec(
                     QStringLiteral("UPDATE practice_channels SET allowed = FALSE WHERE channel = 'phone'")),
                 qPrintable(byHand.lastError().text()));
        const Incident after = incident(test::logIncident(*m_db, call));
        QVERIFY(after.outsideHours);
        QVERIFY(after.outsideChannel);
        QVERIFY(byHand.exec(
            QStringLiteral("UPDATE practice_profile SET name = 'By hand' RETURNING row_version")));
        QVERIFY(byHand.next());
        QCOMPARE(byHand.value(0).toInt(), opened.rowVersion + 3);
        // The profile as it was opened before these changes is not saved over them.
        const Status saved = PracticeService(*m_db).save(opened);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, Error::Kind::Stale);
    }

    // An agreement the client signs on another desktop sets the terms of the very next log.
    void anotherDesktopsNewAgreementCountsAtTheNextLog() {
        QVERIFY(PolicyService(*m_db).publish().ok());
        // Saturday 7 March at 11:00 in London: outside the practice's hours, within those Jordan signs for.
        const NewIncident call =
            test::afterHoursCall(m_client, QDateTime(QDate(2026, 3, 7), QTime(11, 0), Qt::UTC));
        const Incident before = incident(test::logIncident(*m_db, call));
        QVERIFY(before.outsideHours);
        QVERIFY(!before.outsideChannel);
        Result<std::unique_ptr<Database>> opened = Database::open(m_db->path());
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        const Status signedTerms = signSaturdayTerms(*opened.value());
        QVERIFY2(signedTerms.ok(), signedTerms.ok() ? "" : qPrintable(signedTerms.error().message));
        const Incident after = incident(test::logIncident(*m_db, call));
        QVERIFY(!after.outsideHours);
        QVERIFY(after.outsideChannel);
    }

    void loggingStoresFlagsAndTheFirstNextAction() {
        const qint64 id = logIncident();
        QVERIFY(id > 0);
        const Incident logged = incident(id);
        QVERIFY(logged.outsideHours);
        QVERIFY(!logged.outsideChannel);
        QCOMPARE(logged.policyVersion, 0);
        QCOMPARE(logged.status, IncidentStatus::Open);
        QVERIFY(logged.currentStep.isEmpty());
        QCOMPARE(logged.nextAction, PolicyDocument::defaults().ladder.first().title);
        QCOMPARE(logged.nextDue, Clock::todayLocal().addDays(2));
        QCOMPARE(logged.createdAt, now());
        QCOMPARE(logged.recordedBy, currentOsUser());

        NewIncident social;
        social.clientId = m_client;
        social.occurredAt = at(0, 10);
        social.channel = ContactChannel::SocialMedia;
        social.boundaryKey = QStringLiteral("agreed_channels");
        social.description = QStringLiteral("Messaged on a social network.");
        const Incident channel = incident(IncidentService(*m_db).log(social).value());
        QVERIFY(!channel.outsideHours);
        QVERIFY(channel.outsideChannel);
    }

    void flagsFollowTheTermsTheClientSigned() {
        QVERIFY(PolicyService(*m_db).publish().ok());
        // Jordan signed for Saturday mornings and social media, and no phone calls; the practice profile
        // (weekdays 9:00 to 18:00, phone yes, social media no) stays as it is.
        const Status signedTerms = signSaturdayTerms(*m_db);
        QVERIFY2(signedTerms.ok(), signedTerms.ok() ? "" : qPrintable(signedTerms.error().message));

        // Saturday 7 March at 11:00 in London: within Jordan's hours, outside the practice's.
        NewIncident call =
            test::afterHoursCall(m_client, QDateTime(QDate(2026, 3, 7), QTime(11, 0), Qt::UTC));
        const Incident phoned = incident(test::logIncident(*m_db, call));
        QVERIFY(!phoned.outsideHours);
        QVERIFY(phoned.outsideChannel);
        NewIncident message = call;
        message.channel = ContactChannel::SocialMedia;
        message.occurredAt = at(-1, 21);
        const Incident messaged = incident(test::logIncident(*m_db, message));
        QVERIFY(messaged.outsideHours);
        QVERIFY(!messaged.outsideChannel);

        // A client without a signed agreement is held to the practice profile.
        Client other;
        other.fullName = QStringLiteral("Sam Okafor");
        call.clientId = ClientService(*m_db).add(other).value();
        const Incident unsignedClient = incident(test::logIncident(*m_db, call));
        QVERIFY(unsignedClient.outsideHours);
        QVERIFY(!unsignedClient.outsideChannel);
    }

    void walksTheWholeLadder() {
        const IncidentService service(*m_db);
        const qint64 id = logIncident();
        const QList<LadderStep> ladder = PolicyDocument::defaults().ladder;

        QVERIFY(
            service.recordConversation(id, at(0, 14), QStringLiteral("Agreed to email after 18:00.")).ok());
        QCOMPARE(incident(id).currentStep, QStringLiteral("conversation"));
        LadderPosition position = service.position(id).value();
        QCOMPARE(position.nextStep, QStringLiteral("written_summary"));
        QCOMPARE(incident(id).nextAction, ladder.at(1).title);
        QCOMPARE(incident(id).nextDue, at(2).date());

        const QString summary = service.writtenSummaryText(id).value();
        QVERIFY(service.recordWrittenSummary(id, at(1), summary, SummaryMethod::Email).ok());
        QCOMPARE(incident(id).currentStep, QStringLiteral("written_summary"));
        QCOMPARE(service.position(id).value().nextStep, QStringLiteral("goals_follow_up"));
        QCOMPARE(incident(id).nextDue, at(8).date());

        const QList<FollowUp> goals{{0, 0, 0, QStringLiteral("No calls after 18:00"), at(14).date()},
                                    {0, 0, 0, QStringLiteral("Use email for questions"), at(7).date()}};
        QVERIFY(service.recordGoals(id, at(1), QStringLiteral("Two goals agreed."), goals).ok());
        QCOMPARE(incident(id).currentStep, QStringLiteral("goals_follow_up"));
        QCOMPARE(incident(id).nextDue, at(7).date());
        QVERIFY(incident(id).nextAction.contains(QStringLiteral("Use email for questions")));

        const QList<FollowUp> set = IncidentRepository(*m_db).followUps(id).value();
        QCOMPARE(set.size(), 2);
        QVERIFY(
            service
                .recordFollowUpOutcome(set.at(0).id, FollowUpResult::PartlyMet, QStringLiteral("One email"))
                .ok());
        QCOMPARE(incident(id).nextDue, at(14).date());
        QVERIFY(!service.recordFollowUpOutcome(set.at(0).id, FollowUpResult::Met, QString()).ok());
        QVERIFY(
            service.recordFollowUpOutcome(set.at(1).id, FollowUpResult::NotMet, QStringLiteral("Two calls"))
                .ok());
        QCOMPARE(service.position(id).value().nextStep, QStringLiteral("behavioural_contract"));
        QCOMPARE(incident(id).nextAction, ladder.at(3).title);

        BehaviouralContract contract;
        contract.appropriate = QStringLiteral("Calls between 9:00 and 18:00 on working days.");
        contract.replacement = QStringLiteral("Email after hours.");
        contract.measurableGoals = {QStringLiteral("No calls after 18:00 for four weeks.")};
        contract.consequences = QStringLiteral("The engagement is reviewed.");
        contract.reviewDate = at(30).date();
        QVERIFY(service.recordContract(id, at(2), QStringLiteral("Met to agree it."), contract).ok());
        QCOMPARE(incident(id).currentStep, QStringLiteral("behavioural_contract"));
        QCOMPARE(incident(id).nextDue, at(30).date());
        const QList<StepEntry> steps = IncidentRepository(*m_db).steps(id).value();
        QCOMPARE(StepDetails::contract(steps.last()), contract);

        const qint64 resource = ResourceRepository(*m_db)
                                    .addResource({0,
                                                  QStringLiteral("Working with time"),
                                                  QStringLiteral("https://example.org/time"),
                                                  {QStringLiteral("after_hours_contact")}})
                                    .value();
        QCOMPARE(ResourceRepository(*m_db).resources(QStringLiteral("after_hours_contact")).value().size(),
                 1);
        QCOMPARE(ResourceRepository(*m_db).resources(QStringLiteral("confidentiality")).value().size(), 0);
        QVERIFY(!service.recordResources(id, at(3), QString(), {resource + 100}).ok());
        QVERIFY(service.recordResources(id, at(3), QStringLiteral("Sent the link."), {resource}).ok());
        QCOMPARE(incident(id).currentStep, QStringLiteral("training_resources"));
        QCOMPARE(StepDetails::resources(IncidentRepository(*m_db).steps(id).value().last()).first().title,
                 QStringLiteral("Working with time"));

        QVERIFY(!service.recordStep(id, QStringLiteral("supervision"), at(4), QString()).ok());
        QVERIFY(service.recordStep(id, QStringLiteral("supervision"), at(4), QStringLiteral("Talked to Sam."))
                    .ok());
        QCOMPARE(service.position(id).value().nextStep, QStringLiteral("ending_engagement"));
        QVERIFY(service.recordStep(id, QStringLiteral("ending_engagement"), at(5), QStringLiteral("Ended."))
                    .ok());
        position = service.position(id).value();
        QCOMPARE(position.currentStep, QStringLiteral("ending_engagement"));
        QVERIFY(position.nextStep.isEmpty());
        QCOMPARE(position.nextDue, at(12).date());
        QVERIFY(!service.recordStep(id, QStringLiteral("no_such_step"), at(5), QStringLiteral("x")).ok());
    }

    void goalsMetLeadToClosingRatherThanAContract() {
        const IncidentService service(*m_db);
        const qint64 id = logIncident();
        QVERIFY(service.recordConversation(id, at(0, 14), QStringLiteral("Talked.")).ok());
        QVERIFY(service.recordWrittenSummary(id, at(0, 15), QStringLiteral("Summary."), SummaryMethod::Email)
                    .ok());
        const QList<FollowUp> goals{{0, 0, 0, QStringLiteral("No calls after 18:00"), at(7).date()},
                                    {0, 0, 0, QStringLiteral("Use email for questions"), at(14).date()}};
        QVERIFY(service.recordGoals(id, at(0, 16), QString(), goals).ok());
        const QList<FollowUp> set = IncidentRepository(*m_db).followUps(id).value();
        QVERIFY(service.recordFollowUpOutcome(set.at(0).id, FollowUpResult::Met, QString()).ok());
        // One goal still followed up: that comes first, whatever the other's outcome.
        QVERIFY(incident(id).nextAction.contains(QStringLiteral("Use email for questions")));

        // Both met, recorded on day 10: the behaviour was corrected, so the ladder stops at the goals and
        // the incident is to be closed a week later, not taken on to a behavioural contract.
        Clock::setNowFunction([] { return at(10); });
        const qint64 last =
            service.recordFollowUpOutcome(set.at(1).id, FollowUpResult::Met, QStringLiteral("Emails only"))
                .value();
        LadderPosition position = service.position(id).value();
        QCOMPARE(position.currentStep, QStringLiteral("goals_follow_up"));
        QVERIFY2(position.nextStep.isEmpty(), qPrintable(position.nextStep));
        QCOMPARE(position.nextAction,
                 QStringLiteral("The goals were met: record the outcome and close the incident"));
        QCOMPARE(position.nextDue, at(17).date());
        QCOMPARE(incident(id).nextAction, position.nextAction);
        QCOMPARE(incident(id).nextDue, at(17).date());
        QVERIFY(!IncidentDetails::load(*m_db, id).value().isStepDueNext(
            QString::fromLatin1(StepKeys::BehaviouralContract)));

        // A goal found not met after all: the behaviour continues, and the contract is the next step again.
        QVERIFY(service.correctFollowUpOutcome(last, FollowUpResult::NotMet, QStringLiteral("Misread")).ok());
        position = service.position(id).value();
        QCOMPARE(position.nextStep, QStringLiteral("behavioural_contract"));
        QCOMPARE(incident(id).nextAction, PolicyDocument::defaults().ladder.at(3).title);
        QVERIFY(IncidentDetails::load(*m_db, id).value().isStepDueNext(
            QString::fromLatin1(StepKeys::BehaviouralContract)));
    }

    void todayAndDueDatesAreThePractices() {
        // An Auckland practice on a computer in another zone (UTC here): 11:30 UTC on 10 March is already
        // 00:30 on 11 March in Auckland.
        QVERIFY(QTimeZone::systemTimeZone().id() != QByteArrayLiteral("Pacific/Auckland"));
        PracticeProfile profile = PracticeService(*m_db).load().value();
        profile.timeZoneId = "Pacific/Auckland";
        QVERIFY(PracticeService(*m_db).save(profile).ok());
        QVERIFY(PracticeService(*m_db).loadAndApplyZone().ok());
        Clock::setNowFunction([] { return QDateTime(QDate(2026, 3, 10), QTime(11, 30), Qt::UTC); });
        QCOMPARE(Clock::todayLocal(), QDate(2026, 3, 11));

        // Logged at 00:00 on 11 March in Auckland: the conversation is due two of Auckland's days later.
        const IncidentService service(*m_db);
        const qint64 id = logIncident(QStringLiteral("after_hours_contact"), CrossedBy::Client,
                                      QDateTime(QDate(2026, 3, 10), QTime(11, 0), Qt::UTC));
        QCOMPARE(incident(id).nextDue, QDate(2026, 3, 13));

        // A goal due on Auckland's today is due now, not tomorrow as on the computer's calendar.
        QVERIFY(service
                    .recordGoals(id, QDateTime(QDate(2026, 3, 10), QTime(11, 15), Qt::UTC), QString(),
                                 {{0, 0, 0, QStringLiteral("Email only"), QDate(2026, 3, 11)}})
                    .ok());
        const QList<FollowUpItem> due = service.calendarFollowUps(0).value();
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().incidentId, id);
    }

    void theStoredPositionIsAlwaysTheOneAllRowsGive() {
        const IncidentService service(*m_db);
        const QList<LadderStep> ladder = service.currentPolicy().value().document.ladder;
        const qint64 id = logIncident();
        // The position stored after each change, against one computed afresh from every row.
        const auto check = [&](const char *after) {
            const Incident stored = incident(id);
            const LadderPosition fresh = service.record(id).value().ladderPosition(ladder);
            if (stored.currentStep != fresh.currentStep || stored.nextAction != fresh.nextAction ||
                stored.nextDue != fresh.nextDue)
                qWarning() << "after" << after << "stored" << stored.currentStep << stored.nextAction
                           << stored.nextDue << "fresh" << fresh.currentStep << fresh.nextAction
                           << fresh.nextDue;
            return stored.currentStep == fresh.currentStep && stored.nextAction == fresh.nextAction &&
                   stored.nextDue == fresh.nextDue;
        };
        QVERIFY(check("logging"));
        const qint64 conversation =
            service.recordConversation(id, at(0, 14), QStringLiteral("Talked.")).value();
        QVERIFY(check("the conversation"));
        QVERIFY(
            service.recordWrittenSummary(id, at(1), QStringLiteral("Summary."), SummaryMethod::Email).ok());
        QVERIFY(check("the summary"));
        // Recorded late: dated before the summary, at the very time of the conversation.
        QVERIFY(service.recordStep(id, QStringLiteral("supervision"), at(0, 14), QStringLiteral("Asked Sam."))
                    .ok());
        QVERIFY(check("a step dated earlier"));
        QVERIFY(service.correctStep(conversation, at(2), QStringLiteral("Talked later."), {}).ok());
        QVERIFY(check("correcting a step's date"));
        const QList<FollowUp> goals{{0, 0, 0, QStringLiteral("Second"), at(9).date()},
                                    {0, 0, 0, QStringLiteral("First"), at(7).date()},
                                    {0, 0, 0, QStringLiteral("Tied"), at(7).date()}};
        QVERIFY(service.recordGoals(id, at(1, 9), QStringLiteral("Goals."), goals).ok());
        QVERIFY(check("goals"));
        QVERIFY(
            service.recordGoals(id, at(1, 10), QString(), {{0, 0, 0, QStringLiteral("Also"), at(7).date()}})
                .ok());
        QVERIFY(check("more goals due the same day"));
        const QList<FollowUp> set = IncidentRepository(*m_db).followUps(id).value();
        const qint64 outcome =
            service.recordFollowUpOutcome(set.at(0).id, FollowUpResult::Met, QString()).value();
        QVERIFY(check("an outcome"));
        QVERIFY(
            service.correctFollowUpOutcome(outcome, FollowUpResult::NotMet, QStringLiteral("Misread")).ok());
        QVERIFY(check("correcting an outcome"));
        for (qsizetype i = 1; i < set.size(); ++i) {
            QVERIFY(service.recordFollowUpOutcome(set.at(i).id, FollowUpResult::PartlyMet, QString()).ok());
            QVERIFY(check("every outcome"));
        }
        BehaviouralContract contract;
        contract.appropriate = QStringLiteral("Calls in working hours.");
        contract.measurableGoals = {QStringLiteral("No calls after 18:00.")};
        contract.reviewDate = at(30).date();
        const qint64 contractStep = service.recordContract(id, at(3), QString(), contract).value();
        QVERIFY(check("the contract"));
        BehaviouralContract later = contract;
        later.reviewDate = at(40).date();
        QVERIFY(service.correctStep(contractStep, QDateTime(), QString(), StepDetails::contract(later)).ok());
        QVERIFY(check("correcting the contract"));
        QVERIFY(service.recordStep(id, QStringLiteral("ending_engagement"), at(4), QStringLiteral("Ended."))
                    .ok());
        QVERIFY(check("the last step"));
        QVERIFY(service.close(id, QStringLiteral("Ended the engagement.")).ok());
        QVERIFY(check("closing"));
        QVERIFY(service.correctStep(conversation, at(0, 15), QStringLiteral("After closing."), {}).ok());
        QVERIFY(check("correcting a closed incident"));
    }

    void closingRequiresAnOutcome() {
        const IncidentService service(*m_db);
        const qint64 id = logIncident();
        const Status refused = service.close(id, QStringLiteral("  "));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Invalid);
        QCOMPARE(incident(id).status, IncidentStatus::Open);
        // The database refuses it too.
        QVERIFY(!sqlError(QStringLiteral("UPDATE incidents SET status = 1 WHERE id = %1").arg(id)).isEmpty());

        QVERIFY(service.close(id, QStringLiteral("Resolved after one conversation.")).ok());
        const Incident closed = incident(id);
        QCOMPARE(closed.status, IncidentStatus::Closed);
        QCOMPARE(closed.outcome, QStringLiteral("Resolved after one conversation."));
        QVERIFY(!closed.nextDue.isValid());
        QVERIFY(!service.recordConversation(id, at(0), QStringLiteral("Too late")).ok());
        QVERIFY(!service.close(id, QStringLiteral("Again")).ok());
    }

    void stepRecordsAreAppendOnlyInTheDatabase() {
        const IncidentService service(*m_db);
        const qint64 id = logIncident();
        QVERIFY(service.recordConversation(id, at(0), QStringLiteral("Talked.")).ok());
        QVERIFY(service.recordGoals(id, at(0), QString(), {{0, 0, 0, QStringLiteral("Goal"), at(7).date()}})
                    .ok());
        const qint64 followUp = IncidentRepository(*m_db).followUps(id).value().first().id;
        QVERIFY(service.recordFollowUpOutcome(followUp, FollowUpResult::Met, QString()).ok());

        QVERIFY(sqlError(QStringLiteral("UPDATE incident_steps SET note = 'changed'"))
                    .contains(QStringLiteral("cannot be changed")));
        QVERIFY(sqlError(QStringLiteral("DELETE FROM incident_steps"))
                    .contains(QStringLiteral("cannot be deleted")));
        QVERIFY(!sqlError(QStringLiteral("UPDATE incident_follow_ups SET goal = 'x'")).isEmpty());
        QVERIFY(!sqlError(QStringLiteral("DELETE FROM incident_follow_ups")).isEmpty());
        QVERIFY(!sqlError(QStringLiteral("UPDATE incident_follow_up_outcomes SET outcome = 2")).isEmpty());
        QVERIFY(!sqlError(QStringLiteral("DELETE FROM incident_follow_up_outcomes")).isEmpty());
        QVERIFY(!sqlError(QStringLiteral("DELETE FROM incidents")).isEmpty());
        QVERIFY(!ClientService(*m_db).remove(m_client).ok());
        QCOMPARE(IncidentRepository(*m_db).steps(id).value().first().note, QStringLiteral("Talked."));
    }

    void correctionsAreNewEntries() {
        const IncidentService service(*m_db);
        const qint64 id = logIncident();
        const qint64 original = service.recordConversation(id, at(0), QStringLiteral("Wrong gist.")).value();
        const qint64 correction =
            service.correctStep(original, QDateTime(), QStringLiteral("Agreed to email instead."), {})
                .value();
        const QList<StepEntry> all = IncidentRepository(*m_db).steps(id).value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).note, QStringLiteral("Wrong gist."));
        QCOMPARE(all.at(1).correctsId, original);
        QCOMPARE(all.at(1).stepKey, QStringLiteral("conversation"));
        QCOMPARE(all.at(1).happenedAt, all.at(0).happenedAt);
        const QList<StepEntry> effective = effectiveSteps(all);
        QCOMPARE(effective.size(), 1);
        QCOMPARE(effective.first().id, correction);
        // The conversation's note is the practitioner's own record: the letter tells what they write for the
        // client.
        QVERIFY(!service.writtenSummaryText(id).value().contains(QStringLiteral("Agreed to email instead.")));
        QVERIFY(service.writtenSummaryText(id, QStringLiteral("Questions by email."))
                    .value()
                    .contains(QStringLiteral("Questions by email.")));

        QVERIFY(service.recordGoals(id, at(0), QString(), {{0, 0, 0, QStringLiteral("Goal"), at(7).date()}})
                    .ok());
        const qint64 followUp = IncidentRepository(*m_db).followUps(id).value().first().id;
        const qint64 outcome =
            service.recordFollowUpOutcome(followUp, FollowUpResult::NotMet, QString()).value();
        QVERIFY(service.correctFollowUpOutcome(outcome, FollowUpResult::Met, QStringLiteral("Misread")).ok());
        const QList<FollowUpOutcome> outcomes = IncidentRepository(*m_db).outcomes(id).value();
        QCOMPARE(outcomes.size(), 2);
        QCOMPARE(effectiveOutcomes(outcomes).size(), 1);
        QCOMPARE(effectiveOutcomes(outcomes).first().result, FollowUpResult::Met);

        const QList<TimelineEntry> timeline = IncidentRepository(*m_db).timeline(m_client).value();
        QCOMPARE(timeline.first().kind, TimelineEntry::Kind::Incident);
        for (qsizetype i = 1; i < timeline.size(); ++i)
            QVERIFY(timeline.at(i - 1).at <= timeline.at(i).at);
        QCOMPARE(timeline.size(), 1 + 3 + 2);
    }

    void proposesAContractWhenABoundaryIsCrossedAgainAfterASummary() {
        const IncidentService service(*m_db);
        const qint64 first =
            logIncident(QStringLiteral("after_hours_contact"), CrossedBy::Client, at(-20, 21));
        QVERIFY(!service.contractProposal(m_client).value());
        QVERIFY(service.recordConversation(first, at(-19), QStringLiteral("Talked.")).ok());
        QVERIFY(
            service.recordWrittenSummary(first, at(-18), QStringLiteral("Summary"), SummaryMethod::Pdf).ok());
        // Another boundary does not repeat it; a lapse of the practitioner never counts.
        logIncident(QStringLiteral("personal_questions"), CrossedBy::Client, at(-10));
        logIncident(QStringLiteral("after_hours_contact"), CrossedBy::Practitioner, at(-9, 23));
        QVERIFY(!service.contractProposal(m_client).value());
        const qint64 repeat =
            logIncident(QStringLiteral("after_hours_contact"), CrossedBy::Client, at(-2, 22));
        const std::optional<ContractProposal> proposal = service.contractProposal(m_client).value();
        QVERIFY(proposal);
        QCOMPARE(proposal->reason, ContractProposal::Reason::RepeatedAfterSummary);
        QCOMPARE(proposal->incidentIds, (QList<qint64>{first, repeat}));
        const BehaviouralContract draft = service.draftContract(m_client, *proposal).value();
        QVERIFY(draft.appropriate.contains(
            PolicyDocument::defaults().boundary(QStringLiteral("after_hours_contact"))->title));
        QCOMPARE(draft.reviewDate, Clock::todayLocal().addDays(28));

        // A recorded contract settles the incidents before it.
        QVERIFY(service.recordConversation(repeat, at(-1), QStringLiteral("Talked again.")).ok());
        QVERIFY(service.recordContract(repeat, at(0), QString(), draft).ok());
        QVERIFY(!service.contractProposal(m_client).value());

        // The rule can be switched off.
        QVERIFY(MetaRepository(*m_db)
                    .setValue(IncidentService::ContractAfterSummaryKey, QStringLiteral("0"))
                    .ok());
        QVERIFY(!service.recurrenceSettings().value().repeatAfterSummary);
    }

    void proposesAContractAfterThreeClientIncidentsWithinNinetyDays() {
        const IncidentService service(*m_db);
        logIncident(QStringLiteral("personal_questions"), CrossedBy::Client, at(-200));
        logIncident(QStringLiteral("respectful_language"), CrossedBy::Client, at(-80));
        logIncident(QStringLiteral("personal_space"), CrossedBy::Practitioner, at(-40));
        logIncident(QStringLiteral("personal_space"), CrossedBy::Practitioner, at(-30));
        QVERIFY(!service.contractProposal(m_client).value());
        const qint64 third = logIncident(QStringLiteral("golden_rule"), CrossedBy::Client, at(-20));
        QVERIFY(!service.contractProposal(m_client).value());
        const qint64 fourth = logIncident(QStringLiteral("no_bullying"), CrossedBy::Client, at(-5));
        std::optional<ContractProposal> proposal = service.contractProposal(m_client).value();
        QVERIFY(proposal);
        QCOMPARE(proposal->reason, ContractProposal::Reason::ManyIncidents);
        QCOMPARE(proposal->incidentIds.size(), 3);
        QCOMPARE(proposal->incidentIds.mid(1), (QList<qint64>{third, fourth}));

        // Thresholds come from meta.
        QVERIFY(MetaRepository(*m_db).setValue(IncidentService::ContractCountKey, QStringLiteral("4")).ok());
        QVERIFY(!service.contractProposal(m_client).value());
        QVERIFY(MetaRepository(*m_db)
                    .setValue(IncidentService::ContractWindowDaysKey, QStringLiteral("365"))
                    .ok());
        QVERIFY(service.contractProposal(m_client).value());
    }

    void plannerDraftsTheFiveMoves() {
        const qint64 id = logIncident();
        const QString script = IncidentService(*m_db).conversationScript(id).value();
        const Boundary *boundary = PolicyDocument::defaults().boundary(QStringLiteral("after_hours_contact"));
        QVERIFY(script.contains(boundary->title));
        QVERIFY(script.contains(boundary->description));
        for (const char *move :
             {"1. Acknowledge the specific behaviour", "2. State the boundary", "3. Explain why",
              "4. State the consequence or the alternative", "5. Agree how to follow through"})
            QVERIFY2(script.contains(QLatin1String(move)), move);
        QVERIFY(script.contains(QStringLiteral("Jordan")));
        QVERIFY(script.contains(QStringLiteral("21:00")));
        QVERIFY(script.contains(QStringLiteral("phone")));
        QVERIFY(script.contains(QStringLiteral("outside our agreed working hours")));
    }

    void writtenSummaryIsDatedAndAddressed() {
        const IncidentService service(*m_db);
        const qint64 id = logIncident();
        QVERIFY(!service.writtenSummaryText(id).ok());
        QVERIFY(
            service.recordConversation(id, at(0, 14), QStringLiteral("Was anxious about the knee.")).ok());
        const QString told = QStringLiteral("We agreed on email after six.");
        const QString summary = service.writtenSummaryText(id, told).value();
        QVERIFY(
            summary.startsWith(QLocale().toString(Clock::todayLocal(), QStringLiteral("dddd d MMMM yyyy"))));
        QVERIFY(summary.contains(QStringLiteral("Dear Jordan,")));
        QVERIFY(summary.contains(told));
        QVERIFY2(!summary.contains(QStringLiteral("anxious")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("Harbour Coaching")));

        // What the practitioner wrote for the client is kept with the summary.
        const qint64 sent =
            service.recordWrittenSummary(id, at(1), summary, SummaryMethod::Email, told).value();
        const StepEntry recorded = IncidentRepository(*m_db).steps(id).value().last();
        QCOMPARE(recorded.id, sent);
        QCOMPARE(StepDetails::summaryText(recorded), summary);
        QCOMPARE(StepDetails::summaryForClient(recorded), told);
    }

    void followUpsByWindow() {
        const IncidentService service(*m_db);
        const qint64 overdue = logIncident(QStringLiteral("golden_rule"), CrossedBy::Client, at(-9));
        QVERIFY(service.recordConversation(overdue, at(-8), QStringLiteral("Talked.")).ok());
        QVERIFY(
            service
                .recordGoals(overdue, at(-8), QString(), {{0, 0, 0, QStringLiteral("Goal"), at(-1).date()}})
                .ok());
        const qint64 today = logIncident(QStringLiteral("personal_space"), CrossedBy::Client, at(-3));
        QVERIFY(
            service.recordGoals(today, at(-3), QString(), {{0, 0, 0, QStringLiteral("Goal"), at(0).date()}})
                .ok());
        const qint64 upcoming = logIncident(); // conversation due in two days
        const qint64 closed = logIncident();
        QVERIFY(service.close(closed, QStringLiteral("Settled.")).ok());

        const FollowUpRepository repository(*m_db);
        const QDate day = Clock::todayLocal();
        QCOMPARE(repository.followUpsIn(FollowUpWindow::Overdue, day).value().first().incidentId, overdue);
        QCOMPARE(repository.followUpsIn(FollowUpWindow::Overdue, day).value().size(), 1);
        QCOMPARE(repository.followUpsIn(FollowUpWindow::DueToday, day).value().first().incidentId, today);
        const QList<FollowUpItem> next = repository.followUpsIn(FollowUpWindow::Upcoming, day).value();
        QCOMPARE(next.size(), 1);
        QCOMPARE(next.first().incidentId, upcoming);
        QCOMPARE(next.first().clientName, QStringLiteral("Jordan Reyes"));
        QCOMPARE(repository.followUpsIn(FollowUpWindow::DueOrOverdue, day).value().size(), 2);
    }

    void icalendarEscapesAndFolds() {
        QCOMPARE(ICalendar::escapeText(QStringLiteral("a,b;c\\d\ne\r\nf")),
                 QStringLiteral("a\\,b\\;c\\\\d\\ne\\nf"));
        const QByteArray shortLine = ICalendar::foldLine(QStringLiteral("SUMMARY:short"));
        QCOMPARE(shortLine, QByteArray("SUMMARY:short\r\n"));
        const QString longText = QStringLiteral("DESCRIPTION:") + QString(200, QLatin1Char('x'));
        const QByteArray folded = ICalendar::foldLine(longText);
        const QList<QByteArray> lines = folded.split('\n');
        QCOMPARE(lines.last(), QByteArray());
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            QVERIFY(lines.at(i).endsWith('\r'));
            QVERIFY(lines.at(i).size() - 1 <= 75);
            if (i > 0)
                QVERIFY(lines.at(i).startsWith(' '));
        }
        QCOMPARE(lines.at(0).size() - 1, 75);
        QByteArray unfolded = folded;
        unfolded.replace("\r\n ", "");
        QCOMPARE(unfolded, longText.toUtf8() + "\r\n");
        // Multi-byte characters are never split: every folded line is valid UTF-8 on its own.
        const QByteArray accents =
            ICalendar::foldLine(QStringLiteral("SUMMARY:") + QString(100, QChar(0x00e9)));
        for (const QByteArray &line : accents.split('\n')) {
            QVERIFY(line.size() <= 76);
            QCOMPARE(QString::fromUtf8(line).toUtf8(), line);
            QVERIFY(!QString::fromUtf8(line).contains(QChar::ReplacementCharacter));
        }
    }

    void icalendarFileParsesWithARealParser() {
        const QString python = test::pythonWith(QStringLiteral("icalendar"));
        if (python.isEmpty())
            QFAIL("python3-icalendar is not installed (packaging/bootstrap.sh test installs it).");

        const QList<FollowUpItem> items{
            {7, 1, QStringLiteral("Jordan Reyes, Jr.; \"JR\""), QStringLiteral("after_hours_contact"),
             QStringLiteral(
                 "Follow up on the goal: no calls after 18:00, emails instead \\ notes\nsecond line"),
             QDate(2026, 3, 12)},
            {8, 2, QStringLiteral("Zoë Ångström"), QStringLiteral("golden_rule"), QString(200, QChar(0x00e9)),
             QDate(2026, 3, 13)}};
        const QByteArray ics = ICalendar::followUps(
            items, now(), {{QStringLiteral("golden_rule"), QStringLiteral("The golden rule")}});
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QVERIFY(!ics.contains("\n\n"));
        QCOMPARE(ics.count("\n"), ics.count("\r\n"));
        QVERIFY(ics.contains("DTSTART;VALUE=DATE:20260312\r\n"));
        QVERIFY(ics.contains("DTSTAMP:20260310T120000Z\r\n"));

        const QString path = m_dir.filePath(QStringLiteral("followups.ics"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ics);
        file.close();
        const QString script =
            QStringLiteral("import sys, icalendar\n"
                           "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                           "for e in cal.walk('VEVENT'):\n"
                           "    print(str(e['UID']) + '|' + e['DTSTART'].dt.isoformat() + '|' + "
                           "str(e['SUMMARY']).replace('\\n', '<NL>') + '|' + "
                           "str(e['DESCRIPTION']).replace('\\n', '<NL>'))\n");
        QProcess parser;
        parser.start(python, {QStringLiteral("-c"), script, path});
        QVERIFY(parser.waitForFinished(30000));
        QVERIFY2(parser.exitCode() == 0, parser.readAllStandardError().constData());
        const QStringList events =
            QString::fromUtf8(parser.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0),
                 QStringLiteral(
                     "incident-7-20260312@boundary-keeper|2026-03-12|Follow up on the goal: no calls after "
                     "18:00, emails instead \\ notes<NL>second line \u2014 Jordan Reyes, Jr.; \"JR\"|Client: "
                     "Jordan Reyes, Jr.; \"JR\"<NL>Boundary: after_hours_contact<NL>Incident 7 in Boundary "
                     "Keeper"));
        QVERIFY(events.at(1).startsWith(QStringLiteral("incident-8-20260313@boundary-keeper|2026-03-13|") +
                                        QString(200, QChar(0x00e9))));
        QVERIFY(events.at(1).contains(QStringLiteral("Boundary: The golden rule")));
    }

    void demoPracticeHasIncidentsAtEveryStep() {
        auto opened = DemoPractice::open(m_dir.filePath(QStringLiteral("demo-%1.sqlite").arg(m_counter)));
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        const Database &demo = *opened.value();
        const IncidentRepository repository(demo);
        QSet<QString> steps;
        QSet<QString> recorded;
        bool lapse = false;
        bool contract = false;
        bool proposal = false;
        int letters = 0;
        for (qint64 client = 1; client <= 12; ++client) {
            const QList<Incident> incidents = repository.incidentsOfClient(client).value();
            for (const Incident &incident : incidents) {
                steps.insert(incident.currentStep);
                lapse = lapse || incident.crossedBy == CrossedBy::Practitioner;
                // The history is spread over the past months: each record is written minutes after the
                // event, not all on the day the demo is built.
                QVERIFY(incident.createdAt > incident.occurredAt);
                QVERIFY(incident.createdAt < incident.occurredAt.addDays(2));
                const QList<StepEntry> entries = repository.steps(incident.id).value();
                QString conversationNote;
                for (const StepEntry &entry : entries) {
                    QVERIFY2(entry.recordedAt > entry.happenedAt, qPrintable(entry.stepKey));
                    QVERIFY(entry.recordedAt < entry.happenedAt.addSecs(3600));
                    if (entry.stepKey == QLatin1String(StepKeys::Conversation))
                        conversationNote = entry.note;
                    if (entry.stepKey == QLatin1String(StepKeys::WrittenSummary) &&
                        !StepDetails::summaryForClient(entry).isEmpty()) {
                        const QString letter = StepDetails::summaryText(entry);
                        QVERIFY2(letter.startsWith(QLocale().toString(Clock::toLocal(entry.happenedAt).date(),
                                                                      QStringLiteral("dddd d MMMM yyyy"))),
                                 qPrintable(letter));
                        QVERIFY(letter.contains(StepDetails::summaryForClient(entry)));
                        QVERIFY2(!conversationNote.isEmpty() && !letter.contains(conversationNote),
                                 qPrintable(letter));
                        ++letters;
                    }
                    recorded.insert(entry.stepKey);
                    contract = contract || (entry.stepKey == QLatin1String(StepKeys::BehaviouralContract) &&
                                            !StepDetails::contract(entry).measurableGoals.isEmpty());
                }
            }
            proposal = proposal || IncidentService(demo).contractProposal(client).value().has_value();
        }
        for (const LadderStep &step : PolicyDocument::defaults().ladder)
            QVERIFY2(recorded.contains(step.key), qPrintable(step.key));
        for (const char *current :
             {"conversation", "written_summary", "goals_follow_up", "supervision", "ending_engagement"})
            QVERIFY2(steps.contains(QLatin1String(current)), current);
        QVERIFY(steps.contains(QString()));
        QVERIFY(lapse);
        QVERIFY(contract);
        QVERIFY(proposal);
        QCOMPARE(letters, 2);
        QVERIFY(FollowUpRepository(demo)
                    .followUpsIn(FollowUpWindow::Overdue, Clock::todayLocal())
                    .value()
                    .size() >= 2);
    }
};

QTEST_MAIN(TestIncidentService)
#include "tst_IncidentService.moc"
