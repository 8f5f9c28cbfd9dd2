// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientService.h"
#include "app/common/Clock.h"
#include "app/demo/DemoPractice.h"
#include "app/incidents/IncidentService.h"
#include "tests/support/TestSupport.h"
#include "ui/clients/ClientDialog.h"
#include "ui/common/MainWindow.h"
#include "ui/incidents/IncidentDetailDialog.h"
#include "ui/incidents/IncidentsPage.h"
#include "ui/incidents/QuickLogDialog.h"
#include "ui/onboarding/OnboardingWizard.h"
#include "ui/practice/SetupWizard.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;

/// The Widgets interface in German, the language taken from the environment as the program does (ctest runs
/// this test with LANG=de_DE.UTF-8 and LANGUAGE=de): Boundary Keeper's own texts, Qt's standard buttons and
/// the plural forms. With BK_SCREENSHOT_DIR set, it also saves each main section as a PNG there, to look for
/// clipped text.
class TestGermanInterface : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    static QDateTime now() { return QDateTime(QDate(2026, 3, 11), QTime(12, 0), Qt::UTC); }

    qint64 addClient(const QString &name) const {
        Client client;
        client.fullName = name;
        client.status = ClientStatus::Active;
        const Result<qint64> id = ClientService(*m_db).add(client);
        if (!id)
            QTest::qFail(qPrintable(id.error().message), __FILE__, __LINE__);
        return id ? id.value() : 0;
    }

    void logIncident(qint64 client, int hoursAgo) const {
        NewIncident incident;
        incident.clientId = client;
        incident.occurredAt = now().addSecs(-3600 * hoursAgo);
        incident.channel = ContactChannel::Phone;
        incident.boundaryKey = QStringLiteral("after_hours_contact");
        incident.description = QStringLiteral("Rief um 21:30 Uhr an, um einen Termin zu verschieben.");
        const Result<qint64> id = IncidentService(*m_db).log(incident);
        if (!id)
            QTest::qFail(qPrintable(id.error().message), __FILE__, __LINE__);
    }

private Q_SLOTS:
    void initTestCase() {
        test::initTestEnvironment();
        QCOMPARE(QLocale().language(), QLocale::German);
    }

    void init() {
        Clock::setNowFunction([] { return now(); });
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = test::openDatabase(m_dir->filePath(QStringLiteral("praxis.sqlite")));
        QVERIFY(m_db);
    }

    void cleanup() {
        m_db.reset();
        m_dir.reset();
        Clock::setNowFunction({});
    }

    void theSetupWizardSpeaksGerman() {
        SetupWizard wizard(*m_db);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.windowTitle(), QStringLiteral("Ihre Praxis einrichten"));
        QCOMPARE(wizard.currentPage()->title(), QStringLiteral("Willkommen bei Boundary Keeper"));
        auto *next = wizard.findChild<QAbstractButton *>(QStringLiteral("nextPushButton"));
        QVERIFY(next);
        // Qt's own text for the button: its German translation (qtbase) is loaded too.
        QVERIFY2(next->text().contains(QStringLiteral("Weiter")), qPrintable(next->text()));
        auto *name = wizard.findChild<QLineEdit *>(QStringLiteral("practiceNameLineEdit"));
        QVERIFY(name);
        QTest::keyClicks(name, QStringLiteral("Praxis am Hafen"));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(SetupWizard::RolesPage));
        QCOMPARE(wizard.currentPage()->title(), QStringLiteral("Rollen und Leistungsumfang"));
    }

    void qtStandardButtonsSpeakGerman() {
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')),
                 QStringLiteral("Abbrechen"));
    }

    void theIncidentCountTakesGermanPluralForms() {
        const qint64 anna = addClient(QStringLiteral("Anna Schmidt"));
        logIncident(anna, 40);
        IncidentsPage page(*m_db);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *count = page.findChild<QLabel *>(QStringLiteral("incidentCountLabel"));
        QVERIFY(count);
        QCOMPARE(count->text(), QStringLiteral("1 Vorfall"));
        logIncident(anna, 20);
        QTRY_COMPARE(count->text(), QStringLiteral("2 Vorfälle"));
    }

    void mainSectionsForScreenshots() {
        const QString folder = qEnvironmentVariable("BK_SCREENSHOT_DIR");
        QVERIFY(DemoPractice::populate(*m_db).ok());
        MainWindow window(*m_db);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<QPair<MainWindow::Section, QString>> sections = {
            {MainWindow::ClientsSection, QStringLiteral("clients")},
            {MainWindow::IncidentsSection, QStringLiteral("incidents")},
            {MainWindow::DashboardSection, QStringLiteral("dashboard")},
            {MainWindow::PracticeSection, QStringLiteral("practice")}};
        for (const auto &[section, name] : sections) {
            window.showSection(section);
            QTest::qWait(folder.isEmpty() ? 0 : 1500);
            if (!folder.isEmpty())
                QVERIFY(window.grab().save(QDir(folder).filePath(name + QStringLiteral("_de.png"))));
        }
        // The status bar counts the demo's clients in German.
        bool counted = false;
        for (const QLabel *label : window.findChildren<QLabel *>())
            counted = counted || label->text().endsWith(QStringLiteral(" Klient:innen"));
        QVERIFY(counted);
    }

    void dialogsForScreenshots() {
        const QString folder = qEnvironmentVariable("BK_SCREENSHOT_DIR");
        QVERIFY(DemoPractice::populate(*m_db).ok());
        const auto save = [&folder](QWidget &widget, const QString &name) {
            widget.show();
            QVERIFY(QTest::qWaitForWindowExposed(&widget));
            if (!folder.isEmpty())
                QVERIFY(widget.grab().save(QDir(folder).filePath(name + QStringLiteral("_de.png"))));
        };
        SetupWizard setup(*m_db);
        for (int page = SetupWizard::DetailsPage; page <= SetupWizard::PolicyPage; ++page) {
            save(setup, QStringLiteral("setup%1").arg(page));
            QCOMPARE(setup.currentId(), page);
            setup.next();
        }
        QuickLogDialog quickLog(*m_db);
        save(quickLog, QStringLiteral("quicklog"));
        QCOMPARE(quickLog.windowTitle(), QStringLiteral("Einen Vorfall erfassen"));
        IncidentDetailDialog detail(*m_db, 1);
        save(detail, QStringLiteral("incident"));
        ClientDialog client(*m_db);
        save(client, QStringLiteral("client"));
        QCOMPARE(client.windowTitle(), QStringLiteral("Neue Klient:in"));
        OnboardingWizard onboarding(*m_db);
        onboarding.startWithClientChoice(false);
        onboarding.show();
        QCOMPARE(onboarding.currentPage()->title(), QStringLiteral("Klient:in"));
        for (int page = 0; page < 6; ++page) {
            save(onboarding, QStringLiteral("onboarding%1").arg(page));
            onboarding.next();
        }
    }
};

QTEST_MAIN(TestGermanInterface)
#include "tst_GermanInterface.moc"
