// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientService.h"
#include "app/policy/BoundaryPolicy.h"
#include "app/policy/PolicyCanonical.h"
#include "app/policy/PolicyService.h"
#include "app/storage/AcknowledgementRepository.h"
#include "app/storage/ClientRepository.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;
using test::CliRunner;

/// The policy commands: show, versions, diff and publish, with their JSON and their refusals.
class TestCliPolicy : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;
    QString m_database;

    CliRunner::Output policy(const QStringList &arguments) const {
        return m_cli->run(m_database, QStringList{QStringLiteral("policy")} + arguments);
    }

    static QJsonDocument parsed(const CliRunner::Output &output) {
        if (output.exitCode != 0 || !output.err.isEmpty()) {
            QTest::qFail(qPrintable(output.err), __FILE__, __LINE__);
            return {};
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(output.rawOut, &error);
        if (error.error != QJsonParseError::NoError)
            QTest::qFail(qPrintable(error.errorString()), __FILE__, __LINE__);
        return document;
    }

    QJsonObject showJson(const QStringList &arguments = {}) const {
        return parsed(policy(QStringList{QStringLiteral("show"), QStringLiteral("--format"),
                                         QStringLiteral("json")} +
                             arguments))
            .object();
    }

    // Publishes through the command and returns the printed hash; fails the test when that does not work.
    QString publish() const {
        const auto output = policy({QStringLiteral("publish")});
        if (output.exitCode != 0 || !output.err.isEmpty()) {
            QTest::qFail(qPrintable(output.err), __FILE__, __LINE__);
            return {};
        }
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("^Published version [0-9]+\\.\\nSHA-256: ([0-9a-f]{64})\\n"))
                .match(output.out);
        if (!match.hasMatch()) {
            QTest::qFail(qPrintable(output.out), __FILE__, __LINE__);
            return {};
        }
        return match.captured(1);
    }

    // Changes the draft through the core, as the Practice section would.
    void editDraft(const std::function<void(PolicyDocument &)> &edit) const {
        const std::unique_ptr<Database> database = test::openDatabase(m_database);
        QVERIFY(database);
        const PolicyService repository(*database);
        Result<PolicyDocument> draft = repository.draft();
        QVERIFY(draft.ok());
        PolicyDocument document = std::move(draft).value();
        edit(document);
        const Status saved = repository.saveDraft(document);
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    }

    // The hash the core computes for the draft on the same database.
    QString coreDraftHash() const {
        const std::unique_ptr<Database> database = test::openDatabase(m_database);
        if (!database)
            return {};
        const Result<PolicyDocument> draft = PolicyService(*database).draft();
        return draft.ok() ? PolicyCanonical::sha256(draft.value()) : QString();
    }

    static void verifyOneErrorLine(const CliRunner::Output &output, const QString &fragment) {
        const QStringList lines = output.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(!lines.isEmpty(), "nothing on stderr");
        QVERIFY2(lines.first().startsWith(QStringLiteral("boundary-keeper-cli: ")), qPrintable(output.err));
        QVERIFY2(lines.first().contains(fragment), qPrintable(output.err));
        QCOMPARE(output.out, QString());
    }

    static QJsonObject changeOf(const QJsonArray &changes, const QString &key) {
        for (const QJsonValue &change : changes) {
            if (change.toObject().value(QStringLiteral("key")).toString() == key)
                return change.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_cli = std::make_unique<CliRunner>(m_dir->path());
        m_database = m_dir->filePath(QStringLiteral("practice.sqlite"));
        QCOMPARE(m_cli->run(m_database, {QStringLiteral("init")}).exitCode, 0);
    }

    void showBeforeAnyPublishIsRefusedButTheDraftCanBeShown() {
        const auto refused = policy({QStringLiteral("show")});
        QCOMPARE(refused.exitCode, 1);
        verifyOneErrorLine(refused, QStringLiteral("No policy version has been published yet."));
        QVERIFY(refused.err.contains(QStringLiteral("policy show --draft")));

        const auto draft = policy({QStringLiteral("show"), QStringLiteral("--draft")});
        QCOMPARE(draft.exitCode, 0);
        QCOMPARE(draft.err, QString());
        QVERIFY2(draft.out.startsWith(QStringLiteral("Boundary policy: draft (not published)\n")),
                 qPrintable(draft.out));
        QVERIFY(draft.out.contains(QStringLiteral("Boundaries (11)")));
        QVERIFY(draft.out.contains(QStringLiteral("[after_hours_contact]")));

        const QJsonObject json = showJson({QStringLiteral("--draft")});
        QCOMPARE(json.value(QStringLiteral("draft")).toBool(), true);
        QVERIFY(json.value(QStringLiteral("version")).isNull());
        QVERIFY(json.value(QStringLiteral("published_at")).isNull());
        QVERIFY(json.value(QStringLiteral("based_on_version")).isNull());
        QCOMPARE(json.value(QStringLiteral("sha256")).toString(), coreDraftHash());
        QCOMPARE(json.value(QStringLiteral("boundaries")).toArray().size(), 11);
    }

    void publishPrintsTheVersionAndTheCoreHash() {
        const QString expected = coreDraftHash();
        QCOMPARE(expected.size(), 64);
        const auto output = policy({QStringLiteral("publish")});
        QCOMPARE(output.exitCode, 0);
        QCOMPARE(output.err, QString());
        QCOMPARE(output.out, QStringLiteral("Published version 1.\nSHA-256: %1\n").arg(expected));

        const std::unique_ptr<Database> database = test::openDatabase(m_database);
        QVERIFY(database);
        const Result<PolicyVersion> stored = PolicyService(*database).version(1);
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().sha256, expected);
        QCOMPARE(PolicyCanonical::sha256(stored.value().document), expected);
    }

    void publishingTheSameDraftTwiceIsRefused() {
        QVERIFY(!publish().isEmpty());
        const auto second = policy({QStringLiteral("publish")});
        QCOMPARE(second.exitCode, 1);
        verifyOneErrorLine(
            second,
            QStringLiteral("The draft is the same as version 1, so there is nothing new to publish."));
        QCOMPARE(
            parsed(policy({QStringLiteral("versions"), QStringLiteral("--format"), QStringLiteral("json")}))
                .array()
                .size(),
            1);
    }

    void publishCountsClientsWhoNeedToAcknowledgeAgain() {
        QVERIFY(!publish().isEmpty());
        {
            const std::unique_ptr<Database> database = test::openDatabase(m_database);
            QVERIFY(database);
            Client client;
            client.fullName = QStringLiteral("Ada Lovelace");
            const Result<qint64> id = ClientService(*database).add(client);
            QVERIFY(id.ok());
            QVERIFY(AcknowledgementRepository(*database)
                        .record(id.value(), 1, QDateTime::currentDateTimeUtc())
                        .ok());
        }
        editDraft([](PolicyDocument &document) {
            document.boundaries.first().title += QStringLiteral(" (revised)");
        });
        const auto output = policy({QStringLiteral("publish")});
        QCOMPARE(output.exitCode, 0);
        QVERIFY2(output.out.startsWith(QStringLiteral("Published version 2.\n")), qPrintable(output.out));
        QVERIFY2(output.out.endsWith(QStringLiteral(
                     "1 client acknowledged an older version and now needs to acknowledge this one.\n")),
                 qPrintable(output.out));
    }

    void showJsonHoldsTheVersionItsHashAndEveryBoundary() {
        const QString hash = publish();
        QVERIFY(!hash.isEmpty());
        for (const QStringList &arguments :
             {QStringList(), QStringList{QStringLiteral("--version"), QStringLiteral("1")}}) {
            const QJsonObject json = showJson(arguments);
            QCOMPARE(json.value(QStringLiteral("version")).toInt(), 1);
            QCOMPARE(json.value(QStringLiteral("draft")).toBool(), false);
            const QString sha256 = json.value(QStringLiteral("sha256")).toString();
            QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(sha256).hasMatch(),
                     qPrintable(sha256));
            QCOMPARE(sha256, hash);
            QCOMPARE(sha256, coreDraftHash());
            const QString publishedAt = json.value(QStringLiteral("published_at")).toString();
            QVERIFY2(publishedAt.endsWith(QLatin1Char('Z')), qPrintable(publishedAt));
            QVERIFY(QDateTime::fromString(publishedAt, Qt::ISODateWithMs).isValid());

            const QJsonArray boundaries = json.value(QStringLiteral("boundaries")).toArray();
            QCOMPARE(boundaries.size(), 11);
            const PolicyDocument defaults = PolicyDocument::defaults();
            for (qsizetype i = 0; i < boundaries.size(); ++i) {
                const QJsonObject boundary = boundaries.at(i).toObject();
                QStringList keys = boundary.keys();
                keys.sort();
                QCOMPARE(keys, (QStringList{QStringLiteral("appropriate"), QStringLiteral("consequence"),
                                            QStringLiteral("description"), QStringLiteral("key"),
                                            QStringLiteral("title")}));
                QCOMPARE(boundary.value(QStringLiteral("key")).toString(), defaults.boundaries.at(i).key);
                QCOMPARE(boundary.value(QStringLiteral("consequence")).toString(),
                         PolicyCanonical::normalized(defaults.boundaries.at(i).consequence.trimmed()));
                QVERIFY(!boundary.value(QStringLiteral("description")).toString().isEmpty());
                QVERIFY(!boundary.value(QStringLiteral("appropriate")).toString().isEmpty());
            }
            const QJsonArray ladder = json.value(QStringLiteral("ladder")).toArray();
            QCOMPARE(ladder.size(), defaults.ladder.size());
            QCOMPARE(ladder.first().toObject().value(QStringLiteral("key")).toString(),
                     defaults.ladder.first().key);
            QVERIFY(ladder.first().toObject().contains(QStringLiteral("description")));
        }
    }

    void showTextIsAReadableDocument() {
        const QString hash = publish();
        const auto output = policy({QStringLiteral("show")});
        QCOMPARE(output.exitCode, 0);
        QCOMPARE(output.err, QString());
        const PolicyDocument defaults = PolicyDocument::defaults();
        QVERIFY2(output.out.startsWith(QStringLiteral("Boundary policy, version 1\n")),
                 qPrintable(output.out));
        QVERIFY(output.out.contains(QStringLiteral("SHA-256:    %1\n").arg(hash)));
        QVERIFY(output.out.contains(QStringLiteral("Boundaries (11)")));
        QVERIFY(output.out.contains(
            QStringLiteral("1. %1 [%2]\n")
                .arg(defaults.boundaries.first().title, defaults.boundaries.first().key)));
        QVERIFY(output.out.contains(QStringLiteral("   Consequence: ")));
        QVERIFY(
            output.out.contains(QStringLiteral("Consequence ladder (%1 steps)").arg(defaults.ladder.size())));
    }

    void showRefusesUnknownVersionsAndBadArguments_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("a version that was never published is refused")
            << QStringList{QStringLiteral("--version"), QStringLiteral("7")} << 1
            << QStringLiteral("There is no published policy version 7.");
        QTest::newRow("a version that is not a number is wrong usage")
            << QStringList{QStringLiteral("--version"), QStringLiteral("latest")} << 2
            << QStringLiteral("“latest” is not a policy version");
        QTest::newRow("version zero is wrong usage")
            << QStringList{QStringLiteral("--version"), QStringLiteral("0")} << 2
            << QStringLiteral("“0” is not a policy version");
        QTest::newRow("a version and the draft together is wrong usage")
            << QStringList{QStringLiteral("--version"), QStringLiteral("1"), QStringLiteral("--draft")} << 2
            << QStringLiteral("Choose either --version or --draft, not both.");
        QTest::newRow("an unknown format is wrong usage")
            << QStringList{QStringLiteral("--format"), QStringLiteral("table")} << 2
            << QStringLiteral("“table” is not a format here. Use one of: text|json.");
    }

    void showRefusesUnknownVersionsAndBadArguments() {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QVERIFY(!publish().isEmpty());
        const auto output = policy(QStringList{QStringLiteral("show")} + arguments);
        QCOMPARE(output.exitCode, exitCode);
        verifyOneErrorLine(output, message);
    }

    void versionsListsEveryPublishedVersion() {
        const auto empty = policy({QStringLiteral("versions")});
        QCOMPARE(empty.exitCode, 0);
        QCOMPARE(empty.out, QStringLiteral("No policy version has been published yet.\n"));
        QCOMPARE(
            parsed(policy({QStringLiteral("versions"), QStringLiteral("--format"), QStringLiteral("json")}))
                .array()
                .size(),
            0);

        const QString first = publish();
        editDraft([](PolicyDocument &document) {
            document.boundaries.append({QStringLiteral("punctuality"), QStringLiteral("Starting on time"),
                                        QStringLiteral("Sessions start and end at the agreed time."),
                                        QStringLiteral("Arrive a few minutes early."),
                                        QStringLiteral("A late start is not made up."), false});
        });
        const QString second = publish();
        QVERIFY(!first.isEmpty() && !second.isEmpty() && first != second);

        const QJsonArray versions =
            parsed(policy({QStringLiteral("versions"), QStringLiteral("--format"), QStringLiteral("json")}))
                .array();
        QCOMPARE(versions.size(), 2);
        const QJsonObject v1 = versions.at(0).toObject();
        const QJsonObject v2 = versions.at(1).toObject();
        QCOMPARE(v1.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(v1.value(QStringLiteral("sha256")).toString(), first);
        QCOMPARE(v1.value(QStringLiteral("boundary_count")).toInt(), 11);
        QVERIFY(v1.value(QStringLiteral("published_at")).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(v2.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(v2.value(QStringLiteral("sha256")).toString(), second);
        QCOMPARE(v2.value(QStringLiteral("boundary_count")).toInt(), 12);

        const auto table = policy({QStringLiteral("versions")});
        QCOMPARE(table.exitCode, 0);
        const QStringList lines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("Version  Published")), qPrintable(lines.at(0)));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("1 ")));
        QVERIFY(lines.at(1).contains(QStringLiteral("  %1  ").arg(first.left(12))));
        QVERIFY(!table.out.contains(first));
        QVERIFY(lines.at(2).endsWith(QStringLiteral("  12")));

        const QList<QStringList> csv = test::parseCsv(
            policy({QStringLiteral("versions"), QStringLiteral("--format"), QStringLiteral("csv")}).out);
        QCOMPARE(csv.size(), 3);
        QCOMPARE(csv.at(0), (QStringList{QStringLiteral("version"), QStringLiteral("published_at"),
                                         QStringLiteral("sha256"), QStringLiteral("boundary_count")}));
        QCOMPARE(csv.at(2).at(2), second);
    }

    void diffShowsWhatChangedFieldByField() {
        QVERIFY(!publish().isEmpty());
        const PolicyDocument defaults = PolicyDocument::defaults();
        const QString changedKey = QStringLiteral("after_hours_contact");
        const QString oldConsequence =
            PolicyCanonical::normalized(defaults.boundary(changedKey)->consequence.trimmed());
        const QString newConsequence =
            QStringLiteral("Calls after hours go to voicemail and are returned next day.");
        const QString retiredKey = defaults.boundaries.last().key;
        const QString movedKey = defaults.boundaries.at(2).key;
        editDraft([&](PolicyDocument &document) {
            document.boundary(changedKey)->consequence = newConsequence;
            document.boundary(retiredKey)->retired = true;
            document.boundaries.move(2, 6);
            document.boundaries.append({QStringLiteral("punctuality"), QStringLiteral("Starting on time"),
                                        QStringLiteral("Sessions start and end at the agreed time."),
                                        QStringLiteral("Arrive a few minutes early."),
                                        QStringLiteral("A late start is not made up."), false});
            document.ladder.first().title = QStringLiteral("A calm conversation");
        });
        QVERIFY(!publish().isEmpty());

        const QJsonObject diff =
            parsed(policy({QStringLiteral("diff"), QStringLiteral("1"), QStringLiteral("2"),
                           QStringLiteral("--format"), QStringLiteral("json")}))
                .object();
        QCOMPARE(diff.value(QStringLiteral("from")).toObject().value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(diff.value(QStringLiteral("to")).toObject().value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(
            diff.value(QStringLiteral("to")).toObject().value(QStringLiteral("sha256")).toString().size(),
            64);
        QCOMPARE(diff.value(QStringLiteral("identical")).toBool(), false);
        const QJsonArray boundaries = diff.value(QStringLiteral("boundaries")).toArray();

        const QJsonObject changed = changeOf(boundaries, changedKey);
        QCOMPARE(changed.value(QStringLiteral("change")).toString(), QStringLiteral("changed"));
        const QJsonArray fields = changed.value(QStringLiteral("fields")).toArray();
        QCOMPARE(fields.size(), 1);
        QCOMPARE(fields.first().toObject().value(QStringLiteral("field")).toString(),
                 QStringLiteral("consequence"));
        QCOMPARE(fields.first().toObject().value(QStringLiteral("old")).toString(), oldConsequence);
        QCOMPARE(fields.first().toObject().value(QStringLiteral("new")).toString(), newConsequence);

        const QJsonObject added = changeOf(boundaries, QStringLiteral("punctuality"));
        QCOMPARE(added.value(QStringLiteral("change")).toString(), QStringLiteral("added"));
        QVERIFY(added.value(QStringLiteral("old_position")).isNull());
        QCOMPARE(added.value(QStringLiteral("new_position")).toInt(), 11);

        const QJsonObject removed = changeOf(boundaries, retiredKey);
        QCOMPARE(removed.value(QStringLiteral("change")).toString(), QStringLiteral("removed"));
        QCOMPARE(removed.value(QStringLiteral("old_position")).toInt(), 11);
        QVERIFY(removed.value(QStringLiteral("new_position")).isNull());

        const QJsonObject moved = changeOf(boundaries, movedKey);
        QCOMPARE(moved.value(QStringLiteral("moved")).toBool(), true);
        QCOMPARE(moved.value(QStringLiteral("old_position")).toInt(), 3);
        QCOMPARE(moved.value(QStringLiteral("new_position")).toInt(), 7);
        QCOMPARE(moved.value(QStringLiteral("fields")).toArray().size(), 0);
        QCOMPARE(boundaries.size(), 4);

        const QJsonArray ladder = diff.value(QStringLiteral("ladder")).toArray();
        QCOMPARE(ladder.size(), 1);
        QCOMPARE(ladder.first().toObject().value(QStringLiteral("new_title")).toString(),
                 QStringLiteral("A calm conversation"));

        const auto text = policy({QStringLiteral("diff"), QStringLiteral("1"), QStringLiteral("2")});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.err, QString());
        for (const QString &expected :
             {QStringLiteral("Changes from version 1 to version 2\n"), QStringLiteral("  Changed: "),
              QStringLiteral("    Consequence:\n      - %1\n      + %2\n")
                  .arg(oldConsequence, newConsequence),
              QStringLiteral("  Added: Starting on time [punctuality], at position 11\n"),
              QStringLiteral("  Removed: %1 [%2], was at position 11\n")
                  .arg(defaults.boundaries.last().title, retiredKey),
              QStringLiteral("(moved from position 3 to 7)"), QStringLiteral("+ A calm conversation")}) {
            QVERIFY2(text.out.contains(expected),
                     qPrintable(expected + QStringLiteral("\n---\n") + text.out));
        }

        const auto same = policy({QStringLiteral("diff"), QStringLiteral("2"), QStringLiteral("2")});
        QCOMPARE(same.exitCode, 0);
        QCOMPARE(same.out, QStringLiteral("Versions 2 and 2 have the same content.\n"));
    }

    void diffRefusesUnknownVersions_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("an unpublished newer version is refused")
            << QStringList{QStringLiteral("1"), QStringLiteral("3")} << 1
            << QStringLiteral("There is no published policy version 3.");
        QTest::newRow("an unpublished older version is refused")
            << QStringList{QStringLiteral("9"), QStringLiteral("1")} << 1
            << QStringLiteral("There is no published policy version 9.");
        QTest::newRow("a word instead of a version is wrong usage")
            << QStringList{QStringLiteral("one"), QStringLiteral("1")} << 2
            << QStringLiteral("“one” is not a policy version");
        QTest::newRow("a missing second version is wrong usage")
            << QStringList{QStringLiteral("1")} << 2 << QStringLiteral("Missing B.");
    }

    void diffRefusesUnknownVersions() {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QVERIFY(!publish().isEmpty());
        const auto output = policy(QStringList{QStringLiteral("diff")} + arguments);
        QCOMPARE(output.exitCode, exitCode);
        verifyOneErrorLine(output, message);
    }

    void readOnlyDatabaseRefusesToPublish() {
        QVERIFY(!publish().isEmpty());
        editDraft([](PolicyDocument &document) {
            document.boundaries.first().title += QStringLiteral(" (revised)");
        });
        QVERIFY(QFile::setPermissions(m_database, QFile::ReadOwner));
        const auto refused = policy({QStringLiteral("publish")});
        QCOMPARE(refused.exitCode, 1);
        verifyOneErrorLine(refused, QStringLiteral("read-only"));
        const auto versions =
            policy({QStringLiteral("versions"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(QFile::setPermissions(m_database, QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(parsed(versions).array().size(), 1);
    }

    void missingDatabaseIsRefusedWithoutCreatingIt() {
        const QString missing = m_dir->filePath(QStringLiteral("missing.sqlite"));
        for (const QStringList &command :
             {QStringList{QStringLiteral("policy"), QStringLiteral("show")},
              QStringList{QStringLiteral("policy"), QStringLiteral("versions")},
              QStringList{QStringLiteral("policy"), QStringLiteral("diff"), QStringLiteral("1"),
                          QStringLiteral("2")},
              QStringList{QStringLiteral("policy"), QStringLiteral("publish")}}) {
            const auto output = m_cli->run(missing, command);
            QCOMPARE(output.exitCode, 1);
            verifyOneErrorLine(output, QStringLiteral("There is no database at"));
        }
        QVERIFY(!QFile::exists(missing));
    }

    void demoHasTwoVersionsAndADraft() {
        const auto versions =
            m_cli->run({QStringLiteral("--demo"), QStringLiteral("policy"), QStringLiteral("versions"),
                        QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray list = parsed(versions).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("version")).toInt(), 2);

        const auto table =
            m_cli->run({QStringLiteral("--demo"), QStringLiteral("policy"), QStringLiteral("versions")});
        QCOMPARE(table.exitCode, 0);
        QCOMPARE(table.out.count(QLatin1Char('\n')), 3);

        const auto diff = m_cli->run({QStringLiteral("--demo"), QStringLiteral("policy"),
                                      QStringLiteral("diff"), QStringLiteral("1"), QStringLiteral("2")});
        QCOMPARE(diff.exitCode, 0);
        QVERIFY2(diff.out.contains(QStringLiteral("[punctuality]")), qPrintable(diff.out));

        const auto draft =
            m_cli->run({QStringLiteral("--demo"), QStringLiteral("policy"), QStringLiteral("show"),
                        QStringLiteral("--draft"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(parsed(draft).object().value(QStringLiteral("based_on_version")).toInt(), 2);
    }

    void everyCommandHasHelp_data() {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("show documents its JSON keys")
            << QStringLiteral("show") << QStringLiteral("published_at");
        QTest::newRow("versions documents its keys")
            << QStringLiteral("versions") << QStringLiteral("boundary_count");
        QTest::newRow("diff documents its keys") << QStringLiteral("diff") << QStringLiteral("old_position");
        QTest::newRow("publish says versions never change")
            << QStringLiteral("publish") << QStringLiteral("never changes");
    }

    void everyCommandHasHelp() {
        QFETCH(QString, command);
        QFETCH(QString, mentions);
        const auto output = policy({command, QStringLiteral("--help")});
        QCOMPARE(output.exitCode, 0);
        QCOMPARE(output.err, QString());
        QVERIFY2(
            output.out.startsWith(
                QStringLiteral("Usage: boundary-keeper-cli [--db PATH|URL | --demo] policy %1").arg(command)),
            qPrintable(output.out));
        QVERIFY2(output.out.contains(mentions), qPrintable(output.out));

        const auto group = m_cli->run({QStringLiteral("policy"), QStringLiteral("--help")});
        QCOMPARE(group.exitCode, 0);
        QVERIFY(group.out.contains(QStringLiteral("policy %1").arg(command)));
    }
};

QTEST_GUILESS_MAIN(TestCliPolicy)
#include "tst_CliPolicy.moc"
