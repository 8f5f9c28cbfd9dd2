// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientService.h"
#include "app/common/Settings.h"
#include "app/import/ImportReader.h"
#include "app/storage/ClientRepository.h"
#include "tests/support/ModalDialogs.h"
#include "tests/support/TestSupport.h"
#include "ui/common/MainWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/import/ImportDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <functional>

using namespace bk;
using test::whenModal;

namespace {

QString sample(const char *name) {
    return QStringLiteral(BK_IMPORT_DATA_DIR "/") + QString::fromLatin1(name);
}

QStringList headersOf(const QString &path) {
    Result<std::unique_ptr<ImportReader>> reader = ImportReader::openFile(path);
    return reader ? reader.value()->headers() : QStringList();
}

// The field combo box of the column named `header` in the import preview.
QComboBox *fieldCombo(ImportDialog *dialog, const QString &header) {
    auto *columns = dialog->findChild<QTableWidget *>(QStringLiteral("importColumnsTable"));
    for (int row = 0; row < columns->rowCount(); ++row) {
        if (columns->item(row, 0)->text() == header)
            return qobject_cast<QComboBox *>(columns->cellWidget(row, 2));
    }
    return nullptr;
}

// Whether the dialog has finished reading the file (it reads on a thread of its own), waiting for it.
bool readToTheEnd(ImportDialog *dialog) {
    auto *reading = dialog->findChild<QProgressBar *>(QStringLiteral("importReadingProgressBar"));
    return reading && QTest::qWaitFor([reading] { return reading->isHidden(); }, 30000);
}

// A Google Contacts export of `rows` people, long enough that reading it takes a while.
void writeLongExport(const QString &path, int rows) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Name,E-mail 1 - Value,Phone 1 - Value\n");
    for (int i = 0; i < rows; ++i)
        file.write(QStringLiteral("Client %1,client%1@example.org,020 7%2\n")
                       .arg(i)
                       .arg(i % 1000000, 6, 10, QLatin1Char('0'))
                       .toUtf8());
}

} // namespace

/// File › Import clients… used as a person would: choose the file, correct a column's field, decide about a
/// duplicate, save the rejected rows, import.
class TestImportDialog : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_anna = 0;

    // Writes `bytes` to the file `name` in the test's folder; its path.
    QString writeFile(const QString &name, const QByteArray &bytes) const {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            QTest::qFail("cannot write the test file", __FILE__, __LINE__);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        Settings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = test::openDatabase(m_dir->filePath(QStringLiteral("practice.sqlite")));
        QVERIFY(m_db);
        Client anna;
        anna.fullName = QStringLiteral("Anna Schmidt");
        anna.email = QStringLiteral("anna.schmidt@example.org");
        m_anna = ClientService(*m_db).add(anna).value();
    }

    void cleanup() { m_db.reset(); }

    void importsWithACorrectedMappingAndAnUpdatedDuplicate() {
        MainWindow window(*m_db);
        window.show();
        QAction *import = window.findChild<QAction *>(QStringLiteral("importClientsAction"));
        QVERIFY(import);
        QString counts;
        whenModal<QFileDialog>([](QFileDialog *dialog) { test::chooseFile(dialog, sample("google.csv")); });
        whenModal<ImportDialog>([&counts](ImportDialog *dialog) {
            QVERIFY(readToTheEnd(dialog));
            counts = dialog->findChild<QLabel *>(QStringLiteral("importCountsLabel"))->text();
            // The nickname is not to be the preferred name: the first entry of its list leaves it out.
            QComboBox *nickname = fieldCombo(dialog, QStringLiteral("Nickname"));
            QVERIFY(nickname);
            QCOMPARE(nickname->currentText(), QStringLiteral("Preferred name"));
            nickname->setFocus();
            QTest::keyClick(nickname, Qt::Key_Home);
            QCOMPARE(nickname->currentText(), QStringLiteral("(not imported)"));
            QVERIFY(readToTheEnd(dialog));
            // Anna is in the register already: fill in what her record lacks.
            auto *duplicate = dialog->findChild<QComboBox *>(QStringLiteral("duplicateActionComboBox"));
            QVERIFY(duplicate);
            duplicate->setFocus();
            QTest::keyClick(duplicate, Qt::Key_Down);
            QCOMPARE(duplicate->currentText(), QStringLiteral("Update empty fields"));
            MessageBox::setNextAnswer(MessageBox::Answer::Confirmed);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")),
                              Qt::LeftButton);
        });
        import->trigger();
        QCOMPARE(counts, QStringLiteral("2 new, 1 already in the register, 0 rejected."));
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Imported 2 client")));

        QCOMPARE(ClientService(*m_db).count(ClientFilter{{}, {}, true}).value(), qint64(3));
        const Client anna = ClientRepository(*m_db).get(m_anna).value();
        QCOMPARE(anna.phone, QStringLiteral("+49 1512 3456789"));
        QCOMPARE(anna.preferredName, QString());
        QVERIFY(anna.notes.startsWith(QStringLiteral("Prefers mornings")));
        // The corrected mapping is remembered for the next file with these headers.
        QVERIFY(Settings().importMapping(QStringList()).isEmpty());
        QVERIFY(
            Settings().importMapping(headersOf(sample("google.csv"))).contains("\"Nickname\": \"ignore\""));
    }

    void savesRejectedRowsAndCancelsWithoutWriting() {
        MainWindow window(*m_db);
        window.show();
        const QString rejected = m_dir->filePath(QStringLiteral("to-fix.csv"));
        whenModal<QFileDialog>(
            [](QFileDialog *dialog) { test::chooseFile(dialog, sample("libreoffice.csv")); });
        whenModal<ImportDialog>([rejected](ImportDialog *dialog) {
            QVERIFY(readToTheEnd(dialog));
            whenModal<QFileDialog>([rejected](QFileDialog *files) { test::chooseFile(files, rejected); });
            auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveRejectedButton"));
            QTest::mouseClick(save, Qt::LeftButton);
            // Saved on the worker's thread: the button comes back once the file is written.
            QVERIFY(!save->isEnabled());
            QTRY_VERIFY(save->isEnabled());
            QVERIFY(QFile::exists(rejected));
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        window.findChild<QAction *>(QStringLiteral("importClientsAction"))->trigger();
        QFile saved(rejected);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray csv = saved.readAll();
        QVERIFY2(csv.startsWith("Line,Reason,Name,Email,Phone,Start,Notes\r\n4,"), csv.constData());
        QVERIFY(csv.contains("not-an-address"));
        QCOMPARE(test::fileMode(rejected), 0600);
        QCOMPARE(ClientService(*m_db).count(ClientFilter{{}, {}, true}).value(), qint64(1));
    }

    // Excel for Mac writes CSV in Mac Roman, which no detection tells from its bytes: the names show wrong
    // letters until the encoding is chosen, and are imported as then shown.
    void choosingTheEncodingShowsAndImportsTheNamesRight() {
        const QString path =
            writeFile(QStringLiteral("mac.csv"), "Name,Email\rJos\x8e Garc\x92\x61,jose@example.es\r");
        MainWindow window(*m_db);
        window.show();
        QString detected;
        QString before;
        QString after;
        QString example;
        whenModal<QFileDialog>([path](QFileDialog *dialog) { test::chooseFile(dialog, path); });
        whenModal<ImportDialog>([&](ImportDialog *dialog) {
            QVERIFY(readToTheEnd(dialog));
            auto *preview = dialog->findChild<QTableWidget *>(QStringLiteral("importPreviewTable"));
            auto *encoding = dialog->findChild<QComboBox *>(QStringLiteral("importEncodingComboBox"));
            QVERIFY(preview && encoding);
            detected = encoding->currentText();
            before = preview->item(0, 1)->text();
            encoding->setFocus();
            QTest::keyClick(encoding, Qt::Key_Home);
            for (int tries = 0; tries < encoding->count() &&
                                encoding->currentData().toString() != QLatin1String("MACINTOSH");
                 ++tries)
                QTest::keyClick(encoding, Qt::Key_Down);
            QCOMPARE(encoding->currentText(), QStringLiteral("Western European (Mac Roman: Excel for Mac)"));
            QVERIFY(readToTheEnd(dialog));
            after = preview->item(0, 1)->text();
            auto *columns = dialog->findChild<QTableWidget *>(QStringLiteral("importColumnsTable"));
            example = columns->item(0, 1)->text();
            MessageBox::setNextAnswer(MessageBox::Answer::Confirmed);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")),
                              Qt::LeftButton);
        });
        window.findChild<QAction *>(QStringLiteral("importClientsAction"))->trigger();
        QVERIFY2(detected.endsWith(QStringLiteral(" (detected)")), qPrintable(detected));
        QVERIFY2(before != QStringLiteral("José García"), qPrintable(before));
        QCOMPARE(after, QStringLiteral("José García"));
        QCOMPARE(example, QStringLiteral("José García"));
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Imported 1 client")));
        const Result<QList<ClientListRow>> rows =
            ClientService(*m_db).list(ClientFilter{{}, {}, true}, ClientSort{}, 0, 10);
        QCOMPARE(rows.value().size(), 2);
        QCOMPARE(rows.value().at(1).client.fullName, QStringLiteral("José García"));
    }

    // Excel's "Unicode text" is UTF-16: read in a single-byte encoding it would be binary data, so that
    // choice is refused with the reason and the file stays read as it was.
    void anEncodingTheFileCannotBeReadInIsRefused() {
        const QString text = QStringLiteral("Name\tEmail\r\nZoë Brontë\tzoe@example.org\r\n");
        const QString path =
            writeFile(QStringLiteral("unicode.txt"),
                      QByteArray("\xFF\xFE") +
                          QByteArray(reinterpret_cast<const char *>(text.utf16()), 2 * text.size()));
        MainWindow window(*m_db);
        window.show();
        QString refusal;
        QString kept;
        QString name;
        whenModal<QFileDialog>([path](QFileDialog *dialog) { test::chooseFile(dialog, path); });
        whenModal<ImportDialog>([&](ImportDialog *dialog) {
            QVERIFY(readToTheEnd(dialog));
            auto *encoding = dialog->findChild<QComboBox *>(QStringLiteral("importEncodingComboBox"));
            encoding->setFocus();
            // Typing a letter picks the first encoding it begins: "Western European (Windows-1252)".
            MessageBox::setNextAnswer(MessageBox::Answer::Confirmed);
            QTest::keyClick(encoding, Qt::Key_W);
            refusal = MessageBox::lastText();
            kept = encoding->currentData().toString();
            QVERIFY(readToTheEnd(dialog));
            name =
                dialog->findChild<QTableWidget *>(QStringLiteral("importPreviewTable"))->item(0, 1)->text();
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        window.findChild<QAction *>(QStringLiteral("importClientsAction"))->trigger();
        QCOMPARE(refusal, QStringLiteral(
                              "%1: In Western European (Windows-1252) this file reads as binary data (bytes "
                              "of zero, as UTF-16 writes them): choose another encoding.")
                              .arg(path));
        QCOMPARE(kept, QStringLiteral("UTF-16LE"));
        QCOMPARE(name, QStringLiteral("Zoë Brontë"));
        QCOMPARE(ClientService(*m_db).count(ClientFilter{{}, {}, true}).value(), qint64(1));
    }

    // A file dragged from the file manager onto the window opens its preview, as File › Import clients…
    // does once the file is chosen; anything else dropped is not taken.
    void droppingAnAddressBookOnTheWindowOpensItsPreview() {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.acceptDrops()); // what the file manager's drag looks for
        const auto drag = [&window](const QString &file) {
            QMimeData data;
            data.setUrls({QUrl::fromLocalFile(file)});
            const QPoint centre = window.rect().center();
            QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&window, &enter);
            if (!enter.isAccepted())
                return false;
            QDropEvent drop(QPointF(centre), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&window, &drop);
            return drop.isAccepted();
        };
        QVERIFY(!drag(m_dir->filePath(QStringLiteral("practice.sqlite"))));

        QString title;
        whenModal<ImportDialog>([&title](ImportDialog *dialog) {
            QVERIFY(readToTheEnd(dialog));
            title = dialog->windowTitle();
            MessageBox::setNextAnswer(MessageBox::Answer::Confirmed);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")),
                              Qt::LeftButton);
        });
        QVERIFY(drag(sample("apple-30.vcf")));
        QTRY_COMPARE(title, QStringLiteral("Import clients from apple-30.vcf"));
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Imported 2 clients")));
        QCOMPARE(ClientService(*m_db).count(ClientFilter{{}, {}, true}).value(), qint64(3));
    }

    // The rows are read from the file again when importing: a file changed after the preview is refused.
    void refusesAFileChangedAfterThePreviewWithoutWriting() {
        const QString path = m_dir->filePath(QStringLiteral("google.csv"));
        QVERIFY(QFile::copy(sample("google.csv"), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        MainWindow window(*m_db);
        window.show();
        QString refusal;
        whenModal<QFileDialog>([path](QFileDialog *dialog) { test::chooseFile(dialog, path); });
        whenModal<ImportDialog>([&refusal, path](ImportDialog *dialog) {
            QVERIFY(readToTheEnd(dialog));
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            QVERIFY(file.write("Someone Else,,,,,,,someone@example.org\n") > 0);
            file.close();
            MessageBox::setNextAnswer(MessageBox::Answer::Confirmed);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")),
                              Qt::LeftButton);
            QTRY_VERIFY(MessageBox::lastText().startsWith(QStringLiteral("Nothing was imported")));
            refusal = MessageBox::lastText();
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        window.findChild<QAction *>(QStringLiteral("importClientsAction"))->trigger();
        QVERIFY2(refusal.contains(QStringLiteral("has changed since it was read")), qPrintable(refusal));
        QCOMPARE(ClientService(*m_db).count(ClientFilter{{}, {}, true}).value(), qint64(1));
    }

    void readsALongFileWhileTheDialogAnswersAndStopsWithoutWriting() {
        const QString path = m_dir->filePath(QStringLiteral("long.csv"));
        writeLongExport(path, 300000);
        MainWindow window(*m_db);
        window.show();
        bool answered = false;
        whenModal<QFileDialog>([path](QFileDialog *dialog) { test::chooseFile(dialog, path); });
        whenModal<ImportDialog>([&answered](ImportDialog *dialog) {
            auto *reading = dialog->findChild<QProgressBar *>(QStringLiteral("importReadingProgressBar"));
            auto *stop = dialog->findChild<QPushButton *>(QStringLiteral("stopReadingButton"));
            auto *import = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
            auto *counts = dialog->findChild<QLabel *>(QStringLiteral("importCountsLabel"));
            QVERIFY(reading && stop && import && counts);
            // The file is read while the dialog takes events: the bar moves, Import waits for the plan.
            QVERIFY(reading->isVisible());
            QVERIFY(!import->isEnabled());
            QTRY_VERIFY(reading->value() > 0);
            QTest::mouseClick(stop, Qt::LeftButton);
            QTRY_VERIFY(reading->isHidden());
            QVERIFY2(counts->text().contains(QStringLiteral("stopped")), qPrintable(counts->text()));
            QVERIFY(!import->isEnabled());
            // Still usable: read it again, and choose another field for a column while it is read.
            QCOMPARE(stop->text(), QStringLiteral("&Read the file again"));
            QTest::mouseClick(stop, Qt::LeftButton);
            QVERIFY(reading->isVisible());
            QComboBox *email = fieldCombo(dialog, QStringLiteral("E-mail 1 - Value"));
            QVERIFY(email);
            email->setFocus();
            QTest::keyClick(email, Qt::Key_Home);
            QCOMPARE(email->currentText(), QStringLiteral("(not imported)"));
            QVERIFY(reading->isVisible());
            // Closed while reading: the reading stops with the dialog.
            QTest::keyClick(dialog, Qt::Key_Escape);
            answered = true;
        });
        window.findChild<QAction *>(QStringLiteral("importClientsAction"))->trigger();
        QVERIFY(answered);
        QCOMPARE(ClientService(*m_db).count(ClientFilter{{}, {}, true}).value(), qint64(1));
    }

    void explainsAFileThatCannotBeImported_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("an empty file, before the preview")
            << QByteArray() << QStringLiteral("is empty: there is nothing to import");
        // Found while the preview reads on its own thread: the preview closes.
        QTest::newRow("a line too long after the first rows")
            << QByteArray("Name,Email\nAnn,ann@example.org\n") +
                   QByteArray(ImportReader::MaxLineChars + 10, 'x')
            << QStringLiteral("Line 3 is longer than");
    }

    void explainsAFileThatCannotBeImported() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        MainWindow window(*m_db);
        window.show();
        const QString path = writeFile(QStringLiteral("clients.csv"), bytes);
        whenModal<QFileDialog>([path](QFileDialog *dialog) { test::chooseFile(dialog, path); });
        MessageBox::setNextAnswer(MessageBox::Answer::Confirmed);
        window.findChild<QAction *>(QStringLiteral("importClientsAction"))->trigger();
        QVERIFY2(MessageBox::lastText().contains(message), qPrintable(MessageBox::lastText()));
        QVERIFY(!QApplication::activeModalWidget());
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_ImportDialog.moc"
