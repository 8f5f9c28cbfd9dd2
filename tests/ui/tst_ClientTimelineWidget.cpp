// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientTableModel.h"
#include "app/common/Clock.h"
#include "app/demo/DemoPractice.h"
#include "app/incidents/IncidentService.h"
#include "app/storage/ClientRepository.h"
#include "tests/support/TestSupport.h"
#include "ui/clients/ClientsPage.h"
#include "ui/common/MainWindow.h"
#include "ui/incidents/ClientTimelineWidget.h"
#include "ui/incidents/IncidentDetailDialog.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

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

    void aClientWithoutRecordsSaysSo() {
        ClientTimelineWidget widget(*m_db);
        widget.setClientId(clientNamed(QStringLiteral("Seun")));
        auto *tree = widget.findChild<QTreeWidget *>(QStringLiteral("timelineTreeWidget"));
        QCOMPARE(column(tree, ClientTimelineWidget::WhatColumn),
                 QStringList{QStringLiteral("No incidents or agreements yet.")});
    }
};

QTEST_MAIN(TestClientTimelineWidget)
#include "tst_ClientTimelineWidget.moc"
