// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "FollowUpNotifier.h"

#include "common/Clock.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>

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

FollowUpNotifier::FollowUpNotifier(const Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_timer(new QTimer(this))
    , m_day(Clock::todayLocal()) {
    m_timer->setInterval(CheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &FollowUpNotifier::check);
    m_timer->start();
}

Result<QList<FollowUpItem>> FollowUpNotifier::dueOrOverdue() const {
    return IncidentRepository(m_db).followUpsIn(FollowUpWindow::DueOrOverdue, Clock::todayLocal());
}

void FollowUpNotifier::check() {
    const QDate today = Clock::todayLocal();
    if (today == m_day)
        return;
    m_day = today;
    Q_EMIT dayChanged(today);
    const Result<QList<FollowUpItem>> due =
        IncidentRepository(m_db).followUpsIn(FollowUpWindow::DueToday, today);
    if (!due || due.value().isEmpty())
        return;
    Q_EMIT fellDue(due.value());
    notify(due.value());
}

void FollowUpNotifier::notify(const QList<FollowUpItem> &items) {
    const QString title = items.size() == 1 ? tr("A follow-up is due today")
                                            : tr("%1 follow-ups are due today").arg(items.size());
    QStringList lines;
    for (const FollowUpItem &item : items.mid(0, MaxListed))
        lines.append(tr("%1: %2").arg(item.clientName, item.nextAction));
    if (items.size() > MaxListed)
        lines.append(tr("and %1 more").arg(items.size() - MaxListed));
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
