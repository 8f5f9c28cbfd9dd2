// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/FieldConflict.h"
#include "app/policy/PracticeProfile.h"

#include <QCoreApplication>
#include <QList>

namespace bk {

/// The practice profile saved elsewhere while it was being edited here: the parts in which the two versions
/// differ, and the profile that combines them as the practitioner chooses, part by part.
class PracticeProfileConflict {
    Q_DECLARE_TR_FUNCTIONS(PracticeProfileConflict)

public:
    /// The parts a practitioner edits, in the order of the Practice section's tabs.
    enum class Field {
        Name,
        ContactLine,
        Logo,
        Practitioners,
        PaperSize,
        PractitionerRole,
        ClientRole,
        ServicesOffered,
        ServicesNotOffered,
        TimeZone,
        Hours,
        Channels,
        ResponseTimes,
        EmergencyDefinition,
        EmergencyContact,
    };

    /// `opened`: the profile as it was when the edit began; `mine`: as it is being saved; `theirs`: as
    /// saved now.
    PracticeProfileConflict(PracticeProfile opened, PracticeProfile mine, PracticeProfile theirs);

    /// The parts in which mine and theirs differ, in tab order.
    QList<Field> fields() const { return m_fields; }
    /// fields() as the conflict dialog shows them.
    QList<FieldConflict> conflicts() const;
    /// Theirs, at their version, with my value in each part whose entry in `keepMine` (one per fields()) is
    /// true.
    PracticeProfile combined(const QList<bool> &keepMine) const;

    static QString label(Field field);
    /// The part as text, for the dialog.
    static QString text(const PracticeProfile &profile, Field field);

private:
    PracticeProfile m_opened;
    PracticeProfile m_mine;
    PracticeProfile m_theirs;
    QList<Field> m_fields;
};

} // namespace bk
