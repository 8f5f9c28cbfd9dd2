// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/FollowUpRepository.h"

#include "app/storage/Database.h"
#include "app/storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace bk {

namespace {

// lupdate files these messages under "FollowUpRepository", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(FollowUpRepository)
};

} // namespace

namespace {

// The open incidents whose next action falls in `window`; binds with bindFollowUpWindow(). The partial index
// incidents_open_by_due serves every window, in the order of next_due and id. An incident with nothing due
// (next_due NULL) is in none: a comparison with NULL is never true.
QString followUpCondition(FollowUpWindow window) {
    QString condition =
        QStringLiteral("i.status = ") + QString::number(int(IncidentStatus::Open)) + QStringLiteral(" AND ");
    switch (window) {
    case FollowUpWindow::Overdue:
        return condition + QStringLiteral("i.next_due < :today");
    case FollowUpWindow::DueToday:
        return condition + QStringLiteral("i.next_due = :today");
    case FollowUpWindow::Upcoming:
        return condition + QStringLiteral("i.next_due > :today AND i.next_due <= :until");
    case FollowUpWindow::DueOrOverdue:
        return condition + QStringLiteral("i.next_due <= :today");
    }
    return condition + QStringLiteral("FALSE");
}

void bindFollowUpWindow(QSqlQuery &query, FollowUpWindow window, const QDate &today, int upcomingDays) {
    query.bindValue(QStringLiteral(":today"), SqlValues::fromDate(today));
    if (window == FollowUpWindow::Upcoming)
        query.bindValue(QStringLiteral(":until"), SqlValues::fromDate(today.addDays(upcomingDays)));
}

} // namespace

Result<QList<FollowUpItem>> FollowUpRepository::followUpsIn(FollowUpWindow window, const QDate &today,
                                                            int upcomingDays, int limit) const {
    QList<FollowUpItem> items;
    if (Status walked = walkFollowUpsIn(window, today, upcomingDays, limit,
                                        [&items](const FollowUpItem &item) {
                                            items.append(item);
                                            return true;
                                        });
        !walked)
        return walked.error();
    return items;
}

Status FollowUpRepository::walkFollowUpsIn(FollowUpWindow window, const QDate &today, int upcomingDays,
                                           int limit,
                                           const std::function<bool(const FollowUpItem &)> &visit) const {
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT i.id, i.client_id, c.full_name, i.boundary_key, i.next_action, i.next_due "
                       "FROM incidents i JOIN clients c ON c.id = i.client_id WHERE ") +
        followUpCondition(window) + QStringLiteral(" ORDER BY i.next_due, i.id") +
        (limit >= 0 ? QStringLiteral(" LIMIT :limit") : QString()));
    query.setForwardOnly(true);
    bindFollowUpWindow(query, window, today, upcomingDays);
    if (limit >= 0)
        query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("listing follow-ups"));
    while (query.next()) {
        if (!visit(FollowUpItem{query.value(0).toLongLong(), query.value(1).toLongLong(),
                                query.value(2).toString(), query.value(3).toString(),
                                query.value(4).toString(), SqlValues::toDate(query.value(5))}))
            break;
    }
    if (query.lastError().isValid())
        return m_db.errorFrom(query.lastError(), Tr::tr("listing follow-ups"));
    return {};
}

Result<qint64> FollowUpRepository::countFollowUpsIn(FollowUpWindow window, const QDate &today,
                                                    int upcomingDays) const {
    // Every incident has its client (a foreign key), so the count needs no join.
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT count(*) FROM incidents i WHERE ") + followUpCondition(window));
    bindFollowUpWindow(query, window, today, upcomingDays);
    if (!query.exec() || !query.next())
        return m_db.errorFrom(query.lastError(), Tr::tr("counting follow-ups"));
    return query.value(0).toLongLong();
}

} // namespace bk
