// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "TestSupport.h"

#include "common/AppPaths.h"
#include "common/Translations.h"
#include "storage/ClientRepository.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

namespace bk::test {

void initTestEnvironment() {
    // Test mode puts data under $HOME/.qttest; a private HOME per test process keeps parallel tests apart.
    static QTemporaryDir home;
    qputenv("HOME", QFile::encodeName(home.path()));
    QStandardPaths::setTestModeEnabled(true);
    AppPaths::initProcess();
    // As in both programs: plural forms come from the English translation.
    if (QCoreApplication::instance())
        Translations::install();
}

std::unique_ptr<Database> openDatabase(const QString &path) {
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened.ok()) {
        QTest::qFail(qPrintable(opened.error().message), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(opened).value();
}

Status addSyntheticClients(const Database &database, int count, quint32 seed) {
    static const char *const givenNames[] = {"Amelia", "Ben",   "Chloe", "Daniel", "Ella",  "Farid", "Grace",
                                             "Hugo",   "Isla",  "Jonas", "Kofi",   "Lena",  "Mateo", "Nia",
                                             "Oskar",  "Priya", "Quinn", "Rosa",   "Sami",  "Tara",  "Uma",
                                             "Viktor", "Wen",   "Xavi",  "Yara",   "Zoltán"};
    static const char *const familyNames[] = {"Adams",  "Becker",   "Costa",   "Dubois", "Evans", "Fischer",
                                              "García", "Horvat",   "Ivanov",  "Jensen", "Kowal", "Lindqvist",
                                              "Müller", "Nakamura", "O'Brien", "Petrov", "Quinn", "Rossi",
                                              "Singh",  "Tanaka",   "Usman",   "Varga",  "Walsh", "Yilmaz"};
    QRandomGenerator random(seed);
    const ClientRepository clients(database);
    return database.transaction([&]() -> Status {
        for (int i = 0; i < count; ++i) {
            Client client;
            const QString given = QString::fromUtf8(givenNames[random.bounded(int(std::size(givenNames)))]);
            const QString family =
                QString::fromUtf8(familyNames[random.bounded(int(std::size(familyNames)))]);
            client.fullName = given + QLatin1Char(' ') + family + QLatin1Char(' ') + QString::number(i);
            client.email =
                QStringLiteral("%1.%2.%3@example.com").arg(given.toLower(), family.toLower()).arg(i);
            client.phone = QStringLiteral("+44 7700 %1").arg(random.bounded(100000, 999999));
            client.preferredChannel =
                ContactChannels::all().at(random.bounded(int(ContactChannels::all().size())));
            client.status = ClientStatus(random.bounded(5));
            client.startDate = QDate(2020, 1, 1).addDays(random.bounded(2000));
            client.archived = random.bounded(20) == 0;
            if (Result<qint64> added = clients.add(client); !added)
                return added.error();
        }
        return {};
    });
}

int fileMode(const QString &path) {
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

QString pythonWith(const QString &module) {
    // Debian's interpreter first: python3-icalendar is installed for it, not for other pythons on PATH.
    for (const QStringList &paths : {QStringList{QStringLiteral("/usr/bin")}, QStringList{}}) {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"), paths);
        if (python.isEmpty())
            continue;
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import ") + module});
        if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit &&
            probe.exitCode() == 0)
            return python;
    }
    return {};
}

} // namespace bk::test
