// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/ClientRepository.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;
using test::CliRunner;

/// Listing a register of 100,000 clients: every client once, in order, in every format.
class TestCliLargeList : public QObject {
    Q_OBJECT

private:
    static constexpr int ClientCount = 100000;

    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;
    QString m_database;
    QList<qint64> m_expectedIds; ///< the unarchived clients in name order, as the repository lists them

private Q_SLOTS:
    void initTestCase() {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
        m_cli = std::make_unique<CliRunner>(m_dir.path());
        m_database = m_dir.filePath(QStringLiteral("large.sqlite"));
        auto db = test::openDatabase(m_database);
        QVERIFY(db);
        QVERIFY(test::addSyntheticClients(*db, ClientCount).ok());
        const auto rows = ClientRepository(*db).pageAt({}, {}, 0, ClientCount);
        QVERIFY(rows.ok());
        for (const ClientListRow &row : rows.value())
            m_expectedIds.append(row.client.id);
        // The synthetic register archives about one client in twenty.
        QVERIFY(m_expectedIds.size() > ClientCount * 9 / 10 && m_expectedIds.size() < ClientCount);
    }

    void csvListsEveryClientOnceInOrder() {
        const auto output = m_cli->run(
            m_database, {QStringLiteral("clients"), QStringLiteral("list"), QStringLiteral("--format=csv")});
        QCOMPARE(output.exitCode, 0);
        QCOMPARE(output.err, QString());
        const QList<QStringList> records = test::parseCsv(output.out);
        QCOMPARE(records.size(), m_expectedIds.size() + 1);
        QList<qint64> ids;
        ids.reserve(m_expectedIds.size());
        for (qsizetype i = 1; i < records.size(); ++i)
            ids.append(records.at(i).at(0).toLongLong());
        QCOMPARE(ids, m_expectedIds);
    }

    void jsonListsEveryClientOnceInOrder() {
        const auto output =
            m_cli->run(m_database, {QStringLiteral("clients"), QStringLiteral("list"),
                                    QStringLiteral("--format=json"), QStringLiteral("--archived")});
        QCOMPARE(output.exitCode, 0);
        QJsonParseError error;
        const QJsonArray array = QJsonDocument::fromJson(output.rawOut, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(array.size(), ClientCount);
        QSet<qint64> ids;
        for (const QJsonValue &value : array)
            ids.insert(value.toObject().value(QStringLiteral("id")).toInteger());
        QCOMPARE(ids.size(), ClientCount);
    }

    void tableHasAHeaderAndOneLinePerClient() {
        const auto output = m_cli->run(m_database, {QStringLiteral("clients"), QStringLiteral("list")});
        QCOMPARE(output.exitCode, 0);
        QCOMPARE(output.out.count(QLatin1Char('\n')), m_expectedIds.size() + 1);
        const qsizetype firstLineEnd = output.out.indexOf(QLatin1Char('\n'));
        const QString secondLine = output.out.mid(
            firstLineEnd + 1, output.out.indexOf(QLatin1Char('\n'), firstLineEnd + 1) - firstLineEnd - 1);
        QCOMPARE(secondLine.section(QLatin1Char(' '), 0, 0).toLongLong(), m_expectedIds.first());
    }
};

QTEST_GUILESS_MAIN(TestCliLargeList)
#include "tst_CliLargeList.moc"
