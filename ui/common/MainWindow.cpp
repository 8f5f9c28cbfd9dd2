// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/common/MainWindow.h"

#include "app/common/ChangeNotifier.h"
#include "app/common/IntegrityCheckWorker.h"
#include "app/common/OpenPractice.h"
#include "app/common/Settings.h"
#include "app/policy/PracticeService.h"
#include "app/practitioner/PractitionerService.h"
#include "app/practitioner/ReflectionService.h"
#include "ui/audit/ActivityDialog.h"
#include "ui/audit/VerifyRecordsDialog.h"
#include "ui/backup/BackupActions.h"
#include "ui/clients/ClientsPage.h"
#include "ui/common/ConnectDialog.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBox.h"
#include "ui/common/MovePracticeDialog.h"
#include "ui/common/NoticeBar.h"
#include "ui/common/PreferencesDialog.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/export/PracticeExportActions.h"
#include "ui/help/ContextHelp.h"
#include "ui/import/ImportDialog.h"
#include "ui/incidents/ClientTimelineWidget.h"
#include "ui/incidents/FollowUpNotifier.h"
#include "ui/incidents/IncidentsPage.h"
#include "ui/onboarding/OnboardingActions.h"
#include "ui/practice/PracticePage.h"
#include "ui/practitioner/PractitionersDialog.h"
#include "ui/practitioner/ReflectionPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>
#include <QWhatsThis>

namespace bk {

namespace {
constexpr int StatusMessageMs = 15000;
} // namespace

MainWindow::MainWindow(OpenPractice database, bool demo, QWidget *parent)
    : QMainWindow(parent)
    , m_db(database)
    , m_demo(demo) {
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    showPractice();

    m_clientsPage = new ClientsPage(database, this);
    connect(m_clientsPage, &ClientsPage::countsChanged, this, &MainWindow::showCounts);
    m_onboarding = new OnboardingActions(database, this);
    connect(m_clientsPage, &ClientsPage::agreementRequested, m_onboarding,
            &OnboardingActions::startAgreement);
    connect(m_clientsPage, &ClientsPage::signedAgreementRequested, m_onboarding,
            &OnboardingActions::showLatestSignedAgreement);
    connect(m_clientsPage->timelineWidget(), &ClientTimelineWidget::signedAgreementActivated, m_onboarding,
            &OnboardingActions::showSignedAgreement);
    connect(m_clientsPage->timelineWidget(), &ClientTimelineWidget::signedContractActivated, m_onboarding,
            &OnboardingActions::showSignedContract);
    connect(m_onboarding, &OnboardingActions::practiceSectionRequested, this,
            [this] { showSection(PracticeSection); });
    connect(m_onboarding, &OnboardingActions::wizardClosed, this,
            [this](qint64 clientId, const QString &message) {
                if (clientId != 0)
                    m_clientsPage->selectClient(clientId);
                if (!message.isEmpty())
                    statusBar()->showMessage(message, 10000);
            });

    m_readOnlyNotice = new NoticeBar(this);
    m_readOnlyNotice->setObjectName(QStringLiteral("readOnlyNoticeBar"));
    if (database.isReadOnly() && database.isServer()) {
        m_readOnlyNotice->showMessage(
            tr("The practice at %1 is open read-only: you can look at everything, but not change anything.")
                .arg(database.path()),
            NoticeBar::Kind::Warning);
    } else if (database.isReadOnly()) {
        const QString path = QDir::toNativeSeparators(database.path());
        m_readOnlyNotice->showMessage(
            database.isReadOnlyByFile()
                ? tr("%1 cannot be written, so it is open read-only: you can look at everything, but not "
                     "change "
                     "anything. Make the file writable and open it again to make changes.")
                      .arg(path)
                : tr("%1 is open read-only: you can look at everything, but not change anything.").arg(path),
            NoticeBar::Kind::Warning);
    }

    // Events deleted from the audit trail behind the application's back since this computer last wrote.
    m_auditNotice = new NoticeBar(this);
    m_auditNotice->setObjectName(QStringLiteral("auditNoticeBar"));
    if (const QString problem = database.auditAnchorProblem(); !problem.isEmpty())
        m_auditNotice->showMessage(problem, NoticeBar::Kind::Warning);
    QPushButton *verifyRecords = m_auditNotice->addButton(tr("Verify records…"));
    verifyRecords->setObjectName(QStringLiteral("auditVerifyPushButton"));
    connect(verifyRecords, &QPushButton::clicked, this, &MainWindow::verifyRecords);

    // Losing the server mid-session: every open form keeps its text; Retry (or saving again) reconnects.
    m_serverNotice = new NoticeBar(this);
    m_serverNotice->setObjectName(QStringLiteral("serverNoticeBar"));
    QPushButton *retry = m_serverNotice->addButton(tr("Retry"));
    retry->setObjectName(QStringLiteral("retryConnectionPushButton"));
    connect(retry, &QPushButton::clicked, this, &MainWindow::retryServer);
    connect(database.notifier(), &ChangeNotifier::connectionLost, this, &MainWindow::showServerLost);
    connect(database.notifier(), &ChangeNotifier::reconnected, this, [this] {
        m_serverNotice->showMessage({});
        statusBar()->showMessage(tr("Connected to the practice server again."), StatusMessageMs);
    });

    m_signInNotice = new NoticeBar(this);
    m_signInNotice->setObjectName(QStringLiteral("signInNoticeBar"));

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pagesStackedWidget"));
    m_pages->addWidget(m_clientsPage);
    m_incidentsPage = new IncidentsPage(database, this);
    m_pages->addWidget(m_incidentsPage);
    // Ctrl+I in the client register logs for the selected client.
    m_incidentsPage->setClientSuggestion([this]() -> qint64 {
        const std::optional<Client> selected =
            m_pages->currentWidget() == m_clientsPage ? m_clientsPage->selectedClient() : std::nullopt;
        return selected ? selected->id : 0;
    });
    connect(m_clientsPage, &ClientsPage::logIncidentRequested, m_incidentsPage,
            [this](qint64 clientId) { m_incidentsPage->logIncident(clientId); });
    connect(m_clientsPage->timelineWidget(), &ClientTimelineWidget::incidentActivated, m_incidentsPage,
            &IncidentsPage::openIncident);
    connect(m_incidentsPage, &IncidentsPage::incidentLogged, this,
            [this](qint64, const QString &summary) { statusBar()->showMessage(summary, StatusMessageMs); });
    connect(m_incidentsPage, &IncidentsPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, StatusMessageMs); });
    m_dashboardPage = new DashboardPage(database, this);
    m_pages->addWidget(m_dashboardPage);
    // A figure drills down to exactly the incidents it counts.
    connect(m_dashboardPage, &DashboardPage::incidentsRequested, this, [this](const IncidentFilter &filter) {
        showSection(IncidentsSection);
        m_incidentsPage->showFiltered(filter);
    });
    connect(m_dashboardPage, &DashboardPage::clientRequested, this, [this](qint64 clientId) {
        showSection(ClientsSection);
        m_clientsPage->selectClient(clientId);
    });
    m_reflectionPage = new ReflectionPage(database, this);
    m_pages->addWidget(m_reflectionPage);
    connect(m_clientsPage, &ClientsPage::disclosureCheckRequested, m_reflectionPage,
            [this](qint64 clientId) { m_reflectionPage->takeDisclosureCheck(clientId); });
    connect(m_reflectionPage, &ReflectionPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, StatusMessageMs); });
    m_practicePage = new PracticePage(database, this);
    m_pages->addWidget(m_practicePage);
    // F1 opens the guide on the section shown.
    ContextHelp::setTopic(m_clientsPage, HelpTopic::Clients);
    ContextHelp::setTopic(m_incidentsPage, HelpTopic::Incidents);
    ContextHelp::setTopic(m_dashboardPage, HelpTopic::Dashboard);
    ContextHelp::setTopic(m_reflectionPage, HelpTopic::Reflection);
    ContextHelp::setTopic(m_practicePage, HelpTopic::Practice);
    m_backup = new BackupActions(database, demo, this);
    connect(m_backup, &BackupActions::backupFinished, this,
            [this](bool, const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });
    // A restore is carried out with the database closed: the window closes first (see app/main.cpp).
    connect(m_backup, &BackupActions::restoreConfirmed, this, &QWidget::close, Qt::QueuedConnection);
    // A file that opened after only the quick check gets the full one in the background; only a problem is
    // reported, and the file is trusted at the next start once it passed.
    m_integrityNotice = new NoticeBar(this);
    m_integrityNotice->setObjectName(QStringLiteral("integrityNoticeBar"));
    QPushButton *restore = m_integrityNotice->addButton(m_backup->restoreAction()->text());
    restore->setObjectName(QStringLiteral("integrityRestorePushButton"));
    connect(restore, &QPushButton::clicked, m_backup->restoreAction(), &QAction::trigger);
    if (database.fullCheckPending()) {
        m_checkingIntegrity = true;
        auto *check = new IntegrityCheckWorker(this);
        const auto finished = [this] {
            m_checkingIntegrity = false;
            Q_EMIT integrityCheckFinished();
        };
        connect(check, &IntegrityCheckWorker::passed, this, [database] { database.markFullyChecked(); });
        connect(check, &IntegrityCheckWorker::passed, this, finished);
        connect(check, &IntegrityCheckWorker::damaged, this, finished);
        connect(check, &IntegrityCheckWorker::failed, this, finished);
        connect(check, &IntegrityCheckWorker::damaged, this, [this](const QString &, const QString &details) {
            m_integrityNotice->showMessage(
                tr("The full check of the practice file found damage (%1). What you record now may be lost: "
                   "restore the newest good backup, or a copy of the file you trust.")
                    .arg(details.section(QLatin1Char('\n'), 0, 0)),
                NoticeBar::Kind::Warning);
            m_integrityNotice->setToolTip(details);
        });
        connect(this, &MainWindow::firstPainted, check,
                [check, path = database.path()] { check->start(path); });
    }
    m_export = new PracticeExportActions(database, this);
    connect(m_export, &PracticeExportActions::exportFinished, this,
            [this](bool, const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });

    buildNavigation();

    // A reminder, not a modal box: the day's follow-ups are named at start-up and on each new day.
    m_followUpReminder = new NoticeBar(this);
    m_followUpReminder->setObjectName(QStringLiteral("followUpReminderNoticeBar"));
    QPushButton *showFollowUps = m_followUpReminder->addButton(tr("Show follow-ups"));
    showFollowUps->setObjectName(QStringLiteral("showFollowUpsPushButton"));
    connect(showFollowUps, &QPushButton::clicked, this, [this] { showSection(IncidentsSection); });
    QPushButton *dismiss = m_followUpReminder->addButton(tr("Dismiss"));
    dismiss->setObjectName(QStringLiteral("dismissReminderPushButton"));
    connect(dismiss, &QPushButton::clicked, this, [this] {
        m_followUpReminderDismissed = true;
        m_followUpReminder->showMessage({});
    });
    // The monthly reflection is reminded like follow-ups, and can be skipped for the month.
    m_reflectionReminder = new NoticeBar(this);
    m_reflectionReminder->setObjectName(QStringLiteral("reflectionReminderNoticeBar"));
    QPushButton *reflect = m_reflectionReminder->addButton(tr("Reflect now…"));
    reflect->setObjectName(QStringLiteral("reflectNowPushButton"));
    connect(reflect, &QPushButton::clicked, this, [this] {
        showSection(ReflectionSection);
        m_reflectionPage->reflectOnMonth(m_reflectionDue);
    });
    QPushButton *skipMonth = m_reflectionReminder->addButton(tr("Skip this month"));
    skipMonth->setObjectName(QStringLiteral("skipReflectionPushButton"));
    connect(skipMonth, &QPushButton::clicked, this, [this] {
        if (const Status skipped = ReflectionService(m_db).skipMonth(m_reflectionDue); !skipped)
            statusBar()->showMessage(skipped.error().message, StatusMessageMs);
    });
    m_followUpNotifier = new FollowUpNotifier(database, this);
    connect(m_followUpNotifier, &FollowUpNotifier::dayChanged, this, [this] {
        m_incidentsPage->dayChanged();
        updateFollowUpReminder(true);
        updateReflectionReminder();
    });
    connect(m_followUpNotifier, &FollowUpNotifier::notificationClicked, this, [this] {
        showNormal();
        raise();
        activateWindow();
        showSection(IncidentsSection);
    });
    connect(database.notifier(), &ChangeNotifier::changed, this, [this](const QString &table) {
        if (table == QLatin1String("practice_profile"))
            showPractice();
        if (table == QLatin1String("practitioners"))
            checkSignIn();
        if (table == QLatin1String("incidents") || table == QLatin1String("clients") ||
            table == QLatin1String("availability_periods"))
            updateFollowUpReminder(false);
        if (table == QLatin1String("monthly_reflections") || table == QLatin1String("clients"))
            updateReflectionReminder();
    });
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(10, 8, 10, 6);
    contentLayout->setSpacing(6);
    contentLayout->addWidget(m_signInNotice);
    contentLayout->addWidget(m_serverNotice);
    contentLayout->addWidget(m_auditNotice);
    contentLayout->addWidget(m_integrityNotice);
    contentLayout->addWidget(m_readOnlyNotice);
    contentLayout->addWidget(m_followUpReminder);
    contentLayout->addWidget(m_reflectionReminder);
    contentLayout->addWidget(m_pages, 1);

    auto *central = new QWidget(this);
    auto *centralLayout = new QHBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_navigation);
    centralLayout->addWidget(content, 1);
    setCentralWidget(central);

    // Which practice is open, always: the server's URL (never with its password) or the file's path.
    auto *location =
        new QLabel(database.isServer() ? tr("Server: %1").arg(database.path())
                                       : tr("File: %1").arg(QDir::toNativeSeparators(database.path())),
                   this);
    location->setObjectName(QStringLiteral("practiceLocationLabel"));
    location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(location);
    if (database.isServer()) {
        // Each practitioner signs in to the server as themselves, and sees what their role allows.
        const Result<PractitionerAccount> me = PractitionerService(database).signedIn();
        auto *signedIn = new QLabel(this);
        signedIn->setObjectName(QStringLiteral("signedInLabel"));
        signedIn->setText(!me ? me.error().message
                          : me.value().id == 0
                              ? tr("Signed in as a role that is not a practitioner of this practice")
                              : tr("Signed in: %1, %2")
                                    .arg(me.value().shownName(), PracticeRoles::inSentence(me.value().role)));
        statusBar()->addPermanentWidget(signedIn);
    }
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("clientCountLabel"));
    statusBar()->addPermanentWidget(m_countLabel);

    buildMenus();
    showCounts(m_clientsPage->shownCount(), m_clientsPage->totalCount());
    resize(1100, 680);
    restoreSettings();
}

void MainWindow::buildNavigation() {
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigationListWidget"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A sidebar tinted like the window frame, with roomy rows, as in desktop settings and mail apps.
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget { background: palette(window); border-right: 1px solid palette(mid); padding-top: 8px; }"
        "QListWidget::item { padding: 7px 10px; border-radius: 4px; margin: 1px 6px; }"
        "QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); }"));
    const struct {
        QString label;
        QIcon icon;
    } sections[] = {
        {tr("Clients"),
         QIcon::fromTheme(QStringLiteral("system-users"), style()->standardIcon(QStyle::SP_DirHomeIcon))},
        {tr("Incidents"), QIcon::fromTheme(QStringLiteral("dialog-warning"),
                                           style()->standardIcon(QStyle::SP_MessageBoxWarning))},
        {tr("Dashboard"), QIcon::fromTheme(QStringLiteral("office-chart-bar"),
                                           style()->standardIcon(QStyle::SP_FileDialogInfoView))},
        {tr("Reflection"), QIcon::fromTheme(QStringLiteral("view-list-details"),
                                            style()->standardIcon(QStyle::SP_FileDialogContentsView))},
        {tr("Practice"), QIcon::fromTheme(QStringLiteral("preferences-system"),
                                          style()->standardIcon(QStyle::SP_ComputerIcon))},
    };
    int width = 0;
    for (const auto &section : sections) {
        m_navigation->addItem(new QListWidgetItem(section.icon, section.label));
        width = std::max(width, fontMetrics().horizontalAdvance(section.label));
    }
    m_navigation->setFixedWidth(width + 22 + 80);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::switchSection);
    m_navigation->setCurrentRow(ClientsSection);
}

const QList<QPair<QString, MainWindow::Section>> &MainWindow::sectionNames() {
    static const QList<QPair<QString, Section>> names = {{QStringLiteral("clients"), ClientsSection},
                                                         {QStringLiteral("incidents"), IncidentsSection},
                                                         {QStringLiteral("dashboard"), DashboardSection},
                                                         {QStringLiteral("reflection"), ReflectionSection},
                                                         {QStringLiteral("practice"), PracticeSection}};
    return names;
}

void MainWindow::showSection(Section section) {
    m_navigation->setCurrentRow(section);
}

void MainWindow::switchSection(int row) {
    if (m_pages->currentWidget() == m_practicePage && row != PracticeSection &&
        !m_practicePage->confirmLeave()) {
        const QSignalBlocker block(m_navigation);
        m_navigation->setCurrentRow(PracticeSection);
        return;
    }
    m_pages->setCurrentIndex(row);
    // The count of clients belongs to the client register; the other sections count what they show. (The
    // first section is shown while the window is built, before the status bar.)
    if (m_countLabel)
        m_countLabel->setVisible(row == ClientsSection);
}

void MainWindow::buildMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_clientsPage->newClientAction());
    file->addAction(m_onboarding->onboardNewClientAction());
    file->addSeparator();
    file->addAction(m_onboarding->verifyPdfAction());
    file->addSeparator();
    // Which practice is open: a file, a server, or one opened recently.
    QAction *openFile = file->addAction(tr("Open practice f&ile…"), this, [this] {
        const QString path = FileDialogs::openFile(
            this, QStringLiteral("openPracticeFileDialog"), tr("Open practice file"),
            {tr("Boundary Keeper practices (*.sqlite *.db *.bk)"), tr("All files (*)")});
        if (!path.isEmpty())
            Q_EMIT practiceChosen(path, {});
    });
    openFile->setObjectName(QStringLiteral("openPracticeFileAction"));
    QAction *connectServer = file->addAction(tr("Connect to practice &server…"), this, [this] {
        ConnectDialog dialog(this, m_db.isServer() ? m_db.path() : QString());
        if (dialog.exec() == QDialog::Accepted)
            Q_EMIT practiceChosen(dialog.location(), dialog.password());
    });
    connectServer->setObjectName(QStringLiteral("connectToServerAction"));
    QMenu *recent = file->addMenu(tr("Recent &practices"));
    recent->setObjectName(QStringLiteral("recentPracticesMenu"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] {
        recent->clear();
        for (const QString &location : Settings().recentPractices()) {
            if (location == m_db.path())
                continue;
            QAction *item = recent->addAction(
                location.contains(QLatin1String("://")) ? location : QDir::toNativeSeparators(location), this,
                [this, location] { Q_EMIT practiceChosen(location, {}); });
            item->setObjectName(QStringLiteral("recentPracticeAction"));
        }
        if (recent->isEmpty())
            recent->addAction(tr("No other practice opened yet"))->setEnabled(false);
    });
    file->addSeparator();
    QAction *import = file->addAction(tr("Import c&lients…"), this, &MainWindow::importClients);
    import->setObjectName(QStringLiteral("importClientsAction"));
    import->setEnabled(!m_db.isReadOnly());
    file->addSeparator();
    // Backups.
    file->addAction(m_backup->backUpAction());
    file->addAction(m_backup->restoreAction());
    file->addSeparator();
    // Leaving Boundary Keeper, and a client's access request.
    file->addAction(m_export->exportAction());
    file->addAction(m_clientsPage->exportClientDataAction());
    file->addSeparator();
    QAction *move =
        file->addAction(tr("&Move practice to a server…"), this, &MainWindow::movePracticeToServer);
    move->setObjectName(QStringLiteral("movePracticeAction"));
    // A practice already on a server has nothing to move; read-only is fine (the file is only read).
    move->setEnabled(!m_db.isServer());
    QAction *practitioners = file->addAction(tr("Prac&titioners…"), this, &MainWindow::showPractitioners);
    practitioners->setObjectName(QStringLiteral("practitionersAction"));
    file->addSeparator();
    QAction *preferences = file->addAction(tr("Pre&ferences…"), this, [this] {
        PreferencesDialog dialog(m_db, this);
        dialog.exec();
    });
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *clients = menuBar()->addMenu(tr("&Client"));
    clients->addAction(m_clientsPage->findAction());
    clients->addSeparator();
    clients->addAction(m_clientsPage->editClientAction());
    clients->addAction(m_clientsPage->agreementAction());
    clients->addAction(m_clientsPage->signedAgreementAction());
    clients->addAction(m_clientsPage->archiveClientAction());
    clients->addAction(m_clientsPage->deleteClientAction());
    clients->addAction(m_clientsPage->eraseClientAction());

    // Any client action brings the register into view first, wherever the user was.
    for (QAction *action : {m_clientsPage->newClientAction(), m_clientsPage->findAction(),
                            m_onboarding->onboardNewClientAction()})
        connect(action, &QAction::triggered, this, [this] { showSection(ClientsSection); });

    QMenu *incidents = menuBar()->addMenu(tr("&Incident"));
    incidents->addAction(m_incidentsPage->logIncidentAction());
    incidents->addAction(m_incidentsPage->openIncidentAction());
    incidents->addSeparator();
    incidents->addAction(m_incidentsPage->exportCalendarAction());
    // Ctrl+I logs an incident from every section.
    addAction(m_incidentsPage->logIncidentAction());
    clients->addSeparator();
    clients->addAction(m_clientsPage->logIncidentAction());
    clients->addAction(m_clientsPage->disclosureCheckAction());

    // Ctrl+Shift+D takes the disclosure check from every section; the practitioner picks the client there.
    QMenu *reflection = menuBar()->addMenu(tr("&Reflection"));
    reflection->addAction(m_reflectionPage->disclosureCheckAction());
    addAction(m_reflectionPage->disclosureCheckAction());

    m_recordMenus = {clients, incidents, reflection};

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    // F1 here; in dialogs, which block this window's shortcuts, ContextHelp::install() (app/main.cpp) catches
    // it.
    QAction *guide = help->addAction(tr("&Guide"), this, [this] { ContextHelp::showFor(this); });
    guide->setObjectName(QStringLiteral("guideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *whatsThis = QWhatsThis::createAction(this);
    whatsThis->setObjectName(QStringLiteral("whatsThisAction"));
    help->addAction(whatsThis);
    help->addSeparator();
    QAction *activity = help->addAction(tr("Ac&tivity…"), this, &MainWindow::showActivity);
    activity->setObjectName(QStringLiteral("activityAction"));
    QAction *verify = help->addAction(tr("&Verify records…"), this, &MainWindow::verifyRecords);
    verify->setObjectName(QStringLiteral("verifyRecordsAction"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Boundary Keeper"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::verifyRecords() {
    VerifyRecordsDialog dialog(m_db.path(), this);
    dialog.exec();
}

void MainWindow::showActivity() {
    ActivityDialog dialog(m_db, this);
    connect(&dialog, &ActivityDialog::clientRequested, this, [this, &dialog](qint64 id) {
        dialog.accept();
        showSection(ClientsSection);
        m_clientsPage->selectClient(id);
    });
    connect(&dialog, &ActivityDialog::incidentRequested, this, [this, &dialog](qint64 id) {
        dialog.accept();
        showSection(IncidentsSection);
        m_incidentsPage->openIncident(id);
    });
    dialog.exec();
}

void MainWindow::movePracticeToServer() {
    MovePracticeDialog dialog(m_db.path(), this);
    if (dialog.exec() == QDialog::Accepted && !dialog.practiceToOpen().isEmpty())
        Q_EMIT practiceChosen(dialog.practiceToOpen(), {});
}

void MainWindow::showPractitioners() {
    // Shown on a file too: it tells a solo practitioner how colleagues come in, and offers the move.
    if (!m_db.isServer()) {
        if (MessageBox::confirm(this, tr("Practitioners"), PractitionerService::needsServer().message,
                                tr("Move practice to a server…")) == MessageBox::Answer::Confirmed)
            movePracticeToServer();
        return;
    }
    PractitionersDialog dialog(m_db, this);
    dialog.exec();
}

void MainWindow::importClients() {
    const QString file = FileDialogs::openFile(
        this, QStringLiteral("importFileDialog"), tr("Import clients"),
        {tr("Address books and spreadsheets (*.csv *.vcf *.txt)"), tr("All files (*)")});
    if (!file.isEmpty())
        importFile(file);
}

void MainWindow::importFile(const QString &file) {
    ImportDialog dialog(m_db, file, this);
    if (dialog.load() && dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(dialog.outcome());
}

namespace {
// The one local file dropped, when it is one an import reads (by its name, as File › Import clients…
// offers them); empty otherwise.
QString importableFile(const QMimeData *data) {
    const QList<QUrl> urls = data ? data->urls() : QList<QUrl>();
    if (urls.size() != 1 || !urls.constFirst().isLocalFile())
        return {};
    const QString file = urls.constFirst().toLocalFile();
    const QString suffix = QFileInfo(file).suffix().toLower();
    const QStringList importable = {QStringLiteral("csv"), QStringLiteral("vcf"), QStringLiteral("vcard"),
                                    QStringLiteral("txt")};
    return importable.contains(suffix) ? file : QString();
}
} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
    if (!m_db.isReadOnly() && !importableFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event) {
    const QString file = importableFile(event->mimeData());
    if (m_db.isReadOnly() || file.isEmpty())
        return;
    event->acceptProposedAction();
    // The file manager waits for the drop to end: the preview opens once it has.
    QTimer::singleShot(0, this, [this, file] { importFile(file); });
}

void MainWindow::showPractice() {
    // The practice by its name, as the desktop shows it beside the application's name; the file or the
    // server's database only while the practice has not named itself. The full URL of a server (never with
    // its password) is in the status bar.
    // Times are shown on the practice's clock, as its working hours and flags count them.
    const Result<PracticeProfile> profile = PracticeService(m_db).loadAndApplyZone();
    QString practice = profile ? profile.value().name.trimmed() : QString();
    if (m_db.isServer()) {
        if (practice.isEmpty())
            practice = m_db.serverDatabase().isEmpty() ? tr("Practice") : m_db.serverDatabase();
        const QString hosts = m_db.serverHosts();
        setWindowTitle(
            hosts.isEmpty()
                ? tr("%1 on this computer's server").arg(practice)
                : tr("%1 on %2").arg(practice, hosts.split(QLatin1Char(',')).join(QStringLiteral(", "))));
        return;
    }
    if (practice.isEmpty())
        practice = QFileInfo(m_db.path()).fileName();
    setWindowTitle(m_demo ? tr("Demo practice: %1").arg(practice) : practice);
}

void MainWindow::showCounts(int shown, int total) {
    const QString clients = tr("%Ln clients", nullptr, total);
    m_countLabel->setText(shown == total ? clients
                                         : tr("%1 of %2 shown").arg(QLocale().toString(shown), clients));
}

void MainWindow::updateFollowUpReminder(bool reopen) {
    if (reopen)
        m_followUpReminderDismissed = false;
    if (m_followUpReminderDismissed)
        return;
    const Result<FollowUpNotifier::DueCounts> due = m_followUpNotifier->dueCounts();
    if (!due) {
        m_followUpReminder->showMessage({});
        return;
    }
    const qint64 overdue = due.value().overdue;
    const qint64 dueToday = due.value().dueToday;
    const QString overdueText = tr("%Ln follow-up(s) overdue", nullptr, int(overdue));
    const QString todayText = tr("%Ln follow-up(s) due today", nullptr, int(dueToday));
    QString text;
    if (overdue > 0 && dueToday > 0)
        text = tr("%1 and %2.").arg(overdueText, todayText);
    else if (overdue > 0)
        text = tr("%1.").arg(overdueText);
    else if (dueToday > 0)
        text = tr("%1.").arg(todayText);
    if (const std::optional<AvailabilityPeriod> &period = due.value().period) {
        const QString days = tr("Reduced availability from %1 to %2")
                                 .arg(QLocale().toString(period->from, QLocale::ShortFormat),
                                      QLocale().toString(period->to, QLocale::ShortFormat));
        const qint64 inPeriod = due.value().dueInPeriod;
        const QString availability =
            inPeriod > 0 ? tr("%1: %Ln follow-up(s) still fall in it.", nullptr, int(inPeriod)).arg(days)
                         : tr("%1.").arg(days);
        text = text.isEmpty() ? availability : text + QLatin1Char(' ') + availability;
    }
    m_followUpReminder->showMessage(text,
                                    overdue > 0 ? NoticeBar::Kind::Warning : NoticeBar::Kind::Information);
}

void MainWindow::updateReflectionReminder() {
    const Result<std::optional<QDate>> due = ReflectionService(m_db).monthDue();
    m_reflectionDue = due && due.value() ? *due.value() : QDate();
    m_reflectionReminder->showMessage(
        m_reflectionDue.isValid() ? tr("Time for your monthly reflection on %1: your own lapses, the clients "
                                       "with repeated incidents and "
                                       "a few questions.")
                                        .arg(QLocale().toString(m_reflectionDue, QStringLiteral("MMMM yyyy")))
                                  : QString());
}

void MainWindow::showAbout() {
    const QString version = QApplication::applicationVersion();
    // A practice on a server is not kept on this computer: the text says where it is instead.
    const QString text =
        m_db.isServer()
            ? tr("<h3>Boundary Keeper %1</h3>"
                 "<p>Keeps healthy professional boundaries with every client: the register, agreements, "
                 "incidents and follow-ups of a small practice, kept on the practice's PostgreSQL server.</p>"
                 "<p>Server: %2</p>"
                 "<p>Free software under the GNU General Public License, version 3 or (at your option) any "
                 "later version (GPL-3.0-or-later). It comes with no warranty.</p>")
                  .arg(version, m_db.path().toHtmlEscaped())
            : tr("<h3>Boundary Keeper %1</h3>"
                 "<p>Keeps healthy professional boundaries with every client: the register, agreements, "
                 "incidents and follow-ups of a small practice, kept privately on this computer.</p>"
                 "<p>Database: %2</p>"
                 "<p>Free software under the GNU General Public License, version 3 or (at your option) any "
                 "later version (GPL-3.0-or-later). It comes with no warranty.</p>")
                  .arg(version, QDir::toNativeSeparators(m_db.path()).toHtmlEscaped());
    QMessageBox::about(this, tr("About Boundary Keeper"), text);
}

bool MainWindow::event(QEvent *event) {
    const bool handled = QMainWindow::event(event);
    if (event->type() == QEvent::WindowActivate || event->type() == QEvent::WindowDeactivate)
        checkForChangesOnFocus(event->type() == QEvent::WindowActivate);
    if (event->type() == QEvent::Paint && !m_firstPaintSeen) {
        m_firstPaintSeen = true;
        Q_EMIT firstPainted();
        // The reminder is counted once the window is on screen: starting does not wait for the count.
        QTimer::singleShot(0, this, [this] {
            updateFollowUpReminder(true);
            updateReflectionReminder();
        });
    }
    return handled;
}

void MainWindow::closeEvent(QCloseEvent *event) {
    if (!prepareToClose()) {
        m_backup->dropRestore();
        event->ignore();
        return;
    }
    m_backup->backUpOnClose();
    QMainWindow::closeEvent(event);
}

bool MainWindow::prepareToClose() {
    if (!m_practicePage->confirmLeave())
        return false;
    saveSettings();
    return true;
}

void MainWindow::showServerLost() {
    m_serverNotice->showMessage(tr("The practice server cannot be reached. What you have typed is kept; save "
                                   "again, or press Retry, once the server is back."),
                                NoticeBar::Kind::Warning);
}

void MainWindow::retryServer() {
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const Status reconnected = m_db.reconnect();
    QApplication::restoreOverrideCursor();
    if (!reconnected)
        m_serverNotice->showMessage(
            tr("The practice server still cannot be reached (%1). What you have typed "
               "is kept.")
                .arg(reconnected.error().details.isEmpty()
                         ? reconnected.error().message
                         : reconnected.error().details.section(QLatin1Char('\n'), 0, 0)),
            NoticeBar::Kind::Warning);
}

void MainWindow::checkSignIn() {
    const Result<bool> ended = PractitionerService(m_db).signInEnded();
    if (!ended || !ended.value())
        return; // A lost connection has its own banner.
    m_signInNotice->showMessage(
        tr("An owner of the practice has deactivated your account, so the server no longer lets you read or "
           "change anything in it, and what is still shown may be out of date. Open another practice from "
           "the File menu, or close the window."),
        NoticeBar::Kind::Warning);
    m_navigation->setEnabled(false);
    m_pages->setEnabled(false);
    for (QMenu *menu : std::as_const(m_recordMenus))
        menu->menuAction()->setEnabled(false);
    // Their shortcuts work from every section.
    m_incidentsPage->logIncidentAction()->setEnabled(false);
    m_reflectionPage->disclosureCheckAction()->setEnabled(false);
}

void MainWindow::checkForChangesOnFocus(bool active) {
    if (!m_db.isServer() || m_db.isConnectionLost())
        return;
    const Result<QString> marker = m_db.changeMarker();
    if (!marker)
        return; // A lost connection shows the banner; the next focus checks again.
    if (active && !m_changeMarker.isEmpty() && marker.value() != m_changeMarker)
        m_db.announceEverything();
    m_changeMarker = marker.value();
}

void MainWindow::saveSettings() const {
    Settings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setClientsHeaderState(m_clientsPage->headerState());
    settings.setIncidentsHeaderState(m_incidentsPage->headerState());
}

void MainWindow::restoreSettings() {
    const Settings settings;
    restoreGeometry(settings.windowGeometry());
    m_clientsPage->restoreHeaderState(settings.clientsHeaderState());
    m_incidentsPage->restoreHeaderState(settings.incidentsHeaderState());
}

} // namespace bk
