// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/common/StatusPalette.h"

#include <QApplication>
#include <QWidget>

namespace bk {

void setStatusColor(QWidget *widget, std::optional<StatusColors::Status> status) {
    const QPalette inherited =
        widget->parentWidget() ? widget->parentWidget()->palette() : QApplication::palette(widget);
    QPalette palette = widget->palette();
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text})
        palette.setColor(role, status ? StatusColors::text(*status, inherited) : inherited.color(role));
    widget->setPalette(palette);
}

} // namespace bk
