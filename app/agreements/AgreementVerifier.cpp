// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "AgreementVerifier.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace bk {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("AgreementVerifier", text);
}

constexpr qint64 ChunkSize = 1 << 20;
// A UUID is 36 characters; in UTF-16 metadata twice as many bytes. Chunks overlap by that much.
constexpr qint64 Overlap = 72;
constexpr int MaxCandidates = 64;

/// Document IDs (UUIDs) written anywhere in the rest of `device`, as ASCII or UTF-16 text.
QStringList documentIdsIn(QIODevice &device) {
    static const QRegularExpression uuid(
        QStringLiteral("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"));
    QSet<QString> seen;
    QStringList ids;
    QByteArray tail;
    while (!device.atEnd() && ids.size() < MaxCandidates) {
        QByteArray chunk = tail + device.read(ChunkSize);
        tail = chunk.right(Overlap);
        // Dropping NUL bytes turns UTF-16 text of ASCII characters into plain ASCII.
        chunk.replace('\0', QByteArray());
        const QString text = QString::fromLatin1(chunk);
        for (QRegularExpressionMatchIterator it = uuid.globalMatch(text); it.hasNext();) {
            const QString id = it.next().captured().toLower();
            if (!seen.contains(id)) {
                seen.insert(id);
                ids.append(id);
            }
        }
    }
    return ids;
}

} // namespace

Result<VerificationResult> AgreementVerifier::verifyFile(const QString &path) const {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io, tr("%1 could not be opened: %2").arg(path, file.errorString())};
    return verify(file);
}

Result<VerificationResult> AgreementVerifier::verify(QIODevice &device) const {
    const qint64 start = device.pos();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&device))
        return Error{Error::Kind::Io, tr("The file could not be read: %1").arg(device.errorString())};
    VerificationResult result;
    result.sha256 = QString::fromLatin1(hash.result().toHex());
    const AgreementRepository repository(m_db);

    Result<std::optional<AgreementSummary>> match = repository.findSignedByPdfSha256(result.sha256);
    if (!match)
        return match.error();
    if (match.value()) {
        const AgreementSummary &agreement = *match.value();
        result.outcome = VerificationResult::Outcome::Match;
        result.agreement = agreement;
        result.reason =
            tr("The file is the unaltered agreement %1 with %2 on policy version %3, signed on %4 "
               "(UTC).")
                .arg(agreement.documentId, agreement.clientName)
                .arg(agreement.policyVersion)
                .arg(agreement.signedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        return result;
    }

    if (!device.isSequential() && !device.seek(start))
        return Error{Error::Kind::Io, tr("The file could not be read again: %1").arg(device.errorString())};
    for (const QString &id : documentIdsIn(device)) {
        Result<std::optional<AgreementSummary>> named = repository.findByDocumentId(id);
        if (!named)
            return named.error();
        if (!named.value())
            continue;
        const AgreementSummary &agreement = *named.value();
        result.outcome = VerificationResult::Outcome::Altered;
        result.agreement = agreement;
        result.reason =
            agreement.state == AgreementState::Signed
                ? tr("The file names agreement %1 with %2, but it is not the PDF that was signed: its "
                     "SHA-256 "
                     "differs from the one stored when the agreement was signed. The file has been altered.")
                      .arg(agreement.documentId, agreement.clientName)
                : tr("The file names agreement %1 with %2, which has not been signed yet: it is a draft or "
                     "unsigned copy, not a signed agreement.")
                      .arg(agreement.documentId, agreement.clientName);
        return result;
    }
    result.outcome = VerificationResult::Outcome::Unknown;
    result.reason = tr("The file is not an agreement from this practice's records: neither its SHA-256 nor "
                       "any document ID in it is known.");
    return result;
}

} // namespace bk
