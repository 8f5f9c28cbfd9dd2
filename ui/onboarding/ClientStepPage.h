// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "ui/onboarding/OnboardingPage.h"

class QLabel;
class QLineEdit;
class QRadioButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace bk {

class ClientFormWidget;
class ClientTableModel;

/// The Client step: pick a client from the register, or enter a new one with the client form's own
/// validation. The new client is saved when the step is left.
class ClientStepPage : public OnboardingPage {
    Q_OBJECT
public:
    explicit ClientStepPage(OnboardingWizard *wizard);

    /// Shows the new client's form (true) or the register (false).
    void setNewClient(bool newClient);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QString stepName() const override { return tr("Client"); }

private:
    void applySearch();
    qint64 selectedClientId() const;

    QRadioButton *m_existing = nullptr;
    QRadioButton *m_new = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTableView *m_table = nullptr;
    ClientTableModel *m_model = nullptr;
    ClientFormWidget *m_form = nullptr;
    QLabel *m_error = nullptr;
    /// The client this step added, so going Back and on again updates it instead of adding another.
    qint64 m_addedClientId = 0;
};

} // namespace bk
