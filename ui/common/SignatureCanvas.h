// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/agreements/SignatureStrokes.h"

#include <QElapsedTimer>
#include <QImage>
#include <QWidget>

namespace bk {

/// The drawing surface of a signature pad: records mouse, pen (tablet) and touch input as vector strokes
/// in the pad's normalised coordinates, on a white paper area SignatureStrokes::AspectRatio times wider
/// than high.
class SignatureCanvas : public QWidget {
    Q_OBJECT
public:
    explicit SignatureCanvas(QWidget *parent = nullptr);

    const SignatureStrokes &strokes() const { return m_strokes; }
    void setStrokes(const SignatureStrokes &strokes);
    void undoLastStroke();
    void clear();
    void setReadOnly(bool readOnly);
    /// Whether a stroke is being drawn right now (pressed but not yet released).
    bool isDrawing() const { return m_drawing; }

    /// The paper area inside the widget, where points are recorded.
    QRectF paperRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// A stroke was finished, undone or cleared.
    void changed();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void tabletEvent(QTabletEvent *event) override;

private:
    void beginStroke(const QPointF &position, double pressure);
    void extendStroke(const QPointF &position, double pressure);
    void finishStroke();
    void cancelStroke();
    StrokePoint toPoint(const QPointF &position, double pressure) const;
    void invalidateCache();

    SignatureStrokes m_strokes;
    Stroke m_current;
    bool m_drawing = false;
    bool m_readOnly = false;
    /// Times points from the first point of the signature; restarted when the pad is cleared.
    QElapsedTimer m_clock;
    /// The finished strokes rendered at the paper's size, redrawn only when they change.
    QImage m_cache;
};

} // namespace bk
