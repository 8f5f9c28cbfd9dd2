// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/AppPaths.h"
#include "app/common/Translations.h"
#include "app/demo/DemoPractice.h"
#include "app/storage/Database.h"
#include "ui/common/MainWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/practice/SetupWizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>
#include <cstdio>
#include <optional>

namespace {

// lupdate files these messages under "main", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(main)
};

/// The sections --section opens on, by the names it takes.
const QList<QPair<QString, bk::MainWindow::Section>> &sectionNames() {
    static const QList<QPair<QString, bk::MainWindow::Section>> names = {
        {QStringLiteral("clients"), bk::MainWindow::ClientsSection},
        {QStringLiteral("incidents"), bk::MainWindow::IncidentsSection},
        {QStringLiteral("dashboard"), bk::MainWindow::DashboardSection},
        {QStringLiteral("practice"), bk::MainWindow::PracticeSection}};
    return names;
}

QString sectionList() {
    QStringList names;
    for (const auto &[name, section] : sectionNames())
        names.append(name);
    return names.join(QStringLiteral(", "));
}

/// With --quit-after-first-paint: prints "first paint" when the window has been painted and, when it
/// opened on the dashboard, "dashboard shown" once the dashboard shows its figures, then quits; quits with
/// exit code 1 if the figures cannot be computed.
class FirstPaintQuitter : public QObject {
public:
    FirstPaintQuitter(bk::MainWindow &window, bool waitForDashboard)
        : QObject(&window)
        , m_waitForDashboard(waitForDashboard) {
        connect(&window, &bk::MainWindow::firstPainted, this, [this] {
            // The benchmark times start-up until this line (tests/benchmarks/StartupBench.cpp).
            print("first paint");
            m_painted = true;
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
    static void print(const char *line) {
        std::fputs(line, stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
    }

    void finishIfDone() {
        if (!m_painted || (m_waitForDashboard && !m_dashboardShown) || m_done)
            return;
        m_done = true;
        if (m_waitForDashboard)
            print("dashboard shown");
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }

    bool m_waitForDashboard = false;
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
    bk::Translations::install();
    QGuiApplication::setApplicationDisplayName(Tr::tr("Boundary Keeper"));
    QGuiApplication::setDesktopFileName(QStringLiteral("boundary-keeper"));

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Keep healthy professional boundaries with every client."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), Tr::tr("Open the database at PATH."),
                                      Tr::tr("PATH"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        Tr::tr("Open the demo practice (its own file; your database is not opened)."));
    const QCommandLineOption readOnlyOption(
        QStringLiteral("read-only"), Tr::tr("Open the database read-only: look without changing anything."));
    const QCommandLineOption sectionOption(
        QStringLiteral("section"), Tr::tr("Open on section NAME: %1.").arg(sectionList()), Tr::tr("NAME"));
    const QCommandLineOption quitOption(QStringLiteral("quit-after-first-paint"),
                                        Tr::tr("Quit as soon as the window has been shown (to time "
                                               "start-up); with --section dashboard, once the "
                                               "dashboard shows its figures."));
    parser.addOptions({dbOption, demoOption, readOnlyOption, sectionOption, quitOption});
    parser.process(*app);
    if (parser.isSet(dbOption) && parser.isSet(demoOption)) {
        std::fputs(qPrintable(Tr::tr("Use either --db or --demo, not both.\n")), stderr);
        return 2;
    }
    std::optional<bk::MainWindow::Section> section;
    if (parser.isSet(sectionOption)) {
        const QString name = parser.value(sectionOption).trimmed().toLower();
        for (const auto &[known, value] : sectionNames()) {
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
    const QString path = demo                     ? bk::AppPaths::demoDatabasePath()
                         : parser.isSet(dbOption) ? parser.value(dbOption)
                                                  : bk::AppPaths::defaultDatabasePath();
    bk::Database::Options options;
    if (parser.isSet(readOnlyOption))
        options.access = bk::Database::Access::ReadOnly;
    bk::Result<std::unique_ptr<bk::Database>> opened =
        demo ? bk::DemoPractice::open(path) : bk::Database::open(path, options);
    if (!opened.ok()) {
        // The file is left exactly as it was; the user decides what to do with it. A timed start-up has
        // nobody to close a message box.
        const bk::Error &error = opened.error();
        if (parser.isSet(quitOption)) {
            std::fputs(qPrintable(error.message + QLatin1Char('\n')), stderr);
            return 1;
        }
        bk::MessageBox::inform(nullptr, Tr::tr("Cannot open the database"), error.message,
                               bk::MessageBox::Kind::Critical, Tr::tr("Quit"), error.details);
        return 1;
    }
    const std::unique_ptr<bk::Database> database = std::move(opened).value();

    // The first start on an empty database asks about the practice; a timed start-up is not interrupted.
    if (!demo && !parser.isSet(quitOption) && bk::SetupWizard::isNeeded(*database)) {
        bk::SetupWizard setup(*database);
        setup.exec();
    }

    bk::MainWindow window(*database, demo);
    if (section)
        window.showSection(*section);
    if (parser.isSet(quitOption))
        new FirstPaintQuitter(window, section == bk::MainWindow::DashboardSection);
    window.show();
    return QApplication::exec();
}
