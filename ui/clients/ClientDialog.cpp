// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/clients/ClientDialog.h"

#include "app/clients/ClientConflict.h"
#include "app/clients/ClientService.h"
#include "app/common/Clock.h"
#include "app/common/OpenPractice.h"
#include "ui/clients/ClientFormWidget.h"
#include "ui/common/ConflictDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/common/StatusPalette.h"
#include "ui/help/ContextHelp.h"
#include "ui/practitioner/ClientPractitionersWidget.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace bk {

ClientDialog::ClientDialog(OpenPractice database, QWidget *parent)
    : QDialog(parent)
    , m_db(database) {
    buildForm();
    setWindowTitle(tr("New client"));
    showClient(Client{});
}

ClientDialog::ClientDialog(OpenPractice database, const Client &client, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_opened(client)
    , m_editing(true) {
    buildForm();
    setWindowTitle(m_db.isReadOnly() ? tr("Client – %1").arg(client.fullName)
                                     : tr("Edit client – %1").arg(client.fullName));
    showClient(client);
}

void ClientDialog::buildForm() {
    setObjectName(QStringLiteral("clientDialog"));
    ContextHelp::setTopic(this, HelpTopic::Clients);
    const bool readOnly = m_db.isReadOnly();

    m_form = new ClientFormWidget(this);
    m_form->setReadOnly(readOnly);

    m_times = new QLabel(this);
    m_times->setObjectName(QStringLiteral("timesLabel"));
    setStatusColor(m_times, StatusColors::Status::Muted);
    m_times->setVisible(false);

    m_practitioners = new ClientPractitionersWidget(m_db, this);

    m_saveError = ClientFormWidget::makeErrorLabel(this, QStringLiteral("saveErrorLabel"));

    m_buttons = new QDialogButtonBox(this);
    m_buttons->setObjectName(QStringLiteral("dialogButtonBox"));
    if (readOnly) {
        m_buttons->addButton(QDialogButtonBox::Close);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    } else {
        // Saving and going straight on to the agreement is the usual way a first meeting starts.
        QPushButton *startAgreement =
            m_buttons->addButton(tr("Save and start &agreement…"), QDialogButtonBox::ActionRole);
        startAgreement->setObjectName(QStringLiteral("startAgreementPushButton"));
        startAgreement->setToolTip(tr("Save the client and walk through the boundary agreement together"));
        connect(startAgreement, &QPushButton::clicked, this, [this] {
            m_agreementRequested = true;
            accept();
            if (result() != QDialog::Accepted)
                m_agreementRequested = false;
        });
        m_buttons->addButton(QDialogButtonBox::Save);
        m_buttons->addButton(QDialogButtonBox::Cancel);
        connect(m_buttons, &QDialogButtonBox::accepted, this, &ClientDialog::accept);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_times);
    layout->addWidget(m_practitioners);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);
    resize(560, 560);
}

void ClientDialog::showClient(const Client &client) {
    m_form->setClient(client);
    if (m_editing) {
        const QLocale locale;
        m_times->setText(Clock::withZone(
            tr("Added %1 · last changed %2")
                .arg(locale.toString(Clock::toLocal(client.createdAt), QLocale::ShortFormat),
                     locale.toString(Clock::toLocal(client.updatedAt), QLocale::ShortFormat))));
        m_times->setVisible(true);
    }
    m_practitioners->setClient(m_editing ? client.id : 0);
}

Client ClientDialog::client() const {
    return m_form->client();
}

void ClientDialog::accept() {
    if (m_db.isReadOnly())
        return;
    m_saveError->setVisible(false);
    if (!m_form->validate())
        return;

    if (m_editing) {
        if (!saveChanges(client()))
            return;
    } else {
        const Result<qint64> added = ClientService(m_db).add(client());
        if (!added) {
            showSaveError(added.error().message);
            return;
        }
        m_savedId = added.value();
    }
    QDialog::accept();
}

bool ClientDialog::saveChanges(Client edited) {
    const ClientService clients(m_db);
    Client theirs;
    Result<int> saved = clients.update(edited, &theirs);
    while (!saved && saved.error().kind == Error::Kind::Stale) {
        const ClientConflict conflict(m_opened, edited, theirs);
        QList<bool> keepMine;
        // Versions that differ in no field the practitioner edits need no choice: nothing of theirs is lost.
        if (!conflict.fields().isEmpty()) {
            ConflictDialog dialog(theirs.fullName, conflict.conflicts(), this);
            if (dialog.exec() != QDialog::Accepted) {
                showSaveError(tr("%1 Your changes are still here: save again to compare them with the "
                                 "newer version, or cancel to discard them.")
                                  .arg(saved.error().message));
                return false;
            }
            keepMine = dialog.keepMine();
        }
        // The choices on top of their version; the form shows them in case that meets a newer one too.
        m_opened = theirs;
        edited = conflict.combined(keepMine);
        m_form->setClient(edited);
        saved = clients.update(edited, &theirs);
    }
    if (!saved) {
        if (saved.error().kind == Error::Kind::NotFound)
            return saveAsNewClient(edited);
        showSaveError(saved.error().message);
        return false;
    }
    m_savedId = edited.id;
    return true;
}

bool ClientDialog::saveAsNewClient(const Client &edited) {
    const MessageBox::Answer answer = MessageBox::confirm(
        this, tr("Client deleted elsewhere"),
        tr("%1 was deleted elsewhere after you opened it, so your changes could not be saved. Save what "
           "you typed as a new client?")
            .arg(edited.fullName.trimmed()),
        tr("Save as new client"), MessageBox::Kind::Warning);
    if (answer != MessageBox::Answer::Confirmed) {
        showSaveError(tr("%1 was deleted elsewhere; nothing was saved. Cancel to discard your changes.")
                          .arg(edited.fullName.trimmed()));
        return false;
    }
    Client added = edited;
    added.id = 0;
    added.rowVersion = 0;
    const Result<qint64> id = ClientService(m_db).add(added);
    if (!id) {
        showSaveError(id.error().message);
        return false;
    }
    m_savedId = id.value();
    return true;
}

void ClientDialog::showSaveError(const QString &message) {
    m_saveError->setText(tr("Nothing was saved. %1").arg(message));
    m_saveError->setVisible(true);
}

} // namespace bk
