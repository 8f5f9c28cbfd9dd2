// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/AcknowledgementRepository.h"

#include "app/clients/Client.h"
#include "app/storage/Database.h"
#include "app/storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace bk {

namespace {

// lupdate files these messages under "AcknowledgementRepository", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(AcknowledgementRepository)
};

} // namespace

Status AcknowledgementRepository::record(qint64 clientId, int version, const QDateTime &at) const {
    if (Status writable = m_db.checkWritable(); !writable)
        return writable;
    QSqlQuery query = m_db.prepare(QStringLiteral("INSERT INTO policy_acknowledgements (client_id, version, "
                                                  "acknowledged_at) VALUES (:client, :version, "
                                                  ":at) ON CONFLICT (client_id, version) DO NOTHING"));
    query.bindValue(QStringLiteral(":client"), clientId);
    query.bindValue(QStringLiteral(":version"), version);
    query.bindValue(QStringLiteral(":at"), SqlValues::fromUtc(at));
    if (!query.exec())
        return m_db.errorFrom(query.lastError(),
                              Tr::tr("recording the acknowledgement of policy version %1").arg(version));
    return {};
}

Result<QList<Acknowledgement>> AcknowledgementRepository::forClient(qint64 clientId) const {
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT version, acknowledged_at FROM policy_acknowledgements "
                                    "WHERE client_id = :client ORDER BY version"));
    query.bindValue(QStringLiteral(":client"), clientId);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading acknowledgements"));
    QList<Acknowledgement> acknowledgements;
    while (query.next())
        acknowledgements.append(
            {clientId, int(query.value(0).toLongLong()), SqlValues::toUtc(query.value(1))});
    return acknowledgements;
}

Result<int> AcknowledgementRepository::acknowledgedVersion(qint64 clientId) const {
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT coalesce(max(version), 0) FROM policy_acknowledgements WHERE client_id = :client"));
    query.bindValue(QStringLiteral(":client"), clientId);
    if (!query.exec() || !query.next())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading acknowledgements"));
    return int(query.value(0).toLongLong());
}

Result<bool> AcknowledgementRepository::isReacknowledgementDue(qint64 clientId) const {
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT (SELECT coalesce(max(version), 0) FROM policy_acknowledgements WHERE client_id = :client), "
        "(SELECT coalesce(max(version), 0) FROM policy_versions)"));
    query.bindValue(QStringLiteral(":client"), clientId);
    if (!query.exec() || !query.next())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading acknowledgements"));
    const qint64 acknowledged = query.value(0).toLongLong();
    return acknowledged > 0 && acknowledged < query.value(1).toLongLong();
}

Result<qint64> AcknowledgementRepository::countReacknowledgementDue() const {
    // Closed and archived clients are not asked to acknowledge a new version: the work with them has ended.
    QSqlQuery query = m_db.prepare(
        QStringLiteral(
            "SELECT count(*) FROM (SELECT a.client_id FROM policy_acknowledgements a JOIN clients c "
            "ON c.id = a.client_id WHERE c.archived = FALSE AND c.status <> ") +
        QString::number(int(ClientStatus::Closed)) +
        QStringLiteral(" GROUP BY a.client_id HAVING max(a.version) < (SELECT max(version) FROM "
                       "policy_versions)) AS due"));
    if (!query.exec() || !query.next())
        return m_db.errorFrom(query.lastError(),
                              Tr::tr("counting clients who need to acknowledge the policy"));
    return query.value(0).toLongLong();
}

} // namespace bk
