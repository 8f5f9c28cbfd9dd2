// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "tests/benchmarks/Timing.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace bk::bench {

/// The targets of issue 7 (medians on the 2-core development machine); a row may set its own.
namespace Targets {
inline constexpr double MaxFloorRatio = 1.5;
inline constexpr double MinSpeedUp = 20;
inline constexpr double MaxInteractiveMs = 100;
inline constexpr double MaxMemoryGrowthMb = 100;
} // namespace Targets

/// One timed operation with its baselines, all measured in the same run.
struct TimingRow {
    QString operation;
    Timing ours;
    /// The baseline: for model operations the raw SQL alone (what the operation cannot be faster than); each
    /// group says what its baseline is (addGroupNote()).
    std::optional<Timing> floor;
    /// The naive Qt way: QSqlTableModel with every row fetched + QSortFilterProxyModel.
    std::optional<Timing> naive;
    /// False where the naive way already paid for the operation up front (it holds every row in memory).
    bool speedUpApplies = true;
    /// The most ours may take relative to the baseline; none for a row that only measures how far above the
    /// baseline any implementation starts.
    std::optional<double> maxFloorRatio = Targets::MaxFloorRatio;
    /// The most ours may take in milliseconds; none for operations that are not interactive.
    std::optional<double> maxMs = Targets::MaxInteractiveMs;
};

/// Peak resident memory of a process that opened a database and showed the table, in MiB.
struct MemoryRow {
    QString operation;
    double emptyMb = 0;
    double largeMb = 0;
    std::optional<double> naiveLargeMb;
};

/// One operation's median at each size of the practice (BenchReport::setGrowthSizes()), smallest first.
struct GrowthRow {
    QString operation;
    QList<double> medians;
    /// The most the largest practice may take relative to the smallest; none where cost may grow (a count
    /// reads every row).
    std::optional<double> maxGrowth;
};

/// Collects every measurement of a run and prints it as a markdown table or as JSON.
class BenchReport {
public:
    void setEnvironment(const QJsonObject &environment) { m_environment = environment; }
    void addTiming(const QString &group, const TimingRow &row);
    void addMemory(const QString &group, const MemoryRow &row);
    /// A sentence printed under a group's heading: what its baseline is and how it was measured.
    void addGroupNote(const QString &group, const QString &note) { m_groupNotes.insert(group, note); }
    /// The practice sizes of the growth tables, smallest first, e.g. "10,000 incidents".
    void setGrowthSizes(const QStringList &sizes) { m_growthSizes = sizes; }
    void addGrowth(const QString &group, const GrowthRow &row);
    /// The timed rows so far, each with its group.
    QList<std::pair<QString, TimingRow>> timings() const;
    /// A sentence printed under the tables, e.g. what was not measured and why.
    void addNote(const QString &note) { m_notes.append(note); }

    QString markdown() const;
    QString json() const;
    /// Whether every target of every row was met.
    bool allTargetsMet() const;

private:
    /// A group's markdown heading with its note.
    QString heading(const QString &group) const;

    struct GroupedTiming {
        QString group;
        TimingRow row;
    };
    struct GroupedMemory {
        QString group;
        MemoryRow row;
    };

    struct GroupedGrowth {
        QString group;
        GrowthRow row;
    };

    QJsonObject m_environment;
    QStringList m_growthSizes;
    QList<GroupedGrowth> m_growth;
    QList<GroupedTiming> m_timings;
    QList<GroupedMemory> m_memory;
    QStringList m_notes;
    QMap<QString, QString> m_groupNotes;
};

} // namespace bk::bench
