// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"

#include <QByteArray>
#include <QStringList>
#include <optional>

namespace bk::bench {

/// What running a child process to its end showed.
struct ChildRun {
    int exitCode = -1;
    /// Milliseconds from starting the child until it printed a line starting with the marker on stdout.
    std::optional<double> markerMs;
    /// Milliseconds from starting the child until it exited.
    double totalMs = 0;
    /// The child's peak resident memory (getrusage's ru_maxrss, the same as VmHWM), in MiB.
    double peakRssMb = 0;
    QByteArray standardOutput;
    QByteArray standardError;
};

/// Runs `program` with `arguments` and `environment` ("NAME=value" entries added to this process's) to its
/// end, timing it and reading its peak memory; the child is killed after `timeoutMs`.
///
/// The peak memory comes from wait4(). Linux starts a child's peak at its parent's resident size (exec takes
/// over the peak of the memory it replaces), so the child is started through a small spawner: this
/// executable started with SpawnerOption, before it has built anything, which reaps the child and prints
/// its peak.
Result<ChildRun> runChild(const QString &program, const QStringList &arguments,
                          const QStringList &environment = {}, const QByteArray &marker = {},
                          int timeoutMs = 300000);

/// The first argument that makes this executable the spawner of runChild().
inline constexpr char SpawnerOption[] = "--spawn-and-measure";
/// The spawner: runs `argv` (a NULL-terminated program and arguments) with this process's standard streams
/// and environment, waits for it and prints its peak memory as a last stdout line. Returns its exit code.
int spawnAndMeasure(char **argv);

} // namespace bk::bench
