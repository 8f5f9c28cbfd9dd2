// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/practitioner/AddPractitionerDialog.h"

#include "app/practitioner/PractitionerService.h"
#include "ui/clients/ClientFormWidget.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bk {

AddPractitionerDialog::AddPractitionerDialog(OpenPractice database, QWidget *parent)
    : QDialog(parent)
    , m_db(database) {
    setObjectName(QStringLiteral("addPractitionerDialog"));
    setWindowTitle(tr("Add practitioner"));

    auto *intro = new QLabel(tr("The new practitioner signs in to the practice server with this name and "
                                "password. Tell them the password in person, never by email."),
                             this);
    intro->setWordWrap(true);

    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("loginLineEdit"));
    m_login->setPlaceholderText(tr("e.g. anna"));
    m_login->setToolTip(tr("Lower-case letters, digits and “_”, not starting with a digit"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("displayNameLineEdit"));
    m_name->setPlaceholderText(tr("e.g. Anna Berg"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleComboBox"));
    addRoles(m_role);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatPasswordLineEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout;
    form->addRow(tr("&Sign-in name:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Password a&gain:"), m_repeat);

    m_error = ClientFormWidget::makeErrorLabel(this, QStringLiteral("addPractitionerErrorLabel"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("dialogButtonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add practitioner"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddPractitionerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

void AddPractitionerDialog::addRoles(QComboBox *box) {
    for (PracticeRole role : PracticeRoles::all())
        box->addItem(PracticeRoles::label(role), PracticeRoles::key(role));
    box->setCurrentIndex(box->findData(PracticeRoles::key(PracticeRole::Practitioner)));
}

void AddPractitionerDialog::accept() {
    m_error->setVisible(false);
    const auto refuse = [this](const QString &message) {
        m_error->setText(message);
        m_error->setVisible(true);
    };
    if (m_password->text() != m_repeat->text()) {
        refuse(tr("The two passwords differ: type the same password in both fields."));
        m_repeat->setFocus();
        return;
    }
    const NewPractitioner practitioner{
        m_login->text().trimmed(), m_name->text(),
        PracticeRoles::fromKey(m_role->currentData().toString()).value_or(PracticeRole::Practitioner),
        m_password->text()};
    const Result<qint64> added = PractitionerService(m_db).add(practitioner);
    if (!added) {
        refuse(added.error().message);
        return;
    }
    m_added = practitioner.login;
    QDialog::accept();
}

} // namespace bk
