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
    const QList<Timing> timed = measureInTurns(repeat, {{prepare, baseline}, {prepare, ours}});
    return {timed.at(0), timed.at(1)};
}

QList<Timing> measureInTurns(int repeat, const QList<Turn> &turns) {
    const auto timed = [](const Turn &turn) {
        if (turn.prepare)
            turn.prepare();
        QElapsedTimer timer;
        timer.start();
        turn.operation();
        return double(timer.nsecsElapsed()) / 1e6;
    };
    for (const Turn &turn : turns)
        timed(turn);
    QList<QList<double>> samples(turns.size());
    QList<double> totals(turns.size(), 0);
    const auto quick = [&totals] {
        return std::all_of(totals.cbegin(), totals.cend(),
                           [](double total) { return total < QuickBudgetMs; });
    };
    for (int run = 0; run < repeat || (run < MaxQuickRuns && quick()); ++run) {
        for (qsizetype i = 0; i < turns.size(); ++i) {
            samples[i].append(timed(turns.at(i)));
            totals[i] += samples.at(i).last();
        }
    }
    QList<Timing> timings;
    for (const QList<double> &taken : samples)
        timings.append(Timing::fromSamples(taken));
    return timings;
}

} // namespace bk::bench
