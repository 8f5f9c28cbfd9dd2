// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/TextKeys.h"

namespace bk::TextKeys {

QString fold(const QString &text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString base;
    base.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            base.append(c);
    }
    return base.toCaseFolded();
}

} // namespace bk::TextKeys
