// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientService.h"
#include "app/policy/PolicyService.h"
#include "app/policy/PracticeService.h"
#include "app/storage/ClientRepository.h"
#include "tests/support/TestSupport.h"
#include "ui/practice/SetupWizard.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace bk;

class TestSetupWizard : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    template <typename T> static T *find(QWidget *parent, const char *name) {
        T *widget = parent->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("No widget named %s", name);
        return widget;
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = test::openDatabase(m_dir->filePath(QStringLiteral("practice.sqlite")));
        QVERIFY(m_db);
    }

    void cleanup() {
        m_db.reset();
        m_dir.reset();
    }

    void finishingSavesTheProfileAndPublishesVersion1() {
        QVERIFY(SetupWizard::isNeeded(*m_db));
        SetupWizard wizard(*m_db);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::keyClicks(find<QLineEdit>(&wizard, "practiceNameLineEdit"),
                         QStringLiteral("Harbour Coaching"));
        QTest::mouseClick(find<QAbstractButton>(&wizard, "nextPushButton"), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(SetupWizard::RolesPage));
        QTest::mouseClick(find<QAbstractButton>(&wizard, "nextPushButton"), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(SetupWizard::CommunicationPage));
        auto *end = find<QTimeEdit>(&wizard, "mondayEndTimeEdit");
        QTest::keyClick(end, Qt::Key_Down);
        QTest::keyClick(end, Qt::Key_Down);
        QCOMPARE(end->time(), QTime(15, 0));
        QTest::mouseClick(find<QAbstractButton>(&wizard, "nextPushButton"), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(SetupWizard::PolicyPage));
        QCOMPARE(find<QListWidget>(&wizard, "setupBoundariesListWidget")->count(),
                 PolicyDocument::defaults().activeBoundaries().size());
        // A radio button reacts to clicks on its indicator and label, at its left.
        auto *publish = find<QRadioButton>(&wizard, "publishRadioButton");
        QTest::mouseClick(publish, Qt::LeftButton, {}, QPoint(8, publish->height() / 2));
        QVERIFY(publish->isChecked());
        QTest::mouseClick(find<QAbstractButton>(&wizard, "finishPushButton"), Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));

        const PracticeService practice(*m_db);
        const PracticeProfile profile = practice.load().value();
        QCOMPARE(profile.name, QStringLiteral("Harbour Coaching"));
        QCOMPARE(profile.day(Qt::Monday), (WorkingDay{true, QTime(9, 0), QTime(15, 0)}));
        QCOMPARE(profile.day(Qt::Tuesday), (WorkingDay{true, QTime(9, 0), QTime(17, 0)}));
        QCOMPARE(practice.setupState().value(), SetupState::Done);
        QCOMPARE(PolicyService(*m_db).latestVersionNumber().value(), 1);
        QVERIFY(!SetupWizard::isNeeded(*m_db));
    }

    void keepingTheBoundariesAsADraftPublishesNothing() {
        SetupWizard wizard(*m_db);
        wizard.show();
        for (int page = 0; page < 3; ++page)
            QTest::mouseClick(find<QAbstractButton>(&wizard, "nextPushButton"), Qt::LeftButton);
        QVERIFY(find<QRadioButton>(&wizard, "keepDraftRadioButton")->isChecked());
        QTest::mouseClick(find<QAbstractButton>(&wizard, "finishPushButton"), Qt::LeftButton);
        QCOMPARE(PracticeService(*m_db).setupState().value(), SetupState::Done);
        QCOMPARE(PolicyService(*m_db).latestVersionNumber().value(), 0);
    }

    void skippingKeepsTheDefaultsAndIsNotOfferedAgain() {
        SetupWizard wizard(*m_db);
        wizard.show();
        QTest::keyClicks(find<QLineEdit>(&wizard, "practiceNameLineEdit"), QStringLiteral("Not kept"));
        QTest::mouseClick(find<QAbstractButton>(&wizard, "skipSetupPushButton"), Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
        QVERIFY(!wizard.isVisible());
        const PracticeService practice(*m_db);
        QCOMPARE(practice.setupState().value(), SetupState::Skipped);
        QVERIFY(!practice.hasSavedProfile().value());
        QCOMPARE(practice.load().value(), PracticeProfile::defaults());
        QVERIFY(!SetupWizard::isNeeded(*m_db));
    }

    void aDatabaseWithClientsIsNotAskedAboutSetup() {
        Client client;
        client.fullName = QStringLiteral("Amelia Hartley");
        QVERIFY(ClientService(*m_db).add(client).ok());
        QVERIFY(!SetupWizard::isNeeded(*m_db));
    }
};

QTEST_MAIN(TestSetupWizard)
#include "tst_SetupWizard.moc"
