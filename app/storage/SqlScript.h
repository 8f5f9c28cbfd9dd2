// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QStringList>

namespace bk::SqlScript {

/// Splits a migration script into single statements: at each ';' that ends a line, except inside a
/// SQLite CREATE TRIGGER body, which runs from BEGIN until its END, or a dollar-quoted ($$ … $$) function
/// body. Comment-only lines are dropped.
QStringList split(const QString &script);

} // namespace bk::SqlScript
