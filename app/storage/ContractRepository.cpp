// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/ContractRepository.h"

#include "app/storage/Database.h"
#include "app/storage/SigningRows.h"
#include "app/storage/SqlValues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace bk {

namespace {

// lupdate files these messages under "ContractRepository", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(ContractRepository)
};

const QString Kind = QStringLiteral("contract");
const QString SummaryColumns =
    QStringLiteral("id, document_id, client_id, client_name, incident_id, step_id, "
                   "status, review_date, updated_at, signed_at, pdf_sha256, discarded_at");
const QStringList ContentColumns{QStringLiteral("incident_id"), QStringLiteral("background"),
                                 QStringLiteral("appropriate"), QStringLiteral("replacement"),
                                 QStringLiteral("goals_json"),  QStringLiteral("consequences"),
                                 QStringLiteral("review_date"), QStringLiteral("step_id")};

ContractSummary summaryFrom(const QSqlQuery &query) {
    ContractSummary summary;
    summary.id = query.value(0).toLongLong();
    summary.documentId = query.value(1).toString();
    summary.clientId = query.value(2).toLongLong();
    summary.clientName = query.value(3).toString();
    summary.incidentId = query.value(4).toLongLong();
    summary.stepId = query.value(5).toLongLong();
    summary.state = SigningRows::stateOf(query.value(6), query.value(11));
    summary.reviewDate = SqlValues::toDate(query.value(7));
    summary.updatedAt = SqlValues::toUtc(query.value(8));
    summary.signedAt = SqlValues::toUtc(query.value(9));
    summary.pdfSha256 = query.value(10).toString();
    return summary;
}

QStringList goalsOf(const BehaviouralContract &content) {
    QStringList goals;
    for (const QString &goal : content.measurableGoals) {
        if (!goal.trimmed().isEmpty())
            goals.append(goal.trimmed());
    }
    return goals;
}

SigningRows::Messages messages() {
    return {Tr::tr("A signed contract cannot be changed."), Tr::tr("The contract has already been signed."),
            Tr::tr("The contract draft no longer exists."), Tr::tr("discarding the contract draft")};
}

} // namespace

Status ContractRepository::writeDraft(Contract &saved) const {
    QSqlQuery query = m_db.prepare(saved.id == 0 ? SigningRows::insertDraftSql(Kind, ContentColumns)
                                                 : SigningRows::updateDraftSql(Kind, ContentColumns));
    SigningRows::bindCommon(query, saved);
    const BehaviouralContract &content = saved.content;
    query.bindValue(QStringLiteral(":incident_id"), saved.incidentId);
    query.bindValue(QStringLiteral(":background"), SqlValues::text(saved.background.trimmed()));
    query.bindValue(QStringLiteral(":appropriate"), SqlValues::text(content.appropriate.trimmed()));
    query.bindValue(QStringLiteral(":replacement"), SqlValues::text(content.replacement.trimmed()));
    query.bindValue(
        QStringLiteral(":goals_json"),
        QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(goalsOf(content))).toJson(QJsonDocument::Compact)));
    query.bindValue(QStringLiteral(":consequences"), SqlValues::text(content.consequences.trimmed()));
    query.bindValue(QStringLiteral(":review_date"), SqlValues::fromDate(content.reviewDate));
    query.bindValue(QStringLiteral(":step_id"),
                    saved.stepId > 0 ? QVariant(saved.stepId) : QVariant(QMetaType(QMetaType::LongLong)));
    if (saved.id != 0)
        query.bindValue(QStringLiteral(":id"), saved.id);
    const Result<qint64> id = m_db.execReturningId(query, Tr::tr("saving the contract draft"));
    if (!id)
        return id.error();
    if (id.value() == 0)
        return Error{Error::Kind::NotFound, Tr::tr("The contract draft no longer exists.")};
    saved.id = id.value();
    return SigningRows::writeChildren(m_db, Kind, saved);
}

Status ContractRepository::saveDraft(Contract &contract) const {
    return SigningRows::saveDraft<Contract>(m_db, messages(), contract,
                                            [this](Contract &saved) { return writeDraft(saved); });
}

Status ContractRepository::discardDraft(qint64 id) const {
    return SigningRows::discardDraft(m_db, Kind, messages(), id);
}

Status ContractRepository::finalise(Contract &contract) const {
    if (contract.stepId <= 0 && !contract.isSigned())
        return Error{Error::Kind::Invalid,
                     Tr::tr("The contract cannot be signed without its step on the incident's ladder.")};
    return SigningRows::finalise<Contract>(
        m_db, Kind, messages(), contract, [this](Contract &draft) { return writeDraft(draft); },
        [](const Contract &) { return Status(); });
}

Result<Contract> ContractRepository::get(qint64 id) const {
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT incident_id, step_id, background, appropriate, replacement, goals_json, "
                       "consequences, review_date, ") +
        SigningRows::selectColumns() + QStringLiteral(" FROM contracts WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the contract"));
    if (!query.next())
        return Error{Error::Kind::NotFound,
                     Tr::tr("There is no behavioural contract with the number %1.").arg(id)};
    Contract contract;
    contract.id = id;
    contract.incidentId = query.value(0).toLongLong();
    contract.stepId = query.value(1).toLongLong();
    contract.background = query.value(2).toString();
    contract.content.appropriate = query.value(3).toString();
    contract.content.replacement = query.value(4).toString();
    for (const QJsonValue &goal : QJsonDocument::fromJson(query.value(5).toString().toUtf8()).array())
        contract.content.measurableGoals.append(goal.toString());
    contract.content.consequences = query.value(6).toString();
    contract.content.reviewDate = SqlValues::toDate(query.value(7));
    if (Status read = SigningRows::readCommon(query, 8, contract); !read)
        return read.error();
    if (contract.isSigned()) {
        contract.content.status = ContractStatus::Signed;
        contract.content.documentId = contract.documentId;
    }
    if (Status read = SigningRows::readChildren(m_db, Kind, contract); !read)
        return read.error();
    return contract;
}

Result<std::optional<Contract>> ContractRepository::draftFor(qint64 incidentId) const {
    Result<std::optional<ContractSummary>> draft =
        first(QStringLiteral(" WHERE incident_id = :incident AND status = 'draft' AND discarded_at IS NULL"),
              [&](QSqlQuery &query) { query.bindValue(QStringLiteral(":incident"), incidentId); });
    if (!draft)
        return draft.error();
    if (!draft.value())
        return std::optional<Contract>();
    Result<Contract> contract = get(draft.value()->id);
    if (!contract)
        return contract.error();
    return std::optional<Contract>(std::move(contract).value());
}

Result<QList<ContractSummary>>
ContractRepository::summaries(const QString &condition, const std::function<void(QSqlQuery &)> &bind) const {
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT ") + SummaryColumns + QStringLiteral(" FROM contracts") +
                     condition + QStringLiteral(" ORDER BY updated_at DESC, id DESC"));
    query.setForwardOnly(true);
    bind(query);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("listing behavioural contracts"));
    QList<ContractSummary> list;
    while (query.next())
        list.append(summaryFrom(query));
    return list;
}

Result<std::optional<ContractSummary>>
ContractRepository::first(const QString &condition, const std::function<void(QSqlQuery &)> &bind) const {
    Result<QList<ContractSummary>> found = summaries(condition, bind);
    if (!found)
        return found.error();
    return found.value().isEmpty() ? std::nullopt : std::optional(found.value().first());
}

Result<QList<ContractSummary>> ContractRepository::list(std::optional<qint64> clientId) const {
    if (!clientId)
        return summaries({}, [](QSqlQuery &) {});
    return summaries(QStringLiteral(" WHERE client_id = :client"),
                     [&](QSqlQuery &query) { query.bindValue(QStringLiteral(":client"), *clientId); });
}

Result<QList<ContractSummary>> ContractRepository::listForIncident(qint64 incidentId) const {
    return summaries(QStringLiteral(" WHERE incident_id = :incident"),
                     [&](QSqlQuery &query) { query.bindValue(QStringLiteral(":incident"), incidentId); });
}

Result<std::optional<ContractSummary>>
ContractRepository::findSignedByPdfSha256(const QString &sha256) const {
    return first(QStringLiteral(" WHERE status = 'signed' AND pdf_sha256 = :sha"),
                 [&](QSqlQuery &query) { query.bindValue(QStringLiteral(":sha"), sha256.toLower()); });
}

Result<std::optional<ContractSummary>> ContractRepository::findByDocumentId(const QString &documentId) const {
    return first(QStringLiteral(" WHERE document_id = :document"), [&](QSqlQuery &query) {
        query.bindValue(QStringLiteral(":document"), documentId.toLower());
    });
}

Status ContractRepository::eachSignedPdf(
    const std::function<bool(const QString &documentId, const QByteArray &pdf)> &visit) const {
    return SigningRows::eachSignedPdf(m_db, QStringLiteral("contract"), visit);
}

Result<QByteArray> ContractRepository::signedPdf(qint64 id) const {
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT pdf FROM contracts WHERE id = :id AND status = 'signed'"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the signed PDF"));
    if (!query.next())
        return Error{Error::Kind::NotFound,
                     Tr::tr("There is no signed behavioural contract with the number %1.").arg(id)};
    return query.value(0).toByteArray();
}

} // namespace bk
