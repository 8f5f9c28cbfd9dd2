// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace bk {

/// Every file dialog the application shows goes through here: it opens in the folder of the last document
/// the user chose (the documents folder at first) and remembers the folder of the file chosen.
class FileDialogs {
public:
    /// Asks for an existing file; empty when the user cancels. `objectName` lets tests find the dialog.
    static QString openFile(QWidget *parent, const QString &objectName, const QString &title,
                            const QStringList &nameFilters = {});
    /// Asks where to save a file, offering `suggestedName` in the start folder; empty when the user cancels.
    /// `defaultSuffix` is added to a name typed without one.
    static QString saveFile(QWidget *parent, const QString &objectName, const QString &title,
                            const QString &suggestedName, const QStringList &nameFilters,
                            const QString &defaultSuffix = {});

    /// The folder the next file dialog opens in.
    static QString startFolder();
};

} // namespace bk
