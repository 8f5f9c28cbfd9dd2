// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/AgreementService.h"
#include "app/clients/ClientService.h"
#include "app/storage/AgreementRepository.h"
#include "app/storage/ClientRepository.h"
#include "app/storage/ContractRepository.h"
#include "tests/cli/CliRunner.h"
#include "tests/core/AgreementFixture.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace bk;
using test::CliRunner;

/// The agreements commands and verify: listing, exporting the signed PDF byte for byte, and verifying
/// files, on a fresh database with one signed agreement and one draft, and on the demo practice.
class TestCliAgreements : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;
    test::AgreementFixture m_fixture;
    QString m_database;
    Agreement m_signed;
    Agreement m_draft;

    CliRunner::Output run(const QStringList &arguments) const { return m_cli->run(m_database, arguments); }

    QJsonArray listJson(const QStringList &arguments = {}) const {
        return test::jsonOutput(run(QStringList{QStringLiteral("agreements"), QStringLiteral("list"),
                                                QStringLiteral("--format=json")} +
                                    arguments))
            .array();
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString writeFile(const QString &name, const QByteArray &bytes) const {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            QTest::qFail(qPrintable(file.errorString()), __FILE__, __LINE__);
        return file.fileName();
    }

    static QByteArray readFile(const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // A real PDF that has nothing to do with this practice.
    QString unrelatedPdf() const {
        const QString file = path(QStringLiteral("unrelated.pdf"));
        QPdfWriter writer(file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        painter.drawText(QPointF(100, 100), QStringLiteral("Minutes of the garden committee"));
        painter.end();
        return file;
    }

    static void compareRecord(const QJsonObject &record, const AgreementSummary &agreement) {
        QCOMPARE(record.value(QStringLiteral("id")).toInteger(), agreement.id);
        QCOMPARE(record.value(QStringLiteral("document_id")).toString(), agreement.documentId);
        QCOMPARE(record.value(QStringLiteral("client_id")).toInteger(), agreement.clientId);
        QCOMPARE(record.value(QStringLiteral("client_name")).toString(), agreement.clientName);
        QCOMPARE(record.value(QStringLiteral("policy_version")).toInt(), agreement.policyVersion);
        const bool isSigned = agreement.state == AgreementState::Signed;
        QCOMPARE(record.value(QStringLiteral("state")).toString(),
                 isSigned ? QStringLiteral("signed") : QStringLiteral("draft"));
        if (isSigned) {
            QCOMPARE(record.value(QStringLiteral("pdf_sha256")).toString(), agreement.pdfSha256);
            QCOMPARE(QDateTime::fromString(record.value(QStringLiteral("signed_at")).toString(),
                                           Qt::ISODateWithMs),
                     agreement.signedAt);
            QVERIFY(record.value(QStringLiteral("signed_at")).toString().endsWith(QLatin1Char('Z')));
        } else {
            QVERIFY(record.value(QStringLiteral("pdf_sha256")).isNull());
            QVERIFY(record.value(QStringLiteral("signed_at")).isNull());
        }
    }

private Q_SLOTS:
    void initTestCase() {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
        m_cli = std::make_unique<CliRunner>(m_dir.path());
        m_database = path(QStringLiteral("practice.sqlite"));
        m_fixture = test::makeAgreementFixture(m_database);
        QVERIFY(m_fixture.clientId);
        Result<Agreement> signedAgreement =
            AgreementService(*m_fixture.db).finalise(test::completeAgreement(m_fixture));
        QVERIFY2(signedAgreement.ok(),
                 signedAgreement.ok() ? "" : qPrintable(signedAgreement.error().message));
        m_signed = std::move(signedAgreement).value();

        Client other;
        other.fullName = QStringLiteral("Bram de Vries");
        const Result<qint64> otherId = ClientService(*m_fixture.db).add(other);
        QVERIFY(otherId.ok());
        Result<Agreement> draft = AgreementService(*m_fixture.db).start(otherId.value());
        QVERIFY(draft.ok());
        m_draft = std::move(draft).value();
        QVERIFY(AgreementRepository(*m_fixture.db).saveDraft(m_draft).ok());
    }

    void listJsonIsWhatTheCoreHolds() {
        const QJsonArray list = listJson();
        const QList<AgreementSummary> expected = AgreementRepository(*m_fixture.db).list().value();
        QCOMPARE(list.size(), 2);
        QCOMPARE(expected.size(), 2);
        for (qsizetype i = 0; i < expected.size(); ++i)
            compareRecord(list.at(i).toObject(), expected.at(i));
        QStringList keys = list.first().toObject().keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("client_id"), QStringLiteral("client_name"),
                                    QStringLiteral("document_id"), QStringLiteral("id"),
                                    QStringLiteral("pdf_sha256"), QStringLiteral("policy_version"),
                                    QStringLiteral("signed_at"), QStringLiteral("state"),
                                    QStringLiteral("updated_at")}));
    }

    void listFiltersByClient() {
        const QJsonArray anna = listJson({QStringLiteral("--client"), QString::number(m_fixture.clientId)});
        QCOMPARE(anna.size(), 1);
        QCOMPARE(anna.first().toObject().value(QStringLiteral("document_id")).toString(),
                 m_signed.documentId);
        const QJsonArray bram = listJson({QStringLiteral("--client"), QString::number(m_draft.clientId)});
        QCOMPARE(bram.size(), 1);
        QCOMPARE(bram.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
    }

    void listTableAndCsvShowTheSameAgreements() {
        const auto table = run({QStringLiteral("agreements"), QStringLiteral("list")});
        QCOMPARE(table.exitCode, 0);
        const QStringList lines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        for (const char *title : {"ID", "Document ID", "Client", "State", "Version", "Signed", "PDF SHA-256"})
            QVERIFY2(lines.first().contains(QLatin1String(title)), title);
        const QString signedLine = lines.at(1).contains(QStringLiteral("Anna")) ? lines.at(1) : lines.at(2);
        QVERIFY2(signedLine.contains(m_signed.documentId), qPrintable(signedLine));
        QVERIFY2(signedLine.contains(m_signed.pdfSha256.left(12)), qPrintable(signedLine));
        QVERIFY(!signedLine.contains(m_signed.pdfSha256));
        QVERIFY(table.out.contains(QStringLiteral("Draft")));

        const auto csv =
            run({QStringLiteral("agreements"), QStringLiteral("list"), QStringLiteral("--format=csv")});
        const QList<QStringList> records = test::parseCsv(csv.out);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.first().first(), QStringLiteral("id"));
        QVERIFY(records.at(1).contains(m_signed.pdfSha256) || records.at(2).contains(m_signed.pdfSha256));
    }

    void listRefusesWhatItCannotList_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addRow("an unknown client") << QStringList{QStringLiteral("--client=999")} << 1
                                           << QStringLiteral("There is no client with id 999.");
        QTest::addRow("a client that is not a number") << QStringList{QStringLiteral("--client=anna")} << 2
                                                       << QStringLiteral("“anna” is not a client id");
        QTest::addRow("an unknown format")
            << QStringList{QStringLiteral("--format=xml")} << 2
            << QStringLiteral("“xml” is not a format here. Use one of: table|csv|json.");
    }

    void listRefusesWhatItCannotList() {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString problem = test::refusalProblem(
            run(QStringList{QStringLiteral("agreements"), QStringLiteral("list")} + arguments), exitCode,
            message);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void exportWritesTheSignedBytesPrivately_data() {
        QTest::addColumn<QString>("id");
        QTest::addRow("by id") << QString::number(m_signed.id);
        QTest::addRow("by document ID") << m_signed.documentId.toUpper();
    }

    void exportWritesTheSignedBytesPrivately() {
        QFETCH(QString, id);
        const QString file = path(
            QStringLiteral("export-%1.pdf")
                .arg(QString::fromUtf8(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
        QFile::remove(file);
        const auto output =
            run({QStringLiteral("agreements"), QStringLiteral("export"), id, QStringLiteral("--out"), file});
        QCOMPARE(output.exitCode, 0);
        QCOMPARE(output.err, QString());
        QVERIFY2(output.out.contains(m_signed.documentId), qPrintable(output.out));
        QVERIFY2(output.out.contains(m_signed.pdfSha256), qPrintable(output.out));
        QCOMPARE(readFile(file), AgreementRepository(*m_fixture.db).signedPdf(m_signed.id).value());
        QCOMPARE(test::fileMode(file), 0600);

        const auto verified = run({QStringLiteral("verify"), file});
        QCOMPARE(verified.exitCode, 0);
        QCOMPARE(verified.err, QString());
        for (const QString &expected : QStringList{
                 QStringLiteral("Unaltered"), m_signed.documentId, QStringLiteral("Anna Schmidt"),
                 QStringLiteral("Policy version:  %1").arg(m_signed.policyVersion),
                 m_signed.signedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC")})
            QVERIFY2(verified.out.contains(expected),
                     qPrintable(expected + QStringLiteral("\n---\n") + verified.out));
    }

    void exportRefusesWithoutWritingAnything_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString out = path(QStringLiteral("refused.pdf"));
        QTest::addRow("a draft") << QStringList{QString::number(m_draft.id), QStringLiteral("--out"), out}
                                 << 1 << QStringLiteral("is a draft: nothing has been signed");
        QTest::addRow("an unknown id") << QStringList{QStringLiteral("999"), QStringLiteral("--out"), out}
                                       << 1 << QStringLiteral("There is no agreement with the number 999.");
        QTest::addRow("an unknown document ID")
            << QStringList{QStringLiteral("00000000-0000-4000-8000-000000000000"), QStringLiteral("--out"),
                           out}
            << 1 << QStringLiteral("There is no agreement or contract with the document ID");
        QTest::addRow("an id that is neither")
            << QStringList{QStringLiteral("first"), QStringLiteral("--out"), out} << 2
            << QStringLiteral("“first” is not an agreement id");
        QTest::addRow("no --out") << QStringList{QString::number(m_signed.id)} << 2
                                  << QStringLiteral("--out is required");
        QTest::addRow("no id") << QStringList{QStringLiteral("--out"), out} << 2
                               << QStringLiteral("Missing ID.");
        QTest::addRow("a folder that does not exist")
            << QStringList{QString::number(m_signed.id), QStringLiteral("--out"),
                           path(QStringLiteral("missing/agreement.pdf"))}
            << 1 << QStringLiteral("The folder");
        QTest::addRow("a folder as the file")
            << QStringList{QString::number(m_signed.id), QStringLiteral("--out"), m_dir.path()} << 1
            << QStringLiteral("is a folder; name a file inside it.");
        QTest::addRow("a place no file can be written")
            << QStringList{QString::number(m_signed.id), QStringLiteral("--out"),
                           QStringLiteral("/proc/agreement.pdf")}
            << 1 << QStringLiteral("/proc/agreement.pdf could not be saved");
    }

    void exportRefusesWithoutWritingAnything() {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString problem = test::refusalProblem(
            run(QStringList{QStringLiteral("agreements"), QStringLiteral("export")} + arguments), exitCode,
            message);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!QFile::exists(path(QStringLiteral("refused.pdf"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("missing"))));
    }

    void exportReplacesAFileOnlyWithForce() {
        const QString file = writeFile(QStringLiteral("existing.pdf"), QByteArrayLiteral("keep me"));
        const QStringList arguments = {QStringLiteral("agreements"), QStringLiteral("export"),
                                       QString::number(m_signed.id), QStringLiteral("--out"), file};
        const QString problem = test::refusalProblem(run(arguments), 1, QStringLiteral("already exists"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(readFile(file), QByteArrayLiteral("keep me"));

        QCOMPARE(run(arguments + QStringList{QStringLiteral("--force")}).exitCode, 0);
        QCOMPARE(readFile(file), m_signed.pdf);
        QCOMPARE(test::fileMode(file), 0600);
    }

    void verifyTellsWhatAFileIs_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("message");
        QByteArray altered = m_signed.pdf;
        altered[altered.size() / 2] = char(altered.at(altered.size() / 2) ^ 0x01);
        QTest::addRow("one byte changed")
            << writeFile(QStringLiteral("altered.pdf"), altered) << QStringLiteral("altered")
            << QStringLiteral("The file has been altered.");
        QTest::addRow("an unrelated PDF")
            << unrelatedPdf() << QStringLiteral("unknown")
            << QStringLiteral("is not an agreement or contract from this practice's records");
        QTest::addRow("a missing file")
            << path(QStringLiteral("nowhere.pdf")) << QString() << QStringLiteral("could not be opened");
        QTest::addRow("no file named (said “ could not be opened” before)")
            << QString() << QString() << QStringLiteral("No file was named: name the PDF file to verify.");
        // A device or a pipe was read for ever: the command never returned.
        const QString zero = path(QStringLiteral("zero.pdf"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), zero));
        QTest::addRow("a link to /dev/zero") << zero << QString() << QStringLiteral("is not a regular file");
        const QString fifo = path(QStringLiteral("fifo.pdf"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QTest::addRow("a named pipe") << fifo << QString() << QStringLiteral("is not a regular file");
        QTest::addRow("a folder") << path(QString()) << QString() << QStringLiteral("is a folder");
    }

    void verifyTellsWhatAFileIs() {
        QFETCH(QString, file);
        QFETCH(QString, outcome);
        QFETCH(QString, message);
        const QString problem = test::refusalProblem(run({QStringLiteral("verify"), file}), 1, message);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        const auto json =
            run({QStringLiteral("verify"), file, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 1);
        if (outcome.isEmpty()) {
            QCOMPARE(json.out, QString()); // nothing was verified: only the error
            return;
        }
        const QJsonObject record = QJsonDocument::fromJson(json.rawOut).object();
        QCOMPARE(record.value(QStringLiteral("outcome")).toString(), outcome);
        QVERIFY(record.value(QStringLiteral("reason")).toString().contains(message));
        QCOMPARE(record.value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(readFile(file), QCryptographicHash::Sha256).toHex()));
        if (outcome == QLatin1String("altered"))
            compareRecord(record.value(QStringLiteral("agreement")).toObject(),
                          *AgreementRepository(*m_fixture.db).findByDocumentId(m_signed.documentId).value());
        else
            QVERIFY(record.value(QStringLiteral("agreement")).isNull());
    }

    void verifyJsonOfAMatch() {
        const QString file = writeFile(QStringLiteral("match.pdf"), m_signed.pdf);
        const QJsonObject record =
            test::jsonOutput(run({QStringLiteral("verify"), file, QStringLiteral("--format=json")})).object();
        QCOMPARE(record.value(QStringLiteral("outcome")).toString(), QStringLiteral("match"));
        QCOMPARE(record.value(QStringLiteral("sha256")).toString(), m_signed.pdfSha256);
        compareRecord(record.value(QStringLiteral("agreement")).toObject(),
                      *AgreementRepository(*m_fixture.db).findSignedByPdfSha256(m_signed.pdfSha256).value());
    }

    void aFileFromAnotherDatabaseIsUnknown() {
        // The same signed PDF checked against a database that never held it.
        const QString other = path(QStringLiteral("other.sqlite"));
        QCOMPARE(m_cli->run(other, {QStringLiteral("init")}).exitCode, 0);
        const QString file = writeFile(QStringLiteral("elsewhere.pdf"), m_signed.pdf);
        const QString problem = test::refusalProblem(
            m_cli->run(other, {QStringLiteral("verify"), file}), 1,
            QStringLiteral("is not an agreement or contract from this practice's records"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void discardMarksADraftAndRefusesTheRest() {
        Client client;
        client.fullName = QStringLiteral("Carla Mendes");
        const Result<qint64> clientId = ClientService(*m_fixture.db).add(client);
        QVERIFY(clientId.ok());
        Agreement draft = AgreementService(*m_fixture.db).start(clientId.value()).value();
        QVERIFY(AgreementService(*m_fixture.db).saveDraft(draft).ok());
        const QStringList discard{QStringLiteral("agreements"), QStringLiteral("discard")};
        const auto refused = [&](const QStringList &arguments, int exitCode, const QString &message) {
            const QString problem = test::refusalProblem(run(discard + arguments), exitCode, message);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        };
        refused({draft.documentId}, 2, QStringLiteral("give --yes to confirm"));
        refused({QStringLiteral("12"), QStringLiteral("--yes")}, 2, QStringLiteral("is not a document ID"));
        refused({m_signed.documentId, QStringLiteral("--yes")}, 1, QStringLiteral("already been signed"));
        refused({QStringLiteral("00000000-0000-0000-0000-000000000000"), QStringLiteral("--yes")}, 1,
                QStringLiteral("There is no agreement or contract"));
        QVERIFY(AgreementService(*m_fixture.db).draftFor(clientId.value()).value());

        const auto discarded =
            run(discard + QStringList{draft.documentId.toUpper(), QStringLiteral("--yes")});
        QCOMPARE(discarded.exitCode, 0);
        QVERIFY2(
            discarded.out.contains(
                QStringLiteral("Discarded the draft agreement %1 with Carla Mendes").arg(draft.documentId)),
            qPrintable(discarded.out));
        QVERIFY(!AgreementService(*m_fixture.db).draftFor(clientId.value()).value());
        bool listed = false;
        for (const QJsonValue &value : listJson()) {
            if (value.toObject().value(QStringLiteral("document_id")).toString() == draft.documentId) {
                QCOMPARE(value.toObject().value(QStringLiteral("state")).toString(),
                         QStringLiteral("discarded"));
                listed = true;
            }
        }
        QVERIFY(listed);
        refused({draft.documentId, QStringLiteral("--yes")}, 1, QStringLiteral("already been discarded"));
    }

    void demoContractsVerify() {
        QCOMPARE(m_cli->run({QStringLiteral("--demo"), QStringLiteral("init")}).exitCode, 0);
        const std::unique_ptr<Database> demo =
            test::openDatabase(m_cli->dataFolder() + QStringLiteral("/demo.sqlite"));
        QVERIFY(demo);
        const ContractRepository contracts(*demo);
        int signedContracts = 0;
        for (const ContractSummary &contract : contracts.list().value()) {
            if (contract.state != AgreementState::Signed)
                continue;
            ++signedContracts;
            const QString file = writeFile(QStringLiteral("contract-%1.pdf").arg(contract.id),
                                           contracts.signedPdf(contract.id).value());
            const auto verified = m_cli->run({QStringLiteral("--demo"), QStringLiteral("verify"), file});
            QCOMPARE(verified.exitCode, 0);
            QVERIFY2(verified.out.contains(QStringLiteral("behavioural contract")), qPrintable(verified.out));
            QVERIFY2(verified.out.contains(contract.documentId), qPrintable(verified.out));
            QVERIFY2(verified.out.contains(contract.clientName), qPrintable(verified.out));
            const QJsonObject json =
                test::jsonOutput(m_cli->run({QStringLiteral("--demo"), QStringLiteral("verify"), file,
                                             QStringLiteral("--format=json")}))
                    .object();
            QCOMPARE(json.value(QStringLiteral("outcome")).toString(), QStringLiteral("match"));
            QCOMPARE(json.value(QStringLiteral("document")).toString(), QStringLiteral("contract"));
            QCOMPARE(
                json.value(QStringLiteral("contract")).toObject().value(QStringLiteral("id")).toInteger(),
                contract.id);
            QVERIFY(json.value(QStringLiteral("agreement")).isNull());
        }
        QVERIFY(signedContracts >= 1);
    }

    void demoAgreementsExportAndVerify() {
        const QJsonArray list =
            test::jsonOutput(m_cli->run({QStringLiteral("--demo"), QStringLiteral("agreements"),
                                         QStringLiteral("list"), QStringLiteral("--format=json")}))
                .array();
        const std::unique_ptr<Database> demo =
            test::openDatabase(m_cli->dataFolder() + QStringLiteral("/demo.sqlite"));
        QVERIFY(demo);
        const QList<AgreementSummary> expected = AgreementRepository(*demo).list().value();
        QCOMPARE(list.size(), expected.size());
        int drafts = 0;
        QSet<int> versions;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            compareRecord(list.at(i).toObject(), expected.at(i));
            drafts += expected.at(i).state == AgreementState::Draft;
            versions.insert(expected.at(i).policyVersion);
        }
        QCOMPARE(drafts, 1);
        QVERIFY(versions.contains(1) && versions.contains(2)); // one signed on the older version

        for (const AgreementSummary &agreement : expected) {
            const QString file = path(QStringLiteral("demo-%1.pdf").arg(agreement.id));
            const auto exported =
                m_cli->run({QStringLiteral("--demo"), QStringLiteral("agreements"), QStringLiteral("export"),
                            QString::number(agreement.id), QStringLiteral("--out"), file});
            if (agreement.state == AgreementState::Draft) {
                const QString problem = test::refusalProblem(exported, 1, QStringLiteral("is a draft"));
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
                QVERIFY(!QFile::exists(file));
                continue;
            }
            QCOMPARE(exported.exitCode, 0);
            const auto verified = m_cli->run({QStringLiteral("--demo"), QStringLiteral("verify"), file});
            QCOMPARE(verified.exitCode, 0);
            QVERIFY2(verified.out.contains(agreement.documentId), qPrintable(verified.out));
            QVERIFY2(verified.out.contains(agreement.clientName), qPrintable(verified.out));
            // Verified against the fresh database instead, the demo's file is unknown.
            QCOMPARE(run({QStringLiteral("verify"), file}).exitCode, 1);
        }
    }

    void helpListsTheJsonKeysAndTheRules_data() {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("agreements list")
            << QStringList{QStringLiteral("agreements"), QStringLiteral("list")}
            << QStringList{QStringLiteral("document_id"), QStringLiteral("pdf_sha256"),
                           QStringLiteral("signed_at")};
        QTest::addRow("agreements export")
            << QStringList{QStringLiteral("agreements"), QStringLiteral("export")}
            << QStringList{QStringLiteral("--out FILE"), QStringLiteral("--force"), QStringLiteral("0600")};
        QTest::addRow("verify") << QStringList{QStringLiteral("verify")}
                                << QStringList{QStringLiteral("altered"), QStringLiteral("outcome"),
                                               QStringLiteral("Exit status 0")};
    }

    void helpListsTheJsonKeysAndTheRules() {
        QFETCH(QStringList, command);
        QFETCH(QStringList, expected);
        const auto output = m_cli->run(command + QStringList{QStringLiteral("--help")});
        QCOMPARE(output.exitCode, 0);
        QVERIFY(output.out.startsWith(QStringLiteral("Usage: boundary-keeper-cli [--db PATH|URL | --demo] ") +
                                      command.join(QLatin1Char(' '))));
        for (const QString &text : expected)
            QVERIFY2(output.out.contains(text), qPrintable(text));
    }

    void aMissingDatabaseIsNotCreated() {
        const QString missing = path(QStringLiteral("missing.sqlite"));
        const QString problem =
            test::refusalProblem(m_cli->run(missing, {QStringLiteral("agreements"), QStringLiteral("list")}),
                                 1, QStringLiteral("There is no database at"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!QFile::exists(missing));
    }
};

QTEST_MAIN(TestCliAgreements)
#include "tst_CliAgreements.moc"
