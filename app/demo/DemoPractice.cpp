// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/demo/DemoPractice.h"

#include "app/agreements/AgreementService.h"
#include "app/agreements/ContractService.h"
#include "app/clients/ClientService.h"
#include "app/common/Clock.h"
#include "app/incidents/IncidentService.h"
#include "app/incidents/ResourceLibraryService.h"
#include "app/policy/PolicyService.h"
#include "app/policy/PracticeService.h"
#include "app/practitioner/AvailabilityService.h"
#include "app/practitioner/ReflectionService.h"
#include "app/storage/AcknowledgementRepository.h"
#include "app/storage/AgreementRepository.h"
#include "app/storage/ClientRepository.h"
#include "app/storage/Database.h"
#include "app/storage/IncidentRepository.h"
#include "app/storage/MetaRepository.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QtMath>
#include <iterator>

namespace bk::DemoPractice {

namespace {

// The demo is written in the user's language: its notes, incidents and texts are translated.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(DemoPractice)
};

const QString EditionKey = QStringLiteral("demo_edition");

struct DemoClient {
    const char *fullName;
    const char *preferredName;
    const char *email;
    const char *phone;
    ContactChannel channel;
    ClientStatus status;
    int startedDaysAgo; ///< negative: starts in the future; 0 with prospects: no start date yet
    const char *notes;
};

// A coaching and personal-training practice: clients at every stage of the relationship.
const DemoClient Clients[] = {
    {"Amelia Hartley", "Amy", "amelia.hartley@example.com", "+44 7700 900123", ContactChannel::Email,
     ClientStatus::Active, 240,
     QT_TRANSLATE_NOOP("DemoPractice", "Career transition coaching, fortnightly sessions.")},
    {"Daniel Okafor", "", "d.okafor@example.net", "+44 7700 900456", ContactChannel::Phone,
     ClientStatus::Active, 410,
     QT_TRANSLATE_NOOP("DemoPractice", "Strength training three times a week; prefers early mornings.")},
    {"Sofia Marquez", "", "sofia.marquez@example.org", "+34 600 123 456", ContactChannel::VideoCall,
     ClientStatus::Active, 95,
     QT_TRANSLATE_NOOP("DemoPractice", "Leadership coaching over video; lives in Madrid.")},
    {"Kenji Watanabe", "Ken", "kenji.w@example.com", "", ContactChannel::Email, ClientStatus::Paused, 300,
     QT_TRANSLATE_NOOP("DemoPractice", "Paused for parental leave; check in next quarter.")},
    {"Grace O'Neill", "", "grace.oneill@example.ie", "+353 85 555 0199", ContactChannel::TextMessage,
     ClientStatus::Onboarding, 3,
     QT_TRANSLATE_NOOP("DemoPractice", "First meeting booked; agreement still to be signed.")},
    {"Lukas Becker", "", "lukas.becker@example.de", "+49 151 2345678", ContactChannel::Email,
     ClientStatus::Active, 180, QT_TRANSLATE_NOOP("DemoPractice", "Tutoring in statistics before exams.")},
    {"Priya Natarajan", "", "priya.n@example.com", "+1 (415) 555-0142", ContactChannel::VideoCall,
     ClientStatus::Active, 60,
     QT_TRANSLATE_NOOP("DemoPractice", "Business coaching for a new studio opening.")},
    {"Tomás Novák", "Tom", "tomas.novak@example.cz", "+420 601 234 567", ContactChannel::InPerson,
     ClientStatus::Closed, 720,
     QT_TRANSLATE_NOOP("DemoPractice", "Engagement ended by mutual agreement after goals were met.")},
    {"Hannah Lindqvist", "", "hannah.lindqvist@example.se", "+46 70 123 45 67", ContactChannel::MessagingApp,
     ClientStatus::Active, 30, QT_TRANSLATE_NOOP("DemoPractice", "Nutrition and habit coaching.")},
    {"Oluwaseun Adeyemi", "Seun", "seun.adeyemi@example.com", "+44 7700 900789", ContactChannel::Phone,
     ClientStatus::Prospect, 0,
     QT_TRANSLATE_NOOP("DemoPractice", "Enquiry through a referral; introductory call pending.")},
    {"Marie Dubois", "", "marie.dubois@example.fr", "+33 6 12 34 56 78", ContactChannel::Email,
     ClientStatus::Onboarding, -7,
     QT_TRANSLATE_NOOP("DemoPractice", "Starts next week; wants sessions in French where possible.")},
    {"Rafael Costa", "", "rafael.costa@example.br", "+55 11 91234 5678", ContactChannel::VideoCall,
     ClientStatus::Active, 150,
     QT_TRANSLATE_NOOP("DemoPractice", "Consulting on a product launch; time zone UTC-3.")},
};

// Which policy version each demo client acknowledged (by index in Clients), 0: none yet.
constexpr int AcknowledgedVersions[] = {1, 2, 2, 1, 0, 1, 2, 1, 2, 0, 0, 2};
static_assert(std::size(AcknowledgedVersions) == std::size(Clients));

// Agreements (by index in Clients): signed on a policy version with a drawn or typed client signature,
// or a draft (version 0). Amelia signed version 1 only, so her re-acknowledgement is due.
struct DemoAgreement {
    int client;
    int version; ///< 0: a draft on the latest version
    SignatureMethod method;
};
constexpr DemoAgreement Agreements[] = {
    {0, 1, SignatureMethod::Drawn}, {1, 2, SignatureMethod::Typed}, {2, 2, SignatureMethod::Drawn},
    {6, 2, SignatureMethod::Typed}, {4, 0, SignatureMethod::Drawn},
};

// Handwriting-like strokes, the same for the same seed: a run of cursive loops (a prolate cycloid) whose
// size and slant vary with the seed, then an underline flourish; sampled like a pen at 100 Hz.
SignatureStrokes demoStrokes(int seed) {
    SignatureStrokes strokes;
    const int loops = 4 + seed % 3;
    const double height = 0.2 + 0.02 * (seed % 4);
    Stroke word;
    const int samples = loops * 24;
    for (int i = 0; i <= samples; ++i) {
        const double t = i * 2 * M_PI * loops / samples;
        const double fade = 1.0 - 0.4 * i / samples;
        word.append({0.08 + 0.65 * i / samples - 0.035 * fade * qSin(t),
                     0.5 - height * fade * qCos(t) + 0.04 * i / samples,
                     0.35 + 0.3 * qSin(t / 2) * qSin(t / 2), i * 10});
    }
    strokes.addStroke(word);
    Stroke flourish;
    for (int i = 0; i <= 24; ++i) {
        const double t = i / 24.0;
        flourish.append({0.1 + 0.75 * t, 0.85 - 0.08 * t * t, 0.6 - 0.4 * t, samples * 10 + 300 + i * 10});
    }
    strokes.addStroke(flourish);
    return strokes;
}

// The demo's history, written as it would have happened: each step runs with the clock at its own moment,
// so records get believable times ("created", "changed", "signed", "sent"), counted back from the moment
// the demo is built. Once the story is written, the clock reads as it did before.
class Story {
public:
    Story()
        : m_previous(Clock::nowFunction())
        , m_now(Clock::nowUtc())
        , m_today(Clock::todayLocal()) {}
    ~Story() { Clock::setNowFunction(m_previous); }
    Story(const Story &) = delete;
    Story &operator=(const Story &) = delete;

    /// `days` before the day the demo is built, at `hour`:`minute` UTC; the clock moves to a few minutes
    /// after it, when what happened then is recorded.
    QDateTime at(int days, int hour, int minute = 0) const {
        const QDateTime when = moment(days, hour, minute);
        setClock(when.addSecs(5 * 60));
        return when;
    }
    /// `days` before the day the demo is built, at `hour`:`minute` UTC, leaving the clock as it is.
    QDateTime moment(int days, int hour, int minute = 0) const {
        return QDateTime(m_now.date().addDays(-days), QTime(hour, minute), Qt::UTC);
    }
    /// Moves the clock back to the moment the demo is built.
    void resume() const { setClock(m_now); }
    /// Moves the clock to `moment`.
    void setClock(const QDateTime &moment) const {
        Clock::setNowFunction([moment] { return moment; });
    }
    /// The day the demo is built, in local time.
    QDate today() const { return m_today; }

private:
    std::function<QDateTime()> m_previous;
    QDateTime m_now;
    QDate m_today;
};

// When the two policy versions were published, in days before the demo is built: version 1 before the
// first client, version 2 four months ago; clients who started earlier re-acknowledged it some weeks later.
constexpr int VersionOnePublishedDaysAgo = 750;
constexpr int VersionTwoPublishedDaysAgo = 120;
constexpr int VersionTwoAcknowledgedDaysAgo = 105;

// The day `client` acknowledged policy `version`: when they started, or (for version 2, by a client who
// started before it) some weeks after it was published.
int acknowledgedDaysAgo(const DemoClient &client, int version) {
    if (version == 2 && client.startedDaysAgo >= VersionTwoPublishedDaysAgo)
        return VersionTwoAcknowledgedDaysAgo;
    return std::max(client.startedDaysAgo, 1);
}

Status addDemoAgreements(const Database &database, const Story &story, const QList<qint64> &clientIds,
                         const PracticeProfile &profile) {
    const PolicyService policy(database);
    for (const DemoAgreement &demo : Agreements) {
        Result<Client> client = ClientRepository(database).get(clientIds.at(demo.client));
        if (!client)
            return client.error();
        Result<int> number = demo.version > 0 ? Result<int>(demo.version) : policy.latestVersionNumber();
        if (!number)
            return number.error();
        Result<PolicyVersion> version = policy.version(number.value());
        if (!version)
            return version.error();
        Agreement agreement = Agreement::start(client.value(), version.value(), profile);
        // A meeting of about forty minutes, step by step, on the day the client acknowledged the version.
        const DemoClient &person = Clients[demo.client];
        const int days =
            demo.version > 0 ? acknowledgedDaysAgo(person, demo.version) : std::max(person.startedDaysAgo, 1);
        QDateTime at = story.at(days, 10, 0);
        agreement.createdAt = at;
        agreement.events.first().at = at;
        const auto step = [&](const QString &kind, const QString &detail, int minutes) {
            at = at.addSecs(minutes * 60);
            agreement.events.append({at, kind, detail});
        };
        step(AgreementEvents::stepCompleted(), Tr::tr("Client"), 2);
        step(AgreementEvents::stepCompleted(), Tr::tr("Roles"), 6);
        for (BoundaryDiscussion &discussion : agreement.discussions)
            discussion.discussed = true;
        if (BoundaryDiscussion *contact = agreement.discussion(QStringLiteral("after_hours_contact"))) {
            contact->questions = Tr::tr("What if something urgent comes up on a Sunday?");
            contact->answers = Tr::tr("Leave a message; it is returned on Monday morning. In an "
                                      "emergency, call the emergency number "
                                      "first.");
        }
        step(AgreementEvents::stepCompleted(), Tr::tr("Boundaries"), 18);
        if (demo.version == 0) {
            // Grace's first meeting stopped after the boundaries: a draft to resume.
            story.setClock(at.addSecs(60));
            if (Status saved = AgreementService(database).saveDraft(agreement); !saved)
                return saved;
            continue;
        }
        step(AgreementEvents::stepCompleted(), Tr::tr("Communication"), 6);
        agreement.consentGiven = true;
        step(AgreementEvents::consentGiven(), {}, 3);
        at = at.addSecs(60);
        agreement.clientSignature = demo.method == SignatureMethod::Drawn
                                        ? Signature::drawn(agreement.clientName, demoStrokes(demo.client), at)
                                        : Signature::typed(agreement.clientName, agreement.clientName, at);
        at = at.addSecs(60);
        const QString practitioner = profile.practitioners.value(demo.client % 2).name;
        agreement.practitionerSignature = Signature::drawn(practitioner, demoStrokes(demo.client + 7), at);
        story.setClock(at.addSecs(60));
        if (Result<Agreement> signedAgreement = AgreementService(database).finalise(agreement);
            !signedAgreement)
            return signedAgreement.error();
    }
    return {};
}

// A round navy mark with a gold sun rising over a line: drawn, so the demo needs no image file.
QByteArray demoLogo() {
    QImage logo(128, 128, QImage::Format_RGB32);
    logo.fill(Qt::white);
    QPainter painter(&logo);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x1f, 0x3a, 0x5f));
    painter.drawEllipse(QRectF(6, 6, 116, 116));
    painter.setBrush(QColor(0xf2, 0xa9, 0x00));
    painter.drawPie(QRectF(34, 44, 60, 60), 0, 180 * 16);
    painter.setPen(QPen(Qt::white, 6, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(26, 76), QPointF(102, 76));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    logo.save(&buffer, "PNG");
    return png;
}

PracticeProfile demoProfile() {
    PracticeProfile profile = PracticeProfile::defaults();
    profile.logoPng = demoLogo();
    profile.name = QStringLiteral("Northbridge Coaching & Training");
    profile.contactLine =
        QStringLiteral("12 Harbour Lane, Bristol BS1 4RW · +44 117 496 0123 · hello@northbridge.example");
    profile.practitioners = {{QStringLiteral("Alex Morgan"), Tr::tr("Coach")},
                             {QStringLiteral("Sam Rivera"), Tr::tr("Personal trainer")}};
    profile.servicesOffered = Tr::tr(
        "Career, leadership and business coaching; personal training and habit coaching; session notes and "
        "a training plan between sessions.");
    profile.timeZoneId = QByteArrayLiteral("Europe/London");
    for (int weekday = Qt::Monday; weekday <= Qt::Friday; ++weekday)
        profile.setDay(Qt::DayOfWeek(weekday), WorkingDay{true, QTime(8, 0), QTime(18, 0)});
    profile.setDay(Qt::Saturday, WorkingDay{true, QTime(9, 0), QTime(12, 0)});
    profile.setChannelTerms({ContactChannel::MessagingApp, true, Tr::tr("Same working day"), 8});
    profile.paperSize = PaperSize::A4;
    return profile;
}

// Version 1 is the built-in policy; version 2 sharpens one consequence and adds a boundary about
// sessions starting on time; the draft reworks the text about personal questions.
Status publishDemoPolicy(const Database &database, const Story &story) {
    const PolicyService policy(database);
    PolicyDocument document = PolicyDocument::defaults();
    story.at(VersionOnePublishedDaysAgo, 9);
    if (Status saved = policy.saveDraft(document); !saved)
        return saved;
    if (Result<PolicyVersion> first = policy.publish(); !first)
        return first.error();

    document.boundary(QStringLiteral("after_hours_contact"))->consequence = Tr::tr(
        "We talk about it and agree how to reach each other. Calls outside working hours go to voicemail and "
        "are returned on the next working day; a second after-hours call in a month leads to a written "
        "summary.");
    document.boundaries.append(
        {QStringLiteral("punctuality"), Tr::tr("Starting and ending on time"),
         Tr::tr("Sessions start and end at the agreed time, so that each client gets their full time."),
         Tr::tr("Arrive a few minutes early. Cancel or move a session at least 24 hours ahead."),
         Tr::tr("A late start is not made up at the end. Sessions cancelled with less notice are "
                "charged in full."),
         false});
    story.at(VersionTwoPublishedDaysAgo, 9);
    if (Status saved = policy.saveDraft(document); !saved)
        return saved;
    if (Result<PolicyVersion> second = policy.publish(); !second)
        return second.error();

    story.at(10, 16);
    document.boundary(QStringLiteral("personal_questions"))->appropriate = Tr::tr(
        "Questions that help the work are welcome. Either of us may decline to answer a question that goes "
        "beyond it; a simple \"I'd rather keep that private\" is enough.");
    return policy.saveDraft(document);
}

// Incidents at every step of the ladder, relative to now: a fresh one, a repeat after a written summary
// (which proposes a contract), overdue goal follow-ups, a signed behavioural contract, resources,
// supervision, an ended engagement, a closed case and a self-reported lapse of the practitioner.
Status addDemoIncidents(const Database &database, const Story &story, const QList<qint64> &clients) {
    const IncidentService service(database);
    const IncidentRepository repository(database);
    // Each incident is logged, and each step recorded, a few minutes after it happened: the ladder counts
    // the next action's due date from those days, and the records say when they were written.
    QList<qint64> resources;
    for (const PracticeResource &resource :
         {PracticeResource{0,
                           Tr::tr("Working hours and urgent matters: a one-page guide"),
                           QStringLiteral("https://example.org/guides/working-hours"),
                           {QStringLiteral("after_hours_contact"), QStringLiteral("agreed_channels")}},
          PracticeResource{0,
                           Tr::tr("Speaking up calmly: a short course"),
                           QStringLiteral("https://example.org/courses/speaking-up-calmly"),
                           {QStringLiteral("respectful_language"), QStringLiteral("no_bullying")}}}) {
        Result<qint64> added = ResourceLibraryService(database).add(resource);
        if (!added)
            return added.error();
        resources.append(added.value());
    }

    const auto log = [&](int client, const char *boundary, ContactChannel channel, const QDateTime &when,
                         const char *description, Severity severity, CrossedBy by) -> Result<qint64> {
        NewIncident incident;
        incident.clientId = clients.at(client);
        incident.boundaryKey = QString::fromLatin1(boundary);
        incident.channel = channel;
        incident.occurredAt = when;
        incident.description = Tr::tr(description);
        incident.severity = severity;
        incident.crossedBy = by;
        return service.log(incident);
    };
    const auto check = [](const auto &result) {
        return result.ok() ? Status() : Status(result.error());
    };
    QList<Status> steps;

    // Amy: logged this morning, the conversation is still to come.
    story.resume();
    Result<qint64> amy = log(0, "after_hours_contact", ContactChannel::Phone, story.moment(1, 21, 30),
                             QT_TRANSLATE_NOOP("DemoPractice", "Phoned at 21:30 to move Thursday's session."),
                             Severity::Minor, CrossedBy::Client);
    if (!amy)
        return amy.error();

    // Daniel: conversation, summary and goals, one follow-up overdue, then the same boundary again.
    Result<qint64> daniel = log(
        1, "after_hours_contact", ContactChannel::Phone, story.at(40, 22, 10),
        QT_TRANSLATE_NOOP("DemoPractice",
                          "Called late in the evening about the training plan; third late call this month."),
        Severity::Minor, CrossedBy::Client);
    if (!daniel)
        return daniel.error();
    steps << check(service.recordConversation(daniel.value(), story.at(39, 8, 0),
                                              Tr::tr("Talked before training. Daniel had not realised the "
                                                     "hours applied to quick questions; agreed to text "
                                                     "questions and wait for the morning.")));
    // The letter tells the client what was agreed, in words written for them; the note above stays private.
    const QString danielTold =
        Tr::tr("The working hours apply to quick questions too. Text me your questions "
               "in the evening, and I'll answer them in the morning.");
    story.at(38, 9, 0);
    Result<QString> summary = service.writtenSummaryText(daniel.value(), danielTold);
    if (!summary)
        return summary.error();
    steps << check(service.recordWrittenSummary(daniel.value(), story.at(38, 9, 0), summary.value(),
                                                SummaryMethod::Email, danielTold));
    steps << check(service.recordGoals(
        daniel.value(), story.at(38, 9, 5), Tr::tr("Two goals agreed."),
        {{0, 0, 0, Tr::tr("No calls after 18:00 on working days"), story.today().addDays(-24)},
         {0, 0, 0, Tr::tr("Questions by email, answered next working day"), story.today().addDays(-3)}}));
    // Outcomes are noted on the evening their follow-up fell due.
    story.at(24, 18);
    if (Result<QList<FollowUp>> followUps = repository.followUps(daniel.value());
        followUps && !followUps.value().isEmpty())
        steps << check(service.recordFollowUpOutcome(followUps.value().first().id, FollowUpResult::PartlyMet,
                                                     Tr::tr("One late call in two weeks, down from four.")));
    Result<qint64> danielAgain =
        log(1, "after_hours_contact", ContactChannel::Phone, story.at(6, 21, 45),
            QT_TRANSLATE_NOOP("DemoPractice", "Called at 21:45 about a missed session."), Severity::Major,
            CrossedBy::Client);
    if (!danielAgain)
        return danielAgain.error();
    steps << check(service.recordConversation(danielAgain.value(), story.at(5, 8, 0),
                                              Tr::tr("Talked again; Daniel asked for a clearer "
                                                     "arrangement. A behavioural contract is next.")));

    // Ken: talked about and summarised in writing; goals are next.
    Result<qint64> ken = log(
        3, "emotional_support", ContactChannel::Email, story.at(6, 10, 0),
        QT_TRANSLATE_NOOP("DemoPractice", "Long emails every day asking for reassurance between sessions."),
        Severity::Minor, CrossedBy::Client);
    if (!ken)
        return ken.error();
    steps << check(service.recordConversation(ken.value(), story.at(5, 10, 0),
                                              Tr::tr("Agreed to bring worries to the session and to use "
                                                     "the support line in a crisis.")));
    const QString kenTold = Tr::tr("You bring your worries to our sessions, and in a crisis you call the "
                                   "support line, which is there day and night.");
    story.at(4, 9, 0);
    if (Result<QString> kenSummary = service.writtenSummaryText(ken.value(), kenTold); kenSummary)
        steps << check(service.recordWrittenSummary(ken.value(), story.at(4, 9, 0), kenSummary.value(),
                                                    SummaryMethod::Clipboard, kenTold));
    else
        return kenSummary.error();

    // Sofia: addressed, goal met, closed.
    Result<qint64> sofia = log(
        2, "personal_questions", ContactChannel::VideoCall, story.at(60, 15, 20),
        QT_TRANSLATE_NOOP("DemoPractice",
                          "Asked about the practitioner's relationship and family plans during a session."),
        Severity::Minor, CrossedBy::Client);
    if (!sofia)
        return sofia.error();
    steps << check(service.recordConversation(sofia.value(), story.at(60, 16, 0),
                                              Tr::tr("Sofia apologised; she meant to be friendly.")));
    steps << check(service.recordGoals(
        sofia.value(), story.at(59, 9, 0), QString(),
        {{0, 0, 0, Tr::tr("Sessions stay on the coaching agenda"), story.today().addDays(-30)}}));
    story.at(30, 18);
    if (Result<QList<FollowUp>> followUps = repository.followUps(sofia.value());
        followUps && !followUps.value().isEmpty())
        steps << check(service.recordFollowUpOutcome(followUps.value().first().id, FollowUpResult::Met,
                                                     Tr::tr("No further personal questions.")));
    steps << service.close(sofia.value(), Tr::tr("Resolved after one conversation; goal met."));

    // Lukas: up the ladder to a behavioural contract, resources and supervision.
    Result<qint64> lukas =
        log(5, "respectful_language", ContactChannel::InPerson, story.at(70, 17, 0),
            QT_TRANSLATE_NOOP("DemoPractice", "Raised his voice and swore when a mock exam went badly."),
            Severity::Major, CrossedBy::Client);
    if (!lukas)
        return lukas.error();
    steps << check(service.recordConversation(lukas.value(), story.at(69, 10, 0),
                                              Tr::tr("Exam stress; agreed to ask for a pause instead.")));
    steps << check(service.recordWrittenSummary(lukas.value(), story.at(68, 10, 0),
                                                Tr::tr("Summary of our conversation."), SummaryMethod::Pdf));
    steps << check(service.recordGoals(
        lukas.value(), story.at(68, 10, 5), QString(),
        {{0, 0, 0, Tr::tr("Ask for a pause when frustrated"), story.today().addDays(-50)}}));
    story.at(50, 18);
    if (Result<QList<FollowUp>> followUps = repository.followUps(lukas.value());
        followUps && !followUps.value().isEmpty())
        steps << check(service.recordFollowUpOutcome(followUps.value().first().id, FollowUpResult::NotMet,
                                                     Tr::tr("Shouted again at the next session.")));
    BehaviouralContract contract;
    contract.appropriate = Tr::tr("We speak calmly, even when a session is frustrating.");
    contract.replacement = Tr::tr("Saying \"I need a pause\" and taking five minutes.");
    contract.measurableGoals = {Tr::tr("No raised voice or swearing in the next eight sessions."),
                                Tr::tr("A pause is asked for at least once when frustrated.")};
    contract.consequences = Tr::tr("Another outburst means a review of whether to continue tutoring.");
    contract.reviewDate = story.today().addDays(5);
    // Signed on screen at a meeting: both draw their signatures, as on the demo agreements.
    Result<Contract> drafted = ContractService(database).start(lukas.value(), contract);
    if (!drafted)
        return drafted.error();
    Contract signing = std::move(drafted).value();
    signing.createdAt = story.moment(45, 15, 30);
    signing.events.first().at = signing.createdAt;
    signing.consentGiven = true;
    signing.events.append({story.moment(45, 15, 50), AgreementEvents::consentGiven(), {}});
    signing.clientSignature = Signature::drawn(signing.clientName, demoStrokes(5), story.moment(45, 15, 55));
    signing.practitionerSignature =
        Signature::drawn(signing.defaultPractitionerName(), demoStrokes(12), story.at(45, 16, 0));
    steps << check(ContractService(database).finalise(signing));
    steps << check(service.recordResources(lukas.value(), story.at(44, 9, 0), Tr::tr("Sent the course link."),
                                           {resources.at(1)}));
    steps << check(service.recordStep(lukas.value(), QStringLiteral("supervision"), story.at(3, 14, 0),
                                      Tr::tr("Discussed with my supervisor; continue with the contract.")));

    // Hannah: social media is not an agreed channel; a goal follow-up is overdue.
    Result<qint64> hannah = log(
        8, "agreed_channels", ContactChannel::SocialMedia, story.at(5, 19, 0),
        QT_TRANSLATE_NOOP("DemoPractice", "Sent several messages through a social network over the weekend."),
        Severity::Minor, CrossedBy::Client);
    if (!hannah)
        return hannah.error();
    steps << check(service.recordConversation(hannah.value(), story.at(4, 9, 30),
                                              Tr::tr("Agreed to use the messaging app only.")));
    steps << check(service.recordGoals(
        hannah.value(), story.at(4, 9, 40), QString(),
        {{0, 0, 0, Tr::tr("Messages through the agreed app only"), story.today().addDays(-1)}}));

    // Rafael: the last step, ending the engagement, before the incident is closed.
    Result<qint64> rafael =
        log(11, "no_bullying", ContactChannel::VideoCall, story.at(100, 13, 0),
            QT_TRANSLATE_NOOP("DemoPractice",
                              "Repeatedly belittled the practitioner's advice in front of his team."),
            Severity::Major, CrossedBy::Client);
    if (!rafael)
        return rafael.error();
    steps << check(
        service.recordConversation(rafael.value(), story.at(99, 13, 0), Tr::tr("Talked privately.")));
    steps << check(service.recordStep(rafael.value(), QStringLiteral("supervision"), story.at(40, 11, 0),
                                      Tr::tr("Consulted a colleague after it continued.")));
    steps << check(service.recordStep(rafael.value(), QStringLiteral("ending_engagement"), story.at(2, 11, 0),
                                      Tr::tr("Ended the engagement in writing, with a referral.")));

    // A self-reported lapse: the practitioner answered Priya at 23:40 and logged it the next day.
    story.resume();
    Result<qint64> lapse =
        log(6, "after_hours_contact", ContactChannel::MessagingApp, story.moment(1, 23, 40),
            QT_TRANSLATE_NOOP("DemoPractice",
                              "I replied to Priya's message at 23:40; it could have waited for the morning."),
            Severity::Minor, CrossedBy::Practitioner);
    if (!lapse)
        return lapse.error();

    for (const Status &step : steps) {
        if (!step)
            return step;
    }
    return {};
}

// A disclosure check the practitioner recorded: about which demo client, when, the five answers and what they
// decided, with their note.
struct DemoCheck {
    int client;
    int daysAgo;
    DisclosureAnswers answers;
    DisclosureDecision decision;
    const char *note;
};

const DemoCheck Checks[] = {
    {0,
     41,
     {CheckAnswer::Yes, CheckAnswer::Yes, CheckAnswer::Yes, CheckAnswer::Yes, CheckAnswer::Yes},
     DisclosureDecision::Shared,
     QT_TRANSLATE_NOOP("DemoPractice",
                       "Told Amy in two sentences that I changed careers at 35 too; we were back "
                       "on her plan within a minute.")},
    {1,
     19,
     {CheckAnswer::No, CheckAnswer::No, CheckAnswer::Yes, CheckAnswer::NotSure, CheckAnswer::No},
     DisclosureDecision::HeldBack,
     QT_TRANSLATE_NOOP("DemoPractice",
                       "Wanted to tell Daniel about my own knee operation. It would have been "
                       "about me, not his training.")},
    {6,
     8,
     {CheckAnswer::Yes, CheckAnswer::Yes, CheckAnswer::NotSure, CheckAnswer::NotSure, CheckAnswer::Yes},
     DisclosureDecision::TalkToSupervisor,
     QT_TRANSLATE_NOOP("DemoPractice",
                       "My own studio closed in 2019. Relevant to Priya's opening, but I am not "
                       "sure I can keep it short; raising it in supervision first.")},
};

// The practitioner's own side: disclosure checks, a week of reduced availability two months ago with the
// notices sent to the clients it concerned, and the reflections on the two months before the last one (the
// last one is left for the reminder to ask about).
Status addDemoReflection(const Database &database, const Story &story, const QList<qint64> &clients) {
    const ReflectionService reflection(database);
    for (const DemoCheck &demo : Checks) {
        NewReflection entry;
        entry.clientId = clients.at(demo.client);
        entry.date = story.at(demo.daysAgo, 16, 30).date();
        entry.answers = demo.answers;
        entry.decision = demo.decision;
        entry.note = Tr::tr(demo.note);
        if (Result<qint64> recorded = reflection.record(entry); !recorded)
            return recorded.error();
    }

    story.at(70, 8);
    AvailabilityPeriod period;
    period.from = story.today().addDays(-68);
    period.to = story.today().addDays(-62);
    period.noSessions = true;
    period.slowerReplies = true;
    period.coveredBy = QStringLiteral("Sam Rivera");
    period.coveredContact = QStringLiteral("sam@northbridge.example");
    period.reason = AvailabilityReason::Family;
    const AvailabilityService availability(database);
    const Result<qint64> periodId = availability.add(period);
    if (!periodId)
        return periodId.error();
    for (int client : {0, 1, 2}) {
        const QDateTime sent = story.at(70, 9, 10 + client * 5);
        const Result<QString> text = availability.noticeText(periodId.value(), clients.at(client));
        if (!text)
            return text.error();
        if (Result<qint64> recorded = availability.recordNoticeSent(periodId.value(), clients.at(client),
                                                                    sent, text.value(), SummaryMethod::Email);
            !recorded)
            return recorded.error();
    }

    const QDate thisMonth = ReflectionService::monthOf(story.today());
    const QStringList answers[] = {
        {Tr::tr("I answered Daniel's questions on a Sunday twice; he took it as an open line."),
         Tr::tr("Wanting to be helpful. Saying when I would answer helped."),
         Tr::tr("Replies on working days only; take the Sunday messages to supervision.")},
        {Tr::tr("Priya's late messages, and my own reply at 23:40."),
         Tr::tr("Her opening date was close and I felt her stress. Muting notifications after 19:00 helped."),
         Tr::tr("Keep notifications off in the evening; talk about the studio story in supervision.")},
    };
    for (int back : {3, 2}) {
        const QDate month = thisMonth.addMonths(-back);
        story.at(month.addMonths(1).daysTo(story.today()) - 2, 18);
        if (Result<qint64> reflected = reflection.reflectOnMonth(month, answers[3 - back]); !reflected)
            return reflected.error();
    }
    story.resume();
    return {};
}

} // namespace

Status populate(const Database &database) {
    const Story story;
    const QDate today = story.today();
    // Profile and policy write in their own transactions; the edition is recorded last, so a demo that
    // failed half-way is rebuilt on the next open.
    story.at(VersionOnePublishedDaysAgo + 10, 9);
    if (Status saved = PracticeService(database).save(demoProfile()); !saved)
        return saved;
    if (Status setup = PracticeService(database).setSetupState(SetupState::Done); !setup)
        return setup;
    if (Status published = publishDemoPolicy(database, story); !published)
        return published;
    QList<qint64> clientIds;
    const Status clientsAdded = database.transaction([&]() -> Status {
        const AcknowledgementRepository acknowledgements(database);
        int index = 0;
        for (const DemoClient &demo : Clients) {
            // Added two weeks before they started; prospects and clients yet to start, last week.
            story.at(demo.startedDaysAgo > 0 ? demo.startedDaysAgo + 14 : 5, 9);
            Client client;
            client.fullName = QString::fromUtf8(demo.fullName);
            client.preferredName = QString::fromUtf8(demo.preferredName);
            client.email = QString::fromUtf8(demo.email);
            client.phone = QString::fromUtf8(demo.phone);
            client.preferredChannel = demo.channel;
            client.status = demo.status;
            if (demo.status != ClientStatus::Prospect)
                client.startDate = today.addDays(-demo.startedDaysAgo);
            client.notes = Tr::tr(demo.notes);
            Result<qint64> id = ClientService(database).add(client);
            if (!id)
                return id.error();
            clientIds.append(id.value());
            const int acknowledged = AcknowledgedVersions[index++];
            for (int version = 1; version <= acknowledged; ++version) {
                // A client who started after version 2 was published only ever saw version 2.
                if (version == 1 && acknowledged == 2 && demo.startedDaysAgo < VersionTwoPublishedDaysAgo)
                    continue;
                const QDateTime at = story.at(acknowledgedDaysAgo(demo, version), 10, 40);
                if (Status recorded = acknowledgements.record(id.value(), version, at); !recorded)
                    return recorded;
            }
        }
        return {};
    });
    if (!clientsAdded)
        return clientsAdded;
    // Signing records the acknowledgement the loop above already made, so the two agree.
    if (Status agreements = addDemoAgreements(database, story, clientIds, demoProfile()); !agreements)
        return agreements;
    if (Status incidents = addDemoIncidents(database, story, clientIds); !incidents)
        return incidents;
    if (Status reflection = addDemoReflection(database, story, clientIds); !reflection)
        return reflection;
    return MetaRepository(database).setValue(EditionKey, QString::number(Edition));
}

Result<std::unique_ptr<Database>> open(const QString &path) {
    if (QFile::exists(path)) {
        Result<std::unique_ptr<Database>> existing = Database::open(path);
        if (existing.ok()) {
            const Result<QString> edition = MetaRepository(*existing.value()).value(EditionKey);
            if ((edition.ok() && edition.value() == QString::number(Edition)) ||
                existing.value()->isReadOnly())
                return existing;
        }
        // An older or damaged demo: the demo file holds nothing of the user's, so it is made afresh.
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    Result<std::unique_ptr<Database>> created = Database::open(path);
    if (!created.ok())
        return created;
    if (Status filled = populate(*created.value()); !filled)
        return filled.error();
    return created;
}

} // namespace bk::DemoPractice
