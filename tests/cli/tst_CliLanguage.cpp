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
/// refusals and the dashboard in each shipped language (one row each), and counts in the singular and plural
/// of every language, English included.
class TestCliLanguage : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;
    QString m_database;
    test::DashboardDataSet m_set;

    // Runs the program in a language, as a user's environment would set it.
    void speak(const QString &locale, const QString &language) {
        m_cli->setEnvironmentVariable(QStringLiteral("LANG"), locale);
        m_cli->setEnvironmentVariable(QStringLiteral("LC_ALL"), locale);
        m_cli->setEnvironmentVariable(QStringLiteral("LANGUAGE"), language);
    }

    // The rows of every test that runs in a shipped language: the environment's columns.
    static void languageColumns() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
    }
    static QTestData &german(const char *name) {
        return QTest::newRow(name) << QStringLiteral("de_DE.UTF-8") << QStringLiteral("de");
    }
    static QTestData &spanish(const char *name) {
        return QTest::newRow(name) << QStringLiteral("es_ES.UTF-8") << QStringLiteral("es");
    }
    static QTestData &french(const char *name) {
        return QTest::newRow(name) << QStringLiteral("fr_FR.UTF-8") << QStringLiteral("fr");
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

    void aValidationErrorIsTranslated_data() {
        languageColumns();
        QTest::addColumn<QString>("message");
        german("in German") << QStringLiteral(
            "„dana@“ ist keine E-Mail-Adresse; sie sollte wie name@example.com aussehen.");
        spanish("in Spanish") << QStringLiteral(
            "«dana@» no es una dirección de correo electrónico; debería tener la forma nombre@ejemplo.com.");
        french("in French") << QStringLiteral("«\u00A0dana@\u00A0» n’est pas une adresse e-mail\u00A0; elle "
                                              "devrait ressembler à nom@exemple.com.");
    }
    void aValidationErrorIsTranslated() {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        QFETCH(QString, message);
        speak(locale, language);
        const auto output = m_cli->run(m_database, {QStringLiteral("clients"), QStringLiteral("add"),
                                                    QStringLiteral("--name"), QStringLiteral("Dana Weber"),
                                                    QStringLiteral("--email"), QStringLiteral("dana@")});
        const QString problem = test::refusalProblem(output, 1, message);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void aUsageErrorIsTranslated_data() {
        languageColumns();
        QTest::addColumn<QString>("unknownCommand");
        QTest::addColumn<QString>("seeHelp");
        german("in German") << QStringLiteral("Unbekannter Befehl „clients fly“.")
                            << QStringLiteral("Siehe „");
        spanish("in Spanish") << QStringLiteral("Comando desconocido «clients fly».")
                              << QStringLiteral("Consulte «");
        french("in French") << QStringLiteral("Commande inconnue «\u00A0clients fly\u00A0».")
                            << QStringLiteral("Voir «");
    }
    void aUsageErrorIsTranslated() {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        QFETCH(QString, unknownCommand);
        QFETCH(QString, seeHelp);
        speak(locale, language);
        const auto output = m_cli->run(m_database, {QStringLiteral("clients"), QStringLiteral("fly")});
        QCOMPARE(output.exitCode, 2);
        QVERIFY2(output.err.contains(unknownCommand), qPrintable(output.err));
        QVERIFY2(output.err.contains(seeHelp), qPrintable(output.err));
    }

    void helpIsTranslated_data() {
        languageColumns();
        QTest::addColumn<QString>("commands");
        german("in German") << QStringLiteral("Befehle:");
        spanish("in Spanish") << QStringLiteral("Comandos:");
        french("in French") << QStringLiteral("Commandes\u00A0:");
    }
    void helpIsTranslated() {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        QFETCH(QString, commands);
        speak(locale, language);
        const auto output = m_cli->run({QStringLiteral("--help")});
        QCOMPARE(output.exitCode, 0);
        QVERIFY2(output.out.contains(commands), qPrintable(output.out));
        QVERIFY(!output.out.contains(QStringLiteral("Commands:")));
    }

    void theDashboardCountsInTheLanguage_data() {
        languageColumns();
        QTest::addColumn<QString>("openIncidents");
        QTest::addColumn<QString>("fiveIncidents");
        QTest::addColumn<QString>("oneClient");
        QTest::addColumn<QString>("threeClients");
        QTest::addColumn<QString>("oneIncident");
        QTest::addColumn<QString>("twoIncidents");
        german("in German") << QStringLiteral("Offene Vorfälle") << QStringLiteral("5 Vorfälle, ")
                            << QStringLiteral("1 Klient:in\n") << QStringLiteral("3 Klient:innen\n")
                            << QStringLiteral("1 Vorfall, ") << QStringLiteral("2 Vorfälle, ");
        spanish("in Spanish") << QStringLiteral("Incidentes abiertos") << QStringLiteral("5 incidentes, ")
                              << QStringLiteral("1 cliente\n") << QStringLiteral("3 clientes\n")
                              << QStringLiteral("1 incidente, ") << QStringLiteral("2 incidentes, ");
        french("in French") << QStringLiteral("Incidents ouverts") << QStringLiteral("5 incidents, ")
                            << QStringLiteral("1 client\n") << QStringLiteral("3 clients\n")
                            << QStringLiteral("1 incident, ") << QStringLiteral("2 incidents, ");
    }
    void theDashboardCountsInTheLanguage() {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        QFETCH(QString, openIncidents);
        QFETCH(QString, fiveIncidents);
        QFETCH(QString, oneClient);
        QFETCH(QString, threeClients);
        QFETCH(QString, oneIncident);
        QFETCH(QString, twoIncidents);
        speak(locale, language);
        const QString all = dashboard();
        QVERIFY2(all.contains(openIncidents), qPrintable(all));
        QVERIFY(!all.contains(QStringLiteral("Open incidents")));
        // October: 5 client incidents. Repeat bands: Eve once, Amy, Ben and Cleo two to five times.
        QVERIFY2(all.contains(fiveIncidents), qPrintable(all));
        QVERIFY(all.contains(oneClient));
        QVERIFY(all.contains(threeClients));
        // Eve's one incident, in November.
        const QString eve = dashboard(m_set.eve);
        QVERIFY2(eve.contains(oneIncident), qPrintable(eve));
        const QString cleo = dashboard(m_set.cleo);
        QVERIFY2(cleo.contains(twoIncidents), qPrintable(cleo));
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
