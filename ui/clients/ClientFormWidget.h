// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/clients/Client.h"
#include "app/clients/ClientValidator.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;

namespace bk {

/// The fields of one client with each validation problem shown next to the field it concerns: the form of
/// the client dialog and of the onboarding wizard's new-client step. Saves nothing itself.
class ClientFormWidget : public QWidget {
    Q_OBJECT
public:
    explicit ClientFormWidget(QWidget *parent = nullptr);

    /// Shows `client`; the fields the form does not edit (id, times, archived) are kept for client().
    void setClient(const Client &client);
    /// The client as the fields describe it now.
    Client client() const;

    /// Shows the validator's problems next to their fields and returns them; once shown, they follow the
    /// typing until corrected.
    QList<ClientValidator::Problem> showProblems();
    /// Validates, shows the problems and moves the focus to the first field concerned; true when valid.
    bool validate();

    void setReadOnly(bool readOnly);
    void focusFirstField();

    /// A hidden, word-wrapped label in the error colour, for a problem shown under a field.
    static QLabel *makeErrorLabel(QWidget *parent, const QString &name);

private:
    /// `field` (or the `row` holding it) with its problem label under it.
    QLayout *withErrorLabel(QWidget *field, ClientValidator::Field which, const QString &name,
                            QLayout *row = nullptr);

    Client m_original;
    bool m_problemsShown = false;

    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_preferredName = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_documentLanguage = nullptr;
    QCheckBox *m_startDateKnown = nullptr;
    QDateEdit *m_startDate = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QHash<ClientValidator::Field, QLabel *> m_errorLabels;
    QHash<ClientValidator::Field, QWidget *> m_fieldWidgets;
};

} // namespace bk
