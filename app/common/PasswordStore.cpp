// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/PasswordStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace bk {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(PasswordStore)
};

// All of Boundary Keeper's passwords are filed under this service in the keyring, by server.
const QString Service = QStringLiteral("Boundary Keeper practice server");

std::unique_ptr<PasswordStore> &current() {
    static std::unique_ptr<PasswordStore> store;
    return store;
}

// Runs `job` to its end and turns a failure into a sentence; a missing entry is not a failure.
Status run(QKeychain::Job &job) {
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    switch (job.error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return {};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error{Error::Kind::Denied, Tr::tr("The system keyring refused access to the password."),
                     job.errorString()};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return Error{Error::Kind::Io, Tr::tr("No system keyring is available on this desktop."),
                 job.errorString()};
}

} // namespace

PasswordStore &PasswordStore::instance() {
    if (!current())
        current() = std::make_unique<KeychainPasswordStore>();
    return *current();
}

void PasswordStore::setInstance(std::unique_ptr<PasswordStore> store) {
    current() = std::move(store);
}

Result<QString> KeychainPasswordStore::read(const QString &key) {
    QKeychain::ReadPasswordJob job(Service);
    job.setKey(key);
    if (Status done = run(job); !done)
        return done.error();
    return job.error() == QKeychain::EntryNotFound ? QString() : job.textData();
}

Status KeychainPasswordStore::write(const QString &key, const QString &password) {
    QKeychain::WritePasswordJob job(Service);
    job.setKey(key);
    job.setTextData(password);
    return run(job);
}

Status KeychainPasswordStore::remove(const QString &key) {
    QKeychain::DeletePasswordJob job(Service);
    job.setKey(key);
    return run(job);
}

} // namespace bk
