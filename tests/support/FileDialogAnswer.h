// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QDialog>
#include <QFileDialog>
#include <QLineEdit>
#include <QMetaObject>
#include <QTest>

namespace bk::test {

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
