// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/Clock.h"
#include "app/demo/DemoPractice.h"
#include "tests/support/MainViews.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QTest>
#include <QWidget>

using namespace bk;

/// The README's screenshots (docs/screenshot-*.png), from the real application rendering the demo practice
/// offscreen: run by packaging/screenshots.sh, which sets BK_SCREENSHOT_DIR (where the PNGs go) and
/// BK_SCREENSHOT_DATABASE (where the demo practice is kept for the agreement's pages), the English locale
/// and the time zone. The clock stands still at 3 December 2026, so the same sources give the same pictures.
class Screenshots : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void writeTheReadmeScreenshots() {
        const QString folder = qEnvironmentVariable("BK_SCREENSHOT_DIR");
        const QString database = qEnvironmentVariable("BK_SCREENSHOT_DATABASE");
        QVERIFY2(!folder.isEmpty() && !database.isEmpty(),
                 "Run by packaging/screenshots.sh: BK_SCREENSHOT_DIR and BK_SCREENSHOT_DATABASE are needed");
        Clock::setNowFunction([] { return QDateTime(QDate(2026, 12, 3), QTime(9, 12), Qt::UTC); });
        std::unique_ptr<Database> db = test::openDatabase(database);
        QVERIFY(db);
        QVERIFY(DemoPractice::populate(*db).ok());
        QStringList written;
        const bool walked =
            test::visitMainViews(*db, QSize(1200, 760), [&](const QString &name, QWidget *window) {
                const QString path = QDir(folder).filePath(QStringLiteral("screenshot-%1.png").arg(name));
                QVERIFY2(window->grab().save(path), qPrintable(path));
                written.append(path);
            });
        QVERIFY(walked);
        QCOMPARE(written.size(), 8);
    }
};

QTEST_MAIN(Screenshots)
#include "Screenshots.moc"
