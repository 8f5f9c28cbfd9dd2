// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "Cli.h"
#include "CommandGroups.h"
#include "common/AppPaths.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char *argv[]) {
    bk::AppPaths::initProcess();
    QCoreApplication app(argc, argv);

    // A new command group is one source file and one line here (and its declaration in CommandGroups.h).
    const bk::cli::Cli cli(QList<bk::cli::Command>()     //
                           + bk::cli::databaseCommands() //
                           + bk::cli::clientCommands()   //
                           + bk::cli::practiceCommands() //
                           + bk::cli::policyCommands());

    // QTextStream writes UTF-8 whatever the locale, so output is the same in every terminal and pipe.
    QTextStream out(stdout);
    QTextStream err(stderr);
    return cli.run(QCoreApplication::arguments(), out, err);
}
