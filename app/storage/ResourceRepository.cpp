// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/ResourceRepository.h"

#include "app/common/Clock.h"
#include "app/storage/Database.h"
#include "app/storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace bk {

namespace {

// lupdate files these messages under "ResourceRepository", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(ResourceRepository)
};

} // namespace

Result<qint64> ResourceRepository::addResource(const PracticeResource &resource) const {
    if (resource.title.trimmed().isEmpty())
        return Error{Error::Kind::Invalid, Tr::tr("A resource needs a title.")};
    Result<qint64> added = qint64(0);
    const Status done = m_db.transaction([&]() -> Status {
        QSqlQuery query =
            m_db.prepare(QStringLiteral("INSERT INTO practice_resources (title, location, created_at) VALUES "
                                        "(:title, :location, :created) RETURNING id"));
        query.bindValue(QStringLiteral(":title"), resource.title.trimmed());
        query.bindValue(QStringLiteral(":location"), SqlValues::text(resource.location.trimmed()));
        query.bindValue(QStringLiteral(":created"), SqlValues::fromUtc(Clock::nowUtc()));
        added = m_db.execReturningId(query, Tr::tr("saving the resource"));
        if (!added)
            return added.error();
        // Each key once, in the order given (a key repeated keeps its first place).
        QSqlQuery key = m_db.prepare(
            QStringLiteral("INSERT INTO practice_resource_boundaries (resource_id, position, boundary_key) "
                           "VALUES (:resource, :position, :key)"));
        QStringList seen;
        for (const QString &boundaryKey : resource.boundaryKeys) {
            const QString trimmed = boundaryKey.trimmed();
            if (trimmed.isEmpty() || seen.contains(trimmed))
                continue;
            key.bindValue(QStringLiteral(":resource"), added.value());
            key.bindValue(QStringLiteral(":position"), int(seen.size()));
            key.bindValue(QStringLiteral(":key"), trimmed);
            if (!key.exec())
                return m_db.errorFrom(key.lastError(), Tr::tr("saving the resource"));
            seen.append(trimmed);
        }
        return {};
    });
    if (!done)
        return done.error();
    return added;
}

Result<QList<PracticeResource>> ResourceRepository::resources(const QString &boundaryKey) const {
    QString sql = QStringLiteral("SELECT r.id, r.title, r.location, k.boundary_key FROM practice_resources r "
                                 "LEFT JOIN practice_resource_boundaries k ON k.resource_id = r.id");
    if (!boundaryKey.isEmpty())
        sql +=
            QStringLiteral(" WHERE r.id IN (SELECT f.resource_id FROM practice_resource_boundaries f WHERE "
                           "f.boundary_key = :key)");
    sql += QStringLiteral(" ORDER BY ") + m_db.dialect().caseInsensitive(QStringLiteral("r.title")) +
           QStringLiteral(", r.id, k.position");
    QSqlQuery query = m_db.prepare(sql);
    if (!boundaryKey.isEmpty())
        query.bindValue(QStringLiteral(":key"), boundaryKey);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the resource library"));
    QList<PracticeResource> list;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (list.isEmpty() || list.constLast().id != id)
            list.append(PracticeResource{id, query.value(1).toString(), query.value(2).toString(), {}});
        if (!query.value(3).isNull())
            list.last().boundaryKeys.append(query.value(3).toString());
    }
    return list;
}

} // namespace bk
