// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/Clock.h"
#include "app/common/StatusColors.h"
#include "app/demo/DemoPractice.h"
#include "app/incidents/IncidentService.h"
#include "app/incidents/IncidentTableModel.h"
#include "app/storage/ClientRepository.h"
#include "app/storage/FollowUpRepository.h"
#include "app/storage/IncidentListQuery.h"
#include "tests/support/ModalDialogs.h"
#include "tests/support/TestSupport.h"
#include "ui/common/MessageBox.h"
#include "ui/incidents/ClientPicker.h"
#include "ui/incidents/FollowUpsPanel.h"
#include "ui/incidents/IncidentDetailDialog.h"
#include "ui/incidents/IncidentsPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace bk;

class TestIncidentsPage : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IncidentsPage> m_page;

    // A Wednesday; the demo practice's records are dated relative to it.
    static QDateTime now() { return QDateTime(QDate(2026, 3, 11), QTime(12, 0), Qt::UTC); }

    template <typename T> T *find(const char *name) const {
        T *widget = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("No widget named %s", name);
        return widget;
    }

    void showPage() {
        m_page = std::make_unique<IncidentsPage>(*m_db);
        m_page->resize(1100, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    /// Every row of the table, as the model's rows.
    QList<Incident> shownIncidents() const {
        QList<Incident> incidents;
        const IncidentTableModel *model = m_page->model();
        for (int row = 0; row < model->rowCount(); ++row)
            incidents.append(model->rowAt(row)->incident);
        return incidents;
    }

    qint64 countWhere(const IncidentFilter &filter) const {
        IncidentFilter withToday = filter;
        withToday.today = Clock::todayLocal();
        return IncidentListQuery(*m_db).count(withToday).value();
    }

    qint64 clientNamed(const QString &name) const {
        ClientFilter filter;
        filter.search = name;
        return ClientRepository(*m_db).pageAt(filter, ClientSort{}, 0, 1).value().first().client.id;
    }

    /// The incident whose detail dialog `open` brings up (0 when none opened); the dialog is closed at once.
    static qint64 openedIncident(const std::function<void()> &open) {
        qint64 opened = 0;
        QTimer::singleShot(0, qApp, [&] {
            if (auto *dialog = qobject_cast<IncidentDetailDialog *>(QApplication::activeModalWidget())) {
                opened = dialog->incidentId();
                dialog->reject();
            }
        });
        open();
        return opened;
    }

    static void chooseData(QComboBox *combo, const QString &data) {
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data));
        combo->setCurrentIndex(index);
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        Clock::setNowFunction([] { return now(); });
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = test::openDatabase(m_dir->filePath(QStringLiteral("incidents.sqlite")));
        QVERIFY(m_db);
    }

    void cleanup() {
        m_page.reset();
        m_db.reset();
        m_dir.reset();
        Clock::setNowFunction({});
    }

    void anEmptyRegisterInvitesToLogTheFirstIncident() {
        showPage();
        auto *stack = find<QStackedWidget>("incidentsViewStackedWidget");
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("incidentsEmptyStateWidget"));
        QVERIFY(find<QPushButton>("emptyLogIncidentPushButton")->isEnabled());
        QCOMPARE(m_page->followUpsPanel()->overdueCount(), 0);
        QCOMPARE(find<QListWidget>("overdueListWidget")->item(0)->text(), QStringLiteral("Nothing overdue."));
    }

    void filtersChangeTheTableInSql() {
        QVERIFY(DemoPractice::populate(*m_db).ok());
        showPage();
        const int total = m_page->model()->rowCount();
        QCOMPARE(total, int(countWhere(IncidentFilter{})));
        QVERIFY(total >= 8);

        auto *boundary = find<QComboBox>("boundaryFilterComboBox");
        chooseData(boundary, QStringLiteral("after_hours_contact"));
        QList<Incident> shown = shownIncidents();
        QVERIFY(!shown.isEmpty() && shown.size() < total);
        for (const Incident &incident : shown)
            QCOMPARE(incident.boundaryKey, QStringLiteral("after_hours_contact"));

        // Who crossed it, on top of the boundary: the practitioner's own late-night reply.
        chooseData(find<QComboBox>("crossedByFilterComboBox"), CrossedBys::key(CrossedBy::Practitioner));
        shown = shownIncidents();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().crossedBy, CrossedBy::Practitioner);
        QCOMPARE(find<QLabel>("incidentCountLabel")->text(), QStringLiteral("1 of %1 incidents").arg(total));

        QTest::mouseClick(find<QPushButton>("clearIncidentFiltersPushButton"), Qt::LeftButton);
        QCOMPARE(m_page->model()->rowCount(), total);
        QCOMPARE(boundary->currentIndex(), 0);

        chooseData(find<QComboBox>("statusFilterComboBox"), IncidentStatuses::key(IncidentStatus::Closed));
        shown = shownIncidents();
        QVERIFY(!shown.isEmpty());
        for (const Incident &incident : shown)
            QCOMPARE(incident.status, IncidentStatus::Closed);
        IncidentFilter closed;
        closed.status = IncidentStatus::Closed;
        QCOMPARE(qint64(shown.size()), countWhere(closed));

        m_page->clearFilters();
        QTest::mouseClick(find<QCheckBox>("overdueFilterCheckBox"), Qt::LeftButton);
        shown = shownIncidents();
        QVERIFY(!shown.isEmpty());
        for (const Incident &incident : shown) {
            QCOMPARE(incident.status, IncidentStatus::Open);
            QVERIFY(incident.nextDue < Clock::todayLocal());
        }
        for (int row = 0; row < m_page->model()->rowCount(); ++row)
            QVERIFY(m_page->model()->index(row, 0).data(IncidentTableModel::OverdueRole).toBool());
    }

    void clientAndDateFiltersNarrowTheTable() {
        QVERIFY(DemoPractice::populate(*m_db).ok());
        showPage();
        const qint64 daniel = clientNamed(QStringLiteral("Daniel Okafor"));
        auto *client = find<ClientPicker>("clientFilterPicker");
        client->setFocus();
        QTest::keyClicks(client, QStringLiteral("okafor"));
        QTest::keyClick(client, Qt::Key_Tab);
        QCOMPARE(client->clientId(), daniel);
        QCOMPARE(client->text(), QStringLiteral("Daniel Okafor"));
        QList<Incident> shown = shownIncidents();
        QCOMPARE(shown.size(), 2);
        for (const Incident &incident : shown)
            QCOMPARE(incident.clientId, daniel);

        // Only the repeat of last week: from ten days ago.
        find<QDateEdit>("fromDateEdit")->setDate(Clock::todayLocal().addDays(-10));
        shown = shownIncidents();
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown.first().occurredAt.toLocalTime().date() >= Clock::todayLocal().addDays(-10));
        find<QDateEdit>("toDateEdit")->setDate(Clock::todayLocal().addDays(-20));
        QCOMPARE(m_page->model()->rowCount(), 0);
        auto *stack = find<QStackedWidget>("incidentsViewStackedWidget");
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("incidentsNoMatchesWidget"));
        QTest::mouseClick(find<QPushButton>("noMatchesClearPushButton"), Qt::LeftButton);
        QCOMPARE(stack->currentWidget(), find<QTableView>("incidentsTableView"));
        QVERIFY(client->text().isEmpty());
    }

    void showFilteredSetsTheWidgetsAndTheRows() {
        QVERIFY(DemoPractice::populate(*m_db).ok());
        showPage();
        IncidentFilter filter;
        filter.clientId = clientNamed(QStringLiteral("Daniel Okafor"));
        filter.boundaryKey = QStringLiteral("after_hours_contact");
        filter.status = IncidentStatus::Open;
        filter.crossedBy = CrossedBy::Client;
        filter.overdueOnly = true;
        filter.from = Clock::todayLocal().addDays(-90);
        filter.to = Clock::todayLocal();
        m_page->showFiltered(filter);

        QCOMPARE(find<ClientPicker>("clientFilterPicker")->clientId(), *filter.clientId);
        QCOMPARE(find<ClientPicker>("clientFilterPicker")->text(), QStringLiteral("Daniel Okafor"));
        QCOMPARE(find<QComboBox>("boundaryFilterComboBox")->currentData().toString(), filter.boundaryKey);
        QCOMPARE(find<QComboBox>("statusFilterComboBox")->currentData().toString(), QStringLiteral("open"));
        QCOMPARE(find<QComboBox>("crossedByFilterComboBox")->currentData().toString(),
                 QStringLiteral("client"));
        QVERIFY(find<QCheckBox>("overdueFilterCheckBox")->isChecked());
        QCOMPARE(find<QDateEdit>("fromDateEdit")->date(), filter.from);
        QCOMPARE(find<QDateEdit>("toDateEdit")->date(), filter.to);
        QCOMPARE(m_page->filterFromWidgets().clientId, filter.clientId);

        const QList<Incident> shown = shownIncidents();
        QCOMPARE(qint64(shown.size()), countWhere(filter));
        QCOMPARE(shown.size(), 2);
        for (const Incident &incident : shown) {
            QCOMPARE(incident.clientId, *filter.clientId);
            QVERIFY(incident.nextDue < Clock::todayLocal());
        }

        // Back to everything.
        m_page->showFiltered(IncidentFilter{});
        QCOMPARE(find<QComboBox>("boundaryFilterComboBox")->currentIndex(), 0);
        QVERIFY(!find<QCheckBox>("overdueFilterCheckBox")->isChecked());
        QCOMPARE(find<QDateEdit>("fromDateEdit")->text(), QStringLiteral("any date"));
        QCOMPARE(qint64(m_page->model()->rowCount()), countWhere(IncidentFilter{}));
        QVERIFY(!find<QPushButton>("clearIncidentFiltersPushButton")->isEnabled());

        // A drill-down by a figure the filter bar has no widget for (a channel, a weekday) still counts as a
        // filter: the count says "x of y" and Clear filters clears it.
        IncidentFilter byChannel;
        byChannel.channel = ContactChannel::Phone;
        m_page->showFiltered(byChannel);
        const qint64 all = countWhere(IncidentFilter{});
        const qint64 texts = countWhere(byChannel);
        QVERIFY(texts > 0 && texts < all);
        QCOMPARE(find<QLabel>("incidentCountLabel")->text(),
                 QStringLiteral("%1 of %2 incidents").arg(texts).arg(all));
        QPushButton *clear = find<QPushButton>("clearIncidentFiltersPushButton");
        QVERIFY(clear->isEnabled());
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(qint64(m_page->model()->rowCount()), all);
        QCOMPARE(find<QLabel>("incidentCountLabel")->text(), QStringLiteral("%1 incidents").arg(all));
    }

    void theFollowUpPanelListsOverdueFirstAndProminently() {
        QVERIFY(DemoPractice::populate(*m_db).ok());
        showPage();
        const QList<FollowUpItem> overdue =
            FollowUpRepository(*m_db).followUpsIn(FollowUpWindow::Overdue, QDate(2026, 3, 11)).value();
        QCOMPARE(overdue.size(), 3);
        FollowUpsPanel *panel = m_page->followUpsPanel();
        QCOMPARE(panel->overdueCount(), 3);
        QCOMPARE(find<QLabel>("overdueTitleLabel")->text(), QStringLiteral("Overdue (3)"));
        auto *list = find<QListWidget>("overdueListWidget");
        QCOMPARE(list->count(), 3);
        for (int i = 0; i < overdue.size(); ++i) {
            QVERIFY(list->item(i)->text().startsWith(overdue.at(i).clientName + QStringLiteral(" · ")));
            QVERIFY(list->item(i)->text().contains(overdue.at(i).nextAction));
            QCOMPARE(list->item(i)->foreground().color(),
                     StatusColors::text(StatusColors::Status::Alert, panel->palette()));
        }
        // The goal due three days ago is the first, and says so.
        QVERIFY(list->item(0)->text().contains(QStringLiteral("3 days ago")));
        QCOMPARE(panel->dueTodayCount(), 0);
        QVERIFY(panel->upcomingCount() > 0);

        // Choosing a follow-up opens its incident, and shows it in the table.
        list->setCurrentRow(1);
        QCOMPARE(openedIncident([list] { QTest::keyClick(list, Qt::Key_Return); }), overdue.at(1).incidentId);
        QCOMPARE(m_page->selectedIncidentId(), overdue.at(1).incidentId);

        // Three days on, what was upcoming is overdue.
        Clock::setNowFunction([] { return now().addDays(3); });
        m_page->dayChanged();
        QCOMPARE(panel->overdueCount(), int(FollowUpRepository(*m_db)
                                                .followUpsIn(FollowUpWindow::Overdue, QDate(2026, 3, 14))
                                                .value()
                                                .size()));
        QVERIFY(panel->overdueCount() > 2);
    }

    void aLongFollowUpListShowsTheEarliestAndCountsThemAll() {
        // A large practice has thousands of open next actions: each column lists the earliest MaxListed.
        QVERIFY(test::addSyntheticClients(*m_db, 40).ok());
        QVERIFY(test::addSyntheticIncidents(*m_db, 8000, 40).ok());
        Clock::setNowFunction([] { return QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC); });
        const FollowUpRepository repository(*m_db);
        const qint64 overdue =
            repository.countFollowUpsIn(FollowUpWindow::Overdue, QDate(2026, 12, 2)).value();
        QVERIFY(overdue > FollowUpsPanel::MaxListed);
        showPage();
        QCOMPARE(m_page->followUpsPanel()->overdueCount(), int(overdue));
        QCOMPARE(find<QLabel>("overdueTitleLabel")->text(),
                 QStringLiteral("Overdue (%1)").arg(QLocale().toString(overdue)));
        auto *list = find<QListWidget>("overdueListWidget");
        QCOMPARE(list->count(), FollowUpsPanel::MaxListed + 1);
        const QList<FollowUpItem> earliest =
            repository.followUpsIn(FollowUpWindow::Overdue, QDate(2026, 12, 2), 14, FollowUpsPanel::MaxListed)
                .value();
        QCOMPARE(earliest.size(), FollowUpsPanel::MaxListed);
        QCOMPARE(list->item(0)->data(Qt::UserRole + 1).toLongLong(), earliest.first().incidentId);
        const QListWidgetItem *more = list->item(FollowUpsPanel::MaxListed);
        QCOMPARE(more->text(), QStringLiteral("and %1 more: filter the incident table above to see them all.")
                                   .arg(QLocale().toString(overdue - FollowUpsPanel::MaxListed)));
        QCOMPARE(more->flags(), Qt::NoItemFlags);
    }

    void theCalendarExportWritesAPrivateFileACalendarParserReads() {
        const QString python = test::pythonWith(QStringLiteral("icalendar"));
        if (python.isEmpty())
            QFAIL("python3-icalendar is not installed (packaging/bootstrap.sh test installs it).");
        QVERIFY(DemoPractice::populate(*m_db).ok());
        showPage();
        const QString path = m_dir->filePath(QStringLiteral("follow-ups"));
        // The documents folder, not the hidden data folder, until the user has chosen a folder.
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QVERIFY(QDir().mkpath(documents));
        bool suggestedDocumentsFolder = false;
        QTimer::singleShot(0, qApp, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            suggestedDocumentsFolder =
                QDir(dialog->directory()).canonicalPath() == QDir(documents).canonicalPath();
            test::chooseFile(dialog, path);
        });
        QSignalSpy messages(m_page.get(), &IncidentsPage::statusMessage);
        m_page->exportCalendarAction()->trigger();
        QVERIFY(suggestedDocumentsFolder);
        QCOMPARE(messages.count(), 1);
        const QString written = path + QStringLiteral(".ics");
        QVERIFY(messages.first().first().toString().contains(written));
        QCOMPARE(test::fileMode(written), 0600);

        const QList<FollowUpItem> expected = IncidentService(*m_db).calendarFollowUps().value();
        QVERIFY(expected.size() >= 3);
        QProcess parser;
        parser.start(python,
                     {QStringLiteral("-c"),
                      QStringLiteral("import sys, icalendar\n"
                                     "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                                     "for e in cal.walk('VEVENT'):\n"
                                     "    print(e['DTSTART'].dt.isoformat() + '|' + str(e['SUMMARY']))\n"),
                      written});
        QVERIFY(parser.waitForFinished(30000));
        QVERIFY2(parser.exitCode() == 0, parser.readAllStandardError().constData());
        const QStringList events =
            QString::fromUtf8(parser.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(events.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(events.at(i), expected.at(i).due.toString(Qt::ISODate) + QLatin1Char('|') +
                                       expected.at(i).nextAction + QStringLiteral(" \u2014 ") +
                                       expected.at(i).clientName);
        }
    }

    void enterADoubleClickAndOpenShowTheIncident() {
        QVERIFY(DemoPractice::populate(*m_db).ok());
        showPage();
        auto *table = find<QTableView>("incidentsTableView");
        QVERIFY(!m_page->openIncidentAction()->isEnabled());
        const qint64 second = m_page->model()->rowAt(1)->incident.id;
        const QRect rect = table->visualRect(m_page->model()->index(1, IncidentTableModel::ClientColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(m_page->selectedIncidentId(), second);
        QVERIFY(m_page->openIncidentAction()->isEnabled());
        QCOMPARE(openedIncident([table] { QTest::keyClick(table, Qt::Key_Return); }), second);
        QCOMPARE(openedIncident([table, rect] {
                     QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
                 }),
                 second);
        QCOMPARE(openedIncident([this] { m_page->openIncidentAction()->trigger(); }), second);
        QCOMPARE(m_page->selectedIncidentId(), second);
    }

    void aReadOnlyDatabaseCannotLogIncidents() {
        QVERIFY(DemoPractice::populate(*m_db).ok());
        const QString path = m_db->path();
        m_db.reset();
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        Result<std::unique_ptr<Database>> opened = Database::open(path, options);
        QVERIFY(opened.ok());
        m_db = std::move(opened).value();
        showPage();
        QVERIFY(!m_page->logIncidentAction()->isEnabled());
        QCOMPARE(m_page->logIncident(), qint64(0));
        QVERIFY(m_page->model()->rowCount() > 0);
        QVERIFY(m_page->exportCalendarAction()->isEnabled());
    }
};

QTEST_MAIN(TestIncidentsPage)
#include "tst_IncidentsPage.moc"
