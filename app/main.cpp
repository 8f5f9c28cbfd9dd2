// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "common/AppPaths.h"
#include "common/MainWindow.h"
#include "common/MessageBox.h"
#include "common/Translations.h"
#include "demo/DemoPractice.h"
#include "practice/SetupWizard.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTimer>
#include <cstdio>

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("main", text);
}

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
    QGuiApplication::setApplicationDisplayName(tr("Boundary Keeper"));
    QGuiApplication::setDesktopFileName(QStringLiteral("boundary-keeper"));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Keep healthy professional boundaries with every client."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Open the database at PATH."), tr("PATH"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), tr("Open the demo practice (its own file; your database is not opened)."));
    const QCommandLineOption readOnlyOption(
        QStringLiteral("read-only"), tr("Open the database read-only: look without changing anything."));
    const QCommandLineOption quitOption(QStringLiteral("quit-after-first-paint"),
                                        tr("Quit as soon as the window has been shown (to time start-up)."));
    parser.addOptions({dbOption, demoOption, readOnlyOption, quitOption});
    parser.process(*app);
    if (parser.isSet(dbOption) && parser.isSet(demoOption)) {
        std::fputs(qPrintable(tr("Use either --db or --demo, not both.\n")), stderr);
        return 2;
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
        // The file is left exactly as it was; the user decides what to do with it.
        bk::MessageBox::inform(nullptr, tr("Cannot open the database"),
                               tr("Boundary Keeper could not open %1.\n\n%2")
                                   .arg(QDir::toNativeSeparators(path), opened.error().message),
                               bk::MessageBox::Kind::Critical, tr("Quit"));
        return 1;
    }
    const std::unique_ptr<bk::Database> database = std::move(opened).value();

    // The first start on an empty database asks about the practice; a timed start-up is not interrupted.
    if (!demo && !parser.isSet(quitOption) && bk::SetupWizard::isNeeded(*database)) {
        bk::SetupWizard setup(*database);
        setup.exec();
    }

    bk::MainWindow window(*database, demo);
    if (parser.isSet(quitOption)) {
        QObject::connect(&window, &bk::MainWindow::firstPainted, app.get(), [] {
            // The benchmark times start-up until this line (tests/benchmarks/StartupBench.cpp).
            std::fputs("first paint\n", stdout);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        });
    }
    window.show();
    return QApplication::exec();
}
