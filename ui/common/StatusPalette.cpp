// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/common/StatusPalette.h"

#include <QWidget>

namespace bk {

void setStatusColor(QWidget *widget, std::optional<StatusColors::Status> status) {
    // A style sheet rather than the palette: inside a widget with a style sheet of its own (a dashboard
    // tile) the palette's text colour is overridden.
    widget->setStyleSheet(
        status ? QStringLiteral("color: %1;").arg(StatusColors::text(*status, widget->palette()).name())
               : QString());
}

} // namespace bk
