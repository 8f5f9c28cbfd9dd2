// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/Clock.h"
#include "app/demo/DemoPractice.h"
#include "app/policy/PolicyService.h"
#include "app/policy/PracticeService.h"
#include "tests/support/TestSupport.h"
#include "ui/clients/ClientsPage.h"
#include "ui/common/ConflictDialog.h"
#include "ui/common/MainWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/practice/PolicyHtml.h"
#include "ui/practice/PracticePage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeEdit>
#include <QTimeZone>
#include <QTimer>

using namespace bk;

class TestPracticePage : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PracticePage> m_page;

    template <typename T> T *find(const char *name) const {
        T *widget = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("No widget named %s", name);
        return widget;
    }

    void showPage(PracticePage::Tab tab) {
        m_page = std::make_unique<PracticePage>(*m_db);
        m_page->resize(1100, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->showTab(tab);
    }

    void publishDefaultsAsVersion1() {
        const PolicyService policy(*m_db);
        QVERIFY(policy.saveDraft(PolicyDocument::defaults()).ok());
        QVERIFY(policy.publish().ok());
    }

    void clickBoundary(const QString &title) {
        auto *list = find<QListWidget>("boundariesListWidget");
        const QList<QListWidgetItem *> items = list->findItems(title, Qt::MatchStartsWith);
        QVERIFY2(items.size() == 1, qPrintable(title));
        list->scrollToItem(items.first());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(items.first()).center());
        QCOMPARE(list->currentItem(), items.first());
    }

    static void replaceText(QWidget *editor, const QString &text) {
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, text);
    }

    void clickVersion(int number) {
        auto *table = find<QTableWidget>("versionsTableWidget");
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == QString::number(number)) {
                QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                                  table->visualItemRect(table->item(row, 1)).center());
                return;
            }
        }
        QFAIL("version not listed");
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = test::openDatabase(m_dir->filePath(QStringLiteral("practice.sqlite")));
        QVERIFY(m_db);
    }

    void cleanup() {
        Clock::setPracticeZone({});
        Clock::setNowFunction({});
        m_page.reset();
        m_db.reset();
        m_dir.reset();
    }

    // The profile is saved through a second connection while this page edits it: saving shows both versions
    // part by part, and the stored profile is the combination picked.
    void aProfileSavedElsewhereShowsBothVersionsAndSavesTheCombination() {
        PracticeProfile first = PracticeProfile::defaults();
        first.name = QStringLiteral("Northside Coaching");
        QVERIFY(PracticeService(*m_db).save(first).ok());
        showPage(PracticePage::DetailsTab);

        const auto other = test::openDatabase(m_db->path());
        QVERIFY(other);
        PracticeProfile theirs = PracticeService(*other).load().value();
        theirs.name = QStringLiteral("Northside Coaching Ltd");
        theirs.contactLine = QStringLiteral("12 High Street");
        QVERIFY(PracticeService(*other).save(theirs).ok());

        replaceText(find<QLineEdit>("practiceNameLineEdit"), QStringLiteral("Northside Coaching & Training"));
        QStringList rows;
        bool shown = false;
        auto *poll = new QTimer(m_page.get());
        connect(poll, &QTimer::timeout, this, [&, poll] {
            auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            poll->stop();
            shown = true;
            for (int i = 0;
                 auto *label = dialog->findChild<QLabel *>(QStringLiteral("field%1NameLabel").arg(i)); ++i)
                rows.append(label->text().section(QLatin1Char('\n'), 0, 0));
            // Both changed the name: keep mine. Only they changed the contact line: theirs by default.
            QTest::mouseClick(dialog->findChild<QRadioButton *>(QStringLiteral("field0KeepMineRadioButton")),
                              Qt::LeftButton);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveCombinationPushButton")),
                              Qt::LeftButton);
            if (dialog->isVisible())
                dialog->reject();
        });
        poll->start(10);
        QTest::mouseClick(find<QPushButton>("saveDetailsPushButton"), Qt::LeftButton);

        QVERIFY(shown);
        QCOMPARE(rows, (QStringList{QStringLiteral("Practice name"), QStringLiteral("Contact line")}));
        const PracticeProfile stored = PracticeService(*other).load().value();
        QCOMPARE(stored.name, QStringLiteral("Northside Coaching & Training"));
        QCOMPARE(stored.contactLine, theirs.contactLine);
        QCOMPARE(stored.rowVersion, 3);
        // The tab shows what was saved, with nothing left to save.
        QCOMPARE(find<QLineEdit>("contactLineLineEdit")->text(), theirs.contactLine);
        QVERIFY(!find<QPushButton>("saveDetailsPushButton")->isEnabled());
    }

    void anEditedConsequenceIsPublishedAsVersion2AndCompared() {
        publishDefaultsAsVersion1();
        const QString oldConsequence = PolicyService(*m_db)
                                           .version(1)
                                           .value()
                                           .document.boundary(QStringLiteral("after_hours_contact"))
                                           ->consequence;
        showPage(PracticePage::BoundariesTab);
        auto *save = find<QPushButton>("saveDraftPushButton");
        QVERIFY(!save->isEnabled());

        clickBoundary(QStringLiteral("Each other's time"));
        const QString newConsequence =
            QStringLiteral("Calls after hours go to voicemail until the next morning.");
        replaceText(find<QPlainTextEdit>("boundaryConsequencePlainTextEdit"), newConsequence);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!save->isEnabled());
        QCOMPARE(
            PolicyService(*m_db).draft().value().boundary(QStringLiteral("after_hours_contact"))->consequence,
            newConsequence);

        MessageBox::setNextAnswer(MessageBox::Answer::Confirmed);
        QTest::mouseClick(find<QPushButton>("publishPushButton"), Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Each other's time")));
        QCOMPARE(PolicyService(*m_db).latestVersionNumber().value(), 2);
        const PolicyVersion version2 = PolicyService(*m_db).version(2).value();
        QCOMPARE(version2.document.boundary(QStringLiteral("after_hours_contact"))->consequence,
                 newConsequence);
        auto *published = find<QLabel>("publishedLabel");
        QVERIFY(published->isVisible());
        QVERIFY(published->text().contains(QStringLiteral("Version 2 published")));
        QVERIFY(published->text().contains(version2.sha256.left(12)));

        m_page->showTab(PracticePage::VersionsTab);
        auto *versions = find<QTableWidget>("versionsTableWidget");
        QCOMPARE(versions->rowCount(), 2);
        clickVersion(1);
        clickVersion(2);
        QCOMPARE(versions->selectionModel()->selectedRows().size(), 2);
        const QString comparison = find<QTextBrowser>("versionTextBrowser")->toPlainText();
        QVERIFY(comparison.contains(QStringLiteral("Each other's time")));
        QVERIFY(comparison.contains(oldConsequence));
        QVERIFY(comparison.contains(newConsequence));
    }

    void versionsArePublishedOnThePracticesClock() {
        // Published at 23:30 UTC on 1 March: 12:30 on 2 March in Auckland, where the practice is.
        QVERIFY(QTimeZone::systemTimeZone().id() != QByteArrayLiteral("Pacific/Auckland"));
        Clock::setNowFunction([] { return QDateTime(QDate(2026, 3, 1), QTime(23, 30), Qt::UTC); });
        Clock::setPracticeZone("Pacific/Auckland");
        publishDefaultsAsVersion1();
        showPage(PracticePage::VersionsTab);
        auto *versions = find<QTableWidget>("versionsTableWidget");
        QCOMPARE(versions->rowCount(), 1);
        QCOMPARE(versions->horizontalHeaderItem(1)->text(), QStringLiteral("Published (Auckland)"));
        const QDateTime published(QDate(2026, 3, 2), QTime(12, 30), QTimeZone("Pacific/Auckland"));
        QCOMPARE(versions->item(0, 1)->text(), QLocale().toString(published, QLocale::ShortFormat));
        clickVersion(1);
        QTest::mouseClick(find<QPushButton>("showVersionPushButton"), Qt::LeftButton);
        QVERIFY(find<QTextBrowser>("versionTextBrowser")
                    ->toPlainText()
                    .contains(QStringLiteral("Published %1 (Auckland time)")
                                  .arg(QLocale().toString(published, QLocale::LongFormat))));
    }

    void aBoundaryIsTranslatedInTheChosenLanguage() {
        PolicyDocument document = PolicyDocument::defaults();
        document.boundaries.append({QStringLiteral("punctuality"), QStringLiteral("Starting on time"),
                                    QStringLiteral("Sessions start at the agreed time."), QString(),
                                    QString(), false});
        QVERIFY(PolicyService(*m_db).saveDraft(document).ok());
        showPage(PracticePage::BoundariesTab);
        auto *missing = find<QLabel>("missingTextsLabel");
        QVERIFY(!missing->isVisible());

        auto *language = find<QComboBox>("boundaryLanguageComboBox");
        QCOMPARE(language->currentText(), QStringLiteral("English (main language)"));
        language->setFocus();
        QTest::keyClicks(language, QStringLiteral("Sp"));
        QCOMPARE(language->currentText(), QStringLiteral("Spanish"));
        // Only the boundary the practice added lacks Spanish texts: the defaults ship in Spanish.
        QVERIFY(missing->isVisible());
        QVERIFY2(missing->text().contains(QStringLiteral("Spanish texts: 1")), qPrintable(missing->text()));
        auto *list = find<QListWidget>("boundariesListWidget");
        QCOMPARE(list->findItems(QStringLiteral("(no Spanish text)"), Qt::MatchEndsWith).size(), 1);
        QCOMPARE(
            list->findItems(QStringLiteral("Espacio personal y contacto físico"), Qt::MatchExactly).size(),
            0);

        clickBoundary(QStringLiteral("Starting on time"));
        auto *title = find<QLineEdit>("boundaryTitleLineEdit");
        QCOMPARE(title->text(), QString());
        QCOMPARE(title->placeholderText(), QStringLiteral("Starting on time"));
        QTest::keyClicks(title, QStringLiteral("Empezar a tiempo"));
        QTest::keyClicks(find<QPlainTextEdit>("boundaryDescriptionPlainTextEdit"),
                         QStringLiteral("Las sesiones empiezan a la hora acordada."));
        QVERIFY2(missing->text().contains(QStringLiteral("Every boundary has its Spanish texts")),
                 qPrintable(missing->text()));
        QCOMPARE(list->findItems(QStringLiteral("(no Spanish text)"), Qt::MatchEndsWith).size(), 0);
        QTest::mouseClick(find<QPushButton>("saveDraftPushButton"), Qt::LeftButton);

        const PolicyDocument saved = PolicyService(*m_db).draft().value();
        const Boundary *punctuality = saved.boundary(QStringLiteral("punctuality"));
        QVERIFY(punctuality);
        QCOMPARE(punctuality->title, QStringLiteral("Starting on time"));
        QCOMPARE(punctuality->key, QStringLiteral("punctuality"));
        QCOMPARE(punctuality->translations.value(QStringLiteral("es")).title,
                 QStringLiteral("Empezar a tiempo"));
        QCOMPARE(punctuality->translations.value(QStringLiteral("es")).description,
                 QStringLiteral("Las sesiones empiezan a la hora acordada."));
        QVERIFY(saved.languages().contains(QStringLiteral("es")));
    }

    void aRetiredBoundaryStaysInVersion1AndLeavesVersion2() {
        publishDefaultsAsVersion1();
        showPage(PracticePage::BoundariesTab);
        QTest::mouseClick(find<QPushButton>("addBoundaryPushButton"), Qt::LeftButton);
        QTest::keyClicks(find<QLineEdit>("boundaryTitleLineEdit"), QStringLiteral("Gifts"));
        // The key is the boundary's internal name: made from the title, never shown.
        QVERIFY(!m_page->findChild<QLineEdit *>(QStringLiteral("boundaryKeyLineEdit")));
        QTest::keyClicks(find<QPlainTextEdit>("boundaryDescriptionPlainTextEdit"),
                         QStringLiteral("We do not exchange gifts of more than token value."));

        clickBoundary(QStringLiteral("Personal space and touch"));
        auto *retire = find<QPushButton>("retireBoundaryPushButton");
        QCOMPARE(retire->text(), QStringLiteral("Retire"));
        QTest::mouseClick(retire, Qt::LeftButton);
        QCOMPARE(retire->text(), QStringLiteral("Restore"));
        QVERIFY(find<QListWidget>("boundariesListWidget")
                    ->currentItem()
                    ->text()
                    .contains(QStringLiteral("retired")));

        // Publishing saves the draft first.
        MessageBox::setNextAnswer(MessageBox::Answer::Confirmed);
        QTest::mouseClick(find<QPushButton>("publishPushButton"), Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Gifts")));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Personal space and touch")));
        const PolicyService policy(*m_db);
        QCOMPARE(policy.latestVersionNumber().value(), 2);
        QVERIFY(policy.version(1).value().document.boundary(QStringLiteral("personal_space")));
        QVERIFY(!policy.version(2).value().document.boundary(QStringLiteral("personal_space")));
        QVERIFY(policy.version(2).value().document.boundary(QStringLiteral("gifts")));
        QVERIFY(policy.draft().value().boundary(QStringLiteral("personal_space"))->retired);
        const QString comparison =
            PolicyHtml::comparison(policy.diff(1, 2).value(), QStringLiteral("1"), QStringLiteral("2"));
        QVERIFY(comparison.contains(QStringLiteral("Gifts")));
        QVERIFY2(!comparison.contains(QStringLiteral("(gifts)")) &&
                     !comparison.contains(QStringLiteral("personal_space")),
                 qPrintable(comparison));

        m_page->showTab(PracticePage::VersionsTab);
        auto *text = find<QTextBrowser>("versionTextBrowser");
        auto *show = find<QPushButton>("showVersionPushButton");
        clickVersion(1);
        QTest::mouseClick(show, Qt::LeftButton);
        QVERIFY(text->toPlainText().contains(QStringLiteral("Personal space and touch")));
        QVERIFY(!text->toPlainText().contains(QStringLiteral("Gifts")));
        clickVersion(1); // deselects
        clickVersion(2);
        QTest::mouseClick(show, Qt::LeftButton);
        QVERIFY(!text->toPlainText().contains(QStringLiteral("Personal space and touch")));
        QVERIFY(text->toPlainText().contains(QStringLiteral("Gifts")));
    }

    void aLadderStepIsAddedMovedUpAndRemovedInTheDraft() {
        showPage(PracticePage::BoundariesTab);
        auto *ladder = find<QListWidget>("ladderListWidget");
        const int steps = ladder->count();
        QVERIFY(steps >= 7);
        QVERIFY(!find<QPushButton>("upStepPushButton")->isEnabled()); // the first step is selected

        QTest::mouseClick(find<QPushButton>("addStepPushButton"), Qt::LeftButton);
        QCOMPARE(ladder->count(), steps + 1);
        QTest::keyClicks(find<QLineEdit>("stepTitleLineEdit"), QStringLiteral("Mediation"));
        QCOMPARE(ladder->currentItem()->text(), QStringLiteral("%1. Mediation").arg(steps + 1));
        QVERIFY(!find<QPushButton>("downStepPushButton")->isEnabled());
        QTest::mouseClick(find<QPushButton>("upStepPushButton"), Qt::LeftButton);
        QCOMPARE(ladder->currentRow(), steps - 1);
        QCOMPARE(ladder->currentItem()->text(), QStringLiteral("%1. Mediation").arg(steps));
        QCOMPARE(ladder->item(steps)->text().section(QLatin1Char('.'), 0, 0), QString::number(steps + 1));

        // Removing the step before it renumbers the ones after.
        ladder->setCurrentRow(steps - 2);
        const QString removed = ladder->currentItem()->text().section(QStringLiteral(". "), 1);
        QTest::mouseClick(find<QPushButton>("removeStepPushButton"), Qt::LeftButton);
        QCOMPARE(ladder->count(), steps);
        QCOMPARE(ladder->item(steps - 2)->text(), QStringLiteral("%1. Mediation").arg(steps - 1));

        QTest::mouseClick(find<QPushButton>("saveDraftPushButton"), Qt::LeftButton);
        const QList<LadderStep> saved = PolicyService(*m_db).draft().value().ladder;
        QCOMPARE(saved.size(), steps);
        QCOMPARE(saved.at(steps - 2).title, QStringLiteral("Mediation"));
        QCOMPARE(saved.at(steps - 2).key, QStringLiteral("mediation"));
        for (const LadderStep &step : saved)
            QVERIFY(step.title != removed);
    }

    void workingHoursThatEndBeforeTheyStartAreNotSaved() {
        showPage(PracticePage::CommunicationTab);
        auto *start = find<QTimeEdit>("mondayStartTimeEdit");
        auto *error = find<QLabel>("mondayErrorLabel");
        QVERIFY(error->text().isEmpty());
        // The arrow keys step the hour, the section the cursor starts in.
        for (int hour = 9; hour < 18; ++hour)
            QTest::keyClick(start, Qt::Key_Up);
        QCOMPARE(start->time(), QTime(18, 0));
        QCOMPARE(error->text(), QStringLiteral("Must end after it starts"));

        auto *save = find<QPushButton>("saveCommunicationPushButton");
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        auto *problems = find<QLabel>("communicationProblemsLabel");
        QVERIFY(problems->isVisible());
        QVERIFY(problems->text().contains(QStringLiteral("end after they start")));
        QVERIFY(!PracticeService(*m_db).hasSavedProfile().value());

        for (int hour = 18; hour > 8; --hour)
            QTest::keyClick(start, Qt::Key_Down);
        QVERIFY(error->text().isEmpty());
        QVERIFY(!problems->isVisible());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(PracticeService(*m_db).load().value().day(Qt::Monday).start, QTime(8, 0));
        QVERIFY(!save->isEnabled());
    }

    void leavingWithUnsavedChangesAsksFirst() {
        QVERIFY(DemoPractice::populate(*m_db).ok());
        MainWindow window(*m_db);
        window.show();
        window.showSection(MainWindow::PracticeSection);
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pagesStackedWidget"));
        QCOMPARE(pages->currentWidget(), window.practicePage());
        auto *name = window.practicePage()->findChild<QLineEdit *>(QStringLiteral("practiceNameLineEdit"));
        QTest::keyClicks(name, QStringLiteral(" Ltd"));
        QVERIFY(window.practicePage()->hasUnsavedChanges());

        MessageBox::setNextAnswer(MessageBox::Answer::Cancelled);
        window.showSection(MainWindow::ClientsSection);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("not saved")));
        QCOMPARE(pages->currentWidget(), window.practicePage());

        MessageBox::setNextAnswer(MessageBox::Answer::Confirmed);
        window.showSection(MainWindow::ClientsSection);
        QCOMPARE(pages->currentWidget(), window.clientsPage());
        QCOMPARE(name->text(), QStringLiteral("Northbridge Coaching & Training"));
    }

    void aReadOnlyDatabaseShowsEverythingAndEditsNothing() {
        QVERIFY(DemoPractice::populate(*m_db).ok());
        m_db.reset();
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        m_db = std::move(Database::open(m_dir->filePath(QStringLiteral("practice.sqlite")), options)).value();
        showPage(PracticePage::BoundariesTab);
        QVERIFY(find<QLineEdit>("practiceNameLineEdit")->isReadOnly());
        QCOMPARE(find<QLineEdit>("practiceNameLineEdit")->text(),
                 QStringLiteral("Northbridge Coaching & Training"));
        QVERIFY(find<QPlainTextEdit>("boundaryConsequencePlainTextEdit")->isReadOnly());
        QVERIFY(!find<QPushButton>("publishPushButton")->isEnabled());
        QVERIFY(!find<QPushButton>("addBoundaryPushButton")->isEnabled());
        QCOMPARE(find<QTableWidget>("versionsTableWidget")->rowCount(), 2);
    }
};

QTEST_MAIN(TestPracticePage)
#include "tst_PracticePage.moc"
