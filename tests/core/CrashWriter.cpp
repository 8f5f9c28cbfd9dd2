// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
//
// bk_crash_writer PATH CLIENT: logs incidents for CLIENT into the practice file at PATH through
// IncidentService, as both programs do, until it is killed. Once an incident is committed it writes
// "ID NUMBER" on a line of its own to stdout, NUMBER being the one in the incident's description
// ("Call number NUMBER."). tst_CrashSafety kills it at random moments.
#include "app/common/Clock.h"
#include "app/incidents/IncidentService.h"
#include "app/storage/Database.h"
#include "tests/support/TestSupport.h"

#include <QCoreApplication>
#include <cstdio>
#include <unistd.h>

using namespace bk;

int main(int argc, char *argv[]) {
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fputs("usage: bk_crash_writer PATH CLIENT\n", stderr);
        return 2;
    }
    Result<std::unique_ptr<Database>> opened = Database::open(arguments.at(1));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    const std::unique_ptr<Database> database = std::move(opened).value();
    const IncidentService incidents(*database);
    const qint64 client = arguments.at(2).toLongLong();
    for (qint64 number = 1;; ++number) {
        NewIncident incident = test::afterHoursCall(client, Clock::nowUtc());
        incident.description = QStringLiteral("Call number %1.").arg(number);
        const Result<qint64> id = incidents.log(incident);
        if (!id) {
            std::fprintf(stderr, "%s\n", qPrintable(id.error().message));
            return 1;
        }
        // One write() per line, unbuffered: a line the test reads whole is an incident already committed.
        const QByteArray line = QByteArray::number(id.value()) + ' ' + QByteArray::number(number) + '\n';
        if (::write(STDOUT_FILENO, line.constData(), size_t(line.size())) != line.size())
            return 1;
    }
}
