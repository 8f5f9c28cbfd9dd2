// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QList>
#include <functional>

namespace bk::bench {

/// The spread of one measurement over its repeats, in milliseconds.
struct Timing {
    double median = 0;
    double min = 0;
    double max = 0;

    static Timing fromSamples(QList<double> samples);
};

/// Runs prepare() then operation() once to warm up (unless `warmUp` is false: the state is warm already),
/// then `repeat` times more, timing only operation().
Timing measure(int repeat, const std::function<void()> &prepare, const std::function<void()> &operation,
               bool warmUp = true);

} // namespace bk::bench
