// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/agreements/SignatureStrokes.h"

#include <QByteArray>
#include <QDateTime>
#include <QImage>
#include <QString>
#include <optional>

namespace bk {

class DocumentLanguage;

/// How a signature was given.
enum class SignatureMethod {
    Drawn, ///< with mouse, pen or touch on the signature pad
    Typed, ///< the signer typed their full name (the keyboard alternative to drawing)
    Paper, ///< signed by hand on a printed copy; the paper original exists outside the app
};

namespace SignatureMethods {
/// Stable key stored in the database: "drawn", "typed" or "paper".
QString key(SignatureMethod method);
std::optional<SignatureMethod> fromKey(const QString &key);
/// Translated label, e.g. "Drawn by hand on screen".
QString label(SignatureMethod method);
/// The label in a document's language.
QString label(SignatureMethod method, const DocumentLanguage &language);
} // namespace SignatureMethods

/// One person's signature on an agreement: who, when, how, and what it looks like.
struct Signature {
    SignatureMethod method = SignatureMethod::Typed;
    QString signerName;
    QDateTime signedAt; ///< UTC
    /// Drawn: the vector strokes. Empty for the other methods.
    SignatureStrokes strokes;
    /// Typed: exactly what the signer typed.
    QString typedName;
    /// Drawn and typed: the PNG shown on the PDF (the strokes, or the typed name in a script-like style).
    QByteArray imagePng;
    /// Paper: where the original is kept, e.g. "Signed original in the client file".
    QString paperNote;
    /// Paper: an optional scan of the signed original, and its MIME type.
    QByteArray scan;
    QString scanMime;

    /// A drawn signature with its rendered image.
    static Signature drawn(const QString &signerName, const SignatureStrokes &strokes, const QDateTime &at);
    /// A typed signature with its rendered image.
    static Signature typed(const QString &signerName, const QString &typedName, const QDateTime &at);
    /// A signature on paper; `note` defaults to a sentence saying a paper original exists.
    static Signature paper(const QString &signerName, const QDateTime &at, const QString &note = {});

    /// The pixel size signature images are rendered at (AspectRatio wide).
    static QSize imageSize();
    /// `text` in DejaVu Serif Italic on white, as a typed signature appears on the agreement.
    static QImage renderTyped(const QString &text, const QSize &size);

    /// Sentences describing what is missing for this to count as a signature; empty when complete.
    QStringList problems() const;
};

} // namespace bk
