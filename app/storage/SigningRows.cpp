// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/SigningRows.h"

#include "app/agreements/Agreement.h"
#include "app/storage/Database.h"
#include "app/storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace bk::SigningRows {

namespace {

// lupdate files these messages under "SigningRows", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(SigningRows)
};

QString modeKey(SigningMode mode) {
    return mode == SigningMode::Paper ? QStringLiteral("paper") : QStringLiteral("electronic");
}

QVariant blob(const QByteArray &bytes) {
    return bytes.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(bytes);
}

QStringList placeholders(const QStringList &columns) {
    QStringList names;
    for (const QString &column : columns)
        names.append(QLatin1Char(':') + column);
    return names;
}

} // namespace

QStringList commonColumns() {
    return {QStringLiteral("document_id"),  QStringLiteral("client_id"),    QStringLiteral("client_name"),
            QStringLiteral("terms_json"),   QStringLiteral("signing_mode"), QStringLiteral("consent_given"),
            QStringLiteral("consent_text"), QStringLiteral("intent_text"),  QStringLiteral("workstation"),
            QStringLiteral("os_user"),      QStringLiteral("created_at"),   QStringLiteral("updated_at")};
}

QString selectColumns() {
    return commonColumns().join(QStringLiteral(", ")) +
           QStringLiteral(", status, signed_at, pdf_sha256, pdf, (SELECT c.document_language FROM clients c "
                          "WHERE c.id = client_id), discarded_at");
}

AgreementState stateOf(const QVariant &status, const QVariant &discardedAt) {
    if (status.toString() == QLatin1String("signed"))
        return AgreementState::Signed;
    return SqlValues::toUtc(discardedAt).isValid() ? AgreementState::Discarded : AgreementState::Draft;
}

QString insertDraftSql(const QString &kind, const QStringList &extra) {
    const QStringList columns = commonColumns() + extra;
    return QStringLiteral("INSERT INTO %1s (%2, status) VALUES (%3, 'draft') RETURNING id")
        .arg(kind, columns.join(QStringLiteral(", ")), placeholders(columns).join(QStringLiteral(", ")));
}

QString updateDraftSql(const QString &kind, const QStringList &extra) {
    QStringList assignments;
    for (const QString &column : commonColumns() + extra)
        assignments.append(column + QStringLiteral(" = :") + column);
    return QStringLiteral(
               "UPDATE %1s SET %2 WHERE id = :id AND status = 'draft' AND discarded_at IS NULL RETURNING id")
        .arg(kind, assignments.join(QStringLiteral(", ")));
}

void bindCommon(QSqlQuery &query, const SigningRecord &record) {
    query.bindValue(QStringLiteral(":document_id"), SqlValues::text(record.documentId));
    query.bindValue(QStringLiteral(":client_id"), record.clientId);
    query.bindValue(QStringLiteral(":client_name"), SqlValues::text(record.clientName.trimmed()));
    query.bindValue(QStringLiteral(":terms_json"), QString::fromUtf8(AgreementTerms::toJson(record.terms)));
    query.bindValue(QStringLiteral(":signing_mode"), modeKey(record.signingMode));
    query.bindValue(QStringLiteral(":consent_given"), record.consentGiven);
    query.bindValue(QStringLiteral(":consent_text"), SqlValues::text(record.consentText.trimmed()));
    query.bindValue(QStringLiteral(":intent_text"), SqlValues::text(record.intentText.trimmed()));
    query.bindValue(QStringLiteral(":workstation"), SqlValues::text(record.workstation));
    query.bindValue(QStringLiteral(":os_user"), SqlValues::text(record.osUser));
    query.bindValue(QStringLiteral(":created_at"), SqlValues::fromUtc(record.createdAt));
    query.bindValue(QStringLiteral(":updated_at"), SqlValues::fromUtc(record.updatedAt));
}

Result<PracticeProfile> readTerms(const QVariant &json, const QString &documentId) {
    std::optional<PracticeProfile> terms = AgreementTerms::fromJson(json.toString().toUtf8());
    if (!terms)
        return Error{Error::Kind::Damaged,
                     Tr::tr("The terms stored with document %1 cannot be read.").arg(documentId)};
    return std::move(*terms);
}

Status readCommon(const QSqlQuery &query, int first, SigningRecord &record) {
    const auto value = [&](int offset) {
        return query.value(first + offset);
    };
    record.documentId = value(0).toString();
    record.clientId = value(1).toLongLong();
    record.clientName = value(2).toString();
    Result<PracticeProfile> terms = readTerms(value(3), record.documentId);
    if (!terms)
        return terms.error();
    record.terms = std::move(terms).value();
    record.signingMode =
        value(4).toString() == QLatin1String("paper") ? SigningMode::Paper : SigningMode::Electronic;
    record.consentGiven = value(5).toLongLong() != 0;
    record.consentText = value(6).toString();
    record.intentText = value(7).toString();
    record.workstation = value(8).toString();
    record.osUser = value(9).toString();
    record.createdAt = SqlValues::toUtc(value(10));
    record.updatedAt = SqlValues::toUtc(value(11));
    record.state = stateOf(value(12), value(17));
    record.signedAt = SqlValues::toUtc(value(13));
    record.pdfSha256 = value(14).toString();
    record.pdf = value(15).toByteArray();
    if (const QString language = value(16).toString(); !language.isEmpty())
        record.language = language;
    return {};
}

Status writeChildren(const Database &database, const QString &kind, const SigningRecord &record) {
    // A draft's rows are replaced wholesale: simpler than diffing, and a draft has a few rows at most.
    for (const QString &table :
         QStringList{kind + QStringLiteral("_signatures"), kind + QStringLiteral("_events")}) {
        QSqlQuery clear =
            database.prepare(QStringLiteral("DELETE FROM %1 WHERE %2_id = :id").arg(table, kind));
        clear.bindValue(QStringLiteral(":id"), record.id);
        if (!clear.exec())
            return database.errorFrom(clear.lastError(), Tr::tr("saving the draft"));
    }
    QSqlQuery signature = database.prepare(
        QStringLiteral(
            "INSERT INTO %1_signatures (%1_id, role, method, signer_name, signed_at, strokes_json, "
            "typed_name, image_png, paper_note, scan, scan_mime) VALUES (:id, :role, :method, :name, "
            ":at, :strokes, :typed, :image, :note, :scan, :mime)")
            .arg(kind));
    const auto writeSignature = [&](const std::optional<Signature> &value, const QString &role) -> Status {
        if (!value)
            return {};
        signature.bindValue(QStringLiteral(":id"), record.id);
        signature.bindValue(QStringLiteral(":role"), role);
        signature.bindValue(QStringLiteral(":method"), SignatureMethods::key(value->method));
        signature.bindValue(QStringLiteral(":name"), SqlValues::text(value->signerName));
        signature.bindValue(QStringLiteral(":at"), SqlValues::fromUtc(value->signedAt));
        signature.bindValue(QStringLiteral(":strokes"), value->strokes.isEmpty()
                                                            ? QStringLiteral("")
                                                            : QString::fromUtf8(value->strokes.toJson()));
        signature.bindValue(QStringLiteral(":typed"), SqlValues::text(value->typedName));
        signature.bindValue(QStringLiteral(":image"), blob(value->imagePng));
        signature.bindValue(QStringLiteral(":note"), SqlValues::text(value->paperNote));
        signature.bindValue(QStringLiteral(":scan"), blob(value->scan));
        signature.bindValue(QStringLiteral(":mime"), SqlValues::text(value->scanMime));
        if (!signature.exec())
            return database.errorFrom(signature.lastError(), Tr::tr("saving a signature"));
        return {};
    };
    if (Status written = writeSignature(record.clientSignature, QStringLiteral("client")); !written)
        return written;
    if (Status written = writeSignature(record.practitionerSignature, QStringLiteral("practitioner"));
        !written)
        return written;
    QSqlQuery event =
        database.prepare(QStringLiteral("INSERT INTO %1_events (%1_id, position, at, kind, detail) "
                                        "VALUES (:id, :position, :at, :kind, :detail)")
                             .arg(kind));
    int position = 0;
    for (const AgreementEvent &entry : record.events) {
        event.bindValue(QStringLiteral(":id"), record.id);
        event.bindValue(QStringLiteral(":position"), position++);
        event.bindValue(QStringLiteral(":at"), SqlValues::fromUtc(entry.at));
        event.bindValue(QStringLiteral(":kind"), SqlValues::text(entry.kind));
        event.bindValue(QStringLiteral(":detail"), SqlValues::text(entry.detail));
        if (!event.exec())
            return database.errorFrom(event.lastError(), Tr::tr("saving the timeline"));
    }
    return {};
}

Status readChildren(const Database &database, const QString &kind, SigningRecord &record) {
    QSqlQuery signatures = database.prepare(
        QStringLiteral("SELECT role, method, signer_name, signed_at, strokes_json, typed_name, image_png, "
                       "paper_note, scan, scan_mime FROM %1_signatures WHERE %1_id = :id")
            .arg(kind));
    signatures.bindValue(QStringLiteral(":id"), record.id);
    if (!signatures.exec())
        return database.errorFrom(signatures.lastError(), Tr::tr("reading the signatures"));
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
                Tr::tr("The strokes of a signature on document %1 cannot be read.").arg(record.documentId)};
        signature.strokes = *strokes;
        signature.typedName = signatures.value(5).toString();
        signature.imagePng = signatures.value(6).toByteArray();
        signature.paperNote = signatures.value(7).toString();
        signature.scan = signatures.value(8).toByteArray();
        signature.scanMime = signatures.value(9).toString();
        if (signatures.value(0).toString() == QLatin1String("client"))
            record.clientSignature = signature;
        else
            record.practitionerSignature = signature;
    }

    QSqlQuery events = database.prepare(
        QStringLiteral("SELECT at, kind, detail FROM %1_events WHERE %1_id = :id ORDER BY position")
            .arg(kind));
    events.bindValue(QStringLiteral(":id"), record.id);
    if (!events.exec())
        return database.errorFrom(events.lastError(), Tr::tr("reading the timeline"));
    while (events.next())
        record.events.append(
            {SqlValues::toUtc(events.value(0)), events.value(1).toString(), events.value(2).toString()});
    return {};
}

Status markSigned(const Database &database, const QString &kind, const SigningRecord &record) {
    QSqlQuery sign = database.prepare(
        QStringLiteral("UPDATE %1s SET status = 'signed', signed_at = :signed, pdf_sha256 = :sha, pdf = :pdf "
                       "WHERE id = :id AND status = 'draft' AND discarded_at IS NULL")
            .arg(kind));
    sign.bindValue(QStringLiteral(":signed"), SqlValues::fromUtc(record.signedAt));
    sign.bindValue(QStringLiteral(":sha"), record.pdfSha256);
    sign.bindValue(QStringLiteral(":pdf"), record.pdf);
    sign.bindValue(QStringLiteral(":id"), record.id);
    if (!sign.exec())
        return database.errorFrom(sign.lastError(), Tr::tr("signing the document"));
    if (sign.numRowsAffected() != 1)
        return Error{Error::Kind::Conflict, Tr::tr("The draft no longer exists or is already signed.")};
    return {};
}

Status eachSignedPdf(const Database &database, const QString &kind,
                     const std::function<bool(const QString &, const QByteArray &)> &visit) {
    QSqlQuery query(database.connection());
    // One PDF at a time: a practice's signed documents together may not fit in memory.
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT document_id, pdf FROM %1s WHERE status = 'signed' ORDER BY id").arg(kind)))
        return database.errorFrom(query.lastError(), Tr::tr("reading the signed PDFs"));
    while (query.next()) {
        if (!visit(query.value(0).toString(), query.value(1).toByteArray()))
            return {};
    }
    if (query.lastError().isValid())
        return database.errorFrom(query.lastError(), Tr::tr("reading the signed PDFs"));
    return {};
}

Status checkFinal(const SigningRecord &record) {
    if (!record.signedAt.isValid() || record.pdf.isEmpty() || record.pdfSha256.size() != 64)
        return Error{Error::Kind::Invalid, Tr::tr("The document cannot be signed without its final PDF.")};
    return {};
}

Error discardedError() {
    return Error{Error::Kind::Conflict,
                 Tr::tr("The draft was discarded; it can no longer be changed or signed.")};
}

namespace {

// discardDraft() within its transaction.
Status discardChecked(const Database &database, const QString &kind, const Messages &messages, qint64 id) {
    QSqlQuery found =
        database.prepare(QStringLiteral("SELECT status, discarded_at FROM %1s WHERE id = :id").arg(kind));
    found.bindValue(QStringLiteral(":id"), id);
    if (!found.exec())
        return database.errorFrom(found.lastError(), messages.discarding);
    if (!found.next())
        return Error{Error::Kind::NotFound, messages.draftGone};
    switch (stateOf(found.value(0), found.value(1))) {
    case AgreementState::Signed:
        return Error{Error::Kind::Conflict, messages.alreadySigned};
    case AgreementState::Discarded:
        return Error{Error::Kind::Conflict, Tr::tr("The draft has already been discarded.")};
    case AgreementState::Draft:
        break;
    }
    // The row stays, marked: the audit trail holds it, and the practice can still see what was begun.
    QSqlQuery discard = database.prepare(
        QStringLiteral("UPDATE %1s SET discarded_at = :at, discarded_by = :me, updated_at = :at "
                       "WHERE id = :id AND status = 'draft' AND discarded_at IS NULL")
            .arg(kind));
    discard.bindValue(QStringLiteral(":at"), SqlValues::fromUtc(Clock::nowUtc()));
    discard.bindValue(QStringLiteral(":me"), SqlValues::idOrNull(database.practitionerId()));
    discard.bindValue(QStringLiteral(":id"), id);
    if (!discard.exec())
        return database.errorFrom(discard.lastError(), messages.discarding);
    if (discard.numRowsAffected() != 1)
        return Error{Error::Kind::Conflict, Tr::tr("The draft no longer exists or is already signed.")};
    return {};
}

} // namespace

Status discardDraft(const Database &database, const QString &kind, const Messages &messages, qint64 id) {
    if (Status writable = database.checkWritable(); !writable)
        return writable;
    // One transaction, which on a file holds the write lock from the start: begun by the read below, the
    // change could not be written once another connection had committed since (the client list saving its
    // search index), and the draft could change between the check and the change.
    return database.transaction([&]() -> Status { return discardChecked(database, kind, messages, id); });
}

} // namespace bk::SigningRows
