// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/import/ImportReader.h"

#include <optional>

namespace bk {

/// Reads vCard 2.1, 3.0 and 4.0 (RFC 6350) address books: several entries per file, folded lines,
/// quoted-printable values with a CHARSET (as Android writes them), grouped properties (Apple's
/// "item1.EMAIL"). Each entry becomes one row with the columns FN (or the name N composes), NICKNAME,
/// EMAIL, TEL and NOTE; the preferred email and phone when marked, else the first. Photos and every other
/// property are skipped.
class VCardReader : public ImportReader {
    Q_DECLARE_TR_FUNCTIONS(VCardReader)
public:
    explicit VCardReader(std::unique_ptr<QIODevice> device);

    QStringList headers() const override;
    Result<bool> next(ImportRow *row) override;

private:
    /// The next unfolded line (its number in m_unfoldedLine); false at the end.
    Result<bool> readUnfolded(QString *line);

    /// The line read ahead to see whether it continues the one before, and its number.
    std::optional<QString> m_pending;
    qint64 m_pendingLine = 0;
    qint64 m_unfoldedLine = 0;
};

} // namespace bk
