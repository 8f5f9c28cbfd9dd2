// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/SignatureStrokes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace bk {

namespace {

const char FormatName[] = "boundary-keeper-strokes/1";
constexpr double Scale = 10000.0;
constexpr double PressureScale = 1000.0;

double clamp01(double value) {
    return std::isfinite(value) ? std::clamp(value, 0.0, 1.0) : 0.0;
}

} // namespace

void SignatureStrokes::addStroke(const Stroke &stroke) {
    if (stroke.isEmpty())
        return;
    Stroke clamped;
    clamped.reserve(stroke.size());
    for (StrokePoint point : stroke) {
        point.x = clamp01(point.x);
        point.y = clamp01(point.y);
        point.pressure = point.pressure < 0 ? -1 : clamp01(point.pressure);
        point.timeMs = std::max<qint64>(point.timeMs, -1);
        clamped.append(point);
    }
    m_strokes.append(clamped);
}

void SignatureStrokes::undoLastStroke() {
    if (!m_strokes.isEmpty())
        m_strokes.removeLast();
}

void SignatureStrokes::clear() {
    m_strokes.clear();
}

QImage SignatureStrokes::render(const QSize &size, const QColor &ink) const {
    QImage image(size.expandedTo(QSize(1, 1)), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const double baseWidth = std::max(1.5, image.height() / 32.0);
    const auto toImage = [&image](const StrokePoint &point) {
        return QPointF(point.x * (image.width() - 1), point.y * (image.height() - 1));
    };
    for (const Stroke &stroke : m_strokes) {
        if (stroke.size() == 1) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(ink);
            painter.drawEllipse(toImage(stroke.first()), baseWidth / 2, baseWidth / 2);
            continue;
        }
        // Segments are drawn one by one so the width can follow the pressure; each one is a quadratic
        // curve through the midpoints of neighbouring samples, which smooths mouse jitter.
        for (qsizetype i = 1; i < stroke.size(); ++i) {
            const QPointF previous = toImage(stroke.at(i - 1));
            const QPointF current = toImage(stroke.at(i));
            const QPointF start = i == 1 ? previous : (toImage(stroke.at(i - 2)) + previous) / 2;
            const QPointF end = i == stroke.size() - 1 ? current : (previous + current) / 2;
            const double pressure = stroke.at(i).pressure;
            const double width = pressure < 0 ? baseWidth : baseWidth * (0.5 + pressure);
            painter.setPen(QPen(ink, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.setBrush(Qt::NoBrush);
            QPainterPath path(start);
            path.quadTo(i == 1 ? (start + end) / 2 : previous, end);
            painter.drawPath(path);
        }
    }
    return image;
}

QByteArray SignatureStrokes::toJson() const {
    // Written by hand, integers only, so the bytes never depend on a JSON library's number formatting.
    QByteArray json =
        QByteArrayLiteral("{\"format\":\"") + FormatName + QByteArrayLiteral("\",\"strokes\":[");
    for (qsizetype s = 0; s < m_strokes.size(); ++s) {
        if (s > 0)
            json += ',';
        json += '[';
        const Stroke &stroke = m_strokes.at(s);
        for (qsizetype p = 0; p < stroke.size(); ++p) {
            const StrokePoint &point = stroke.at(p);
            if (p > 0)
                json += ',';
            json += '[' + QByteArray::number(qRound(point.x * Scale)) + ',' +
                    QByteArray::number(qRound(point.y * Scale)) + ',' +
                    QByteArray::number(point.pressure < 0 ? -1 : qRound(point.pressure * PressureScale)) +
                    ',' + QByteArray::number(point.timeMs) + ']';
        }
        json += ']';
    }
    json += "]}";
    return json;
}

std::optional<SignatureStrokes> SignatureStrokes::fromJson(const QByteArray &json) {
    SignatureStrokes strokes;
    if (json.isEmpty())
        return strokes;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject() ||
        document.object().value(QStringLiteral("format")).toString() != QLatin1String(FormatName))
        return std::nullopt;
    for (const QJsonValue &strokeValue : document.object().value(QStringLiteral("strokes")).toArray()) {
        if (!strokeValue.isArray())
            return std::nullopt;
        Stroke stroke;
        for (const QJsonValue &pointValue : strokeValue.toArray()) {
            const QJsonArray point = pointValue.toArray();
            if (point.size() != 4)
                return std::nullopt;
            const double pressure = point.at(2).toDouble();
            stroke.append({point.at(0).toDouble() / Scale, point.at(1).toDouble() / Scale,
                           pressure < 0 ? -1 : pressure / PressureScale, qint64(point.at(3).toDouble())});
        }
        strokes.addStroke(stroke);
    }
    return strokes;
}

} // namespace bk
