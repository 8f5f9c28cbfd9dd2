// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/ServerAddress.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <libpq-fe.h>
#include <memory>

namespace bk {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)
};

// A value in libpq's connection-string syntax: single-quoted, with quotes and backslashes escaped.
QString quoted(const QString &value) {
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// The URL with the password taken out of its user part ("anna:secret@") and its query ("password=…").
QString passwordRemoved(const QString &url) {
    static const QRegularExpression userPassword(QStringLiteral("^(postgres(?:ql)?://[^:@/?]*):[^@/?]*@"));
    static const QRegularExpression queryPassword(QStringLiteral("([?&])password=[^&]*(&|$)"));
    QString shown = url;
    shown.replace(userPassword, QStringLiteral("\\1@"));
    shown.replace(queryPassword, QStringLiteral("\\1"));
    if (shown.endsWith(QLatin1Char('?')) || shown.endsWith(QLatin1Char('&')))
        shown.chop(1);
    return shown;
}

} // namespace

bool ServerAddress::isServerUrl(const QString &location) {
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

QString ServerAddress::withoutPassword(const QString &url) {
    return passwordRemoved(url);
}

Result<ServerAddress> ServerAddress::parse(const QString &url) {
    ServerAddress address;
    address.m_shown = passwordRemoved(url);
    if (!isServerUrl(url))
        return Error{
            Error::Kind::Invalid,
            Tr::tr("%1 is not a server address: it must begin with postgresql://.").arg(address.m_shown)};

    char *message = nullptr;
    const QByteArray utf8 = url.toUtf8();
    std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(
        PQconninfoParse(utf8.constData(), &message), &PQconninfoFree);
    if (!options) {
        const QString detail = message ? QString::fromUtf8(message).trimmed() : QString();
        PQfreemem(message);
        return Error{Error::Kind::Invalid,
                     Tr::tr("The server address %1 cannot be read: %2").arg(address.m_shown, detail)};
    }

    QStringList parameters;
    for (const PQconninfoOption *option = options.get(); option->keyword; ++option) {
        if (!option->val)
            continue;
        const QString keyword = QString::fromUtf8(option->keyword);
        const QString value = QString::fromUtf8(option->val);
        if (keyword == QLatin1String("password")) {
            address.m_password = value;
            continue;
        }
        if (keyword == QLatin1String("dbname"))
            address.m_database = value;
        // A host name says more than its address; "hostaddr" alone is used only without one.
        if (keyword == QLatin1String("host") ||
            (keyword == QLatin1String("hostaddr") && address.m_hosts.isEmpty()))
            address.m_hosts = value;
        // QPSQL turns every ';' of its connect options into a space.
        if (value.contains(QLatin1Char(';')))
            return Error{
                Error::Kind::Invalid,
                Tr::tr("The server address %1 has a semicolon in its %2 setting, which cannot be passed "
                       "on to the server.")
                    .arg(address.m_shown, keyword)};
        parameters.append(keyword + QLatin1Char('=') + quoted(value));
    }
    address.m_connectOptions = parameters.join(QLatin1Char(';'));
    return address;
}

} // namespace bk
