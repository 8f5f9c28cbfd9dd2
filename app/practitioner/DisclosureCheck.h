// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace bk {

/// How the practitioner answered one question of the disclosure check.
enum class CheckAnswer { Unanswered, Yes, No, NotSure };

/// The questions a practitioner asks before sharing something personal with a client. Each is asked so that
/// "yes" speaks for sharing.
enum class DisclosureQuestion {
    ServesClient,        ///< Whose need does it serve: the client's (yes) or mine (no)?
    RelevantToGoal,      ///< Is it relevant to what the client is working on?
    Brief,               ///< Can it be said in a sentence or two?
    FocusReturns,        ///< Will the focus return to the client at once?
    ComfortableInRecord, ///< Would I be comfortable seeing it in the record?
};

/// The practitioner's answers to the five questions.
struct DisclosureAnswers {
    CheckAnswer servesClient = CheckAnswer::Unanswered;
    CheckAnswer relevantToGoal = CheckAnswer::Unanswered;
    CheckAnswer brief = CheckAnswer::Unanswered;
    CheckAnswer focusReturns = CheckAnswer::Unanswered;
    CheckAnswer comfortableInRecord = CheckAnswer::Unanswered;

    CheckAnswer answer(DisclosureQuestion question) const;
    void setAnswer(DisclosureQuestion question, CheckAnswer answer);
    /// Whether every question has an answer ("not sure" is one).
    bool isComplete() const;

    friend bool operator==(const DisclosureAnswers &, const DisclosureAnswers &) = default;
};

/// What the check recommends.
enum class Recommendation { GoAhead, BetterNot, TalkToSupervisor };

/// The recommendation and why, one sentence per reason: never a score.
struct DisclosureAdvice {
    Recommendation recommendation = Recommendation::BetterNot;
    QStringList reasons;
};

/// The disclosure check: the questions, their answers' wording, and the rules that turn the answers into a
/// plain recommendation ("Go ahead, briefly", "Better not", "Talk to your supervisor first").
///
/// The rules, in the order they apply (advise()):
///  1. A clear "no" to any question: better not. Sharing to vent, to be supported or to be validated serves
///     the practitioner, not the client; so does anything beside the client's goal, a long story, one that
///     keeps the focus on the practitioner, or one they would not want to see in the record.
///  2. Otherwise, any "not sure": talk to your supervisor first. When in doubt, don't share yet.
///  3. Otherwise every answer speaks for it: go ahead, briefly, and turn back to the client.
class DisclosureCheck {
    Q_DECLARE_TR_FUNCTIONS(DisclosureCheck)
public:
    /// The questions in the order they are asked.
    static QList<DisclosureQuestion> questions();
    /// The question as the practitioner reads it, e.g. "Whose need does sharing this serve?"
    static QString questionText(DisclosureQuestion question);
    /// A line under the question saying what it is about; may be empty.
    static QString questionHint(DisclosureQuestion question);
    /// The wording of an answer to `question`, e.g. "The client's" for ServesClient and Yes.
    static QString answerLabel(DisclosureQuestion question, CheckAnswer answer);

    /// The recommendation for complete answers; std::nullopt while a question is unanswered.
    static std::optional<DisclosureAdvice> advise(const DisclosureAnswers &answers);

    /// The recommendation in words: "Go ahead, briefly", "Better not", "Talk to your supervisor first".
    static QString recommendationLabel(Recommendation recommendation);
    /// Stable keys stored in the database and printed by the command line: "go_ahead", "better_not",
    /// "supervisor".
    static QString recommendationKey(Recommendation recommendation);
    static std::optional<Recommendation> recommendationFromKey(const QString &key);

    /// Stable keys of an answer: "yes", "no", "not_sure" (empty for Unanswered).
    static QString answerKey(CheckAnswer answer);
    static std::optional<CheckAnswer> answerFromKey(const QString &key);
    /// Stable keys of a question, e.g. "serves_client", for the command line's CSV and JSON.
    static QString questionKey(DisclosureQuestion question);

private:
    /// Why a "no" to `question` speaks against sharing.
    static QString reasonAgainst(DisclosureQuestion question);
    /// What a "not sure" to `question` leaves open.
    static QString reasonUnsure(DisclosureQuestion question);
};

} // namespace bk
