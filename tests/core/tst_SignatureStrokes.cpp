// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/Signature.h"
#include "app/agreements/SignatureStrokes.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace bk;

namespace {

int inkPixels(const QImage &image) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += qGray(image.pixel(x, y)) < 200 ? 1 : 0;
    }
    return count;
}

} // namespace

class tst_SignatureStrokes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void undoAndClearRemoveStrokes() {
        SignatureStrokes strokes;
        QVERIFY(strokes.isEmpty());
        strokes.addStroke({});
        QVERIFY(strokes.isEmpty());
        strokes.addStroke({{0.1, 0.5, -1, 0}, {0.4, 0.4, -1, 20}});
        strokes.addStroke({{0.5, 0.5, 0.8, 40}, {0.9, 0.6, 0.2, 60}});
        QCOMPARE(strokes.strokeCount(), 2);
        strokes.undoLastStroke();
        QCOMPARE(strokes.strokeCount(), 1);
        QCOMPARE(strokes.strokes().first().last().x, 0.4);
        strokes.clear();
        QVERIFY(strokes.isEmpty());
        strokes.undoLastStroke();
        QVERIFY(strokes.isEmpty());
    }

    void pointsAreClampedToThePad() {
        SignatureStrokes strokes;
        strokes.addStroke({{-0.5, 1.5, 3.0, 0}});
        const StrokePoint point = strokes.strokes().first().first();
        QCOMPARE(point.x, 0.0);
        QCOMPARE(point.y, 1.0);
        QCOMPARE(point.pressure, 1.0);
    }

    void jsonIsCompactStableAndRoundTrips() {
        SignatureStrokes strokes;
        strokes.addStroke({{0.1, 0.25, -1, 0}, {0.12345, 0.5, 0.5, 16}});
        strokes.addStroke({{0.9, 0.9, -1, -1}});
        const QByteArray json = strokes.toJson();
        QCOMPARE(json,
                 QByteArrayLiteral("{\"format\":\"boundary-keeper-strokes/1\",\"strokes\":[[[1000,2500,-1,0],"
                                   "[1235,5000,500,16]],[[9000,9000,-1,-1]]]}"));
        const std::optional<SignatureStrokes> read = SignatureStrokes::fromJson(json);
        QVERIFY(read);
        QCOMPARE(read->strokeCount(), 2);
        QCOMPARE(read->toJson(), json);
        QVERIFY(SignatureStrokes::fromJson(QByteArray())->isEmpty());
        QVERIFY(!SignatureStrokes::fromJson(QByteArrayLiteral("{\"format\":\"other\"}")));
        QVERIFY(!SignatureStrokes::fromJson(QByteArrayLiteral("not json")));
    }

    void renderDrawsInkOnlyWhereStrokesAre() {
        SignatureStrokes strokes;
        const QSize size(300, 100);
        QCOMPARE(inkPixels(strokes.render(size)), 0);
        strokes.addStroke({{0.1, 0.5, -1, 0}, {0.5, 0.2, -1, 10}, {0.9, 0.5, -1, 20}});
        const QImage image = strokes.render(size);
        QCOMPARE(image.size(), size);
        QVERIFY(inkPixels(image) > 100);
        // The right quarter below the stroke stays white.
        QCOMPARE(qGray(image.pixel(290, 95)), 255);
        strokes.undoLastStroke();
        QCOMPARE(inkPixels(strokes.render(size)), 0);
    }

    void signaturesKnowWhatIsMissing() {
        const QDateTime now = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
        SignatureStrokes strokes;
        QVERIFY(!Signature::drawn(QStringLiteral("Anna"), strokes, now).problems().isEmpty());
        strokes.addStroke({{0.1, 0.5, -1, 0}, {0.5, 0.5, -1, 10}});
        const Signature drawn = Signature::drawn(QStringLiteral("Anna"), strokes, now);
        QVERIFY(drawn.problems().isEmpty());
        QVERIFY(drawn.imagePng.startsWith("\x89PNG"));
        QVERIFY(!Signature::typed(QStringLiteral("Anna"), QStringLiteral("  "), now).problems().isEmpty());
        const Signature typed = Signature::typed(QStringLiteral("Anna"), QStringLiteral("Anna Schmidt"), now);
        QVERIFY(typed.problems().isEmpty());
        QVERIFY(inkPixels(QImage::fromData(typed.imagePng)) > 500);
        const Signature paper = Signature::paper(QStringLiteral("Anna"), now);
        QVERIFY(paper.problems().isEmpty());
        QVERIFY(paper.paperNote.contains(QStringLiteral("paper original")));
        QVERIFY(!Signature::paper(QString(), now).problems().isEmpty());
        QCOMPARE(SignatureMethods::fromKey(SignatureMethods::key(SignatureMethod::Paper)),
                 SignatureMethod::Paper);
    }
};

QTEST_MAIN(tst_SignatureStrokes)
#include "tst_SignatureStrokes.moc"
