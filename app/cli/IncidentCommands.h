// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/incidents/Incident.h"

#include <QJsonObject>
#include <QString>

/// What the incident command groups (IncidentCommands.cpp, IncidentShowCommand.cpp) share.
namespace bk::cli {

/// The machine-readable incident shared by "incidents list" (CSV and JSON) and "incidents show" (JSON):
/// stable keys, UTC times.
QJsonObject incidentJson(const Incident &incident, const QString &clientName);

} // namespace bk::cli
