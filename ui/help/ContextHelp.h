// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "ui/help/HelpTopic.h"

#include <optional>

class QWidget;

namespace bk {

class HelpWindow;

/// F1 opens the guide on the page for where the user is. Sections, wizard steps and dialogs are marked with
/// their topic; F1 in any window opens the topic of the innermost marked widget shown there.
namespace ContextHelp {

/// Marks `widget` (a section, a wizard step, a dialog) as explained by `topic`.
void setTopic(QWidget *widget, HelpTopic topic);
/// The topic `widget` was marked with, if any.
std::optional<HelpTopic> topicOf(const QWidget *widget);
/// The topic for where the user is in `window`: of the marked widgets shown in it (the window itself
/// included), the innermost one, e.g. the current section of the main window or the current step of a
/// wizard; the guide's start page when none is marked.
HelpTopic topicFor(const QWidget *window);
/// Opens the guide on topicFor(window) in the help window that belongs to `window` (made the first time), so
/// that a modal dialog does not block its own help.
HelpWindow *showFor(QWidget *window);
/// Makes F1 (QKeySequence::HelpContents) open the guide in every window of the application, modal dialogs
/// included. Does nothing the second time.
void install();

} // namespace ContextHelp

} // namespace bk
