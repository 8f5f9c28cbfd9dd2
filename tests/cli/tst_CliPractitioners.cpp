// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "tests/cli/CliRunner.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace bk;
using test::CliRunner;

/// `practitioners` with the real program: an owner adds practitioners on a practice server, shares and hands
/// over clients, and each practitioner then sees through the same program what the server allows them; a
/// database file refuses every one of these commands with a reason.
class TestCliPractitioners : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<CliRunner> m_cli;
    std::unique_ptr<test::PostgresDatabase> m_server;
    QStringList m_roles;

    QString login(const QString &name) const { return name + QLatin1Char('_') + m_server->name().right(10); }
    static QString password(const QString &login) {
        return QStringLiteral("pw ") + login + QStringLiteral("!");
    }
    QString ownerUrl() const { return QStringLiteral("postgresql:///") + m_server->name(); }
    QString urlAs(const QString &name) const {
        return QStringLiteral("postgresql://%1:%2@/%3")
            .arg(login(name), QString::fromLatin1(QUrl::toPercentEncoding(password(login(name)))),
                 m_server->name());
    }

    CliRunner::Output addPractitioner(const QString &name, const QStringList &options) {
        m_cli->setInput((password(login(name)) + QLatin1Char('\n')).toUtf8());
        const CliRunner::Output output =
            m_cli->run(ownerUrl(), QStringList{QStringLiteral("practitioners"), QStringLiteral("add"),
                                               login(name), QStringLiteral("--password-stdin")} +
                                       options);
        m_cli->setInput({});
        return output;
    }

    // The ids of the clients `name` sees with "clients list".
    QList<qint64> clientsSeenBy(const QString &url) {
        const QJsonArray rows =
            test::jsonOutput(m_cli->run(url, {QStringLiteral("clients"), QStringLiteral("list"),
                                              QStringLiteral("--format"), QStringLiteral("json")}))
                .array();
        QList<qint64> ids;
        for (const QJsonValue &row : rows)
            ids.append(row.toObject().value(QStringLiteral("id")).toInteger());
        return ids;
    }

private Q_SLOTS:
    void initTestCase() {
        test::initTestEnvironment();
        BK_REQUIRE_POSTGRES();
    }

    void init() {
        m_home = std::make_unique<QTemporaryDir>();
        m_cli = std::make_unique<CliRunner>(m_home->path());
    }

    void cleanup() {
        m_cli.reset();
        m_home.reset();
        if (m_server) {
            m_server.reset();
            // Roles belong to the whole server: gone with the database's grants, then the roles.
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("role-cleanup"));
            db.setDatabaseName(QStringLiteral("postgres"));
            if (db.open()) {
                for (const QString &role : std::as_const(m_roles))
                    QSqlQuery(db).exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role));
            }
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("role-cleanup"));
        }
        m_roles.clear();
    }

    void aFilePracticeRefusesEveryPractitionersCommand_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("list") << QStringList{QStringLiteral("list")};
        QTest::newRow("add") << QStringList{QStringLiteral("add"), QStringLiteral("anna"),
                                            QStringLiteral("--password-stdin")};
        QTest::newRow("set-role") << QStringList{QStringLiteral("set-role"), QStringLiteral("anna"),
                                                 QStringLiteral("owner")};
        QTest::newRow("share") << QStringList{QStringLiteral("share"), QStringLiteral("1"),
                                              QStringLiteral("anna")};
        QTest::newRow("unshare") << QStringList{QStringLiteral("unshare"), QStringLiteral("1"),
                                                QStringLiteral("anna")};
        QTest::newRow("hand-over") << QStringList{QStringLiteral("hand-over"), QStringLiteral("1"),
                                                  QStringLiteral("anna")};
        QTest::newRow("deactivate") << QStringList{QStringLiteral("deactivate"), QStringLiteral("anna")};
        QTest::newRow("reactivate") << QStringList{QStringLiteral("reactivate"), QStringLiteral("anna")};
    }
    void aFilePracticeRefusesEveryPractitionersCommand() {
        QFETCH(QStringList, arguments);
        const QString file = m_home->filePath(QStringLiteral("solo.sqlite"));
        QCOMPARE(m_cli
                     ->run(file, {QStringLiteral("clients"), QStringLiteral("add"), QStringLiteral("--name"),
                                  QStringLiteral("Amelia Hartley")})
                     .exitCode,
                 0);
        m_cli->setInput("secret\n");
        const CliRunner::Output output =
            m_cli->run(file, QStringList{QStringLiteral("practitioners")} + arguments);
        const QString problem =
            test::refusalProblem(output, 1, QStringLiteral("Managing practitioners needs a practice server"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The solo practitioner is the computer's user, responsible for the client.
        const QJsonObject client =
            test::jsonOutput(
                m_cli->run(file, {QStringLiteral("clients"), QStringLiteral("show"), QStringLiteral("1"),
                                  QStringLiteral("--format"), QStringLiteral("json")}))
                .object();
        QVERIFY(!client.value(QStringLiteral("responsible")).toString().isEmpty());
        QCOMPARE(client.value(QStringLiteral("created_by")), client.value(QStringLiteral("responsible")));
    }

    void showNamesWhoIsResponsibleAndWhoKeptTheRecord() {
        const QString file = m_home->filePath(QStringLiteral("solo.sqlite"));
        QCOMPARE(m_cli
                     ->run(file, {QStringLiteral("clients"), QStringLiteral("add"), QStringLiteral("--name"),
                                  QStringLiteral("Amelia Hartley")})
                     .exitCode,
                 0);
        const CliRunner::Output logged = m_cli->run(
            file, {QStringLiteral("incidents"), QStringLiteral("log"), QStringLiteral("--client"),
                   QStringLiteral("1"), QStringLiteral("--boundary"), QStringLiteral("golden_rule"),
                   QStringLiteral("--description"), QStringLiteral("Raised her voice.")});
        QVERIFY2(logged.exitCode == 0, qPrintable(logged.err));
        const QJsonObject incident =
            test::jsonOutput(
                m_cli->run(file, {QStringLiteral("incidents"), QStringLiteral("show"), QStringLiteral("1"),
                                  QStringLiteral("--format"), QStringLiteral("json")}))
                .object();
        const QString me = incident.value(QStringLiteral("responsible")).toString();
        QVERIFY(!me.isEmpty());
        QCOMPARE(incident.value(QStringLiteral("created_by")).toString(), me);
        QCOMPARE(incident.value(QStringLiteral("changed_by")).toString(), me);
        const QString clientText =
            m_cli->run(file, {QStringLiteral("clients"), QStringLiteral("show"), QStringLiteral("1")}).out;
        QVERIFY2(
            clientText.contains(QStringLiteral("Responsible:").leftJustified(17) + me + QLatin1Char('\n')),
            qPrintable(clientText));
        QVERIFY(
            clientText.contains(QStringLiteral("Created by:").leftJustified(17) + me + QLatin1Char('\n')));
        QVERIFY(
            clientText.contains(QStringLiteral("Changed by:").leftJustified(17) + me + QLatin1Char('\n')));
        const QString incidentText =
            m_cli->run(file, {QStringLiteral("incidents"), QStringLiteral("show"), QStringLiteral("1")}).out;
        QVERIFY2(
            incidentText.contains(QStringLiteral("Responsible:").leftJustified(14) + me + QLatin1Char('\n')),
            qPrintable(incidentText));
        QVERIFY(
            incidentText.contains(QStringLiteral("Changed by:").leftJustified(14) + me + QLatin1Char('\n')));
    }

    void anOwnerManagesPractitionersAndTheServerShowsEachTheirOwn() {
        m_server = std::make_unique<test::PostgresDatabase>();
        QVERIFY2(m_server->error().isEmpty(), qPrintable(m_server->error()));
        for (const QString &name : {QStringLiteral("anna"), QStringLiteral("ben"), QStringLiteral("cara")})
            m_roles.append(login(name));
        for (const QString &kind :
             {QStringLiteral("owner"), QStringLiteral("practitioner"), QStringLiteral("administrator")})
            m_roles.append(QStringLiteral("bk_%1_%2").arg(m_server->name(), kind));
        QCOMPARE(m_cli->run(ownerUrl(), {QStringLiteral("init")}).exitCode, 0);

        for (const auto &[name, options] :
             {std::pair{QStringLiteral("anna"),
                        QStringList{QStringLiteral("--name"), QStringLiteral("Anna Berg")}},
              std::pair{QStringLiteral("ben"), QStringList{}},
              std::pair{QStringLiteral("cara"),
                        QStringList{QStringLiteral("--role"), QStringLiteral("administrator")}}}) {
            const CliRunner::Output added = addPractitioner(name, options);
            QVERIFY2(added.exitCode == 0, qPrintable(added.err));
            QVERIFY(added.out.contains(login(name)));
        }
        // The same login twice, a wrong role and a missing password are refused with a reason.
        QCOMPARE(addPractitioner(QStringLiteral("ben"), {}).exitCode, 1);
        QCOMPARE(addPractitioner(QStringLiteral("dora"), {QStringLiteral("--role"), QStringLiteral("boss")})
                     .exitCode,
                 2);
        const CliRunner::Output noPassword = m_cli->run(
            ownerUrl(), {QStringLiteral("practitioners"), QStringLiteral("add"), QStringLiteral("dora")});
        QCOMPARE(noPassword.exitCode, 1);
        QVERIFY2(noPassword.err.contains(QStringLiteral("--password-stdin")), qPrintable(noPassword.err));

        const QJsonArray listed =
            test::jsonOutput(m_cli->run(ownerUrl(), {QStringLiteral("practitioners"), QStringLiteral("list"),
                                                     QStringLiteral("--format"), QStringLiteral("json")}))
                .array();
        QCOMPARE(listed.size(), 4);
        QHash<QString, QString> roles;
        for (const QJsonValue &row : listed)
            roles.insert(row.toObject().value(QStringLiteral("login")).toString(),
                         row.toObject().value(QStringLiteral("role")).toString());
        QCOMPARE(roles.value(login(QStringLiteral("anna"))), QStringLiteral("practitioner"));
        QCOMPARE(roles.value(login(QStringLiteral("cara"))), QStringLiteral("administrator"));
        QCOMPARE(std::count(roles.begin(), roles.end(), QStringLiteral("owner")), 1);

        // The owner adds a client and hands it to Anna: she sees it, Ben does not, until it is shared.
        QCOMPARE(m_cli
                     ->run(ownerUrl(), {QStringLiteral("clients"), QStringLiteral("add"),
                                        QStringLiteral("--name"), QStringLiteral("Amelia Hartley")})
                     .exitCode,
                 0);
        const CliRunner::Output handed =
            m_cli->run(ownerUrl(), {QStringLiteral("practitioners"), QStringLiteral("hand-over"),
                                    QStringLiteral("1"), login(QStringLiteral("anna"))});
        QVERIFY2(handed.exitCode == 0, qPrintable(handed.err));
        QCOMPARE(clientsSeenBy(urlAs(QStringLiteral("anna"))), QList<qint64>{1});
        QCOMPARE(clientsSeenBy(urlAs(QStringLiteral("ben"))), QList<qint64>{});
        const QJsonObject shown =
            test::jsonOutput(
                m_cli->run(urlAs(QStringLiteral("anna")),
                           {QStringLiteral("clients"), QStringLiteral("show"), QStringLiteral("1"),
                            QStringLiteral("--format"), QStringLiteral("json")}))
                .object();
        QCOMPARE(shown.value(QStringLiteral("responsible")).toString(), login(QStringLiteral("anna")));
        // The owner created the record and, handing it over, changed it last.
        QVERIFY(!shown.value(QStringLiteral("created_by")).toString().isEmpty());
        QCOMPARE(shown.value(QStringLiteral("changed_by")), shown.value(QStringLiteral("created_by")));
        QVERIFY(shown.value(QStringLiteral("created_by")).toString() != login(QStringLiteral("anna")));

        QCOMPARE(m_cli
                     ->run(ownerUrl(), {QStringLiteral("practitioners"), QStringLiteral("share"),
                                        QStringLiteral("1"), login(QStringLiteral("ben"))})
                     .exitCode,
                 0);
        QCOMPARE(clientsSeenBy(urlAs(QStringLiteral("ben"))), QList<qint64>{1});
        QCOMPARE(m_cli
                     ->run(ownerUrl(), {QStringLiteral("practitioners"), QStringLiteral("unshare"),
                                        QStringLiteral("1"), login(QStringLiteral("ben"))})
                     .exitCode,
                 0);
        QCOMPARE(clientsSeenBy(urlAs(QStringLiteral("ben"))), QList<qint64>{});

        // A practitioner cannot manage practitioners, nor publish the policy; an administrator sees no
        // client.
        m_cli->setInput("secret\n");
        const QString notOwner =
            test::refusalProblem(m_cli->run(urlAs(QStringLiteral("anna")),
                                            {QStringLiteral("practitioners"), QStringLiteral("add"),
                                             QStringLiteral("dora"), QStringLiteral("--password-stdin")}),
                                 1, QStringLiteral("Only an owner"));
        QVERIFY2(notOwner.isEmpty(), qPrintable(notOwner));
        m_cli->setInput({});
        QCOMPARE(
            m_cli->run(urlAs(QStringLiteral("anna")), {QStringLiteral("policy"), QStringLiteral("publish")})
                .exitCode,
            1);
        const CliRunner::Output asAdministrator =
            m_cli->run(urlAs(QStringLiteral("cara")), {QStringLiteral("clients"), QStringLiteral("list")});
        QCOMPARE(asAdministrator.exitCode, 1);
        QVERIFY2(asAdministrator.err.contains(QStringLiteral("permission denied")),
                 qPrintable(asAdministrator.err));

        // Anna passes her client on to Ben herself; Cara becomes an owner and sees everything.
        QCOMPARE(m_cli
                     ->run(urlAs(QStringLiteral("anna")),
                           {QStringLiteral("practitioners"), QStringLiteral("hand-over"), QStringLiteral("1"),
                            login(QStringLiteral("ben"))})
                     .exitCode,
                 0);
        QCOMPARE(clientsSeenBy(urlAs(QStringLiteral("anna"))), QList<qint64>{});
        QCOMPARE(clientsSeenBy(urlAs(QStringLiteral("ben"))), QList<qint64>{1});
        const CliRunner::Output promoted =
            m_cli->run(ownerUrl(), {QStringLiteral("practitioners"), QStringLiteral("set-role"),
                                    login(QStringLiteral("cara")), QStringLiteral("owner")});
        QCOMPARE(promoted.exitCode, 0);
        QCOMPARE(promoted.out.trimmed(),
                 QStringLiteral("%1 is now owner.").arg(login(QStringLiteral("cara"))));
        QCOMPARE(clientsSeenBy(urlAs(QStringLiteral("cara"))), QList<qint64>{1});
        // The role within a sentence is its own translation: German writes it with its capital.
        const QStringList localeVariables{QStringLiteral("LANG"), QStringLiteral("LC_ALL"),
                                          QStringLiteral("LANGUAGE")};
        for (const QString &variable : localeVariables)
            m_cli->setEnvironmentVariable(variable, variable == QLatin1String("LANGUAGE")
                                                        ? QStringLiteral("de")
                                                        : QStringLiteral("de_DE.UTF-8"));
        const CliRunner::Output inGerman =
            m_cli->run(ownerUrl(), {QStringLiteral("practitioners"), QStringLiteral("set-role"),
                                    login(QStringLiteral("cara")), QStringLiteral("owner")});
        for (const QString &variable : localeVariables)
            m_cli->setEnvironmentVariable(variable, qEnvironmentVariable(qPrintable(variable)));
        QCOMPARE(inGerman.exitCode, 0);
        QCOMPARE(inGerman.out.trimmed(),
                 QStringLiteral("%1 ist jetzt Inhaber:in.").arg(login(QStringLiteral("cara"))));
        QCOMPARE(m_cli
                     ->run(ownerUrl(), {QStringLiteral("practitioners"), QStringLiteral("set-role"),
                                        login(QStringLiteral("cara")), QStringLiteral("boss")})
                     .exitCode,
                 2);

        // A practitioner's export of the whole practice holds what they may see, and says whose view it is.
        for (const auto &[name, clients] :
             {std::pair{QStringLiteral("anna"), 0}, std::pair{QStringLiteral("ben"), 1}}) {
            const QString out = m_home->filePath(QStringLiteral("export-") + name);
            const CliRunner::Output exported =
                m_cli->run(urlAs(name), {QStringLiteral("export"), QStringLiteral("practice"),
                                         QStringLiteral("--out"), out});
            QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
            QFile file(out + QStringLiteral("/manifest.json"));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QJsonObject manifest = QJsonDocument::fromJson(file.readAll()).object();
            const QJsonObject view = manifest.value(QStringLiteral("view")).toObject();
            QCOMPARE(view.value(QStringLiteral("practitioner")).toString(), login(name));
            QVERIFY(!view.value(QStringLiteral("complete")).toBool());
            qint64 rows = -1;
            for (const QJsonValue &table : manifest.value(QStringLiteral("tables")).toArray()) {
                if (table.toObject().value(QStringLiteral("name")).toString() == QLatin1String("clients"))
                    rows = table.toObject().value(QStringLiteral("rows")).toInteger();
            }
            QCOMPARE(rows, clients);
        }

        // Ben leaves: his client goes to Anna in the same change, and his sign-in is refused from then on.
        const CliRunner::Output refusedByAnna = m_cli->run(
            urlAs(QStringLiteral("anna")),
            {QStringLiteral("practitioners"), QStringLiteral("deactivate"), login(QStringLiteral("ben"))});
        QCOMPARE(refusedByAnna.exitCode, 1);
        QVERIFY2(refusedByAnna.err.contains(QStringLiteral("Only an owner")), qPrintable(refusedByAnna.err));
        const CliRunner::Output stillResponsible =
            m_cli->run(ownerUrl(), {QStringLiteral("practitioners"), QStringLiteral("deactivate"),
                                    login(QStringLiteral("ben"))});
        QCOMPARE(stillResponsible.exitCode, 1);
        QVERIFY2(stillResponsible.err.contains(QStringLiteral("still responsible for 1 client")),
                 qPrintable(stillResponsible.err));
        const CliRunner::Output deactivated =
            m_cli->run(ownerUrl(), {QStringLiteral("practitioners"), QStringLiteral("deactivate"),
                                    login(QStringLiteral("ben")), QStringLiteral("--hand-over-to"),
                                    login(QStringLiteral("anna"))});
        QVERIFY2(deactivated.exitCode == 0, qPrintable(deactivated.err));
        QVERIFY2(deactivated.out.contains(QStringLiteral("can no longer sign in")),
                 qPrintable(deactivated.out));
        QCOMPARE(clientsSeenBy(urlAs(QStringLiteral("anna"))), QList<qint64>{1});
        const CliRunner::Output bensSignIn =
            m_cli->run(urlAs(QStringLiteral("ben")), {QStringLiteral("clients"), QStringLiteral("list")});
        QCOMPARE(bensSignIn.exitCode, 1);
        QVERIFY2(bensSignIn.err.contains(QStringLiteral("not permitted to log in")),
                 qPrintable(bensSignIn.err));
        const QJsonArray afterLeaving =
            test::jsonOutput(m_cli->run(ownerUrl(), {QStringLiteral("practitioners"), QStringLiteral("list"),
                                                     QStringLiteral("--format"), QStringLiteral("json")}))
                .array();
        bool benInactive = false;
        for (const QJsonValue &row : afterLeaving) {
            if (row.toObject().value(QStringLiteral("login")).toString() == login(QStringLiteral("ben")))
                benInactive = !row.toObject().value(QStringLiteral("active")).toBool();
        }
        QVERIFY(benInactive);
        QCOMPARE(m_cli
                     ->run(ownerUrl(), {QStringLiteral("practitioners"), QStringLiteral("reactivate"),
                                        login(QStringLiteral("ben"))})
                     .exitCode,
                 0);
        QCOMPARE(clientsSeenBy(urlAs(QStringLiteral("ben"))), QList<qint64>{});
    }
};

QTEST_GUILESS_MAIN(TestCliPractitioners)
#include "tst_CliPractitioners.moc"
