// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/help/HelpTopic.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <array>
#include <utility>

namespace bk::HelpTopics {

namespace {

// The namespace and virtual folder of every language's .qhp (resources/help/<lang>/boundary-keeper.qhp).
constexpr auto Namespace = "org.boundarykeeper.BoundaryKeeper";
constexpr auto VirtualFolder = "doc";

constexpr std::array<std::pair<HelpTopic, const char *>, 17> Pages = {{
    {HelpTopic::Start, "index.html"},
    {HelpTopic::Clients, "clients.html"},
    {HelpTopic::Incidents, "incidents.html"},
    {HelpTopic::EscalationLadder, "escalation-ladder.html"},
    {HelpTopic::Dashboard, "dashboard.html"},
    {HelpTopic::Reflection, "reflection.html"},
    {HelpTopic::Practice, "practice.html"},
    {HelpTopic::WizardClient, "wizard-client.html"},
    {HelpTopic::WizardRoles, "wizard-roles.html"},
    {HelpTopic::WizardBoundaries, "wizard-boundaries.html"},
    {HelpTopic::WizardCommunication, "wizard-communication.html"},
    {HelpTopic::WizardChanges, "wizard-changes.html"},
    {HelpTopic::WizardSigning, "wizard-signing.html"},
    {HelpTopic::WizardReview, "wizard-review.html"},
    {HelpTopic::EvidencePage, "evidence-page.html"},
    {HelpTopic::Backups, "backups.html"},
    {HelpTopic::VerifyRecords, "verify-records.html"},
}};

// page() looks a topic up by its place in the list.
constexpr bool pagesInOrder() {
    for (std::size_t i = 0; i < Pages.size(); ++i) {
        if (std::size_t(Pages.at(i).first) != i)
            return false;
    }
    return true;
}
static_assert(pagesInOrder(), "Pages lists every HelpTopic in the order of the enum");

QString &folderOverride() {
    static QString folder;
    return folder;
}

} // namespace

QList<HelpTopic> all() {
    QList<HelpTopic> topics;
    for (const auto &[topic, page] : Pages)
        topics.append(topic);
    return topics;
}

QString page(HelpTopic topic) {
    return QLatin1String(Pages.at(std::size_t(topic)).second);
}

QUrl url(HelpTopic topic) {
    QUrl url;
    url.setScheme(QStringLiteral("qthelp"));
    url.setHost(QLatin1String(Namespace));
    url.setPath(QLatin1Char('/') + QLatin1String(VirtualFolder) + QLatin1Char('/') + page(topic));
    return url;
}

QString folder() {
    if (!folderOverride().isEmpty())
        return folderOverride();
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/') +
                           QLatin1String(BK_HELP_RELATIVE_DIR));
}

void setFolder(const QString &folder) {
    folderOverride() = folder;
}

QString collectionFile() {
    // The interface language as the translations pick it (its ui languages, "de-DE" then "de"), then English.
    QStringList languages;
    for (const QString &name : QLocale().uiLanguages())
        languages.append(name.section(QLatin1Char('-'), 0, 0).toLower());
    languages.append(QStringLiteral("en"));
    const QDir dir(folder());
    for (const QString &language : std::as_const(languages)) {
        const QString file = dir.filePath(QStringLiteral("boundary-keeper_%1.qhc").arg(language));
        if (QFileInfo(file).isFile())
            return file;
    }
    return {};
}

} // namespace bk::HelpTopics
