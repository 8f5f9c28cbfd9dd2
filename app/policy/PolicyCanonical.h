// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/policy/BoundaryPolicy.h"

#include <QByteArray>
#include <QString>

namespace bk {

/// The canonical text of a policy and its SHA-256: the same content gives the same bytes on every run and
/// platform, whatever order it was entered in and whenever it was published.
///
/// Format "boundary-keeper-policy/1": compact JSON, UTF-8, no whitespace between tokens, object keys in
/// byte order, written by this code (not by a JSON library, whose output may change between versions):
///
///     {"boundaries":[{"appropriate":…,"consequence":…,"description":…,"key":…,"title":…},…],
///      "format":"boundary-keeper-policy/1","ladder":[{"description":…,"key":…,"title":…},…]}
///
/// (shown on two lines here; the text is one line with no trailing newline).
///
/// Format "boundary-keeper-policy/2", for a policy with texts in more than its main language: the same, and
/// every boundary and step also has "texts" (between "key" and "title") holding each further language's
/// texts by language code in byte order, {"de":{"appropriate":…,"consequence":…,"description":…,"title":…}}
/// (steps: "description" and "title"), and after "ladder" comes "language": the main texts' language code.
/// The hash so covers every language of a version. A policy with one language is written in format 1.
/// Boundaries and ladder steps
/// appear in their display order; retired boundaries are left out; the version number and publishing time
/// are not part of it. Every text is NFC-normalised with line breaks as "\n" (CR LF and CR become LF).
/// Strings escape only `"` as `\"`, `\` as `\\`, and the control characters U+0000..U+001F and U+007F as
/// `\u00xx` (lower-case hex; "\n" is `\u000a`); everything else is written as raw UTF-8.
namespace PolicyCanonical {

/// The identifier written into the text as "format" for a policy in one language.
QString formatName();
/// The identifier for a policy with texts in several languages.
QString multilingualFormatName();
/// The canonical text of `document`'s publishable content.
QByteArray text(const PolicyDocument &document);
/// Lower-case hex SHA-256 of `canonicalText`.
QString sha256(const QByteArray &canonicalText);
/// Lower-case hex SHA-256 of text(document).
QString sha256(const PolicyDocument &document);
/// `text` as the canonical form stores it: NFC, LF line breaks. Stored texts are normalised this way too,
/// so what is shown is exactly what was hashed.
QString normalized(const QString &text);

} // namespace PolicyCanonical

} // namespace bk
