// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"
#include "app/incidents/IncidentService.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QListWidget;

namespace bk {

/// What the practitioner has to follow up: overdue (prominent), due today and upcoming, one column each.
class FollowUpsPanel : public QWidget {
    Q_OBJECT
public:
    /// How far ahead "upcoming" looks.
    static constexpr int UpcomingDays = 14;
    /// The most follow-ups a column lists; its heading counts them all.
    static constexpr int MaxListed = 200;

    explicit FollowUpsPanel(OpenPractice database, QWidget *parent = nullptr);

    /// Titles shown for boundary keys (the key is shown where a title is missing).
    void setBoundaryTitles(const QHash<QString, QString> &titles);
    /// How many follow-ups each column counts (as last shown).
    int overdueCount() const { return m_overdueCount; }
    int dueTodayCount() const { return m_dueTodayCount; }
    int upcomingCount() const { return m_upcomingCount; }

public Q_SLOTS:
    /// Reads the follow-ups again, relative to Clock::todayLocal(); a hidden panel reads when it is shown.
    void refresh();

Q_SIGNALS:
    /// The user chose the follow-up of incident `id` (double-click or Enter).
    void incidentActivated(qint64 id);
    void loadFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Column {
        QLabel *title = nullptr;
        QListWidget *list = nullptr;
    };
    Column addColumn(const QString &name, bool prominent);
    /// Fills one column; returns how many follow-ups it lists.
    int fill(const Column &column, FollowUpWindow window, const QString &heading, const QString &emptyText,
             const QDate &today);

    const OpenPractice m_db;
    IncidentService m_incidents;
    QHash<QString, QString> m_boundaryTitles;
    Column m_overdue;
    Column m_dueToday;
    Column m_upcoming;
    int m_overdueCount = 0;
    int m_dueTodayCount = 0;
    int m_upcomingCount = 0;
    bool m_stale = true; ///< the follow-ups changed (or were never read) while the panel was hidden
};

} // namespace bk
