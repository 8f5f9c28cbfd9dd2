// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/backup/PassphraseDialog.h"

#include "ui/help/ContextHelp.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bk {

PassphraseDialog::PassphraseDialog(Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , m_purpose(purpose) {
    setObjectName(QStringLiteral("passphraseDialog"));
    ContextHelp::setTopic(this, HelpTopic::Backups);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    QString hint;
    switch (purpose) {
    case Purpose::NewBackup:
        setWindowTitle(tr("Back up"));
        m_encrypt = new QCheckBox(tr("&Encrypt the backup with a passphrase"), this);
        m_encrypt->setObjectName(QStringLiteral("encryptCheckBox"));
        layout->addWidget(m_encrypt);
        hint =
            tr("Without the passphrase nobody can read an encrypted backup, you included: keep it somewhere "
               "safe.");
        break;
    case Purpose::DailyBackups:
        setWindowTitle(tr("Encrypt daily backups"));
        hint =
            tr("Daily backups will be encrypted with this passphrase. It is kept in this computer's system "
               "keyring; note it somewhere safe as well: restoring a backup on another computer needs it.");
        break;
    case Purpose::OpenBackup:
        setWindowTitle(tr("Encrypted backup"));
        hint = tr("This backup is encrypted. Enter its passphrase.");
        break;
    }
    auto *hintLabel = new QLabel(hint, this);
    hintLabel->setWordWrap(true);
    layout->addWidget(hintLabel);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphraseLineEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    if (purpose != Purpose::OpenBackup) {
        m_confirmation = new QLineEdit(this);
        m_confirmation->setObjectName(QStringLiteral("confirmPassphraseLineEdit"));
        m_confirmation->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Again:"), m_confirmation);
    }
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("passphraseProblemLabel"));
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("passphraseDialogButtonBox"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(purpose == Purpose::NewBackup      ? tr("&Back up")
                  : purpose == Purpose::DailyBackups ? tr("&Keep")
                                                     : tr("&Open"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_passphrase, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);
    if (m_confirmation)
        connect(m_confirmation, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);
    if (m_encrypt)
        connect(m_encrypt, &QCheckBox::toggled, this, &PassphraseDialog::updateState);
    updateState();
}

QByteArray PassphraseDialog::passphrase() const {
    if (m_encrypt && !m_encrypt->isChecked())
        return {};
    return m_passphrase->text().toUtf8();
}

void PassphraseDialog::updateState() {
    const bool encrypting = !m_encrypt || m_encrypt->isChecked();
    m_passphrase->setEnabled(encrypting);
    if (m_confirmation)
        m_confirmation->setEnabled(encrypting);
    QString problem;
    if (encrypting && m_passphrase->text().isEmpty())
        problem = tr("Enter a passphrase.");
    else if (encrypting && m_confirmation && m_confirmation->text() != m_passphrase->text())
        problem = tr("The two passphrases differ.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace bk
