// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/practitioner/DisclosureCheck.h"

#include <QTest>

using namespace bk;

namespace {

constexpr CheckAnswer Y = CheckAnswer::Yes;
constexpr CheckAnswer N = CheckAnswer::No;
constexpr CheckAnswer U = CheckAnswer::NotSure;
constexpr CheckAnswer Unanswered = CheckAnswer::Unanswered;

DisclosureAnswers answers(CheckAnswer serves, CheckAnswer relevant, CheckAnswer brief, CheckAnswer focus,
                          CheckAnswer record) {
    return {serves, relevant, brief, focus, record};
}

} // namespace

class tst_DisclosureCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyRuleLeadsToItsRecommendation_data() {
        QTest::addColumn<DisclosureAnswers>("given");
        QTest::addColumn<Recommendation>("expected");
        QTest::addColumn<QStringList>("reasonsSay");

        // Rule 3: every answer speaks for it.
        QTest::newRow("a brief relevant story that serves the client can be shared")
            << answers(Y, Y, Y, Y, Y) << Recommendation::GoAhead
            << QStringList{QStringLiteral("share it in a sentence or two")};

        // Rule 1: a clear "no" to any one question.
        QTest::newRow("sharing to meet a need of your own is better not")
            << answers(N, Y, Y, Y, Y) << Recommendation::BetterNot
            << QStringList{QStringLiteral("clients are not confidants")};
        QTest::newRow("something beside the client's goal is better not")
            << answers(Y, N, Y, Y, Y) << Recommendation::BetterNot
            << QStringList{QStringLiteral("not relevant to what the client is working on")};
        QTest::newRow("a story that cannot be told briefly is better not")
            << answers(Y, Y, N, Y, Y) << Recommendation::BetterNot
            << QStringList{QStringLiteral("cannot be told briefly")};
        QTest::newRow("a story that keeps the focus on you is better not")
            << answers(Y, Y, Y, N, Y) << Recommendation::BetterNot
            << QStringList{QStringLiteral("focus would stay with you")};
        QTest::newRow("something you would not want in the record is better not")
            << answers(Y, Y, Y, Y, N) << Recommendation::BetterNot
            << QStringList{QStringLiteral("not be comfortable seeing it in the record")};
        QTest::newRow("every reason against is named, in the order of the questions")
            << answers(N, N, Y, Y, N) << Recommendation::BetterNot
            << QStringList{QStringLiteral("clients are not confidants"),
                           QStringLiteral("not relevant to what the client is working on"),
                           QStringLiteral("not be comfortable seeing it in the record")};
        QTest::newRow("a clear no outweighs doubts elsewhere")
            << answers(U, U, N, U, U) << Recommendation::BetterNot
            << QStringList{QStringLiteral("cannot be told briefly")};

        // Rule 2: otherwise any "not sure".
        QTest::newRow("not knowing whose need it serves means talking to the supervisor first")
            << answers(U, Y, Y, Y, Y) << Recommendation::TalkToSupervisor
            << QStringList{QStringLiteral("not sure whose need it would serve"),
                           QStringLiteral("When in doubt, don't")};
        QTest::newRow("doubt about relevance means talking to the supervisor first")
            << answers(Y, U, Y, Y, Y) << Recommendation::TalkToSupervisor
            << QStringList{QStringLiteral("not sure it is relevant")};
        QTest::newRow("doubt about keeping it brief means talking to the supervisor first")
            << answers(Y, Y, U, Y, Y) << Recommendation::TalkToSupervisor
            << QStringList{QStringLiteral("not sure you can keep it brief")};
        QTest::newRow("doubt about handing the focus back means talking to the supervisor first")
            << answers(Y, Y, Y, U, Y) << Recommendation::TalkToSupervisor
            << QStringList{QStringLiteral("not sure the focus would come straight back")};
        QTest::newRow("doubt about the record means talking to the supervisor first")
            << answers(Y, Y, Y, Y, U) << Recommendation::TalkToSupervisor
            << QStringList{QStringLiteral("not sure you would be comfortable seeing it in the record")};
    }

    void everyRuleLeadsToItsRecommendation() {
        QFETCH(DisclosureAnswers, given);
        QFETCH(Recommendation, expected);
        QFETCH(QStringList, reasonsSay);
        const std::optional<DisclosureAdvice> advice = DisclosureCheck::advise(given);
        QVERIFY(advice);
        QCOMPARE(advice->recommendation, expected);
        const QString reasons = advice->reasons.join(QLatin1Char('\n'));
        qsizetype from = 0;
        for (const QString &fragment : reasonsSay) {
            const qsizetype at = reasons.indexOf(fragment, from);
            QVERIFY2(
                at >= 0,
                qPrintable(
                    QStringLiteral("“%1” missing from (or out of order in):\n%2").arg(fragment, reasons)));
            from = at + fragment.size();
        }
        // Reasons are sentences, never a score.
        for (const QString &reason : advice->reasons) {
            QVERIFY(reason.endsWith(QLatin1Char('.')));
            QVERIFY(!reason.contains(QLatin1Char('%')));
        }
    }

    void reasonsNameOnlyTheAnswersThatLedThere_data() {
        QTest::addColumn<DisclosureAnswers>("given");
        QTest::addColumn<int>("reasonCount");
        QTest::newRow("one no gives one reason") << answers(Y, N, Y, Y, Y) << 1;
        QTest::newRow("doubts beside a no are not listed as reasons") << answers(U, N, U, Y, Y) << 1;
        QTest::newRow("two doubts give two reasons and the advice to hold back")
            << answers(U, Y, U, Y, Y) << 3;
        QTest::newRow("going ahead gives one sentence") << answers(Y, Y, Y, Y, Y) << 1;
    }

    void reasonsNameOnlyTheAnswersThatLedThere() {
        QFETCH(DisclosureAnswers, given);
        QFETCH(int, reasonCount);
        QCOMPARE(DisclosureCheck::advise(given)->reasons.size(), reasonCount);
    }

    void thereIsNoRecommendationUntilEveryQuestionIsAnswered_data() {
        QTest::addColumn<DisclosureAnswers>("given");
        QTest::newRow("nothing answered yet") << DisclosureAnswers{};
        QTest::newRow("the first question left open") << answers(Unanswered, Y, Y, Y, Y);
        QTest::newRow("the last question left open") << answers(Y, Y, Y, Y, Unanswered);
        QTest::newRow("a no does not decide while a question is open") << answers(N, Y, Unanswered, Y, Y);
    }

    void thereIsNoRecommendationUntilEveryQuestionIsAnswered() {
        QFETCH(DisclosureAnswers, given);
        QVERIFY(!given.isComplete());
        QVERIFY(!DisclosureCheck::advise(given));
    }

    void keysAndWordsRoundTrip() {
        for (Recommendation recommendation :
             {Recommendation::GoAhead, Recommendation::BetterNot, Recommendation::TalkToSupervisor}) {
            QCOMPARE(
                DisclosureCheck::recommendationFromKey(DisclosureCheck::recommendationKey(recommendation)),
                recommendation);
        }
        QCOMPARE(DisclosureCheck::recommendationLabel(Recommendation::GoAhead),
                 QStringLiteral("Go ahead, briefly"));
        QCOMPARE(DisclosureCheck::recommendationLabel(Recommendation::BetterNot),
                 QStringLiteral("Better not"));
        QCOMPARE(DisclosureCheck::recommendationLabel(Recommendation::TalkToSupervisor),
                 QStringLiteral("Talk to your supervisor first"));
        QVERIFY(!DisclosureCheck::recommendationFromKey(QStringLiteral("maybe")));
        QCOMPARE(DisclosureCheck::answerLabel(DisclosureQuestion::ServesClient, CheckAnswer::No),
                 QStringLiteral("Mine"));
        DisclosureAnswers set;
        for (DisclosureQuestion question : DisclosureCheck::questions()) {
            QVERIFY(!DisclosureCheck::questionText(question).isEmpty());
            set.setAnswer(question, CheckAnswer::NotSure);
            QCOMPARE(set.answer(question), CheckAnswer::NotSure);
        }
        QVERIFY(set.isComplete());
    }
};

QTEST_GUILESS_MAIN(tst_DisclosureCheck)
#include "tst_DisclosureCheck.moc"
