// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/Database.h"
#include "tests/core/AgreementFixture.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;

/// The real boundary-keeper program started from the command line: --section, alone and with
/// --quit-after-first-paint, which the benchmark uses to measure the application with the dashboard shown;
/// a PDF named on the command line (as the desktop's "Open With" does) is verified once the window is open.
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
    /// `launcher`: a command and its first arguments to start the program through.
    Run run(const QStringList &arguments, const QStringList &launcher = {}) const {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        process.setProcessEnvironment(environment);
        if (launcher.isEmpty())
            process.start(QStringLiteral(BK_APP_PATH), arguments);
        else
            process.start(launcher.first(),
                          launcher.mid(1) + QStringList{QStringLiteral(BK_APP_PATH)} + arguments);
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

    /// Writes `bytes` to the file `name` in the private home; its path, or nothing when it cannot be written.
    QString writeFile(const QString &name, const QByteArray &bytes) const {
        const QString path = m_home.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
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
        QTest::newRow("reflection") << QStringLiteral("reflection");
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
        QVERIFY2(result.err.contains(QStringLiteral("clients, incidents, dashboard, reflection, practice")),
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

    void aFileThatCannotBeOpenedEndsWithOneLine() {
        const QString notes = writeFile(QStringLiteral("notes.txt"), "Not a practice.\n");
        QVERIFY(!notes.isEmpty());
        const Run result = run({QStringLiteral("--db"), notes, QStringLiteral("--quit-after-first-paint")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.outLines.isEmpty());
        // One line of its own (Qt may warn about the environment on lines of its own).
        const QStringList lines = result.err.split(QLatin1Char('\n')).filter(QStringLiteral("notes.txt"));
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(notes + QStringLiteral(" is not a Boundary Keeper database")),
                 qPrintable(result.err));
    }

    // Read-only media: the folder is bound read-only in a mount namespace of the program's own.
    void opensADatabaseOnReadOnlyMedia() {
        QTemporaryDir media;
        QVERIFY(media.isValid());
        const QString database = media.filePath(QStringLiteral("practice.sqlite"));
        QVERIFY(QFile::copy(m_database, database));
        const QStringList launcher = test::readOnlyFolderLauncher(media.path());
        if (launcher.isEmpty()) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("unshare cannot make a read-only mount here, and CI must run this test.");
            QSKIP(
                "This system does not let a test make a mount namespace (unshare --mount --map-root-user).");
        }
        const Run result = run({QStringLiteral("--db"), database, QStringLiteral("--section"),
                                QStringLiteral("dashboard"), QStringLiteral("--quit-after-first-paint")},
                               launcher);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(result.outLines,
                 (QStringList{QStringLiteral("first paint"), QStringLiteral("dashboard shown")}));
        QCOMPARE(QDir(media.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("practice.sqlite")});
    }

    void aSignedAgreementNamedOnTheCommandLineIsVerified() {
        const QString database = m_home.filePath(QStringLiteral("signed.sqlite"));
        QByteArray bytes;
        {
            test::AgreementFixture fixture = test::makeAgreementFixture(database);
            QVERIFY(fixture.db);
            const Result<Agreement> signedAgreement =
                AgreementService(*fixture.db).finalise(test::completeAgreement(fixture));
            QVERIFY(signedAgreement.ok());
            bytes = signedAgreement.value().pdf;
        }
        const QString pdf = writeFile(QStringLiteral("Anna's agreement.pdf"), bytes);
        QVERIFY(!pdf.isEmpty());
        const Run result =
            run({QStringLiteral("--db"), database, QStringLiteral("--quit-after-first-paint"), pdf});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(result.outLines.size(), 3);
        QCOMPARE(result.outLines.at(0), QStringLiteral("first paint"));
        QCOMPARE(result.outLines.at(1),
                 QStringLiteral("verification: Unaltered agreement from these records"));
        QVERIFY2(result.outLines.at(2).startsWith(QStringLiteral("The file is the unaltered agreement")) &&
                     result.outLines.at(2).contains(QStringLiteral("Anna Schmidt")),
                 qPrintable(result.outLines.at(2)));

        // The same file with one byte changed is recognised as altered.
        const qsizetype at = bytes.size() / 2;
        bytes[at] = char(bytes.at(at) ^ 0x01);
        QCOMPARE(writeFile(QStringLiteral("Anna's agreement.pdf"), bytes), pdf);
        const Run altered =
            run({QStringLiteral("--db"), database, QStringLiteral("--quit-after-first-paint"), pdf});
        QVERIFY2(altered.exitCode == 0, qPrintable(altered.err));
        QCOMPARE(altered.outLines.value(1),
                 QStringLiteral("verification: Altered: this is not the PDF that was signed"));
    }

    void aMissingFileNamedOnTheCommandLineIsExplained() {
        const QString missing = m_home.filePath(QStringLiteral("gone.pdf"));
        const Run result =
            run({QStringLiteral("--db"), m_database, QStringLiteral("--quit-after-first-paint"), missing});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(result.outLines,
                 (QStringList{QStringLiteral("first paint"),
                              QStringLiteral("verification: The file could not be verified"),
                              missing + QStringLiteral(" could not be opened: it does not exist.")}));
    }

    void aFileThatIsNotAPdfIsExplained() {
        const QString notes = writeFile(QStringLiteral("notes.pdf"), "Not a PDF at all.\n");
        QVERIFY(!notes.isEmpty());
        const Run result =
            run({QStringLiteral("--db"), m_database, QStringLiteral("--quit-after-first-paint"), notes});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(result.outLines.size(), 3);
        QVERIFY2(result.outLines.at(1).startsWith(QStringLiteral("verification: Unknown")),
                 qPrintable(result.outLines.join(QLatin1Char('\n'))));
    }

    void twoFilesAreRefused() {
        const Run result =
            run({QStringLiteral("--db"), m_database, QStringLiteral("--quit-after-first-paint"),
                 QStringLiteral("a.pdf"), QStringLiteral("b.pdf")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.outLines.isEmpty());
        QVERIFY2(result.err.contains(QStringLiteral("Name one file to verify, not 2.")),
                 qPrintable(result.err));
    }

    void helpDescribesTheSections() {
        const Run result = run({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        const QString help = result.outLines.join(QLatin1Char(' ')).simplified();
        QVERIFY2(help.contains(QStringLiteral("--section <NAME>")), qPrintable(help));
        QVERIFY2(help.contains(QStringLiteral("clients, incidents, dashboard, reflection, practice")),
                 qPrintable(help));
    }
};

// A QGuiApplication: the signed agreement a test verifies is drawn with fonts.
QTEST_MAIN(tst_AppCommandLine)
#include "tst_AppCommandLine.moc"
