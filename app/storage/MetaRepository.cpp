// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/MetaRepository.h"

#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace bk {

Result<QString> MetaRepository::value(const QString &key) const {
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = :key"));
    query.bindValue(QStringLiteral(":key"), key);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(),
                              QCoreApplication::translate("MetaRepository", "reading settings"));
    return query.next() ? query.value(0).toString() : QString();
}

Status MetaRepository::setValue(const QString &key, const QString &value) const {
    if (Status writable = m_db.checkWritable(); !writable)
        return writable;
    QSqlQuery query = m_db.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (:key, :value) ON "
                                                  "CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.bindValue(QStringLiteral(":key"), key);
    query.bindValue(QStringLiteral(":value"), value);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(),
                              QCoreApplication::translate("MetaRepository", "saving settings"));
    return {};
}

} // namespace bk
