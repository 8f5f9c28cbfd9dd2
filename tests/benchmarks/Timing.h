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

/// A measurement and its baseline, timed in turns.
struct TimedPair {
    Timing baseline;
    Timing ours;
};

/// Warms up, then times `baseline` and `ours` in turns, each after prepare(), so that a change in the
/// machine's load affects both alike. Each runs at least `repeat` times, and quick ones more often (until
/// either has taken QuickBudgetMs in all, at most MaxQuickRuns times): the median of a few sub-millisecond
/// runs is easily one scheduling hiccup.
TimedPair measureInTurns(int repeat, const std::function<void()> &prepare,
                         const std::function<void()> &baseline, const std::function<void()> &ours);

/// One of several operations timed in turns: what runs untimed before each run, and what is timed.
struct Turn {
    std::function<void()> prepare;
    std::function<void()> operation;
};

/// The same for any number of operations, each after its own preparation: their timings, in order.
QList<Timing> measureInTurns(int repeat, const QList<Turn> &turns);
inline constexpr double QuickBudgetMs = 250;
inline constexpr int MaxQuickRuns = 101;

} // namespace bk::bench
