// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/export/ClientDataExport.h"

#include "app/clients/ClientService.h"
#include "app/common/Clock.h"
#include "app/common/ContactChannel.h"
#include "app/export/ExportFolder.h"
#include "app/incidents/IncidentService.h"
#include "app/storage/AgreementRepository.h"
#include "app/storage/ContractRepository.h"
#include "app/storage/IncidentRepository.h"
#include "app/storage/SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bk {

namespace {

QJsonValue utc(const QDateTime &time) {
    return time.isValid() ? QJsonValue(SqlValues::fromUtc(time)) : QJsonValue(QJsonValue::Null);
}

QJsonValue day(const QDate &date) {
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString agreementFile(const QString &documentId) {
    return QStringLiteral("agreement-%1.pdf").arg(documentId);
}

QString contractFile(const QString &documentId) {
    return QStringLiteral("contract-%1.pdf").arg(documentId);
}

QJsonObject clientObject(const Client &client) {
    return {{QStringLiteral("id"), client.id},
            {QStringLiteral("full_name"), client.fullName},
            {QStringLiteral("preferred_name"), client.preferredName},
            {QStringLiteral("email"), client.email},
            {QStringLiteral("phone"), client.phone},
            {QStringLiteral("preferred_channel"),
             client.preferredChannel ? QJsonValue(ContactChannels::key(*client.preferredChannel))
                                     : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("status"), ClientStatuses::key(client.status)},
            {QStringLiteral("start_date"), day(client.startDate)},
            {QStringLiteral("notes"), client.notes},
            {QStringLiteral("document_language"), client.documentLanguage},
            {QStringLiteral("archived"), client.archived},
            {QStringLiteral("created_at"), utc(client.createdAt)},
            {QStringLiteral("updated_at"), utc(client.updatedAt)}};
}

QJsonObject incidentObject(const IncidentRecord &record) {
    const Incident &incident = record.incident;
    QJsonArray steps;
    for (const StepEntry &entry : record.entries)
        steps.append(
            QJsonObject{{QStringLiteral("id"), entry.id},
                        {QStringLiteral("step"), entry.stepKey},
                        {QStringLiteral("happened_at"), utc(entry.happenedAt)},
                        {QStringLiteral("note"), entry.note},
                        {QStringLiteral("details"), entry.details},
                        {QStringLiteral("corrects_id"),
                         entry.correctsId ? QJsonValue(entry.correctsId) : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("recorded_at"), utc(entry.recordedAt)}});
    QJsonArray followUps;
    for (const FollowUp &followUp : record.followUps) {
        QJsonArray outcomes;
        for (const FollowUpOutcome &outcome : record.outcomes) {
            if (outcome.followUpId != followUp.id)
                continue;
            outcomes.append(QJsonObject{{QStringLiteral("id"), outcome.id},
                                        {QStringLiteral("result"), FollowUpResults::key(outcome.result)},
                                        {QStringLiteral("note"), outcome.note},
                                        {QStringLiteral("corrects_id"), outcome.correctsId
                                                                            ? QJsonValue(outcome.correctsId)
                                                                            : QJsonValue(QJsonValue::Null)},
                                        {QStringLiteral("recorded_at"), utc(outcome.recordedAt)}});
        }
        followUps.append(QJsonObject{{QStringLiteral("id"), followUp.id},
                                     {QStringLiteral("goal"), followUp.goal},
                                     {QStringLiteral("due"), day(followUp.due)},
                                     {QStringLiteral("outcomes"), outcomes}});
    }
    return {{QStringLiteral("id"), incident.id},
            {QStringLiteral("occurred_at"), utc(incident.occurredAt)},
            {QStringLiteral("channel"), ContactChannels::key(incident.channel)},
            {QStringLiteral("boundary"), incident.boundaryKey},
            {QStringLiteral("severity"), Severities::key(incident.severity)},
            {QStringLiteral("crossed_by"), CrossedBys::key(incident.crossedBy)},
            {QStringLiteral("description"), incident.description},
            {QStringLiteral("outside_hours"), incident.outsideHours},
            {QStringLiteral("outside_channel"), incident.outsideChannel},
            {QStringLiteral("status"), IncidentStatuses::key(incident.status)},
            {QStringLiteral("outcome"), incident.outcome},
            {QStringLiteral("closed_at"), utc(incident.closedAt)},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("follow_ups"), followUps}};
}

QString escaped(const QJsonValue &value) {
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isBool())
        return value.toBool() ? ClientDataExport::tr("yes") : ClientDataExport::tr("no");
    return value.toString().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

// A table of an object's fields; objects and arrays inside it are left to the caller.
QString fieldTable(const QJsonObject &object) {
    QString html = QStringLiteral("<table>");
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isObject() || it.value().isArray())
            continue;
        html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>")
                    .arg(it.key().toHtmlEscaped(), escaped(it.value()));
    }
    return html + QStringLiteral("</table>");
}

} // namespace

Result<QJsonObject> ClientDataExport::data(const Database &database, qint64 clientId) {
    const Result<Client> client = ClientService(database).get(clientId);
    if (!client)
        return client.error();
    const Result<QList<AgreementSummary>> agreements = AgreementRepository(database).list(clientId);
    if (!agreements)
        return agreements.error();
    const Result<QList<ContractSummary>> contracts = ContractRepository(database).list(clientId);
    if (!contracts)
        return contracts.error();
    const Result<QList<Incident>> incidents = IncidentRepository(database).incidentsOfClient(clientId);
    if (!incidents)
        return incidents.error();

    QJsonArray agreementList;
    for (const AgreementSummary &agreement : agreements.value()) {
        const bool isSigned = agreement.state == AgreementState::Signed;
        agreementList.append(
            QJsonObject{{QStringLiteral("document_id"), agreement.documentId},
                        {QStringLiteral("signed"), isSigned},
                        {QStringLiteral("policy_version"), agreement.policyVersion},
                        {QStringLiteral("signed_at"), utc(agreement.signedAt)},
                        {QStringLiteral("pdf_sha256"), agreement.pdfSha256},
                        {QStringLiteral("file"), isSigned ? QJsonValue(agreementFile(agreement.documentId))
                                                          : QJsonValue(QJsonValue::Null)}});
    }
    QJsonArray contractList;
    for (const ContractSummary &contract : contracts.value()) {
        const bool isSigned = contract.state == AgreementState::Signed;
        contractList.append(
            QJsonObject{{QStringLiteral("document_id"), contract.documentId},
                        {QStringLiteral("incident_id"), contract.incidentId},
                        {QStringLiteral("signed"), isSigned},
                        {QStringLiteral("review_date"), day(contract.reviewDate)},
                        {QStringLiteral("signed_at"), utc(contract.signedAt)},
                        {QStringLiteral("pdf_sha256"), contract.pdfSha256},
                        {QStringLiteral("file"), isSigned ? QJsonValue(contractFile(contract.documentId))
                                                          : QJsonValue(QJsonValue::Null)}});
    }
    QJsonArray incidentList;
    QJsonArray summaries;
    const IncidentService incidentService(database);
    for (const Incident &incident : incidents.value()) {
        const Result<IncidentRecord> record = incidentService.record(incident.id);
        if (!record)
            return record.error();
        incidentList.append(incidentObject(record.value()));
        for (const StepEntry &entry : record.value().entries) {
            if (entry.stepKey == QLatin1String(StepKeys::WrittenSummary))
                summaries.append(QJsonObject{{QStringLiteral("incident_id"), incident.id},
                                             {QStringLiteral("sent_at"), utc(entry.happenedAt)},
                                             {QStringLiteral("text"), StepDetails::summaryText(entry)}});
        }
    }
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("boundary-keeper-client-data/1")},
                       {QStringLiteral("created"), utc(Clock::nowUtc())},
                       {QStringLiteral("client"), clientObject(client.value())},
                       {QStringLiteral("agreements"), agreementList},
                       {QStringLiteral("contracts"), contractList},
                       {QStringLiteral("incidents"), incidentList},
                       {QStringLiteral("written_summaries"), summaries}};
}

QByteArray ClientDataExport::report(const QJsonObject &data) {
    const QJsonObject client = data.value(QStringLiteral("client")).toObject();
    const QString name = client.value(QStringLiteral("full_name")).toString().toHtmlEscaped();
    QString html =
        QStringLiteral(
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title><style>"
            "body{font-family:sans-serif;max-width:50em;margin:2em auto;line-height:1.4}"
            "table{border-collapse:collapse;margin:.5em 0 1em}th,td{text-align:left;vertical-align:top;"
            "padding:.2em .8em .2em 0;border-bottom:1px solid #ddd}th{font-weight:600}"
            "section{page-break-inside:avoid}</style></head><body>\n")
            .arg(tr("Data held about %1").arg(name));
    html += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n")
                .arg(tr("Data held about %1").arg(name),
                     tr("Everything the practice's records hold about you, as of %1.")
                         .arg(data.value(QStringLiteral("created")).toString().toHtmlEscaped()));
    html += QStringLiteral("<h2>%1</h2>\n").arg(tr("Your details")) + fieldTable(client) + QLatin1Char('\n');

    const auto documents = [&html](const QString &title, const QJsonArray &list) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(title);
        if (list.isEmpty())
            html += QStringLiteral("<p>%1</p>\n").arg(tr("None."));
        for (const QJsonValue &document : list)
            html += fieldTable(document.toObject()) + QLatin1Char('\n');
    };
    documents(tr("Agreements"), data.value(QStringLiteral("agreements")).toArray());
    documents(tr("Behavioural contracts"), data.value(QStringLiteral("contracts")).toArray());

    html += QStringLiteral("<h2>%1</h2>\n").arg(tr("Incidents"));
    const QJsonArray incidents = data.value(QStringLiteral("incidents")).toArray();
    if (incidents.isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(tr("None."));
    for (const QJsonValue &value : incidents) {
        const QJsonObject incident = value.toObject();
        html += QStringLiteral("<section><h3>%1</h3>\n")
                    .arg(tr("Incident %1").arg(incident.value(QStringLiteral("id")).toInteger())) +
                fieldTable(incident);
        for (const QJsonValue &step : incident.value(QStringLiteral("steps")).toArray()) {
            QJsonObject shown = step.toObject();
            const QJsonObject details = shown.take(QStringLiteral("details")).toObject();
            for (auto it = details.constBegin(); it != details.constEnd(); ++it)
                shown.insert(it.key(),
                             it.value().isString()
                                 ? it.value()
                                 : QJsonValue(QString::fromUtf8(
                                       QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact))));
            html += QStringLiteral("<h4>%1</h4>\n").arg(tr("Step")) + fieldTable(shown);
        }
        for (const QJsonValue &followUp : incident.value(QStringLiteral("follow_ups")).toArray()) {
            html += QStringLiteral("<h4>%1</h4>\n").arg(tr("Follow-up")) + fieldTable(followUp.toObject());
            for (const QJsonValue &outcome : followUp.toObject().value(QStringLiteral("outcomes")).toArray())
                html += fieldTable(outcome.toObject());
        }
        html += QStringLiteral("</section>\n");
    }
    html += QStringLiteral("<h2>%1</h2>\n").arg(tr("Written summaries sent"));
    const QJsonArray summaries = data.value(QStringLiteral("written_summaries")).toArray();
    if (summaries.isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(tr("None."));
    for (const QJsonValue &summary : summaries)
        html += fieldTable(summary.toObject()) + QLatin1Char('\n');
    html += QStringLiteral("</body></html>\n");
    return html.toUtf8();
}

Result<ClientDataExport::Summary> ClientDataExport::write(const Database &database, qint64 clientId,
                                                          const QString &path) {
    const Result<QJsonObject> collected = data(database, clientId);
    if (!collected)
        return collected.error();
    Result<ExportFolder> created = ExportFolder::create(path);
    if (!created)
        return created.error();
    ExportFolder folder = std::move(created).value();
    Summary summary;
    summary.incidents = int(collected.value().value(QStringLiteral("incidents")).toArray().size());
    const AgreementRepository agreements(database);
    const ContractRepository contracts(database);
    const Result<QList<AgreementSummary>> agreementList = agreements.list(clientId);
    if (!agreementList)
        return agreementList.error();
    for (const AgreementSummary &agreement : agreementList.value()) {
        if (agreement.state != AgreementState::Signed)
            continue;
        const Result<QByteArray> pdf = agreements.signedPdf(agreement.id);
        if (!pdf)
            return pdf.error();
        if (Status written = folder.write(agreementFile(agreement.documentId), pdf.value()); !written)
            return written.error();
        ++summary.documents;
    }
    const Result<QList<ContractSummary>> contractList = contracts.list(clientId);
    if (!contractList)
        return contractList.error();
    for (const ContractSummary &contract : contractList.value()) {
        if (contract.state != AgreementState::Signed)
            continue;
        const Result<QByteArray> pdf = contracts.signedPdf(contract.id);
        if (!pdf)
            return pdf.error();
        if (Status written = folder.write(contractFile(contract.documentId), pdf.value()); !written)
            return written.error();
        ++summary.documents;
    }
    if (Status written = folder.write(QStringLiteral("data.json"),
                                      QJsonDocument(collected.value()).toJson(QJsonDocument::Indented));
        !written)
        return written.error();
    if (Status written = folder.write(QStringLiteral("report.html"), report(collected.value())); !written)
        return written.error();
    return summary;
}

} // namespace bk
