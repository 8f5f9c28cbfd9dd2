// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"

#include <QWizard>

class QListWidget;
class QRadioButton;

namespace bk {

class CommunicationWidget;
class PracticeDetailsWidget;
class RolesWidget;

/// The short first-run setup: the practice profile in three steps and the default boundaries, published as
/// version 1 or kept as a draft. Skipping keeps the defaults.
class SetupWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { DetailsPage, RolesPage, CommunicationPage, PolicyPage };

    explicit SetupWizard(OpenPractice database, QWidget *parent = nullptr);

    /// Whether the setup should be offered: a writable database with no clients whose setup was neither
    /// completed nor skipped.
    static bool isNeeded(OpenPractice database);

    bool validateCurrentPage() override;

public Q_SLOTS:
    /// Saves the profile and the policy choice and marks the setup done; stays open when saving fails.
    void accept() override;
    /// Keeps the defaults and marks the setup skipped.
    void skip();
    /// Closing the window counts as skipping, so the setup is not offered again.
    void reject() override;

private:
    QWizardPage *makePage(QWidget *content, const QString &title, const QString &subtitle);
    QWizardPage *buildPolicyPage();

    const OpenPractice m_db;
    PracticeDetailsWidget *m_details = nullptr;
    RolesWidget *m_roles = nullptr;
    CommunicationWidget *m_communication = nullptr;
    QListWidget *m_boundaries = nullptr;
    QRadioButton *m_publish = nullptr;
    QRadioButton *m_keepDraft = nullptr;
};

} // namespace bk
