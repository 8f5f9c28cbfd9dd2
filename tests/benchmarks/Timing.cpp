// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "tests/benchmarks/Timing.h"

#include <QElapsedTimer>
#include <algorithm>

namespace bk::bench {

Timing Timing::fromSamples(QList<double> samples) {
    if (samples.isEmpty())
        return {};
    std::sort(samples.begin(), samples.end());
    const qsizetype middle = samples.size() / 2;
    const double median =
        samples.size() % 2 ? samples.at(middle) : (samples.at(middle - 1) + samples.at(middle)) / 2;
    return {median, samples.first(), samples.last()};
}

Timing measure(int repeat, const std::function<void()> &prepare, const std::function<void()> &operation,
               bool warmUp) {
    // The warm-up run fills the OS file cache, the connection's page cache and SQLite's schema cache, so
    // every timed run starts from the same warm state.
    if (warmUp) {
        if (prepare)
            prepare();
        operation();
    }
    QList<double> samples;
    samples.reserve(repeat);
    for (int i = 0; i < repeat; ++i) {
        if (prepare)
            prepare();
        QElapsedTimer timer;
        timer.start();
        operation();
        samples.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return Timing::fromSamples(samples);
}

TimedPair measureInTurns(int repeat, const std::function<void()> &prepare,
                         const std::function<void()> &baseline, const std::function<void()> &ours) {
    const auto timed = [&prepare](const std::function<void()> &operation) {
        if (prepare)
            prepare();
        QElapsedTimer timer;
        timer.start();
        operation();
        return double(timer.nsecsElapsed()) / 1e6;
    };
    timed(baseline);
    timed(ours);
    QList<double> baselineSamples;
    QList<double> ourSamples;
    double baselineTotal = 0;
    double ourTotal = 0;
    for (int run = 0;
         run < repeat || (run < MaxQuickRuns && baselineTotal < QuickBudgetMs && ourTotal < QuickBudgetMs);
         ++run) {
        baselineSamples.append(timed(baseline));
        baselineTotal += baselineSamples.last();
        ourSamples.append(timed(ours));
        ourTotal += ourSamples.last();
    }
    return {Timing::fromSamples(baselineSamples), Timing::fromSamples(ourSamples)};
}

} // namespace bk::bench
