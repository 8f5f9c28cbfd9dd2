// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/ContactChannel.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace bk {

enum class Severity { Minor, Major };
/// Who crossed the boundary: the client, or the practitioner (a self-reported lapse).
enum class CrossedBy { Client, Practitioner };
enum class IncidentStatus { Open, Closed };
/// How a goal's follow-up went.
enum class FollowUpResult { Met, PartlyMet, NotMet };
/// How a written summary reached the client.
enum class SummaryMethod { Pdf, Clipboard, Email };
/// Where a behavioural contract recorded on the ladder stands: drafted, to be signed outside the app, or
/// signed in the app (a signed contract record with its PDF exists, see ContractService).
enum class ContractStatus { Drafted, SignedLater, Signed };

namespace Severities {
QString key(Severity value); ///< "minor", "major"
std::optional<Severity> fromKey(const QString &key);
QString label(Severity value);
} // namespace Severities

namespace CrossedBys {
QString key(CrossedBy value); ///< "client", "practitioner"
std::optional<CrossedBy> fromKey(const QString &key);
QString label(CrossedBy value);
} // namespace CrossedBys

namespace IncidentStatuses {
QString key(IncidentStatus value); ///< "open", "closed"
std::optional<IncidentStatus> fromKey(const QString &key);
QString label(IncidentStatus value);
} // namespace IncidentStatuses

namespace FollowUpResults {
QString key(FollowUpResult value); ///< "met", "partly_met", "not_met"
std::optional<FollowUpResult> fromKey(const QString &key);
QString label(FollowUpResult value);
} // namespace FollowUpResults

namespace ContractStatuses {
QString key(ContractStatus value); ///< "drafted", "signed_later", "signed"
std::optional<ContractStatus> fromKey(const QString &key);
QString label(ContractStatus value);
} // namespace ContractStatuses

namespace SummaryMethods {
QString key(SummaryMethod value); ///< "pdf", "clipboard", "email"
std::optional<SummaryMethod> fromKey(const QString &key);
} // namespace SummaryMethods

/// The step keys of the default ladder that carry step-specific data; other keys carry a date and a note.
namespace StepKeys {
inline constexpr char Conversation[] = "conversation";
inline constexpr char WrittenSummary[] = "written_summary";
inline constexpr char Goals[] = "goals_follow_up";
inline constexpr char BehaviouralContract[] = "behavioural_contract";
inline constexpr char Resources[] = "training_resources";
inline constexpr char Supervision[] = "supervision";
inline constexpr char EndEngagement[] = "ending_engagement";
} // namespace StepKeys

/// A crossed boundary, as logged.
struct Incident {
    qint64 id = 0;
    qint64 clientId = 0;
    QDateTime occurredAt; ///< UTC
    ContactChannel channel = ContactChannel::InPerson;
    QString boundaryKey;
    int policyVersion = 0; ///< the published version it was logged under, 0 when none was published
    Severity severity = Severity::Minor;
    QString description;
    CrossedBy crossedBy = CrossedBy::Client;
    bool outsideHours = false;   ///< computed when logged
    bool outsideChannel = false; ///< computed when logged
    IncidentStatus status = IncidentStatus::Open;
    QString outcome; ///< required to close
    QDateTime closedAt;
    QString currentStep; ///< key of the furthest ladder step recorded, empty before the first
    QString nextAction;
    QDate nextDue;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString recordedBy; ///< the OS user who logged it
};

/// One recorded step of the ladder for an incident. Never changed once stored; a correction is a new entry
/// whose correctsId names the entry it replaces.
struct StepEntry {
    qint64 id = 0;
    qint64 incidentId = 0;
    QString stepKey;
    QDateTime happenedAt; ///< UTC
    QString note;         ///< the gist
    QJsonObject details;  ///< step-specific data, see the typed helpers below
    qint64 correctsId = 0;
    QDateTime recordedAt;
    QString recordedBy;
};

/// A goal set at the goals step, with its follow-up date.
struct FollowUp {
    qint64 id = 0;
    qint64 incidentId = 0;
    qint64 stepId = 0;
    QString goal;
    QDate due;
};

/// An open incident's due date moved (out of a period of reduced availability): never changed once stored,
/// the date it had before kept with it. It moves only the action it was made for: the one whose date derives
/// from the same records (see LadderPosition::dueFollowUpId and dueStepId).
struct DueMove {
    qint64 id = 0;
    qint64 incidentId = 0;
    qint64 periodId = 0;   ///< the period it was moved out of; 0: none
    qint64 followUpId = 0; ///< the goal follow-up it moved; 0: not a goal
    qint64 stepId = 0; ///< the step entry the moved date derived from; 0: the first step, before any entry
    QDate originalDue;
    QDate movedTo;
    QDateTime movedAt; ///< UTC
};

/// How one follow-up went. Never changed once stored; corrected by a new entry.
struct FollowUpOutcome {
    qint64 id = 0;
    qint64 followUpId = 0;
    FollowUpResult result = FollowUpResult::Met;
    QString note;
    qint64 correctsId = 0;
    QDateTime recordedAt;
    QString recordedBy;
};

/// A behavioural contract as data: what the contract step records on the ladder. ContractService turns it
/// into a signed contract (signatures, evidence page, PDF) and records it here with status Signed.
struct BehaviouralContract {
    QString appropriate; ///< what appropriate behaviour is
    QString replacement; ///< the behaviour that replaces the crossing
    QStringList measurableGoals;
    QString consequences;
    QDate reviewDate;
    ContractStatus status = ContractStatus::Drafted;
    /// Signed: the document ID of the signed contract (see ContractRepository::findByDocumentId()).
    QString documentId;

    QJsonObject toJson() const;
    static BehaviouralContract fromJson(const QJsonObject &object);
    friend bool operator==(const BehaviouralContract &, const BehaviouralContract &) = default;
};

/// An entry of the practice's library of training and resources.
struct PracticeResource {
    qint64 id = 0;
    QString title;
    QString location; ///< a link or a file path
    QStringList boundaryKeys;
};

/// Typed access to the details of the steps that carry data.
namespace StepDetails {
/// A written summary's details: the letter as sent, how, and what the practitioner wrote for the client.
QJsonObject writtenSummary(const QString &text, SummaryMethod method, const QString &forClient);
QString summaryText(const StepEntry &entry);
QString summaryForClient(const StepEntry &entry);
std::optional<SummaryMethod> summaryMethod(const StepEntry &entry);
QJsonObject resources(const QList<PracticeResource> &provided);
QList<PracticeResource> resources(const StepEntry &entry);
QJsonObject contract(const BehaviouralContract &contract);
BehaviouralContract contract(const StepEntry &entry);
} // namespace StepDetails

/// The entries still in force: those no later entry corrects, in the given order.
QList<StepEntry> effectiveSteps(const QList<StepEntry> &entries);
QList<FollowUpOutcome> effectiveOutcomes(const QList<FollowUpOutcome> &outcomes);

/// The incident's flags in words for lists: "Outside hours", "Outside channels", "Self-reported" (each
/// only when it applies), translated.
QStringList flagLabels(const Incident &incident);

/// The name of the operating-system user, recorded with every entry.
QString currentOsUser();

} // namespace bk
