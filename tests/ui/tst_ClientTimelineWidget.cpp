// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/AgreementService.h"
#include "app/clients/ClientTableModel.h"
#include "app/common/Clock.h"
#include "app/demo/DemoPractice.h"
#include "app/incidents/IncidentService.h"
#include "app/storage/ClientRepository.h"
#include "tests/support/ModalDialogs.h"
#include "tests/support/TestSupport.h"
#include "ui/clients/ClientsPage.h"
#include "ui/common/MainWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/common/PdfPreviewWidget.h"
#include "ui/incidents/ClientTimelineWidget.h"
#include "ui/incidents/IncidentDetailDialog.h"
#include "ui/onboarding/SignedDocumentDialog.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <functional>

using namespace bk;

class TestClientTimelineWidget : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    static QDateTime now() { return QDateTime(QDate(2026, 3, 11), QTime(12, 0), Qt::UTC); }

    qint64 clientNamed(const QString &name) const {
        ClientFilter filter;
        filter.search = name;
        return ClientRepository(*m_db).pageAt(filter, ClientSort{}, 0, 1).value().first().client.id;
    }

    /// The first line of the timeline with `role` set, if any.
    static QTreeWidgetItem *firstWith(const QTreeWidget *tree, int role) {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->data(0, role).toLongLong() > 0)
                return tree->topLevelItem(i);
        }
        return nullptr;
    }

    /// Runs `act` on the signed-document dialog once it is shown, then closes it.
    static void whenDocumentShown(std::function<void(SignedDocumentDialog *)> act) {
        QTimer::singleShot(0, qApp, [act = std::move(act)] {
            auto *dialog = qobject_cast<SignedDocumentDialog *>(QApplication::activeModalWidget());
            QVERIFY2(dialog, qPrintable(MessageBox::lastText()));
            act(dialog);
            dialog->reject();
        });
    }

    static QStringList column(const QTreeWidget *tree, int column) {
        QStringList texts;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            texts.append(tree->topLevelItem(i)->text(column));
        return texts;
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        Clock::setNowFunction([] { return now(); });
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = test::openDatabase(m_dir->filePath(QStringLiteral("timeline.sqlite")));
        QVERIFY(m_db);
        QVERIFY(DemoPractice::populate(*m_db).ok());
    }

    void cleanup() {
        m_db.reset();
        m_dir.reset();
        Clock::setNowFunction({});
    }

    void theSelectedClientsIncidentsAndAgreementsShowInOrder() {
        ClientsPage page(*m_db);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *tree = page.findChild<QTreeWidget *>(QStringLiteral("timelineTreeWidget"));
        auto *title = page.findChild<QLabel *>(QStringLiteral("timelineTitleLabel"));
        QCOMPARE(column(tree, ClientTimelineWidget::WhatColumn),
                 QStringList{QStringLiteral("Select a client to see their history.")});

        const qint64 daniel = clientNamed(QStringLiteral("Daniel Okafor"));
        page.selectClient(daniel);
        QCOMPARE(title->text(), QStringLiteral("History of Daniel Okafor"));
        const QStringList what = column(tree, ClientTimelineWidget::WhatColumn);
        QCOMPARE(what.filter(QStringLiteral("Incident: Each other's time")).size(), 2);
        QCOMPARE(what.filter(QStringLiteral("Agreement signed (policy version 2)")).size(), 1);
        QVERIFY(what.filter(QStringLiteral("Follow-up: ")).size() >= 1);
        QVERIFY(column(tree, ClientTimelineWidget::DetailsColumn)
                    .contains(QStringLiteral("Called at 21:45 about a missed session.")));
        for (int i = 1; i < tree->topLevelItemCount(); ++i) {
            QVERIFY(tree->topLevelItem(i - 1)->data(0, ClientTimelineWidget::AtRole).toDateTime() <=
                    tree->topLevelItem(i)->data(0, ClientTimelineWidget::AtRole).toDateTime());
        }
        // He re-signed when version 2 of the policy came out, months before his incidents.
        QVERIFY(what.first().startsWith(QStringLiteral("Agreement signed (policy version 2)")));
        QVERIFY(what.indexOf(what.filter(QStringLiteral("Incident: ")).first()) > 0);

        // A newly logged incident appears at once, last.
        NewIncident incident;
        incident.clientId = daniel;
        incident.boundaryKey = QStringLiteral("agreed_channels");
        incident.description = QStringLiteral("Messaged on social media.");
        incident.channel = ContactChannel::SocialMedia;
        incident.occurredAt = now().addSecs(30);
        Clock::setNowFunction([] { return now().addSecs(60); });
        const qint64 logged = IncidentService(*m_db).log(incident).value();
        QCOMPARE(tree->topLevelItemCount(), what.size() + 1);
        QTreeWidgetItem *last = tree->topLevelItem(tree->topLevelItemCount() - 1);
        QCOMPARE(last->text(ClientTimelineWidget::WhatColumn),
                 QStringLiteral("Incident: Contact through agreed channels"));
        QCOMPARE(last->data(0, ClientTimelineWidget::IncidentIdRole).toLongLong(), logged);

        // Choosing an incident's entry asks for that incident.
        auto *timeline = page.findChild<ClientTimelineWidget *>(QStringLiteral("clientTimelineWidget"));
        QSignalSpy activated(timeline, &ClientTimelineWidget::incidentActivated);
        tree->setCurrentItem(last);
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toLongLong(), logged);
    }

    void anIncidentOnTheTimelineOpensInTheWindow() {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.clientsPage()->selectClient(clientNamed(QStringLiteral("Daniel Okafor")));
        auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("timelineTreeWidget"));
        QTreeWidgetItem *first = nullptr;
        for (int i = 0; !first && i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->data(0, ClientTimelineWidget::IncidentIdRole).toLongLong() > 0)
                first = tree->topLevelItem(i);
        }
        QVERIFY(first);
        const qint64 incident = first->data(0, ClientTimelineWidget::IncidentIdRole).toLongLong();
        QVERIFY(incident > 0);
        qint64 opened = 0;
        QTimer::singleShot(0, qApp, [&] {
            if (auto *dialog = qobject_cast<IncidentDetailDialog *>(QApplication::activeModalWidget())) {
                opened = dialog->incidentId();
                dialog->reject();
            }
        });
        tree->setCurrentItem(first);
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(opened, incident);
    }

    void aSignedAgreementOpensFromTheTimelineAndSavesAnExactCopy() {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.clientsPage()->selectClient(clientNamed(QStringLiteral("Daniel Okafor")));
        auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("timelineTreeWidget"));
        QTreeWidgetItem *agreement = firstWith(tree, ClientTimelineWidget::AgreementIdRole);
        QVERIFY(agreement);
        QVERIFY(
            agreement->text(ClientTimelineWidget::WhatColumn).startsWith(QStringLiteral("Agreement signed")));
        const QByteArray stored =
            AgreementService(*m_db)
                .get(agreement->data(0, ClientTimelineWidget::AgreementIdRole).toLongLong())
                .value()
                .pdf;

        const QString copy = m_dir->filePath(QStringLiteral("daniel-copy.pdf"));
        QString shownText;
        QString description;
        whenDocumentShown([&](SignedDocumentDialog *dialog) {
            description = dialog->description();
            shownText = dialog->preview()->text();
            QTimer::singleShot(0, qApp, [copy] {
                auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
                QVERIFY(files);
                test::chooseFile(files, copy);
            });
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveCopyPushButton")),
                              Qt::LeftButton);
        });
        tree->setCurrentItem(agreement);
        QTest::keyClick(tree, Qt::Key_Return);
        QVERIFY2(description.contains(QStringLiteral("policy version 2")), qPrintable(description));
        QVERIFY(shownText.contains(QStringLiteral("Daniel Okafor")));
        QFile saved(copy);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), stored); // byte for byte as signed: it still verifies
        QCOMPARE(test::fileMode(copy), 0600);
    }

    void theClientMenuOpensTheLatestSignedAgreementAndASignedContractOpensFromTheTimeline() {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *open = window.findChild<QAction *>(QStringLiteral("openSignedAgreementAction"));
        QVERIFY(open);
        // Grace only has a draft: nothing signed to open.
        window.clientsPage()->selectClient(clientNamed(QStringLiteral("Grace O'Neill")));
        QVERIFY(!open->isEnabled());

        // Lukas acknowledged the policy without an agreement on file: that is said, not shown empty.
        window.clientsPage()->selectClient(clientNamed(QStringLiteral("Lukas Becker")));
        QVERIFY(open->isEnabled());
        MessageBox::setNextAnswer(MessageBox::Answer::Confirmed);
        open->trigger();
        QVERIFY(MessageBox::lastText().startsWith(QStringLiteral("No signed agreement of this client")));

        window.clientsPage()->selectClient(clientNamed(QStringLiteral("Daniel Okafor")));
        QString agreementTitle;
        whenDocumentShown([&](SignedDocumentDialog *dialog) { agreementTitle = dialog->windowTitle(); });
        open->trigger();
        QCOMPARE(agreementTitle, QStringLiteral("Boundary agreement with Daniel Okafor"));

        window.clientsPage()->selectClient(clientNamed(QStringLiteral("Lukas Becker")));
        auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("timelineTreeWidget"));
        QTreeWidgetItem *contract = firstWith(tree, ClientTimelineWidget::ContractIdRole);
        QVERIFY(contract);
        QVERIFY(
            contract->text(ClientTimelineWidget::WhatColumn).startsWith(QStringLiteral("Contract signed")));
        QString contractText;
        whenDocumentShown([&](SignedDocumentDialog *dialog) { contractText = dialog->preview()->text(); });
        tree->setCurrentItem(contract);
        QTest::keyClick(tree, Qt::Key_Return);
        QVERIFY(contractText.contains(QStringLiteral("We speak calmly")));
    }

    void aDraftIsDiscardedFromItsLineAndStaysOnTheRecord() {
        ClientsPage page(*m_db);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const qint64 grace = clientNamed(QStringLiteral("Grace O'Neill"));
        page.selectClient(grace);
        auto *tree = page.findChild<QTreeWidget *>(QStringLiteral("timelineTreeWidget"));
        QTreeWidgetItem *draft = firstWith(tree, ClientTimelineWidget::DraftAgreementIdRole);
        QVERIFY(draft);
        const qint64 draftId = draft->data(0, ClientTimelineWidget::DraftAgreementIdRole).toLongLong();
        QVERIFY(
            draft->text(ClientTimelineWidget::WhatColumn).startsWith(QStringLiteral("Agreement drafted")));
        QString asked;
        test::whenModal<QMessageBox>([&asked](QMessageBox *box) {
            asked = box->text();
            for (QAbstractButton *choice : box->buttons()) {
                if (choice->text() == QStringLiteral("Discard"))
                    QTest::mouseClick(choice, Qt::LeftButton);
            }
        });
        tree->setFocus();
        tree->setCurrentItem(draft);
        QTest::keyClick(tree, Qt::Key_Delete);
        QVERIFY2(asked.startsWith(QStringLiteral("Discard this draft agreement?")), qPrintable(asked));
        QCOMPARE(AgreementService(*m_db).get(draftId).value().state, AgreementState::Discarded);
        QVERIFY(!AgreementService(*m_db).draftFor(grace).value());
        // The line stays, saying what happened, and offers nothing more to discard.
        const QStringList what = column(tree, ClientTimelineWidget::WhatColumn);
        QCOMPARE(what.filter(QStringLiteral("Agreement draft discarded")).size(), 1);
        QVERIFY(!firstWith(tree, ClientTimelineWidget::DraftAgreementIdRole));
    }

    void aClientWithoutRecordsSaysSo() {
        ClientTimelineWidget widget(*m_db);
        widget.setClientId(clientNamed(QStringLiteral("Seun")));
        auto *tree = widget.findChild<QTreeWidget *>(QStringLiteral("timelineTreeWidget"));
        QCOMPARE(column(tree, ClientTimelineWidget::WhatColumn),
                 QStringList{QStringLiteral("No incidents, agreements or contracts yet.")});
    }
};

QTEST_MAIN(TestClientTimelineWidget)
#include "tst_ClientTimelineWidget.moc"
