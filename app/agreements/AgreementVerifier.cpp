// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/AgreementVerifier.h"

#include "app/common/Sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <type_traits>

namespace bk {

namespace {

// lupdate files these messages under "AgreementVerifier", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(AgreementVerifier)
};

} // namespace

Status AgreementVerifier::openFile(const QString &path, QFile &file) {
    if (path.trimmed().isEmpty())
        return Error{Error::Kind::Invalid, Tr::tr("No file was named: name the PDF file to verify.")};
    // Only a regular file (a link is followed to one) is read: a device such as /dev/zero or a named pipe
    // would be read for ever, or block until something writes to it.
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        return Error{Error::Kind::Io, Tr::tr("%1 could not be opened: it does not exist.").arg(shown)};
    if (info.isDir())
        return Error{Error::Kind::Invalid, Tr::tr("%1 is a folder; name a PDF file inside it.").arg(shown)};
    if (!info.isFile())
        return Error{
            Error::Kind::Invalid,
            Tr::tr("%1 is not a regular file (it is a device, a pipe or a socket); only files can be "
                   "verified.")
                .arg(shown)};
    const auto tooLarge = [&shown](qint64 size) {
        return Error{
            Error::Kind::Invalid,
            Tr::tr("%1 is %2 MiB; a file larger than %3 MiB is not verified, as no signed document comes "
                   "near that size.")
                .arg(shown)
                .arg(size / (1024 * 1024))
                .arg(MaxFileSize / (1024 * 1024))};
    };
    if (info.size() > MaxFileSize)
        return tooLarge(info.size());
    file.setFileName(info.canonicalFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io, Tr::tr("%1 could not be opened: %2").arg(shown, file.errorString())};
    // Checked again on the open file: it may have been replaced or grown since.
    if (!QFileInfo(file).isFile())
        return Error{Error::Kind::Invalid,
                     Tr::tr("%1 is not a regular file; only files can be verified.").arg(shown)};
    if (file.size() > MaxFileSize)
        return tooLarge(file.size());
    return {};
}

Result<PdfMarks> AgreementVerifier::marksInFile(const QString &path) {
    QFile file;
    if (Status opened = openFile(path, file); !opened)
        return opened.error();
    return PdfMarks::read(file);
}

Result<VerificationResult> AgreementVerifier::verifyFile(const QString &path) const {
    QFile file;
    if (Status opened = openFile(path, file); !opened)
        return opened.error();
    return verify(file);
}

Result<VerificationResult> AgreementVerifier::verify(QIODevice &device) const {
    const qint64 start = device.pos();
    Sha256 hash;
    if (!hash.add(device))
        return Error{Error::Kind::Io, Tr::tr("The file could not be read: %1").arg(device.errorString())};
    VerificationResult result;
    result.sha256 = QString::fromLatin1(hash.result().toHex());
    const AgreementRepository agreements(m_db);
    const ContractRepository contracts(m_db);
    const auto found = [&result](VerificationResult::Outcome outcome, const auto &summary) {
        result.outcome = outcome;
        result.documentId = summary.documentId;
        result.clientName = summary.clientName;
        if constexpr (std::is_same_v<std::decay_t<decltype(summary)>, ContractSummary>) {
            result.document = VerificationResult::Document::Contract;
            result.contract = summary;
        } else {
            result.document = VerificationResult::Document::Agreement;
            result.agreement = summary;
        }
    };

    Result<std::optional<AgreementSummary>> agreement = agreements.findSignedByPdfSha256(result.sha256);
    if (!agreement)
        return agreement.error();
    if (const std::optional<AgreementSummary> &match = agreement.value()) {
        found(VerificationResult::Outcome::Match, *match);
        result.reason =
            Tr::tr("The file is the unaltered agreement %1 with %2 on policy version %3, signed on %4 "
                   "(UTC).")
                .arg(match->documentId, match->clientName)
                .arg(match->policyVersion)
                .arg(match->signedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        return result;
    }
    Result<std::optional<ContractSummary>> contract = contracts.findSignedByPdfSha256(result.sha256);
    if (!contract)
        return contract.error();
    if (const std::optional<ContractSummary> &match = contract.value()) {
        found(VerificationResult::Outcome::Match, *match);
        result.reason =
            Tr::tr("The file is the unaltered behavioural contract %1 with %2 (incident %3), signed on "
                   "%4 (UTC).")
                .arg(match->documentId, match->clientName)
                .arg(match->incidentId)
                .arg(match->signedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        return result;
    }

    if (!device.isSequential() && !device.seek(start))
        return Error{Error::Kind::Io,
                     Tr::tr("The file could not be read again: %1").arg(device.errorString())};
    const QString altered =
        Tr::tr("The file names %1 %2 with %3, but it is not the PDF that was signed: its SHA-256 "
               "differs from the one stored when it was signed. The file has been altered.");
    const QString draft =
        Tr::tr("The file names %1 %2 with %3, which has not been signed yet: it is a draft or "
               "unsigned copy, not a signed document.");
    const PdfMarks marks = PdfMarks::read(device);
    result.auditHead = marks.auditHead;
    for (const QString &id : marks.documentIds) {
        Result<std::optional<AgreementSummary>> namedAgreement = agreements.findByDocumentId(id);
        if (!namedAgreement)
            return namedAgreement.error();
        if (const std::optional<AgreementSummary> &named = namedAgreement.value()) {
            found(VerificationResult::Outcome::Altered, *named);
            result.reason = (named->state == AgreementState::Signed ? altered : draft)
                                .arg(Tr::tr("agreement"), named->documentId, named->clientName);
            return result;
        }
        Result<std::optional<ContractSummary>> namedContract = contracts.findByDocumentId(id);
        if (!namedContract)
            return namedContract.error();
        if (const std::optional<ContractSummary> &named = namedContract.value()) {
            found(VerificationResult::Outcome::Altered, *named);
            result.reason = (named->state == AgreementState::Signed ? altered : draft)
                                .arg(Tr::tr("behavioural contract"), named->documentId, named->clientName);
            return result;
        }
    }
    result.outcome = VerificationResult::Outcome::Unknown;
    result.reason =
        Tr::tr("The file is not an agreement or contract from this practice's records: neither its "
               "SHA-256 nor any document ID in it is known.");
    return result;
}

} // namespace bk
