// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/Signature.h"

#include "app/common/DocumentLanguage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

namespace bk {

namespace {

// lupdate files these messages under "Signature", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Signature)
};

QByteArray pngOf(const QImage &image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

namespace SignatureMethods {

QString key(SignatureMethod method) {
    switch (method) {
    case SignatureMethod::Drawn:
        return QStringLiteral("drawn");
    case SignatureMethod::Typed:
        return QStringLiteral("typed");
    case SignatureMethod::Paper:
        return QStringLiteral("paper");
    }
    return QStringLiteral("typed");
}

std::optional<SignatureMethod> fromKey(const QString &key) {
    for (SignatureMethod method : {SignatureMethod::Drawn, SignatureMethod::Typed, SignatureMethod::Paper}) {
        if (SignatureMethods::key(method) == key)
            return method;
    }
    return std::nullopt;
}

namespace {

// The English label; both label() overloads look it up under "Signature".
const char *labelSource(SignatureMethod method) {
    switch (method) {
    case SignatureMethod::Drawn:
        return QT_TRANSLATE_NOOP("Signature", "Drawn by hand on screen");
    case SignatureMethod::Typed:
        return QT_TRANSLATE_NOOP("Signature", "Full name typed");
    case SignatureMethod::Paper:
        return QT_TRANSLATE_NOOP("Signature", "Signed on paper");
    }
    return "";
}

} // namespace

QString label(SignatureMethod method) {
    return Tr::tr(labelSource(method));
}

QString label(SignatureMethod method, const DocumentLanguage &language) {
    return language.text("Signature", labelSource(method));
}

} // namespace SignatureMethods

Signature Signature::drawn(const QString &signerName, const SignatureStrokes &strokes, const QDateTime &at) {
    Signature signature;
    signature.method = SignatureMethod::Drawn;
    signature.signerName = signerName.trimmed();
    signature.signedAt = at.toUTC();
    signature.strokes = strokes;
    signature.imagePng = pngOf(strokes.render(imageSize()));
    return signature;
}

Signature Signature::typed(const QString &signerName, const QString &typedName, const QDateTime &at) {
    Signature signature;
    signature.method = SignatureMethod::Typed;
    signature.signerName = signerName.trimmed();
    signature.signedAt = at.toUTC();
    signature.typedName = typedName.trimmed();
    signature.imagePng = pngOf(renderTyped(signature.typedName, imageSize()));
    return signature;
}

Signature Signature::paper(const QString &signerName, const QDateTime &at, const QString &note) {
    Signature signature;
    signature.method = SignatureMethod::Paper;
    signature.signerName = signerName.trimmed();
    signature.signedAt = at.toUTC();
    signature.paperNote =
        note.trimmed().isEmpty()
            ? Tr::tr("Signed by hand on a printed copy; the paper original is kept by the practice.")
            : note.trimmed();
    return signature;
}

QSize Signature::imageSize() {
    return QSize(900, int(900 / SignatureStrokes::AspectRatio));
}

QImage Signature::renderTyped(const QString &text, const QSize &size) {
    QImage image(size.expandedTo(QSize(1, 1)), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setItalic(true);
    font.setPixelSize(std::max(8, image.height() * 2 / 5));
    // Long names shrink to fit the width instead of being cut off.
    const double available = image.width() * 0.92;
    const double width = QFontMetricsF(font).horizontalAdvance(text);
    if (width > available)
        font.setPixelSize(std::max(8, int(font.pixelSize() * available / width)));
    painter.setFont(font);
    painter.setPen(QColor(0x1a, 0x2a, 0x5e));
    painter.drawText(image.rect(), Qt::AlignCenter, text);
    return image;
}

QStringList Signature::problems() const {
    QStringList problems;
    if (signerName.trimmed().isEmpty())
        problems.append(Tr::tr("The signer's name is missing."));
    if (!signedAt.isValid())
        problems.append(Tr::tr("The time of signing is missing."));
    switch (method) {
    case SignatureMethod::Drawn:
        if (strokes.isEmpty())
            problems.append(Tr::tr("Nothing has been drawn."));
        break;
    case SignatureMethod::Typed:
        if (typedName.trimmed().isEmpty())
            problems.append(Tr::tr("No name has been typed."));
        break;
    case SignatureMethod::Paper:
        break;
    }
    return problems;
}

} // namespace bk
