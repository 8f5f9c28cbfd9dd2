// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/ContactChannel.h"
#include "app/incidents/ConversationPlanner.h"

#include <QLocale>
#include <QtTest>

using namespace bk;

namespace {

CommunicationTerms termsAllowing(const QList<ContactChannel> &allowed) {
    PracticeProfile profile = PracticeProfile::defaults();
    profile.timeZoneId = QByteArrayLiteral("Europe/London");
    for (ContactChannel channel : ContactChannels::all())
        profile.setChannelTerms({channel, allowed.contains(channel), QString(), 0});
    return CommunicationTerms::fromProfile(profile);
}

Boundary afterHours() {
    return *PolicyDocument::defaults().boundary(QStringLiteral("after_hours_contact"));
}

Incident lateCall(ContactChannel channel) {
    Incident incident;
    incident.channel = channel;
    // 20:30 UTC in July is 21:30 in London.
    incident.occurredAt = QDateTime(QDate(2026, 7, 3), QTime(20, 30), Qt::UTC);
    incident.outsideHours = true;
    incident.description = QStringLiteral("Phoned late about the plan.");
    return incident;
}

} // namespace

/// The conversation script and the written summary read as the practitioner's own words to the client.
class TestConversationPlanner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void everyChannelHasItsOwnWords_data() {
        QTest::addColumn<ContactChannel>("channel");
        for (ContactChannel channel : ContactChannels::all())
            QTest::newRow(qPrintable(ContactChannels::key(channel))) << channel;
    }
    void everyChannelHasItsOwnWords() {
        QFETCH(ContactChannel, channel);
        const QString script = ConversationPlanner::script(lateCall(channel), afterHours(), termsAllowing({}),
                                                           QStringLiteral("Sam"));
        const QString acknowledgement = script.section(QLatin1Char('\n'), 3, 3);
        QVERIFY2(acknowledgement.startsWith(QStringLiteral("Sam, I'd like to talk with you about ")),
                 qPrintable(acknowledgement));
        QVERIFY2(acknowledgement.contains(QStringLiteral(" on Friday 3 July 2026 at 21:30.")),
                 qPrintable(acknowledgement));
        // No channel label pasted in brackets, lowercased or not.
        QVERIFY2(!acknowledgement.contains(QLatin1Char('(')), qPrintable(acknowledgement));
        QVERIFY2(!acknowledgement.contains(ContactChannels::label(channel)), qPrintable(acknowledgement));

        StepEntry conversation;
        conversation.happenedAt = QDateTime(QDate(2026, 7, 4), QTime(9, 0), Qt::UTC);
        const QString letter = ConversationPlanner::writtenSummary(
            lateCall(channel), afterHours(), conversation, termsAllowing({}), QStringLiteral("Sam"),
            QStringLiteral("Alex"), QDate(2026, 7, 5), QString());
        const QString occasion = letter.section(QStringLiteral("\n\n"), 3, 3);
        QVERIFY2(
            occasion.startsWith(QStringLiteral("We talked about \u201cEach other's time\u201d, following ")),
            qPrintable(occasion));
        QVERIFY2(occasion.endsWith(QStringLiteral(" on Friday 3 July 2026 at 21:30.")), qPrintable(occasion));
        QVERIFY2(!occasion.contains(QStringLiteral("following the phone on")), qPrintable(occasion));
        QVERIFY2(!occasion.contains(ContactChannels::label(channel)), qPrintable(occasion));
    }

    void theWaysToReachMeAreOneSentence_data() {
        QTest::addColumn<QList<ContactChannel>>("allowed");
        QTest::addColumn<QString>("sentence");
        const QString rest =
            QStringLiteral("; whatever reaches me outside working hours I answer on the next "
                           "working day.");
        QTest::newRow("no channel allowed: no sentence") << QList<ContactChannel>{} << QString();
        const QList<QPair<ContactChannel, QString>> single{
            {ContactChannel::InPerson, QStringLiteral("in person")},
            {ContactChannel::Phone, QStringLiteral("by phone")},
            {ContactChannel::TextMessage, QStringLiteral("by text message")},
            {ContactChannel::Email, QStringLiteral("by email")},
            {ContactChannel::VideoCall, QStringLiteral("by video call")},
            {ContactChannel::MessagingApp, QStringLiteral("through a messaging app")},
            {ContactChannel::SocialMedia, QStringLiteral("on social media")},
            {ContactChannel::Other, QStringLiteral("in another agreed way")}};
        for (const auto &[channel, phrase] : single)
            QTest::newRow(qPrintable(QStringLiteral("only %1").arg(ContactChannels::key(channel))))
                << QList<ContactChannel>{channel} << QStringLiteral("You can reach me ") + phrase + rest;
        QTest::newRow("two channels joined with the conjunction")
            << QList<ContactChannel>{ContactChannel::Phone, ContactChannel::Email}
            << QStringLiteral("You can reach me by phone and by email") + rest;
        QTest::newRow("the five usual channels")
            << QList<ContactChannel>{ContactChannel::InPerson, ContactChannel::Phone, ContactChannel::Email,
                                     ContactChannel::VideoCall, ContactChannel::TextMessage}
            << QStringLiteral("You can reach me in person, by phone, by text message, by email and by video "
                              "call") +
                   rest;
    }
    void theWaysToReachMeAreOneSentence() {
        QFETCH(QList<ContactChannel>, allowed);
        QFETCH(QString, sentence);
        const QString script = ConversationPlanner::script(lateCall(ContactChannel::Phone), afterHours(),
                                                           termsAllowing(allowed), QStringLiteral("Sam"));
        const QString consequence =
            script.section(QStringLiteral("\n\n"), 4, 4).section(QLatin1Char('\n'), 1);
        if (sentence.isEmpty())
            QVERIFY2(!consequence.contains(QStringLiteral("reach me")), qPrintable(consequence));
        else
            QVERIFY2(consequence.contains(sentence), qPrintable(consequence));
        QVERIFY2(!consequence.contains(QStringLiteral("reach me by in person")), qPrintable(consequence));
    }

    void theScriptSpeaksInTheFirstPersonAndQuotesThePolicy() {
        const Boundary boundary = afterHours();
        QVERIFY(boundary.description.contains(QStringLiteral("your practitioner")));
        const QString script =
            ConversationPlanner::script(lateCall(ContactChannel::Phone), boundary,
                                        termsAllowing({ContactChannel::Email}), QStringLiteral("Sam"));
        // The policy's third person appears only inside the agreement's quoted words.
        QVERIFY2(script.contains(QStringLiteral("Our agreement puts it this way: ") +
                                 QLocale().quoteString(boundary.description)),
                 qPrintable(script));
        QCOMPARE(script.count(QStringLiteral("your practitioner"), Qt::CaseInsensitive),
                 boundary.description.count(QStringLiteral("your practitioner"), Qt::CaseInsensitive) +
                     boundary.appropriate.count(QStringLiteral("your practitioner"), Qt::CaseInsensitive) +
                     boundary.consequence.count(QStringLiteral("your practitioner"), Qt::CaseInsensitive));
        QVERIFY(script.contains(QStringLiteral("For reference, my working hours on Fridays are")));
    }

    void theLetterNeverQuotesThePrivateNote() {
        StepEntry conversation;
        conversation.happenedAt = QDateTime(QDate(2026, 7, 4), QTime(9, 0), Qt::UTC);
        conversation.note = QStringLiteral("Was anxious about the knee.");
        const auto letter = [&](const QString &forClient) {
            return ConversationPlanner::writtenSummary(lateCall(ContactChannel::Phone), afterHours(),
                                                       conversation, termsAllowing({}), QStringLiteral("Sam"),
                                                       QStringLiteral("Alex"), QDate(2026, 7, 5), forClient);
        };
        const QString without = letter(QString());
        QVERIFY2(!without.contains(QStringLiteral("anxious")), qPrintable(without));
        QVERIFY2(!without.contains(QStringLiteral("What we discussed and agreed")), qPrintable(without));
        const QString with = letter(QStringLiteral("  Questions go by email after six.  "));
        QVERIFY2(!with.contains(QStringLiteral("anxious")), qPrintable(with));
        QVERIFY2(
            with.contains(QStringLiteral("What we discussed and agreed: Questions go by email after six.\n")),
            qPrintable(with));
        QVERIFY(with.startsWith(QStringLiteral("Sunday 5 July 2026\n\nDear Sam,\n\n")));
        QVERIFY(with.contains(QStringLiteral("Thank you for talking with me on Saturday 4 July 2026.")));
    }
};

QTEST_GUILESS_MAIN(TestConversationPlanner)
#include "tst_ConversationPlanner.moc"
