// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "tests/cli/CliRunner.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace bk;
using test::CliRunner;

/// backup and restore of a practice on a PostgreSQL server, run as the real program (pg_dump, pg_restore).
class TestCliServerBackup : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<CliRunner> m_cli;

    // The URL with the test server's password in it, as a user may give it: it reaches pg_dump, never output.
    static QString urlOf(const test::PostgresDatabase &database) {
        return QStringLiteral("postgresql:///") + database.name() + QStringLiteral("?password=") +
               QString::fromLatin1(QUrl::toPercentEncoding(test::postgresPassword()));
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_cli = std::make_unique<CliRunner>(m_home->path());
    }

    void aServerPracticeIsBackedUpAndRestoredIntoAnEmptyDatabase() {
        BK_REQUIRE_POSTGRES();
        const test::PostgresDatabase source;
        QVERIFY2(source.error().isEmpty(), qPrintable(source.error()));
        const QString url = urlOf(source);
        for (const QString &name : {QStringLiteral("Anna Schmidt"), QStringLiteral("Ben Okafor")})
            QCOMPARE(m_cli
                         ->run(url, {QStringLiteral("clients"), QStringLiteral("add"),
                                     QStringLiteral("--name"), name})
                         .exitCode,
                     0);
        const QString backup = m_home->filePath(QStringLiteral("practice.pgdump"));
        const CliRunner::Output backedUp =
            m_cli->run(url, {QStringLiteral("backup"), QStringLiteral("--out"), backup});
        QCOMPARE(backedUp.exitCode, 0);
        QVERIFY2(backedUp.err.isEmpty(), qPrintable(backedUp.err));
        QVERIFY(!backedUp.out.contains(test::postgresPassword()));
        QFile file(backup);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("PGDMP"));
        QCOMPARE(test::fileMode(backup), 0600);

        const test::PostgresDatabase empty;
        QVERIFY2(empty.error().isEmpty(), qPrintable(empty.error()));
        const CliRunner::Output restored =
            m_cli->run(urlOf(empty), {QStringLiteral("restore"), backup, QStringLiteral("--yes")});
        QCOMPARE(restored.exitCode, 0);
        QVERIFY2(restored.err.isEmpty(), qPrintable(restored.err));
        QVERIFY(!restored.out.contains(test::postgresPassword()));
        const QJsonArray clients =
            test::jsonOutput(m_cli->run(urlOf(empty), {QStringLiteral("clients"), QStringLiteral("list"),
                                                       QStringLiteral("--format"), QStringLiteral("json")}))
                .array();
        QCOMPARE(clients.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliServerBackup)
#include "tst_CliServerBackup.moc"
