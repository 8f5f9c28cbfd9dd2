// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/incidents/BoundaryFlags.h"
#include "app/incidents/Incident.h"
#include "app/policy/BoundaryPolicy.h"

#include <QDateTime>
#include <QString>

namespace bk {

/// Drafts the texts of the first two ladder steps: the conversation script and the written summary. Plain
/// text the practitioner edits before use.
namespace ConversationPlanner {

/// A short script in five moves (acknowledge the behaviour, state the boundary, explain why, state the
/// consequence or alternative, agree how to follow through), from the incident, its boundary and the
/// communication terms; times are shown in the terms' time zone. Written as the practitioner speaks, to
/// the client as "you"; the policy's own texts are quoted as the words of the agreement.
QString script(const Incident &incident, const Boundary &boundary, const CommunicationTerms &terms,
               const QString &clientName);

/// The written summary of a conversation, dated `writtenOn` and addressed to the client. It tells what the
/// practitioner wrote for the client (`forClient`, left out when empty), never the conversation's own note:
/// that note is the practitioner's private record.
QString writtenSummary(const Incident &incident, const Boundary &boundary, const StepEntry &conversation,
                       const CommunicationTerms &terms, const QString &clientName, const QString &signature,
                       const QDate &writtenOn, const QString &forClient);

} // namespace ConversationPlanner

} // namespace bk
