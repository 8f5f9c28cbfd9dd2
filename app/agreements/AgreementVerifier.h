// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/agreements/PdfMarks.h"
#include "app/common/Result.h"
#include "app/storage/AgreementRepository.h"
#include "app/storage/ContractRepository.h"

#include <QString>
#include <QStringList>
#include <optional>

class QFile;
class QIODevice;

namespace bk {

class Database;

/// What verifying a file found.
struct VerificationResult {
    enum class Outcome {
        Match,   ///< the file is exactly a signed agreement's stored PDF
        Altered, ///< the file names a known agreement, but its bytes differ from the stored PDF
        Unknown, ///< the file is not an agreement from this database
    };
    /// Which kind of signed document the file is or names (Match and Altered).
    enum class Document { Agreement, Contract };

    Outcome outcome = Outcome::Unknown;
    Document document = Document::Agreement;
    /// The agreement matched or named by the file; empty for Unknown and for a contract.
    std::optional<AgreementSummary> agreement;
    /// The behavioural contract matched or named by the file; empty for Unknown and for an agreement.
    std::optional<ContractSummary> contract;
    /// The matched or named document's ID and client, whichever kind it is; empty for Unknown.
    QString documentId;
    QString clientName;
    /// Lower-case hex SHA-256 of the file.
    QString sha256;
    /// The audit trail's head the file says it was signed at; found only in a file that is not a stored
    /// signed PDF (Altered, Unknown), invalid when it carries none.
    AuditHead auditHead;
    /// A sentence saying what was found and why.
    QString reason;
};

/// Checks whether a PDF is an unaltered signed document from this database (a boundary agreement or a
/// behavioural contract), by its SHA-256.
///
/// A file whose hash is unknown is searched for a document ID (every agreement and contract PDF carries it
/// in its title metadata and footer): a known ID makes the file "altered", otherwise it is "unknown".
class AgreementVerifier {
public:
    explicit AgreementVerifier(const Database &database)
        : m_db(database) {}

    /// The largest file verifyFile() reads: signed PDFs are a few MiB at most.
    static constexpr qint64 MaxFileSize = qint64(64) * 1024 * 1024;

    /// Verifies the regular file at `path` (links are followed); a device, a pipe, a folder or a file
    /// larger than MaxFileSize is refused without reading it.
    Result<VerificationResult> verifyFile(const QString &path) const;
    /// Reads `device` from its current position to the end, streaming the hash.
    Result<VerificationResult> verify(QIODevice &device) const;

    /// The marks in the regular file at `path`, refused as verifyFile() refuses it.
    static Result<PdfMarks> marksInFile(const QString &path);

private:
    static Status openFile(const QString &path, QFile &file);

    const Database &m_db;
};

} // namespace bk
