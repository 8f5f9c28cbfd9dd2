// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"

#include <QDate>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace bk {

class BackupActions;
class PracticeExportActions;
class ClientsPage;
class DashboardPage;
class FollowUpNotifier;
class IncidentsPage;
class NoticeBar;
class OnboardingActions;
class PracticePage;
class ReflectionPage;

/// The application window: navigation between the sections of the practice, menus and status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Section { ClientsSection, IncidentsSection, DashboardSection, ReflectionSection, PracticeSection };

    /// `demo` marks the window as showing the demo practice rather than the user's own records.
    explicit MainWindow(OpenPractice database, bool demo = false, QWidget *parent = nullptr);

    /// The practice this window shows.
    OpenPractice practice() const { return m_db; }
    ClientsPage *clientsPage() const { return m_clientsPage; }
    PracticePage *practicePage() const { return m_practicePage; }
    IncidentsPage *incidentsPage() const { return m_incidentsPage; }
    FollowUpNotifier *followUpNotifier() const { return m_followUpNotifier; }
    OnboardingActions *onboardingActions() const { return m_onboarding; }
    DashboardPage *dashboardPage() const { return m_dashboardPage; }
    ReflectionPage *reflectionPage() const { return m_reflectionPage; }
    BackupActions *backupActions() const { return m_backup; }
    /// Whether the full check of the practice file is still to finish (see integrityCheckFinished()).
    bool isCheckingIntegrity() const { return m_checkingIntegrity; }
    PracticeExportActions *exportActions() const { return m_export; }
    void showSection(Section section);
    /// The sections by the names --section takes ("clients", …), in the navigation's order.
    static const QList<QPair<QString, Section>> &sectionNames();
    /// Asks to leave unsaved changes if there are any and keeps the window's layout: false when the user
    /// stays. Closing the window does this itself; switching to another practice calls it first.
    bool prepareToClose();

Q_SIGNALS:
    /// Emitted once, when the window has been painted for the first time.
    void firstPainted();
    /// The full check of the practice file that opening left to run in the background has finished.
    void integrityCheckFinished();
    /// The user chose another practice to open: a file's path or a server's URL without its password, and
    /// the password that connected to it (empty when it needs none or it is to be looked up); e.g. after
    /// moving the practice to a server. Whoever opened this window opens that one.
    void practiceChosen(const QString &location, const QString &password);

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    /// An address book or spreadsheet dragged from the file manager onto the window is offered for import.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildNavigation();
    void buildMenus();
    /// Shows section `row` unless the user chooses to stay with unsaved changes in the Practice section.
    void switchSection(int row);
    /// The window title (the practice's name, or its file or server database while it has none) and the time
    /// zone times are shown in, from the practice profile.
    void showPractice();
    void showCounts(int shown, int total);
    void showAbout();
    void movePracticeToServer();
    /// File › Practitioners…: who works in the practice on a server; on a file, why there is nobody to
    /// manage.
    void showPractitioners();
    /// File › Import clients…: asks for a file, then shows its import preview.
    void importClients();
    /// Shows the import preview of `file`, and the outcome in the status bar.
    void importFile(const QString &file);
    /// Help ▸ Verify records: the audit trail checked, with progress.
    void verifyRecords();
    /// Help ▸ Activity: the audit trail's events; opening one shows its record.
    void showActivity();
    /// Shows, updates or hides the reminder of overdue and due follow-ups; `reopen` shows it again after
    /// the user dismissed it (a new day).
    void updateFollowUpReminder(bool reopen);
    /// Shows the reminder of the monthly reflection while the last month is due (neither reflected on nor
    /// skipped).
    void updateReflectionReminder();
    void saveSettings() const;
    void restoreSettings();
    /// The connection to the practice server was lost: the banner says so and offers Retry.
    void showServerLost();
    void retryServer();
    /// After a change to the practitioners: when an owner has deactivated the one signed in here, the banner
    /// says so and the sections are closed, since the server now refuses everything they would read or save.
    void checkSignIn();
    /// On a server practice, reads the views again when something was written while the window was not
    /// active (a fallback for a change notification that did not arrive).
    void checkForChangesOnFocus(bool active);

    const OpenPractice m_db;
    const bool m_demo;
    bool m_firstPaintSeen = false;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    ClientsPage *m_clientsPage = nullptr;
    PracticePage *m_practicePage = nullptr;
    OnboardingActions *m_onboarding = nullptr;
    DashboardPage *m_dashboardPage = nullptr;
    ReflectionPage *m_reflectionPage = nullptr;
    BackupActions *m_backup = nullptr;
    PracticeExportActions *m_export = nullptr;
    NoticeBar *m_readOnlyNotice = nullptr;
    NoticeBar *m_serverNotice = nullptr;
    NoticeBar *m_signInNotice = nullptr;
    /// The Client, Incident and Reflection menus: closed with the sections when the sign-in has ended.
    QList<QMenu *> m_recordMenus;
    NoticeBar *m_auditNotice = nullptr;
    NoticeBar *m_integrityNotice = nullptr;
    bool m_checkingIntegrity = false;
    /// The server's change marker when the window last lost focus.
    QString m_changeMarker;
    IncidentsPage *m_incidentsPage = nullptr;
    FollowUpNotifier *m_followUpNotifier = nullptr;
    NoticeBar *m_followUpReminder = nullptr;
    bool m_followUpReminderDismissed = false;
    NoticeBar *m_reflectionReminder = nullptr;
    QDate m_reflectionDue;
    QLabel *m_countLabel = nullptr;
};

} // namespace bk
