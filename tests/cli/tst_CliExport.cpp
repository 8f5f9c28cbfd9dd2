// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;
using test::CliRunner;

/// The practice leaving Boundary Keeper (export practice, export verify), a client's access request
/// (clients export-data) and erasure (clients erase), and a contract's PDF through agreements export: the
/// real program on the demo practice.
class TestCliExport : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;

    CliRunner::Output demo(const QStringList &arguments) const {
        return m_cli->run(QStringList{QStringLiteral("--demo")} + arguments);
    }

    QString path(const QString &name) const { return m_dir->filePath(name); }

    // Exports the demo practice into the folder `name`; its path, or empty after failing the test.
    QString exportPractice(const QString &name) const {
        const QString out = path(name);
        const auto exported =
            demo({QStringLiteral("export"), QStringLiteral("practice"), QStringLiteral("--out"), out});
        if (exported.exitCode != 0) {
            QTest::qFail(qPrintable(exported.err), __FILE__, __LINE__);
            return {};
        }
        // Counted in words, each count with its own plural.
        if (!QRegularExpression(QStringLiteral("^Exported \\d+ tables with \\d+ rows and \\d+ files to "))
                 .match(exported.out)
                 .hasMatch()) {
            QTest::qFail(qPrintable(exported.out), __FILE__, __LINE__);
            return {};
        }
        return out;
    }

    static QByteArray read(const QString &file) {
        QFile in(file);
        return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
    }

    static QJsonArray jsonArray(const QString &file) { return QJsonDocument::fromJson(read(file)).array(); }

    static bool isPrivate(const QString &file) {
        return QFileInfo(file).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ReadUser | QFileDevice::WriteUser);
    }

    // The id of the demo client with a signed behavioural contract, read from a whole-practice export.
    qint64 clientWithContract(const QString &exported) const {
        const QJsonArray contracts = jsonArray(exported + QStringLiteral("/tables/contracts.json"));
        for (const QJsonValue &contract : contracts) {
            if (contract.toObject().value(QStringLiteral("status")).toString() == QLatin1String("signed"))
                return contract.toObject().value(QStringLiteral("client_id")).toInteger();
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_cli = std::make_unique<CliRunner>(m_dir->path());
        QCOMPARE(demo({QStringLiteral("init")}).exitCode, 0);
    }

    void practiceExportIsReadableAndVerifies() {
        const QString out = exportPractice(QStringLiteral("practice"));
        QVERIFY(!out.isEmpty());

        const QJsonObject manifest =
            QJsonDocument::fromJson(read(out + QStringLiteral("/manifest.json"))).object();
        QCOMPARE(manifest.value(QStringLiteral("format")).toString(),
                 QStringLiteral("boundary-keeper-export/1"));
        QVERIFY(manifest.value(QStringLiteral("schema_version")).toInt() >= 13);
        QVERIFY(manifest.value(QStringLiteral("view")).toObject().value(QStringLiteral("complete")).toBool());
        // The audit trail's head, as `audit head` prints it.
        QVERIFY(QRegularExpression(QStringLiteral("^[1-9][0-9]*:[0-9a-f]{64}$"))
                    .match(manifest.value(QStringLiteral("audit_chain_head")).toString())
                    .hasMatch());
        QStringList tables;
        for (const QJsonValue &table : manifest.value(QStringLiteral("tables")).toArray())
            tables.append(table.toObject().value(QStringLiteral("name")).toString());
        for (const char *table :
             {"clients", "incidents", "incident_steps", "agreements", "contracts", "policy_versions"})
            QVERIFY2(tables.contains(QLatin1String(table)), table);

        // Every file is listed with its hash, private, and the JSON and CSV agree on the rows.
        const QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
        QVERIFY(files.size() > 2 * tables.size());
        for (const QJsonValue &file : files)
            QVERIFY(
                isPrivate(out + QLatin1Char('/') + file.toObject().value(QStringLiteral("path")).toString()));
        const QJsonArray clients = jsonArray(out + QStringLiteral("/tables/clients.json"));
        QVERIFY(!clients.isEmpty());
        QCOMPARE(test::parseCsv(QString::fromUtf8(read(out + QStringLiteral("/tables/clients.csv")))).size(),
                 clients.size() + 1);
        // Signed PDFs are files of their own, named in the table by path.
        const QJsonArray agreements = jsonArray(out + QStringLiteral("/tables/agreements.json"));
        bool sawPdf = false;
        for (const QJsonValue &agreement : agreements) {
            const QJsonValue pdf = agreement.toObject().value(QStringLiteral("pdf"));
            if (pdf.isNull())
                continue;
            sawPdf = true;
            QVERIFY(read(out + QLatin1Char('/') + pdf.toString()).startsWith("%PDF"));
        }
        QVERIFY(sawPdf);
        QVERIFY(read(out + QStringLiteral("/policy/version-1.json")).startsWith("{\"boundaries\""));

        const auto verified = m_cli->run({QStringLiteral("export"), QStringLiteral("verify"), out});
        QCOMPARE(verified.exitCode, 0);

        // A changed byte and a file slipped in are each named.
        QFile csv(out + QStringLiteral("/tables/clients.csv"));
        QVERIFY(csv.open(QIODevice::Append));
        csv.write("x");
        csv.close();
        QCOMPARE(test::refusalProblem(m_cli->run({QStringLiteral("export"), QStringLiteral("verify"), out}),
                                      1, QStringLiteral("tables/clients.csv differs from the manifest")),
                 QString());
    }

    void practiceExportRefusesAFolderThatHoldsAnything() {
        const QString out = path(QStringLiteral("busy"));
        QVERIFY(QDir().mkpath(out));
        QFile mine(out + QStringLiteral("/mine.txt"));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("keep me");
        mine.close();
        const auto refused =
            demo({QStringLiteral("export"), QStringLiteral("practice"), QStringLiteral("--out"), out});
        QCOMPARE(test::refusalProblem(refused, 1, QStringLiteral("is not empty")), QString());
        QCOMPARE(read(out + QStringLiteral("/mine.txt")), QByteArray("keep me"));
        QCOMPARE(QDir(out).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size(), 1);
    }

    void clientExportHoldsEverythingAboutTheClient() {
        const QString practice = exportPractice(QStringLiteral("practice"));
        QVERIFY(!practice.isEmpty());
        const qint64 id = clientWithContract(practice);
        QVERIFY(id > 0);

        const QString out = path(QStringLiteral("client"));
        const auto written = demo({QStringLiteral("clients"), QStringLiteral("export-data"),
                                   QString::number(id), QStringLiteral("--out"), out});
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        const QJsonObject data = QJsonDocument::fromJson(read(out + QStringLiteral("/data.json"))).object();
        const QString name =
            data.value(QStringLiteral("client")).toObject().value(QStringLiteral("full_name")).toString();
        QVERIFY(!name.isEmpty());
        QVERIFY(!data.value(QStringLiteral("incidents")).toArray().isEmpty());
        QVERIFY(!data.value(QStringLiteral("incidents"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("steps"))
                     .toArray()
                     .isEmpty());
        const QJsonArray contracts = data.value(QStringLiteral("contracts")).toArray();
        QVERIFY(!contracts.isEmpty());
        const QString contractPdf = contracts.first().toObject().value(QStringLiteral("file")).toString();
        QVERIFY(read(out + QLatin1Char('/') + contractPdf).startsWith("%PDF"));
        const QString report = QString::fromUtf8(read(out + QStringLiteral("/report.html")));
        QVERIFY(report.contains(name.toHtmlEscaped()));
        QVERIFY(report.contains(QStringLiteral("<!DOCTYPE html>")));
        // The practitioner's private reflection is not the client's data.
        QVERIFY(!data.contains(QStringLiteral("reflection_entries")));
        for (const QString &file : QDir(out).entryList(QDir::Files))
            QVERIFY2(isPrivate(out + QLatin1Char('/') + file), qPrintable(file));
        // What was written, counted in words: "1 incident", "2 signed documents".
        const qsizetype incidents = data.value(QStringLiteral("incidents")).toArray().size();
        const qsizetype documents = QDir(out).entryList({QStringLiteral("*.pdf")}, QDir::Files).size();
        const auto counted = [](qsizetype count, const QString &what) {
            return QStringLiteral("%1 %2%3").arg(count).arg(what,
                                                            count == 1 ? QString() : QStringLiteral("s"));
        };
        const QString summary = QStringLiteral("(%1, %2)")
                                    .arg(counted(incidents, QStringLiteral("incident")),
                                         counted(documents, QStringLiteral("signed document")));
        QVERIFY2(written.out.contains(summary),
                 qPrintable(written.out + QStringLiteral(" lacks ") + summary));

        const auto unknown =
            demo({QStringLiteral("clients"), QStringLiteral("export-data"), QStringLiteral("9999"),
                  QStringLiteral("--out"), path(QStringLiteral("nobody"))});
        QCOMPARE(test::refusalProblem(unknown, 1, QStringLiteral("There is no client with id 9999")),
                 QString());
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("nobody"))));
    }

    void agreementsExportWritesAContract() {
        const QString practice = exportPractice(QStringLiteral("practice"));
        QVERIFY(!practice.isEmpty());
        const QStringList pdfs = QDir(practice + QStringLiteral("/pdf/contracts")).entryList(QDir::Files);
        QVERIFY(!pdfs.isEmpty());
        const QString documentId = QFileInfo(pdfs.first()).completeBaseName();
        const QString file = path(QStringLiteral("contract.pdf"));
        const auto exported = demo({QStringLiteral("agreements"), QStringLiteral("export"), documentId,
                                    QStringLiteral("--out"), file});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(exported.out.contains(QStringLiteral("behavioural contract")));
        QCOMPARE(read(file), read(practice + QStringLiteral("/pdf/contracts/") + pdfs.first()));
        QCOMPARE(demo({QStringLiteral("verify"), file}).exitCode, 0);
    }

    void eraseAsksForTheChoiceThenLeavesTheCountsAsTheyWere() {
        const QString practice = exportPractice(QStringLiteral("practice"));
        QVERIFY(!practice.isEmpty());
        const qint64 id = clientWithContract(practice);
        const QString idText = QString::number(id);
        const auto countIncidents = [this] {
            return test::jsonOutput(demo({QStringLiteral("incidents"), QStringLiteral("list"),
                                          QStringLiteral("--format"), QStringLiteral("json")}))
                .array()
                .size();
        };
        const qsizetype before = countIncidents();

        QCOMPARE(test::refusalProblem(demo({QStringLiteral("clients"), QStringLiteral("erase"), idText,
                                            QStringLiteral("--yes")}),
                                      2, QStringLiteral("--keep-agreements")),
                 QString());
        QCOMPARE(test::refusalProblem(demo({QStringLiteral("clients"), QStringLiteral("erase"), idText,
                                            QStringLiteral("--keep-agreements")}),
                                      2, QStringLiteral("--yes")),
                 QString());
        const auto erased = demo({QStringLiteral("clients"), QStringLiteral("erase"), idText,
                                  QStringLiteral("--remove-agreements"), QStringLiteral("--yes")});
        QVERIFY2(erased.exitCode == 0, qPrintable(erased.err));
        QVERIFY(erased.out.contains(QStringLiteral("Removed")));

        const QJsonObject shown =
            test::jsonOutput(demo({QStringLiteral("clients"), QStringLiteral("show"), idText,
                                   QStringLiteral("--format"), QStringLiteral("json")}))
                .object();
        QCOMPARE(shown.value(QStringLiteral("full_name")).toString(), QStringLiteral("[erased]"));
        QCOMPARE(shown.value(QStringLiteral("email")).toString(), QString());
        QCOMPARE(countIncidents(), before);

        const QString after = exportPractice(QStringLiteral("after"));
        QVERIFY(!after.isEmpty());
        QCOMPARE(clientWithContract(after), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_CliExport.moc"
