// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"
#include "app/practitioner/Reflection.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace bk {

class Database;

/// The practitioner's private reflection: disclosure checks recorded with what was decided, and the phrases
/// that turn a conversation back to the client's agenda. Every change refuses a read-only practice, is
/// validated, written in one transaction and announced once committed ("reflection_entries",
/// "redirect_phrases"). Reads go to ReflectionRepository. Nothing here ever reaches a document or an export
/// a client receives.
class ReflectionService {
    Q_DECLARE_TR_FUNCTIONS(ReflectionService)
public:
    static constexpr int MaxNoteLength = 20000;
    static constexpr int MaxPhraseLength = 300;

    explicit ReflectionService(const Database &database)
        : m_db(database) {}

    /// Records a reflection entry: the check's recommendation is worked out from the answers
    /// (DisclosureCheck::advise()); returns the new id. Refused with a sentence saying why when a question
    /// is unanswered, no decision is given, the date is in the future, the note holds a control character or
    /// the client does not exist.
    Result<qint64> record(const NewReflection &reflection) const;
    /// Changes entry `id` to `reflection`, its recommendation worked out again from the answers. Refused as
    /// record() is, when the entry does not exist, or when it is another practitioner's.
    Status update(qint64 id, const NewReflection &reflection) const;
    /// Deletes entry `id` for good (the audit trail keeps that it existed and was deleted, never its text).
    /// Refused when it does not exist or is another practitioner's.
    Status remove(qint64 id) const;
    Result<ReflectionEntry> get(qint64 id) const;
    Result<qint64> count(const ReflectionFilter &filter = {}) const;
    /// Up to `limit` entries of the list (newest first) that follow `after`, or the first ones without it.
    Result<QList<ReflectionEntry>> entries(const ReflectionFilter &filter, const ReflectionEntry *after,
                                           int limit) const;

    /// The practitioner's redirect phrases, or defaultRedirectPhrases() until they save their own.
    Result<QStringList> redirectPhrases() const;
    /// Saves the phrases in this order; blank ones are left out. Refused when one is too long or holds a
    /// control character.
    Status saveRedirectPhrases(const QStringList &phrases) const;
    /// A few calm ways to acknowledge and return to the client's agenda (translated).
    static QStringList defaultRedirectPhrases();

    static constexpr int MaxAnswerLength = 4000;
    /// The questions of the monthly reflection, answered in a few lines each (translated).
    static QStringList monthlyQuestions();
    /// The first day of the month holding `date`.
    static QDate monthOf(const QDate &date);
    /// What the month holding `date` looked like from the practitioner's side, in the practice's local days.
    Result<MonthlyReview> monthlyReview(const QDate &date) const;
    /// Records the reflection on the month holding `date` (replacing a skip or an earlier one): one answer
    /// per question, at least one of them written. Refused for a month still to come, or when an answer is
    /// too long or holds a control character. Announces "monthly_reflections".
    Result<qint64> reflectOnMonth(const QDate &date, const QStringList &answers) const;
    /// Skips the reflection on the month holding `date`; refused when it was reflected on already.
    Status skipMonth(const QDate &date) const;
    /// Every monthly reflection recorded (skipped ones included), the latest month first.
    Result<QList<MonthlyReflection>> monthlyReflections() const;
    /// The month the reminder asks about: the last month, when the practice was in use then and it was
    /// neither reflected on nor skipped; std::nullopt otherwise.
    Result<std::optional<QDate>> monthDue() const;

private:
    /// The entry `reflection` makes, checked as record() describes (without its id).
    Result<ReflectionEntry> checked(const NewReflection &reflection) const;
    /// Entry `id` when the signed-in practitioner may change it.
    Result<ReflectionEntry> ownEntry(qint64 id) const;

    const Database &m_db;
};

} // namespace bk
