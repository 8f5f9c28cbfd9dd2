// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientQuery.h"

#include <QCoreApplication>

namespace bk {

namespace {
// lupdate files these messages under "ClientFilter", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(ClientFilter)
};
} // namespace

QStringList ClientFilter::searchWords() const {
    return search.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

Status ClientFilter::checkSearch() const {
    if (search.size() > MaxSearchLength)
        return Error{Error::Kind::Invalid,
                     Tr::tr("The search text is %1 characters long; a search takes at most %2.")
                         .arg(search.size())
                         .arg(MaxSearchLength)};
    if (const qsizetype words = searchWords().size(); words > MaxSearchWords)
        return Error{Error::Kind::Invalid, Tr::tr("The search text has %1 words; a search takes at most %2.")
                                               .arg(words)
                                               .arg(MaxSearchWords)};
    return {};
}

AgreementStatus ClientListRow::agreementStatus() const {
    if (reacknowledgementDue)
        return AgreementStatus::ReacknowledgementDue;
    if (acknowledgedVersion > 0)
        return AgreementStatus::Signed;
    return hasAgreementDraft ? AgreementStatus::Draft : AgreementStatus::None;
}

} // namespace bk
