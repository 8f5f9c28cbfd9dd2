// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;
using test::CliRunner;

namespace {
QString sample(const char *name) {
    return QStringLiteral(BK_IMPORT_DATA_DIR "/") + QString::fromLatin1(name);
}
} // namespace

/// import clients: dry run, confirmation, counts with reasons, a mapping file, rejected rows saved, and
/// clear refusals of files that are no address book.
class TestCliImport : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;
    QString m_database;

    CliRunner::Output import(const QStringList &arguments) const {
        return m_cli->run(m_database,
                          QStringList{QStringLiteral("import"), QStringLiteral("clients")} + arguments);
    }

    int clientCount() const {
        const CliRunner::Output listed =
            m_cli->run(m_database, {QStringLiteral("clients"), QStringLiteral("list"),
                                    QStringLiteral("--format"), QStringLiteral("json")});
        return int(test::jsonOutput(listed).array().size());
    }

    QString write(const QString &name, const QByteArray &bytes) const {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            QTest::qFail("cannot write the test file", __FILE__, __LINE__);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_cli = std::make_unique<CliRunner>(m_dir->path());
        m_database = m_dir->filePath(QStringLiteral("practice.sqlite"));
        QCOMPARE(m_cli->run(m_database, {QStringLiteral("init")}).exitCode, 0);
        const CliRunner::Output added =
            m_cli->run(m_database, {QStringLiteral("clients"), QStringLiteral("add"),
                                    QStringLiteral("--name"), QStringLiteral("Michael Brown"),
                                    QStringLiteral("--email"), QStringLiteral("Michael.Brown@example.com")});
        QCOMPARE(added.exitCode, 0);
    }

    void aDryRunShowsThePlanAndWritesNothing() {
        const CliRunner::Output output = import({sample("outlook.csv"), QStringLiteral("--dry-run")});
        QCOMPARE(output.exitCode, 0);
        QVERIFY2(output.out.contains(
                     QStringLiteral("Line 2: Michael Brown matches client 1 (same email address).")),
                 qPrintable(output.out));
        QVERIFY(output.out.contains(QStringLiteral("New: 1")));
        QVERIFY(output.out.contains(QStringLiteral("Dry run: nothing was written.")));
        QCOMPARE(clientCount(), 1);
    }

    void readsTheEncodingDetectedOrChosen() {
        const CliRunner::Output detected = import({sample("google-2024.csv"), QStringLiteral("--dry-run")});
        QCOMPARE(detected.exitCode, 0);
        QVERIFY2(detected.out.contains(QStringLiteral("Read as: Unicode (UTF-8)\nNew: 3\n")),
                 qPrintable(detected.out));

        // Excel for Mac's Mac Roman, which no detection tells from its bytes.
        const QString macRoman =
            write(QStringLiteral("mac.csv"), "Name,Email\rJos\x8e Garc\x92\x61,jose@example.es\r");
        const CliRunner::Output chosen = import(
            {macRoman, QStringLiteral("--encoding"), QStringLiteral("macintosh"), QStringLiteral("--yes")});
        QVERIFY2(chosen.exitCode == 0, qPrintable(chosen.out + chosen.err));
        const CliRunner::Output listed =
            m_cli->run(m_database, {QStringLiteral("clients"), QStringLiteral("list")});
        QVERIFY2(listed.out.contains(QStringLiteral("José García")), qPrintable(listed.out));

        const CliRunner::Output unknown = import(
            {macRoman, QStringLiteral("--encoding"), QStringLiteral("klingon"), QStringLiteral("--yes")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("“klingon” is not an encoding that can be read here.")),
                 qPrintable(unknown.err));
        QCOMPARE(clientCount(), 2);
    }

    void importsOnlyWhenConfirmed() {
        m_cli->setInput("n\n");
        const CliRunner::Output refused = import({sample("google.csv")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.out.contains(QStringLiteral("Nothing was written.")));
        QCOMPARE(clientCount(), 1);

        m_cli->setInput("y\n");
        const CliRunner::Output confirmed = import({sample("google.csv")});
        QCOMPARE(confirmed.exitCode, 0);
        QVERIFY2(confirmed.out.contains(QStringLiteral("Imported: 3")), qPrintable(confirmed.out));
        QCOMPARE(clientCount(), 4);
    }

    void aGermanUserConfirmsWithJ() {
        // The German question ends in [ja/N]: "j", as for restoring a backup, is a yes there too.
        m_cli->setEnvironmentVariable(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        m_cli->setEnvironmentVariable(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        m_cli->setEnvironmentVariable(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        m_cli->setInput("j\n");
        const CliRunner::Output confirmed = import({sample("google.csv")});
        QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.out + confirmed.err));
        QCOMPARE(clientCount(), 4);
    }

    void printsCountsWithReasonsAndSavesRejectedRows() {
        const QString rejected = m_dir->filePath(QStringLiteral("rejected.csv"));
        const CliRunner::Output output = import(
            {sample("libreoffice.csv"), QStringLiteral("--yes"), QStringLiteral("--rejected"), rejected});
        QCOMPARE(output.exitCode, 0);
        QVERIFY2(
            output.out.contains(QStringLiteral("Line 4 rejected: “not-an-address” is not an email address")),
            qPrintable(output.out));
        QVERIFY(output.out.contains(QStringLiteral("Imported: 2\nUpdated: 0\nSkipped: 0\nRejected: 1\n")));
        QFile saved(rejected);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().startsWith("Line,Reason,Name,Email,Phone,Start,Notes\r\n4,"));
        QCOMPARE(test::fileMode(rejected), 0600);
    }

    void updatesEmptyFieldsOfDuplicates() {
        const CliRunner::Output output =
            import({sample("outlook.csv"), QStringLiteral("--yes"), QStringLiteral("--duplicates"),
                    QStringLiteral("update-empty")});
        QCOMPARE(output.exitCode, 0);
        QVERIFY2(output.out.contains(QStringLiteral("Imported: 1\nUpdated: 1\n")), qPrintable(output.out));
        const CliRunner::Output shown =
            m_cli->run(m_database, {QStringLiteral("clients"), QStringLiteral("show"), QStringLiteral("1")});
        QVERIFY2(shown.out.contains(QStringLiteral("(212) 555-0142")), qPrintable(shown.out));
        QVERIFY(shown.out.contains(QStringLiteral("Weekly sessions")));
    }

    void followsAMappingFile() {
        const QString file =
            write(QStringLiteral("custom.csv"), "Kunde|Kontakt\nPaula Roth|paula@example.org\n");
        const CliRunner::Output unmapped = import({file, QStringLiteral("--yes")});
        QCOMPARE(unmapped.exitCode, 1);
        QVERIFY2(unmapped.err.contains(QStringLiteral("--mapping")), qPrintable(unmapped.err));
        const QString mapping = write(QStringLiteral("mapping.json"),
                                      R"({"columns": {"Kunde": "full_name", "Kontakt": "email"}})");
        const CliRunner::Output output =
            import({file, QStringLiteral("--mapping"), mapping, QStringLiteral("--yes")});
        QCOMPARE(output.exitCode, 0);
        QVERIFY(output.out.contains(QStringLiteral("Imported: 1")));
        QCOMPARE(clientCount(), 2);
    }

    void refusesFilesThatAreNoAddressBook_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("is empty: there is nothing to import");
        QTest::newRow("binary renamed .csv")
            << QByteArray("GIF89a\0\0\x01\0", 10) << QStringLiteral("binary data");
    }

    void refusesAFileAboveTheLimitBeforeReadingIt() {
        const QString path = m_dir->filePath(QStringLiteral("everyone.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write("Name,Email\nAnn,ann@example.org\n") > 0);
        QVERIFY(file.resize(513 * 1024 * 1024)); // sparse: just over the limit
        file.close();
        const CliRunner::Output output = import({path, QStringLiteral("--dry-run")});
        QCOMPARE(output.exitCode, 1);
        QVERIFY2(output.err.contains(QStringLiteral("is 513 MB; an import reads files of up to 512 MB")),
                 qPrintable(output.err));
        QVERIFY(output.err.contains(QStringLiteral("Split it into smaller files")));
        QCOMPARE(clientCount(), 1);
    }

    void refusesFilesThatAreNoAddressBook() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const CliRunner::Output output =
            import({write(QStringLiteral("clients.csv"), bytes), QStringLiteral("--yes")});
        QCOMPARE(output.exitCode, 1);
        QVERIFY2(output.err.contains(message), qPrintable(output.err));
        QCOMPARE(clientCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_CliImport.moc"
