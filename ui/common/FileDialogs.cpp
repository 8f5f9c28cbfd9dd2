// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/common/FileDialogs.h"

#include "app/common/Settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace bk {

namespace {

// A dialog in the start folder; the file chosen in it is remembered by run().
void prepare(QFileDialog &dialog, const QString &objectName, const QStringList &nameFilters) {
    dialog.setObjectName(objectName);
    dialog.setDirectory(FileDialogs::startFolder());
    if (!nameFilters.isEmpty())
        dialog.setNameFilters(nameFilters);
}

// Shows the dialog; the chosen file's folder becomes the next start folder.
QString run(QFileDialog &dialog) {
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString path = dialog.selectedFiles().constFirst();
    Settings().setLastDocumentFolder(QFileInfo(path).absolutePath());
    return path;
}

} // namespace

QString FileDialogs::openFile(QWidget *parent, const QString &objectName, const QString &title,
                              const QStringList &nameFilters) {
    QFileDialog dialog(parent, title);
    prepare(dialog, objectName, nameFilters);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return run(dialog);
}

QString FileDialogs::saveFile(QWidget *parent, const QString &objectName, const QString &title,
                              const QString &suggestedName, const QStringList &nameFilters,
                              const QString &defaultSuffix) {
    QFileDialog dialog(parent, title);
    prepare(dialog, objectName, nameFilters);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(defaultSuffix);
    dialog.selectFile(suggestedName);
    return run(dialog);
}

QString FileDialogs::startFolder() {
    // A remembered folder may have been removed or unmounted since; then the documents folder, and the home
    // folder when there is not even that.
    if (const QString last = Settings().lastDocumentFolder(); !last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

} // namespace bk
