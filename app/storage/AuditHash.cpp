// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
// The audit trail's canonical encoding without the database: the fuzz targets build it on its own.
#include "app/common/Sha256.h"
#include "app/storage/AuditChain.h"

#include <QStringList>
#include <cstdio>

namespace bk {

QString AuditHead::text() const {
    return QString::number(seq) + QLatin1Char(':') + QString::fromLatin1(hash.toHex());
}

AuditHead AuditHead::fromText(const QString &text) {
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    AuditHead head;
    if (parts.size() != 2)
        return head;
    head.seq = parts.at(0).toLongLong();
    head.hash = QByteArray::fromHex(parts.at(1).toLatin1());
    if (!head.isValid() || head.hash.toHex() != parts.at(1).toLower().toLatin1())
        return {};
    return head;
}

QString AuditHead::uri() const {
    return uriPrefix() + text();
}

QString AuditHead::uriPrefix() {
    return QStringLiteral("urn:x-boundary-keeper:audit-head:");
}

void RowDigest::add(QByteArrayView column, Type type, QByteArrayView value) {
    m_hash.add(column);
    const char tag[2] = {'\x1f', char('0' + int(type))};
    m_hash.add(QByteArrayView(tag, 2));
    if (type != Type::Null)
        m_hash.add(value);
    m_hash.add(QByteArrayView("\x1e", 1));
}

void RowDigest::addInteger(QByteArrayView column, qint64 value) {
    char digits[24];
    const int length = std::snprintf(digits, sizeof digits, "%lld", static_cast<long long>(value));
    add(column, Type::Integer, QByteArrayView(digits, length));
}

QByteArray AuditChain::genesisHash() {
    return QByteArray(32, '\0');
}

QByteArray AuditChain::eventHash(const AuditEvent &event) {
    const QByteArray encoded =
        QByteArray::number(event.seq) + '\n' + event.at.toUtf8() + '\n' +
        (event.practitionerId > 0 ? QByteArray::number(event.practitionerId) : QByteArray()) + '\n' +
        event.login.toUtf8() + '\n' + event.action.toUtf8() + '\n' + event.table.toUtf8() + '\n' +
        event.record.toUtf8() + '\n' + event.digest.toHex() + '\n' + event.previousHash.toHex();
    return Sha256::of(encoded);
}

} // namespace bk
