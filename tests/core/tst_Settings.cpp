// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/Settings.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;

class TestSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void init() { Settings().clear(); }

    void everyEntryIsKeptAcrossInstances() {
        {
            Settings settings;
            settings.setWindowGeometry("geometry");
            settings.setClientsHeaderState("clients");
            settings.setIncidentsHeaderState("incidents");
            settings.setLastDocumentFolder(QStringLiteral("/tmp/documents"));
            settings.setInterfaceLanguage(QStringLiteral("de"));
        }
        const Settings settings;
        QCOMPARE(settings.windowGeometry(), QByteArray("geometry"));
        QCOMPARE(settings.clientsHeaderState(), QByteArray("clients"));
        QCOMPARE(settings.incidentsHeaderState(), QByteArray("incidents"));
        QCOMPARE(settings.lastDocumentFolder(), QStringLiteral("/tmp/documents"));
        QCOMPARE(settings.interfaceLanguage(), QStringLiteral("de"));
    }

    void choosingTheSystemLanguageAgainForgetsTheChoice() {
        Settings().setInterfaceLanguage(QStringLiteral("fr"));
        Settings().setInterfaceLanguage(QString());
        QVERIFY(Settings().interfaceLanguage().isEmpty());
    }

    void nothingIsSetInAFreshFile() {
        const Settings settings;
        QVERIFY(settings.windowGeometry().isEmpty());
        QVERIFY(settings.lastDocumentFolder().isEmpty());
        QVERIFY(settings.interfaceLanguage().isEmpty());
        QVERIFY(settings.integrityCheckState(QStringLiteral("/nowhere.sqlite")).isEmpty());
    }

    void recentPracticesAreKeptLastFirstWithoutRepeats() {
        for (int i = 0; i < Settings::MaxRecentPractices + 2; ++i)
            Settings().addRecentPractice(QStringLiteral("/practices/%1.bk").arg(i));
        Settings().addRecentPractice(QStringLiteral("postgresql://anna@db/practice"));
        Settings().addRecentPractice(QStringLiteral("/practices/7.bk"));
        const QStringList recent = Settings().recentPractices();
        QCOMPARE(recent.size(), Settings::MaxRecentPractices);
        QCOMPARE(recent.at(0), QStringLiteral("/practices/7.bk"));
        QCOMPARE(recent.at(1), QStringLiteral("postgresql://anna@db/practice"));
        QCOMPARE(recent.at(2), QStringLiteral("/practices/6.bk"));
        QCOMPARE(recent.count(QStringLiteral("/practices/7.bk")), 1);
    }

    void theIntegrityStateBelongsToOneFileWhateverItsSpelling() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString first = dir.filePath(QStringLiteral("first.sqlite"));
        const QString second = dir.filePath(QStringLiteral("second.sqlite"));
        for (const QString &path : {first, second}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        Settings().setIntegrityCheckState(first, QStringLiteral("10 20 30"));
        const Settings settings;
        QCOMPARE(settings.integrityCheckState(dir.path() + QStringLiteral("/./first.sqlite")),
                 QStringLiteral("10 20 30"));
        QVERIFY(settings.integrityCheckState(second).isEmpty());
    }

    void theFileIsInTheTestConfigurationFolder() {
        Settings().setLastDocumentFolder(QStringLiteral("/tmp"));
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
        QVERIFY(folder.contains(QStringLiteral("qttest")));
        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("settings.ini"))));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_Settings.moc"
