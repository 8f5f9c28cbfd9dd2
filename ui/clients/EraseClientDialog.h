// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/clients/Client.h"

#include <QDialog>

class QPushButton;
class QRadioButton;

namespace bk {

/// Asks before erasing a client's personal data: names the client and what goes and what stays, and, when
/// they have signed agreements or contracts, makes the practitioner choose explicitly whether those are kept
/// (with the reason a signed agreement may have to be retained) or removed. Erase stays disabled until then.
class EraseClientDialog : public QDialog {
    Q_OBJECT
public:
    /// `deleteRefused`: opened from Delete for good on a client with records, which says why erasure is
    /// offered instead.
    EraseClientDialog(const Client &client, const ErasureScope &scope, bool deleteRefused, QWidget *parent);

    /// The practitioner's choice for the signed documents (Keep when there are none).
    SignedDocuments signedDocuments() const;

private:
    void updateButton();

    QRadioButton *m_keep = nullptr;
    QRadioButton *m_remove = nullptr;
    QPushButton *m_erase = nullptr;
};

} // namespace bk
