// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "tests/support/TestSupport.h"
#include "ui/common/SignatureCanvas.h"
#include "ui/common/SignaturePadWidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointingDevice>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabletEvent>
#include <QTest>
#include <memory>

using namespace bk;

class TestSignaturePadWidget : public QObject {
    Q_OBJECT

    template <typename T> static T *find(const QWidget &parent, const char *name) {
        T *widget = parent.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("No widget named %s", name);
        return widget;
    }

    /// Draws one stroke across the canvas, from `from` to `to` (fractions of the paper), in `steps` moves.
    static void drawStroke(SignatureCanvas *canvas, QPointF from, QPointF to, int steps = 8) {
        const QRectF paper = canvas->paperRect();
        const auto at = [&paper](QPointF fraction) {
            return QPoint(int(paper.left() + fraction.x() * paper.width()),
                          int(paper.top() + fraction.y() * paper.height()));
        };
        QTest::mousePress(canvas, Qt::LeftButton, {}, at(from));
        for (int i = 1; i <= steps; ++i)
            QTest::mouseMove(canvas, at(from + (to - from) * (double(i) / steps)));
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, at(to));
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void drawingRecordsNormalisedStrokes() {
        SignaturePadWidget pad;
        pad.setSignerName(QStringLiteral("Anna Schmidt"));
        pad.resize(600, 260);
        pad.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pad));
        QSignalSpy changed(&pad, &SignaturePadWidget::changed);
        QVERIFY(pad.isEmpty());
        QVERIFY(!pad.signature(QDateTime::currentDateTimeUtc()));
        QVERIFY(!find<QPushButton>(pad, "undoStrokePushButton")->isEnabled());
        QVERIFY(!find<QPushButton>(pad, "clearSignaturePushButton")->isEnabled());

        auto *canvas = find<SignatureCanvas>(pad, "signatureCanvasWidget");
        drawStroke(canvas, {0.1, 0.5}, {0.9, 0.5});
        QCOMPARE(pad.strokes().strokeCount(), 1);
        QVERIFY(!changed.isEmpty());
        const Stroke stroke = pad.strokes().strokes().first();
        QVERIFY(stroke.size() >= 8);
        QVERIFY(qAbs(stroke.first().x - 0.1) < 0.02);
        QVERIFY(qAbs(stroke.last().x - 0.9) < 0.02);
        QVERIFY(qAbs(stroke.last().y - 0.5) < 0.02);
        QCOMPARE(stroke.first().pressure, -1.0); // a mouse reports no pressure
        QVERIFY(stroke.first().timeMs >= 0);

        const std::optional<Signature> signature = pad.signature(QDateTime::currentDateTimeUtc());
        QVERIFY(signature);
        QCOMPARE(signature->method, SignatureMethod::Drawn);
        QCOMPARE(signature->signerName, QStringLiteral("Anna Schmidt"));
        QCOMPARE(signature->strokes, pad.strokes());
        QVERIFY(!signature->imagePng.isEmpty());
        QVERIFY(signature->problems().isEmpty());
        QVERIFY(find<QLabel>(pad, "signerLabel")->text().contains(QStringLiteral("Anna Schmidt")));
    }

    void aFingerDrawsOnATouchScreen() {
        SignaturePadWidget pad;
        pad.resize(600, 260);
        pad.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pad));
        auto *canvas = find<SignatureCanvas>(pad, "signatureCanvasWidget");
        const QRectF paper = canvas->paperRect();
        // The test owns the device it creates (Qt's documentation), and deletes it.
        const std::unique_ptr<QPointingDevice> device(QTest::createTouchDevice());
        QPointingDevice *screen = device.get();
        QTest::touchEvent(canvas, screen).press(0, paper.topLeft().toPoint() + QPoint(40, 60));
        QTest::touchEvent(canvas, screen).move(0, paper.topLeft().toPoint() + QPoint(120, 80));
        QTest::touchEvent(canvas, screen).move(0, paper.topLeft().toPoint() + QPoint(200, 50));
        QTest::touchEvent(canvas, screen).release(0, paper.topLeft().toPoint() + QPoint(260, 70));
        QCOMPARE(pad.strokes().strokeCount(), 1);
        QVERIFY(pad.strokes().strokes().first().size() >= 3);
        QCOMPARE(pad.strokes().strokes().first().first().pressure, -1.0); // this screen reports none
    }

    void aPenRecordsItsPressure() {
        SignaturePadWidget pad;
        pad.resize(600, 260);
        pad.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pad));
        auto *canvas = find<SignatureCanvas>(pad, "signatureCanvasWidget");
        const QPointF origin = canvas->paperRect().topLeft();
        const QPointingDevice pen(QStringLiteral("test pen"), 4242, QInputDevice::DeviceType::Stylus,
                                  QPointingDevice::PointerType::Pen,
                                  QInputDevice::Capability::Position | QInputDevice::Capability::Pressure, 1,
                                  3);
        const auto send = [&](QEvent::Type type, QPointF at, double pressure) {
            QTabletEvent event(type, &pen, at, canvas->mapToGlobal(at), pressure, 0, 0, 0, 0, 0, {},
                               Qt::LeftButton, type == QEvent::TabletRelease ? Qt::NoButton : Qt::LeftButton);
            QApplication::sendEvent(canvas, &event);
        };
        send(QEvent::TabletPress, origin + QPointF(30, 40), 0.2);
        send(QEvent::TabletMove, origin + QPointF(90, 60), 0.6);
        send(QEvent::TabletRelease, origin + QPointF(150, 50), 0.9);
        QCOMPARE(pad.strokes().strokeCount(), 1);
        const Stroke stroke = pad.strokes().strokes().first();
        QCOMPARE(stroke.size(), 3);
        QCOMPARE(stroke.at(0).pressure, 0.2);
        QCOMPARE(stroke.at(1).pressure, 0.6);
    }

    void undoRemovesTheLastStrokeAndClearRemovesAll() {
        SignaturePadWidget pad;
        pad.resize(600, 260);
        pad.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pad));
        auto *canvas = find<SignatureCanvas>(pad, "signatureCanvasWidget");
        drawStroke(canvas, {0.1, 0.3}, {0.5, 0.7});
        drawStroke(canvas, {0.2, 0.8}, {0.8, 0.8});
        QCOMPARE(pad.strokes().strokeCount(), 2);
        const Stroke first = pad.strokes().strokes().first();

        auto *undo = find<QPushButton>(pad, "undoStrokePushButton");
        QVERIFY(undo->isEnabled());
        QTest::mouseClick(undo, Qt::LeftButton);
        QCOMPARE(pad.strokes().strokeCount(), 1);
        QCOMPARE(pad.strokes().strokes().first(), first);

        drawStroke(canvas, {0.6, 0.2}, {0.9, 0.4});
        QCOMPARE(pad.strokes().strokeCount(), 2);
        auto *clear = find<QPushButton>(pad, "clearSignaturePushButton");
        QTest::mouseClick(clear, Qt::LeftButton);
        QVERIFY(pad.strokes().isEmpty());
        QVERIFY(pad.isEmpty());
        QVERIFY(!undo->isEnabled());
        QVERIFY(!clear->isEnabled());
    }

    void typingTheNameIsTheKeyboardPath() {
        SignaturePadWidget pad;
        pad.setSignerName(QStringLiteral("Alex Morgan"));
        pad.resize(600, 260);
        pad.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pad));
        pad.activateWindow();
        auto *typeInstead = find<QCheckBox>(pad, "typeInsteadCheckBox");
        typeInstead->setFocus();
        QTest::keyClick(typeInstead, Qt::Key_Space);
        QVERIFY(typeInstead->isChecked());
        QCOMPARE(pad.mode(), SignaturePadWidget::Mode::Type);
        auto *typed = find<QLineEdit>(pad, "typedSignatureLineEdit");
        QTRY_VERIFY(typed->hasFocus());
        QVERIFY(pad.isEmpty());
        QTest::keyClicks(typed, QStringLiteral("Alex Morgan"));
        QVERIFY(!pad.isEmpty());
        QVERIFY(!find<QLabel>(pad, "typedSignaturePreviewLabel")->pixmap().isNull());
        const std::optional<Signature> signature = pad.signature(QDateTime::currentDateTimeUtc());
        QVERIFY(signature);
        QCOMPARE(signature->method, SignatureMethod::Typed);
        QCOMPARE(signature->typedName, QStringLiteral("Alex Morgan"));
        QVERIFY(signature->strokes.isEmpty());
        QVERIFY(signature->problems().isEmpty());

        // Clear empties the typed name; switching back to drawing finds an empty pad.
        QTest::mouseClick(find<QPushButton>(pad, "clearSignaturePushButton"), Qt::LeftButton);
        QVERIFY(typed->text().isEmpty());
        QVERIFY(pad.isEmpty());
        QTest::keyClick(typeInstead, Qt::Key_Space);
        QCOMPARE(pad.mode(), SignaturePadWidget::Mode::Draw);
        QVERIFY(pad.isEmpty());
    }

    void aSavedSignatureIsShownAgain() {
        SignaturePadWidget pad;
        SignatureStrokes strokes;
        strokes.addStroke({{0.1, 0.2, -1, 0}, {0.5, 0.6, -1, 40}});
        pad.setSignature(Signature::drawn(QStringLiteral("Anna"), strokes, QDateTime::currentDateTimeUtc()));
        QCOMPARE(pad.mode(), SignaturePadWidget::Mode::Draw);
        QCOMPARE(pad.strokes(), strokes);
        pad.setSignature(Signature::typed(QStringLiteral("Anna"), QStringLiteral("Anna B"),
                                          QDateTime::currentDateTimeUtc()));
        QCOMPARE(pad.mode(), SignaturePadWidget::Mode::Type);
        QCOMPARE(pad.typedName(), QStringLiteral("Anna B"));
        QVERIFY(pad.strokes().isEmpty());
    }

    void readOnlyIgnoresDrawing() {
        SignaturePadWidget pad;
        pad.resize(600, 260);
        pad.setReadOnly(true);
        pad.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pad));
        drawStroke(find<SignatureCanvas>(pad, "signatureCanvasWidget"), {0.1, 0.5}, {0.9, 0.5});
        QVERIFY(pad.isEmpty());
        QVERIFY(!find<QCheckBox>(pad, "typeInsteadCheckBox")->isEnabled());
    }
};

QTEST_MAIN(TestSignaturePadWidget)
#include "tst_SignaturePadWidget.moc"
