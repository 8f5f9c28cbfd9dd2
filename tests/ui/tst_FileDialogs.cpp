// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/Settings.h"
#include "tests/support/ModalDialogs.h"
#include "tests/support/TestSupport.h"
#include "ui/common/FileDialogs.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace bk;

class tst_FileDialogs : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_documents;

    static QString canonical(const QString &folder) { return QDir(folder).canonicalPath(); }

    /// Answers the next modal file dialog: records the folder it opened in, then picks `path` (or cancels
    /// when `path` is empty).
    void answerFileDialog(QString *openedIn, const QString &path) {
        QTimer::singleShot(0, this, [openedIn, path] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            *openedIn = canonical(dialog->directory().path());
            if (path.isEmpty()) {
                QMetaObject::invokeMethod(dialog, &QDialog::reject);
                return;
            }
            test::chooseFile(dialog, path);
        });
    }

    QString makeFolder(const QString &name) const {
        const QString folder = m_dir->filePath(name);
        return QDir().mkpath(folder) ? canonical(folder) : QString();
    }

private Q_SLOTS:
    void initTestCase() {
        test::initTestEnvironment();
        m_documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QVERIFY(QDir().mkpath(m_documents));
        m_documents = canonical(m_documents);
    }

    void init() {
        Settings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    void theFirstDialogOpensInTheDocumentsFolder() {
        QString openedIn;
        const QString path = makeFolder(QStringLiteral("exports")) + QStringLiteral("/figures.csv");
        answerFileDialog(&openedIn, path);
        QWidget parent;
        const QString chosen =
            FileDialogs::saveFile(&parent, QStringLiteral("testFileDialog"), QStringLiteral("Save"),
                                  QStringLiteral("figures.csv"), {QStringLiteral("CSV (*.csv)")});
        QCOMPARE(openedIn, m_documents);
        QCOMPARE(chosen, path);
    }

    void theNextDialogOpensWhereTheLastFileWasChosen() {
        const QString scans = makeFolder(QStringLiteral("scans"));
        QString openedIn;
        answerFileDialog(&openedIn, scans + QStringLiteral("/agreement.pdf"));
        QWidget parent;
        FileDialogs::saveFile(&parent, QStringLiteral("testFileDialog"), QStringLiteral("Save"),
                              QStringLiteral("agreement.pdf"), {QStringLiteral("PDF (*.pdf)")});
        QCOMPARE(canonical(Settings().lastDocumentFolder()), scans);

        // An open dialog after a save dialog: one folder for both.
        answerFileDialog(&openedIn, {});
        QVERIFY(FileDialogs::openFile(&parent, QStringLiteral("testFileDialog"), QStringLiteral("Open"))
                    .isEmpty());
        QCOMPARE(openedIn, scans);
    }

    void cancellingKeepsTheRememberedFolder() {
        const QString scans = makeFolder(QStringLiteral("scans"));
        Settings().setLastDocumentFolder(scans);
        QString openedIn;
        answerFileDialog(&openedIn, {});
        QWidget parent;
        QVERIFY(FileDialogs::openFile(&parent, QStringLiteral("testFileDialog"), QStringLiteral("Open"))
                    .isEmpty());
        QCOMPARE(openedIn, scans);
        QCOMPARE(Settings().lastDocumentFolder(), scans);
    }

    void aRemovedFolderFallsBackToTheDocumentsFolder() {
        const QString gone = makeFolder(QStringLiteral("gone"));
        Settings().setLastDocumentFolder(gone);
        QVERIFY(QDir(gone).removeRecursively());
        QString openedIn;
        answerFileDialog(&openedIn, {});
        QWidget parent;
        FileDialogs::openFile(&parent, QStringLiteral("testFileDialog"), QStringLiteral("Open"));
        QCOMPARE(openedIn, m_documents);
    }
};

QTEST_MAIN(tst_FileDialogs)
#include "tst_FileDialogs.moc"
