// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientService.h"
#include "app/clients/ClientTableModel.h"
#include "app/common/ChangeNotifier.h"
#include "app/common/Clock.h"
#include "app/dashboard/DashboardService.h"
#include "app/demo/DemoPractice.h"
#include "app/policy/PolicyCanonical.h"
#include "app/policy/PolicyService.h"
#include "app/storage/AcknowledgementRepository.h"
#include "app/storage/ClientRepository.h"
#include "tests/support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace bk;

class TestPolicyService : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Database> freshDatabase() {
        return test::openDatabase(m_dir.filePath(QStringLiteral("policy-%1.sqlite").arg(++m_counter)));
    }

    // A fixed small policy whose canonical text and hash the format promises never to change.
    static PolicyDocument smallPolicy() {
        PolicyDocument document;
        document.boundaries = {
            {QStringLiteral("after_hours_contact"), QStringLiteral("Each other's time"),
             QStringLiteral("No calls after 18:00.\r\nEmails are fine."), QStringLiteral("Email instead."),
             QStringLiteral("We talk about it."), false},
            {QStringLiteral("confidentiality"), QStringLiteral("Confidentialit\u00e9 \"both\" ways"),
             QStringLiteral("Back\\slash\tand tab"), QString(), QStringLiteral("Ending the engagement."),
             false},
            {QStringLiteral("retired_one"), QStringLiteral("Retired"), QStringLiteral("Not published"),
             QString(), QString(), true},
        };
        document.ladder = {{QStringLiteral("conversation"), QStringLiteral("Conversation"),
                            QStringLiteral("A private talk.")}};
        return document;
    }

    static QVariant scalar(const Database &db, const QString &sql) {
        QSqlQuery query(db.connection());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

    static qint64 addClient(const Database &db, const QString &name) {
        Client client;
        client.fullName = name;
        const auto added = ClientService(db).add(client);
        return added.ok() ? added.value() : 0;
    }

private Q_SLOTS:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase() {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { Clock::setNowFunction({}); }

    void canonicalTextAndHashAreFixed() {
        const QByteArray expected = QByteArrayLiteral(
            "{\"boundaries\":[{\"appropriate\":\"Email instead.\",\"consequence\":\"We talk about it.\","
            "\"description\":\"No calls after 18:00.\\u000aEmails are "
            "fine.\",\"key\":\"after_hours_contact\","
            "\"title\":\"Each other's time\"},{\"appropriate\":\"\",\"consequence\":\"Ending the "
            "engagement.\","
            "\"description\":\"Back\\\\slash\\u0009and tab\",\"key\":\"confidentiality\",\"title\":"
            "\"Confidentialit\xc3\xa9 \\\"both\\\" ways\"}],\"format\":\"boundary-keeper-policy/1\","
            "\"ladder\":[{\"description\":\"A private talk.\",\"key\":\"conversation\",\"title\":"
            "\"Conversation\"}]}");
        QCOMPARE(PolicyCanonical::text(smallPolicy()), expected);
        QCOMPARE(PolicyCanonical::sha256(smallPolicy()),
                 QStringLiteral("dcc1c0f7efc8badb423240f7b61fdd2d73779ea4aa44e5fde6619a180d696ab8"));
    }

    void canonicalTextIgnoresNormalisationFormAndRetiredBoundaries() {
        PolicyDocument decomposed = smallPolicy();
        decomposed.boundaries[1].title = QStringLiteral("Confidentialite\u0301 \"both\" ways");
        decomposed.boundaries[0].description = QStringLiteral("No calls after 18:00.\nEmails are fine.");
        decomposed.boundaries[2].description = QStringLiteral("Changed, but retired");
        QCOMPARE(PolicyCanonical::sha256(decomposed), PolicyCanonical::sha256(smallPolicy()));
    }

    void hashDoesNotDependOnInsertionOrderOrTime() {
        auto first = freshDatabase();
        auto second = freshDatabase();
        QVERIFY(first && second);
        // The second database receives the same content through a different history, at another time.
        PolicyDocument scrambled = smallPolicy();
        std::reverse(scrambled.boundaries.begin(), scrambled.boundaries.end());
        QVERIFY(PolicyService(*second).saveDraft(scrambled).ok());
        QVERIFY(PolicyService(*first).saveDraft(smallPolicy()).ok());
        QVERIFY(PolicyService(*second).saveDraft(smallPolicy()).ok());
        Clock::setNowFunction([] { return QDateTime(QDate(2030, 5, 1), QTime(12, 0), Qt::UTC); });
        const auto a = PolicyService(*first).publish();
        Clock::setNowFunction([] { return QDateTime(QDate(2031, 1, 9), QTime(8, 30), Qt::UTC); });
        const auto b = PolicyService(*second).publish();
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a.value().sha256, b.value().sha256);
        QCOMPARE(a.value().sha256, PolicyCanonical::sha256(smallPolicy()));
        QVERIFY(a.value().publishedAt != b.value().publishedAt);
    }

    void defaultsHaveElevenBoundariesAndSevenSteps() {
        const PolicyDocument defaults = PolicyDocument::defaults();
        QCOMPARE(defaults.boundaries.size(), 11);
        QCOMPARE(defaults.ladder.size(), 7);
        QVERIFY(defaults.problems().isEmpty());
        QVERIFY(defaults.boundary(QStringLiteral("after_hours_contact")));
        QVERIFY(defaults.boundary(QStringLiteral("practitioner_focus")));
        QVERIFY(defaults.step(QStringLiteral("ending_engagement")));
        for (const Boundary &boundary : defaults.boundaries) {
            QVERIFY2(!boundary.description.isEmpty() && !boundary.appropriate.isEmpty() &&
                         !boundary.consequence.isEmpty(),
                     qPrintable(boundary.key));
        }
        auto db = freshDatabase();
        const auto draft = PolicyService(*db).draft();
        QVERIFY(draft.ok());
        QCOMPARE(draft.value(), defaults);
        QCOMPARE(PolicyService(*db).latestVersionNumber().value(), 0);
    }

    void publishFreezesTextAndHash() {
        auto db = freshDatabase();
        const PolicyService policy(*db);
        const auto published = policy.publish();
        QVERIFY2(published.ok(), published.ok() ? "" : qPrintable(published.error().message));
        QCOMPARE(published.value().version, 1);
        QCOMPARE(published.value().document, PolicyDocument::defaults());
        QCOMPARE(published.value().sha256, PolicyCanonical::sha256(published.value().canonicalText));

        const auto stored = policy.version(1);
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().sha256, published.value().sha256);
        QCOMPARE(stored.value().canonicalText, published.value().canonicalText);
        QCOMPARE(stored.value().document, published.value().document);
        QCOMPARE(stored.value().publishedAt, published.value().publishedAt);
        QVERIFY(policy.verify(1).value());

        // Publishing the same content again is refused: there is nothing new.
        const auto again = policy.publish();
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Kind::Invalid);
        QCOMPARE(policy.latestVersionNumber().value(), 1);
    }

    void plainSqlCannotChangeAPublishedVersion_data() {
        QTest::addColumn<QString>("sql");
        QTest::addRow("updating a version's hash")
            << QStringLiteral("UPDATE policy_versions SET sha256 = replace(sha256, 'a', 'b')");
        QTest::addRow("updating a version's text")
            << QStringLiteral("UPDATE policy_versions SET canonical_text = ''");
        QTest::addRow("deleting a version") << QStringLiteral("DELETE FROM policy_versions");
        QTest::addRow("updating a published boundary's consequence") << QStringLiteral(
            "UPDATE policy_version_boundaries SET consequence = 'none' WHERE key = 'golden_rule'");
        QTest::addRow("deleting a published boundary")
            << QStringLiteral("DELETE FROM policy_version_boundaries WHERE key = 'golden_rule'");
        QTest::addRow("adding a boundary to a published version") << QStringLiteral(
            "INSERT INTO policy_version_boundaries VALUES (1, 99, 'sneaky', 't', 'd', 'a', 'c')");
        QTest::addRow("updating a published ladder step")
            << QStringLiteral("UPDATE policy_version_ladder SET title = 'x'");
        QTest::addRow("deleting a published ladder step")
            << QStringLiteral("DELETE FROM policy_version_ladder");
    }

    void plainSqlCannotChangeAPublishedVersion() {
        QFETCH(QString, sql);
        auto db = freshDatabase();
        const auto published = PolicyService(*db).publish();
        QVERIFY(published.ok());

        QSqlQuery query(db->connection());
        QVERIFY(!query.exec(sql));
        QVERIFY2(query.lastError().databaseText().contains(QStringLiteral("published")),
                 qPrintable(query.lastError().databaseText()));
        QCOMPARE(db->errorFrom(query.lastError(), QStringLiteral("a test")).kind, Error::Kind::Conflict);

        const auto stored = PolicyService(*db).version(1);
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().sha256, published.value().sha256);
        QCOMPARE(stored.value().document, published.value().document);
        QVERIFY(PolicyService(*db).verify(1).value());
    }

    void draftEditsAfterPublishLeaveVersionOneAlone() {
        auto db = freshDatabase();
        const PolicyService policy(*db);
        const auto first = policy.publish();
        QVERIFY(first.ok());
        QVERIFY(!policy.draftDiffersFromLatest().value());

        PolicyDocument draft = policy.draft().value();
        draft.boundary(QStringLiteral("after_hours_contact"))->consequence =
            QStringLiteral("Calls go to voicemail.");
        QVERIFY(policy.saveDraft(draft).ok());
        QVERIFY(policy.draftDiffersFromLatest().value());
        QCOMPARE(policy.version(1).value().document, first.value().document);
        QCOMPARE(policy.version(1).value().sha256, first.value().sha256);

        const auto second = policy.publish();
        QVERIFY(second.ok());
        QCOMPARE(second.value().version, 2);
        QVERIFY(second.value().sha256 != first.value().sha256);
        QCOMPARE(policy.version(1).value().document, first.value().document);
        QCOMPARE(policy.versions().value().size(), 2);
        QCOMPARE(policy.versions().value().at(1).boundaryCount, 11);

        // Discarding returns the draft to the latest version.
        draft.boundary(QStringLiteral("golden_rule"))->title = QStringLiteral("Respect");
        QVERIFY(policy.saveDraft(draft).ok());
        QVERIFY(policy.discardDraft().ok());
        QCOMPARE(policy.draft().value(), second.value().document);
    }

    void retiringKeepsABoundaryInOldVersions() {
        auto db = freshDatabase();
        const PolicyService policy(*db);
        QVERIFY(policy.publish().ok());
        PolicyDocument draft = policy.draft().value();
        draft.boundary(QStringLiteral("personal_questions"))->retired = true;
        QVERIFY(policy.saveDraft(draft).ok());
        const auto second = policy.publish();
        QVERIFY(second.ok());

        QVERIFY(!second.value().document.boundary(QStringLiteral("personal_questions")));
        QCOMPARE(second.value().document.boundaries.size(), 10);
        QVERIFY(policy.version(1).value().document.boundary(QStringLiteral("personal_questions")));
        // The retired boundary stays in the draft, so it can be restored later. The document is kept: a
        // pointer into the temporary draft().value() would dangle after the statement.
        const PolicyDocument kept = policy.draft().value();
        const Boundary *retired = kept.boundary(QStringLiteral("personal_questions"));
        QVERIFY(retired && retired->retired);

        const PolicyDiff diff = policy.diff(1, 2).value();
        QCOMPARE(diff.boundaries.size(), 1);
        QCOMPARE(diff.boundaries.at(0).kind, PolicyItemChange::Kind::Removed);
        QCOMPARE(diff.boundaries.at(0).key, QStringLiteral("personal_questions"));
    }

    void refusesInvalidDrafts_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("title");
        QTest::addRow("a key with capitals") << QStringLiteral("After_Hours") << QStringLiteral("Title");
        QTest::addRow("a duplicate key") << QStringLiteral("golden_rule") << QStringLiteral("Title");
        QTest::addRow("an empty title") << QStringLiteral("new_one") << QStringLiteral("  ");
    }

    void refusesInvalidDrafts() {
        QFETCH(QString, key);
        QFETCH(QString, title);
        auto db = freshDatabase();
        PolicyDocument draft = PolicyDocument::defaults();
        draft.boundaries.append({key, title, QString(), QString(), QString(), false});
        const Status saved = PolicyService(*db).saveDraft(draft);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, Error::Kind::Invalid);
        QCOMPARE(PolicyService(*db).draft().value(), PolicyDocument::defaults());
    }

    void makesKeysFromTitles() {
        QCOMPARE(PolicyKeys::fromTitle(QStringLiteral("Phone calls at night!"), {}),
                 QStringLiteral("phone_calls_at_night"));
        QCOMPARE(PolicyKeys::fromTitle(QStringLiteral("Zoë's café"), {QStringLiteral("zoe_s_cafe")}),
                 QStringLiteral("zoe_s_cafe_2"));
        QVERIFY(PolicyKeys::isValid(PolicyKeys::fromTitle(QStringLiteral("24/7 availability"), {})));
    }

    void diffReportsAddedRemovedChangedAndMoved() {
        const PolicyDocument from = PolicyDocument::defaults();
        PolicyDocument to = from;
        to.boundary(QStringLiteral("golden_rule"))->consequence = QStringLiteral("New consequence.");
        to.boundaries.removeIf([](const Boundary &b) { return b.key == QLatin1String("no_bullying"); });
        to.boundaries.append({QStringLiteral("punctuality"), QStringLiteral("On time"), QStringLiteral("d"),
                              QStringLiteral("a"), QStringLiteral("c"), false});
        to.boundaries.move(0, 5); // personal_space now after golden_rule
        to.ladder[0].title = QStringLiteral("Talk");

        const PolicyDiff diff = PolicyDiff::between(from, to);
        QCOMPARE(diff.boundaries.size(), 4);
        const auto find = [&diff](const QString &key) {
            return *std::find_if(diff.boundaries.cbegin(), diff.boundaries.cend(),
                                 [&key](const PolicyItemChange &change) { return change.key == key; });
        };
        const PolicyItemChange golden = find(QStringLiteral("golden_rule"));
        QCOMPARE(golden.kind, PolicyItemChange::Kind::Changed);
        QVERIFY(!golden.moved);
        QCOMPARE(golden.fields.size(), 1);
        QCOMPARE(golden.fields.at(0).field, PolicyField::Consequence);
        QCOMPARE(golden.fields.at(0).oldText, from.boundary(QStringLiteral("golden_rule"))->consequence);
        QCOMPARE(golden.fields.at(0).newText, QStringLiteral("New consequence."));
        const PolicyItemChange moved = find(QStringLiteral("personal_space"));
        QVERIFY(moved.moved);
        QVERIFY(moved.fields.isEmpty());
        QCOMPARE(find(QStringLiteral("punctuality")).kind, PolicyItemChange::Kind::Added);
        QCOMPARE(find(QStringLiteral("punctuality")).fields.size(), 4);
        QCOMPARE(find(QStringLiteral("no_bullying")).kind, PolicyItemChange::Kind::Removed);
        QCOMPARE(diff.boundaries.last().key, QStringLiteral("no_bullying"));

        QCOMPARE(diff.ladder.size(), 1);
        QCOMPARE(diff.ladder.at(0).fields.at(0).field, PolicyField::Title);
        QCOMPARE(diff.ladder.at(0).fields.at(0).newText, QStringLiteral("Talk"));
        QVERIFY(PolicyDiff::between(from, from).isEmpty());
    }

    void closedAndArchivedClientsAreNotDueToReacknowledge() {
        auto db = freshDatabase();
        const PolicyService policy(*db);
        const AcknowledgementRepository acknowledgements(*db);
        const qint64 current = addClient(*db, QStringLiteral("Current Client"));
        const qint64 closed = addClient(*db, QStringLiteral("Closed Client"));
        const qint64 archived = addClient(*db, QStringLiteral("Archived Client"));
        QVERIFY(current && closed && archived);
        QVERIFY(policy.publish().ok());
        for (qint64 client : {current, closed, archived})
            QVERIFY(acknowledgements.record(client, 1, Clock::nowUtc()).ok());
        Client ended = ClientRepository(*db).get(closed).value();
        ended.status = ClientStatus::Closed;
        QVERIFY(ClientService(*db).update(ended).ok());
        QVERIFY(ClientService(*db).setArchived(archived, true).ok());
        PolicyDocument draft = policy.draft().value();
        draft.boundary(QStringLiteral("confidentiality"))->consequence = QStringLiteral("Changed.");
        QVERIFY(policy.saveDraft(draft).ok());
        QVERIFY(policy.publish().ok());

        // The count the command line reports after publishing.
        QCOMPARE(acknowledgements.countReacknowledgementDue().value(), qint64(1));
        // The dashboard's tile.
        const DashboardService dashboard(*db);
        const Result<DashboardFigures> figures = dashboard.compute(dashboard.defaultRequest().value());
        QVERIFY(figures.ok());
        QCOMPARE(figures.value().reacknowledgementDue, qint64(1));
        // The client list's filter and marker, archived clients shown too, by SQL and by the search index.
        ClientFilter filter;
        filter.includeArchived = true;
        const Result<QList<ClientListRow>> rows = ClientService(*db).list(filter, ClientSort{}, 0, 10);
        QCOMPARE(rows.value().size(), 3);
        for (const ClientListRow &row : rows.value())
            QCOMPARE(row.reacknowledgementDue, row.client.id == current);
        filter.reacknowledgementDueOnly = true;
        QCOMPARE(ClientRepository(*db).count(filter).value(), qint64(1));
        ClientTableModel model(*db);
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(ClientTableModel::IdRole).toLongLong(), current);
        filter.search = QStringLiteral("client");
        model.setFilter(filter);
        QTRY_VERIFY(model.isSearchIndexReady());
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(ClientTableModel::IdRole).toLongLong(), current);
    }

    void marksReacknowledgementDueAfterANewVersion() {
        auto db = freshDatabase();
        const PolicyService policy(*db);
        const AcknowledgementRepository acknowledgements(*db);
        const qint64 early = addClient(*db, QStringLiteral("Early Client"));
        const qint64 never = addClient(*db, QStringLiteral("Never Acknowledged"));
        const qint64 late = addClient(*db, QStringLiteral("Late Client"));
        QVERIFY(early && never && late);

        QVERIFY(policy.publish().ok());
        QVERIFY(acknowledgements.record(early, 1, Clock::nowUtc()).ok());
        QVERIFY(!acknowledgements.isReacknowledgementDue(early).value());
        // Only published versions can be acknowledged.
        QCOMPARE(acknowledgements.record(early, 2, Clock::nowUtc()).error().kind, Error::Kind::Conflict);

        ClientTableModel model(*db);
        QAbstractItemModelTester tester(&model);
        QCOMPARE(model.headerData(ClientTableModel::AgreementColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Agreement"));

        PolicyDocument draft = policy.draft().value();
        draft.boundary(QStringLiteral("confidentiality"))->consequence = QStringLiteral("Changed.");
        QVERIFY(policy.saveDraft(draft).ok());
        QVERIFY(policy.publish().ok());
        QVERIFY(acknowledgements.record(late, 2, Clock::nowUtc()).ok());
        // Announced as AgreementService::finalise() announces the acknowledgement that signing records.
        Q_EMIT db->notifier()->changed(QStringLiteral("policy_acknowledgements"));

        QVERIFY(acknowledgements.isReacknowledgementDue(early).value());
        QVERIFY(!acknowledgements.isReacknowledgementDue(never).value());
        QVERIFY(!acknowledgements.isReacknowledgementDue(late).value());
        QCOMPARE(acknowledgements.acknowledgedVersion(early).value(), 1);
        QCOMPARE(acknowledgements.acknowledgedVersion(never).value(), 0);
        QCOMPARE(acknowledgements.countReacknowledgementDue().value(), qint64(1));
        QCOMPARE(acknowledgements.forClient(late).value().size(), 1);

        // The model refreshed itself after the publish and the acknowledgement.
        QCOMPARE(model.rowCount(), 3);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex cell = model.index(row, ClientTableModel::AgreementColumn);
            const qint64 id = cell.data(ClientTableModel::IdRole).toLongLong();
            const int version = cell.data(ClientTableModel::RawRole).toInt();
            const bool due = cell.data(ClientTableModel::ReacknowledgementDueRole).toBool();
            if (id == early) {
                QCOMPARE(version, 1);
                QVERIFY(due);
                QCOMPARE(cell.data().toString(), QStringLiteral("Re-acknowledgement due"));
            } else if (id == late) {
                QCOMPARE(version, 2);
                QVERIFY(!due);
                QCOMPARE(cell.data().toString(), QStringLiteral("Signed v2"));
            } else {
                QCOMPARE(version, 0);
                QVERIFY(!due);
                QCOMPARE(cell.data().toString(), QStringLiteral("\u2014"));
            }
        }

        ClientFilter filter;
        filter.reacknowledgementDueOnly = true;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(ClientTableModel::IdRole).toLongLong(), early);
        QCOMPARE(ClientRepository(*db).count(filter).value(), qint64(1));
        // With a search typed, the search index answers the same; "client" names the other two too.
        filter.search = QStringLiteral("CLIENT");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QTRY_VERIFY(model.isSearchIndexReady());
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(ClientTableModel::IdRole).toLongLong(), early);

        // Acknowledging the new version clears the marker, with a search typed and without.
        QVERIFY(acknowledgements.record(early, 2, Clock::nowUtc()).ok());
        Q_EMIT db->notifier()->changed(QStringLiteral("policy_acknowledgements"));
        QCOMPARE(model.rowCount(), 0);
        QTRY_VERIFY(model.isSearchIndexReady());
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
        filter.search.clear();
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
    }

    void demoPracticeHasAProfileTwoVersionsAndADraft() {
        auto opened = DemoPractice::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        const Database &db = *opened.value();
        const PolicyService policy(db);
        QCOMPARE(policy.latestVersionNumber().value(), 2);
        QVERIFY(policy.draftDiffersFromLatest().value());
        QVERIFY(policy.verify(1).value() && policy.verify(2).value());
        const PolicyDiff diff = policy.diff(1, 2).value();
        const auto kinds = [&diff](PolicyItemChange::Kind kind) {
            return std::count_if(diff.boundaries.cbegin(), diff.boundaries.cend(),
                                 [kind](const PolicyItemChange &change) { return change.kind == kind; });
        };
        QVERIFY(kinds(PolicyItemChange::Kind::Added) >= 1);
        QVERIFY(kinds(PolicyItemChange::Kind::Changed) >= 1);
        QVERIFY(AcknowledgementRepository(db).countReacknowledgementDue().value() > 0);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM policy_acknowledgements WHERE version = 2"))
                    .toInt() > 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM practice_practitioners")).toInt(), 2);
    }
};

// A QGuiApplication: the demo practice renders its agreements, which needs fonts.
QTEST_MAIN(TestPolicyService)
#include "tst_PolicyService.moc"
