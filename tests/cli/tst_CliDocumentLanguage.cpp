// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;
using test::CliRunner;

/// A client's document language on the command line: clients add/edit --document-language and clients show.
class TestCliDocumentLanguage : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;
    QString m_database;

    CliRunner::Output clients(const QStringList &arguments) const {
        return m_cli->run(m_database, QStringList{QStringLiteral("clients")} + arguments);
    }

    QJsonObject shown(qint64 id) const {
        const auto output =
            clients({QStringLiteral("show"), QString::number(id), QStringLiteral("--format=json")});
        if (output.exitCode != 0) {
            QTest::qFail(qPrintable(output.err), __FILE__, __LINE__);
            return {};
        }
        return QJsonDocument::fromJson(output.rawOut).object();
    }

    qint64 add(const QStringList &arguments) const {
        const auto output = clients(QStringList{QStringLiteral("add")} + arguments);
        if (output.exitCode != 0 || !output.err.isEmpty()) {
            QTest::qFail(qPrintable(output.err), __FILE__, __LINE__);
            return 0;
        }
        return output.out.trimmed().toLongLong();
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_cli = std::make_unique<CliRunner>(m_dir->path());
        m_database = m_dir->filePath(QStringLiteral("practice.sqlite"));
        QCOMPARE(m_cli->run(m_database, {QStringLiteral("init")}).exitCode, 0);
    }

    void addStoresTheDocumentLanguageAndShowPrintsIt() {
        const qint64 id = add({QStringLiteral("--name"), QStringLiteral("Lucía Gómez"),
                               QStringLiteral("--document-language"), QStringLiteral("es")});
        QVERIFY(id > 0);
        QCOMPARE(shown(id).value(QStringLiteral("document_language")).toString(), QStringLiteral("es"));
        const auto text = clients({QStringLiteral("show"), QString::number(id)});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Documents in:    Spanish (es)\n")), qPrintable(text.out));

        // Without the option: the practice's language, the one the program runs in (English here).
        const qint64 other = add({QStringLiteral("--name"), QStringLiteral("Sam Lee")});
        QCOMPARE(shown(other).value(QStringLiteral("document_language")).toString(), QStringLiteral("en"));
    }

    void addRefusesALanguageDocumentsAreNotWrittenIn() {
        const auto output =
            clients({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Sam Lee"),
                     QStringLiteral("--document-language"), QStringLiteral("it")});
        QCOMPARE(output.exitCode, 2);
        QCOMPARE(output.out, QString());
        QVERIFY2(output.err.contains(QStringLiteral("--document-language: “it”")), qPrintable(output.err));
        QVERIFY2(output.err.contains(QStringLiteral("en, de, es, fr")), qPrintable(output.err));
        const auto list = clients({QStringLiteral("list"), QStringLiteral("--format=json")});
        QCOMPARE(QJsonDocument::fromJson(list.rawOut).array().size(), 0);
    }

    void editChangesOnlyWhatIsGiven() {
        const qint64 id = add({QStringLiteral("--name"), QStringLiteral("Jonas Becker"),
                               QStringLiteral("--email"), QStringLiteral("jonas@example.com")});
        QVERIFY(id > 0);
        const auto edited =
            clients({QStringLiteral("edit"), QString::number(id), QStringLiteral("--document-language=de")});
        QCOMPARE(edited.exitCode, 0);
        QCOMPARE(edited.err, QString());
        QJsonObject client = shown(id);
        QCOMPARE(client.value(QStringLiteral("document_language")).toString(), QStringLiteral("de"));
        QCOMPARE(client.value(QStringLiteral("full_name")).toString(), QStringLiteral("Jonas Becker"));
        QCOMPARE(client.value(QStringLiteral("email")).toString(), QStringLiteral("jonas@example.com"));

        const auto refused = clients(
            {QStringLiteral("edit"), QString::number(id), QStringLiteral("--document-language=klingon")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("klingon")), qPrintable(refused.err));
        QCOMPARE(shown(id).value(QStringLiteral("document_language")).toString(), QStringLiteral("de"));

        const auto missing = clients(
            {QStringLiteral("edit"), QStringLiteral("999"), QStringLiteral("--document-language=fr")});
        QVERIFY(missing.exitCode != 0);
        QVERIFY2(missing.err.contains(QStringLiteral("999")), qPrintable(missing.err));
    }
};

QTEST_MAIN(TestCliDocumentLanguage)
#include "tst_CliDocumentLanguage.moc"
