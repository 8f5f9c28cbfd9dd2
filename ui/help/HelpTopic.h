// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace bk {

/// The pages of the guide (resources/help/<lang>/) that the program opens itself: F1 on a section, a wizard
/// step or a dialog, and the guide's start page.
enum class HelpTopic {
    Start,
    Clients,
    Incidents,
    EscalationLadder,
    Dashboard,
    Reflection,
    Practice,
    WizardClient,
    WizardRoles,
    WizardBoundaries,
    WizardCommunication,
    WizardChanges,
    WizardSigning,
    WizardReview,
    EvidencePage,
    Backups,
    VerifyRecords
};

namespace HelpTopics {

/// Every topic, in the order of the enum.
QList<HelpTopic> all();
/// The topic's page in the guide's virtual folder, e.g. "clients.html".
QString page(HelpTopic topic);
/// The topic's page in the compiled guide, a qthelp:// URL.
QUrl url(HelpTopic topic);

/// The guide's collection file for the interface language, the English one when there is none for it; empty
/// when the guide is not found (not installed).
QString collectionFile();
/// Where the guide's files are looked for: beside the program, at the path the build and the package put
/// them (../share/boundary-keeper/help from the program), unless setFolder() named another.
QString folder();
/// Looks for the guide in `folder` instead (the tests' build tree); empty goes back to the usual place.
void setFolder(const QString &folder);

} // namespace HelpTopics

} // namespace bk
