// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>

class QIODevice;

namespace bk {

/// SHA-256 through OpenSSL's libcrypto, which uses the processor's SHA instructions where it has them: the
/// hash of a backup, an export, a signed PDF and every audit event. (QCryptographicHash took a third of a
/// backup's time.)
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void add(QByteArrayView data);
    /// Adds everything `device` has left to read; false when reading failed.
    bool add(QIODevice &device);
    /// The 32 bytes of the hash of everything added.
    QByteArray result();

    /// The 32 bytes of the hash of `data`.
    static QByteArray of(QByteArrayView data);
    /// The same as lowercase hexadecimal, as documents, manifests and the database hold it.
    static QString hexOf(QByteArrayView data);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace bk
