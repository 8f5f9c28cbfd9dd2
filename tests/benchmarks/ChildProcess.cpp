// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "tests/benchmarks/ChildProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace bk::bench {

namespace {

Error failure(const QString &what) {
    return Error{Error::Kind::Io,
                 QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(std::strerror(errno)))};
}

/// NUL-terminated C strings kept alive for posix_spawn().
struct CStrings {
    QList<QByteArray> storage;
    std::vector<char *> pointers;

    explicit CStrings(const QStringList &strings) {
        for (const QString &string : strings)
            storage.append(QFile::encodeName(string));
        for (QByteArray &bytes : storage)
            pointers.push_back(bytes.data());
        pointers.push_back(nullptr);
    }
};

/// Closes both ends of a pipe when it goes out of scope.
struct Pipe {
    int fds[2] = {-1, -1};
    ~Pipe() {
        for (int fd : fds) {
            if (fd >= 0)
                ::close(fd);
        }
    }
    void closeEnd(int end) {
        ::close(fds[end]);
        fds[end] = -1;
    }
};

/// The last line the spawner prints: the child's peak resident memory in KiB.
constexpr char PeakLine[] = "spawned-peak-rss-kib ";

} // namespace

int spawnAndMeasure(char **argv) {
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], nullptr, nullptr, argv, environ) != 0)
        return 127;
    int status = 0;
    rusage usage{};
    if (::wait4(pid, &status, 0, &usage) < 0)
        return 127;
    std::printf("\n%s%ld\n", PeakLine, usage.ru_maxrss);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

Result<ChildRun> runChild(const QString &program, const QStringList &arguments,
                          const QStringList &environment, const QByteArray &marker, int timeoutMs) {
    QStringList variables = QProcessEnvironment::systemEnvironment().toStringList();
    for (const QString &entry : environment) {
        const QString name = entry.section(QLatin1Char('='), 0, 0) + QLatin1Char('=');
        variables.erase(
            std::remove_if(variables.begin(), variables.end(),
                           [&name](const QString &variable) { return variable.startsWith(name); }),
            variables.end());
        variables.append(entry);
    }
    const CStrings argv(
        QStringList{QCoreApplication::applicationFilePath(), QString::fromLatin1(SpawnerOption), program} +
        arguments);
    const CStrings envp(variables);

    Pipe out;
    Pipe err;
    if (::pipe2(out.fds, O_CLOEXEC) != 0 || ::pipe2(err.fds, O_CLOEXEC) != 0)
        return failure(QStringLiteral("Cannot create a pipe"));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out.fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, err.fds[1], STDERR_FILENO);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv.storage.first().constData(), &actions, nullptr,
                                    argv.pointers.data(), envp.pointers.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        errno = spawned;
        return failure(QStringLiteral("Cannot start %1").arg(program));
    }
    out.closeEnd(1);
    err.closeEnd(1);

    ChildRun run;
    bool timedOut = false;
    pollfd fds[2] = {{out.fds[0], POLLIN, 0}, {err.fds[0], POLLIN, 0}};
    int open = 2;
    while (open > 0) {
        const int left = timeoutMs - int(timer.elapsed());
        if (left <= 0 || ::poll(fds, 2, left) == 0) {
            timedOut = true;
            ::kill(pid, SIGKILL);
            break;
        }
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            char buffer[4096];
            const ssize_t got = ::read(fds[i].fd, buffer, sizeof buffer);
            if (got <= 0) {
                fds[i].fd = -1;
                --open;
                continue;
            }
            QByteArray &target = i == 0 ? run.standardOutput : run.standardError;
            target.append(buffer, got);
            if (i == 0 && !marker.isEmpty() && !run.markerMs &&
                (target.startsWith(marker) || target.contains(QByteArray('\n' + marker))))
                run.markerMs = double(timer.nsecsElapsed()) / 1e6;
        }
    }
    int status = 0;
    if (::waitpid(pid, &status, 0) < 0)
        return failure(QStringLiteral("Cannot wait for %1").arg(program));
    run.totalMs = double(timer.nsecsElapsed()) / 1e6;
    const qsizetype peak = run.standardOutput.lastIndexOf(PeakLine);
    if (peak >= 0) {
        run.peakRssMb =
            run.standardOutput.mid(peak + qsizetype(std::strlen(PeakLine))).trimmed().toDouble() / 1024.0;
        run.standardOutput.truncate(peak);
    }
    if (timedOut)
        return Error{Error::Kind::Io,
                     QStringLiteral("%1 did not finish within %2 s.").arg(program).arg(timeoutMs / 1000)};
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

} // namespace bk::bench
