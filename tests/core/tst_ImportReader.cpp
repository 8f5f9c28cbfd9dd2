// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/import/CsvReader.h"
#include "app/import/ImportMapping.h"
#include "app/import/ImportReader.h"
#include "app/import/PhoneNumbers.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;

namespace {
QString sample(const char *name) {
    return QStringLiteral(BK_IMPORT_DATA_DIR "/") + QString::fromLatin1(name);
}

struct ReadFile {
    QStringList headers;
    QList<ImportRow> rows;
    QString encoding;
    QString error;
};

ReadFile readAll(Result<std::unique_ptr<ImportReader>> opened) {
    ReadFile read;
    if (!opened) {
        read.error = opened.error().message;
        return read;
    }
    ImportReader &reader = *opened.value();
    read.headers = reader.headers();
    read.encoding = reader.encoding();
    ImportRow row;
    while (true) {
        const Result<bool> next = reader.next(&row);
        if (!next) {
            read.error = next.error().message;
            return read;
        }
        if (!next.value())
            return read;
        read.rows.append(row);
    }
}

ReadFile readBytes(const QByteArray &bytes, ImportFormat format, const QString &encoding = {}) {
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    return readAll(ImportReader::fromDevice(std::move(buffer), format, encoding));
}
} // namespace

/// The CSV and vCard readers on real exports and on hostile input, the mapping guessed from the headers,
/// and phone numbers read in a region.
class TestImportReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void readsEveryExport_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("rows");
        QTest::addColumn<qint64>("firstLine");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("notes");
        QTest::newRow("Google Contacts CSV with a note over two lines")
            << sample("google.csv") << 3 << qint64(2) << QStringLiteral("Anna Schmidt")
            << QStringLiteral("anna.schmidt@example.org") << QStringLiteral("+49 151 23456789")
            << QStringLiteral("Prefers mornings, not Fridays.\nReferred by Jonas.");
        // uchardet 0.0.7 takes this file for MAC-CENTRALEUROPE: one "É" among ASCII.
        QTest::newRow("Google Contacts CSV as written since 2024, one accented letter")
            << sample("google-2024.csv") << 3 << qint64(2) << QStringLiteral("Élodie Martin")
            << QStringLiteral("elodie.martin@example.fr") << QStringLiteral("+33 6 12 34 56 78")
            << QStringLiteral("Met at the spring workshop.");
        QTest::newRow("Outlook CSV, every field quoted, CRLF")
            << sample("outlook.csv") << 2 << qint64(2) << QStringLiteral("Michael Brown")
            << QStringLiteral("michael.brown@example.com") << QStringLiteral("(212) 555-0142")
            << QStringLiteral("Weekly sessions");
        QTest::newRow("Excel semicolons in Windows-1252 with umlauts")
            << sample("excel-semicolon-1252.csv") << 3 << qint64(2) << QStringLiteral("Jürgen Müller")
            << QStringLiteral("juergen.mueller@example.de") << QStringLiteral("089 123456")
            << QStringLiteral("Größere Gruppe; montags");
        QTest::newRow("LibreOffice, quoted text, a row of empty cells skipped")
            << sample("libreoffice.csv") << 3 << qint64(2) << QStringLiteral("Chloé Dubois")
            << QStringLiteral("chloe.dubois@example.fr") << QStringLiteral("+33 1 42 68 53 00")
            << QStringLiteral("Coaching, 6 mois");
        QTest::newRow("UTF-8 with a byte-order mark")
            << sample("bom-utf8.csv") << 2 << qint64(2) << QStringLiteral("Zoë Ångström")
            << QStringLiteral("zoe@example.se") << QStringLiteral("+46 8 123 456 78") << QString();
        QTest::newRow("vCard 2.1 from Android, quoted-printable UTF-8 with a soft break")
            << sample("android-21.vcf") << 2 << qint64(1) << QStringLiteral("Jörg Müller")
            << QStringLiteral("joerg.mueller@example.de") << QStringLiteral("+49 171 2345678")
            << QStringLiteral("Kommt über die Praxis Schäfer, dienstags bevorzugt.");
        QTest::newRow("vCard 3.0 from Apple, item1.EMAIL and a folded photo")
            << sample("apple-30.vcf") << 2 << qint64(1) << QStringLiteral("Linh Nguyen")
            << QStringLiteral("linh.nguyen@example.com") << QStringLiteral("+1 (415) 555-0123")
            << QStringLiteral("Met at the workshop, wants monthly check-ins.\nNo calls on Sundays.");
        QTest::newRow("vCard 4.0, the PREF=1 email and a tel: URI")
            << sample("vcard-40.vcf") << 2 << qint64(1) << QStringLiteral("Aiko Tanaka")
            << QStringLiteral("aiko.tanaka@example.jp") << QStringLiteral("+81-90-1234-5678")
            << QStringLiteral("Prefers email; replies within a day.");
    }

    void readsEveryExport() {
        QFETCH(QString, file);
        QFETCH(int, rows);
        QFETCH(qint64, firstLine);
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(QString, phone);
        QFETCH(QString, notes);
        const ReadFile read = readAll(ImportReader::openFile(file));
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.rows.size(), rows);
        QCOMPARE(read.rows.first().line, firstLine);
        const Client client = ImportMapping::guess(read.headers).clientFrom(read.rows.first().values);
        QCOMPARE(client.fullName, name);
        QCOMPARE(client.email, email);
        QCOMPARE(client.phone, phone);
        QCOMPARE(client.notes, notes);
    }

    void detectsEncodingAndDelimiter() {
        Result<std::unique_ptr<ImportReader>> excel =
            ImportReader::openFile(sample("excel-semicolon-1252.csv"));
        QVERIFY(excel.ok());
        QVERIFY2(excel.value()->encoding() == QLatin1String("WINDOWS-1252") ||
                     excel.value()->encoding() == QLatin1String("ISO-8859-1"),
                 qPrintable(excel.value()->encoding()));
        QCOMPARE(dynamic_cast<CsvReader &>(*excel.value()).delimiter(), QLatin1Char(';'));
        QCOMPARE(excel.value()->headers(),
                 QStringList({QStringLiteral("Vorname"), QStringLiteral("Nachname"), QStringLiteral("E-Mail"),
                              QStringLiteral("Telefon"), QStringLiteral("Notizen")}));
        // Excel's "sep=" line names the delimiter itself.
        const ReadFile tabbed =
            readBytes("sep=\t\nName\tEmail\nAnn Lee\tann@example.org\n", ImportFormat::Csv);
        QCOMPARE(tabbed.headers, QStringList({QStringLiteral("Name"), QStringLiteral("Email")}));
        QCOMPARE(tabbed.rows.first().values.at(1), QStringLiteral("ann@example.org"));
    }

    void readsUtf8AsUtf8WhateverUchardetSays_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::newRow("one accented letter among ASCII")
            << QByteArray("Name,Email\nMaria Schmidt,maria@example.de\nÉlodie Martin,elodie@example.fr\n")
            << QStringLiteral("Élodie Martin");
        // The file's start is read to tell its encoding: a letter cut in two at its end is still UTF-8.
        QByteArray cut = "Name,Notes\nZoë Brontë,";
        cut += QByteArray(1024 * 1024 - 1 - cut.size(), 'x') + "é\n";
        QTest::newRow("a letter cut in two where the sample ends") << cut << QStringLiteral("Zoë Brontë");
    }

    void readsUtf8AsUtf8WhateverUchardetSays() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        const ReadFile read = readBytes(bytes, ImportFormat::Csv);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(read.rows.last().values.first(), name);
    }

    void readsTheEncodingChosen() {
        // Mac Roman, as Excel for Mac writes CSV: é is 0x8E, í 0x92, CR ends the lines.
        const QByteArray macRoman = "Name,Email\rJos\x8e Garc\x92\x61,jose@example.es\r";
        const ReadFile chosen = readBytes(macRoman, ImportFormat::Csv, QStringLiteral("macintosh"));
        QVERIFY2(chosen.error.isEmpty(), qPrintable(chosen.error));
        QCOMPARE(chosen.encoding, QStringLiteral("MACINTOSH"));
        QCOMPARE(chosen.rows.first().values.first(), QStringLiteral("José García"));
        // The same bytes detected read otherwise: the choice is what made them right.
        QVERIFY(readBytes(macRoman, ImportFormat::Csv).rows.first().values.first() !=
                QStringLiteral("José García"));

        const ReadFile unknown = readBytes(macRoman, ImportFormat::Csv, QStringLiteral("klingon"));
        QVERIFY2(
            unknown.error.startsWith(QStringLiteral("“klingon” is not an encoding that can be read here. "
                                                    "Choose one of: UTF-8, UTF-16LE")),
            qPrintable(unknown.error));
    }

    void offersOnlyEncodingsItCanRead() {
        QStringList labels;
        for (const ImportEncoding &encoding : ImportReader::encodings()) {
            QVERIFY2(QStringDecoder(encoding.name.toLatin1().constData()).isValid(),
                     qPrintable(encoding.name));
            QVERIFY(!labels.contains(encoding.label));
            labels.append(encoding.label);
            QCOMPARE(ImportReader::encodingLabel(encoding.name.toLower()), encoding.label);
        }
        QCOMPARE(ImportReader::encodingLabel(QStringLiteral("MAC-CENTRALEUROPE")),
                 QStringLiteral("MAC-CENTRALEUROPE"));
    }

    // Android writes a note's line breaks as =0D=0A: the register keeps line feeds (and refuses a CR).
    void readsTheLineBreaksOfAQuotedPrintableNote() {
        const ReadFile read =
            readBytes("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Maria \u00c1lvarez\r\n"
                      "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Primera l=C3=ADnea=0D=0A=\r\n"
                      "Segunda=0Dtercera\r\nEND:VCARD\r\n",
                      ImportFormat::VCard);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        const Client client = ImportMapping::guess(read.headers).clientFrom(read.rows.first().values);
        QCOMPARE(client.notes, QStringLiteral("Primera línea\nSegunda\ntercera"));
    }

    void countsLinesAcrossQuotedLineBreaks() {
        const ReadFile read =
            readBytes("Name,Notes\r\nA,\"one\r\ntwo\r\nthree\"\r\nB,x\rC,y\n", ImportFormat::Csv);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.rows.size(), 3);
        QCOMPARE(read.rows.at(0).values.at(1), QStringLiteral("one\ntwo\nthree"));
        QCOMPARE(read.rows.at(1).line, qint64(5));
        QCOMPARE(read.rows.at(2).line, qint64(6));
        QCOMPARE(read.rows.at(2).values, QStringList({QStringLiteral("C"), QStringLiteral("y")}));
    }

    void readsBackWhatBoundaryKeeperExportedSafely() {
        // `clients list --format csv` neutralises a leading + or = for spreadsheets (CsvText::field).
        const ReadFile read =
            readBytes("Name,Phone\r\nAnna,'+44 7700 900123\r\n\"'=x, y\",'tis\r\n", ImportFormat::Csv);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.rows.size(), 2);
        QCOMPARE(read.rows.at(0).values.at(1), QStringLiteral("+44 7700 900123"));
        QCOMPARE(read.rows.at(1).values, QStringList({QStringLiteral("=x, y"), QStringLiteral("'tis")}));
    }

    void reportsAnUnclosedQuoteOnItsRow() {
        const ReadFile read = readBytes("Name,Notes\nA,ok\nB,\"never closed\nC,x\n", ImportFormat::Csv);
        QVERIFY(read.error.isEmpty());
        QCOMPARE(read.rows.size(), 2);
        QCOMPARE(read.rows.at(1).line, qint64(3));
        QVERIFY2(read.rows.at(1).problem.contains(QStringLiteral("line 3")),
                 qPrintable(read.rows.at(1).problem));
    }

    void refusesHostileFilesClearly_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("message");
        QTest::newRow("an empty file") << QByteArray() << int(ImportFormat::Csv) << QStringLiteral("empty");
        QTest::newRow("a binary file named .csv")
            << QByteArrayLiteral("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10") << int(ImportFormat::Csv)
            << QStringLiteral("binary data");
        QTest::newRow("a vCard with a 10 MB line")
            << QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nNOTE:") + QByteArray(10 * 1024 * 1024, 'x') +
                   QByteArray("\r\nEND:VCARD\r\n")
            << int(ImportFormat::VCard) << QStringLiteral("longer than");
        QTest::newRow("a vCard whose 10 MB value is folded")
            << QByteArray("BEGIN:VCARD\r\nFN:A\r\nNOTE:") +
                   QByteArray(10 * 1024, 'x').append("\r\n ").repeated(1024)
            << int(ImportFormat::VCard) << QStringLiteral("longer than");
        QTest::newRow("a CSV row whose quote never closes within 1 MB")
            << QByteArray("Name,Notes\nA,\"") + QByteArray("abc\n").repeated(600 * 1024)
            << int(ImportFormat::Csv) << QStringLiteral("closing quote");
        QTest::newRow("a file with only blank lines")
            << QByteArray("\r\n\r\n  \n") << int(ImportFormat::Csv) << QStringLiteral("no header row");
    }

    void refusesHostileFilesClearly() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, format);
        QFETCH(QString, message);
        const ReadFile read = readBytes(bytes, ImportFormat(format));
        QVERIFY2(read.error.contains(message), qPrintable(read.error));
    }

    void refusesAHugeFileBeforeReadingIt() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(1024) * 1024 * 1024)); // sparse: no gigabyte written
        file.close();
        const Result<std::unique_ptr<ImportReader>> opened = ImportReader::openFile(path);
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(QStringLiteral("1024 MB")) &&
                     opened.error().message.contains(QStringLiteral("up to 512 MB")),
                 qPrintable(opened.error().message));
        QVERIFY(opened.error().message.contains(QStringLiteral("Split it")));
    }

    // Address books export photos into a vCard, and a few hundred of them make a file larger than the CSV
    // limit: read, as the photos are skipped; a larger vCard is refused by its own limit.
    void readsAVCardFullOfPhotosLargerThanACsvMayBe() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("contacts.vcf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray photo = QByteArray(72 * 1024, 'A');
        constexpr int Contacts = 500;
        for (int n = 0; n < Contacts; ++n) {
            QByteArray card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Contact " + QByteArray::number(n) +
                              "\r\nEMAIL:c" + QByteArray::number(n) +
                              "@example.org\r\nPHOTO;ENCODING=b;TYPE=JPEG:";
            for (qsizetype at = 0; at < photo.size(); at += 74)
                card += (at == 0 ? QByteArray() : QByteArrayLiteral("\r\n ")) + photo.mid(at, 74);
            QVERIFY(file.write(card + "\r\nEND:VCARD\r\n") > 0);
        }
        file.close();
        QVERIFY(QFileInfo(path).size() > 32 * 1024 * 1024);
        const ReadFile read = readAll(ImportReader::openFile(path));
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.rows.size(), Contacts);

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(file.resize(ImportReader::maxFileBytes(ImportFormat::VCard) + 1)); // sparse
        file.close();
        const Result<std::unique_ptr<ImportReader>> refused = ImportReader::openFile(path);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("up to 1024 MB")),
                 qPrintable(refused.error().message));
    }

    void guessesTheMappingFromTheHeaders() {
        const ImportMapping google =
            ImportMapping::guess({QStringLiteral("Name"), QStringLiteral("Given Name"),
                                  QStringLiteral("E-mail 1 - Type"), QStringLiteral("E-mail 1 - Value"),
                                  QStringLiteral("Phone 1 - Value"), QStringLiteral("Nickname")});
        QCOMPARE(google.columns(),
                 QList<ImportField>({ImportField::FullName, ImportField::GivenName, ImportField::Ignore,
                                     ImportField::Email, ImportField::Phone, ImportField::PreferredName}));
        const ImportMapping outlook = ImportMapping::guess(
            {QStringLiteral("First Name"), QStringLiteral("Last Name"), QStringLiteral("Business Fax"),
             QStringLiteral("Mobile Phone"), QStringLiteral("E-mail Address"),
             QStringLiteral("E-mail Display Name"), QStringLiteral("Company")});
        QCOMPARE(outlook.columns(),
                 QList<ImportField>({ImportField::GivenName, ImportField::FamilyName, ImportField::Ignore,
                                     ImportField::Phone, ImportField::Email, ImportField::Ignore,
                                     ImportField::Ignore}));
        QVERIFY(outlook.mapsName());
        QVERIFY(!ImportMapping::guess({QStringLiteral("Company")}).mapsName());
    }

    void keepsAMappingAsJson() {
        const QStringList headers = {QStringLiteral("Kunde"), QStringLiteral("Kontakt"),
                                     QStringLiteral("Extra")};
        ImportMapping mapping = ImportMapping::guess(headers);
        mapping.setField(0, ImportField::FullName);
        mapping.setField(1, ImportField::Email);
        const Result<ImportMapping> read = ImportMapping::fromJson(mapping.toJson(headers), headers);
        QVERIFY(read.ok());
        QCOMPARE(read.value().columns(), mapping.columns());

        const Result<ImportMapping> unknown =
            ImportMapping::fromJson(R"({"columns": {"Kunde": "shoe_size"}})", headers);
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(QStringLiteral("shoe_size")));
        QVERIFY(!ImportMapping::fromJson("[1, 2]", headers));
    }

    // The fuzz targets' seed corpus and every crash they found, read here in the ordinary suite too: each
    // file ends, or is refused with a message, and no row is longer than the file.
    void readsTheFuzzCorpusAndRegressions_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        for (const QString &folder : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
            for (const auto &[name, format] : {std::pair{QStringLiteral("csv"), ImportFormat::Csv},
                                               std::pair{QStringLiteral("vcard"), ImportFormat::VCard}}) {
                const QDir dir(QStringLiteral(BK_FUZZ_DIR "/%1/%2").arg(folder, name));
                for (const QString &entry : dir.entryList(QDir::Files))
                    QTest::newRow(qPrintable(folder + QLatin1Char('/') + name + QLatin1Char('/') + entry))
                        << dir.filePath(entry) << int(format);
            }
        }
    }

    void readsTheFuzzCorpusAndRegressions() {
        QFETCH(QString, file);
        QFETCH(int, format);
        QFile input(file);
        QVERIFY(input.open(QIODevice::ReadOnly));
        const QByteArray bytes = input.readAll();
        const ReadFile read = readBytes(bytes, ImportFormat(format));
        QVERIFY(read.error.isEmpty() || read.error.endsWith(QLatin1Char('.')) ||
                read.error.endsWith(QLatin1Char('?')));
        for (const ImportRow &row : read.rows)
            QVERIFY(row.values.join(QString()).size() <= bytes.size());
    }

    void readsPhoneNumbersInTheRegion() {
        const PhoneNumbers britain(QStringLiteral("GB"));
        QCOMPARE(britain.key(QStringLiteral("020 7946 0958")),
                 britain.key(QStringLiteral("+44 (0)20 7946-0958")));
        QCOMPARE(britain.read(QStringLiteral("020 7946 0958")).written, QStringLiteral("+44 20 7946 0958"));
        QCOMPARE(britain.read(QStringLiteral("12")).written, QStringLiteral("12"));
        QCOMPARE(PhoneNumbers(QStringLiteral("DE")).read(QStringLiteral("030 1234567")).written,
                 QStringLiteral("+49 30 1234567"));
        QCOMPARE(PhoneNumbers::regionOf("Europe/Berlin"), QStringLiteral("DE"));
        QCOMPARE(PhoneNumbers::regionOf("America/New_York"), QStringLiteral("US"));
    }

    void writesANumberAgainAsItWasRead_data() {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("typed");
        QTest::newRow("British") << QStringLiteral("GB") << QStringLiteral(" 020 7946 0958 ");
        QTest::newRow("Italian leading zero") << QStringLiteral("IT") << QStringLiteral("06 1234 5678");
        QTest::newRow("Italian mobile") << QStringLiteral("IT") << QStringLiteral("312 345 6789");
        QTest::newRow("elsewhere") << QStringLiteral("DE") << QStringLiteral("+1 212 555 0123");
        QTest::newRow("with an extension") << QStringLiteral("GB") << QStringLiteral("020 7946 0958 ext. 12");
        QTest::newRow("too short") << QStringLiteral("GB") << QStringLiteral(" 12 ");
        QTest::newRow("no number") << QStringLiteral("GB") << QStringLiteral("call me");
        QTest::newRow("empty") << QStringLiteral("GB") << QString();
    }

    // The plan keeps each number as read() gave it, and written() writes it again without reading it.
    void writesANumberAgainAsItWasRead() {
        QFETCH(QString, region);
        QFETCH(QString, typed);
        const PhoneNumbers phones(region);
        const PhoneNumbers::Reading reading = phones.read(typed);
        QCOMPARE(phones.written(typed, reading.number), reading.written);
        const bool international = reading.written.startsWith(QLatin1Char('+')) && reading.written != typed;
        QCOMPARE(reading.number > PhoneNumbers::ReadAgain, international);
    }
};

QTEST_GUILESS_MAIN(TestImportReader)
#include "tst_ImportReader.moc"
