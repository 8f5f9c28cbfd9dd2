// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/ContactChannel.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace bk {

/// Where a client stands in the working relationship.
enum class ClientStatus { Prospect, Onboarding, Active, Paused, Closed };

namespace ClientStatuses {
QList<ClientStatus> all();
QString key(ClientStatus status);
std::optional<ClientStatus> fromKey(const QString &key);
QString label(ClientStatus status);
} // namespace ClientStatuses

/// What an erasure does with the client's signed agreements and contracts: the practitioner chooses, since a
/// signed agreement may have to be retained.
enum class SignedDocuments { Keep, Remove };

/// What erasing a client overwrites or removes, to name it before asking.
struct ErasureScope {
    qint64 incidents = 0;        ///< whose description, outcome, steps' notes and follow-ups' texts go
    qint64 signedAgreements = 0; ///< kept or removed as chosen
    qint64 signedContracts = 0;  ///< kept or removed as chosen
};

/// A client of the practice, as kept in the register.
struct Client {
    /// What an erasure writes into text that may not be empty (the name, an incident's description).
    static inline const QString ErasedText = QStringLiteral("[erased]");

    qint64 id = 0;
    QString fullName;
    QString preferredName;
    QString email;
    QString phone;
    std::optional<ContactChannel> preferredChannel;
    ClientStatus status = ClientStatus::Prospect;
    QDate startDate;
    QString notes;
    QDateTime createdAt; ///< UTC
    QDateTime updatedAt; ///< UTC
    bool archived = false;
    /// The version of the stored record this was read at (row_version): a save is refused as Stale when
    /// the client was saved elsewhere since. 0 for a client not stored yet.
    int rowVersion = 0;
    /// The language (DocumentLanguage code) of the client's agreements, contracts and written summaries.
    /// Empty: on adding, the practice's language (DocumentLanguage::interfaceCode()); on saving changes, the
    /// language stays what it was.
    QString documentLanguage;

    /// The name to address the client by: the preferred name when there is one.
    QString displayName() const { return preferredName.isEmpty() ? fullName : preferredName; }
};

} // namespace bk
