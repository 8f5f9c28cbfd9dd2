// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/agreements/Agreement.h"
#include "app/common/OpenPractice.h"
#include "app/common/Result.h"
#include "app/policy/BoundaryPolicy.h"

#include <QWizard>
#include <optional>

class QLabel;

namespace bk {

/// The first meeting with a client, step by step: who the client is, roles and scope, every boundary
/// talked through, communication terms, consent and both signatures, and a review of the agreement as it
/// prints. A client due to re-acknowledge a changed policy takes a short path: what changed, then the
/// signatures. "Keep as draft" keeps a draft to resume later, "Discard draft" drops it; Finish signs the
/// agreement for good.
class OnboardingWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId {
        ClientPage,
        RolesPage,
        BoundariesPage,
        CommunicationPage,
        ChangesPage,
        SigningPage,
        ReviewPage
    };

    explicit OnboardingWizard(OpenPractice database, QWidget *parent = nullptr);

    /// Starts with the Client step, on a new client's form when `newClient`, else on the register.
    void startWithClientChoice(bool newClient);
    /// Starts for a known client, resuming their draft when there is one; an error when the agreement
    /// cannot be started (e.g. no policy published).
    Status startWithClient(qint64 clientId);

    /// Whether an agreement can be made at all: a writable database and a published policy. The error
    /// explains what is missing.
    static Status canStart(OpenPractice database);

    OpenPractice database() const { return m_db; }
    /// The agreement being made; valid once a client has been chosen.
    Agreement &agreement() { return *m_agreement; }
    const Agreement &agreement() const { return *m_agreement; }
    bool hasAgreement() const { return m_agreement.has_value(); }
    const PolicyVersion &policy() const { return m_policy; }
    /// The policy version the client signed before, for the re-acknowledgement path; 0 when none.
    int previousVersion() const { return m_previousVersion; }
    bool isReacknowledgement() const { return m_previousVersion > 0; }
    /// Whether Finish (or saving or printing on the Review step) has signed the agreement.
    bool isFinalised() const { return m_agreement && m_agreement->isSigned(); }

    /// Chooses the client: resumes their draft or starts a new agreement, and sets the path (full or
    /// re-acknowledgement); an error when that is impossible.
    Status chooseClient(qint64 clientId);
    /// Records that a step was completed, once per step.
    void recordStepCompleted(const QString &step);
    /// Signs the agreement for good (AgreementService::finalise), asking first unless `confirmed`; true when
    /// it is signed. Shows the reason when it cannot be.
    bool finalise(bool confirmed);

    /// Asks where to save `pdf` (the client's folder and the usual file name by default) and saves it,
    /// readable by the user only. The path saved to, or empty when cancelled or failed (the failure shown).
    QString savePdfAs(const QByteArray &pdf, bool unsignedCopy);
    /// Saves `pdf` in the client's folder under the usual name; the path, or the error.
    Result<QString> savePdfToClientFolder(const QByteArray &pdf) const;
    /// Where the signed PDF was saved on Finish, empty when it was not.
    QString savedPdfPath() const { return m_savedPdfPath; }
    void setSavedPdfPath(const QString &path) { m_savedPdfPath = path; }

    int nextId() const override;

    /// The id of the client the agreement is with, 0 before one is chosen.
    qint64 clientId() const { return m_agreement ? m_agreement->clientId : 0; }
    /// The id of the draft Cancel saved, 0 when none was saved.
    qint64 savedDraftId() const { return m_savedDraftId; }

    /// Whether the agreement was discarded on leaving (nothing kept, or the saved draft marked discarded).
    bool wasDiscarded() const { return m_discarded; }

    /// What every step shows at its top (a resumed draft, a new policy version); empty for nothing.
    QString noticeText() const { return m_noticeText; }
    bool noticeIsWarning() const { return m_noticeWarning; }

public Q_SLOTS:
    /// Keeps what was done as a draft (without signatures), then closes; on Escape or closing the window
    /// with an agreement never saved, asks first whether to keep or discard it.
    void reject() override;

private:
    /// Asks, then discards the agreement (AgreementService::discardDraft when saved before) and closes.
    void discard();
    Status saveDraft();
    /// Lists the steps of the current path at the side, the current one highlighted.
    void updateSteps();

    const OpenPractice m_db;
    std::optional<Agreement> m_agreement;
    PolicyVersion m_policy;
    int m_previousVersion = 0;
    qint64 m_savedDraftId = 0;
    QLabel *m_steps = nullptr;
    QString m_savedPdfPath;
    QString m_noticeText;
    bool m_noticeWarning = false;
    bool m_discarded = false;
    /// A re-acknowledgement also shows the roles and communication steps: terms were adjusted for the client.
    bool m_reviewTerms = false;
};

} // namespace bk
