// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace bk {

/// A boundary's texts in one further language (the title is what counts as "translated").
struct BoundaryTexts {
    QString title;
    QString description;
    QString appropriate;
    QString consequence;

    friend bool operator==(const BoundaryTexts &, const BoundaryTexts &) = default;
};

/// A ladder step's texts in one further language.
struct StepTexts {
    QString title;
    QString description;

    friend bool operator==(const StepTexts &, const StepTexts &) = default;
};

/// One boundary of the practice's policy, binding both the practitioner and the client.
struct Boundary {
    /// Stable identifier across versions, lower case ASCII with underscores, e.g. "after_hours_contact".
    QString key;
    QString title;
    QString description; ///< the boundary in plain language
    QString appropriate; ///< what appropriate behaviour looks like
    QString consequence; ///< what happens when it is crossed
    /// Retired boundaries stay in the draft (so they can be restored) but are left out of new versions.
    bool retired = false;
    /// The texts in the policy's other languages, by language code ("de"); the fields above are in the
    /// policy's main language (PolicyDocument::language).
    QMap<QString, BoundaryTexts> translations = {};

    friend bool operator==(const Boundary &, const Boundary &) = default;
};

/// One step of the consequence ladder the practice follows when a boundary is crossed.
struct LadderStep {
    QString key; ///< stable identifier, like Boundary::key
    QString title;
    QString description;
    /// The texts in the policy's other languages, by language code.
    QMap<QString, StepTexts> translations = {};

    friend bool operator==(const LadderStep &, const LadderStep &) = default;
};

/// The content of a policy: boundaries and ladder, each in display order. The draft is one; every
/// published version holds one (without retired boundaries).
struct PolicyDocument {
    QList<Boundary> boundaries;
    QList<LadderStep> ladder;
    /// The language of the main texts (a DocumentLanguage code): the practice's language.
    QString language = QStringLiteral("en");

    /// The boundaries that are not retired, in order: what a version publishes.
    QList<Boundary> activeBoundaries() const;
    /// The document a publish would freeze: active boundaries only.
    PolicyDocument publishable() const;

    const Boundary *boundary(const QString &key) const;
    Boundary *boundary(const QString &key);
    const LadderStep *step(const QString &key) const;

    /// The languages every active boundary and every step has a title in, the main language first: the
    /// languages documents can be produced in.
    QStringList languages() const;
    /// The titles (in the main language) of the active boundaries and steps that have no title in
    /// `language`; empty for the main language.
    QStringList missingTexts(const QString &language) const;
    /// This document with the texts of `language` as its main texts (its language set to it): what a
    /// document in that language prints. Items without a title in `language` keep their main texts.
    PolicyDocument inLanguage(const QString &language) const;

    /// Sentences describing what must be corrected before the document can be saved; empty when valid.
    /// Checks keys (well-formed, unique) and that every boundary and step has a title.
    QStringList problems() const;

    /// The built-in policy from the practice brief: 11 boundaries and 7 ladder steps, in the interface
    /// language (DocumentLanguage::interfaceCode()) with every other document language as translations.
    static PolicyDocument defaults();

    friend bool operator==(const PolicyDocument &, const PolicyDocument &) = default;
};

/// A published, frozen version of the policy.
struct PolicyVersion {
    int version = 0;       ///< 1, 2, ...
    QDateTime publishedAt; ///< UTC
    /// Lower-case hex SHA-256 of canonicalText (UTF-8).
    QString sha256;
    /// The exact text the hash was computed over; see PolicyCanonical.
    QByteArray canonicalText;
    PolicyDocument document;
};

/// A published version without its content, for lists.
struct PolicyVersionSummary {
    int version = 0;
    QDateTime publishedAt; ///< UTC
    QString sha256;
    int boundaryCount = 0;
};

namespace PolicyKeys {
/// Whether `key` is a well-formed boundary or step key: [a-z][a-z0-9_]*, at most 64 characters.
bool isValid(const QString &key);
/// A new well-formed key made from `title` ("Phone calls at night" -> "phone_calls_at_night"), made unique
/// against `taken` with a numeric suffix.
QString fromTitle(const QString &title, const QStringList &taken);
} // namespace PolicyKeys

} // namespace bk
