// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"
#include "app/dashboard/DashboardFigures.h"

#include <QByteArray>
#include <QString>

namespace bk {

/// The dashboard as documents to hand on: a PDF report for a supervisor (the period, the practice's name and
/// one view per page with its chart) and the underlying figures as CSV. Core only (QPdfWriter and QPainter),
/// so the command line exports the same report as the Dashboard section.
namespace DashboardReport {

/// The PDF report on the practice's paper size.
Result<QByteArray> renderPdf(const DashboardFigures &figures);
/// Every figure as CSV (RFC 4180, UTF-8): columns figure, key, label, value; one row per number.
QByteArray csv(const DashboardFigures &figures);
/// The title of the report, e.g. "Boundary dashboard: Harbour Coaching, 4 Sep 2026 – 2 Dec 2026".
QString title(const DashboardFigures &figures);
/// The period in words, e.g. "4 Sep 2026 – 2 Dec 2026".
QString periodText(const DashboardFigures &figures);

} // namespace DashboardReport

} // namespace bk
