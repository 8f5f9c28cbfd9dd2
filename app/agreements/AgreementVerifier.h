// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "common/Result.h"
#include "storage/AgreementRepository.h"

#include <QString>
#include <optional>

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
    Outcome outcome = Outcome::Unknown;
    /// The agreement matched or named by the file; empty for Unknown.
    std::optional<AgreementSummary> agreement;
    /// Lower-case hex SHA-256 of the file.
    QString sha256;
    /// A sentence saying what was found and why.
    QString reason;
};

/// Checks whether a PDF is an unaltered signed agreement from this database, by its SHA-256.
///
/// A file whose hash is unknown is searched for an agreement document ID (every agreement PDF carries it
/// in its title metadata): a known ID makes the file "altered", otherwise it is "unknown".
class AgreementVerifier {
public:
    explicit AgreementVerifier(const Database &database)
        : m_db(database) {}

    Result<VerificationResult> verifyFile(const QString &path) const;
    /// Reads `device` from its current position to the end, streaming the hash.
    Result<VerificationResult> verify(QIODevice &device) const;

private:
    const Database &m_db;
};

} // namespace bk
