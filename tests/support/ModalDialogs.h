// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QLineEdit>
#include <QMetaObject>
#include <QTest>
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

/// Answers an open file dialog with `path` as a person does: the whole path typed into the file-name field,
/// then accepted. (QFileDialog::selectFile() leaves that field alone while it has the keyboard focus, which
/// it gets as soon as the dialog's window is active: the dialog would then return its suggested name.)
inline void chooseFile(QFileDialog *dialog, const QString &path) {
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    name->setText(path);
    QMetaObject::invokeMethod(dialog, &QDialog::accept); // protected in QFileDialog
}

} // namespace bk::test
