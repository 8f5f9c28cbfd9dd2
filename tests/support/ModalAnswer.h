// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QApplication>
#include <QTimer>
#include <functional>

namespace bk::test {

/// Runs `act` on the modal dialog of type T once it is shown (a dialog opened after another one closes is
/// not there yet when the first one is answered).
template <typename T> void whenModal(std::function<void(T *)> act, int attempts = 3000) {
    QTimer::singleShot(10, qApp, [act = std::move(act), attempts] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
            dialog && dialog->isVisible()) {
            act(dialog);
            return;
        }
        if (attempts > 0)
            whenModal<T>(act, attempts - 1);
    });
}

} // namespace bk::test
