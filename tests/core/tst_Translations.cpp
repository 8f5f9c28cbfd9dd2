// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/Translations.h"
#include "tests/support/TestSupport.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QTest>

using namespace bk;

/// The language chosen in Preferences, installed over the system's (ctest runs this with LANG=C.UTF-8).
class tst_Translations : public QObject {
    Q_OBJECT

    static QString defaultPolicyTitle() {
        return QCoreApplication::translate("DefaultPolicy", "Personal space and touch");
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void theSystemLanguageIsUsedWithoutAChoice() {
        Translations::install();
        QCOMPARE(defaultPolicyTitle(), QStringLiteral("Personal space and touch"));
    }

    void aChosenLanguageReplacesTheOneBefore() {
        Translations::install(QStringLiteral("de"));
        QCOMPARE(defaultPolicyTitle(), QStringLiteral("Persönlicher Raum und Berührung"));
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QLocale().toString(QDate(2026, 12, 6), QStringLiteral("MMMM")), QStringLiteral("Dezember"));

        Translations::install(QStringLiteral("fr"));
        QCOMPARE(defaultPolicyTitle(), QStringLiteral("Espace personnel et contact physique"));
        QCOMPARE(QLocale().language(), QLocale::French);
    }

    void everyLanguageIsNamedInItself() {
        QCOMPARE(Translations::languages(), (QStringList{QStringLiteral("en"), QStringLiteral("de"),
                                                         QStringLiteral("es"), QStringLiteral("fr")}));
        QCOMPARE(Translations::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(Translations::nativeName(QStringLiteral("es")), QStringLiteral("Español"));
        QCOMPARE(Translations::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
        QCOMPARE(Translations::nativeName(QStringLiteral("en")), QStringLiteral("English"));
    }
};

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_Translations.moc"
