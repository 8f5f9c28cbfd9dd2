// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace bk {

class BackupActions;
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

    ClientsPage *clientsPage() const { return m_clientsPage; }
    PracticePage *practicePage() const { return m_practicePage; }
    IncidentsPage *incidentsPage() const { return m_incidentsPage; }
    FollowUpNotifier *followUpNotifier() const { return m_followUpNotifier; }
    OnboardingActions *onboardingActions() const { return m_onboarding; }
    DashboardPage *dashboardPage() const { return m_dashboardPage; }
    ReflectionPage *reflectionPage() const { return m_reflectionPage; }
    BackupActions *backupActions() const { return m_backup; }
    void showSection(Section section);

Q_SIGNALS:
    /// Emitted once, when the window has been painted for the first time.
    void firstPainted();
    /// The user chose to continue with the practice at `location` (a server's URL, possibly with its
    /// password) instead of this one, e.g. after moving it there; whoever opened this window opens that one.
    void practiceSwitchRequested(const QString &location);

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildNavigation();
    void buildMenus();
    /// Shows section `row` unless the user chooses to stay with unsaved changes in the Practice section.
    void switchSection(int row);
    void showCounts(int shown, int total);
    void showAbout();
    void movePracticeToServer();
    /// Shows, updates or hides the reminder of overdue and due follow-ups; `reopen` shows it again after
    /// the user dismissed it (a new day).
    void updateFollowUpReminder(bool reopen);
    void saveSettings() const;
    void restoreSettings();

    const OpenPractice m_db;
    bool m_firstPaintSeen = false;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    ClientsPage *m_clientsPage = nullptr;
    PracticePage *m_practicePage = nullptr;
    OnboardingActions *m_onboarding = nullptr;
    DashboardPage *m_dashboardPage = nullptr;
    ReflectionPage *m_reflectionPage = nullptr;
    BackupActions *m_backup = nullptr;
    NoticeBar *m_readOnlyNotice = nullptr;
    IncidentsPage *m_incidentsPage = nullptr;
    FollowUpNotifier *m_followUpNotifier = nullptr;
    NoticeBar *m_followUpReminder = nullptr;
    bool m_followUpReminderDismissed = false;
    QLabel *m_countLabel = nullptr;
};

} // namespace bk
