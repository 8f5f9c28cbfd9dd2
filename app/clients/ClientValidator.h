// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/clients/Client.h"

#include <QList>
#include <QString>

namespace bk {

/// Checks a client before it is saved, with a message for each field that is wrong.
class ClientValidator {
public:
    enum class Field { FullName, PreferredName, Email, Phone, StartDate, Notes, DocumentLanguage };

    struct Problem {
        Field field;
        QString message;
    };

    /// Every problem with the client; empty when it may be saved. `today` decides "far in the future".
    static QList<Problem> validate(const Client &client, const QDate &today);
    /// The problems joined into one message, for places without a per-field display (the command line).
    static QString summary(const QList<Problem> &problems);

    static bool isValidEmail(const QString &email);
    static bool isValidPhone(const QString &phone);
    /// A start date further ahead than this is taken for a typing mistake.
    static constexpr int MaxDaysAhead = 366;
};

} // namespace bk
