// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientService.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;
using test::CliRunner;

/// audit head and audit verify, run as the real program.
class TestCliAudit : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;
    QString m_database;

    CliRunner::Output audit(const QStringList &arguments) const {
        return m_cli->run(m_database, QStringList{QStringLiteral("audit")} + arguments);
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_cli = std::make_unique<CliRunner>(m_dir->path());
        m_database = m_dir->filePath(QStringLiteral("practice.sqlite"));
        QCOMPARE(m_cli->run(m_database, {QStringLiteral("init")}).exitCode, 0);
        for (const QString &name : {QStringLiteral("Ann Baker"), QStringLiteral("Ben Carter")})
            QCOMPARE(m_cli
                         ->run(m_database, {QStringLiteral("clients"), QStringLiteral("add"),
                                            QStringLiteral("--name"), name})
                         .exitCode,
                     0);
    }

    void headPrintsTheNewestEventAndVerifyFindsTheTrailIntact() {
        const CliRunner::Output head = audit({QStringLiteral("head")});
        QCOMPARE(head.exitCode, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+:[0-9a-f]{64}\n$")).match(head.out).hasMatch(),
                 qPrintable(head.out));
        const QJsonObject json = test::jsonOutput(audit({QStringLiteral("head"), QStringLiteral("--format"),
                                                         QStringLiteral("json")}))
                                     .object();
        QCOMPARE(json.value(QStringLiteral("head")).toString() + QLatin1Char('\n'), head.out);

        const CliRunner::Output verified =
            audit({QStringLiteral("verify"), QStringLiteral("--head"), head.out.trimmed()});
        QCOMPARE(verified.exitCode, 0);
        QVERIFY2(verified.out.startsWith(QStringLiteral("Intact: ")), qPrintable(verified.out));
        const QJsonObject report =
            test::jsonOutput(audit({QStringLiteral("verify"), QStringLiteral("--head"), head.out.trimmed(),
                                    QStringLiteral("--format"), QStringLiteral("json")}))
                .object();
        QCOMPARE(report.value(QStringLiteral("intact")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("anchors")).toInt(), 2); // the one given and this computer's
    }

    void aRowChangedBehindTheApplicationsBackIsNamed() {
        test::rawSql(m_database, {QStringLiteral("DROP TRIGGER clients_audit_update"),
                                  QStringLiteral("UPDATE clients SET notes = 'edited with sqlite3', "
                                                 "row_version = row_version + 1 WHERE id = 2")});
        const CliRunner::Output verified = audit({QStringLiteral("verify")});
        QCOMPARE(verified.exitCode, 1);
        QVERIFY2(verified.out.startsWith(QStringLiteral("Broken:\n")), qPrintable(verified.out));
        QVERIFY2(
            verified.out.contains(QStringLiteral("Record 2 of clients was changed outside Boundary Keeper")),
            qPrintable(verified.out));
        const QJsonObject json =
            QJsonDocument::fromJson(
                audit({QStringLiteral("verify"), QStringLiteral("--format"), QStringLiteral("json")})
                    .out.toUtf8())
                .object();
        QCOMPARE(json.value(QStringLiteral("intact")).toBool(), false);
        QCOMPARE(json.value(QStringLiteral("problems")).toArray().size(), 1);
    }

    void withoutTheFunctionsTheTriggersRefusePlainSql() {
        // The sqlite3 program lacks the functions the trail's triggers call: it cannot change a record.
        const QString name = QStringLiteral("plain");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_database);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(!query.exec(QStringLiteral(
                "UPDATE clients SET notes = 'x', row_version = row_version + 1 WHERE id = 1")));
            QVERIFY2(query.lastError().text().contains(QStringLiteral("bk_")),
                     qPrintable(query.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        QCOMPARE(audit({QStringLiteral("verify")}).exitCode, 0);
    }

    void aBackupsHeadCatchesDeletedNewestEvents() {
        const QString backup = m_dir->filePath(QStringLiteral("before.bkbackup"));
        QCOMPARE(m_cli->run(m_database, {QStringLiteral("backup"), QStringLiteral("--out"), backup}).exitCode,
                 0);
        const CliRunner::Output intact =
            audit({QStringLiteral("verify"), QStringLiteral("--backup"), backup});
        QCOMPARE(intact.exitCode, 0);
        const QString head = audit({QStringLiteral("head")}).out.trimmed();
        const QString seq = head.section(QLatin1Char(':'), 0, 0);

        test::rawSql(m_database, {QStringLiteral("DROP TRIGGER audit_events_no_delete"),
                                  QStringLiteral("DELETE FROM audit_events WHERE seq = %1").arg(seq)});
        const CliRunner::Output broken =
            audit({QStringLiteral("verify"), QStringLiteral("--backup"), backup});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(
            broken.out.contains(QStringLiteral("noted in the backup %1 at event %2, which it no longer holds")
                                    .arg(backup, seq)),
            qPrintable(broken.out));
        QVERIFY2(
            broken.out.contains(QStringLiteral("noted on this computer when it last wrote the practice at "
                                               "event %1")
                                    .arg(seq)),
            qPrintable(broken.out));
        // Every other command warns too.
        const CliRunner::Output listed =
            m_cli->run(m_database, {QStringLiteral("clients"), QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.err.startsWith(QStringLiteral("Warning: The audit trail was noted on this computer")),
                 qPrintable(listed.err));
    }

    void aSignedPdfsHeadCatchesDeletedNewestEvents() {
        const QString head = audit({QStringLiteral("head")}).out.trimmed();
        const QString seq = head.section(QLatin1Char(':'), 0, 0);
        // What a signed PDF carries of itself: its document ID and, as a link's target, the head.
        const QString id = QStringLiteral("0b5c7e0e-4d8a-4f5e-9c1a-2f3b4c5d6e7f");
        const QString pdf = m_dir->filePath(QStringLiteral("signed.pdf"));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("%PDF-1.4\n/Title (Boundary agreement (document %1))\n/URI "
                                  "(urn:x-boundary-keeper:audit-head:%2)\n%%EOF\n")
                       .arg(id, head)
                       .toUtf8());
        file.close();
        const CliRunner::Output intact = audit({QStringLiteral("verify"), QStringLiteral("--pdf"), pdf});
        QCOMPARE(intact.exitCode, 0);
        QVERIFY2(intact.out.contains(QStringLiteral("2 noted heads held")), qPrintable(intact.out));

        test::rawSql(m_database, {QStringLiteral("DROP TRIGGER audit_events_no_delete"),
                                  QStringLiteral("DELETE FROM audit_events WHERE seq = %1").arg(seq)});
        const CliRunner::Output broken = audit({QStringLiteral("verify"), QStringLiteral("--pdf"), pdf});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(
            broken.out.contains(QStringLiteral("The audit trail was noted in the PDF %1 (document %2) at "
                                               "event %3, which it no longer holds")
                                    .arg(pdf, id, seq)),
            qPrintable(broken.out));
    }

    void badInputIsRefusedClearly() {
        QCOMPARE(test::refusalProblem(
                     audit({QStringLiteral("verify"), QStringLiteral("--head"), QStringLiteral("12")}), 2,
                     QStringLiteral("“12” is not a head of the audit trail")),
                 QString());
        const QString missing = m_dir->filePath(QStringLiteral("nothing.bkbackup"));
        QCOMPARE(test::refusalProblem(audit({QStringLiteral("verify"), QStringLiteral("--backup"), missing}),
                                      1, QStringLiteral("does not exist")),
                 QString());
        const QString plain = m_dir->filePath(QStringLiteral("plain.pdf"));
        QFile file(plain);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4\n%%EOF\n");
        file.close();
        QCOMPARE(test::refusalProblem(audit({QStringLiteral("verify"), QStringLiteral("--pdf"), plain}), 1,
                                      QStringLiteral("carries no head of the audit trail")),
                 QString());
        QCOMPARE(
            test::refusalProblem(audit({QStringLiteral("verify"), QStringLiteral("--pdf"), m_dir->path()}), 1,
                                 QStringLiteral("is a folder")),
            QString());
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_CliAudit.moc"
