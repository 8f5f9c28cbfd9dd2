// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/common/SignaturePadWidget.h"

#include "ui/common/SignatureCanvas.h"
#include "ui/common/StatusPalette.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace bk {

SignaturePadWidget::SignaturePadWidget(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("signaturePadWidget"));

    m_canvas = new SignatureCanvas(this);
    connect(m_canvas, &SignatureCanvas::changed, this, &SignaturePadWidget::updateState);

    // The typed alternative: the name in the signature style, live, at the pad's size.
    auto *typedPage = new QWidget(this);
    m_typed = new QLineEdit(typedPage);
    m_typed->setObjectName(QStringLiteral("typedSignatureLineEdit"));
    m_typed->setAccessibleName(tr("Full name, typed as the signature"));
    m_typedPreview = new QLabel(typedPage);
    m_typedPreview->setObjectName(QStringLiteral("typedSignaturePreviewLabel"));
    m_typedPreview->setAlignment(Qt::AlignCenter);
    m_typedPreview->setMinimumHeight(m_canvas->minimumSizeHint().height() - m_typed->sizeHint().height());
    // Ignored: the preview pixmap follows the space given and must not push the layout wider.
    m_typedPreview->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_typedPreview->setStyleSheet(
        QStringLiteral("QLabel { background: white; border: 1px solid #c4cad6; border-radius: 4px; }"));
    auto *typedLayout = new QVBoxLayout(typedPage);
    typedLayout->setContentsMargins(2, 2, 2, 2);
    typedLayout->setSpacing(6);
    typedLayout->addWidget(m_typed);
    typedLayout->addWidget(m_typedPreview, 1);
    connect(m_typed, &QLineEdit::textChanged, this, &SignaturePadWidget::updateState);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("signatureModeStackedWidget"));
    m_stack->addWidget(m_canvas);
    m_stack->addWidget(typedPage);

    m_signerLabel = new QLabel(this);
    m_signerLabel->setObjectName(QStringLiteral("signerLabel"));
    setStatusColor(m_signerLabel, StatusColors::Status::Muted);

    m_undo = new QPushButton(tr("Undo last stroke"), this);
    m_undo->setObjectName(QStringLiteral("undoStrokePushButton"));
    m_undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undo->setAutoDefault(false);
    connect(m_undo, &QPushButton::clicked, this, &SignaturePadWidget::undoLastStroke);
    m_clear = new QPushButton(tr("Clear"), this);
    m_clear->setObjectName(QStringLiteral("clearSignaturePushButton"));
    m_clear->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear")));
    m_clear->setAutoDefault(false);
    connect(m_clear, &QPushButton::clicked, this, &SignaturePadWidget::clear);

    m_typeInstead = new QCheckBox(tr("Type your full name instead"), this);
    m_typeInstead->setObjectName(QStringLiteral("typeInsteadCheckBox"));
    m_typeInstead->setToolTip(tr("Sign by typing your full name: the way to sign with the keyboard"));
    connect(m_typeInstead, &QCheckBox::toggled, this, [this](bool typing) {
        setMode(typing ? Mode::Type : Mode::Draw);
        if (typing)
            m_typed->setFocus(Qt::OtherFocusReason);
    });

    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    row->addWidget(m_typeInstead);
    row->addStretch(1);
    row->addWidget(m_undo);
    row->addWidget(m_clear);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_signerLabel);
    layout->addLayout(row);

    setSignerName({});
    updateState();
}

void SignaturePadWidget::setSignerName(const QString &name) {
    m_signerName = name.trimmed();
    m_signerLabel->setText(m_signerName.isEmpty() ? tr("Signature")
                                                  : tr("Signature of %1").arg(m_signerName));
    m_typed->setPlaceholderText(m_signerName.isEmpty()
                                    ? tr("Type your full name")
                                    : tr("Type your full name, e.g. %1").arg(m_signerName));
}

SignaturePadWidget::Mode SignaturePadWidget::mode() const {
    return m_stack->currentIndex() == 1 ? Mode::Type : Mode::Draw;
}

void SignaturePadWidget::setMode(Mode mode) {
    {
        const QSignalBlocker block(m_typeInstead);
        m_typeInstead->setChecked(mode == Mode::Type);
    }
    if (SignaturePadWidget::mode() == mode)
        return;
    m_stack->setCurrentIndex(mode == Mode::Type ? 1 : 0);
    updateState();
}

const SignatureStrokes &SignaturePadWidget::strokes() const {
    return m_canvas->strokes();
}

QString SignaturePadWidget::typedName() const {
    return m_typed->text().trimmed();
}

bool SignaturePadWidget::isEmpty() const {
    return mode() == Mode::Type ? typedName().isEmpty() : strokes().isEmpty();
}

std::optional<Signature> SignaturePadWidget::signature(const QDateTime &at) const {
    if (isEmpty())
        return std::nullopt;
    return mode() == Mode::Type ? Signature::typed(m_signerName, typedName(), at)
                                : Signature::drawn(m_signerName, strokes(), at);
}

void SignaturePadWidget::setSignature(const Signature &signature) {
    {
        const QSignalBlocker block(m_typed);
        m_typed->setText(signature.method == SignatureMethod::Typed ? signature.typedName : QString());
    }
    m_canvas->setStrokes(signature.method == SignatureMethod::Drawn ? signature.strokes : SignatureStrokes());
    setMode(signature.method == SignatureMethod::Typed ? Mode::Type : Mode::Draw);
    updateState();
}

void SignaturePadWidget::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    m_canvas->setReadOnly(readOnly);
    m_typed->setReadOnly(readOnly);
    m_typeInstead->setEnabled(!readOnly);
    updateState();
}

void SignaturePadWidget::undoLastStroke() {
    if (!m_readOnly)
        m_canvas->undoLastStroke();
}

void SignaturePadWidget::clear() {
    if (m_readOnly)
        return;
    if (mode() == Mode::Type)
        m_typed->clear();
    else
        m_canvas->clear();
}

void SignaturePadWidget::updateState() {
    const bool drawing = mode() == Mode::Draw;
    m_undo->setEnabled(!m_readOnly && drawing && !strokes().isEmpty());
    m_clear->setEnabled(!m_readOnly && !isEmpty());
    if (!drawing) {
        const QSize size = m_typedPreview->contentsRect().size().expandedTo(QSize(240, 60));
        const qreal ratio = devicePixelRatioF();
        QSize image(int(size.height() * SignatureStrokes::AspectRatio), size.height());
        if (image.width() > size.width())
            image = QSize(size.width(), int(size.width() / SignatureStrokes::AspectRatio));
        if (typedName().isEmpty()) {
            m_typedPreview->setPixmap({});
        } else {
            QPixmap pixmap = QPixmap::fromImage(Signature::renderTyped(typedName(), image * ratio));
            pixmap.setDevicePixelRatio(ratio);
            m_typedPreview->setPixmap(pixmap);
        }
    }
    Q_EMIT changed();
}

} // namespace bk
