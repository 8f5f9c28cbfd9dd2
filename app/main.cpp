// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/backup/BackupService.h"
#include "app/common/AppPaths.h"
#include "app/common/OpenedPractice.h"
#include "app/common/Settings.h"
#include "app/common/Translations.h"
#include "app/demo/DemoPractice.h"
#include "app/storage/Database.h"
#include "ui/backup/BackupActions.h"
#include "ui/common/CheckingProgress.h"
#include "ui/common/MainWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/common/PracticeSwitcher.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/help/ContextHelp.h"
#include "ui/onboarding/OnboardingActions.h"
#include "ui/practice/SetupWizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QStatusBar>
#include <QTimer>
#include <cstdio>
#include <optional>
#include <utility>

namespace {

// lupdate files these messages under "main", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(main)
};

QString sectionList() {
    QStringList names;
    for (const auto &[name, section] : bk::MainWindow::sectionNames())
        names.append(name);
    return names.join(QStringLiteral(", "));
}

/// With --quit-after-first-paint: prints "first paint" when the window has been painted and, when it
/// opened on the dashboard, "dashboard shown" once the dashboard shows its figures; when it opened a file,
/// "verification: " and the headline of its verification, then the reason on a line of its own; then
/// quits. Quits with exit code 1 if the figures cannot be computed.
class FirstPaintQuitter : public QObject {
public:
    FirstPaintQuitter(bk::MainWindow &window, bool waitForDashboard, bool waitForVerification)
        : QObject(&window)
        , m_window(window)
        , m_waitForDashboard(waitForDashboard)
        , m_waitForVerification(waitForVerification) {
        connect(&window, &bk::MainWindow::firstPainted, this, [this] {
            // The benchmark times start-up until this line (tests/benchmarks/StartupBench.cpp).
            print("first paint");
            m_painted = true;
            finishIfDone();
        });
        connect(&window, &bk::MainWindow::integrityCheckFinished, this, [this] { finishIfDone(); });
        connect(window.onboardingActions(), &bk::OnboardingActions::fileVerified, this,
                [this](const QString &headline, const QString &reason) {
                    m_verification = QStringList{QStringLiteral("verification: ") + headline, reason};
                    finishIfDone();
                });
        if (!waitForDashboard)
            return;
        connect(window.dashboardPage(), &bk::DashboardPage::figuresShown, this, [this] {
            m_dashboardShown = true;
            finishIfDone();
        });
        connect(window.dashboardPage(), &bk::DashboardPage::figuresFailed, this, [](const QString &message) {
            std::fputs(qPrintable(Tr::tr("The dashboard could not be computed: %1\n").arg(message)), stderr);
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(1); });
        });
    }

private:
    static void print(const QString &line) { print(line.toLocal8Bit().constData()); }
    static void print(const char *line) {
        std::fputs(line, stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
    }

    void finishIfDone() {
        if (!m_painted || (m_waitForDashboard && !m_dashboardShown) ||
            (m_waitForVerification && m_verification.isEmpty()) || m_done)
            return;
        if (!m_reported) {
            m_reported = true;
            if (m_waitForDashboard)
                print("dashboard shown");
            for (const QString &line : std::as_const(m_verification))
                print(line);
        }
        // The full check of a file that changed elsewhere is let finish (after the lines above, so the times
        // they mark are not affected): quitting would stop it, and the next start would check again.
        if (m_window.isCheckingIntegrity())
            return;
        m_done = true;
        // Also ends the verification dialog's own event loop.
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }

    bk::MainWindow &m_window;
    bool m_waitForDashboard = false;
    bool m_waitForVerification = false;
    bool m_reported = false;
    QStringList m_verification;
    bool m_painted = false;
    bool m_dashboardShown = false;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[]) {
    bk::AppPaths::initProcess();
    // --help and --version answer on the terminal, so they must work without a display.
    bool infoOnly = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        infoOnly = infoOnly || arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" ||
                   arg == "--version";
    }
    const std::unique_ptr<QCoreApplication> app = infoOnly ? std::make_unique<QCoreApplication>(argc, argv)
                                                           : std::make_unique<QApplication>(argc, argv);
    // The window speaks the language chosen in Preferences; --help answers in the terminal's.
    bk::Translations::install(infoOnly ? QString() : bk::Settings().interfaceLanguage());
    QGuiApplication::setApplicationDisplayName(Tr::tr("Boundary Keeper"));
    // The desktop file, the icons and the AppStream metadata are all named after this id.
    QGuiApplication::setDesktopFileName(QStringLiteral(BK_APP_ID));
    if (!infoOnly) { // Theme icons need a QGuiApplication.
        QGuiApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(BK_APP_ID)));
        // F1 opens the guide on the page for where the user is, in every window.
        bk::ContextHelp::install();
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Keep healthy professional boundaries with every client."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        Tr::tr("Open the database file at PATH, or the practice on the PostgreSQL server at URL "
               "(postgresql://user@host/database)."),
        Tr::tr("PATH|URL"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        Tr::tr("Open the demo practice (its own file; your database is not opened)."));
    const QCommandLineOption readOnlyOption(
        QStringLiteral("read-only"), Tr::tr("Open the database read-only: look without changing anything."));
    const QCommandLineOption sectionOption(
        QStringLiteral("section"), Tr::tr("Open on section NAME: %1.").arg(sectionList()), Tr::tr("NAME"));
    const QCommandLineOption quitOption(
        QStringLiteral("quit-after-first-paint"),
        Tr::tr("Quit as soon as the window has been shown (to time start-up); with --section dashboard, once "
               "the "
               "dashboard shows its figures; with a file, once it is verified."));
    parser.addOptions({dbOption, demoOption, readOnlyOption, sectionOption, quitOption});
    parser.addPositionalArgument(
        QStringLiteral("file"),
        Tr::tr("A PDF to verify once the window is open: whether it is an unaltered signed agreement or "
               "behavioural contract from these records."),
        QStringLiteral("[file]"));
    parser.process(*app);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        std::fputs(qPrintable(Tr::tr("Name one file to verify, not %1.\n").arg(files.size())), stderr);
        return 2;
    }
    if (parser.isSet(dbOption) && parser.isSet(demoOption)) {
        std::fputs(qPrintable(Tr::tr("Use either --db or --demo, not both.\n")), stderr);
        return 2;
    }
    std::optional<bk::MainWindow::Section> section;
    if (parser.isSet(sectionOption)) {
        const QString name = parser.value(sectionOption).trimmed().toLower();
        for (const auto &[known, value] : bk::MainWindow::sectionNames()) {
            if (name == known)
                section = value;
        }
        if (!section) {
            std::fputs(qPrintable(Tr::tr("There is no section \"%1\"; the sections are %2.\n")
                                      .arg(parser.value(sectionOption), sectionList())),
                       stderr);
            return 2;
        }
    }

    const bool demo = parser.isSet(demoOption);
    // Without --db or --demo the practice opened last is opened again (a server's URL is remembered without
    // its password), or the practice file in the data folder the first time.
    const QStringList recent =
        demo || parser.isSet(dbOption) ? QStringList() : bk::Settings().recentPractices();
    const bool remembered = !recent.isEmpty();
    QString path = demo                     ? bk::AppPaths::demoDatabasePath()
                   : parser.isSet(dbOption) ? parser.value(dbOption)
                   : remembered             ? recent.first()
                                            : bk::AppPaths::defaultDatabasePath();
    bk::Database::Options options;
    if (parser.isSet(readOnlyOption))
        options.access = bk::Database::Access::ReadOnly;
    // An upgrade of the schema changes the file for good: a backup is taken first.
    options.beforeUpgrade = &bk::BackupService::beforeUpgrade;

    // A restore replaces the database file, so it is carried out between two windows, with nothing open.
    std::optional<bk::BackupActions::RestoreRequest> restore;
    QString notice;
    for (bool first = true;; first = false) {
        if (restore) {
            const bk::Result<QString> kept =
                bk::BackupService::restore(path, restore->file, restore->passphrase);
            restore.reset();
            if (kept)
                notice = kept.value().isEmpty()
                             ? Tr::tr("The backup was restored.")
                             : Tr::tr("The backup was restored; the practice as it was is kept as %1.")
                                   .arg(QDir::toNativeSeparators(kept.value()));
            else
                bk::MessageBox::inform(nullptr, Tr::tr("Restore"), kept.error().message,
                                       bk::MessageBox::Kind::Critical, {}, kept.error().details);
        }
        std::unique_ptr<bk::OpenedPractice> practice;
        if (bk::Database::isServerUrl(path) && !parser.isSet(quitOption) && !parser.isSet(readOnlyOption)) {
            // The password from the system keyring, the Connect dialog when the server refuses it, and a
            // choice when the server cannot be reached: never a blank window.
            practice = bk::PracticeSwitcher::openAsking(nullptr, path, {}, first);
            if (!practice)
                return 0;
        } else {
            bk::Database::Options fileOptions = options;
            // A remembered file that has gone is not made anew where it was: the usual file is opened
            // instead.
            if (first && remembered && !bk::Database::isServerUrl(path))
                fileOptions.create = false;
            // A file changed since it was last checked gets the quick check with progress here; the full
            // check runs in the background once the window is up (MainWindow).
            bk::CheckingProgress checking(nullptr, path);
            fileOptions.quickCheck = true;
            fileOptions.checking = checking.callback();
            bk::Result<std::unique_ptr<bk::Database>> opened =
                demo && first ? bk::DemoPractice::open(path) : bk::Database::open(path, fileOptions);
            if (!opened && first && remembered && opened.error().kind == bk::Error::Kind::NotFound) {
                path = bk::AppPaths::defaultDatabasePath();
                fileOptions.create = true;
                opened = bk::Database::open(path, fileOptions);
            }
            if (!opened && opened.error().kind == bk::Error::Kind::Cancelled)
                return 0;
            if (!opened.ok()) {
                // The file is left exactly as it was; the user decides what to do with it. A timed start-up
                // has nobody to close a message box.
                bk::Error error = opened.error();
                if (error.kind == bk::Error::Kind::Damaged) {
                    if (const QString advice = bk::BackupService::restoreAdvice(path); !advice.isEmpty())
                        error.message += QLatin1Char(' ') + advice;
                }
                if (parser.isSet(quitOption)) {
                    std::fputs(qPrintable(error.message + QLatin1Char('\n')), stderr);
                    return 1;
                }
                bk::MessageBox::inform(nullptr, Tr::tr("Cannot open the database"), error.message,
                                       bk::MessageBox::Kind::Critical, Tr::tr("Quit"), error.details);
                return 1;
            }
            practice = std::make_unique<bk::OpenedPractice>(std::move(opened).value());
        }

        // The first start on an empty database asks about the practice; a timed start-up is not interrupted.
        if (first && !demo && !parser.isSet(quitOption) && bk::SetupWizard::isNeeded(practice->practice())) {
            bk::SetupWizard setup(practice->practice());
            setup.exec();
        }

        // File › Open practice file…, Connect to practice server… and Move practice to a server… replace the
        // window and its practice.
        bk::PracticeSwitcher switcher;
        switcher.show(std::move(practice), demo);
        bk::MainWindow &window = *switcher.window();
        if (section)
            window.showSection(*section);
        if (parser.isSet(quitOption))
            new FirstPaintQuitter(window, section == bk::MainWindow::DashboardSection, !files.isEmpty());
        if (!notice.isEmpty())
            window.statusBar()->showMessage(std::exchange(notice, QString()));
        // Once the window is up, the file the desktop (or the command line) handed over is verified in the
        // same dialog as File › Verify a PDF; a missing or unreadable file is explained there.
        if (first && !files.isEmpty()) {
            bk::OnboardingActions *actions = window.onboardingActions();
            QTimer::singleShot(0, actions, [actions, file = files.first()] { actions->verifyFile(file); });
        }
        const int exitCode = QApplication::exec();
        // The window may have been switched to another practice meanwhile: the restore is that one's.
        restore = switcher.window()->backupActions()->pendingRestore();
        if (!restore)
            return exitCode;
        path = switcher.window()->practice().path();
    }
}
