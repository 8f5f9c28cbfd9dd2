// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ClientQuery.h"

namespace bk {

QStringList ClientFilter::searchWords() const {
    return search.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

AgreementStatus ClientListRow::agreementStatus() const {
    if (reacknowledgementDue)
        return AgreementStatus::ReacknowledgementDue;
    if (acknowledgedVersion > 0)
        return AgreementStatus::Signed;
    return hasAgreementDraft ? AgreementStatus::Draft : AgreementStatus::None;
}

} // namespace bk
