// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/AgreementRepository.h"

#include "app/storage/AcknowledgementRepository.h"
#include "app/storage/Database.h"
#include "app/storage/SigningRows.h"
#include "app/storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace bk {

namespace {

// lupdate files these messages under "AgreementRepository", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(AgreementRepository)
};

const QString Kind = QStringLiteral("agreement");
const QString SummaryColumns = QStringLiteral(
    "id, document_id, client_id, client_name, status, policy_version, updated_at, signed_at, pdf_sha256, "
    "discarded_at");

AgreementSummary summaryFrom(const QSqlQuery &query) {
    AgreementSummary summary;
    summary.id = query.value(0).toLongLong();
    summary.documentId = query.value(1).toString();
    summary.clientId = query.value(2).toLongLong();
    summary.clientName = query.value(3).toString();
    summary.state = SigningRows::stateOf(query.value(4), query.value(9));
    summary.policyVersion = int(query.value(5).toLongLong());
    summary.updatedAt = SqlValues::toUtc(query.value(6));
    summary.signedAt = SqlValues::toUtc(query.value(7));
    summary.pdfSha256 = query.value(8).toString();
    return summary;
}

SigningRows::Messages messages() {
    return {Tr::tr("A signed agreement cannot be changed."), Tr::tr("The agreement has already been signed."),
            Tr::tr("The agreement draft no longer exists."), Tr::tr("discarding the agreement draft")};
}

} // namespace

Status AgreementRepository::writeContent(const Agreement &agreement) const {
    // A draft's rows are replaced wholesale: simpler than diffing, and a draft has a dozen rows at most.
    QSqlQuery clear =
        m_db.prepare(QStringLiteral("DELETE FROM agreement_discussions WHERE agreement_id = :id"));
    clear.bindValue(QStringLiteral(":id"), agreement.id);
    if (!clear.exec())
        return m_db.errorFrom(clear.lastError(), Tr::tr("saving the agreement"));
    QSqlQuery discussion = m_db.prepare(QStringLiteral(
        "INSERT INTO agreement_discussions (agreement_id, position, boundary_key, discussed, questions, "
        "answers) VALUES (:id, :position, :key, :discussed, :questions, :answers)"));
    int position = 0;
    for (const BoundaryDiscussion &entry : agreement.discussions) {
        discussion.bindValue(QStringLiteral(":id"), agreement.id);
        discussion.bindValue(QStringLiteral(":position"), position++);
        discussion.bindValue(QStringLiteral(":key"), SqlValues::text(entry.boundaryKey));
        discussion.bindValue(QStringLiteral(":discussed"), entry.discussed);
        discussion.bindValue(QStringLiteral(":questions"), SqlValues::text(entry.questions.trimmed()));
        discussion.bindValue(QStringLiteral(":answers"), SqlValues::text(entry.answers.trimmed()));
        if (!discussion.exec())
            return m_db.errorFrom(discussion.lastError(), Tr::tr("saving the discussed boundaries"));
    }
    return SigningRows::writeChildren(m_db, Kind, agreement);
}

Status AgreementRepository::writeDraft(Agreement &saved) const {
    const QStringList policyColumns{QStringLiteral("policy_version"), QStringLiteral("policy_sha256")};
    QSqlQuery query = m_db.prepare(saved.id == 0 ? SigningRows::insertDraftSql(Kind, policyColumns)
                                                 : SigningRows::updateDraftSql(Kind, policyColumns));
    SigningRows::bindCommon(query, saved);
    query.bindValue(QStringLiteral(":policy_version"), saved.policyVersion);
    query.bindValue(QStringLiteral(":policy_sha256"), SqlValues::text(saved.policySha256));
    if (saved.id != 0)
        query.bindValue(QStringLiteral(":id"), saved.id);
    const Result<qint64> id = m_db.execReturningId(query, Tr::tr("saving the agreement draft"));
    if (!id)
        return id.error();
    if (id.value() == 0)
        return Error{Error::Kind::NotFound, Tr::tr("The agreement draft no longer exists.")};
    saved.id = id.value();
    return writeContent(saved);
}

Status AgreementRepository::saveDraft(Agreement &agreement) const {
    return SigningRows::saveDraft<Agreement>(m_db, messages(), agreement,
                                             [this](Agreement &saved) { return writeDraft(saved); });
}

Status AgreementRepository::discardDraft(qint64 id) const {
    return SigningRows::discardDraft(m_db, Kind, messages(), id);
}

Status AgreementRepository::finalise(Agreement &agreement) const {
    return SigningRows::finalise<Agreement>(
        m_db, Kind, messages(), agreement, [this](Agreement &draft) { return writeDraft(draft); },
        [this](const Agreement &draft) {
            return AcknowledgementRepository(m_db).record(draft.clientId, draft.policyVersion,
                                                          draft.signedAt);
        });
}

Result<Agreement> AgreementRepository::get(qint64 id) const {
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT policy_version, policy_sha256, ") + SigningRows::selectColumns() +
                     QStringLiteral(" FROM agreements WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the agreement"));
    if (!query.next())
        return Error{Error::Kind::NotFound, Tr::tr("There is no agreement with the number %1.").arg(id)};
    Agreement agreement;
    agreement.id = id;
    agreement.policyVersion = int(query.value(0).toLongLong());
    agreement.policySha256 = query.value(1).toString();
    if (Status read = SigningRows::readCommon(query, 2, agreement); !read)
        return read.error();

    QSqlQuery discussions = m_db.prepare(
        QStringLiteral("SELECT boundary_key, discussed, questions, answers FROM agreement_discussions WHERE "
                       "agreement_id = :id ORDER BY position"));
    discussions.bindValue(QStringLiteral(":id"), id);
    if (!discussions.exec())
        return m_db.errorFrom(discussions.lastError(), Tr::tr("reading the discussed boundaries"));
    while (discussions.next())
        agreement.discussions.append({discussions.value(0).toString(), discussions.value(1).toLongLong() != 0,
                                      discussions.value(2).toString(), discussions.value(3).toString()});

    if (Status read = SigningRows::readChildren(m_db, Kind, agreement); !read)
        return read.error();
    return agreement;
}

Result<std::optional<Agreement>> AgreementRepository::draftFor(qint64 clientId) const {
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT id FROM agreements WHERE client_id = :client AND status = 'draft' AND discarded_at IS NULL"));
    query.bindValue(QStringLiteral(":client"), clientId);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("looking for the client's agreement draft"));
    if (!query.next())
        return std::optional<Agreement>();
    Result<Agreement> agreement = get(query.value(0).toLongLong());
    if (!agreement)
        return agreement.error();
    return std::optional<Agreement>(std::move(agreement).value());
}

Result<QList<AgreementSummary>>
AgreementRepository::summaries(const QString &condition, const std::function<void(QSqlQuery &)> &bind) const {
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT ") + SummaryColumns + QStringLiteral(" FROM agreements") +
                     condition + QStringLiteral(" ORDER BY updated_at DESC, id DESC"));
    query.setForwardOnly(true);
    bind(query);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("listing agreements"));
    QList<AgreementSummary> list;
    while (query.next())
        list.append(summaryFrom(query));
    return list;
}

Result<QList<AgreementSummary>> AgreementRepository::list(std::optional<qint64> clientId) const {
    if (!clientId)
        return summaries({}, [](QSqlQuery &) {});
    return summaries(QStringLiteral(" WHERE client_id = :client"),
                     [&](QSqlQuery &query) { query.bindValue(QStringLiteral(":client"), *clientId); });
}

Result<std::optional<AgreementSummary>>
AgreementRepository::findSignedByPdfSha256(const QString &sha256) const {
    Result<QList<AgreementSummary>> found =
        summaries(QStringLiteral(" WHERE status = 'signed' AND pdf_sha256 = :sha"),
                  [&](QSqlQuery &query) { query.bindValue(QStringLiteral(":sha"), sha256.toLower()); });
    if (!found)
        return found.error();
    return found.value().isEmpty() ? std::nullopt : std::optional(found.value().first());
}

Result<std::optional<AgreementSummary>>
AgreementRepository::findByDocumentId(const QString &documentId) const {
    Result<QList<AgreementSummary>> found =
        summaries(QStringLiteral(" WHERE document_id = :document"), [&](QSqlQuery &query) {
            query.bindValue(QStringLiteral(":document"), documentId.toLower());
        });
    if (!found)
        return found.error();
    return found.value().isEmpty() ? std::nullopt : std::optional(found.value().first());
}

JoinedRead AgreementRepository::signedTermsRead() {
    return {
        QStringLiteral("LEFT JOIN (SELECT document_id, terms_json FROM agreements WHERE client_id = :client "
                       "AND status = 'signed' ORDER BY signed_at DESC, id DESC LIMIT 1) AS signed_terms "
                       "ON TRUE"),
        QStringLiteral("signed_terms.document_id, signed_terms.terms_json"), 2};
}

Result<std::optional<PracticeProfile>> AgreementRepository::signedTermsFrom(const QSqlQuery &query,
                                                                            int first) {
    if (query.isNull(first))
        return std::optional<PracticeProfile>();
    Result<PracticeProfile> terms =
        SigningRows::readTerms(query.value(first + 1), query.value(first).toString());
    if (!terms)
        return terms.error();
    return std::optional<PracticeProfile>(std::move(terms).value());
}

Result<std::optional<PracticeProfile>> AgreementRepository::signedTermsFor(qint64 clientId) const {
    const KeptQuery kept = m_db.prepareKept(JoinedRead::statement({signedTermsRead()}));
    QSqlQuery &query = *kept;
    query.bindValue(QStringLiteral(":client"), clientId);
    if (!query.exec() || !query.next())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the terms the client signed"));
    return signedTermsFrom(query, 0);
}

Status AgreementRepository::eachSignedPdf(
    const std::function<bool(const QString &documentId, const QByteArray &pdf)> &visit) const {
    return SigningRows::eachSignedPdf(m_db, QStringLiteral("agreement"), visit);
}

Result<QByteArray> AgreementRepository::signedPdf(qint64 id) const {
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT pdf FROM agreements WHERE id = :id AND status = 'signed'"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the signed PDF"));
    if (!query.next())
        return Error{Error::Kind::NotFound,
                     Tr::tr("There is no signed agreement with the number %1.").arg(id)};
    return query.value(0).toByteArray();
}

Result<ClientAgreementState> AgreementRepository::stateFor(qint64 clientId) const {
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT (SELECT max(version) FROM policy_acknowledgements WHERE client_id = :client), "
                       "(SELECT max(version) FROM policy_versions), "
                       "(SELECT id FROM agreements WHERE client_id = :client AND status = 'draft' AND "
                       "discarded_at IS NULL)"));
    query.bindValue(QStringLiteral(":client"), clientId);
    if (!query.exec() || !query.next())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the client's agreement status"));
    ClientAgreementState state;
    state.signedVersion = int(query.value(0).toLongLong());
    state.draftId = query.value(2).toLongLong();
    if (state.signedVersion > 0 && state.signedVersion < query.value(1).toLongLong())
        state.status = AgreementStatus::ReacknowledgementDue;
    else if (state.signedVersion > 0)
        state.status = AgreementStatus::Signed;
    else if (state.draftId > 0)
        state.status = AgreementStatus::Draft;
    return state;
}

} // namespace bk
