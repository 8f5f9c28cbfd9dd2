// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/agreements/Agreement.h"
#include "app/clients/Client.h"
#include "app/common/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>
#include <optional>

namespace bk {

/// Which clients a list shows.
struct ClientFilter {
    /// Words that must each occur in the name, preferred name, email or phone (case-insensitive).
    QString search;
    std::optional<ClientStatus> status;
    bool includeArchived = false;
    /// Only clients who acknowledged some policy version, but not the latest published one.
    bool reacknowledgementDueOnly = false;

    /// The longest search text and the most words a search takes: more than a person types, and far below
    /// what SQLite allows in LIKE patterns (50,000 bytes) and in the depth of an expression (1,000).
    static constexpr int MaxSearchLength = 1000;
    static constexpr int MaxSearchWords = 32;

    /// The words of `search`: each must occur.
    QStringList searchWords() const;
    /// Why `search` cannot be run (too long, too many words); no error when it can.
    Status checkSearch() const;

    Q_DECLARE_TR_FUNCTIONS(ClientFilter)
};

enum class ClientSortKey { Name, Email, Phone, Channel, Status, StartDate, UpdatedAt };

struct ClientSort {
    ClientSortKey key = ClientSortKey::Name;
    Qt::SortOrder order = Qt::AscendingOrder;
};

/// A listed client with the value it was sorted by (the position a keyset page continues from) and where
/// the client stands with the boundary policy.
struct ClientListRow {
    Client client;
    QVariant sortValue;
    /// The highest policy version the client acknowledged, 0 when none.
    int acknowledgedVersion = 0;
    /// Acknowledged some version, but not the latest published one.
    bool reacknowledgementDue = false;
    /// An agreement draft is open for the client.
    bool hasAgreementDraft = false;

    /// The status the client list shows (the acknowledgement that signing an agreement records counts as
    /// signed; a draft only shows while nothing newer is signed).
    AgreementStatus agreementStatus() const;
};

} // namespace bk
