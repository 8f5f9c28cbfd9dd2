// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "tests/benchmarks/BenchReport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bk::bench {

namespace {

QString ms(double value) {
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

QString times(double value) {
    return QString::number(value, 'f', value < 10 ? 2 : 0) + QStringLiteral("×");
}

std::optional<double> floorRatio(const TimingRow &row) {
    if (!row.floor || row.floor->median <= 0)
        return std::nullopt;
    return row.ours.median / row.floor->median;
}

std::optional<double> speedUp(const TimingRow &row) {
    if (!row.naive || row.ours.median <= 0)
        return std::nullopt;
    return row.naive->median / row.ours.median;
}

// The targets a row misses, as short phrases; empty when every applicable target is met.
QStringList missedTargets(const TimingRow &row) {
    QStringList missed;
    if (const auto ratio = floorRatio(row); ratio && row.maxFloorRatio && *ratio > *row.maxFloorRatio)
        missed.append(QStringLiteral("%1 of baseline > %2").arg(times(*ratio), times(*row.maxFloorRatio)));
    if (const auto faster = speedUp(row); faster && row.speedUpApplies && *faster < Targets::MinSpeedUp)
        missed.append(QStringLiteral("speed-up %1 < %2").arg(times(*faster), times(Targets::MinSpeedUp)));
    if (row.maxMs && row.ours.median >= *row.maxMs)
        missed.append(QStringLiteral("%1 ms ≥ %2 ms").arg(ms(row.ours.median), ms(*row.maxMs)));
    return missed;
}

// The targets that apply to a row, e.g. "≤ 1.50×, ≥ 20×, < 100 ms".
QString targetsOf(const TimingRow &row) {
    QStringList targets;
    if (row.floor && row.maxFloorRatio)
        targets.append(QStringLiteral("≤ %1").arg(times(*row.maxFloorRatio)));
    if (row.naive && row.speedUpApplies)
        targets.append(QStringLiteral("≥ %1").arg(times(Targets::MinSpeedUp)));
    if (row.maxMs)
        targets.append(QStringLiteral("< %1 ms").arg(ms(*row.maxMs)));
    return targets.join(QStringLiteral(", "));
}

double growth(const MemoryRow &row) {
    return row.largeMb - row.emptyMb;
}

QJsonObject timingJson(const Timing &timing) {
    return {{QStringLiteral("median_ms"), timing.median},
            {QStringLiteral("min_ms"), timing.min},
            {QStringLiteral("max_ms"), timing.max}};
}

} // namespace

void BenchReport::addTiming(const QString &group, const TimingRow &row) {
    m_timings.append({group, row});
}

void BenchReport::addMemory(const QString &group, const MemoryRow &row) {
    m_memory.append({group, row});
}

namespace {

std::optional<double> growthFactor(const GrowthRow &row) {
    if (row.medians.size() < 2 || row.medians.constFirst() <= 0)
        return std::nullopt;
    return row.medians.constLast() / row.medians.constFirst();
}

bool growthMet(const GrowthRow &row) {
    const std::optional<double> factor = growthFactor(row);
    return !row.maxGrowth || (factor && *factor <= *row.maxGrowth);
}

} // namespace

void BenchReport::addGrowth(const QString &group, const GrowthRow &row) {
    m_growth.append(GroupedGrowth{group, row});
}

QList<std::pair<QString, TimingRow>> BenchReport::timings() const {
    QList<std::pair<QString, TimingRow>> all;
    for (const GroupedTiming &timing : m_timings)
        all.append({timing.group, timing.row});
    return all;
}

bool BenchReport::allTargetsMet() const {
    for (const GroupedGrowth &entry : m_growth) {
        if (!growthMet(entry.row))
            return false;
    }
    for (const GroupedTiming &timing : m_timings) {
        if (!missedTargets(timing.row).isEmpty())
            return false;
    }
    for (const GroupedMemory &memory : m_memory) {
        if (growth(memory.row) >= Targets::MaxMemoryGrowthMb)
            return false;
    }
    return true;
}

QString BenchReport::heading(const QString &group) const {
    QString out = QStringLiteral("\n## ") + group + QStringLiteral("\n\n");
    if (const QString note = m_groupNotes.value(group); !note.isEmpty())
        out += note + QStringLiteral("\n\n");
    return out;
}

QString BenchReport::markdown() const {
    QString out;
    out += QStringLiteral("## Environment\n\n");
    for (auto it = m_environment.constBegin(); it != m_environment.constEnd(); ++it) {
        const QJsonValue value = it.value();
        out += QStringLiteral("- %1: %2\n")
                   .arg(it.key(),
                        value.isDouble() ? QString::number(value.toDouble(), 'g', 15) : value.toString());
    }
    out +=
        QStringLiteral(
            "\nTargets unless a row says otherwise: ours ≤ %1 the baseline (for model operations the raw SQL "
            "alone), naive ≥ %2 slower than ours (speed-up), every interactive operation < %3 ms, memory "
            "growth < %4 MiB.\n")
            .arg(times(Targets::MaxFloorRatio), times(Targets::MinSpeedUp), ms(Targets::MaxInteractiveMs),
                 ms(Targets::MaxMemoryGrowthMb));

    QString group;
    for (const GroupedTiming &timing : m_timings) {
        if (timing.group != group) {
            group = timing.group;
            out += heading(group);
            out += QStringLiteral(
                "| Operation | Median ms | Min–max ms | Baseline ms | Ours / baseline | Naive ms | "
                "Speed-up | Targets | Met |\n");
            out += QStringLiteral("|---|--:|--:|--:|--:|--:|--:|---|---|\n");
        }
        const TimingRow &row = timing.row;
        const auto ratio = floorRatio(row);
        const auto faster = speedUp(row);
        const QStringList missed = missedTargets(row);
        const QString targets = targetsOf(row);
        QString fasterText = faster ? times(*faster) : QStringLiteral("–");
        if (faster && !row.speedUpApplies)
            fasterText += QStringLiteral(" (n/a)");
        out += QStringLiteral("| %1 | %2 | %3–%4 | %5 | %6 | %7 | %8 | %9 | %10 |\n")
                   .arg(row.operation, ms(row.ours.median), ms(row.ours.min), ms(row.ours.max),
                        row.floor ? ms(row.floor->median) : QStringLiteral("–"),
                        ratio ? times(*ratio) : QStringLiteral("–"),
                        row.naive ? ms(row.naive->median) : QStringLiteral("–"), fasterText,
                        targets.isEmpty() ? QStringLiteral("–") : targets,
                        targets.isEmpty()  ? QStringLiteral("–")
                        : missed.isEmpty() ? QStringLiteral("yes")
                                           : QStringLiteral("no: ") + missed.join(QStringLiteral("; ")));
    }

    group.clear();
    for (const GroupedMemory &memory : m_memory) {
        if (memory.group != group) {
            group = memory.group;
            out += heading(group);
            out += QStringLiteral(
                "| Operation | Peak RSS, empty database MiB | Peak RSS, large database MiB | Growth MiB "
                "| Naive growth MiB | Target met |\n");
            out += QStringLiteral("|---|--:|--:|--:|--:|---|\n");
        }
        const MemoryRow &row = memory.row;
        out +=
            QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                .arg(row.operation, ms(row.emptyMb), ms(row.largeMb), ms(growth(row)),
                     row.naiveLargeMb ? ms(*row.naiveLargeMb - row.emptyMb) : QStringLiteral("–"),
                     growth(row) < Targets::MaxMemoryGrowthMb ? QStringLiteral("yes") : QStringLiteral("no"));
    }

    group.clear();
    for (const GroupedGrowth &entry : m_growth) {
        if (entry.group != group) {
            group = entry.group;
            out += heading(group);
            out += QStringLiteral("| Operation | ");
            for (const QString &size : m_growthSizes)
                out += size + QStringLiteral(", ms | ");
            out += QStringLiteral("Largest / smallest | Target | Met |\n|---|");
            for (qsizetype i = 0; i < m_growthSizes.size(); ++i)
                out += QStringLiteral("--:|");
            out += QStringLiteral("--:|---|---|\n");
        }
        const GrowthRow &row = entry.row;
        out += QStringLiteral("| ") + row.operation + QStringLiteral(" | ");
        for (double median : row.medians)
            out += ms(median) + QStringLiteral(" | ");
        const std::optional<double> factor = growthFactor(row);
        out += QStringLiteral("%1 | %2 | %3 |\n")
                   .arg(factor ? times(*factor) : QStringLiteral("–"),
                        row.maxGrowth ? QStringLiteral("≤ ") + times(*row.maxGrowth) : QString(),
                        growthMet(row) ? QStringLiteral("yes") : QStringLiteral("no"));
    }

    if (!m_notes.isEmpty()) {
        out += QStringLiteral("\n## Notes\n\n");
        for (const QString &note : m_notes)
            out += QStringLiteral("- ") + note + QLatin1Char('\n');
    }
    out += QStringLiteral("\nAll targets met: %1\n")
               .arg(allTargetsMet() ? QStringLiteral("yes") : QStringLiteral("no"));
    return out;
}

QString BenchReport::json() const {
    QJsonArray timings;
    for (const GroupedTiming &timing : m_timings) {
        const TimingRow &row = timing.row;
        QJsonObject object = timingJson(row.ours);
        object.insert(QStringLiteral("group"), timing.group);
        object.insert(QStringLiteral("operation"), row.operation);
        object.insert(QStringLiteral("floor"), row.floor ? QJsonValue(timingJson(*row.floor)) : QJsonValue());
        object.insert(QStringLiteral("floor_ms"), row.floor ? QJsonValue(row.floor->median) : QJsonValue());
        const auto ratio = floorRatio(row);
        object.insert(QStringLiteral("ratio"), ratio ? QJsonValue(*ratio) : QJsonValue());
        object.insert(QStringLiteral("naive"), row.naive ? QJsonValue(timingJson(*row.naive)) : QJsonValue());
        object.insert(QStringLiteral("naive_ms"), row.naive ? QJsonValue(row.naive->median) : QJsonValue());
        const auto faster = speedUp(row);
        object.insert(QStringLiteral("speed_up"), faster ? QJsonValue(*faster) : QJsonValue());
        object.insert(QStringLiteral("speed_up_applies"), row.speedUpApplies);
        object.insert(QStringLiteral("max_ratio"),
                      row.maxFloorRatio ? QJsonValue(*row.maxFloorRatio) : QJsonValue());
        object.insert(QStringLiteral("max_ms"), row.maxMs ? QJsonValue(*row.maxMs) : QJsonValue());
        const QStringList missed = missedTargets(row);
        object.insert(QStringLiteral("target_met"), missed.isEmpty());
        object.insert(QStringLiteral("missed"), QJsonArray::fromStringList(missed));
        timings.append(object);
    }
    QJsonArray memory;
    for (const GroupedMemory &entry : m_memory) {
        const MemoryRow &row = entry.row;
        memory.append(QJsonObject{
            {QStringLiteral("group"), entry.group},
            {QStringLiteral("operation"), row.operation},
            {QStringLiteral("empty_peak_rss_mib"), row.emptyMb},
            {QStringLiteral("large_peak_rss_mib"), row.largeMb},
            {QStringLiteral("growth_mib"), growth(row)},
            {QStringLiteral("naive_large_peak_rss_mib"),
             row.naiveLargeMb ? QJsonValue(*row.naiveLargeMb) : QJsonValue()},
            {QStringLiteral("target_met"), growth(row) < Targets::MaxMemoryGrowthMb},
        });
    }
    QJsonArray growthRows;
    for (const GroupedGrowth &entry : m_growth) {
        const std::optional<double> factor = growthFactor(entry.row);
        QJsonArray medians;
        for (double median : entry.row.medians)
            medians.append(median);
        growthRows.append(QJsonObject{
            {QStringLiteral("group"), entry.group},
            {QStringLiteral("operation"), entry.row.operation},
            {QStringLiteral("sizes"), QJsonArray::fromStringList(m_growthSizes)},
            {QStringLiteral("medians_ms"), medians},
            {QStringLiteral("growth"), factor ? QJsonValue(*factor) : QJsonValue()},
            {QStringLiteral("max_growth"),
             entry.row.maxGrowth ? QJsonValue(*entry.row.maxGrowth) : QJsonValue()},
            {QStringLiteral("target_met"), growthMet(entry.row)},
        });
    }
    const QJsonObject targets{{QStringLiteral("max_floor_ratio"), Targets::MaxFloorRatio},
                              {QStringLiteral("min_speed_up"), Targets::MinSpeedUp},
                              {QStringLiteral("max_interactive_ms"), Targets::MaxInteractiveMs},
                              {QStringLiteral("max_memory_growth_mib"), Targets::MaxMemoryGrowthMb}};
    QJsonObject groupNotes;
    for (auto it = m_groupNotes.constBegin(); it != m_groupNotes.constEnd(); ++it)
        groupNotes.insert(it.key(), it.value());
    const QJsonObject root{{QStringLiteral("environment"), m_environment},
                           {QStringLiteral("targets"), targets},
                           {QStringLiteral("timings"), timings},
                           {QStringLiteral("memory"), memory},
                           {QStringLiteral("growth"), growthRows},
                           {QStringLiteral("notes"), QJsonArray::fromStringList(m_notes)},
                           {QStringLiteral("group_notes"), groupNotes},
                           {QStringLiteral("all_targets_met"), allTargetsMet()}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace bk::bench
