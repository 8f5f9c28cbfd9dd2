// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/incidents/Incident.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <array>
#include <utility>

namespace bk {

namespace {

// lupdate files these messages under "Incident", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Incident)
};

template <typename Enum, std::size_t N>
std::optional<Enum> findKey(const std::array<std::pair<Enum, const char *>, N> &keys, const QString &key) {
    for (const auto &[value, text] : keys) {
        if (key == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char *>, N> &keys, Enum value) {
    for (const auto &[candidate, text] : keys) {
        if (candidate == value)
            return QString::fromLatin1(text);
    }
    return {};
}

constexpr std::array<std::pair<Severity, const char *>, 2> SeverityKeys{
    {{Severity::Minor, "minor"}, {Severity::Major, "major"}}};
constexpr std::array<std::pair<CrossedBy, const char *>, 2> CrossedByKeys{
    {{CrossedBy::Client, "client"}, {CrossedBy::Practitioner, "practitioner"}}};
constexpr std::array<std::pair<IncidentStatus, const char *>, 2> StatusKeys{
    {{IncidentStatus::Open, "open"}, {IncidentStatus::Closed, "closed"}}};
constexpr std::array<std::pair<FollowUpResult, const char *>, 3> ResultKeys{
    {{FollowUpResult::Met, "met"},
     {FollowUpResult::PartlyMet, "partly_met"},
     {FollowUpResult::NotMet, "not_met"}}};
constexpr std::array<std::pair<SummaryMethod, const char *>, 3> MethodKeys{
    {{SummaryMethod::Pdf, "pdf"}, {SummaryMethod::Clipboard, "clipboard"}, {SummaryMethod::Email, "email"}}};
constexpr std::array<std::pair<ContractStatus, const char *>, 3> ContractStatusKeys{
    {{ContractStatus::Drafted, "drafted"},
     {ContractStatus::SignedLater, "signed_later"},
     {ContractStatus::Signed, "signed"}}};

} // namespace

namespace Severities {
QString key(Severity value) {
    return keyOf(SeverityKeys, value);
}
std::optional<Severity> fromKey(const QString &key) {
    return findKey(SeverityKeys, key);
}
QString label(Severity value) {
    return value == Severity::Major ? Tr::tr("Major") : Tr::tr("Minor");
}
} // namespace Severities

namespace CrossedBys {
QString key(CrossedBy value) {
    return keyOf(CrossedByKeys, value);
}
std::optional<CrossedBy> fromKey(const QString &key) {
    return findKey(CrossedByKeys, key);
}
QString label(CrossedBy value) {
    return value == CrossedBy::Practitioner ? Tr::tr("Practitioner (self-reported)") : Tr::tr("Client");
}
} // namespace CrossedBys

namespace IncidentStatuses {
QString key(IncidentStatus value) {
    return keyOf(StatusKeys, value);
}
std::optional<IncidentStatus> fromKey(const QString &key) {
    return findKey(StatusKeys, key);
}
QString label(IncidentStatus value) {
    return value == IncidentStatus::Closed ? Tr::tr("Closed") : Tr::tr("Open");
}
} // namespace IncidentStatuses

namespace FollowUpResults {
QString key(FollowUpResult value) {
    return keyOf(ResultKeys, value);
}
std::optional<FollowUpResult> fromKey(const QString &key) {
    return findKey(ResultKeys, key);
}
QString label(FollowUpResult value) {
    switch (value) {
    case FollowUpResult::Met:
        return Tr::tr("Met");
    case FollowUpResult::PartlyMet:
        return Tr::tr("Partly met");
    case FollowUpResult::NotMet:
        return Tr::tr("Not met");
    }
    return {};
}
} // namespace FollowUpResults

namespace ContractStatuses {
QString key(ContractStatus value) {
    return keyOf(ContractStatusKeys, value);
}
std::optional<ContractStatus> fromKey(const QString &key) {
    return findKey(ContractStatusKeys, key);
}
QString label(ContractStatus value) {
    switch (value) {
    case ContractStatus::Drafted:
        return Tr::tr("Drafted");
    case ContractStatus::SignedLater:
        return Tr::tr("To be signed on paper");
    case ContractStatus::Signed:
        return Tr::tr("Signed");
    }
    return {};
}
} // namespace ContractStatuses

namespace SummaryMethods {
QString key(SummaryMethod value) {
    return keyOf(MethodKeys, value);
}
std::optional<SummaryMethod> fromKey(const QString &key) {
    return findKey(MethodKeys, key);
}
} // namespace SummaryMethods

QJsonObject BehaviouralContract::toJson() const {
    return QJsonObject{
        {QStringLiteral("appropriate"), appropriate},
        {QStringLiteral("replacement"), replacement},
        {QStringLiteral("measurable_goals"), QJsonArray::fromStringList(measurableGoals)},
        {QStringLiteral("consequences"), consequences},
        {QStringLiteral("review_date"), reviewDate.isValid() ? reviewDate.toString(Qt::ISODate) : QString()},
        {QStringLiteral("status"), ContractStatuses::key(status)},
        {QStringLiteral("document_id"), documentId},
    };
}

BehaviouralContract BehaviouralContract::fromJson(const QJsonObject &object) {
    BehaviouralContract contract;
    contract.appropriate = object.value(QStringLiteral("appropriate")).toString();
    contract.replacement = object.value(QStringLiteral("replacement")).toString();
    for (const QJsonValue &goal : object.value(QStringLiteral("measurable_goals")).toArray())
        contract.measurableGoals.append(goal.toString());
    contract.consequences = object.value(QStringLiteral("consequences")).toString();
    contract.reviewDate =
        QDate::fromString(object.value(QStringLiteral("review_date")).toString(), Qt::ISODate);
    contract.status = ContractStatuses::fromKey(object.value(QStringLiteral("status")).toString())
                          .value_or(ContractStatus::Drafted);
    contract.documentId = object.value(QStringLiteral("document_id")).toString();
    return contract;
}

namespace StepDetails {

QJsonObject writtenSummary(const QString &text, SummaryMethod method, const QString &forClient) {
    QJsonObject details{{QStringLiteral("text"), text},
                        {QStringLiteral("method"), SummaryMethods::key(method)}};
    if (!forClient.trimmed().isEmpty())
        details.insert(QStringLiteral("for_client"), forClient.trimmed());
    return details;
}

QString summaryText(const StepEntry &entry) {
    return entry.details.value(QStringLiteral("text")).toString();
}

QString summaryForClient(const StepEntry &entry) {
    return entry.details.value(QStringLiteral("for_client")).toString();
}

std::optional<SummaryMethod> summaryMethod(const StepEntry &entry) {
    return SummaryMethods::fromKey(entry.details.value(QStringLiteral("method")).toString());
}

QJsonObject resources(const QList<PracticeResource> &provided) {
    QJsonArray list;
    for (const PracticeResource &resource : provided) {
        list.append(QJsonObject{
            {QStringLiteral("id"), resource.id},
            {QStringLiteral("title"), resource.title},
            {QStringLiteral("location"), resource.location},
            {QStringLiteral("boundary_keys"), QJsonArray::fromStringList(resource.boundaryKeys)}});
    }
    return QJsonObject{{QStringLiteral("resources"), list}};
}

QList<PracticeResource> resources(const StepEntry &entry) {
    QList<PracticeResource> provided;
    for (const QJsonValue &value : entry.details.value(QStringLiteral("resources")).toArray()) {
        const QJsonObject object = value.toObject();
        PracticeResource resource;
        resource.id = object.value(QStringLiteral("id")).toInteger();
        resource.title = object.value(QStringLiteral("title")).toString();
        resource.location = object.value(QStringLiteral("location")).toString();
        for (const QJsonValue &key : object.value(QStringLiteral("boundary_keys")).toArray())
            resource.boundaryKeys.append(key.toString());
        provided.append(resource);
    }
    return provided;
}

QJsonObject contract(const BehaviouralContract &contract) {
    return contract.toJson();
}

BehaviouralContract contract(const StepEntry &entry) {
    return BehaviouralContract::fromJson(entry.details);
}

} // namespace StepDetails

QList<StepEntry> effectiveSteps(const QList<StepEntry> &entries) {
    QSet<qint64> corrected;
    for (const StepEntry &entry : entries) {
        if (entry.correctsId != 0)
            corrected.insert(entry.correctsId);
    }
    QList<StepEntry> effective;
    for (const StepEntry &entry : entries) {
        if (!corrected.contains(entry.id))
            effective.append(entry);
    }
    return effective;
}

QList<FollowUpOutcome> effectiveOutcomes(const QList<FollowUpOutcome> &outcomes) {
    QSet<qint64> corrected;
    for (const FollowUpOutcome &outcome : outcomes) {
        if (outcome.correctsId != 0)
            corrected.insert(outcome.correctsId);
    }
    QList<FollowUpOutcome> effective;
    for (const FollowUpOutcome &outcome : outcomes) {
        if (!corrected.contains(outcome.id))
            effective.append(outcome);
    }
    return effective;
}

QStringList flagLabels(const Incident &incident) {
    QStringList flags;
    if (incident.outsideHours)
        flags.append(Tr::tr("Outside hours"));
    if (incident.outsideChannel)
        flags.append(Tr::tr("Outside channels"));
    if (incident.crossedBy == CrossedBy::Practitioner)
        flags.append(Tr::tr("Self-reported"));
    return flags;
}

QString currentOsUser() {
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

} // namespace bk
