// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"
#include "app/common/Result.h"

#include <QObject>

class QAction;
class QWidget;

namespace bk {

/// Where agreements start and are checked from in the main window: the onboarding wizard for a client (or a
/// new one) and "Verify a PDF…". Refuses clearly when no agreement can be made (read-only database, no
/// published policy).
class OnboardingActions : public QObject {
    Q_OBJECT
public:
    OnboardingActions(OpenPractice database, QWidget *window);

    QAction *onboardNewClientAction() const { return m_onboardNew; }
    QAction *verifyPdfAction() const { return m_verify; }

public Q_SLOTS:
    /// Opens the wizard for the client. When they already signed an agreement or have an open draft, first
    /// says so and asks what to do: continue or discard the draft, start anew (or re-acknowledge), open the
    /// signed agreement, or cancel.
    void startAgreement(qint64 clientId);
    /// Opens the wizard on the new client's form.
    void onboardNewClient();
    /// Asks for a PDF and verifies it.
    void verifyPdf();
    /// Verifies the PDF at `path` and shows the outcome.
    void verifyFile(const QString &path);
    /// Shows the signed agreement `agreementId` as it was signed, to read, save a copy of or print.
    void showSignedAgreement(qint64 agreementId);
    /// Shows the client's most recently signed agreement, or says that there is none.
    void showLatestSignedAgreement(qint64 clientId);
    /// Shows the signed contract `contractId` as it was signed.
    void showSignedContract(qint64 contractId);

Q_SIGNALS:
    /// The user chose to publish the policy first: show the Practice section.
    void practiceSectionRequested();
    /// The wizard closed for `clientId` (0 when no client was chosen), with a sentence on what happened.
    void wizardClosed(qint64 clientId, const QString &message);
    /// A file was verified and the outcome is being shown: its headline and the reason, in plain text.
    void fileVerified(const QString &headline, const QString &reason);

private:
    /// Whether an agreement can be made now; explains (and offers the Practice section) when not.
    bool ensureCanStart();
    /// Asks what to do when the client has a signed agreement or an open draft (see startAgreement()); true
    /// when the wizard should open.
    bool confirmStart(qint64 clientId);
    /// Shows a signed document read by `read`; explains when it could not be read or is not signed.
    template <typename Document> void showSigned(const Result<Document> &read);

    const OpenPractice m_db;
    QWidget *m_window;
    QAction *m_onboardNew = nullptr;
    QAction *m_verify = nullptr;
};

} // namespace bk
