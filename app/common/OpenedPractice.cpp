// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/OpenedPractice.h"

#include "app/backup/BackupService.h"
#include "app/storage/Database.h"
#include "app/storage/ServerAddress.h"

namespace bk {

OpenedPractice::OpenedPractice(std::unique_ptr<Database> database)
    : m_db(std::move(database)) {}

OpenedPractice::~OpenedPractice() = default;

Result<std::unique_ptr<OpenedPractice>> OpenedPractice::open(const QString &location, const QString &password,
                                                             const std::function<bool()> &checking) {
    Database::Options options;
    options.password = password;
    options.quickCheck = true;
    options.checking = checking;
    // As at start: an upgrade of the schema changes the practice for good, so a backup is taken first.
    options.beforeUpgrade = &BackupService::beforeUpgrade;
    Result<std::unique_ptr<Database>> opened = Database::open(location, options);
    if (!opened)
        return opened.error();
    return std::make_unique<OpenedPractice>(std::move(opened).value());
}

Status OpenedPractice::tryServer(const QString &url, const QString &password) {
    if (!isServerUrl(url))
        return ServerAddress::parse(url).error();
    Database::Options options;
    options.password = password;
    const Result<std::unique_ptr<Database>> opened = Database::open(url, options);
    if (!opened)
        return opened.error();
    return {};
}

bool OpenedPractice::isServerUrl(const QString &location) {
    return Database::isServerUrl(location);
}

QString OpenedPractice::withoutPassword(const QString &url) {
    return ServerAddress::withoutPassword(url);
}

QString OpenedPractice::passwordIn(const QString &url) {
    const Result<ServerAddress> address = ServerAddress::parse(url);
    return address ? address.value().password() : QString();
}

OpenPractice OpenedPractice::practice() const {
    return *m_db;
}

} // namespace bk
