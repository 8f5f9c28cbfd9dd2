// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/Sha256.h"

#include <QIODevice>
#include <openssl/evp.h>

namespace bk {

struct Sha256::Context {
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(context); }
};

Sha256::Sha256()
    : m_context(std::make_unique<Context>()) {
    // Fails only when memory runs out, which Qt does not survive either.
    Q_CHECK_PTR(m_context->context);
    EVP_DigestInit_ex(m_context->context, EVP_sha256(), nullptr);
}

Sha256::~Sha256() = default;

void Sha256::add(QByteArrayView data) {
    EVP_DigestUpdate(m_context->context, data.data(), size_t(data.size()));
}

bool Sha256::add(QIODevice &device) {
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 read = device.read(chunk.data(), chunk.size());
        if (read < 0)
            return false;
        if (read == 0)
            return device.atEnd();
        add(QByteArrayView(chunk.constData(), read));
    }
}

QByteArray Sha256::result() {
    QByteArray hash(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context->context, reinterpret_cast<unsigned char *>(hash.data()), &length);
    hash.truncate(int(length));
    return hash;
}

QByteArray Sha256::of(QByteArrayView data) {
    Sha256 hash;
    hash.add(data);
    return hash.result();
}

QString Sha256::hexOf(QByteArrayView data) {
    return QString::fromLatin1(of(data).toHex());
}

} // namespace bk
