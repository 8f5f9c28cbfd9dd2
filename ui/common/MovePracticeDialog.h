// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/PracticeMove.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace bk {

/// File › Move practice to a server…: asks for the server database's address and password, copies the
/// practice there off the GUI thread (PracticeMove) with a progress bar and Cancel (which rolls the copy
/// back), reports the counts checked and offers to open the practice on the server. The file is never
/// changed.
class MovePracticeDialog : public QDialog {
    Q_OBJECT
public:
    /// Moves the practice in the file at `filePath`.
    explicit MovePracticeDialog(const QString &filePath, QWidget *parent = nullptr);

    /// After the dialog was accepted: the address (with the password) of the practice on the server when the
    /// user chose to open it there, otherwise empty.
    QString practiceToOpen() const { return m_practiceToOpen; }

    void reject() override;

private:
    void startMove();
    void showProgress(const QString &table, qint64 done, qint64 total);
    void moveFinished(const QList<bk::PracticeMove::Table> &tables, const QString &message, bool cancelled);
    void setEditing(bool editing);
    /// The address as libpq takes it, with the password field's password added as a parameter.
    QString urlWithPassword() const;

    const QString m_filePath;
    PracticeMove *m_move = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_password = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_moveButton = nullptr;
    QString m_practiceToOpen;
};

} // namespace bk
