// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"

#include <memory>

namespace bk {

class Database;

/// A realistic small practice to explore Boundary Keeper with, kept in its own database file.
namespace DemoPractice {

/// Which demo content a database holds; a demo file with an older edition is rebuilt.
constexpr int Edition = 8;

/// Opens the demo database at `path`, creating and filling it (see populate()) when it is missing or from an
/// older edition.
/// Never touches any other file.
Result<std::unique_ptr<Database>> open(const QString &path);

/// Adds the demo practice's records to an empty database. Needs a QGuiApplication (it renders the demo
/// agreements' PDFs, which uses fonts; QT_QPA_PLATFORM=offscreen is enough).
Status populate(const Database &database);

} // namespace DemoPractice

} // namespace bk
