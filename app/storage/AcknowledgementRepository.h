// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"

#include <QDateTime>
#include <QList>

namespace bk {

class Database;

/// That a client acknowledged a published policy version, and when.
struct Acknowledgement {
    qint64 clientId = 0;
    int version = 0;
    QDateTime acknowledgedAt; ///< UTC
};

/// Records and reads policy acknowledgements. A client is "re-acknowledgement due" when they acknowledged
/// some version but not the latest published one. After a write the notifier announces
/// "policy_acknowledgements".
class AcknowledgementRepository {
public:
    explicit AcknowledgementRepository(const Database &database)
        : m_db(database) {}

    /// Records that `clientId` acknowledged published version `version` at `at` (UTC). Acknowledging the
    /// same version twice keeps the first record. Conflict when the client or version does not exist.
    Status record(qint64 clientId, int version, const QDateTime &at) const;
    /// Every acknowledgement of the client, oldest version first.
    Result<QList<Acknowledgement>> forClient(qint64 clientId) const;
    /// The highest version the client acknowledged, or 0 when none.
    Result<int> acknowledgedVersion(qint64 clientId) const;
    Result<bool> isReacknowledgementDue(qint64 clientId) const;
    /// How many clients still worked with (neither closed nor archived) have a re-acknowledgement due.
    Result<qint64> countReacknowledgementDue() const;

private:
    const Database &m_db;
};

} // namespace bk
