// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ProcessMemory.h"

#include <QFile>

namespace bk::bench {

ProcessMemory ProcessMemory::current() {
    ProcessMemory memory;
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return memory;
    // Lines look like "VmRSS:\t  123456 kB".
    const auto kilobytes = [](const QByteArray &line) {
        return line.mid(line.indexOf(':') + 1).trimmed().split(' ').value(0).toLongLong();
    };
    // Files in /proc report size 0, so read them whole instead of testing atEnd().
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            memory.residentKb = kilobytes(line);
        else if (line.startsWith("VmHWM:"))
            memory.peakKb = kilobytes(line);
    }
    return memory;
}

} // namespace bk::bench
