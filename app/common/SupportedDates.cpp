// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/SupportedDates.h"

#include <QCoreApplication>

namespace bk::SupportedDates {

QString rangeSentence() {
    return QCoreApplication::translate("SupportedDates", "Dates from %1 to %2 are supported.")
        .arg(first().toString(Qt::ISODate), last().toString(Qt::ISODate));
}

} // namespace bk::SupportedDates
