// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QColor>
#include <QList>
#include <QPalette>

namespace bk {

/// The one place that picks colours of its own for the screen (overdue, warnings, chart bars, muted
/// text): each starts from a fixed hue and is made lighter or darker until it has the WCAG contrast it
/// needs against the palette in use, so it reads in light, dark and high-contrast palettes alike.
namespace StatusColors {

/// What a colour says.
enum class Status { Alert, Caution, Success, Accent, Muted };

/// WCAG 2 minimum contrast for text, and for large text and graphics (bars, cells, borders).
inline constexpr double TextContrast = 4.5;
inline constexpr double GraphicContrast = 3.0;

/// The WCAG 2 contrast ratio of two opaque colours, from 1 to 21.
double contrast(const QColor &first, const QColor &second);
/// `from` moved `share` (0 … 1) of the way to `to`.
QColor mixed(const QColor &from, const QColor &to, double share);
/// `colour` itself when it has `minimum` contrast against every one of `backgrounds`, otherwise the
/// least lightened or darkened version of it that has.
QColor readable(const QColor &colour, const QList<QColor> &backgrounds, double minimum = TextContrast);
/// The one of `candidates` with the highest contrast against `background`.
QColor best(const QColor &background, const QList<QColor> &candidates);

/// Text of `status` on the palette's window and base colours, the panes styles shade from them, and its own
/// tint (at least TextContrast on each).
QColor text(Status status, const QPalette &palette);
/// A bar, cell or border of `status` on the window and base colours and shaded panes (at least
/// GraphicContrast on each).
QColor graphic(Status status, const QPalette &palette);
/// A soft background of `status` on which the palette's own text keeps TextContrast.
QColor tint(Status status, const QPalette &palette);

} // namespace StatusColors

} // namespace bk
