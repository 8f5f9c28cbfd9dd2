// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "AgreementRepository.h"

#include "common/Clock.h"
#include "storage/AcknowledgementRepository.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace bk {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("AgreementRepository", text);
}

const QString Table = QStringLiteral("agreements");
const QString SummaryColumns = QStringLiteral(
    "id, document_id, client_id, client_name, status, policy_version, updated_at, signed_at, pdf_sha256");

QString modeKey(SigningMode mode) {
    return mode == SigningMode::Paper ? QStringLiteral("paper") : QStringLiteral("electronic");
}

AgreementSummary summaryFrom(const QSqlQuery &query) {
    AgreementSummary summary;
    summary.id = query.value(0).toLongLong();
    summary.documentId = query.value(1).toString();
    summary.clientId = query.value(2).toLongLong();
    summary.clientName = query.value(3).toString();
    summary.state =
        query.value(4).toString() == QLatin1String("signed") ? AgreementState::Signed : AgreementState::Draft;
    summary.policyVersion = int(query.value(5).toLongLong());
    summary.updatedAt = SqlValues::toUtc(query.value(6));
    summary.signedAt = SqlValues::toUtc(query.value(7));
    summary.pdfSha256 = query.value(8).toString();
    return summary;
}

} // namespace

Status AgreementRepository::writeContent(const Agreement &agreement) const {
    // A draft's rows are replaced wholesale: simpler than diffing, and a draft has a dozen rows at most.
    for (const QString &table :
         {QStringLiteral("agreement_discussions"), QStringLiteral("agreement_signatures"),
          QStringLiteral("agreement_events")}) {
        QSqlQuery clear = m_db.prepare(QStringLiteral("DELETE FROM ") + table +
                                       QStringLiteral(" WHERE agreement_id = :id"));
        clear.bindValue(QStringLiteral(":id"), agreement.id);
        if (!clear.exec())
            return m_db.errorFrom(clear.lastError(), tr("saving the agreement"));
    }
    QSqlQuery discussion = m_db.prepare(QStringLiteral(
        "INSERT INTO agreement_discussions (agreement_id, position, boundary_key, discussed, questions, "
        "answers) VALUES (:id, :position, :key, :discussed, :questions, :answers)"));
    int position = 0;
    for (const BoundaryDiscussion &entry : agreement.discussions) {
        discussion.bindValue(QStringLiteral(":id"), agreement.id);
        discussion.bindValue(QStringLiteral(":position"), position++);
        discussion.bindValue(QStringLiteral(":key"), SqlValues::text(entry.boundaryKey));
        discussion.bindValue(QStringLiteral(":discussed"), entry.discussed ? 1 : 0);
        discussion.bindValue(QStringLiteral(":questions"), SqlValues::text(entry.questions.trimmed()));
        discussion.bindValue(QStringLiteral(":answers"), SqlValues::text(entry.answers.trimmed()));
        if (!discussion.exec())
            return m_db.errorFrom(discussion.lastError(), tr("saving the discussed boundaries"));
    }
    QSqlQuery signature = m_db.prepare(QStringLiteral(
        "INSERT INTO agreement_signatures (agreement_id, role, method, signer_name, signed_at, strokes_json, "
        "typed_name, image_png, paper_note, scan, scan_mime) VALUES (:id, :role, :method, :name, :at, "
        ":strokes, :typed, :image, :note, :scan, :mime)"));
    const auto writeSignature = [&](const std::optional<Signature> &value, const QString &role) -> Status {
        if (!value)
            return {};
        signature.bindValue(QStringLiteral(":id"), agreement.id);
        signature.bindValue(QStringLiteral(":role"), role);
        signature.bindValue(QStringLiteral(":method"), SignatureMethods::key(value->method));
        signature.bindValue(QStringLiteral(":name"), SqlValues::text(value->signerName));
        signature.bindValue(QStringLiteral(":at"), SqlValues::fromUtc(value->signedAt));
        signature.bindValue(QStringLiteral(":strokes"), value->strokes.isEmpty()
                                                            ? QStringLiteral("")
                                                            : QString::fromUtf8(value->strokes.toJson()));
        signature.bindValue(QStringLiteral(":typed"), SqlValues::text(value->typedName));
        signature.bindValue(QStringLiteral(":image"), value->imagePng.isEmpty()
                                                          ? QVariant(QMetaType(QMetaType::QByteArray))
                                                          : QVariant(value->imagePng));
        signature.bindValue(QStringLiteral(":note"), SqlValues::text(value->paperNote));
        signature.bindValue(QStringLiteral(":scan"), value->scan.isEmpty()
                                                         ? QVariant(QMetaType(QMetaType::QByteArray))
                                                         : QVariant(value->scan));
        signature.bindValue(QStringLiteral(":mime"), SqlValues::text(value->scanMime));
        if (!signature.exec())
            return m_db.errorFrom(signature.lastError(), tr("saving a signature"));
        return {};
    };
    if (Status written = writeSignature(agreement.clientSignature, QStringLiteral("client")); !written)
        return written;
    if (Status written = writeSignature(agreement.practitionerSignature, QStringLiteral("practitioner"));
        !written)
        return written;
    QSqlQuery event = m_db.prepare(
        QStringLiteral("INSERT INTO agreement_events (agreement_id, position, at, kind, detail) VALUES (:id, "
                       ":position, :at, :kind, :detail)"));
    position = 0;
    for (const AgreementEvent &entry : agreement.events) {
        event.bindValue(QStringLiteral(":id"), agreement.id);
        event.bindValue(QStringLiteral(":position"), position++);
        event.bindValue(QStringLiteral(":at"), SqlValues::fromUtc(entry.at));
        event.bindValue(QStringLiteral(":kind"), SqlValues::text(entry.kind));
        event.bindValue(QStringLiteral(":detail"), SqlValues::text(entry.detail));
        if (!event.exec())
            return m_db.errorFrom(event.lastError(), tr("saving the agreement's timeline"));
    }
    return {};
}

Status AgreementRepository::writeDraft(Agreement &saved) const {
    QSqlQuery query = m_db.prepare(
        saved.id == 0
            ? QStringLiteral(
                  "INSERT INTO agreements (document_id, client_id, client_name, status, policy_version, "
                  "policy_sha256, terms_json, signing_mode, consent_given, consent_text, intent_text, "
                  "workstation, os_user, created_at, updated_at) VALUES (:document, :client, :name, "
                  "'draft', :version, :policy_sha, :terms, :mode, :consent, :consent_text, :intent, "
                  ":workstation, :user, :created, :updated) RETURNING id")
            : QStringLiteral(
                  "UPDATE agreements SET document_id = :document, client_id = :client, client_name = "
                  ":name, policy_version = :version, policy_sha256 = :policy_sha, terms_json = :terms, "
                  "signing_mode = :mode, consent_given = :consent, consent_text = :consent_text, "
                  "intent_text = :intent, workstation = :workstation, os_user = :user, created_at = "
                  ":created, updated_at = :updated WHERE id = :id AND status = 'draft' RETURNING id"));
    query.bindValue(QStringLiteral(":document"), SqlValues::text(saved.documentId));
    query.bindValue(QStringLiteral(":client"), saved.clientId);
    query.bindValue(QStringLiteral(":name"), SqlValues::text(saved.clientName.trimmed()));
    query.bindValue(QStringLiteral(":version"), saved.policyVersion);
    query.bindValue(QStringLiteral(":policy_sha"), SqlValues::text(saved.policySha256));
    query.bindValue(QStringLiteral(":terms"), QString::fromUtf8(AgreementTerms::toJson(saved.terms)));
    query.bindValue(QStringLiteral(":mode"), modeKey(saved.signingMode));
    query.bindValue(QStringLiteral(":consent"), saved.consentGiven ? 1 : 0);
    query.bindValue(QStringLiteral(":consent_text"), SqlValues::text(saved.consentText.trimmed()));
    query.bindValue(QStringLiteral(":intent"), SqlValues::text(saved.intentText.trimmed()));
    query.bindValue(QStringLiteral(":workstation"), SqlValues::text(saved.workstation));
    query.bindValue(QStringLiteral(":user"), SqlValues::text(saved.osUser));
    query.bindValue(QStringLiteral(":created"), SqlValues::fromUtc(saved.createdAt));
    query.bindValue(QStringLiteral(":updated"), SqlValues::fromUtc(saved.updatedAt));
    if (saved.id != 0)
        query.bindValue(QStringLiteral(":id"), saved.id);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("saving the agreement draft"));
    if (!query.next())
        return Error{Error::Kind::NotFound, tr("The agreement draft no longer exists.")};
    saved.id = query.value(0).toLongLong();
    query.finish();
    return writeContent(saved);
}

Status AgreementRepository::saveDraft(Agreement &agreement) const {
    if (Status writable = m_db.checkWritable(); !writable)
        return writable;
    if (agreement.isSigned())
        return Error{Error::Kind::Conflict, tr("A signed agreement cannot be changed.")};
    Agreement saved = agreement;
    saved.updatedAt = Clock::nowUtc();
    if (!saved.createdAt.isValid())
        saved.createdAt = saved.updatedAt;
    if (Status status = m_db.transaction([&]() { return writeDraft(saved); }); !status)
        return status;
    agreement = saved;
    Q_EMIT m_db.notifier()->changed(Table);
    return {};
}

Status AgreementRepository::deleteDraft(qint64 id) const {
    if (Status writable = m_db.checkWritable(); !writable)
        return writable;
    QSqlQuery query = m_db.prepare(QStringLiteral("DELETE FROM agreements WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("deleting the agreement draft"));
    if (query.numRowsAffected() == 0)
        return Error{Error::Kind::NotFound, tr("The agreement draft no longer exists.")};
    Q_EMIT m_db.notifier()->changed(Table);
    return {};
}

Status AgreementRepository::finalise(Agreement &agreement) const {
    if (Status writable = m_db.checkWritable(); !writable)
        return writable;
    if (agreement.isSigned())
        return Error{Error::Kind::Conflict, tr("The agreement has already been signed.")};
    if (!agreement.signedAt.isValid() || agreement.pdf.isEmpty() || agreement.pdfSha256.size() != 64)
        return Error{Error::Kind::Invalid, tr("The agreement cannot be signed without its final PDF.")};
    Agreement draft = agreement;
    draft.updatedAt = draft.signedAt;
    if (!draft.createdAt.isValid())
        draft.createdAt = draft.signedAt;
    const Status status = m_db.transaction([&]() -> Status {
        if (Status written = writeDraft(draft); !written)
            return written;
        // Content first, status last: once the row says 'signed', the triggers refuse every further write.
        QSqlQuery sign = m_db.prepare(
            QStringLiteral("UPDATE agreements SET status = 'signed', signed_at = :signed, pdf_sha256 = :sha, "
                           "pdf = :pdf WHERE id = :id AND status = 'draft'"));
        sign.bindValue(QStringLiteral(":signed"), SqlValues::fromUtc(draft.signedAt));
        sign.bindValue(QStringLiteral(":sha"), draft.pdfSha256);
        sign.bindValue(QStringLiteral(":pdf"), draft.pdf);
        sign.bindValue(QStringLiteral(":id"), draft.id);
        if (!sign.exec())
            return m_db.errorFrom(sign.lastError(), tr("signing the agreement"));
        if (sign.numRowsAffected() != 1)
            return Error{Error::Kind::Conflict,
                         tr("The agreement draft no longer exists or is already signed.")};
        return AcknowledgementRepository(m_db).record(draft.clientId, draft.policyVersion, draft.signedAt);
    });
    if (!status)
        return status;
    draft.state = AgreementState::Signed;
    agreement = draft;
    Q_EMIT m_db.notifier()->changed(Table);
    return {};
}

Result<Agreement> AgreementRepository::get(qint64 id) const {
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT document_id, client_id, client_name, status, policy_version, policy_sha256, terms_json, "
        "signing_mode, consent_given, consent_text, intent_text, workstation, os_user, created_at, "
        "updated_at, signed_at, pdf_sha256, pdf FROM agreements WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("reading the agreement"));
    if (!query.next())
        return Error{Error::Kind::NotFound, tr("There is no agreement with the number %1.").arg(id)};
    Agreement agreement;
    agreement.id = id;
    agreement.documentId = query.value(0).toString();
    agreement.clientId = query.value(1).toLongLong();
    agreement.clientName = query.value(2).toString();
    agreement.state =
        query.value(3).toString() == QLatin1String("signed") ? AgreementState::Signed : AgreementState::Draft;
    agreement.policyVersion = int(query.value(4).toLongLong());
    agreement.policySha256 = query.value(5).toString();
    const std::optional<PracticeProfile> terms = AgreementTerms::fromJson(query.value(6).toString().toUtf8());
    if (!terms)
        return Error{Error::Kind::Damaged,
                     tr("The terms stored with agreement %1 cannot be read.").arg(agreement.documentId)};
    agreement.terms = *terms;
    agreement.signingMode =
        query.value(7).toString() == QLatin1String("paper") ? SigningMode::Paper : SigningMode::Electronic;
    agreement.consentGiven = query.value(8).toLongLong() != 0;
    agreement.consentText = query.value(9).toString();
    agreement.intentText = query.value(10).toString();
    agreement.workstation = query.value(11).toString();
    agreement.osUser = query.value(12).toString();
    agreement.createdAt = SqlValues::toUtc(query.value(13));
    agreement.updatedAt = SqlValues::toUtc(query.value(14));
    agreement.signedAt = SqlValues::toUtc(query.value(15));
    agreement.pdfSha256 = query.value(16).toString();
    agreement.pdf = query.value(17).toByteArray();

    QSqlQuery discussions = m_db.prepare(
        QStringLiteral("SELECT boundary_key, discussed, questions, answers FROM agreement_discussions WHERE "
                       "agreement_id = :id ORDER BY position"));
    discussions.bindValue(QStringLiteral(":id"), id);
    if (!discussions.exec())
        return m_db.errorFrom(discussions.lastError(), tr("reading the discussed boundaries"));
    while (discussions.next())
        agreement.discussions.append({discussions.value(0).toString(), discussions.value(1).toLongLong() != 0,
                                      discussions.value(2).toString(), discussions.value(3).toString()});

    QSqlQuery signatures = m_db.prepare(QStringLiteral(
        "SELECT role, method, signer_name, signed_at, strokes_json, typed_name, image_png, paper_note, scan, "
        "scan_mime FROM agreement_signatures WHERE agreement_id = :id"));
    signatures.bindValue(QStringLiteral(":id"), id);
    if (!signatures.exec())
        return m_db.errorFrom(signatures.lastError(), tr("reading the signatures"));
    while (signatures.next()) {
        Signature signature;
        signature.method =
            SignatureMethods::fromKey(signatures.value(1).toString()).value_or(SignatureMethod::Typed);
        signature.signerName = signatures.value(2).toString();
        signature.signedAt = SqlValues::toUtc(signatures.value(3));
        const std::optional<SignatureStrokes> strokes =
            SignatureStrokes::fromJson(signatures.value(4).toString().toUtf8());
        if (!strokes)
            return Error{
                Error::Kind::Damaged,
                tr("The strokes of a signature on agreement %1 cannot be read.").arg(agreement.documentId)};
        signature.strokes = *strokes;
        signature.typedName = signatures.value(5).toString();
        signature.imagePng = signatures.value(6).toByteArray();
        signature.paperNote = signatures.value(7).toString();
        signature.scan = signatures.value(8).toByteArray();
        signature.scanMime = signatures.value(9).toString();
        if (signatures.value(0).toString() == QLatin1String("client"))
            agreement.clientSignature = signature;
        else
            agreement.practitionerSignature = signature;
    }

    QSqlQuery events = m_db.prepare(QStringLiteral(
        "SELECT at, kind, detail FROM agreement_events WHERE agreement_id = :id ORDER BY position"));
    events.bindValue(QStringLiteral(":id"), id);
    if (!events.exec())
        return m_db.errorFrom(events.lastError(), tr("reading the agreement's timeline"));
    while (events.next())
        agreement.events.append(
            {SqlValues::toUtc(events.value(0)), events.value(1).toString(), events.value(2).toString()});
    return agreement;
}

Result<std::optional<Agreement>> AgreementRepository::draftFor(qint64 clientId) const {
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT id FROM agreements WHERE client_id = :client AND status = 'draft'"));
    query.bindValue(QStringLiteral(":client"), clientId);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("looking for the client's agreement draft"));
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
        return m_db.errorFrom(query.lastError(), tr("listing agreements"));
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

Result<QByteArray> AgreementRepository::signedPdf(qint64 id) const {
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT pdf FROM agreements WHERE id = :id AND status = 'signed'"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("reading the signed PDF"));
    if (!query.next())
        return Error{Error::Kind::NotFound, tr("There is no signed agreement with the number %1.").arg(id)};
    return query.value(0).toByteArray();
}

Result<ClientAgreementState> AgreementRepository::stateFor(qint64 clientId) const {
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT (SELECT max(version) FROM policy_acknowledgements WHERE client_id = :client), "
                       "(SELECT max(version) FROM policy_versions), "
                       "(SELECT id FROM agreements WHERE client_id = :client AND status = 'draft')"));
    query.bindValue(QStringLiteral(":client"), clientId);
    if (!query.exec() || !query.next())
        return m_db.errorFrom(query.lastError(), tr("reading the client's agreement status"));
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
