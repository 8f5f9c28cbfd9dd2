// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/backup/BackupCipher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>
#include <sodium.h>

namespace bk {

namespace {

const QByteArray Magic = QByteArrayLiteral("BKBACKUP");
constexpr quint8 FormatVersion = 1;
constexpr qsizetype SaltBytes = crypto_pwhash_SALTBYTES;
// magic, version, opslimit and memlimit (little-endian 64-bit), salt.
constexpr qsizetype HeaderBytes = 8 + 1 + 8 + 8 + SaltBytes;
constexpr qsizetype StreamHeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qsizetype ChunkBytes = 64 * 1024;
constexpr qsizetype SealedChunkBytes = ChunkBytes + crypto_secretstream_xchacha20poly1305_ABYTES;
// A damaged header must not make the key derivation take hours or all memory: at most eight times
// libsodium's "sensitive" settings.
constexpr quint64 MaxOpsLimit = 8 * crypto_pwhash_OPSLIMIT_SENSITIVE;
constexpr quint64 MaxMemLimit = 8ULL * crypto_pwhash_MEMLIMIT_SENSITIVE;

QString shown(const QString &path) {
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// The key is kept in memory libsodium locks and wipes.
class Key {
public:
    Key() { sodium_mlock(m_bytes, sizeof m_bytes); }
    ~Key() { sodium_munlock(m_bytes, sizeof m_bytes); }
    Key(const Key &) = delete;
    Key &operator=(const Key &) = delete;
    unsigned char *data() { return m_bytes; }

    bool derive(const QByteArray &passphrase, const unsigned char *salt, quint64 opsLimit, quint64 memLimit) {
        return crypto_pwhash(m_bytes, sizeof m_bytes, passphrase.constData(),
                             static_cast<unsigned long long>(passphrase.size()), salt, opsLimit,
                             static_cast<size_t>(memLimit), crypto_pwhash_ALG_ARGON2ID13) == 0;
    }

private:
    unsigned char m_bytes[crypto_secretstream_xchacha20poly1305_KEYBYTES];
};

bool writeAll(QSaveFile &file, const QByteArray &bytes) {
    for (qsizetype written = 0; written < bytes.size();) {
        const qint64 count = file.write(bytes.constData() + written, bytes.size() - written);
        if (count <= 0)
            return false;
        written += count;
    }
    return true;
}

bool ready() {
    return sodium_init() >= 0;
}

const unsigned char *bytes(const QByteArray &array) {
    return reinterpret_cast<const unsigned char *>(array.constData());
}

} // namespace

QString BackupCipher::suffix() {
    return QStringLiteral(".bkenc");
}

bool BackupCipher::isEncrypted(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(Magic.size()) == Magic;
}

Status BackupCipher::encrypt(const QString &plainFile, const QString &encryptedFile,
                             const QByteArray &passphrase) {
    auto failed = [&](const QString &reason) -> Status {
        return Error{
            Error::Kind::Io,
            tr("The encrypted backup %1 could not be written: %2").arg(shown(encryptedFile), reason)};
    };
    if (!ready())
        return failed(tr("the encryption library could not be started."));
    if (passphrase.isEmpty())
        return Error{Error::Kind::Invalid, tr("An encrypted backup needs a passphrase.")};
    if (QFileInfo::exists(encryptedFile))
        return Error{Error::Kind::Invalid,
                     tr("%1 exists already; choose a new name for the backup.").arg(shown(encryptedFile))};
    QFile in(plainFile);
    if (!in.open(QIODevice::ReadOnly))
        return failed(in.errorString());

    QByteArray header = Magic;
    header.append(char(FormatVersion));
    const quint64 opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const quint64 memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    char number[8];
    qToLittleEndian(opsLimit, number);
    header.append(number, 8);
    qToLittleEndian(memLimit, number);
    header.append(number, 8);
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    header.append(salt);

    Key key;
    if (!key.derive(passphrase, bytes(salt), opsLimit, memLimit))
        return failed(tr("there is not enough memory to derive the key."));
    crypto_secretstream_xchacha20poly1305_state state;
    QByteArray streamHeader(StreamHeaderBytes, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(
        &state, reinterpret_cast<unsigned char *>(streamHeader.data()), key.data());

    QSaveFile out(encryptedFile);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered) ||
        !out.setPermissions(QFile::ReadOwner | QFile::WriteOwner) || !writeAll(out, header) ||
        !writeAll(out, streamHeader))
        return failed(out.errorString());
    QByteArray sealed(SealedChunkBytes, Qt::Uninitialized);
    bool last = false;
    while (!last) {
        const QByteArray chunk = in.read(ChunkBytes);
        if (in.error() != QFileDevice::NoError) {
            out.cancelWriting();
            return failed(in.errorString());
        }
        last = in.atEnd();
        unsigned long long sealedLength = 0;
        // Every chunk is bound to the header, so a changed opslimit, memlimit or salt is found too.
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char *>(sealed.data()), &sealedLength, bytes(chunk),
            static_cast<unsigned long long>(chunk.size()), bytes(header),
            static_cast<unsigned long long>(header.size()),
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        if (!writeAll(out, sealed.left(qsizetype(sealedLength)))) {
            const QString reason = out.errorString();
            out.cancelWriting();
            return failed(reason);
        }
    }
    if (!out.commit())
        return failed(out.errorString());
    return {};
}

Status BackupCipher::decrypt(const QString &encryptedFile, const QString &plainFile,
                             const QByteArray &passphrase) {
    const QString name = shown(encryptedFile);
    const Error damaged{
        Error::Kind::Damaged,
        tr("The encrypted backup %1 is damaged or incomplete; nothing was restored from it.").arg(name)};
    if (!ready())
        return Error{Error::Kind::Io, tr("The encryption library could not be started.")};
    QFile in(encryptedFile);
    if (!in.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io, tr("%1 could not be read: %2").arg(name, in.errorString())};
    const QByteArray header = in.read(HeaderBytes);
    if (header.size() < HeaderBytes || !header.startsWith(Magic))
        return Error{Error::Kind::Foreign, tr("%1 is not an encrypted Boundary Keeper backup.").arg(name)};
    if (quint8(header.at(Magic.size())) != FormatVersion)
        return Error{Error::Kind::TooNew,
                     tr("%1 was encrypted by a newer version of Boundary Keeper; update Boundary Keeper to "
                        "restore it.")
                         .arg(name)};
    const quint64 opsLimit = qFromLittleEndian<quint64>(header.constData() + Magic.size() + 1);
    const quint64 memLimit = qFromLittleEndian<quint64>(header.constData() + Magic.size() + 9);
    if (opsLimit < crypto_pwhash_OPSLIMIT_MIN || opsLimit > MaxOpsLimit ||
        memLimit < crypto_pwhash_MEMLIMIT_MIN || memLimit > MaxMemLimit)
        return damaged;
    const QByteArray streamHeader = in.read(StreamHeaderBytes);
    if (streamHeader.size() < StreamHeaderBytes)
        return damaged;

    Key key;
    if (!key.derive(passphrase, bytes(header.right(SaltBytes)), opsLimit, memLimit))
        return Error{Error::Kind::Io, tr("There is not enough memory to derive the key of %1.").arg(name)};
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, bytes(streamHeader), key.data()) != 0)
        return damaged;

    QSaveFile out(plainFile);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered) ||
        !out.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
        return Error{Error::Kind::Io,
                     tr("%1 could not be written: %2").arg(shown(plainFile), out.errorString())};
    QByteArray plain(ChunkBytes, Qt::Uninitialized);
    bool first = true;
    bool final = false;
    while (!final) {
        const QByteArray sealed = in.read(SealedChunkBytes);
        if (sealed.size() < qsizetype(crypto_secretstream_xchacha20poly1305_ABYTES)) {
            out.cancelWriting();
            return damaged; // cut short before the final chunk
        }
        unsigned long long plainLength = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<unsigned char *>(plain.data()), &plainLength, &tag, bytes(sealed),
                static_cast<unsigned long long>(sealed.size()), bytes(header),
                static_cast<unsigned long long>(header.size())) != 0) {
            out.cancelWriting();
            // The first chunk cannot be opened with a wrong key; a later one only when it was changed.
            if (first)
                return Error{Error::Kind::Invalid,
                             tr("The passphrase does not open %1 (or the file is damaged); nothing was "
                                "restored from it.")
                                 .arg(name)};
            return damaged;
        }
        first = false;
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        if (!writeAll(out, plain.left(qsizetype(plainLength)))) {
            const QString reason = out.errorString();
            out.cancelWriting();
            return Error{Error::Kind::Io, tr("%1 could not be written: %2").arg(shown(plainFile), reason)};
        }
    }
    if (!in.atEnd()) { // bytes after the final chunk were added
        out.cancelWriting();
        return damaged;
    }
    if (!out.commit())
        return Error{Error::Kind::Io,
                     tr("%1 could not be written: %2").arg(shown(plainFile), out.errorString())};
    return {};
}

} // namespace bk
