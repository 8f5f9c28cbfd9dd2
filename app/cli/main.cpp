// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/cli/Cli.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CommandGroups.h"
#include "app/common/AppPaths.h"
#include "app/common/Translations.h"

#include <QFile>
#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>

namespace {
// stderr carries the command's own one-line errors; Qt's warnings about the offscreen platform and its
// environment (e.g. XDG_RUNTIME_DIR) would only confuse scripts that read it. Critical problems still show.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message) {
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qUtf8Printable(message));
}
} // namespace

int main(int argc, char *argv[]) {
    bk::AppPaths::initProcess();
    // Documents (agreement PDFs, the demo's) need fonts, and fonts need a QGuiApplication; the command line
    // never shows a window, so it runs on the offscreen platform and needs no display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(quietMessages);
    QGuiApplication app(argc, argv);
    bk::Translations::install();

    // A new command group is one source file and one line here (and its declaration in CommandGroups.h).
    const bk::cli::Cli cli(QList<bk::cli::Command>()         //
                           + bk::cli::databaseCommands()     //
                           + bk::cli::clientCommands()       //
                           + bk::cli::importCommands()       //
                           + bk::cli::practiceCommands()     //
                           + bk::cli::policyCommands()       //
                           + bk::cli::agreementCommands()    //
                           + bk::cli::incidentCommands()     //
                           + bk::cli::incidentShowCommands() //
                           + bk::cli::followUpCommands()     //
                           + bk::cli::reflectCommands()      //
                           + bk::cli::availabilityCommands() //
                           + bk::cli::backupCommands()       //
                           + bk::cli::exportCommands()       //
                           + bk::cli::auditCommands()        //
                           + bk::cli::practitionerCommands() //
                           + bk::cli::dashboardCommands());

    // QTextStream writes UTF-8 whatever the locale, so output is the same in every terminal and pipe.
    QFile standardOutput;
    if (!standardOutput.open(stdout, QIODevice::WriteOnly))
        return bk::cli::ExitFailure;
    bk::cli::TerminalSafeDevice safeOutput(&standardOutput);
    QTextStream out(&safeOutput);
    QTextStream err(stderr);
    return cli.run(QCoreApplication::arguments(), out, err);
}
