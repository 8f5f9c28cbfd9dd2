// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QList>
#include <QSize>
#include <optional>

namespace bk {

/// One sampled point of a drawn stroke, in the pad's normalised coordinates.
struct StrokePoint {
    double x = 0; ///< 0 (left edge of the pad) to 1 (right edge)
    double y = 0; ///< 0 (top edge) to 1 (bottom edge)
    /// Pen pressure from 0 to 1, or -1 when the device does not report it (mouse).
    double pressure = -1;
    /// Milliseconds since the first point of the signature, or -1 when unknown.
    qint64 timeMs = -1;

    friend bool operator==(const StrokePoint &, const StrokePoint &) = default;
};

using Stroke = QList<StrokePoint>;

/// A drawn signature as vector strokes: what the signature pad records, what the agreement keeps, and
/// what is rendered into the image shown on the PDF.
///
/// Coordinates are normalised to the pad (0..1 on both axes); a pad is AspectRatio times wider than high,
/// so render() into a size of that ratio keeps the signature's proportions.
///
/// toJson() writes the format "boundary-keeper-strokes/1", compact and stable (integers only, written by
/// this code): {"format":"boundary-keeper-strokes/1","strokes":[[[x,y,p,t],…],…]} where x and y are
/// 0..10000, p is pressure 0..1000 or -1, and t milliseconds or -1.
class SignatureStrokes {
public:
    static constexpr double AspectRatio = 3.0;

    /// Adds a stroke; points outside the pad are clamped to it, an empty stroke is ignored.
    void addStroke(const Stroke &stroke);
    /// Removes the most recent stroke; does nothing when there is none.
    void undoLastStroke();
    void clear();
    bool isEmpty() const { return m_strokes.isEmpty(); }
    int strokeCount() const { return int(m_strokes.size()); }
    const QList<Stroke> &strokes() const { return m_strokes; }

    /// The signature in `ink` on white, smoothed and antialiased; wider lines where pressure was higher.
    QImage render(const QSize &size, const QColor &ink = QColor(0x1a, 0x2a, 0x5e)) const;

    QByteArray toJson() const;
    /// The strokes in `json`, or std::nullopt when it is not the format toJson() writes. Empty input gives
    /// empty strokes.
    static std::optional<SignatureStrokes> fromJson(const QByteArray &json);

    friend bool operator==(const SignatureStrokes &, const SignatureStrokes &) = default;

private:
    QList<Stroke> m_strokes;
};

} // namespace bk
