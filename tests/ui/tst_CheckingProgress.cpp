// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "tests/support/TestSupport.h"
#include "ui/common/CheckingProgress.h"

#include <QApplication>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>

using namespace bk;

class TestCheckingProgress : public QObject {
    Q_OBJECT

    static QProgressDialog *dialog() {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (widget->objectName() == QLatin1String("checkingProgressDialog") && widget->isVisible())
                return qobject_cast<QProgressDialog *>(widget);
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void aShortCheckShowsNothing() {
        CheckingProgress progress(nullptr, QStringLiteral("/tmp/practice.sqlite"), 60000);
        const std::function<bool()> goOn = progress.callback();
        QVERIFY(goOn());
        QVERIFY(goOn());
        QVERIFY2(!dialog(), "the check has not taken long enough to be worth a dialog");
    }

    void aLongCheckSaysWhatIsGoingOnAndCancelStopsIt() {
        CheckingProgress progress(nullptr, QStringLiteral("/tmp/practice.sqlite"), 0);
        const std::function<bool()> goOn = progress.callback();
        QVERIFY(goOn());
        QProgressDialog *shown = dialog();
        QVERIFY(shown);
        QVERIFY2(shown->labelText().contains(QStringLiteral("practice.sqlite")),
                 qPrintable(shown->labelText()));
        QVERIFY(goOn());
        auto *cancel = shown->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY2(!goOn(), "Cancel stops the check");
    }
};

QTEST_MAIN(TestCheckingProgress)
#include "tst_CheckingProgress.moc"
