// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/incidents/IncidentQuery.h"

namespace bk {

bool IncidentFilter::isEmpty() const {
    return !clientId && boundaryKey.isEmpty() && !status && !overdueOnly && !from.isValid() &&
           !to.isValid() && !crossedBy && !channel && !weekday && !hour && repeatMinimum <= 0 &&
           repeatMaximum <= 0;
}

} // namespace bk
