// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/ChangeNotifier.h"
#include "app/policy/PracticeProfileConflict.h"
#include "app/policy/PracticeService.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace bk;

class TestPracticeService : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Database> freshDatabase() {
        return test::openDatabase(m_dir.filePath(QStringLiteral("practice-%1.sqlite").arg(++m_counter)));
    }

private Q_SLOTS:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase() {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void newDatabaseGivesDefaultsAndNoSetup() {
        auto db = freshDatabase();
        const PracticeService practice(*db);
        QCOMPARE(practice.setupState().value(), SetupState::NotDone);
        QVERIFY(!practice.hasSavedProfile().value());
        const auto profile = practice.load();
        QVERIFY(profile.ok());
        QCOMPARE(profile.value(), PracticeProfile::defaults());
        QCOMPARE(profile.value().timeZoneId, QTimeZone::systemTimeZoneId());
        QCOMPARE(profile.value().channels.size(), ContactChannels::all().size());
        QVERIFY(profile.value().day(Qt::Monday).open);
        QVERIFY(!profile.value().day(Qt::Sunday).open);
        QVERIFY(!profile.value().practitionerRole.isEmpty());
        QVERIFY(!profile.value().emergencyDefinition.isEmpty());
        QVERIFY2(profile.value().problems().isEmpty(), qPrintable(profile.value().problems().join(u' ')));
    }

    void savesAndLoadsEveryPart() {
        auto db = freshDatabase();
        const PracticeService practice(*db);
        PracticeProfile profile = PracticeProfile::defaults();
        profile.name = QStringLiteral("Riverside Coaching");
        profile.contactLine = QStringLiteral("1 Main Street · 555-0100");
        profile.logoPng = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray("rest of an image");
        profile.practitioners = {{QStringLiteral("Jo Lee"), QStringLiteral("Coach")},
                                 {QStringLiteral("Ana Ruiz"), QString()}};
        profile.clientRole = QStringLiteral("Come prepared.");
        profile.servicesNotOffered = QStringLiteral("Therapy.");
        profile.timeZoneId = QByteArrayLiteral("America/New_York");
        profile.setDay(Qt::Tuesday, WorkingDay{true, QTime(7, 30), QTime(12, 15)});
        profile.setDay(Qt::Friday, WorkingDay{});
        profile.setDay(Qt::Sunday, WorkingDay{true, QTime(10, 0), QTime(23, 59)});
        profile.setChannelTerms({ContactChannel::SocialMedia, true, QStringLiteral("Whenever"), 72});
        profile.setChannelTerms({ContactChannel::Phone, false, QString(), 0});
        profile.emergencyContact = QStringLiteral("Call 911.");
        profile.paperSize = PaperSize::UsLetter;

        QSignalSpy changed(db->notifier(), &ChangeNotifier::changed);
        QVERIFY(practice.save(profile).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("practice_profile"));
        QVERIFY(practice.hasSavedProfile().value());
        profile.rowVersion = 1; // the first saved version
        QCOMPARE(practice.load().value(), profile);

        // Saving again replaces the lists instead of adding to them.
        profile.practitioners.removeLast();
        profile.logoPng.clear();
        QVERIFY(practice.save(profile).ok());
        const PracticeProfile loaded = practice.load().value();
        profile.rowVersion = 2;
        QCOMPARE(loaded, profile);
        QCOMPARE(loaded.practitioners.size(), 1);
        QVERIFY(loaded.logoPng.isEmpty());
        QCOMPARE(loaded.allowedChannels().contains(ContactChannel::Phone), false);
    }

    // Two desktops read the profile; both save. The second is refused with the first one's profile, and the
    // combination chosen part by part saves on top of it.
    void secondSaveOfTheSameVersionMeetsTheFirstAndLosesNothing() {
        const QString path = m_dir.filePath(QStringLiteral("practice-%1.sqlite").arg(++m_counter));
        const auto db = test::openDatabase(path);
        const auto other = test::openDatabase(path);
        QVERIFY(db && other);
        const PracticeService mine(*db);
        const PracticeService elsewhere(*other);
        PracticeProfile first = PracticeProfile::defaults();
        first.name = QStringLiteral("Northside Coaching");
        QVERIFY(mine.save(first).ok());
        // A profile built without reading the saved one cannot replace it either.
        QCOMPARE(elsewhere.save(PracticeProfile::defaults()).error().kind, Error::Kind::Stale);

        const PracticeProfile opened = mine.load().value();
        QCOMPARE(opened.rowVersion, 1);
        PracticeProfile theirs = elsewhere.load().value();
        theirs.contactLine = QStringLiteral("12 High Street");
        theirs.emergencyContact = QStringLiteral("Call 999.");
        QVERIFY(elsewhere.save(theirs).ok());

        PracticeProfile edited = opened;
        edited.name = QStringLiteral("Northside Coaching & Training");
        edited.emergencyContact = QStringLiteral("Call 112.");
        QSignalSpy changed(db->notifier(), &ChangeNotifier::changed);
        PracticeProfile stored;
        const Status refused = mine.save(edited, &stored);
        QCOMPARE(refused.error().kind, Error::Kind::Stale);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(stored.rowVersion, 2);
        QCOMPARE(stored.contactLine, theirs.contactLine);
        QCOMPARE(elsewhere.load().value().name, first.name);

        using Field = PracticeProfileConflict::Field;
        const PracticeProfileConflict conflict(opened, edited, stored);
        QCOMPARE(conflict.fields(), (QList<Field>{Field::Name, Field::ContactLine, Field::EmergencyContact}));
        const QList<FieldConflict> shown = conflict.conflicts();
        QVERIFY(shown.at(0).changedByMe && !shown.at(0).changedByThem);
        QVERIFY(!shown.at(1).changedByMe && shown.at(1).changedByThem);
        QVERIFY(shown.at(2).changedByMe && shown.at(2).changedByThem);
        QVERIFY(mine.save(conflict.combined({true, false, false})).ok());
        QCOMPARE(changed.count(), 1);
        const PracticeProfile result = elsewhere.load().value();
        QCOMPARE(result.rowVersion, 3);
        QCOMPARE(result.name, edited.name);
        QCOMPARE(result.contactLine, theirs.contactLine);
        QCOMPARE(result.emergencyContact, theirs.emergencyContact);
    }

    void refusesInvalidProfiles_data() {
        QTest::addColumn<int>("defect");
        QTest::addRow("working hours that end before they start") << 0;
        QTest::addRow("an unknown time zone") << 1;
        QTest::addRow("a logo that is not a PNG") << 2;
        QTest::addRow("a practitioner without a name") << 3;
    }

    void refusesInvalidProfiles() {
        QFETCH(int, defect);
        auto db = freshDatabase();
        PracticeProfile profile = PracticeProfile::defaults();
        switch (defect) {
        case 0:
            profile.setDay(Qt::Monday, WorkingDay{true, QTime(17, 0), QTime(9, 0)});
            break;
        case 1:
            profile.timeZoneId = QByteArrayLiteral("Mars/Olympus_Mons");
            break;
        case 2:
            profile.logoPng = QByteArrayLiteral("GIF89a");
            break;
        default:
            profile.practitioners = {{QStringLiteral(" "), QStringLiteral("Coach")}};
            break;
        }
        const Status saved = PracticeService(*db).save(profile);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, Error::Kind::Invalid);
        QVERIFY(!PracticeService(*db).hasSavedProfile().value());
    }

    void remembersTheSetupState_data() {
        QTest::addColumn<SetupState>("state");
        QTest::addRow("setup completed") << SetupState::Done;
        QTest::addRow("setup skipped") << SetupState::Skipped;
    }

    void remembersTheSetupState() {
        QFETCH(SetupState, state);
        const QString path = m_dir.filePath(QStringLiteral("setup-%1.sqlite").arg(int(state)));
        {
            auto db = test::openDatabase(path);
            QVERIFY(PracticeService(*db).setSetupState(state).ok());
        }
        auto reopened = test::openDatabase(path);
        QCOMPARE(PracticeService(*reopened).setupState().value(), state);
    }
};

QTEST_GUILESS_MAIN(TestPracticeService)
#include "tst_PracticeService.moc"
