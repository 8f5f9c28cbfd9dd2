// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/Clock.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/DashboardDataSet.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bk;
using test::CliRunner;

/// The real boundary-keeper-cli speaks the language of its environment (LANG, LC_ALL, LANGUAGE): errors,
/// refusals and the dashboard in German, and counts in the singular and plural of either language.
class TestCliLanguage : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;
    QString m_database;
    test::DashboardDataSet m_set;

    void speakGerman() {
        m_cli->setEnvironmentVariable(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        m_cli->setEnvironmentVariable(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        m_cli->setEnvironmentVariable(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    }

    // The dashboard's text for the data set's period, for one client or all.
    QString dashboard(std::optional<qint64> client = std::nullopt) const {
        QStringList arguments = {QStringLiteral("dashboard"), QStringLiteral("--from"),
                                 QStringLiteral("2026-10-01"), QStringLiteral("--to"),
                                 QStringLiteral("2026-11-20")};
        if (client)
            arguments << QStringLiteral("--client") << QString::number(*client);
        const auto output = m_cli->run(m_database, arguments);
        if (output.exitCode != 0 || !output.err.isEmpty())
            QTest::qFail(qPrintable(output.err), __FILE__, __LINE__);
        return output.out;
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_cli = std::make_unique<CliRunner>(m_dir->path());
        m_database = m_dir->filePath(QStringLiteral("praxis.sqlite"));
        const std::unique_ptr<Database> database = test::openDatabase(m_database);
        QVERIFY(database);
        const Result<test::DashboardDataSet> set = test::addDashboardDataSet(*database);
        QVERIFY2(set.ok(), set.ok() ? "" : qPrintable(set.error().message));
        m_set = set.value();
        Clock::setNowFunction({});
    }

    void aValidationErrorIsGerman() {
        speakGerman();
        const auto output = m_cli->run(m_database, {QStringLiteral("clients"), QStringLiteral("add"),
                                                    QStringLiteral("--name"), QStringLiteral("Dana Weber"),
                                                    QStringLiteral("--email"), QStringLiteral("dana@")});
        const QString problem = test::refusalProblem(
            output, 1,
            QStringLiteral("„dana@“ ist keine E-Mail-Adresse; sie sollte wie name@example.com aussehen."));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void aUsageErrorIsGerman() {
        speakGerman();
        const auto output = m_cli->run(m_database, {QStringLiteral("clients"), QStringLiteral("fly")});
        QCOMPARE(output.exitCode, 2);
        QVERIFY2(output.err.contains(QStringLiteral("Unbekannter Befehl „clients fly“.")),
                 qPrintable(output.err));
        QVERIFY2(output.err.contains(QStringLiteral("Siehe „")), qPrintable(output.err));
    }

    void helpIsGerman() {
        speakGerman();
        const auto output = m_cli->run({QStringLiteral("--help")});
        QCOMPARE(output.exitCode, 0);
        QVERIFY2(output.out.contains(QStringLiteral("Befehle:")), qPrintable(output.out));
        QVERIFY(!output.out.contains(QStringLiteral("Commands:")));
    }

    void theDashboardCountsInGerman() {
        speakGerman();
        const QString all = dashboard();
        QVERIFY2(all.contains(QStringLiteral("Offene Vorfälle")), qPrintable(all));
        // October: 5 client incidents. Repeat bands: Eve once, Amy, Ben and Cleo two to five times.
        QVERIFY2(all.contains(QStringLiteral("5 Vorfälle, ")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("1 Klient:in\n")));
        QVERIFY(all.contains(QStringLiteral("3 Klient:innen\n")));
        // Eve's one incident, in November.
        const QString eve = dashboard(m_set.eve);
        QVERIFY2(eve.contains(QStringLiteral("1 Vorfall, ")), qPrintable(eve));
        const QString cleo = dashboard(m_set.cleo);
        QVERIFY2(cleo.contains(QStringLiteral("2 Vorfälle, ")), qPrintable(cleo));
    }

    void theDashboardCountsInEnglish() {
        const QString all = dashboard();
        QVERIFY2(all.contains(QStringLiteral("5 incidents, ")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("1 client\n")));
        QVERIFY(all.contains(QStringLiteral("3 clients\n")));
        QVERIFY(!all.contains(QStringLiteral("1 clients")));
        const QString eve = dashboard(m_set.eve);
        QVERIFY2(eve.contains(QStringLiteral("1 incident, ")), qPrintable(eve));
        QVERIFY(!eve.contains(QStringLiteral("1 incidents")));
        QVERIFY(dashboard(m_set.cleo).contains(QStringLiteral("2 incidents, ")));
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_CliLanguage.moc"
