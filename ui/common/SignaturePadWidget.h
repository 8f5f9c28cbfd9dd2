// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/agreements/Signature.h"
#include "app/agreements/SignatureStrokes.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace bk {

class SignatureCanvas;

/// Takes one person's signature: drawn with mouse, pen or touch as vector strokes (undo last stroke, clear),
/// or their full name typed instead, which is the keyboard path. Saves nothing itself.
class SignaturePadWidget : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Draw, Type };

    explicit SignaturePadWidget(QWidget *parent = nullptr);

    /// The person signing, named under the signature line and suggested when typing.
    void setSignerName(const QString &name);
    QString signerName() const { return m_signerName; }

    Mode mode() const;
    /// Switches between drawing and typing; what was drawn or typed is kept for switching back.
    void setMode(Mode mode);

    const SignatureStrokes &strokes() const;
    QString typedName() const;
    /// Whether nothing has been drawn (Draw) or typed (Type).
    bool isEmpty() const;

    /// The signature shown, signed at `at` by the signer; std::nullopt while empty.
    std::optional<Signature> signature(const QDateTime &at) const;
    /// Shows a saved signature (drawn or typed) to go on from; a paper signature clears the pad.
    void setSignature(const Signature &signature);

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

public Q_SLOTS:
    void undoLastStroke();
    void clear();

Q_SIGNALS:
    /// Something was drawn, undone, cleared or typed, or the mode changed.
    void changed();

private:
    void updateState();

    QString m_signerName;
    bool m_readOnly = false;
    QCheckBox *m_typeInstead = nullptr;
    QStackedWidget *m_stack = nullptr;
    SignatureCanvas *m_canvas = nullptr;
    QLineEdit *m_typed = nullptr;
    QLabel *m_typedPreview = nullptr;
    QLabel *m_signerLabel = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace bk
