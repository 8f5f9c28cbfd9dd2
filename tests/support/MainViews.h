// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QSize>
#include <QString>
#include <functional>

class QWidget;

namespace bk {

class Database;
class SignatureCanvas;

namespace test {

/// Walks the main views of the demo practice in `database` (filled by DemoPractice::populate()) as a
/// person opens them: each section of the main window at `windowSize`, an incident on the ladder, and the
/// onboarding wizard's boundaries and signatures pages. Calls `visit` with each view's name
/// ("clients", "incident-ladder", …) and its window once it is shown, laid out and filled; false (with a
/// QtTest failure) when a view could not be reached.
bool visitMainViews(const Database &database, const QSize &windowSize,
                    const std::function<void(const QString &name, QWidget *window)> &visit);

/// Draws a wavy stroke across `canvas` from `fromX` to `toX` (fractions of the paper) with the mouse, as a
/// hand signs.
void drawStroke(SignatureCanvas *canvas, double fromX, double toX);

} // namespace test

} // namespace bk
