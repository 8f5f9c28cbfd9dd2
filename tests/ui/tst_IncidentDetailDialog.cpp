// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/AgreementFiles.h"
#include "app/clients/ClientService.h"
#include "app/common/Clock.h"
#include "app/demo/DemoPractice.h"
#include "app/incidents/IncidentService.h"
#include "app/incidents/IncidentTableModel.h"
#include "app/policy/PolicyService.h"
#include "app/policy/PracticeService.h"
#include "app/practitioner/PractitionerService.h"
#include "app/storage/ClientRepository.h"
#include "app/storage/ContractRepository.h"
#include "app/storage/IncidentRepository.h"
#include "app/storage/ResourceRepository.h"
#include "tests/support/ModalDialogs.h"
#include "tests/support/TestSupport.h"
#include "ui/common/NoticeBar.h"
#include "ui/common/SignatureCanvas.h"
#include "ui/incidents/IncidentDetailDialog.h"
#include "ui/incidents/SummaryStepWidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPdfDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace bk;

/// Receives the mailto: links the dialog opens, in place of a mail program.
class MailCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TestIncidentDetailDialog : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IncidentDetailDialog> m_dialog;
    qint64 m_client = 0;

    static QDateTime now() { return QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC); }

    template <typename T> T *find(const char *name) const {
        T *widget = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("No widget named %s", name);
        return widget;
    }

    qint64 logIncident(const QDateTime &when,
                       const QString &boundary = QStringLiteral("after_hours_contact")) {
        NewIncident incident;
        incident.clientId = m_client;
        incident.occurredAt = when;
        incident.channel = ContactChannel::Phone;
        incident.boundaryKey = boundary;
        incident.description = QStringLiteral("Phoned at 21:30 to move Thursday's session.");
        const Result<qint64> id = IncidentService(*m_db).log(incident);
        if (!id)
            qWarning() << id.error().message;
        return id ? id.value() : 0;
    }

    /// An incident on the boundary of an earlier one whose written summary was sent: the rules then propose a
    /// behavioural contract. Returns the repeat.
    qint64 repeatAfterASummary() {
        const IncidentService service(*m_db);
        const qint64 first = logIncident(now().addDays(-20));
        if (!service.recordConversation(first, now().addDays(-19), QStringLiteral("Talked.")) ||
            !service.recordWrittenSummary(first, now().addDays(-18), QStringLiteral("Summary."),
                                          SummaryMethod::Email))
            qWarning("The first incident's steps were not recorded");
        return logIncident(now().addDays(-1));
    }

    void openDialog(qint64 incidentId) {
        m_dialog = std::make_unique<IncidentDetailDialog>(*m_db, incidentId);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void showTab(IncidentDetailDialog::Tab tab) {
        auto *tabs = find<QTabWidget>("incidentTabWidget");
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(tab).center());
        QCOMPARE(tabs->currentIndex(), int(tab));
    }

    void click(const char *button) {
        auto *widget = find<QPushButton>(button);
        QVERIFY(widget);
        QVERIFY2(widget->isEnabled(), button);
        QTest::mouseClick(widget, Qt::LeftButton);
    }

    static void clickItem(QTreeWidget *tree, QTreeWidgetItem *item) {
        tree->scrollToItem(item);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
        QCOMPARE(tree->currentItem(), item);
    }

    static void replaceText(QWidget *editor, const QString &text) {
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(editor, Qt::Key_Delete);
        QTest::keyClicks(editor, text);
    }

    static void chooseInCombo(QComboBox *combo, const QString &text) {
        const int target = combo->findText(text);
        QVERIFY2(target >= 0, qPrintable(text));
        combo->setFocus();
        while (combo->currentIndex() != target)
            QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    }

    QList<StepEntry> steps(qint64 incidentId) const {
        return IncidentRepository(*m_db).steps(incidentId).value();
    }

private Q_SLOTS:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        Clock::setNowFunction([] { return now(); });
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = test::openDatabase(m_dir->filePath(QStringLiteral("incidents.sqlite")));
        QVERIFY(m_db);
        PracticeProfile profile = PracticeProfile::defaults();
        profile.name = QStringLiteral("Harbour Coaching");
        profile.timeZoneId = "Europe/London";
        QVERIFY(PracticeService(*m_db).save(profile).ok());
        QVERIFY(PolicyService(*m_db).saveDraft(PolicyDocument::defaults()).ok());
        QVERIFY(PolicyService(*m_db).publish().ok());
        Client client;
        client.fullName = QStringLiteral("Jordan Reyes");
        client.preferredName = QStringLiteral("Jordan");
        client.email = QStringLiteral("jordan@example.com");
        m_client = ClientService(*m_db).add(client).value();
    }

    void cleanup() {
        Clock::setPracticeZone({});
        m_dialog.reset();
        m_db.reset();
        m_dir.reset();
        Clock::setNowFunction({});
    }

    void theFactsNameWhoIsResponsibleAndWhoKeptTheRecord() {
        const qint64 id = logIncident(now().addSecs(-15 * 3600));
        // Someone else changed the incident last (as their own session would have written it).
        QSqlQuery other(m_db->connection());
        QVERIFY(other.exec(
            QStringLiteral("INSERT INTO practitioners (login, display_name, practice_role, active, "
                           "created_at) VALUES ('zoe', 'Zoe Adler', 'practitioner', TRUE, "
                           "'2026-11-01T09:00:00.000Z')")));
        QVERIFY(other.exec(QStringLiteral("UPDATE incidents SET changed_by = (SELECT id FROM practitioners "
                                          "WHERE login = 'zoe') WHERE id = %1")
                               .arg(id)));
        openDialog(id);
        // The computer's user on a file, the server role signed in on a server.
        const QString me = PractitionerService(*m_db).signedIn().value().shownName();
        QVERIFY(!me.isEmpty());
        QCOMPARE(find<QLabel>("responsibleFactLabel")->text(), me.toHtmlEscaped());
        QCOMPARE(find<QLabel>("authorsFactLabel")->text(),
                 QStringLiteral("created by %1 · last changed by Zoe Adler (zoe)").arg(me).toHtmlEscaped());
        QVERIFY(find<QLabel>("authorsFactLabel")->isVisible());
    }

    void anIncidentIsWalkedFromConversationToClosed() {
        const qint64 id = logIncident(now().addSecs(-15 * 3600));
        openDialog(id);
        QVERIFY(find<QLabel>("boundaryFactLabel")->text().contains(QStringLiteral("Each other")));
        QVERIFY(find<QLabel>("flagsFactLabel")->text().contains(QStringLiteral("working hours")));
        QVERIFY(find<QLabel>("nextActionLabel")->text().contains(QStringLiteral("Next:")));
        // A new incident opens on the conversation, its first step.
        QCOMPARE(find<QTabWidget>("incidentTabWidget")->currentIndex(),
                 int(IncidentDetailDialog::ConversationTab));

        auto *script = find<QPlainTextEdit>("conversationScriptPlainTextEdit");
        QVERIFY(script->toPlainText().contains(QStringLiteral("1. Acknowledge")));
        QVERIFY(script->toPlainText().contains(QStringLiteral("5. Agree how to follow through")));
        QTest::keyClicks(script, QStringLiteral(" Ask about Thursday."));
        click("copyScriptPushButton");
        QCOMPARE(QApplication::clipboard()->text(), script->toPlainText());
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("Ask about Thursday.")));

        QTest::keyClicks(find<QPlainTextEdit>("conversationGistPlainTextEdit"),
                         QStringLiteral("Jordan agreed to text and wait for the morning."));
        click("recordConversationPushButton");
        QCOMPARE(steps(id).size(), 1);
        QCOMPARE(steps(id).first().note, QStringLiteral("Jordan agreed to text and wait for the morning."));
        QVERIFY(find<QLabel>("incidentStatusLabel")
                    ->text()
                    .contains(QStringLiteral("conversation was recorded")));
        QVERIFY(find<QListWidget>("ladderStepsListWidget")->item(0)->text().contains(QStringLiteral("done")));
        // Recorded: the form folds away, so a second click cannot record the same conversation twice.
        QVERIFY(!find<QPushButton>("recordConversationPushButton")->isVisible());
        QVERIFY(!find<QPlainTextEdit>("conversationGistPlainTextEdit")->isVisible());
        QVERIFY(find<QPushButton>("recordAnotherConversationPushButton")->isVisible());
        click("recordAnotherConversationPushButton");
        QVERIFY(find<QPushButton>("recordConversationPushButton")->isVisible());
        QVERIFY(find<QPlainTextEdit>("conversationGistPlainTextEdit")->toPlainText().isEmpty());
        QCOMPARE(steps(id).size(), 1);

        showTab(IncidentDetailDialog::SummaryTab);
        auto *summary = find<QPlainTextEdit>("summaryTextPlainTextEdit");
        // The conversation's note is private: the letter tells what the practitioner writes for the client.
        QVERIFY(!summary->toPlainText().contains(QStringLiteral("Jordan agreed")));
        QTest::keyClicks(find<QPlainTextEdit>("summaryForClientPlainTextEdit"),
                         QStringLiteral("You text me and wait for the morning."));
        QVERIFY(summary->toPlainText().contains(
            QStringLiteral("What we discussed and agreed: You text me and wait for the morning.")));
        QVERIFY(!summary->toPlainText().contains(QStringLiteral("Jordan agreed")));
        // A letter edited by hand is not redrafted under the practitioner's hands.
        QTest::keyClick(summary, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(summary, QStringLiteral("PS: see you Thursday."));
        QTest::keyClicks(find<QPlainTextEdit>("summaryForClientPlainTextEdit"), QStringLiteral(" Thanks."));
        QVERIFY(summary->toPlainText().endsWith(QStringLiteral("PS: see you Thursday.")));
        QVERIFY(!summary->toPlainText().contains(QStringLiteral("Thanks.")));
        click("copySummaryPushButton");
        QCOMPARE(QApplication::clipboard()->text(), summary->toPlainText());
        QCOMPARE(find<QComboBox>("summaryMethodComboBox")->currentData().toString(),
                 QStringLiteral("clipboard"));
        click("recordSummaryPushButton");
        QCOMPARE(steps(id).size(), 2);
        QCOMPARE(StepDetails::summaryText(steps(id).last()), summary->toPlainText());
        QCOMPARE(StepDetails::summaryForClient(steps(id).last()),
                 QStringLiteral("You text me and wait for the morning. Thanks."));
        QVERIFY(StepDetails::summaryMethod(steps(id).last()) == SummaryMethod::Clipboard);

        showTab(IncidentDetailDialog::GoalsTab);
        auto *goal = find<QLineEdit>("goalLineEdit");
        QTest::keyClicks(goal, QStringLiteral("No calls after 18:00 on working days"));
        QTest::keyClick(goal, Qt::Key_Return);
        QCOMPARE(find<QListWidget>("pendingGoalsListWidget")->count(), 1);
        click("recordGoalsPushButton");
        const QList<FollowUp> followUps = IncidentRepository(*m_db).followUps(id).value();
        QCOMPARE(followUps.size(), 1);
        QCOMPARE(followUps.first().goal, QStringLiteral("No calls after 18:00 on working days"));
        QCOMPARE(followUps.first().due, now().date().addDays(14));
        // While the goal is followed up, the contract (step 4) is not marked as next: the rules do not call
        // for one on a first incident, as the Contract tab says.
        auto *ladder = find<QListWidget>("ladderStepsListWidget");
        QVERIFY2(!ladder->item(3)->text().contains(QStringLiteral("next")),
                 qPrintable(ladder->item(3)->text()));
        QVERIFY(find<QLabel>("nextActionLabel")->text().contains(QStringLiteral("Follow up on the goal")));

        auto *tree = find<QTreeWidget>("followUpsTreeWidget");
        QCOMPARE(tree->topLevelItemCount(), 1);
        clickItem(tree, tree->topLevelItem(0));
        chooseInCombo(find<QComboBox>("outcomeResultComboBox"), QStringLiteral("Partly met"));
        QTest::keyClicks(find<QLineEdit>("outcomeNoteLineEdit"),
                         QStringLiteral("One late call in two weeks."));
        click("recordOutcomePushButton");
        QList<FollowUpOutcome> outcomes = IncidentRepository(*m_db).outcomes(id).value();
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().result, FollowUpResult::PartlyMet);
        QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("Partly met"));

        // A changed outcome is a correction beside the original, which stays listed.
        clickItem(tree, tree->topLevelItem(0));
        QCOMPARE(find<QPushButton>("recordOutcomePushButton")->text(), QStringLiteral("Record correction"));
        chooseInCombo(find<QComboBox>("outcomeResultComboBox"), QStringLiteral("Met"));
        QTest::keyClicks(find<QLineEdit>("outcomeNoteLineEdit"), QStringLiteral("No late calls at all."));
        click("recordOutcomePushButton");
        outcomes = IncidentRepository(*m_db).outcomes(id).value();
        QCOMPARE(outcomes.size(), 2);
        QCOMPARE(outcomes.last().correctsId, outcomes.first().id);
        QCOMPARE(outcomes.first().result, FollowUpResult::PartlyMet);
        QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("Met"));
        QCOMPARE(tree->topLevelItem(0)->childCount(), 2);
        QVERIFY(
            tree->topLevelItem(0)->child(0)->text(3).contains(QStringLiteral("replaced by a correction")));
        QVERIFY(tree->topLevelItem(0)->child(1)->text(0).startsWith(QStringLiteral("Corrected on")));

        // Closing without an outcome is refused, and the dialog says why.
        showTab(IncidentDetailDialog::CloseTab);
        click("closeIncidentPushButton");
        auto *closeError = find<QLabel>("closeErrorLabel");
        QVERIFY(closeError->isVisible());
        QVERIFY(closeError->text().contains(QStringLiteral("Describe the outcome")));
        QCOMPARE(IncidentRepository(*m_db).get(id).value().status, IncidentStatus::Open);

        QTest::keyClicks(find<QPlainTextEdit>("outcomePlainTextEdit"),
                         QStringLiteral("Resolved: no late calls since the conversation."));
        click("closeIncidentPushButton");
        const Incident closed = IncidentRepository(*m_db).get(id).value();
        QCOMPARE(closed.status, IncidentStatus::Closed);
        QCOMPARE(closed.outcome, QStringLiteral("Resolved: no late calls since the conversation."));
        QVERIFY(!closeError->isVisible());
        QVERIFY(find<QLabel>("statusFactLabel")->text().contains(QStringLiteral("Closed")));
        QVERIFY(find<QLabel>("closeStateLabel")->text().contains(closed.outcome));
        QVERIFY(find<NoticeBar>("incidentNoticeBar")->text().contains(QStringLiteral("closed")));
        QVERIFY(!find<QPushButton>("recordConversationPushButton")->isEnabled());
        QVERIFY(!find<QPushButton>("recordGoalsPushButton")->isEnabled());
    }

    void goalsMetEndTheClimbAndEveryViewAgrees() {
        const IncidentService service(*m_db);
        const qint64 id = logIncident(now().addDays(-20));
        QVERIFY(service.recordConversation(id, now().addDays(-19), QStringLiteral("Talked.")).ok());
        QVERIFY(service
                    .recordWrittenSummary(id, now().addDays(-18), QStringLiteral("Summary."),
                                          SummaryMethod::Email)
                    .ok());
        QVERIFY(
            service
                .recordGoals(id, now().addDays(-18), QString(),
                             {{0, 0, 0, QStringLiteral("No calls after 18:00"), now().date().addDays(-4)}})
                .ok());
        const QList<FollowUp> goals = IncidentRepository(*m_db).followUps(id).value();
        QVERIFY(service.recordFollowUpOutcome(goals.first().id, FollowUpResult::NotMet, QString()).ok());
        openDialog(id);

        // Not met: the behaviour continues, the contract is next, and the Contract tab says so.
        auto *ladder = find<QListWidget>("ladderStepsListWidget");
        QVERIFY2(ladder->item(3)->text().contains(QStringLiteral("next")),
                 qPrintable(ladder->item(3)->text()));
        auto *proposal = find<QLabel>("contractProposalLabel");
        QVERIFY2(proposal->text().contains(QStringLiteral("Next on the ladder")),
                 qPrintable(proposal->text()));

        // Corrected to met: the ladder stops at the goals; closing is what is left.
        showTab(IncidentDetailDialog::GoalsTab);
        auto *tree = find<QTreeWidget>("followUpsTreeWidget");
        clickItem(tree, tree->topLevelItem(0));
        chooseInCombo(find<QComboBox>("outcomeResultComboBox"), QStringLiteral("Met"));
        QTest::keyClicks(find<QLineEdit>("outcomeNoteLineEdit"), QStringLiteral("No late calls at all."));
        click("recordOutcomePushButton");
        QTRY_VERIFY2(!ladder->item(3)->text().contains(QStringLiteral("next")),
                     qPrintable(ladder->item(3)->text()));
        for (int row = 0; row < ladder->count(); ++row)
            QVERIFY2(!ladder->item(row)->text().endsWith(QStringLiteral("next")),
                     qPrintable(ladder->item(row)->text()));
        QVERIFY2(find<QLabel>("nextActionLabel")->text().contains(QStringLiteral("The goals were met")),
                 qPrintable(find<QLabel>("nextActionLabel")->text()));
        QVERIFY2(proposal->text().contains(QStringLiteral("do not call for a contract")),
                 qPrintable(proposal->text()));
        // The incident list says the same as the window.
        IncidentTableModel model(*m_db);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, IncidentTableModel::StepColumn).data(IncidentTableModel::RawRole).toString(),
                 QStringLiteral("goals_follow_up"));
        QCOMPARE(model.index(0, IncidentTableModel::NextDueColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("The goals were met: record the outcome and close the incident"));
    }

    void aCorrectionIsANewEntryAndTheOriginalStays() {
        const qint64 id = logIncident(now().addDays(-2));
        const qint64 original =
            IncidentService(*m_db)
                .recordConversation(id, now().addDays(-1), QStringLiteral("Talked on the phone."))
                .value();
        openDialog(id);
        showTab(IncidentDetailDialog::HistoryTab);
        auto *tree = find<QTreeWidget>("stepHistoryTreeWidget");
        QCOMPARE(tree->topLevelItemCount(), 1);
        clickItem(tree, tree->topLevelItem(0));
        auto *note = find<QPlainTextEdit>("correctionNotePlainTextEdit");
        QCOMPARE(note->toPlainText(), QStringLiteral("Talked on the phone."));
        replaceText(note, QStringLiteral("Talked in person after the session."));
        click("recordCorrectionPushButton");

        const QList<StepEntry> entries = steps(id);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.first().id, original);
        QCOMPARE(entries.first().note, QStringLiteral("Talked on the phone."));
        QCOMPARE(entries.last().correctsId, original);
        QCOMPARE(entries.last().note, QStringLiteral("Talked in person after the session."));

        QCOMPARE(tree->topLevelItemCount(), 1);
        QTreeWidgetItem *correction = tree->topLevelItem(0);
        QVERIFY(correction->text(2).contains(QStringLiteral("Talked in person after the session.")));
        QVERIFY(correction->text(3).startsWith(QStringLiteral("corrected on")));
        QCOMPARE(correction->childCount(), 1);
        QVERIFY(correction->child(0)->text(1).contains(QStringLiteral("original, replaced")));
        QVERIFY(correction->child(0)->text(2).contains(QStringLiteral("Talked on the phone.")));

        // The replaced original can be read but not corrected again.
        clickItem(tree, correction->child(0));
        QVERIFY(!find<QPushButton>("recordCorrectionPushButton")->isEnabled());
    }

    void aContractIsProposedWhenTheSameBoundaryIsCrossedAfterASummary() {
        const qint64 again = repeatAfterASummary();

        openDialog(again);
        auto *proposal = find<NoticeBar>("contractProposalNoticeBar");
        QVERIFY(proposal->isVisible());
        QVERIFY(proposal->text().contains(QStringLiteral("behavioural contract is proposed")));
        QVERIFY(proposal->text().contains(QStringLiteral("written summary")));
        QVERIFY(proposal->text().contains(QStringLiteral("(this incident)")));
        QCOMPARE(proposal->text().count(QStringLiteral("<li>")), 2);

        click("openContractPushButton");
        QCOMPARE(find<QTabWidget>("incidentTabWidget")->currentIndex(),
                 int(IncidentDetailDialog::ContractTab));
        // The proposal's draft fills the contract, ready to edit.
        QVERIFY(!find<QPlainTextEdit>("contractAppropriatePlainTextEdit")->toPlainText().isEmpty());
        auto *goals = find<QPlainTextEdit>("contractGoalsPlainTextEdit");
        QVERIFY(goals->toPlainText().contains(QStringLiteral("Each other")));
        QTest::keyClick(goals, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClick(goals, Qt::Key_Return);
        QTest::keyClicks(goals, QStringLiteral("Questions by email only."));
        click("recordContractPushButton");
        const QList<StepEntry> entries = steps(again);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().stepKey, QStringLiteral("behavioural_contract"));
        QVERIFY(StepDetails::contract(entries.first())
                    .measurableGoals.contains(QStringLiteral("Questions by email only.")));
        // The recorded contract settles the proposal.
        QVERIFY(!proposal->isVisible());
    }

    void aContractIsSignedByBothAndRecordedAsSigned() {
        const qint64 again = repeatAfterASummary();
        openDialog(again);
        showTab(IncidentDetailDialog::ContractTab);

        bool signedInDialog = false;
        QTimer::singleShot(0, this, [&signedInDialog] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->objectName(), QStringLiteral("contractSigningDialog"));
            // Whatever happens below, the dialog does not stay open and block the test.
            const auto closeWhenDone = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            auto *sign = dialog->findChild<QPushButton *>(QStringLiteral("signContractPushButton"));
            // Nothing is signed without consent and both signatures, and the dialog says what is missing.
            QTest::mouseClick(sign, Qt::LeftButton);
            auto *error = dialog->findChild<QLabel *>(QStringLiteral("contractSigningErrorLabel"));
            QVERIFY(dialog->isVisible());
            QVERIFY(error->isVisible());
            QVERIFY(error->text().contains(QStringLiteral("Not signed yet")));

            auto *consent = dialog->findChild<QCheckBox *>(QStringLiteral("contractConsentCheckBox"));
            consent->setFocus();
            QTest::keyClick(consent, Qt::Key_Space);
            QVERIFY(consent->isChecked());
            auto *client = dialog->findChild<QWidget *>(QStringLiteral("clientSignaturePadWidget"));
            auto *canvas = client->findChild<SignatureCanvas *>();
            QVERIFY(canvas);
            const QRectF paper = canvas->paperRect();
            QTest::mousePress(canvas, Qt::LeftButton, {}, paper.center().toPoint() - QPoint(60, 0));
            for (int step = 1; step <= 8; ++step)
                QTest::mouseMove(canvas, paper.center().toPoint() + QPoint(-60 + step * 15, (step % 2) * 10));
            QTest::mouseRelease(canvas, Qt::LeftButton, {}, paper.center().toPoint() + QPoint(60, 0));

            auto *practitioner =
                dialog->findChild<QWidget *>(QStringLiteral("practitionerSignaturePadWidget"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("practitionerNameLineEdit")),
                             QStringLiteral("Alex Morgan"));
            auto *typeInstead = practitioner->findChild<QCheckBox *>(QStringLiteral("typeInsteadCheckBox"));
            typeInstead->setFocus();
            QTest::keyClick(typeInstead, Qt::Key_Space);
            QTest::keyClicks(practitioner->findChild<QLineEdit *>(QStringLiteral("typedSignatureLineEdit")),
                             QStringLiteral("Alex Morgan"));
            QTest::mouseClick(sign, Qt::LeftButton);
            signedInDialog = !dialog->isVisible() && dialog->result() == QDialog::Accepted;
            if (!signedInDialog)
                qWarning() << error->text();
        });
        click("signContractDialogPushButton");
        QVERIFY(signedInDialog);

        const QList<ContractSummary> contracts = ContractRepository(*m_db).list(m_client).value();
        QCOMPARE(contracts.size(), 1);
        QCOMPARE(contracts.first().state, AgreementState::Signed);
        const QList<StepEntry> entries = steps(again);
        QCOMPARE(entries.size(), 1);
        const BehaviouralContract recorded = StepDetails::contract(entries.first());
        QVERIFY(recorded.status == ContractStatus::Signed);
        QCOMPARE(recorded.documentId, contracts.first().documentId);
        QVERIFY(find<QLabel>("contractRecordedLabel")->text().contains(QStringLiteral("Signed by both")));
        QVERIFY(find<QPushButton>("saveSignedContractPushButton")->isVisible());
        QVERIFY(find<QLabel>("incidentStatusLabel")->text().contains(QStringLiteral("signed by both")));
        // Signed by both, the contract is shown as it was signed: nothing left to edit, record or sign.
        for (const char *hidden :
             {"recordContractPushButton", "signContractDialogPushButton", "paperContractDialogPushButton"})
            QVERIFY2(!find<QPushButton>(hidden)->isVisible(), hidden);
        QVERIFY(find<QPlainTextEdit>("contractAppropriatePlainTextEdit")->isReadOnly());
        QVERIFY(find<QPlainTextEdit>("contractGoalsPlainTextEdit")->isReadOnly());
        QVERIFY(!find<QDateTimeEdit>("contractWhenDateTimeEdit")->isEnabled());
        QVERIFY(find<QPushButton>("openSignedContractPushButton")->isVisible());
        bool opened = false;
        test::whenModal<QDialog>([&opened](QDialog *dialog) {
            opened = dialog->objectName() == QStringLiteral("signedDocumentDialog");
            dialog->reject();
        });
        click("openSignedContractPushButton");
        QVERIFY(opened);
        const QString folder =
            AgreementFiles::defaultFolder(m_client, QStringLiteral("Jordan Reyes")).value();
        const QStringList pdfs = QDir(folder).entryList({QStringLiteral("behavioural-contract-*.pdf")});
        QCOMPARE(pdfs.size(), 1);
        QCOMPARE(test::fileMode(QDir(folder).filePath(pdfs.first())), 0600);
        // The signed contract settles the proposal.
        QVERIFY(!find<NoticeBar>("contractProposalNoticeBar")->isVisible());
    }

    void aContractSignedOnPaperIsRecordedFromTheDialog() {
        const qint64 again = repeatAfterASummary();
        openDialog(again);
        showTab(IncidentDetailDialog::ContractTab);
        const QString scanPath = m_dir->filePath(QStringLiteral("scan.pdf"));
        {
            QFile scan(scanPath);
            QVERIFY(scan.open(QIODevice::WriteOnly));
            scan.write("%PDF-1.4 scanned original");
        }

        bool recorded = false;
        QTimer::singleShot(0, this, [&recorded, scanPath] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->objectName(), QStringLiteral("contractSigningDialog"));
            const auto closeWhenDone = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            // No signature pads and no electronic consent on paper.
            QVERIFY(!dialog->findChild<QWidget *>(QStringLiteral("clientSignaturePadWidget"))->isVisible());
            QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("contractConsentCheckBox"))->isVisible());
            auto *record = dialog->findChild<QPushButton *>(QStringLiteral("signContractPushButton"));
            QTest::mouseClick(record, Qt::LeftButton);
            QVERIFY(dialog->isVisible()); // nothing recorded before both signed the paper

            auto *original = dialog->findChild<QCheckBox *>(QStringLiteral("contractPaperOriginalCheckBox"));
            original->setFocus();
            QTest::keyClick(original, Qt::Key_Space);
            auto *date = dialog->findChild<QDateEdit *>(QStringLiteral("contractPaperDateEdit"));
            date->setFocus();
            date->setDate(Clock::todayLocal().addDays(-2));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("practitionerNameLineEdit")),
                             QStringLiteral("Alex Morgan"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("contractPaperNoteLineEdit")),
                             QStringLiteral("Client file, office cabinet"));
            test::whenModal<QFileDialog>(
                [scanPath](QFileDialog *files) { test::chooseFile(files, scanPath); });
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("attachScanPushButton")),
                              Qt::LeftButton);
            QTRY_VERIFY(dialog->findChild<QLabel *>(QStringLiteral("scanLabel"))
                            ->text()
                            .contains(QStringLiteral("application/pdf")));
            QTest::mouseClick(record, Qt::LeftButton);
            recorded = !dialog->isVisible() && dialog->result() == QDialog::Accepted;
            if (!recorded)
                qWarning()
                    << dialog->findChild<QLabel *>(QStringLiteral("contractSigningErrorLabel"))->text();
        });
        click("paperContractDialogPushButton");
        QVERIFY(recorded);

        const QList<ContractSummary> contracts = ContractRepository(*m_db).list(m_client).value();
        QCOMPARE(contracts.size(), 1);
        QCOMPARE(contracts.first().state, AgreementState::Signed);
        const Contract contract = ContractRepository(*m_db).get(contracts.first().id).value();
        QCOMPARE(contract.signingMode, SigningMode::Paper);
        QCOMPARE(contract.clientSignature->method, SignatureMethod::Paper);
        QCOMPARE(Clock::toLocal(contract.clientSignature->signedAt).date(), Clock::todayLocal().addDays(-2));
        QCOMPARE(contract.practitionerSignature->signerName, QStringLiteral("Alex Morgan"));
        QCOMPARE(contract.clientSignature->paperNote, QStringLiteral("Client file, office cabinet"));
        QCOMPARE(contract.clientSignature->scan, QByteArray("%PDF-1.4 scanned original"));
        QVERIFY(!find<QPushButton>("paperContractDialogPushButton")->isVisible());
    }

    void noContractIsProposedForASingleIncident() {
        openDialog(logIncident(now().addDays(-1)));
        QVERIFY(!find<NoticeBar>("contractProposalNoticeBar")->isVisible());
        QVERIFY(!find<QPushButton>("openContractPushButton")->isVisible());
    }

    void resourcesFromTheLibraryAreRecordedAsProvided() {
        const ResourceRepository repository(*m_db);
        QVERIFY(repository
                    .addResource({0,
                                  QStringLiteral("Working hours: a one-page guide"),
                                  QStringLiteral("https://example.org/hours"),
                                  {QStringLiteral("after_hours_contact")}})
                    .ok());
        QVERIFY(repository
                    .addResource({0,
                                  QStringLiteral("Speaking up calmly"),
                                  QStringLiteral("https://example.org/calm"),
                                  {QStringLiteral("respectful_language")}})
                    .ok());
        const qint64 id = logIncident(now().addDays(-1));
        openDialog(id);
        showTab(IncidentDetailDialog::ResourcesTab);
        auto *list = find<QListWidget>("resourcesListWidget");
        // Only the library entries for this incident's boundary are offered at first.
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("Working hours")));
        QTest::mouseClick(find<QCheckBox>("wholeLibraryCheckBox"), Qt::LeftButton);
        QCOMPARE(list->count(), 2);

        // A new library entry, added through its dialog, is ticked for this incident straight away.
        QTimer::singleShot(0, this, [] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            auto *save = dialog->findChild<QDialogButtonBox *>(QStringLiteral("resourceDialogButtonBox"))
                             ->button(QDialogButtonBox::Save);
            // Without a title the dialog stays open and says so.
            QTest::mouseClick(save, Qt::LeftButton);
            QVERIFY(dialog->isVisible());
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("resourceErrorLabel"))
                        ->text()
                        .contains(QStringLiteral("title")));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("resourceTitleLineEdit")),
                             QStringLiteral("Urgent matters: what to do"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("resourceLocationLineEdit")),
                             QStringLiteral("https://example.org/urgent"));
            QTest::mouseClick(save, Qt::LeftButton);
        });
        click("addResourcePushButton");
        QCOMPARE(repository.resources(QStringLiteral("after_hours_contact")).value().size(), 2);
        QCOMPARE(list->count(), 3);
        QListWidgetItem *added =
            list->findItems(QStringLiteral("Urgent matters"), Qt::MatchStartsWith).value(0);
        QVERIFY(added);
        QCOMPARE(added->checkState(), Qt::Checked);

        QListWidgetItem *guide =
            list->findItems(QStringLiteral("Working hours"), Qt::MatchStartsWith).value(0);
        list->setFocus();
        list->setCurrentItem(guide);
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(guide->checkState(), Qt::Checked);
        QTest::keyClicks(find<QLineEdit>("resourcesNoteLineEdit"),
                         QStringLiteral("Sent both links by email."));
        click("recordResourcesPushButton");

        const QList<StepEntry> entries = steps(id);
        QCOMPARE(entries.size(), 1);
        QStringList titles;
        for (const PracticeResource &resource : StepDetails::resources(entries.first()))
            titles.append(resource.title);
        titles.sort();
        QCOMPARE(titles, QStringList({QStringLiteral("Urgent matters: what to do"),
                                      QStringLiteral("Working hours: a one-page guide")}));
        QVERIFY(find<QLabel>("resourcesRecordedLabel")->text().contains(QStringLiteral("Urgent matters")));
    }

    void timesAreThePracticesAndSayWhichZoneTheyAreIn() {
        // A New York practice on a computer in another zone (UTC here, and on most build machines).
        QVERIFY(QTimeZone::systemTimeZone().id() != QByteArrayLiteral("America/New_York"));
        Clock::setPracticeZone(QByteArrayLiteral("America/New_York"));
        QCOMPARE(Clock::zoneLabel(), QStringLiteral("New York"));
        // 20:15 UTC on 9 March 2026 is 16:15 in New York (daylight saving time began the day before).
        const qint64 id = logIncident(QDateTime(QDate(2026, 3, 9), QTime(20, 15), Qt::UTC));
        openDialog(id);
        const QString when = find<QLabel>("whenFactLabel")->text();
        QVERIFY2(when.contains(QStringLiteral("16:15 (New York time)")), qPrintable(when));
        QCOMPARE(find<QDateTimeEdit>("conversationWhenDateTimeEdit")->time().hour(), 8); // 12:00 UTC

        // A time typed in is the practice's too.
        find<QDateTimeEdit>("conversationWhenDateTimeEdit")
            ->setDateTime(QDateTime(QDate(2026, 3, 10), QTime(7, 30)));
        QTest::keyClicks(find<QPlainTextEdit>("conversationGistPlainTextEdit"), QStringLiteral("Talked."));
        click("recordConversationPushButton");
        QCOMPARE(steps(id).size(), 1);
        QCOMPARE(steps(id).first().happenedAt, QDateTime(QDate(2026, 3, 10), QTime(11, 30), Qt::UTC));
        QVERIFY(find<QLabel>("conversationRecordedLabel")->text().contains(QStringLiteral("07:30")));

        // The incident list names the zone in its header.
        IncidentTableModel model(*m_db);
        QCOMPARE(model.headerData(IncidentTableModel::OccurredColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Date and time (New York)"));
        Clock::setPracticeZone(QTimeZone::systemTimeZone().id());
        QCOMPARE(Clock::zoneLabel(), QString());
        QCOMPARE(model.headerData(IncidentTableModel::OccurredColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Date and time"));
    }

    void aSignedContractShowsTheDayItWasSigned() {
        m_db = test::openDatabase(m_dir->filePath(QStringLiteral("demo.sqlite")));
        QVERIFY(m_db);
        QVERIFY(DemoPractice::populate(*m_db).ok());
        qint64 id = 0;
        StepEntry signedStep;
        for (qint64 incident = 1; incident <= 20 && id == 0; ++incident) {
            const Result<QList<StepEntry>> entries = IncidentRepository(*m_db).steps(incident);
            for (const StepEntry &entry : entries.ok() ? entries.value() : QList<StepEntry>()) {
                if (entry.stepKey == QLatin1String(StepKeys::BehaviouralContract) &&
                    StepDetails::contract(entry).status == ContractStatus::Signed) {
                    id = incident;
                    signedStep = entry;
                }
            }
        }
        QVERIFY(id > 0);
        QVERIFY(signedStep.happenedAt.date() < now().date());
        openDialog(id);
        showTab(IncidentDetailDialog::ContractTab);
        auto *when = find<QDateTimeEdit>("contractWhenDateTimeEdit");
        QVERIFY(!when->isEnabled());
        QCOMPARE(when->dateTime(), Clock::toLocal(signedStep.happenedAt));
    }

    void recordingNothingExplainsWhy() {
        const qint64 id = logIncident(now().addDays(-1));
        openDialog(id);
        showTab(IncidentDetailDialog::ResourcesTab);
        click("recordResourcesPushButton");
        auto *error = find<QLabel>("resourceStepWidgetErrorLabel");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("Choose the provided resources")));
        showTab(IncidentDetailDialog::ConversationTab);
        click("recordConversationPushButton");
        QVERIFY(find<QLabel>("conversationStepWidgetErrorLabel")->text().contains(QStringLiteral("gist")));
        QVERIFY(steps(id).isEmpty());
    }

    void supervisionIsRecordedWithDateAndNote() {
        const qint64 id = logIncident(now().addDays(-1));
        openDialog(id);
        showTab(IncidentDetailDialog::NoteStepsTab);
        chooseInCombo(find<QComboBox>("noteStepComboBox"), QStringLiteral("Supervision and advice"));
        QTest::keyClicks(find<QPlainTextEdit>("noteStepPlainTextEdit"),
                         QStringLiteral("Talked it through with Sam."));
        click("recordNoteStepPushButton");
        const QList<StepEntry> entries = steps(id);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().stepKey, QStringLiteral("supervision"));
        QVERIFY(find<QLabel>("noteStepRecordedLabel")
                    ->text()
                    .contains(QStringLiteral("Talked it through with Sam.")));
    }

    void theSummaryOpensInTheMailProgramWithEverythingEncoded() {
        const qint64 id = logIncident(now().addDays(-2));
        QVERIFY(IncidentService(*m_db)
                    .recordConversation(id, now().addDays(-1), QStringLiteral("Agreed: A & B."))
                    .ok());
        MailCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("mailto"), &catcher, "open");
        openDialog(id);
        showTab(IncidentDetailDialog::SummaryTab);
        QTest::keyClicks(find<QPlainTextEdit>("summaryForClientPlainTextEdit"),
                         QStringLiteral("Agreed: A & B."));
        click("mailSummaryPushButton");
        QDesktopServices::unsetUrlHandler(QStringLiteral("mailto"));
        QCOMPARE(catcher.urls.size(), 1);
        const QUrl url = catcher.urls.first();
        QCOMPARE(url.scheme(), QStringLiteral("mailto"));
        QCOMPARE(url.path(), QStringLiteral("jordan@example.com"));
        const QUrlQuery query(url);
        QVERIFY(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded)
                    .contains(QStringLiteral("Each other")));
        const QString body = query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded);
        QVERIFY(body.contains(QStringLiteral("Agreed: A & B.")));
        QCOMPARE(body, find<QPlainTextEdit>("summaryTextPlainTextEdit")
                           ->toPlainText()
                           .replace(QStringLiteral("\n"), QStringLiteral("\r\n")));
        QCOMPARE(find<QComboBox>("summaryMethodComboBox")->currentData().toString(), QStringLiteral("email"));
    }

    void theSummaryIsSavedAsAPdfInTheClientsFolder() {
        const qint64 id = logIncident(now().addDays(-2));
        QVERIFY(IncidentService(*m_db)
                    .recordConversation(id, now().addDays(-1), QStringLiteral("Agreed to text instead."))
                    .ok());
        openDialog(id);
        showTab(IncidentDetailDialog::SummaryTab);
        QTest::keyClick(find<QPlainTextEdit>("summaryTextPlainTextEdit"), Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(find<QPlainTextEdit>("summaryTextPlainTextEdit"),
                         QStringLiteral("PS: see you Thursday."));
        click("pdfSummaryPushButton");
        auto *saved = find<QLabel>("summaryPdfLabel");
        QVERIFY(saved->isVisible());
        QCOMPARE(find<QComboBox>("summaryMethodComboBox")->currentData().toString(), QStringLiteral("pdf"));
        QCOMPARE(find<QComboBox>("summaryMethodComboBox")->currentText(),
                 QStringLiteral("Printed or attached as a PDF"));
        const QString folder =
            AgreementFiles::defaultFolder(m_client, QStringLiteral("Jordan Reyes")).value();
        const QStringList pdfs = QDir(folder).entryList({QStringLiteral("written-summary-*.pdf")});
        QCOMPARE(pdfs.size(), 1);
        QVERIFY(saved->text().contains(pdfs.first()));
        const QString path = QDir(folder).filePath(pdfs.first());
        QCOMPARE(test::fileMode(path), 0600);
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QString text;
        for (int page = 0; page < pdf.pageCount(); ++page)
            text += pdf.getAllText(page).text();
        QVERIFY2(text.contains(QStringLiteral("PS: see you Thursday.")), qPrintable(text));
        click("recordSummaryPushButton");
        QVERIFY(StepDetails::summaryMethod(steps(id).last()) == SummaryMethod::Pdf);
    }

    void mailtoLinksEncodeEveryPart() {
        const QUrl url =
            SummaryStepWidget::mailtoUrl(QStringLiteral("zoë@example.com"), QStringLiteral("A&B=C? 100%"),
                                         QStringLiteral("Line one\nLine + two #3"));
        const QByteArray encoded = url.toEncoded();
        QVERIFY2(encoded.contains("subject=A%26B%3DC%3F%20100%25"), encoded.constData());
        QVERIFY2(encoded.contains("body=Line%20one%0D%0ALine%20%2B%20two%20%233"), encoded.constData());
        QVERIFY2(encoded.startsWith("mailto:zo%C3%AB@example.com?"), encoded.constData());
    }

    void aReadOnlyDatabaseOnlyShows() {
        const qint64 id = logIncident(now().addDays(-2));
        QVERIFY(
            IncidentService(*m_db).recordConversation(id, now().addDays(-1), QStringLiteral("Talked.")).ok());
        m_db.reset();
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        Result<std::unique_ptr<Database>> opened = Database::open(
            test::databaseLocation(m_dir->filePath(QStringLiteral("incidents.sqlite"))), options);
        QVERIFY(opened.ok());
        m_db = std::move(opened).value();
        openDialog(id);
        QVERIFY(find<NoticeBar>("incidentNoticeBar")->text().contains(QStringLiteral("read-only")));
        for (const char *button :
             {"recordConversationPushButton", "recordSummaryPushButton", "recordGoalsPushButton",
              "recordOutcomePushButton", "recordContractPushButton", "recordResourcesPushButton",
              "addResourcePushButton", "recordNoteStepPushButton", "signContractDialogPushButton",
              "recordCorrectionPushButton", "closeIncidentPushButton"})
            QVERIFY2(!find<QPushButton>(button)->isEnabled(), button);
        QCOMPARE(find<QTreeWidget>("stepHistoryTreeWidget")->topLevelItemCount(), 1);
    }
};

QTEST_MAIN(TestIncidentDetailDialog)
#include "tst_IncidentDetailDialog.moc"
