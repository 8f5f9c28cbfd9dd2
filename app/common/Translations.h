// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QString>
#include <QStringList>

namespace bk::Translations {

/// The languages Boundary Keeper speaks, as codes ("en", "de", "es", "fr"), English first.
QStringList languages();

/// A language's name in that language ("Deutsch" for "de"), as a choice of language is shown to someone
/// who may not read the current one.
QString nativeName(const QString &language);

/// Installs Qt's own translations and Boundary Keeper's for `language` (one of languages()), or for the
/// user's system language when it is empty, on the running application, replacing those installed before.
/// A chosen language also becomes the default locale, so dates and numbers follow it. Where Boundary Keeper
/// has no translation for the system language, its English file still resolves the plural forms of
/// messages such as "%n clients". Call after the application object exists.
void install(const QString &language = {});

} // namespace bk::Translations
