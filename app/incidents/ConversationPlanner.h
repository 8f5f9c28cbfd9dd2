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
/// communication terms; times are shown in the terms' time zone.
QString script(const Incident &incident, const Boundary &boundary, const CommunicationTerms &terms,
               const QString &clientName);

/// The written summary of a conversation, dated `writtenOn` and addressed to the client.
QString writtenSummary(const Incident &incident, const Boundary &boundary, const StepEntry &conversation,
                       const CommunicationTerms &terms, const QString &clientName, const QString &signature,
                       const QDate &writtenOn);

} // namespace ConversationPlanner

} // namespace bk
