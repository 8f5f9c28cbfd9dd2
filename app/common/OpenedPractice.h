// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"
#include "app/common/Result.h"

#include <QString>
#include <functional>
#include <memory>

namespace bk {

class Database;

/// A practice the desktop opened, owning its database: what the window switches between when the user opens
/// another file or connects to a server. Also what the Connect dialog needs to know of server addresses,
/// without the storage layer.
class OpenedPractice {
public:
    explicit OpenedPractice(std::unique_ptr<Database> database);
    ~OpenedPractice();
    OpenedPractice(const OpenedPractice &) = delete;
    OpenedPractice &operator=(const OpenedPractice &) = delete;

    /// Opens the practice at `location` (a file's path or a server's URL); `password` is used for a server
    /// whose URL holds none. A file that changed since it was last checked gets the quick check and the
    /// check of its references first, calling `checking` now and then (false stops it: Cancelled); the full
    /// check is then left to IntegrityCheckWorker.
    static Result<std::unique_ptr<OpenedPractice>> open(const QString &location, const QString &password,
                                                        const std::function<bool()> &checking = {});
    /// Connects to the server at `url` with `password` the way open() does (an empty practice database is
    /// made ready, one that is not Boundary Keeper's is refused) and closes the connection again. Runs in
    /// the calling thread: the Connect dialog calls it off the GUI thread.
    static Status tryServer(const QString &url, const QString &password);

    /// Whether `location` names a server rather than a file.
    static bool isServerUrl(const QString &location);
    /// `url` without its password: what is shown, remembered and used as the keyring's key.
    static QString withoutPassword(const QString &url);
    /// The password `url` holds, or empty.
    static QString passwordIn(const QString &url);

    OpenPractice practice() const;

private:
    std::unique_ptr<Database> m_db;
};

} // namespace bk
