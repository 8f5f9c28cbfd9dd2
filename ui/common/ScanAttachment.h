// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

class QWidget;

namespace bk {

/// A scan of a paper original signed by hand (a PDF or an image), kept with its paper signature; shared by
/// the agreement wizard and the contract's paper signing.
struct ScanAttachment {
    Q_DECLARE_TR_FUNCTIONS(ScanAttachment)

public:
    QByteArray bytes;
    QString mime;

    /// Asks for the scan file (the file dialog named `dialogName`) and reads it; std::nullopt when cancelled,
    /// or when the file is too large or unreadable (the reason shown).
    static std::optional<ScanAttachment> choose(QWidget *parent, const QString &dialogName);
    /// "No scan attached", or what is attached and how large it is.
    static QString describe(const QByteArray &bytes, const QString &mime);
};

} // namespace bk
