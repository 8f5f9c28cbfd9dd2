// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/Settings.h"
#include "app/policy/PracticeService.h"
#include "tests/support/TestSupport.h"
#include "ui/common/MainWindow.h"
#include "ui/common/PreferencesDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace bk;

/// File ▸ Preferences as a practitioner uses it: the window's language chosen by keyboard (kept for the
/// next start, with a note saying so) and the practice's paper size (kept in the practice's profile).
class TestPreferencesDialog : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    /// Runs `work` on the Preferences dialog that File ▸ Preferences opens in `window`; a dialog still open
    /// afterwards is closed so that a failing test cannot hang in its modal loop.
    static void withPreferences(MainWindow &window, const std::function<void(PreferencesDialog *)> &work) {
        bool ran = false;
        QTimer::singleShot(0, qApp, [&] {
            auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
            if (dialog) {
                ran = true;
                work(dialog);
                if (dialog->isVisible())
                    dialog->reject();
            }
        });
        QAction *action = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
        QVERIFY(action);
        action->trigger();
        QVERIFY2(ran, "the dialog did not open");
    }

    static void chooseByKeyboard(QComboBox *combo, const QString &text) {
        combo->setFocus();
        for (int step = 0; step < combo->count() && combo->currentText() != text; ++step)
            QTest::keyClick(combo, Qt::Key_Down);
    }

    static void clickOk(QDialog *dialog) {
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        Settings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = test::openDatabase(m_dir->filePath(QStringLiteral("practice.sqlite")));
        QVERIFY(m_db);
    }

    void theChosenLanguageIsKeptForTheNextStart() {
        MainWindow window(*m_db);
        window.show();
        withPreferences(window, [](PreferencesDialog *dialog) {
            auto *language = dialog->findChild<QComboBox *>(QStringLiteral("interfaceLanguageComboBox"));
            auto *note = dialog->findChild<QLabel *>(QStringLiteral("restartNoteLabel"));
            QVERIFY(language && note);
            QVERIFY(language->currentData().toString().isEmpty());
            QVERIFY(!note->isVisible());
            chooseByKeyboard(language, QStringLiteral("Deutsch"));
            QCOMPARE(language->currentData().toString(), QStringLiteral("de"));
            QVERIFY(note->isVisible());
            clickOk(dialog);
        });
        QCOMPARE(Settings().interfaceLanguage(), QStringLiteral("de"));

        // Opened again, it shows the choice; back to the system's language forgets it.
        withPreferences(window, [](PreferencesDialog *dialog) {
            auto *language = dialog->findChild<QComboBox *>(QStringLiteral("interfaceLanguageComboBox"));
            QCOMPARE(language->currentText(), QStringLiteral("Deutsch"));
            language->setFocus();
            QTest::keyClick(language, Qt::Key_Home);
            clickOk(dialog);
        });
        QVERIFY(Settings().interfaceLanguage().isEmpty());
    }

    void cancelKeepsTheLanguageAsItWas() {
        Settings().setInterfaceLanguage(QStringLiteral("fr"));
        MainWindow window(*m_db);
        window.show();
        withPreferences(window, [](PreferencesDialog *dialog) {
            auto *language = dialog->findChild<QComboBox *>(QStringLiteral("interfaceLanguageComboBox"));
            chooseByKeyboard(language, QStringLiteral("Español"));
            dialog->reject();
        });
        QCOMPARE(Settings().interfaceLanguage(), QStringLiteral("fr"));
    }

    void thePaperSizeIsThePracticesAndChangesNothingElse() {
        PracticeProfile profile = PracticeProfile::defaults();
        profile.name = QStringLiteral("Northbridge Coaching");
        profile.paperSize = PaperSize::A4;
        QVERIFY(PracticeService(*m_db).save(profile).ok());

        MainWindow window(*m_db);
        window.show();
        withPreferences(window, [](PreferencesDialog *dialog) {
            auto *paper = dialog->findChild<QComboBox *>(QStringLiteral("paperSizeComboBox"));
            QVERIFY(paper && paper->isEnabled());
            QCOMPARE(paper->currentData().toString(), PaperSizes::key(PaperSize::A4));
            chooseByKeyboard(paper, PaperSizes::label(PaperSize::UsLetter));
            clickOk(dialog);
        });
        const Result<PracticeProfile> saved = PracticeService(*m_db).load();
        QVERIFY(saved.ok());
        QCOMPARE(saved.value().paperSize, PaperSize::UsLetter);
        QCOMPARE(saved.value().name, QStringLiteral("Northbridge Coaching"));
    }

    void aReadOnlyPracticeShowsItsPaperSizeWithoutOfferingAChange() {
        const QString path = m_db->path();
        m_db.reset();
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        Result<std::unique_ptr<Database>> readOnly = Database::open(path, options);
        QVERIFY(readOnly.ok());
        MainWindow window(*readOnly.value());
        window.show();
        withPreferences(window, [](PreferencesDialog *dialog) {
            auto *paper = dialog->findChild<QComboBox *>(QStringLiteral("paperSizeComboBox"));
            auto *note = dialog->findChild<QLabel *>(QStringLiteral("paperNoteLabel"));
            QVERIFY(paper && note);
            QVERIFY(!paper->isEnabled());
            QVERIFY(note->text().contains(QStringLiteral("read-only")));
            clickOk(dialog);
        });
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_PreferencesDialog.moc"
