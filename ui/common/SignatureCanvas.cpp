// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/common/SignatureCanvas.h"

#include "app/common/StatusColors.h"

#include <QInputDevice>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTabletEvent>
#include <QTouchEvent>

namespace bk {

namespace {

constexpr int PaperMargin = 2;
const QColor Ink(0x1a, 0x2a, 0x5e);

/// The pressure a device reports, or -1 when it cannot (a mouse, most touch screens): a made-up 1.0 would
/// pretend to be evidence.
double pressureOf(const QPointingDevice *device, double pressure) {
    if (device && device->capabilities().testFlag(QInputDevice::Capability::Pressure))
        return pressure;
    return -1;
}

} // namespace

SignatureCanvas::SignatureCanvas(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("signatureCanvasWidget"));
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setCursor(Qt::CrossCursor);
    // Drawing needs a pointer; keyboard users type their name instead (the pad's other mode).
    setFocusPolicy(Qt::NoFocus);
    setAccessibleName(tr("Signature pad"));
    setAccessibleDescription(tr("Draw the signature with a mouse, pen or finger, or choose to type the full "
                                "name instead."));
}

QSize SignatureCanvas::sizeHint() const {
    return QSize(480, int(480 / SignatureStrokes::AspectRatio) + 2 * PaperMargin);
}

QSize SignatureCanvas::minimumSizeHint() const {
    return QSize(240, int(240 / SignatureStrokes::AspectRatio) + 2 * PaperMargin);
}

QRectF SignatureCanvas::paperRect() const {
    const QRectF area = QRectF(rect()).adjusted(PaperMargin, PaperMargin, -PaperMargin, -PaperMargin);
    double width = area.width();
    double height = width / SignatureStrokes::AspectRatio;
    if (height > area.height()) {
        height = area.height();
        width = height * SignatureStrokes::AspectRatio;
    }
    return QRectF(area.center().x() - width / 2, area.center().y() - height / 2, width, height);
}

void SignatureCanvas::setStrokes(const SignatureStrokes &strokes) {
    cancelStroke();
    m_strokes = strokes;
    m_clock.invalidate();
    invalidateCache();
}

void SignatureCanvas::undoLastStroke() {
    if (m_strokes.isEmpty())
        return;
    m_strokes.undoLastStroke();
    invalidateCache();
    Q_EMIT changed();
}

void SignatureCanvas::clear() {
    cancelStroke();
    if (m_strokes.isEmpty())
        return;
    m_strokes.clear();
    m_clock.invalidate();
    invalidateCache();
    Q_EMIT changed();
}

void SignatureCanvas::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    cancelStroke();
    setCursor(readOnly ? Qt::ArrowCursor : Qt::CrossCursor);
    update();
}

StrokePoint SignatureCanvas::toPoint(const QPointF &position, double pressure) const {
    const QRectF paper = paperRect();
    return {(position.x() - paper.left()) / std::max(1.0, paper.width()),
            (position.y() - paper.top()) / std::max(1.0, paper.height()), pressure,
            m_clock.isValid() ? m_clock.elapsed() : -1};
}

void SignatureCanvas::beginStroke(const QPointF &position, double pressure) {
    if (m_readOnly)
        return;
    if (!m_clock.isValid() || m_strokes.isEmpty())
        m_clock.start();
    m_drawing = true;
    m_current = {toPoint(position, pressure)};
    update();
}

void SignatureCanvas::extendStroke(const QPointF &position, double pressure) {
    if (!m_drawing)
        return;
    const StrokePoint point = toPoint(position, pressure);
    const StrokePoint &last = m_current.last();
    // Repeated events at the same spot add nothing to the shape.
    if (point.x == last.x && point.y == last.y)
        return;
    m_current.append(point);
    update();
}

void SignatureCanvas::finishStroke() {
    if (!m_drawing)
        return;
    m_drawing = false;
    m_strokes.addStroke(m_current);
    m_current.clear();
    invalidateCache();
    Q_EMIT changed();
}

void SignatureCanvas::cancelStroke() {
    m_drawing = false;
    m_current.clear();
    update();
}

void SignatureCanvas::invalidateCache() {
    m_cache = QImage();
    update();
}

void SignatureCanvas::mousePressEvent(QMouseEvent *event) {
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    beginStroke(event->position(), -1);
    event->accept();
}

void SignatureCanvas::mouseMoveEvent(QMouseEvent *event) {
    // The drawing state, not event->buttons(), decides: it holds from press to release whatever the
    // platform reports in between.
    if (!m_drawing) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    extendStroke(event->position(), -1);
    event->accept();
}

void SignatureCanvas::mouseReleaseEvent(QMouseEvent *event) {
    if (event->button() != Qt::LeftButton || !m_drawing) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    extendStroke(event->position(), -1);
    finishStroke();
    event->accept();
}

void SignatureCanvas::tabletEvent(QTabletEvent *event) {
    const double pressure = pressureOf(event->pointingDevice(), event->pressure());
    switch (event->type()) {
    case QEvent::TabletPress:
        beginStroke(event->position(), pressure);
        break;
    case QEvent::TabletMove:
        extendStroke(event->position(), pressure);
        break;
    case QEvent::TabletRelease:
        extendStroke(event->position(), pressure);
        finishStroke();
        break;
    default:
        break;
    }
    // Accepted, so Qt does not also synthesise mouse events for the same movement.
    event->accept();
}

bool SignatureCanvas::event(QEvent *event) {
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd: {
        auto *touch = static_cast<QTouchEvent *>(event);
        if (touch->points().isEmpty())
            return true;
        // The first finger draws; a second one resting on the screen is ignored.
        const QEventPoint &point = touch->points().first();
        const double pressure = pressureOf(touch->pointingDevice(), point.pressure());
        if (event->type() == QEvent::TouchBegin)
            beginStroke(point.position(), pressure);
        else
            extendStroke(point.position(), pressure);
        if (event->type() == QEvent::TouchEnd)
            finishStroke();
        event->accept();
        return true;
    }
    case QEvent::TouchCancel:
        cancelStroke();
        event->accept();
        return true;
    default:
        return QWidget::event(event);
    }
}

void SignatureCanvas::resizeEvent(QResizeEvent *event) {
    invalidateCache();
    QWidget::resizeEvent(event);
}

void SignatureCanvas::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF paper = paperRect();
    const qreal ratio = devicePixelRatioF();
    if (m_cache.isNull()) {
        m_cache = m_strokes.render((paper.size() * ratio).toSize(), Ink);
        m_cache.setDevicePixelRatio(ratio);
    }
    painter.drawImage(paper.topLeft(), m_cache);

    // The signature line and its cross, as on a paper form; drawn faintly so they never look like ink.
    const QColor guide(0x9a, 0xa3, 0xb5);
    const double baseline = paper.top() + paper.height() * 0.78;
    painter.setPen(QPen(guide, 1));
    painter.drawLine(QPointF(paper.left() + paper.width() * 0.06, baseline),
                     QPointF(paper.right() - paper.width() * 0.06, baseline));
    const double cross = std::max(4.0, paper.height() * 0.05);
    const QPointF crossAt(paper.left() + paper.width() * 0.06 + cross, baseline - cross * 1.8);
    painter.drawLine(crossAt + QPointF(-cross, -cross), crossAt + QPointF(cross, cross));
    painter.drawLine(crossAt + QPointF(-cross, cross), crossAt + QPointF(cross, -cross));

    if (m_strokes.isEmpty() && !m_drawing) {
        // The words, unlike the line, must be read: as dark as the white paper needs.
        painter.setPen(StatusColors::readable(guide, {QColor(Qt::white)}));
        QFont font = painter.font();
        font.setPointSizeF(font.pointSizeF() * 1.15);
        painter.setFont(font);
        painter.drawText(paper.adjusted(0, 0, 0, -paper.height() * 0.3), Qt::AlignCenter,
                         m_readOnly ? tr("Not signed") : tr("Sign here"));
    }

    if (m_current.size() > 0) {
        const double width = std::max(1.5, paper.height() / 32.0);
        painter.setPen(QPen(Ink, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        const auto toWidget = [&paper](const StrokePoint &point) {
            return QPointF(paper.left() + point.x * paper.width(), paper.top() + point.y * paper.height());
        };
        QPainterPath path(toWidget(m_current.first()));
        for (const StrokePoint &point : std::as_const(m_current))
            path.lineTo(toWidget(point));
        painter.drawPath(path);
    }

    const bool focusFrame = hasFocus();
    painter.setPen(QPen(focusFrame ? palette().color(QPalette::Highlight) : QColor(0xc4, 0xca, 0xd6), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(paper.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

} // namespace bk
