// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/cli/CommandGroups.h"
#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QDir>

namespace bk::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("DatabaseCommands", text);
}

int init(Invocation &invocation) {
    const Database *database = invocation.database(DatabaseUse::CreateIfMissing);
    if (!database)
        return ExitFailure;
    invocation.out() << tr("Database: %1").arg(QDir::toNativeSeparators(database->path()))
                     << QLatin1Char('\n') << tr("Schema version: %1").arg(database->schemaVersion())
                     << QLatin1Char('\n');
    if (database->isReadOnly())
        invocation.out() << tr("The file is read-only: it can be read but not changed.") << QLatin1Char('\n');
    return ExitOk;
}

} // namespace

QList<Command> databaseCommands() {
    Command initCommand;
    initCommand.words = {QStringLiteral("init")};
    initCommand.summary = tr("Create the database, or bring an older one up to date, and show where it is.");
    initCommand.run = init;
    return {initCommand};
}

} // namespace bk::cli
