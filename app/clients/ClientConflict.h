// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/clients/Client.h"
#include "app/common/FieldConflict.h"

#include <QCoreApplication>
#include <QList>

namespace bk {

/// A client saved elsewhere while it was being edited here: the fields in which the two versions differ,
/// and the client that combines them as the practitioner chooses, field by field.
class ClientConflict {
    Q_DECLARE_TR_FUNCTIONS(ClientConflict)

public:
    /// The fields a practitioner edits, in the order of the client form.
    enum class Field { FullName, PreferredName, Email, Phone, Channel, Status, StartDate, Notes, Archived };

    /// `opened`: the client as it was when the edit began; `mine`: as it is being saved; `theirs`: as
    /// stored now.
    ClientConflict(Client opened, Client mine, Client theirs);

    /// The fields in which mine and theirs differ, in form order; empty when they only differ in version.
    QList<Field> fields() const { return m_fields; }
    /// fields() as the conflict dialog shows them.
    QList<FieldConflict> conflicts() const;
    /// Theirs, at their version, with my value in each field whose entry in `keepMine` (one per fields())
    /// is true: what saving the combination writes.
    Client combined(const QList<bool> &keepMine) const;
    const Client &theirs() const { return m_theirs; }

    static QString label(Field field);
    /// The field's value as the client stores it, as text.
    static QString text(const Client &client, Field field);

private:
    Client m_opened;
    Client m_mine;
    Client m_theirs;
    QList<Field> m_fields;
};

} // namespace bk
