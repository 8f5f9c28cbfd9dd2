// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/cli/Cli.h"

#include <QList>

/// The program's command groups, one source file each; main.cpp registers them in the order shown in help.
namespace bk::cli {

QList<Command> databaseCommands(); ///< DatabaseCommands.cpp: init, migrate
QList<Command>
clientCommands(); ///< ClientCommands.cpp: clients add|list|show|edit|archive|restore|erase|export-data
QList<Command> importCommands();   ///< ImportCommands.cpp: import clients
QList<Command> practiceCommands(); ///< PracticeCommands.cpp: practice show
QList<Command> policyCommands();   ///< PolicyCommands.cpp: policy show|versions|diff|publish
/// DashboardCommands.cpp: dashboard, dashboard export
QList<Command> dashboardCommands();

/// AgreementCommands.cpp: agreements list|export, verify
QList<Command> agreementCommands();
/// IncidentCommands.cpp: incidents log|list
QList<Command> incidentCommands();
/// IncidentShowCommand.cpp: incidents show
QList<Command> incidentShowCommands();
/// FollowUpCommands.cpp: followups list|export-ics
QList<Command> followUpCommands();
/// ReflectCommands.cpp: reflect list|export
QList<Command> reflectCommands();
/// AvailabilityCommands.cpp: availability add|list|clients|move|notices
QList<Command> availabilityCommands();
/// BackupCommands.cpp: backup, backups list|verify, restore
QList<Command> backupCommands();
/// ExportCommands.cpp: export practice|verify
QList<Command> exportCommands();
/// AuditCommands.cpp: audit head|verify
QList<Command> auditCommands();
/// PractitionerCommands.cpp: practitioners list|add|set-role|share|unshare|hand-over
QList<Command> practitionerCommands();

} // namespace bk::cli
