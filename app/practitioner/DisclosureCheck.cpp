// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/practitioner/DisclosureCheck.h"

namespace bk {

CheckAnswer DisclosureAnswers::answer(DisclosureQuestion question) const {
    switch (question) {
    case DisclosureQuestion::ServesClient:
        return servesClient;
    case DisclosureQuestion::RelevantToGoal:
        return relevantToGoal;
    case DisclosureQuestion::Brief:
        return brief;
    case DisclosureQuestion::FocusReturns:
        return focusReturns;
    case DisclosureQuestion::ComfortableInRecord:
        return comfortableInRecord;
    }
    return CheckAnswer::Unanswered;
}

void DisclosureAnswers::setAnswer(DisclosureQuestion question, CheckAnswer answer) {
    switch (question) {
    case DisclosureQuestion::ServesClient:
        servesClient = answer;
        return;
    case DisclosureQuestion::RelevantToGoal:
        relevantToGoal = answer;
        return;
    case DisclosureQuestion::Brief:
        brief = answer;
        return;
    case DisclosureQuestion::FocusReturns:
        focusReturns = answer;
        return;
    case DisclosureQuestion::ComfortableInRecord:
        comfortableInRecord = answer;
        return;
    }
}

bool DisclosureAnswers::isComplete() const {
    for (DisclosureQuestion question : DisclosureCheck::questions()) {
        if (answer(question) == CheckAnswer::Unanswered)
            return false;
    }
    return true;
}

QList<DisclosureQuestion> DisclosureCheck::questions() {
    return {DisclosureQuestion::ServesClient, DisclosureQuestion::RelevantToGoal, DisclosureQuestion::Brief,
            DisclosureQuestion::FocusReturns, DisclosureQuestion::ComfortableInRecord};
}

QString DisclosureCheck::questionText(DisclosureQuestion question) {
    switch (question) {
    case DisclosureQuestion::ServesClient:
        return tr("Whose need does sharing this serve?");
    case DisclosureQuestion::RelevantToGoal:
        return tr("Is it relevant to what the client is working on?");
    case DisclosureQuestion::Brief:
        return tr("Can you say it in a sentence or two?");
    case DisclosureQuestion::FocusReturns:
        return tr("Will the focus come straight back to the client?");
    case DisclosureQuestion::ComfortableInRecord:
        return tr("Would you be comfortable seeing it in the record?");
    }
    return {};
}

QString DisclosureCheck::questionHint(DisclosureQuestion question) {
    switch (question) {
    case DisclosureQuestion::ServesClient:
        return tr("Wanting to vent, to be supported or to be understood is a need of your own.");
    case DisclosureQuestion::RelevantToGoal:
        return tr("A short experience can give hope or understanding when it speaks to their goal.");
    case DisclosureQuestion::Brief:
        return tr("How much is enough: the point, not the story.");
    case DisclosureQuestion::FocusReturns:
        return tr("Share, then hand the conversation back with a question about them.");
    case DisclosureQuestion::ComfortableInRecord:
        return tr("Imagine it written in your notes of the session.");
    }
    return {};
}

QString DisclosureCheck::answerLabel(DisclosureQuestion question, CheckAnswer answer) {
    if (answer == CheckAnswer::NotSure)
        return tr("Not sure");
    if (answer == CheckAnswer::Unanswered)
        return tr("Not answered");
    const bool yes = answer == CheckAnswer::Yes;
    if (question == DisclosureQuestion::ServesClient)
        return yes ? tr("The client's") : tr("Mine");
    return yes ? tr("Yes") : tr("No");
}

QString DisclosureCheck::reasonAgainst(DisclosureQuestion question) {
    switch (question) {
    case DisclosureQuestion::ServesClient:
        return tr("It would meet a need of your own, and clients are not confidants: take it to a colleague, "
                  "your supervisor or the people who support you.");
    case DisclosureQuestion::RelevantToGoal:
        return tr("It is not relevant to what the client is working on, so it would spend their time on your "
                  "story.");
    case DisclosureQuestion::Brief:
        return tr("It cannot be told briefly, and a long story turns the session towards you.");
    case DisclosureQuestion::FocusReturns:
        return tr("The focus would stay with you instead of coming straight back to the client.");
    case DisclosureQuestion::ComfortableInRecord:
        return tr(
            "You would not be comfortable seeing it in the record, a sign that it does not belong in the "
            "session.");
    }
    return {};
}

QString DisclosureCheck::reasonUnsure(DisclosureQuestion question) {
    switch (question) {
    case DisclosureQuestion::ServesClient:
        return tr("You are not sure whose need it would serve.");
    case DisclosureQuestion::RelevantToGoal:
        return tr("You are not sure it is relevant to what the client is working on.");
    case DisclosureQuestion::Brief:
        return tr("You are not sure you can keep it brief.");
    case DisclosureQuestion::FocusReturns:
        return tr("You are not sure the focus would come straight back to the client.");
    case DisclosureQuestion::ComfortableInRecord:
        return tr("You are not sure you would be comfortable seeing it in the record.");
    }
    return {};
}

std::optional<DisclosureAdvice> DisclosureCheck::advise(const DisclosureAnswers &answers) {
    if (!answers.isComplete())
        return std::nullopt;
    QStringList against;
    QStringList unsure;
    for (DisclosureQuestion question : questions()) {
        if (answers.answer(question) == CheckAnswer::No)
            against.append(reasonAgainst(question));
        else if (answers.answer(question) == CheckAnswer::NotSure)
            unsure.append(reasonUnsure(question));
    }
    // Rule 1: a clear "no" to any question.
    if (!against.isEmpty())
        return DisclosureAdvice{Recommendation::BetterNot, against};
    // Rule 2: when in doubt, don't share yet.
    if (!unsure.isEmpty())
        return DisclosureAdvice{Recommendation::TalkToSupervisor,
                                unsure
                                    << tr("When in doubt, don't: hold it back for now and talk it over with "
                                          "your supervisor.")};
    // Rule 3: every answer speaks for it.
    return DisclosureAdvice{Recommendation::GoAhead,
                            {tr("It serves the client, speaks to their goal and can be said briefly: share "
                                "it in a sentence or two, "
                                "then turn the conversation back to them.")}};
}

QString DisclosureCheck::recommendationLabel(Recommendation recommendation) {
    switch (recommendation) {
    case Recommendation::GoAhead:
        return tr("Go ahead, briefly");
    case Recommendation::BetterNot:
        return tr("Better not");
    case Recommendation::TalkToSupervisor:
        return tr("Talk to your supervisor first");
    }
    return {};
}

QString DisclosureCheck::recommendationKey(Recommendation recommendation) {
    switch (recommendation) {
    case Recommendation::GoAhead:
        return QStringLiteral("go_ahead");
    case Recommendation::BetterNot:
        return QStringLiteral("better_not");
    case Recommendation::TalkToSupervisor:
        return QStringLiteral("supervisor");
    }
    return {};
}

std::optional<Recommendation> DisclosureCheck::recommendationFromKey(const QString &key) {
    for (Recommendation recommendation :
         {Recommendation::GoAhead, Recommendation::BetterNot, Recommendation::TalkToSupervisor}) {
        if (recommendationKey(recommendation) == key)
            return recommendation;
    }
    return std::nullopt;
}

QString DisclosureCheck::answerKey(CheckAnswer answer) {
    switch (answer) {
    case CheckAnswer::Yes:
        return QStringLiteral("yes");
    case CheckAnswer::No:
        return QStringLiteral("no");
    case CheckAnswer::NotSure:
        return QStringLiteral("not_sure");
    case CheckAnswer::Unanswered:
        break;
    }
    return {};
}

std::optional<CheckAnswer> DisclosureCheck::answerFromKey(const QString &key) {
    for (CheckAnswer answer : {CheckAnswer::Yes, CheckAnswer::No, CheckAnswer::NotSure}) {
        if (answerKey(answer) == key)
            return answer;
    }
    return std::nullopt;
}

QString DisclosureCheck::questionKey(DisclosureQuestion question) {
    switch (question) {
    case DisclosureQuestion::ServesClient:
        return QStringLiteral("serves_client");
    case DisclosureQuestion::RelevantToGoal:
        return QStringLiteral("relevant_to_goal");
    case DisclosureQuestion::Brief:
        return QStringLiteral("brief");
    case DisclosureQuestion::FocusReturns:
        return QStringLiteral("focus_returns");
    case DisclosureQuestion::ComfortableInRecord:
        return QStringLiteral("comfortable_in_record");
    }
    return {};
}

} // namespace bk
