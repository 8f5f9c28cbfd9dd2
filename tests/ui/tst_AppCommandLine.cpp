// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "TestSupport.h"
#include "storage/Database.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;

/// The real boundary-keeper program started from the command line: --section, alone and with
/// --quit-after-first-paint, which the benchmark uses to measure the application with the dashboard shown.
class tst_AppCommandLine : public QObject {
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1; ///< -1 when the program crashed or did not finish
        QStringList outLines;
        QString err;
    };

    QTemporaryDir m_home;
    QString m_database;

    /// Runs boundary-keeper offscreen with a private home, so it never touches the user's settings or data.
    Run run(const QStringList &arguments) const {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(BK_APP_PATH), arguments);
        Run result;
        if (!process.waitForStarted(30000)) {
            result.err = process.errorString();
            return result;
        }
        // Generous for a loaded machine; a hang still ends the test instead of blocking ctest.
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            result.err = QStringLiteral("the program did not finish");
            return result;
        }
        result.outLines =
            QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        result.err = QString::fromUtf8(process.readAllStandardError());
        if (process.exitStatus() == QProcess::NormalExit)
            result.exitCode = process.exitCode();
        return result;
    }

private Q_SLOTS:
    void initTestCase() {
        test::initTestEnvironment();
        QVERIFY(m_home.isValid());
        // A small practice: the dashboard has incidents to count.
        m_database = m_home.filePath(QStringLiteral("practice.sqlite"));
        const std::unique_ptr<Database> db = test::openDatabase(m_database);
        QVERIFY(db);
        QVERIFY(test::addSyntheticClients(*db, 40).ok());
        QVERIFY(test::addSyntheticIncidents(*db, 400, 40).ok());
    }

    void dashboardSectionWaitsForTheFigures() {
        const Run result = run({QStringLiteral("--db"), m_database, QStringLiteral("--section"),
                                QStringLiteral("dashboard"), QStringLiteral("--quit-after-first-paint")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(result.outLines,
                 (QStringList{QStringLiteral("first paint"), QStringLiteral("dashboard shown")}));
    }

    void otherSectionsQuitAfterTheFirstPaint_data() {
        QTest::addColumn<QString>("section");
        QTest::newRow("clients") << QStringLiteral("clients");
        QTest::newRow("incidents, in capitals") << QStringLiteral("INCIDENTS");
        QTest::newRow("practice") << QStringLiteral("practice");
    }

    void otherSectionsQuitAfterTheFirstPaint() {
        QFETCH(QString, section);
        const Run result = run({QStringLiteral("--db"), m_database, QStringLiteral("--section"), section,
                                QStringLiteral("--quit-after-first-paint")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(result.outLines, QStringList{QStringLiteral("first paint")});
    }

    void unknownSectionIsRefused() {
        const Run result = run({QStringLiteral("--db"), m_database, QStringLiteral("--section"),
                                QStringLiteral("nonsense"), QStringLiteral("--quit-after-first-paint")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.outLines.isEmpty());
        QVERIFY2(result.err.contains(QStringLiteral("\"nonsense\"")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("clients, incidents, dashboard, practice")),
                 qPrintable(result.err));
    }

    void dashboardThatCannotBeComputedEndsWithAnError() {
        // Without the period index the dashboard's statements fail: the program must say so and quit.
        const QString broken = m_home.filePath(QStringLiteral("broken.sqlite"));
        {
            const std::unique_ptr<Database> db = test::openDatabase(broken);
            QVERIFY(db);
            QVERIFY(test::addSyntheticClients(*db, 5).ok());
            QVERIFY(QSqlQuery(db->connection()).exec(QStringLiteral("DROP INDEX incidents_by_period")));
        }
        const Run result = run({QStringLiteral("--db"), broken, QStringLiteral("--section"),
                                QStringLiteral("dashboard"), QStringLiteral("--quit-after-first-paint")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!result.outLines.contains(QStringLiteral("dashboard shown")));
        QVERIFY2(result.err.contains(QStringLiteral("The dashboard could not be computed")),
                 qPrintable(result.err));
    }

    void helpDescribesTheSections() {
        const Run result = run({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        const QString help = result.outLines.join(QLatin1Char(' ')).simplified();
        QVERIFY2(help.contains(QStringLiteral("--section <NAME>")), qPrintable(help));
        QVERIFY2(help.contains(QStringLiteral("clients, incidents, dashboard, practice")), qPrintable(help));
    }
};

QTEST_GUILESS_MAIN(tst_AppCommandLine)
#include "tst_AppCommandLine.moc"
