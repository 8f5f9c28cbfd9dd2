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
    setWindowTitle(purpose == Purpose::NewBackup ? tr("Back up") : tr("Encrypted backup"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    if (purpose == Purpose::NewBackup) {
        m_encrypt = new QCheckBox(tr("&Encrypt the backup with a passphrase"), this);
        m_encrypt->setObjectName(QStringLiteral("encryptCheckBox"));
        layout->addWidget(m_encrypt);
        auto *hint = new QLabel(tr("Without the passphrase nobody can read an encrypted backup, you "
                                   "included: keep it somewhere safe."),
                                this);
        hint->setWordWrap(true);
        layout->addWidget(hint);
    } else {
        auto *hint = new QLabel(tr("This backup is encrypted. Enter its passphrase."), this);
        hint->setWordWrap(true);
        layout->addWidget(hint);
    }
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphraseLineEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    if (purpose == Purpose::NewBackup) {
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
        ->setText(purpose == Purpose::NewBackup ? tr("&Back up") : tr("&Open"));
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
