// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/StatusColors.h"

#include <algorithm>
#include <cmath>

namespace bk::StatusColors {

namespace {

double luminance(const QColor &colour) {
    const auto linear = [](float channel) {
        return channel <= 0.04045f ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double worstContrast(const QColor &colour, const QList<QColor> &backgrounds) {
    double worst = 21;
    for (const QColor &background : backgrounds)
        worst = std::min(worst, contrast(colour, background));
    return worst;
}

// The hue each status starts from: the colours the light palette has always shown.
QColor hueOf(Status status, const QPalette &palette) {
    switch (status) {
    case Status::Alert:
        return QColor(0xc6, 0x28, 0x28);
    case Status::Caution:
        return QColor(0x8a, 0x5a, 0x00);
    case Status::Success:
        return QColor(0x1b, 0x5e, 0x20);
    case Status::Accent:
        return QColor(0x2c, 0x5c, 0x9a);
    case Status::Muted:
        break;
    }
    return mixed(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.3);
}

// What text is drawn on: the window, fields, and the panes styles shade a little towards the text colour
// (Fusion's tab pages and group boxes in a dark palette).
QList<QColor> surfaces(const QPalette &palette) {
    const QColor window = palette.color(QPalette::Window);
    return {window, palette.color(QPalette::Base), mixed(window, palette.color(QPalette::WindowText), 0.15)};
}

} // namespace

double contrast(const QColor &first, const QColor &second) {
    const double a = luminance(first);
    const double b = luminance(second);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QColor mixed(const QColor &from, const QColor &to, double share) {
    const QColor a = from.toRgb();
    const QColor b = to.toRgb();
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * share),
                            float(a.greenF() + (b.greenF() - a.greenF()) * share),
                            float(a.blueF() + (b.blueF() - a.blueF()) * share));
}

QColor readable(const QColor &colour, const QList<QColor> &backgrounds, double minimum) {
    if (worstContrast(colour, backgrounds) >= minimum)
        return colour;
    // Towards black on light backgrounds, towards white on dark ones; one of the two always has 4.58:1.
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor pole =
        worstContrast(black, backgrounds) >= worstContrast(white, backgrounds) ? black : white;
    constexpr int Steps = 40;
    for (int step = 1; step < Steps; ++step) {
        const QColor candidate = mixed(colour, pole, double(step) / Steps);
        if (worstContrast(candidate, backgrounds) >= minimum)
            return candidate;
    }
    return pole;
}

QColor best(const QColor &background, const QList<QColor> &candidates) {
    return *std::max_element(candidates.cbegin(), candidates.cend(),
                             [&background](const QColor &a, const QColor &b) {
                                 return contrast(a, background) < contrast(b, background);
                             });
}

QColor text(Status status, const QPalette &palette) {
    return readable(hueOf(status, palette), surfaces(palette) << tint(status, palette), TextContrast);
}

QColor graphic(Status status, const QPalette &palette) {
    return readable(hueOf(status, palette), surfaces(palette), GraphicContrast);
}

QColor tint(Status status, const QPalette &palette) {
    const QColor base = palette.color(QPalette::Base);
    // Brighter hues than the text's: a pale wash of dark brown is grey, of amber it is warm.
    QColor hue = hueOf(status, palette);
    if (status == Status::Caution)
        hue = QColor(0xf0, 0xa0, 0x20);
    else if (status == Status::Success)
        hue = QColor(0x43, 0xa0, 0x47);
    const QList<QColor> texts{palette.color(QPalette::Text), palette.color(QPalette::WindowText)};
    // As much of the hue as the text allows, up to an eighth: a high-contrast palette gets a fainter tint.
    for (double share = 0.125; share > 0.01; share -= 0.0125) {
        const QColor candidate = mixed(base, hue, share);
        if (worstContrast(candidate, texts) >= TextContrast)
            return candidate;
    }
    return base;
}

} // namespace bk::StatusColors
