// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/incidents/FollowUpNotifier.h"

#include "app/common/Clock.h"
#include "app/common/Settings.h"
#include "app/incidents/IncidentService.h"
#include "app/practitioner/AvailabilityService.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <algorithm>

namespace bk {

namespace {

/// Shown at most in a notification; the rest are counted.
constexpr int MaxListed = 4;

FollowUpNotifier::NotificationHook &hook() {
    static FollowUpNotifier::NotificationHook function;
    return function;
}

} // namespace

void FollowUpNotifier::setNotificationHook(NotificationHook function) {
    hook() = std::move(function);
}

FollowUpNotifier::FollowUpNotifier(OpenPractice database, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_timer(new QTimer(this))
    , m_day(Clock::todayLocal()) {
    m_timer->setInterval(CheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &FollowUpNotifier::check);
    m_timer->start();
}

Result<FollowUpNotifier::DueCounts> FollowUpNotifier::dueCounts() const {
    const IncidentService repository(m_db);
    const QDate today = Clock::todayLocal();
    const Result<qint64> overdue = repository.countFollowUpsIn(FollowUpWindow::Overdue, today);
    if (!overdue)
        return overdue.error();
    const Result<qint64> dueToday = repository.countFollowUpsIn(FollowUpWindow::DueToday, today);
    if (!dueToday)
        return dueToday.error();
    const AvailabilityService availability(m_db);
    const Result<QList<AvailabilityPeriod>> periods =
        availability.overlapping(today, today.addDays(AvailabilityAheadDays));
    if (!periods)
        return periods.error();
    DueCounts counts{overdue.value(), dueToday.value()};
    if (periods.value().isEmpty())
        return counts;
    counts.period = periods.value().first();
    const Result<QList<AffectedClient>> affected = availability.affectedClients(counts.period->id);
    if (!affected)
        return affected.error();
    for (const AffectedClient &client : affected.value()) {
        counts.dueInPeriod += std::count_if(client.due.begin(), client.due.end(), [](const DueInPeriod &due) {
            return due.kind == DueKind::FollowUp && !due.movedTo.isValid();
        });
    }
    return counts;
}

void FollowUpNotifier::check() {
    const QDate today = Clock::todayLocal();
    if (today == m_day)
        return;
    m_day = today;
    Q_EMIT dayChanged(today);
    const IncidentService repository(m_db);
    const Result<qint64> count = repository.countFollowUpsIn(FollowUpWindow::DueToday, today);
    const Result<QList<FollowUpItem>> due =
        repository.followUpsIn(FollowUpWindow::DueToday, today, 0, MaxListed);
    if (!count || !due || count.value() == 0)
        return;
    notify(count.value(), due.value());
}

void FollowUpNotifier::notify(qint64 count, const QList<FollowUpItem> &items) {
    // Turned off under File ▸ Preferences: the window's reminder bar still says it.
    if (!Settings().trayReminders())
        return;
    const QString title = tr("%Ln follow-up(s) due today", nullptr, int(count));
    QStringList lines;
    for (const FollowUpItem &item : items)
        lines.append(tr("%1: %2").arg(item.clientName, item.nextAction));
    if (count > items.size())
        lines.append(tr("and %1 more").arg(count - items.size()));
    const QString text = lines.join(QLatin1Char('\n'));
    if (hook()) {
        hook()(title, text);
        return;
    }
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        // Shown only once something fell due, so a quiet day leaves the tray alone.
        const QIcon icon = QApplication::windowIcon().isNull()
                               ? QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation)
                               : QApplication::windowIcon();
        m_tray = new QSystemTrayIcon(icon, this);
        m_tray->setToolTip(tr("Boundary Keeper"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &FollowUpNotifier::notificationClicked);
        connect(m_tray, &QSystemTrayIcon::activated, this, &FollowUpNotifier::notificationClicked);
        m_tray->show();
    }
    m_tray->showMessage(title, text, QSystemTrayIcon::Information);
}

} // namespace bk
