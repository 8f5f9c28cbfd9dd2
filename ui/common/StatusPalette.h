// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/StatusColors.h"

#include <optional>

class QWidget;

namespace bk {

/// Shows the text of `widget` (a problem under a field, an overdue figure) in the colour of `status`,
/// readable on the palette in use; without a status, in the palette's own text colour again.
void setStatusColor(QWidget *widget, std::optional<StatusColors::Status> status);

} // namespace bk
