// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/incidents/BoundaryFlags.h"

#include <QTest>

using namespace bk;

class TestBoundaryFlags : public QObject {
    Q_OBJECT

    // Monday 08:00-18:00, Tuesday to Friday 09:00-18:00, weekends closed; phone and email allowed.
    static CommunicationTerms terms(const QByteArray &zone) {
        CommunicationTerms terms;
        terms.timeZoneId = zone;
        for (int day = 0; day < 5; ++day)
            terms.hours.at(std::size_t(day)) = WorkingDay{true, QTime(day == 0 ? 8 : 9, 0), QTime(18, 0)};
        for (ContactChannel channel : ContactChannels::all())
            terms.channels.append(ChannelTerms{channel,
                                               channel == ContactChannel::Phone ||
                                                   channel == ContactChannel::Email ||
                                                   channel == ContactChannel::InPerson,
                                               QString(), 0});
        return terms;
    }

    static QDateTime utc(const char *iso) {
        return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
    }

private Q_SLOTS:
    void outsideHours_data() {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDateTime>("occurredAt");
        QTest::addColumn<bool>("outside");
        const QByteArray london = "Europe/London";
        QTest::newRow("a phone call at 21:30 when hours end at 18:00 is flagged")
            << london << utc("2026-03-10T21:30:00Z") << true;
        QTest::newRow("10:00 on a working day is not flagged")
            << london << utc("2026-03-10T10:00:00Z") << false;
        QTest::newRow("a Sunday, when the practice is closed, is flagged")
            << london << utc("2026-03-08T11:00:00Z") << true;
        QTest::newRow("exactly 09:00 is inside (start inclusive)")
            << london << utc("2026-03-10T09:00:00Z") << false;
        QTest::newRow("exactly 18:00 is outside (end exclusive)")
            << london << utc("2026-03-10T18:00:00Z") << true;
        QTest::newRow("17:59 is inside") << london << utc("2026-03-10T17:59:00Z") << false;
        // The clocks went forward on Sunday 29 March 2026: 08:30 BST is 07:30 UTC, which a fixed GMT
        // offset would read as before opening.
        QTest::newRow("08:30 local on the Monday after the March change is inside")
            << london << utc("2026-03-30T07:30:00Z") << false;
        QTest::newRow("07:30 local on the Monday after the March change is outside")
            << london << utc("2026-03-30T06:30:00Z") << true;
        // The clocks went back on Sunday 25 October 2026: 07:30 UTC is 07:30 GMT, before opening.
        QTest::newRow("08:30 local on the Monday after the October change is inside")
            << london << utc("2026-10-26T08:30:00Z") << false;
        QTest::newRow("07:30 UTC on the Monday after the October change is outside")
            << london << utc("2026-10-26T07:30:00Z") << true;
        QTest::newRow("18:30 BST on a Friday is outside even though it is 17:30 UTC")
            << london << utc("2026-07-03T17:30:00Z") << true;
        QTest::newRow("another zone: 08:30 EDT on the Monday after the US change is inside")
            << QByteArray("America/New_York") << utc("2026-03-09T12:30:00Z") << false;
        QTest::newRow("another zone: 22:00 UTC is 18:00 EDT and outside")
            << QByteArray("America/New_York") << utc("2026-06-10T22:00:00Z") << true;
        QTest::newRow("a late Saturday evening in New York is still Saturday there")
            << QByteArray("America/New_York") << utc("2026-06-14T01:00:00Z") << true;
    }

    void outsideHours() {
        QFETCH(QByteArray, zone);
        QFETCH(QDateTime, occurredAt);
        QFETCH(bool, outside);
        QCOMPARE(BoundaryFlags::outsideHours(occurredAt, terms(zone)), outside);
    }

    void outsideChannel_data() {
        QTest::addColumn<int>("channel");
        QTest::addColumn<bool>("outside");
        QTest::newRow("a phone call is an agreed channel") << int(ContactChannel::Phone) << false;
        QTest::newRow("email is an agreed channel") << int(ContactChannel::Email) << false;
        QTest::newRow("social media is not agreed and is flagged")
            << int(ContactChannel::SocialMedia) << true;
        QTest::newRow("a text message is not agreed and is flagged")
            << int(ContactChannel::TextMessage) << true;
    }

    void outsideChannel() {
        QFETCH(int, channel);
        QFETCH(bool, outside);
        QCOMPARE(BoundaryFlags::outsideChannel(ContactChannel(channel), terms("Europe/London")), outside);
    }

    void channelMissingFromTheTermsIsOutside() {
        CommunicationTerms none = terms("Europe/London");
        none.channels.clear();
        QVERIFY(BoundaryFlags::outsideChannel(ContactChannel::Email, none));
    }

    void termsComeFromTheProfile() {
        PracticeProfile profile = PracticeProfile::defaults();
        profile.timeZoneId = "Europe/Berlin";
        const CommunicationTerms fromProfile = CommunicationTerms::fromProfile(profile);
        QCOMPARE(fromProfile.timeZoneId, QByteArray("Europe/Berlin"));
        QCOMPARE(fromProfile.channels, profile.channels);
        QCOMPARE(fromProfile.day(Qt::Monday), profile.day(Qt::Monday));
    }
};

QTEST_GUILESS_MAIN(TestBoundaryFlags)
#include "tst_BoundaryFlags.moc"
