// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/Agreement.h"
#include "app/clients/ClientService.h"
#include "app/common/Clock.h"
#include "app/dashboard/DashboardReport.h"
#include "app/dashboard/DashboardService.h"
#include "tests/core/AgreementFixture.h"
#include "tests/support/DashboardDataSet.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bk;

namespace {

/// What the core says in one shipped language.
struct Expected {
    QLocale::Language language;
    QString invalidEmail;    // the validation message for "dana@"
    QString emptyName;       // the validation message for a blank name
    QString monthsHeading;   // a heading of the dashboard report
    QString firstPage;       // its page footer
    QString octoberRow;      // 5 client incidents, 2 active clients: plural forms
    QString oneClient;       // repeat band: singular
    QString threeClients;    // repeat band: plural
    QString eveRow;          // 1 incident, 1 active client: singular forms
    QString cleoIncidents;   // 2 incidents
    QString englishLeftover; // must not appear in the report
    QString intent;          // the agreement's statement of intent for Dana Weber and Northbridge Coaching
    QString consentStart;    // how the agreement's consent to sign electronically begins
};

const QList<Expected> &expectations() {
    static const QList<Expected> all{
        {QLocale::German,
         QStringLiteral("„dana@“ ist keine E-Mail-Adresse; sie sollte wie name@example.com aussehen."),
         QStringLiteral("Geben Sie den vollständigen Namen der Klient:in ein."),
         QStringLiteral("Vorfälle pro Monat"), QStringLiteral("Seite 1 von 7"),
         QStringLiteral("5 Vorfälle, 2 aktive Klient:innen"), QStringLiteral("1 Klient:in"),
         QStringLiteral("3 Klient:innen"), QStringLiteral("1 Vorfall, 1 aktive Klient:in"),
         QStringLiteral("2 Vorfälle"), QStringLiteral("incident"),
         QStringLiteral(
             "Mit meiner Unterschrift bestätige ich, Dana Weber, dass wir jede Grenze dieser "
             "Vereinbarung besprochen haben, dass meine Fragen beantwortet wurden und dass ich mit "
             "Northbridge Coaching zu diesen Bedingungen zusammenarbeiten möchte."),
         QStringLiteral("Ich bin damit einverstanden, diese Vereinbarung elektronisch zu unterschreiben.")},
        {QLocale::Spanish,
         QStringLiteral("«dana@» no es una dirección de correo electrónico; debería tener la forma "
                        "nombre@ejemplo.com."),
         QStringLiteral("Introduzca el nombre completo del cliente."), QStringLiteral("Incidentes por mes"),
         QStringLiteral("Página 1 de 7"), QStringLiteral("5 incidentes, 2 clientes activos"),
         QStringLiteral("1 cliente"), QStringLiteral("3 clientes"),
         QStringLiteral("1 incidente, 1 cliente activo"), QStringLiteral("2 incidentes"),
         QStringLiteral("active client"),
         QStringLiteral("Con mi firma, yo, Dana Weber, confirmo que hemos hablado de cada uno de los límites "
                        "de este acuerdo, que se han respondido mis preguntas y que tengo la intención de "
                        "trabajar con Northbridge Coaching en estos términos."),
         QStringLiteral("Acepto firmar este acuerdo electrónicamente.")},
        // French puts a no-break space (U+00A0) inside « » and before ; : ? !
        {QLocale::French,
         QStringLiteral("«\u00A0dana@\u00A0» n’est pas une adresse e-mail\u00A0; elle devrait ressembler à "
                        "nom@exemple.com."),
         QStringLiteral("Saisissez le nom complet du client."), QStringLiteral("Incidents par mois"),
         QStringLiteral("Page 1 sur 7"), QStringLiteral("5 incidents, 2 clients actifs"),
         QStringLiteral("1 client"), QStringLiteral("3 clients"),
         QStringLiteral("1 incident, 1 client actif"), QStringLiteral("2 incidents"),
         QStringLiteral("active client"),
         QStringLiteral(
             "En signant, je soussigné(e), Dana Weber, confirme que nous avons discuté de chacune des "
             "limites de cet accord, que mes questions ont reçu une réponse et que j’ai l’intention "
             "de travailler avec Northbridge Coaching selon ces conditions."),
         QStringLiteral("J’accepte de signer cet accord électroniquement.")},
    };
    return all;
}

} // namespace

/// The core in each shipped language, as the programs install it from the system locale: ctest runs this
/// test once per language (tst_GermanTranslation, tst_SpanishTranslation, tst_FrenchTranslation) with LANG
/// and LANGUAGE set. Validation messages, the agreement's texts and the PDF dashboard report, plural forms
/// included. The English forms are asserted by tst_DashboardReport, which runs with LANG=C.UTF-8.
class tst_CoreTranslation : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    test::DashboardDataSet m_set;
    Expected m_expected;

    // The text of every page of the dashboard report for the data set's period, for one client or all.
    QString reportText(std::optional<qint64> client) const {
        Result<DashboardFigures> figures = DashboardService(*m_db).compute(DashboardRequest{
            test::DashboardDataSet::periodFrom(), test::DashboardDataSet::periodTo(), client});
        if (!figures) {
            QTest::qFail(qPrintable(figures.error().message), __FILE__, __LINE__);
            return {};
        }
        const Result<QByteArray> pdf = DashboardReport::renderPdf(figures.value());
        if (!pdf) {
            QTest::qFail(qPrintable(pdf.error().message), __FILE__, __LINE__);
            return {};
        }
        // One line: a table cell may wrap a longer translation anywhere.
        return test::pdfText(pdf.value()).simplified();
    }

private Q_SLOTS:
    void initTestCase() {
        test::initTestEnvironment();
        const QLocale::Language language = QLocale().language();
        bool known = false;
        for (const Expected &expected : expectations()) {
            if (expected.language == language) {
                m_expected = expected;
                known = true;
            }
        }
        QVERIFY2(known, qPrintable(QStringLiteral("No expectations for %1; run with LANG set to a shipped "
                                                  "language.")
                                       .arg(QLocale::languageToString(language))));
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = test::openDatabase(m_dir->filePath(QStringLiteral("practice.sqlite")));
        QVERIFY(m_db);
        const Result<test::DashboardDataSet> set = test::addDashboardDataSet(*m_db);
        QVERIFY2(set.ok(), set.ok() ? "" : qPrintable(set.error().message));
        m_set = set.value();
    }
    void cleanupTestCase() { Clock::setNowFunction({}); }

    void validationMessageIsTranslated() {
        Client client;
        client.fullName = QStringLiteral("Dana Weber");
        client.email = QStringLiteral("dana@");
        const Result<qint64> added = ClientService(*m_db).add(client);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().message, m_expected.invalidEmail);
    }

    void emptyNameIsRefusedInTheLanguage() {
        Client client;
        client.fullName = QStringLiteral("  ");
        const Result<qint64> added = ClientService(*m_db).add(client);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().message, m_expected.emptyName);
    }

    void agreementTextsAreTranslated() {
        QCOMPARE(Agreement::defaultIntentText(QStringLiteral("Dana Weber"),
                                              QStringLiteral("Northbridge Coaching")),
                 m_expected.intent);
        const QString consent = Agreement::defaultConsentText();
        QVERIFY2(consent.startsWith(m_expected.consentStart), qPrintable(consent));
    }

    void reportSpeaksTheLanguageWithPluralForms() {
        const QString all = reportText(std::nullopt);
        QVERIFY2(all.contains(m_expected.monthsHeading), qPrintable(all));
        QVERIFY(all.contains(m_expected.firstPage));
        // October: 5 client incidents, Amy and Ben active.
        QVERIFY2(all.contains(m_expected.octoberRow), qPrintable(all));
        // Repeat bands: Eve once, Amy, Ben and Cleo two to five times.
        QVERIFY(all.contains(m_expected.oneClient));
        QVERIFY(all.contains(m_expected.threeClients));
        QVERIFY(!all.contains(m_expected.englishLeftover));

        // Eve alone: her one incident in November, when she was the one active client.
        const QString eve = reportText(m_set.eve);
        QVERIFY2(eve.contains(m_expected.eveRow), qPrintable(eve));
        // Cleo alone: her two incidents.
        const QString cleo = reportText(m_set.cleo);
        QVERIFY2(cleo.contains(m_expected.cleoIncidents), qPrintable(cleo));
    }
};

QTEST_MAIN(tst_CoreTranslation)
#include "tst_CoreTranslation.moc"
