// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/agreements/Contract.h"
#include "app/common/OpenPractice.h"
#include "app/incidents/RecurrenceRules.h"
#include "ui/incidents/ContractSigningDialog.h"
#include "ui/incidents/StepWidget.h"

#include <optional>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace bk {

class ContractFormWidget;

/// The fourth ladder step: a behavioural contract, proposed when the practice's recurrence rules call for
/// one, drafted from the incidents, edited and recorded.
class ContractStepWidget : public StepWidget {
    Q_OBJECT
public:
    explicit ContractStepWidget(OpenPractice database, QWidget *parent = nullptr);

    void showData(const IncidentDetails &detail) override;
    void setRecordingEnabled(bool enabled) override;

    /// Why a contract is proposed and the incidents behind it, as rich text; empty without a proposal.
    static QString proposalHtml(const IncidentDetails &detail);

private:
    void draft();
    void record();
    void sign(ContractSigningDialog::Mode mode);
    /// Enables editing, recording and signing only while recording is allowed and nothing is signed yet.
    void updateEnabled();
    void openSignedCopy();
    /// The signed contract recorded by the latest contract step, loaded from storage; reports failures.
    std::optional<Contract> signedContract();
    void saveSignedCopy();
    void printSignedCopy();

    qint64 m_incidentId = 0;
    qint64 m_clientId = 0;
    ContractProposal m_proposal;
    bool m_loaded = false;
    QLabel *m_proposalLabel = nullptr;
    QPushButton *m_draft = nullptr;
    ContractFormWidget *m_form = nullptr;
    QLabel *m_recorded = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_sign = nullptr;
    QPushButton *m_paper = nullptr;
    bool m_recordingEnabled = true;
    QWidget *m_signedBox = nullptr;
    QString m_signedDocumentId;
};

} // namespace bk
