// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/OpenPractice.h"

#include "app/storage/Database.h"
#include "app/storage/ServerAddress.h"

namespace bk {

bool OpenPractice::isReadOnly() const {
    return m_db->isReadOnly();
}

bool OpenPractice::isReadOnlyByFile() const {
    return m_db->isReadOnlyByFile();
}

QString OpenPractice::path() const {
    return m_db->path();
}

bool OpenPractice::isServer() const {
    return m_db->isServer();
}

QString OpenPractice::serverDatabase() const {
    const Result<ServerAddress> address = ServerAddress::parse(m_db->path());
    return address ? address.value().database() : QString();
}

QString OpenPractice::serverHosts() const {
    const Result<ServerAddress> address = ServerAddress::parse(m_db->path());
    if (!address)
        return {};
    // libpq takes a host that begins with a slash as the folder of a Unix socket.
    const QString hosts = address.value().hosts();
    return hosts.startsWith(QLatin1Char('/')) ? QString() : hosts;
}

Status OpenPractice::checkWritable() const {
    return m_db->checkWritable();
}

ChangeNotifier *OpenPractice::notifier() const {
    return m_db->notifier();
}

Status OpenPractice::reconnect() const {
    return m_db->reconnect();
}

bool OpenPractice::isConnectionLost() const {
    return m_db->isConnectionLost();
}

Result<QString> OpenPractice::changeMarker() const {
    return m_db->changeMarker();
}

void OpenPractice::announceEverything() const {
    m_db->announceEverything();
}

QString OpenPractice::auditAnchorProblem() const {
    return m_db->auditAnchorProblem();
}

bool OpenPractice::fullCheckPending() const {
    return m_db->fullCheckPending();
}

void OpenPractice::markFullyChecked() const {
    m_db->markFullyChecked();
}

} // namespace bk
