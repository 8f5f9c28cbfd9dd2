// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/AgreementService.h"

#include "app/agreements/AgreementDocument.h"
#include "app/agreements/DocumentParts.h"
#include "app/audit/AuditTrail.h"
#include "app/common/DocumentLanguage.h"
#include "app/policy/PolicyService.h"
#include "app/policy/PracticeService.h"
#include "app/storage/AcknowledgementRepository.h"
#include "app/storage/AgreementRepository.h"
#include "app/storage/ClientRepository.h"
#include "app/storage/Database.h"

#include <QCoreApplication>
#include <utility>

namespace bk {

namespace {

// lupdate files these messages under "AgreementService", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(AgreementService)
};

} // namespace

Status AgreementService::checkLanguage(const PolicyVersion &policy, const QString &language) {
    const QStringList missing = policy.document.missingTexts(language);
    if (missing.isEmpty())
        return {};
    const QString name = DocumentLanguage::name(language);
    return Error{
        Error::Kind::Invalid,
        Tr::tr("The agreement is written in the client's document language, %1, but policy version %2 "
               "has no %1 text for: %3. Enter these texts in %1 under Practice ▸ Boundary policy and "
               "publish a new version, or choose another document language for the client.")
            .arg(name)
            .arg(policy.version)
            .arg(missing.join(QStringLiteral("; ")))};
}

Result<Agreement> AgreementService::start(qint64 clientId) const {
    Result<Client> client = ClientRepository(m_db).get(clientId);
    if (!client)
        return client.error();
    Result<std::optional<PolicyVersion>> policy = PolicyService(m_db).latestVersion();
    if (!policy)
        return policy.error();
    if (!policy.value())
        return Error{
            Error::Kind::Invalid,
            Tr::tr("Publish the boundary policy before making an agreement: there is nothing to agree "
                   "on yet.")};
    if (Status language = checkLanguage(*policy.value(), client.value().documentLanguage); !language)
        return language.error();
    Result<PracticeProfile> profile = PracticeService(m_db).load();
    if (!profile)
        return profile.error();
    Result<std::optional<Agreement>> earlier = latestSigned(clientId);
    if (!earlier)
        return earlier.error();
    Agreement agreement = Agreement::start(client.value(), *policy.value(), profile.value());
    // A re-acknowledgement (or a new agreement) begins with what was agreed with this client before.
    if (earlier.value())
        agreement.carryOver(*earlier.value());
    return agreement;
}

Result<Agreement> AgreementService::finalise(const Agreement &draft) const {
    Result<PolicyVersion> policy = PolicyService(m_db).version(draft.policyVersion);
    if (!policy)
        return policy.error();
    if (const QStringList problems = draft.problemsForSigning(policy.value()); !problems.isEmpty())
        return Error{Error::Kind::Invalid,
                     Tr::tr("The agreement cannot be signed yet. %1").arg(problems.join(QLatin1Char(' ')))};
    if (Status language = checkLanguage(policy.value(), draft.language); !language)
        return language.error();
    Agreement agreement = draft;
    // The head goes into the PDF before it is hashed: the signing rules store a signed row only with the
    // SHA-256 of its PDF, so the head cannot be added afterwards.
    const Result<AuditHead> head = AuditTrail(m_db).head();
    if (!head)
        return head.error();
    agreement.completeTimeline(head.value());
    Result<QByteArray> pdf = AgreementDocument(agreement, policy.value()).renderPdf();
    if (!pdf)
        return pdf.error();
    agreement.pdf = pdf.value();
    agreement.pdfSha256 = DocumentParts::sha256(agreement.pdf);
    if (Status stored = AgreementRepository(m_db).finalise(agreement); !stored)
        return stored.error();
    m_db.announce(QStringLiteral("agreements"));
    m_db.announce(QStringLiteral("policy_acknowledgements"));
    return agreement;
}

Result<std::optional<Agreement>> AgreementService::draftFor(qint64 clientId) const {
    return AgreementRepository(m_db).draftFor(clientId);
}

Result<Agreement> AgreementService::get(qint64 id) const {
    return AgreementRepository(m_db).get(id);
}

Result<std::optional<Agreement>> AgreementService::latestSigned(qint64 clientId) const {
    const Result<QList<AgreementSummary>> agreements = AgreementRepository(m_db).list(clientId);
    if (!agreements)
        return agreements.error();
    const AgreementSummary *latest = nullptr;
    for (const AgreementSummary &agreement : agreements.value()) {
        if (agreement.state == AgreementState::Signed &&
            (!latest ||
             std::pair(agreement.signedAt, agreement.id) > std::pair(latest->signedAt, latest->id)))
            latest = &agreement;
    }
    if (!latest)
        return std::optional<Agreement>();
    Result<Agreement> agreement = get(latest->id);
    if (!agreement)
        return agreement.error();
    return std::optional<Agreement>(std::move(agreement.value()));
}

Status AgreementService::saveDraft(Agreement &draft) const {
    Status saved = AgreementRepository(m_db).saveDraft(draft);
    if (saved)
        m_db.announce(QStringLiteral("agreements"));
    return saved;
}

Status AgreementService::discardDraft(qint64 id) const {
    Status discarded = AgreementRepository(m_db).discardDraft(id);
    if (discarded)
        m_db.announce(QStringLiteral("agreements"));
    return discarded;
}

Result<int> AgreementService::acknowledgedVersion(qint64 clientId) const {
    return AcknowledgementRepository(m_db).acknowledgedVersion(clientId);
}

Result<QByteArray> AgreementService::unsignedCopy(const Agreement &draft) const {
    Result<PolicyVersion> policy = PolicyService(m_db).version(draft.policyVersion);
    if (!policy)
        return policy.error();
    if (Status language = checkLanguage(policy.value(), draft.language); !language)
        return language.error();
    return AgreementDocument(draft, policy.value(), AgreementDocument::Copy::UnsignedForPaper).renderPdf();
}

} // namespace bk
