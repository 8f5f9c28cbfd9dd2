// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/Client.h"

#include <QCoreApplication>

namespace bk::ClientStatuses {

QList<ClientStatus> all() {
    return {ClientStatus::Prospect, ClientStatus::Onboarding, ClientStatus::Active, ClientStatus::Paused,
            ClientStatus::Closed};
}

QString key(ClientStatus status) {
    switch (status) {
    case ClientStatus::Prospect:
        return QStringLiteral("prospect");
    case ClientStatus::Onboarding:
        return QStringLiteral("onboarding");
    case ClientStatus::Active:
        return QStringLiteral("active");
    case ClientStatus::Paused:
        return QStringLiteral("paused");
    case ClientStatus::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

std::optional<ClientStatus> fromKey(const QString &text) {
    for (ClientStatus status : all()) {
        if (key(status) == text)
            return status;
    }
    return std::nullopt;
}

QString label(ClientStatus status) {
    switch (status) {
    case ClientStatus::Prospect:
        return QCoreApplication::translate("ClientStatus", "Prospect");
    case ClientStatus::Onboarding:
        return QCoreApplication::translate("ClientStatus", "Onboarding");
    case ClientStatus::Active:
        return QCoreApplication::translate("ClientStatus", "Active");
    case ClientStatus::Paused:
        return QCoreApplication::translate("ClientStatus", "Paused");
    case ClientStatus::Closed:
        return QCoreApplication::translate("ClientStatus", "Closed");
    }
    return {};
}

} // namespace bk::ClientStatuses
