// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/clients/EraseClientDialog.h"

#include "ui/help/ContextHelp.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace bk {

EraseClientDialog::EraseClientDialog(const Client &client, const ErasureScope &scope, bool deleteRefused,
                                     QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("eraseClientDialog"));
    ContextHelp::setTopic(this, HelpTopic::Clients);
    setWindowTitle(tr("Erase client's personal data"));
    auto *layout = new QVBoxLayout(this);

    QString text;
    if (deleteRefused)
        text =
            tr("%1 cannot be deleted for good: the practice's records of them (incidents, signed documents) "
               "must stay so that its history stays true. You can erase their personal data instead.")
                .arg(client.fullName) +
            QStringLiteral("\n\n");
    text +=
        tr("Erase the personal data of %1? Their name, email, phone and notes go, and so does the text "
           "written in %n incident(s) about them: descriptions, outcomes, step notes, goals and follow-up "
           "notes. The incidents stay, anonymised, so the dashboard's counts stay as they are. This cannot "
           "be undone.",
           nullptr, int(scope.incidents))
            .arg(client.fullName);
    auto *question = new QLabel(text, this);
    question->setObjectName(QStringLiteral("eraseQuestionLabel"));
    question->setWordWrap(true);
    layout->addWidget(question);

    const qint64 documents = scope.signedAgreements + scope.signedContracts;
    if (documents > 0) {
        auto *why =
            new QLabel(tr("%1 has %n signed agreement(s) or contract(s). A signed agreement may have to "
                          "be retained: professional bodies commonly advise keeping records for around "
                          "seven years. Choose what happens to them:",
                          nullptr, int(documents))
                           .arg(client.fullName),
                       this);
        why->setObjectName(QStringLiteral("signedDocumentsLabel"));
        why->setWordWrap(true);
        layout->addWidget(why);
        m_keep = new QRadioButton(tr("&Keep them as signed (they still name the client)"), this);
        m_keep->setObjectName(QStringLiteral("keepDocumentsRadioButton"));
        m_remove = new QRadioButton(tr("&Remove them too"), this);
        m_remove->setObjectName(QStringLiteral("removeDocumentsRadioButton"));
        layout->addWidget(m_keep);
        layout->addWidget(m_remove);
        connect(m_keep, &QRadioButton::toggled, this, &EraseClientDialog::updateButton);
        connect(m_remove, &QRadioButton::toggled, this, &EraseClientDialog::updateButton);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_erase =
        buttons->addButton(tr("Erase %1's data").arg(client.fullName), QDialogButtonBox::DestructiveRole);
    m_erase->setObjectName(QStringLiteral("erasePushButton"));
    m_erase->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_erase, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateButton();
}

SignedDocuments EraseClientDialog::signedDocuments() const {
    return m_remove && m_remove->isChecked() ? SignedDocuments::Remove : SignedDocuments::Keep;
}

void EraseClientDialog::updateButton() {
    m_erase->setEnabled(!m_keep || m_keep->isChecked() || m_remove->isChecked());
}

} // namespace bk
