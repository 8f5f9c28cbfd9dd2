// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"
#include "app/incidents/IncidentQuery.h"
#include "app/practitioner/Availability.h"

#include <QDate>
#include <QObject>
#include <functional>
#include <optional>

class QSystemTrayIcon;
class QTimer;

namespace bk {

/// Watches the calendar while the application runs: when the day changes it announces the new day and
/// notifies, through the system tray, of the follow-ups that fall due on it.
class FollowUpNotifier : public QObject {
    Q_OBJECT
public:
    /// How often the day is checked; a suspended computer wakes up to a check within this time.
    static constexpr int CheckIntervalMs = 60 * 1000;

    /// A function that shows a notification instead of the tray icon. For tests.
    using NotificationHook = std::function<void(const QString &title, const QString &text)>;
    /// Replaces the tray notification; pass an empty function to restore it.
    static void setNotificationHook(NotificationHook hook);

    explicit FollowUpNotifier(OpenPractice database, QObject *parent = nullptr);

    /// How many days ahead a period of reduced availability is announced.
    static constexpr int AvailabilityAheadDays = 14;

    /// How many open follow-ups are overdue and how many are due today; the period of reduced availability
    /// under way or starting soon, with how many follow-ups still fall in it.
    struct DueCounts {
        qint64 overdue = 0;
        qint64 dueToday = 0;
        std::optional<AvailabilityPeriod> period = {};
        qint64 dueInPeriod = 0;
    };
    Result<DueCounts> dueCounts() const;

public Q_SLOTS:
    /// Compares today (Clock::todayLocal()) with the day of the last check and acts when it changed.
    void check();

Q_SIGNALS:
    void dayChanged(const QDate &today);
    /// The user clicked the notification.
    void notificationClicked();

private:
    void notify(qint64 count, const QList<FollowUpItem> &items);

    const OpenPractice m_db;
    QTimer *m_timer = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QDate m_day;
};

} // namespace bk
