// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

namespace bk::Translations {

/// Installs Qt's own translations and Boundary Keeper's for the user's language on the running application.
/// Where Boundary Keeper has no translation for that language, its English file still resolves the plural
/// forms of messages such as "%n clients". Call once, after the application object exists.
void install();

} // namespace bk::Translations
