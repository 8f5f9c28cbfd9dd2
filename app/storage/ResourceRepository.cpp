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
    QSqlQuery query = m_db.prepare(
        QStringLiteral("INSERT INTO practice_resources (title, location, boundary_keys, created_at) VALUES "
                       "(:title, :location, :keys, :created)"));
    query.bindValue(QStringLiteral(":title"), resource.title.trimmed());
    query.bindValue(QStringLiteral(":location"), SqlValues::text(resource.location.trimmed()));
    query.bindValue(QStringLiteral(":keys"), resource.boundaryKeys.join(QLatin1Char(' ')));
    query.bindValue(QStringLiteral(":created"), SqlValues::fromUtc(Clock::nowUtc()));
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("saving the resource"));
    return query.lastInsertId().toLongLong();
}

Result<QList<PracticeResource>> ResourceRepository::resources(const QString &boundaryKey) const {
    QString sql = QStringLiteral("SELECT id, title, location, boundary_keys FROM practice_resources");
    if (!boundaryKey.isEmpty())
        sql += QStringLiteral(" WHERE instr(' ' || boundary_keys || ' ', ' ' || :key || ' ') > 0");
    sql += QStringLiteral(" ORDER BY title COLLATE NOCASE, id");
    QSqlQuery query = m_db.prepare(sql);
    if (!boundaryKey.isEmpty())
        query.bindValue(QStringLiteral(":key"), boundaryKey);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the resource library"));
    QList<PracticeResource> list;
    while (query.next()) {
        list.append(PracticeResource{query.value(0).toLongLong(), query.value(1).toString(),
                                     query.value(2).toString(),
                                     query.value(3).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts)});
    }
    return list;
}

} // namespace bk
