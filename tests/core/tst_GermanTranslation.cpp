// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
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

/// The core in German, as the programs install it from the system locale (ctest runs this test with
/// LANG=de_DE.UTF-8 and LANGUAGE=de): validation messages and the PDF dashboard report, plural forms
/// included. The English forms are asserted by tst_DashboardReport, which runs with LANG=C.UTF-8.
class tst_GermanTranslation : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    test::DashboardDataSet m_set;

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
        return test::pdfText(pdf.value());
    }

private Q_SLOTS:
    void initTestCase() {
        test::initTestEnvironment();
        QCOMPARE(QLocale().language(), QLocale::German);
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = test::openDatabase(m_dir->filePath(QStringLiteral("practice.sqlite")));
        QVERIFY(m_db);
        const Result<test::DashboardDataSet> set = test::addDashboardDataSet(*m_db);
        QVERIFY2(set.ok(), set.ok() ? "" : qPrintable(set.error().message));
        m_set = set.value();
    }
    void cleanupTestCase() { Clock::setNowFunction({}); }

    void validationMessageIsGerman() {
        Client client;
        client.fullName = QStringLiteral("Dana Weber");
        client.email = QStringLiteral("dana@");
        const Result<qint64> added = ClientService(*m_db).add(client);
        QVERIFY(!added.ok());
        QCOMPARE(
            added.error().message,
            QStringLiteral("„dana@“ ist keine E-Mail-Adresse; sie sollte wie name@example.com aussehen."));
    }

    void emptyNameIsRefusedInGerman() {
        Client client;
        client.fullName = QStringLiteral("  ");
        const Result<qint64> added = ClientService(*m_db).add(client);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().message,
                 QStringLiteral("Geben Sie den vollständigen Namen der Klient:in ein."));
    }

    void reportSpeaksGermanWithPluralForms() {
        const QString all = reportText(std::nullopt);
        QVERIFY2(all.contains(QStringLiteral("Vorfälle pro Monat")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("Seite 1 von 7")));
        // October: 5 client incidents, Amy and Ben active.
        QVERIFY2(all.contains(QStringLiteral("5 Vorfälle, 2 aktive Klient:innen")), qPrintable(all));
        // Repeat bands: Eve once, Amy, Ben and Cleo two to five times.
        QVERIFY(all.contains(QStringLiteral("1 Klient:in")));
        QVERIFY(all.contains(QStringLiteral("3 Klient:innen")));
        QVERIFY(!all.contains(QStringLiteral("incident")));

        // Eve alone: her one incident in November, when she was the one active client.
        const QString eve = reportText(m_set.eve);
        QVERIFY2(eve.contains(QStringLiteral("1 Vorfall, 1 aktive Klient:in")), qPrintable(eve));
        // Cleo alone: her two incidents.
        const QString cleo = reportText(m_set.cleo);
        QVERIFY2(cleo.contains(QStringLiteral("2 Vorfälle")), qPrintable(cleo));
    }
};

QTEST_MAIN(tst_GermanTranslation)
#include "tst_GermanTranslation.moc"
