// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/AgreementService.h"
#include "app/clients/ClientService.h"
#include "app/common/Clock.h"
#include "app/demo/DemoPractice.h"
#include "app/incidents/IncidentService.h"
#include "app/storage/ContractRepository.h"
#include "tests/support/AccessKeys.h"
#include "tests/support/TestSupport.h"
#include "ui/audit/ActivityDialog.h"
#include "ui/backup/PassphraseDialog.h"
#include "ui/clients/ClientDialog.h"
#include "ui/common/CheckingProgress.h"
#include "ui/common/ConflictDialog.h"
#include "ui/common/ConnectDialog.h"
#include "ui/common/MainWindow.h"
#include "ui/common/MovePracticeDialog.h"
#include "ui/common/PreferencesDialog.h"
#include "ui/incidents/ContractSigningDialog.h"
#include "ui/incidents/IncidentDetailDialog.h"
#include "ui/incidents/IncidentsPage.h"
#include "ui/incidents/QuickLogDialog.h"
#include "ui/onboarding/OnboardingWizard.h"
#include "ui/onboarding/SignedDocumentDialog.h"
#include "ui/practice/SetupWizard.h"
#include "ui/practitioner/AvailabilityDialog.h"
#include "ui/practitioner/DisclosureCheckDialog.h"
#include "ui/practitioner/MonthlyReflectionDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;

namespace {

/// What the interface says in one shipped language.
struct Expected {
    QLocale::Language language;
    QString setupTitle;     // the setup wizard's window title
    QString welcome;        // its first page's title
    QString next;           // part of Qt's own "Next" button text (qtbase translation)
    QString rolesTitle;     // the setup wizard's second page
    QString cancel;         // Qt's standard Cancel button, without its accelerator
    QString oneIncident;    // the incident count: singular
    QString twoIncidents;   // the incident count: plural
    QString clientsSuffix;  // how the status bar's client count ends
    QString quickLogTitle;  // the quick log dialog's title
    QString newClientTitle; // the client dialog's title for a new client
    QString clientPage;     // the onboarding wizard's first page
};

const QList<Expected> &expectations() {
    static const QList<Expected> all{
        {QLocale::English, QStringLiteral("Set up your practice"),
         QStringLiteral("Welcome to Boundary Keeper"), QStringLiteral("Next"),
         QStringLiteral("Roles and scope"), QStringLiteral("Cancel"), QStringLiteral("1 incident"),
         QStringLiteral("2 incidents"), QStringLiteral(" clients"), QStringLiteral("Log an incident"),
         QStringLiteral("New client"), QStringLiteral("Client")},
        {QLocale::German, QStringLiteral("Ihre Praxis einrichten"),
         QStringLiteral("Willkommen bei Boundary Keeper"), QStringLiteral("Weiter"),
         QStringLiteral("Rollen und Leistungsumfang"), QStringLiteral("Abbrechen"),
         QStringLiteral("1 Vorfall"), QStringLiteral("2 Vorfälle"), QStringLiteral(" Klient:innen"),
         QStringLiteral("Einen Vorfall erfassen"), QStringLiteral("Neue Klient:in"),
         QStringLiteral("Klient:in")},
        {QLocale::Spanish, QStringLiteral("Configurar su consulta"),
         QStringLiteral("Bienvenido a Boundary Keeper"), QStringLiteral("Siguie"),
         QStringLiteral("Funciones y alcance"), QStringLiteral("Cancelar"), QStringLiteral("1 incidente"),
         QStringLiteral("2 incidentes"), QStringLiteral(" clientes"),
         QStringLiteral("Registrar un incidente"), QStringLiteral("Nuevo cliente"),
         QStringLiteral("Cliente")},
        {QLocale::French, QStringLiteral("Configurer votre cabinet"),
         QStringLiteral("Bienvenue dans Boundary Keeper"), QStringLiteral("Suivant"),
         QStringLiteral("Rôles et périmètre"), QStringLiteral("Annuler"), QStringLiteral("1 incident"),
         QStringLiteral("2 incidents"), QStringLiteral(" clients"), QStringLiteral("Consigner un incident"),
         QStringLiteral("Nouveau client"), QStringLiteral("Client")},
    };
    return all;
}

} // namespace

/// The Widgets interface in each shipped language, the language taken from the environment as the program
/// does (ctest runs this test once per language, as tst_EnglishInterface, tst_GermanInterface,
/// tst_SpanishInterface and tst_FrenchInterface, with LANG and LANGUAGE set): Boundary Keeper's own texts,
/// Qt's standard buttons and the plural forms. With BK_SCREENSHOT_DIR set, it also saves each main section
/// and dialog as a PNG there (name_de.png, name_es.png, ...), to look for clipped text.
class TestTranslatedInterface : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Expected m_expected;

    // The suffix of a screenshot's file name: the language's code.
    static QString suffix() { return QLatin1Char('_') + QLocale().name().left(2) + QStringLiteral(".png"); }

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

    void theSetupWizardIsTranslated() {
        SetupWizard wizard(*m_db);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.windowTitle(), m_expected.setupTitle);
        QCOMPARE(wizard.currentPage()->title(), m_expected.welcome);
        auto *next = wizard.findChild<QAbstractButton *>(QStringLiteral("nextPushButton"));
        QVERIFY(next);
        // Qt's own text for the button: its translation (qtbase) is loaded too.
        QVERIFY2(next->text().contains(m_expected.next), qPrintable(next->text()));
        auto *name = wizard.findChild<QLineEdit *>(QStringLiteral("practiceNameLineEdit"));
        QVERIFY(name);
        QTest::keyClicks(name, QStringLiteral("Praxis am Hafen"));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(SetupWizard::RolesPage));
        QCOMPARE(wizard.currentPage()->title(), m_expected.rolesTitle);
    }

    void qtStandardButtonsAreTranslated() {
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')),
                 m_expected.cancel);
    }

    void theIncidentCountTakesPluralForms() {
        const qint64 anna = addClient(QStringLiteral("Anna Schmidt"));
        logIncident(anna, 40);
        IncidentsPage page(*m_db);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *count = page.findChild<QLabel *>(QStringLiteral("incidentCountLabel"));
        QVERIFY(count);
        QCOMPARE(count->text(), m_expected.oneIncident);
        logIncident(anna, 20);
        QTRY_COMPARE(count->text(), m_expected.twoIncidents);
    }

    void mainSectionsForScreenshots() {
        const QString folder = qEnvironmentVariable("BK_SCREENSHOT_DIR");
        QVERIFY(DemoPractice::populate(*m_db).ok());
        MainWindow window(*m_db);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList clashes;
        for (const auto &[name, section] : MainWindow::sectionNames()) {
            window.showSection(section);
            QTest::qWait(folder.isEmpty() ? 0 : 1500);
            if (!folder.isEmpty())
                QVERIFY(window.grab().save(QDir(folder).filePath(name + suffix())));
            for (const QString &clash : test::accessKeyClashes(&window))
                clashes.append(name + QStringLiteral(": ") + clash);
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        // The status bar counts the demo's clients in the language.
        bool counted = false;
        for (const QLabel *label : window.findChildren<QLabel *>())
            counted = counted || label->text().endsWith(m_expected.clientsSuffix);
        QVERIFY(counted);
    }

    void dialogsForScreenshots() {
        const QString folder = qEnvironmentVariable("BK_SCREENSHOT_DIR");
        QVERIFY(DemoPractice::populate(*m_db).ok());
        QStringList clashes;
        const auto save = [&folder, &clashes](QWidget &widget, const QString &name) {
            widget.show();
            QVERIFY(QTest::qWaitForWindowExposed(&widget));
            QCoreApplication::processEvents(); // what is laid out once shown (a PDF's pages)
            for (const QString &clash : test::accessKeyClashes(&widget))
                clashes.append(name + QStringLiteral(": ") + clash);
            if (!folder.isEmpty())
                QVERIFY(widget.grab().save(QDir(folder).filePath(name + suffix())));
        };
        SetupWizard setup(*m_db);
        for (int page = SetupWizard::DetailsPage; page <= SetupWizard::PolicyPage; ++page) {
            save(setup, QStringLiteral("setup%1").arg(page));
            QCOMPARE(setup.currentId(), page);
            setup.next();
        }
        QuickLogDialog quickLog(*m_db);
        save(quickLog, QStringLiteral("quicklog"));
        QCOMPARE(quickLog.windowTitle(), m_expected.quickLogTitle);
        IncidentDetailDialog detail(*m_db, 1);
        save(detail, QStringLiteral("incident"));
        DisclosureCheckDialog check(*m_db);
        save(check, QStringLiteral("disclosure"));
        PreferencesDialog preferences(*m_db);
        save(preferences, QStringLiteral("preferences"));
        ConnectDialog connectDialog(nullptr, QStringLiteral("postgresql://anna@db.example.org/practice"));
        save(connectDialog, QStringLiteral("connect"));
        MovePracticeDialog move(QStringLiteral("/home/anna/practice.sqlite"));
        save(move, QStringLiteral("move"));
        PassphraseDialog passphrase(PassphraseDialog::Purpose::NewBackup);
        save(passphrase, QStringLiteral("passphrase"));
        ConflictDialog conflict(QStringLiteral("Amelia Hartley"),
                                {{QStringLiteral("Email"), QStringLiteral("amelia@example.org"),
                                  QStringLiteral("amelia.h@example.org"), true, false},
                                 {QStringLiteral("Phone"), QStringLiteral("+44 7700 900123"),
                                  QStringLiteral("+44 7700 900999"), true, true}});
        save(conflict, QStringLiteral("conflict"));
        const std::optional<Agreement> agreement = AgreementService(*m_db).latestSigned(1).value();
        QVERIFY(agreement);
        SignedDocumentDialog signedAgreement(*agreement);
        save(signedAgreement, QStringLiteral("signed-agreement"));
        AvailabilityDialog availability(*m_db);
        save(availability, QStringLiteral("availability"));
        MonthlyReflectionDialog monthly(*m_db, Clock::todayLocal().addMonths(-1));
        save(monthly, QStringLiteral("monthly-reflection"));
        ActivityDialog activity(*m_db);
        save(activity, QStringLiteral("activity"));
        ContractSigningDialog paperContract(*m_db, 1, BehaviouralContract{},
                                            ContractSigningDialog::Mode::Paper);
        save(paperContract, QStringLiteral("paper-contract"));
        const std::optional<ContractSummary> signedContract = [this]() -> std::optional<ContractSummary> {
            for (const ContractSummary &contract : ContractRepository(*m_db).list().value()) {
                if (contract.state == AgreementState::Signed)
                    return contract;
            }
            return std::nullopt;
        }();
        QVERIFY(signedContract);
        IncidentDetailDialog contractStep(*m_db, signedContract->incidentId);
        contractStep.showTab(IncidentDetailDialog::ContractTab);
        save(contractStep, QStringLiteral("signed-contract-step"));
        ClientDialog client(*m_db);
        save(client, QStringLiteral("client"));
        QCOMPARE(client.windowTitle(), m_expected.newClientTitle);
        OnboardingWizard onboarding(*m_db);
        onboarding.startWithClientChoice(false);
        onboarding.show();
        QCOMPARE(onboarding.currentPage()->title(), m_expected.clientPage);
        for (int page = 0; page < 6; ++page) {
            save(onboarding, QStringLiteral("onboarding%1").arg(page));
            onboarding.next();
        }
        // What opening a file that changed elsewhere shows while it is checked.
        CheckingProgress checking(nullptr, m_db->path(), 0);
        QVERIFY(checking.callback()());
        auto *progress = qobject_cast<QProgressDialog *>(QApplication::activeModalWidget());
        QVERIFY(progress);
        QVERIFY(m_expected.language == QLocale::English ||
                progress->windowTitle() != QStringLiteral("Checking the practice file"));
        save(*progress, QStringLiteral("checking"));
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestTranslatedInterface)
#include "tst_TranslatedInterface.moc"
