// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/CsvText.h"

#include <QTest>

using namespace bk;

/// The one CSV writer: RFC 4180 quoting, and formulas neutralised as OWASP advises.
class TestCsvText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void field_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain text stays as it is")
            << QStringLiteral("Ann Baker") << QStringLiteral("Ann Baker");
        QTest::newRow("an empty field stays empty") << QString() << QString();
        QTest::newRow("a comma is quoted")
            << QStringLiteral("Quinn, PhD") << QStringLiteral("\"Quinn, PhD\"");
        QTest::newRow("a quote is doubled") << QStringLiteral("a \"b\"") << QStringLiteral("\"a \"\"b\"\"\"");
        QTest::newRow("a formula gets an apostrophe") << QStringLiteral("=HYPERLINK(\"http://x\")")
                                                      << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"");
        QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
        QTest::newRow("minus") << QStringLiteral("-1+2") << QStringLiteral("'-1+2");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("carriage return is neutralised and quoted")
            << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
        QTest::newRow("a sign inside the text is left alone")
            << QStringLiteral("a=b") << QStringLiteral("a=b");
    }

    void field() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(CsvText::field(text), expected);
    }

    void recordJoinsFields() {
        QCOMPARE(CsvText::record({QStringLiteral("1"), QStringLiteral("=x"), QStringLiteral("a,b")}),
                 QStringLiteral("1,'=x,\"a,b\""));
    }

    void whatWasNeutralisedReadsBackAsItWas() {
        for (const QString &text :
             {QStringLiteral("+44 7700 900123"), QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("-5"),
              QStringLiteral("@home"), QStringLiteral("plain"), QStringLiteral("'quoted'")}) {
            const QString written = CsvText::field(text);
            const QString unquoted =
                written.startsWith(QLatin1Char('"'))
                    ? written.mid(1, written.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""))
                    : written;
            QCOMPARE(CsvText::unneutralised(unquoted), text);
        }
        // An apostrophe before anything else is the text's own.
        QCOMPARE(CsvText::unneutralised(QStringLiteral("'tis")), QStringLiteral("'tis"));
    }
};

QTEST_GUILESS_MAIN(TestCsvText)
#include "tst_CsvText.moc"
