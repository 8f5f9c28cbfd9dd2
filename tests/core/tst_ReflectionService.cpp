// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/SummaryDocument.h"
#include "app/audit/AuditTrail.h"
#include "app/common/ChangeNotifier.h"
#include "app/practitioner/AvailabilityService.h"
#include "app/practitioner/ReflectionService.h"
#include "app/practitioner/ReflectionTableModel.h"
#include "tests/core/AgreementFixture.h"
#include "tests/support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace bk;

namespace {

DisclosureAnswers allYes() {
    return {CheckAnswer::Yes, CheckAnswer::Yes, CheckAnswer::Yes, CheckAnswer::Yes, CheckAnswer::Yes};
}

NewReflection reflection(qint64 clientId, const QDate &date, const QString &note,
                         DisclosureAnswers answers = allYes(),
                         DisclosureDecision decision = DisclosureDecision::Shared) {
    NewReflection entry;
    entry.clientId = clientId;
    entry.date = date;
    entry.answers = answers;
    entry.decision = decision;
    entry.note = note;
    return entry;
}

QString stored(const Database &db, const QString &sql) {
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("(failed)");
    return query.value(0).isNull() ? QStringLiteral("NULL") : query.value(0).toString();
}

} // namespace

class tst_ReflectionService : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;
    test::AgreementFixture m_fixture;

    static QDateTime now() { return QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC); }

private Q_SLOTS:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase() {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void init() {
        m_fixture = test::makeAgreementFixture(m_dir.filePath(QStringLiteral("%1.sqlite").arg(++m_count)));
        QVERIFY(m_fixture.clientId);
    }

    void cleanup() { Clock::setNowFunction({}); }

    void anEntryKeepsTheAnswersTheRecommendationAndTheDecision() {
        const ReflectionService service(*m_fixture.db);
        QSignalSpy changed(m_fixture.db->notifier(), &ChangeNotifier::changed);
        DisclosureAnswers answers = allYes();
        answers.brief = CheckAnswer::NotSure;
        const Result<qint64> id = service.record(reflection(
            m_fixture.clientId, Clock::todayLocal(), QStringLiteral("  Wanted to mention my own move.  "),
            answers, DisclosureDecision::TalkToSupervisor));
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), QStringLiteral("reflection_entries"));

        const ReflectionEntry entry = service.get(id.value()).value();
        QCOMPARE(entry.clientId, m_fixture.clientId);
        QCOMPARE(entry.clientName, QStringLiteral("Anna Schmidt"));
        QCOMPARE(entry.date, Clock::todayLocal());
        QCOMPARE(entry.answers, answers);
        // Worked out by the service from the answers, never taken from the caller.
        QCOMPARE(entry.recommendation, Recommendation::TalkToSupervisor);
        QCOMPARE(entry.decision, DisclosureDecision::TalkToSupervisor);
        QCOMPARE(entry.note, QStringLiteral("Wanted to mention my own move."));
        QVERIFY(entry.recordedAt.isValid());

        // Unknown values are NULL, not '': "not sure" and an entry without a client or a note.
        QCOMPARE(stored(*m_fixture.db, QStringLiteral("SELECT brief FROM reflection_entries")),
                 QStringLiteral("NULL"));
        QCOMPARE(stored(*m_fixture.db,
                        QStringLiteral("SELECT count(*) FROM reflection_entries WHERE serves_client = TRUE")),
                 QStringLiteral("1"));
        const qint64 general =
            service.record(reflection(0, {}, QString(), allYes(), DisclosureDecision::HeldBack)).value();
        QCOMPARE(
            stored(*m_fixture.db,
                   QStringLiteral("SELECT client_id FROM reflection_entries WHERE id = %1").arg(general)),
            QStringLiteral("NULL"));
        QCOMPARE(stored(*m_fixture.db,
                        QStringLiteral("SELECT note FROM reflection_entries WHERE id = %1").arg(general)),
                 QStringLiteral("NULL"));
        const ReflectionEntry withoutClient = service.get(general).value();
        QCOMPARE(withoutClient.clientId, 0);
        QCOMPARE(withoutClient.date, Clock::todayLocal());
        QCOMPARE(withoutClient.recommendation, Recommendation::GoAhead);
    }

    void badEntriesAreRefusedWithAReasonAndNothingIsWritten_data() {
        QTest::addColumn<NewReflection>("entry");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("messageSays");
        const QDate today = QDate(2026, 12, 2);

        NewReflection unanswered = reflection(-1, today, {});
        unanswered.answers.focusReturns = CheckAnswer::Unanswered;
        QTest::newRow("a check with an unanswered question is not recorded")
            << unanswered << int(Error::Kind::Invalid) << QStringLiteral("Answer all five questions");
        NewReflection undecided = reflection(-1, today, {});
        undecided.decision.reset();
        QTest::newRow("an entry without a decision is not recorded")
            << undecided << int(Error::Kind::Invalid) << QStringLiteral("Say what you decided");
        QTest::newRow("an entry dated in the future is not recorded")
            << reflection(-1, today.addDays(1), {}) << int(Error::Kind::Invalid)
            << QStringLiteral("in the future");
        QTest::newRow("a note with a control character is not recorded")
            << reflection(-1, today, QStringLiteral("bell\x07")) << int(Error::Kind::Invalid)
            << QStringLiteral("control character");
        QTest::newRow("an overlong note is not recorded")
            << reflection(-1, today, QString(ReflectionService::MaxNoteLength + 1, QLatin1Char('a')))
            << int(Error::Kind::Invalid) << QStringLiteral("longer than");
        QTest::newRow("an entry about a client who does not exist is not recorded")
            << reflection(9999, today, {}) << int(Error::Kind::NotFound) << QStringLiteral("no client");
    }

    void badEntriesAreRefusedWithAReasonAndNothingIsWritten() {
        QFETCH(NewReflection, entry);
        QFETCH(int, kind);
        QFETCH(QString, messageSays);
        Clock::setNowFunction([] { return now(); });
        if (entry.clientId < 0)
            entry.clientId = m_fixture.clientId;
        const ReflectionService service(*m_fixture.db);
        QSignalSpy changed(m_fixture.db->notifier(), &ChangeNotifier::changed);
        const Result<qint64> id = service.record(entry);
        QVERIFY(!id.ok());
        QCOMPARE(int(id.error().kind), kind);
        QVERIFY2(id.error().message.contains(messageSays), qPrintable(id.error().message));
        QCOMPARE(service.count().value(), 0);
        QCOMPARE(changed.count(), 0);
    }

    void theListIsNewestFirstAndFiltersByClient() {
        const ReflectionService service(*m_fixture.db);
        Client other;
        other.fullName = QStringLiteral("Ben Okafor");
        const qint64 ben = ClientService(*m_fixture.db).add(other).value();
        const QDate today = Clock::todayLocal();
        const qint64 oldest = service.record(reflection(m_fixture.clientId, today.addDays(-20), {})).value();
        const qint64 newest = service.record(reflection(ben, today, {})).value();
        const qint64 middle = service.record(reflection(0, today.addDays(-3), {})).value();
        const qint64 sameDay = service.record(reflection(m_fixture.clientId, today, {})).value();

        QList<qint64> ids;
        for (const ReflectionEntry &entry : service.entries({}, nullptr, 100).value())
            ids.append(entry.id);
        // By date, newest first; on the same day the one recorded last comes first.
        QCOMPARE(ids, (QList<qint64>{sameDay, newest, middle, oldest}));

        // Keyset paging continues exactly where the previous page ended.
        const QList<ReflectionEntry> first = service.entries({}, nullptr, 2).value();
        const QList<ReflectionEntry> second = service.entries({}, &first.last(), 2).value();
        QCOMPARE(second.first().id, middle);
        QCOMPARE(second.last().id, oldest);

        ReflectionFilter anna{m_fixture.clientId};
        QCOMPARE(service.count(anna).value(), 2);
        ids.clear();
        for (const ReflectionEntry &entry : service.entries(anna, nullptr, 100).value())
            ids.append(entry.id);
        QCOMPARE(ids, (QList<qint64>{sameDay, oldest}));

        // A period: the days from and to, inclusive, with or without a client.
        ReflectionFilter lastWeek;
        lastWeek.from = today.addDays(-7);
        lastWeek.to = today.addDays(-1);
        QCOMPARE(service.count(lastWeek).value(), 1);
        QCOMPARE(service.entries(lastWeek, nullptr, 100).value().first().id, middle);
        ReflectionFilter annaSince = anna;
        annaSince.from = today.addDays(-3);
        QVERIFY(annaSince.isFiltered());
        QCOMPARE(service.entries(annaSince, nullptr, 100).value().size(), 1);
        QCOMPARE(service.entries(annaSince, nullptr, 100).value().first().id, sameDay);
        ReflectionFilter untilBefore;
        untilBefore.to = today.addDays(-21);
        QCOMPARE(service.count(untilBefore).value(), 0);
    }

    // The audit trail's events for reflection entry `id`, oldest first.
    QStringList auditActions(qint64 id) const {
        QSqlQuery query(m_fixture.db->connection());
        QStringList actions;
        if (!query.exec(
                QStringLiteral("SELECT action FROM audit_events WHERE table_name = 'reflection_entries' "
                               "AND record = '%1' ORDER BY seq")
                    .arg(id)))
            return {query.lastError().text()};
        while (query.next())
            actions.append(query.value(0).toString());
        return actions;
    }

    void theAuthorEditsAnEntryAndTheTrailNamesTheChange() {
        const ReflectionService service(*m_fixture.db);
        const QDate today = Clock::todayLocal();
        const qint64 id =
            service.record(reflection(m_fixture.clientId, today, QStringLiteral("First thoughts"))).value();
        const ReflectionEntry before = service.get(id).value();
        QCOMPARE(before.recommendation, Recommendation::GoAhead);

        QSignalSpy changed(m_fixture.db->notifier(), &ChangeNotifier::changed);
        NewReflection edited = before.toNew();
        edited.clientId = 0;
        edited.date = today.addDays(-1);
        edited.answers.servesClient = CheckAnswer::No;
        edited.decision = DisclosureDecision::HeldBack;
        edited.note = QStringLiteral("  On second thoughts, it was about me.  ");
        const Status saved = service.update(id, edited);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), QStringLiteral("reflection_entries"));
        const ReflectionEntry after = service.get(id).value();
        QCOMPARE(after.clientId, 0);
        QCOMPARE(after.date, today.addDays(-1));
        QCOMPARE(after.answers.servesClient, CheckAnswer::No);
        // The recommendation follows the new answers; when it was first recorded stays.
        QCOMPARE(after.recommendation, Recommendation::BetterNot);
        QCOMPARE(after.decision, DisclosureDecision::HeldBack);
        QCOMPARE(after.note, QStringLiteral("On second thoughts, it was about me."));
        QCOMPARE(after.recordedAt, before.recordedAt);

        // A bad edit is refused with its reason and changes nothing.
        NewReflection unanswered = edited;
        unanswered.answers.brief = CheckAnswer::Unanswered;
        QCOMPARE(service.update(id, unanswered).error().kind, Error::Kind::Invalid);
        QCOMPARE(service.update(id + 100, edited).error().kind, Error::Kind::NotFound);
        QCOMPARE(service.get(id).value().note, after.note);

        QCOMPARE(auditActions(id), (QStringList{QStringLiteral("insert"), QStringLiteral("update")}));
        const Result<AuditTrail::Report> report = AuditTrail(*m_fixture.db).verify({});
        QVERIFY(report.ok());
        QVERIFY2(report.value().intact(), qPrintable(report.value().problems.join(QLatin1Char('\n'))));
    }

    void aDeletedEntryIsGoneFromListsAndTheTrailNamesIt() {
        const ReflectionService service(*m_fixture.db);
        const qint64 kept =
            service.record(reflection(m_fixture.clientId, {}, QStringLiteral("Kept"))).value();
        const qint64 id = service.record(reflection(m_fixture.clientId, {}, QStringLiteral("Gone"))).value();
        QSignalSpy changed(m_fixture.db->notifier(), &ChangeNotifier::changed);
        const Status removed = service.remove(id);
        QVERIFY2(removed.ok(), removed.ok() ? "" : qPrintable(removed.error().message));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(service.get(id).error().kind, Error::Kind::NotFound);
        QCOMPARE(service.count().value(), 1);
        QCOMPARE(service.entries({}, nullptr, 10).value().first().id, kept);
        QCOMPARE(service.remove(id).error().kind, Error::Kind::NotFound);

        // The trail keeps that it existed and was deleted (never its text), and still verifies.
        QCOMPARE(auditActions(id), (QStringList{QStringLiteral("insert"), QStringLiteral("delete")}));
        const Result<AuditTrail::Report> report = AuditTrail(*m_fixture.db).verify({});
        QVERIFY(report.ok());
        QVERIFY2(report.value().intact(), qPrintable(report.value().problems.join(QLatin1Char('\n'))));
    }

    void onlyTheAuthorChangesAnEntry() {
        const ReflectionService service(*m_fixture.db);
        const qint64 id =
            service.record(reflection(m_fixture.clientId, {}, QStringLiteral("Theirs"))).value();
        // Written by a colleague: on a server an owner can read it, but it stays its author's to change.
        QSqlQuery query(m_fixture.db->connection());
        QVERIFY2(
            query.exec(QStringLiteral("INSERT INTO practitioners (id, login, practice_role, created_at) "
                                      "VALUES (99, 'colleague', 'practitioner', '2026-12-01T00:00:00Z')")),
            qPrintable(query.lastError().text()));
        QVERIFY2(
            query.exec(QStringLiteral("UPDATE reflection_entries SET created_by = 99 WHERE id = %1").arg(id)),
            qPrintable(query.lastError().text()));
        QCOMPARE(service.update(id, reflection(0, {}, QStringLiteral("Mine now"))).error().kind,
                 Error::Kind::Forbidden);
        QCOMPARE(service.remove(id).error().kind, Error::Kind::Forbidden);
        QCOMPARE(service.get(id).value().note, QStringLiteral("Theirs"));
    }

    void theTableModelShowsTheEntriesAndFollowsNewOnes() {
        const ReflectionService service(*m_fixture.db);
        ReflectionTableModel model(*m_fixture.db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        DisclosureAnswers mine = allYes();
        mine.servesClient = CheckAnswer::No;
        service
            .record(reflection(m_fixture.clientId, Clock::todayLocal().addDays(-1), QStringLiteral("Tired."),
                               mine, DisclosureDecision::HeldBack))
            .value();
        service.record(reflection(0, Clock::todayLocal(), {})).value();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ReflectionTableModel::ColumnCount));
        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.data(model.index(row, column), role);
        };
        QCOMPARE(cell(0, ReflectionTableModel::ClientColumn).toString(),
                 QStringLiteral("No particular client"));
        QCOMPARE(cell(0, ReflectionTableModel::RecommendationColumn).toString(),
                 QStringLiteral("Go ahead, briefly"));
        QCOMPARE(cell(1, ReflectionTableModel::ClientColumn).toString(), QStringLiteral("Anna Schmidt"));
        QCOMPARE(cell(1, ReflectionTableModel::RecommendationColumn).toString(),
                 QStringLiteral("Better not"));
        QCOMPARE(cell(1, ReflectionTableModel::RecommendationColumn, PagedTableModelBase::RawRole).toString(),
                 QStringLiteral("better_not"));
        QCOMPARE(cell(1, ReflectionTableModel::DecisionColumn).toString(),
                 QStringLiteral("I kept it to myself"));
        QCOMPARE(cell(1, ReflectionTableModel::DateColumn, PagedTableModelBase::RawRole).toDate(),
                 Clock::todayLocal().addDays(-1));
        QCOMPARE(cell(1, ReflectionTableModel::NoteColumn).toString(), QStringLiteral("Tired."));

        model.setFilter({m_fixture.clientId});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(model.entryAt(0)->id), 0);
    }

    void deletingAClientErasesTheEntriesAboutThem() {
        const ReflectionService service(*m_fixture.db);
        Client other;
        other.fullName = QStringLiteral("Cara Lind");
        const qint64 cara = ClientService(*m_fixture.db).add(other).value();
        service.record(reflection(cara, {}, QStringLiteral("About Cara."))).value();
        service.record(reflection(0, {}, QStringLiteral("About no one."))).value();
        QVERIFY(ClientService(*m_fixture.db).remove(cara).ok());
        const QList<ReflectionEntry> left = service.entries({}, nullptr, 10).value();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().note, QStringLiteral("About no one."));
    }

    void aReadOnlyPracticeRefusesEntriesAndPhrases() {
        const QString path = m_fixture.db->path();
        m_fixture.db.reset();
        Database::Options readOnly;
        readOnly.access = Database::Access::ReadOnly;
        Result<std::unique_ptr<Database>> opened = Database::open(path, readOnly);
        QVERIFY(opened.ok());
        const ReflectionService service(*opened.value());
        QCOMPARE(service.record(reflection(0, {}, {})).error().kind, Error::Kind::ReadOnly);
        QCOMPARE(service.saveRedirectPhrases({QStringLiteral("Back to you.")}).error().kind,
                 Error::Kind::ReadOnly);
        QCOMPARE(service.update(1, reflection(0, {}, {})).error().kind, Error::Kind::ReadOnly);
        QCOMPARE(service.remove(1).error().kind, Error::Kind::ReadOnly);
        QCOMPARE(service.count().value(), 0);
    }

    void redirectPhrasesStartWithTheDefaultsAndKeepTheEditedList() {
        const ReflectionService service(*m_fixture.db);
        QCOMPARE(service.redirectPhrases().value(), ReflectionService::defaultRedirectPhrases());
        QVERIFY(ReflectionService::defaultRedirectPhrases().first().startsWith(
            QStringLiteral("That's enough about me")));

        QSignalSpy changed(m_fixture.db->notifier(), &ChangeNotifier::changed);
        QVERIFY(service
                    .saveRedirectPhrases({QStringLiteral("  Back to your plan: "), QString(),
                                          QStringLiteral("What would help most today?")})
                    .ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), QStringLiteral("redirect_phrases"));
        QCOMPARE(service.redirectPhrases().value(),
                 (QStringList{QStringLiteral("Back to your plan:"),
                              QStringLiteral("What would help most today?")}));

        // An emptied list stays empty: the defaults do not come back.
        QVERIFY(service.saveRedirectPhrases({}).ok());
        QCOMPARE(service.redirectPhrases().value(), QStringList());

        // A bad phrase is refused with a reason, and the saved list is kept.
        QVERIFY(service.saveRedirectPhrases({QStringLiteral("Kept.")}).ok());
        const Status tooLong =
            service.saveRedirectPhrases({QString(ReflectionService::MaxPhraseLength + 1, QLatin1Char('x'))});
        QCOMPARE(tooLong.error().kind, Error::Kind::Invalid);
        QVERIFY(tooLong.error().message.contains(QStringLiteral("longer than")));
        QCOMPARE(service.saveRedirectPhrases({QStringLiteral("esc\x1b[31m")}).error().kind,
                 Error::Kind::Invalid);
        QCOMPARE(service.redirectPhrases().value(), QStringList{QStringLiteral("Kept.")});
    }

    // Entries are private: nothing the client receives ever carries them.
    void anEntryNeverReachesADocumentTheClientReceives() {
        const QString secret = QStringLiteral("Quillfeather divorce worries");
        const Result<qint64> entry =
            ReflectionService(*m_fixture.db)
                .record(
                    reflection(m_fixture.clientId, {}, secret + QStringLiteral(" came up; I held back.")));
        QVERIFY(entry.ok());
        QVERIFY(ReflectionService(*m_fixture.db).get(entry.value()).value().note.contains(secret));

        const qint64 incident = test::logIncident(m_fixture);
        QVERIFY(incident);
        QStringList documents;
        // The written summary: its drafted text, the document and its PDF.
        documents << IncidentService(*m_fixture.db).writtenSummaryText(incident).value();
        const Result<SummaryDocument> summary = SummaryDocument::forIncident(*m_fixture.db, incident);
        QVERIFY(summary.ok());
        documents << summary.value().textDocument()->toPlainText();
        documents << test::pdfText(summary.value().renderPdf().value());
        // The signed agreement and the behavioural contract, as PDFs.
        const Result<Agreement> agreement =
            AgreementService(*m_fixture.db).finalise(test::completeAgreement(m_fixture));
        QVERIFY2(agreement.ok(), agreement.ok() ? "" : qPrintable(agreement.error().message));
        documents << test::pdfText(agreement.value().pdf);
        const Result<Contract> contract =
            ContractService(*m_fixture.db).finalise(test::completeContract(m_fixture, incident));
        QVERIFY2(contract.ok(), contract.ok() ? "" : qPrintable(contract.error().message));
        documents << test::pdfText(contract.value().pdf);
        // A monthly reflection that names the same worry, and a notice of reduced availability for its
        // reason.
        QVERIFY(ReflectionService(*m_fixture.db)
                    .reflectOnMonth(Clock::todayLocal(), {secret, QString(), QString()})
                    .ok());
        AvailabilityPeriod away;
        away.from = Clock::todayLocal().addDays(1);
        away.to = Clock::todayLocal().addDays(5);
        away.noSessions = true;
        away.reason = AvailabilityReason::Family;
        const Result<qint64> period = AvailabilityService(*m_fixture.db).add(away);
        QVERIFY(period.ok());
        documents
            << AvailabilityService(*m_fixture.db).noticeText(period.value(), m_fixture.clientId).value();
        const Result<SummaryDocument> notice =
            SummaryDocument::forNotice(*m_fixture.db, period.value(), m_fixture.clientId);
        QVERIFY(notice.ok());
        documents << test::pdfText(notice.value().renderPdf().value());

        for (const QString &text : std::as_const(documents)) {
            QVERIFY2(text.contains(QStringLiteral("Anna")), qPrintable(text.left(200)));
            for (const QString &word : secret.split(QLatin1Char(' ')))
                QVERIFY2(!text.contains(word, Qt::CaseInsensitive), qPrintable(word));
            QVERIFY(
                !text.contains(AvailabilityReasons::label(AvailabilityReason::Family), Qt::CaseInsensitive));
        }
    }
};

QTEST_MAIN(tst_ReflectionService)
#include "tst_ReflectionService.moc"
