// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/clients/Client.h"
#include "app/common/OpenPractice.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace bk {

class ClientFormWidget;
class ClientPractitionersWidget;

/// Adds a client to the register or edits one, showing each problem next to the field it concerns.
///
/// On a read-only database it shows the client without letting anything be changed.
class ClientDialog : public QDialog {
    Q_OBJECT
public:
    /// A dialog for a new client.
    explicit ClientDialog(OpenPractice database, QWidget *parent = nullptr);
    /// A dialog for an existing client.
    ClientDialog(OpenPractice database, const Client &client, QWidget *parent = nullptr);

    /// The client as the fields describe it now.
    Client client() const;
    /// The id of the client saved by the dialog; 0 until it has saved.
    qint64 savedClientId() const { return m_savedId; }
    /// Whether the dialog was closed with "Save and start agreement": the caller opens the onboarding
    /// wizard for savedClientId().
    bool agreementRequested() const { return m_agreementRequested; }

    /// Validates and saves; with problems the dialog stays open and keeps everything typed. When the
    /// client was saved elsewhere meanwhile, the conflict dialog shows both versions to combine.
    void accept() override;

private:
    void buildForm();
    void showClient(const Client &client);
    /// Saves the edited client; a version saved elsewhere since is shown beside it field by field, and what
    /// the practitioner combines is saved on top of it (which may meet a newer one again). False when
    /// nothing was saved; the form then keeps what was typed.
    bool saveChanges(Client edited);
    /// The client was deleted elsewhere: offers to save the form as a new client.
    bool saveAsNewClient(const Client &edited);
    void showSaveError(const QString &message);

    const OpenPractice m_db;
    /// The client as the practitioner last saw it stored: what their edits are measured against.
    Client m_opened;
    bool m_editing = false;
    bool m_agreementRequested = false;
    qint64 m_savedId = 0;

    ClientFormWidget *m_form = nullptr;
    QLabel *m_times = nullptr;
    /// Who is responsible for the client, with whom it is shared, who created and last changed it.
    ClientPractitionersWidget *m_practitioners = nullptr;
    QLabel *m_saveError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace bk
