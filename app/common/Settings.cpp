// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/Settings.h"

#include "app/common/Sha256.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace bk {

namespace {

const QString GeometryKey = QStringLiteral("MainWindow/geometry");
const QString ClientsHeaderKey = QStringLiteral("ClientsPage/headerState");
const QString IncidentsHeaderKey = QStringLiteral("IncidentsPage/headerState");
const QString LastDocumentFolderKey = QStringLiteral("FileDialogs/lastDocumentFolder");
const QString InterfaceLanguageKey = QStringLiteral("Preferences/interfaceLanguage");
const QString RecentPracticesKey = QStringLiteral("Practices/recent");
const QString RememberPasswordKey = QStringLiteral("Practices/rememberServerPassword");
const QString TrayRemindersKey = QStringLiteral("Reminders/tray");

QString settingsFile() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    QDir().mkpath(folder);
    return folder + QStringLiteral("/settings.ini");
}

// One entry per database file, named by a hash of its canonical path: the path itself may hold characters
// QSettings keys cannot.
QString keyOf(const QString &group, const QString &name) {
    return group + QLatin1Char('/') + Sha256::hexOf(name.toUtf8()).left(32);
}

QString integrityKey(const QString &databasePath) {
    return keyOf(QStringLiteral("IntegrityChecked"), QFileInfo(databasePath).canonicalFilePath());
}

// An entry of `group` for the practice at `location`: a server's URL is its own name; a file's is its
// canonical path.
QString practiceKey(const QString &group, const QString &location) {
    const QFileInfo file(location);
    return keyOf(group, file.exists() ? file.canonicalFilePath() : location);
}

QString auditHeadKey(const QString &location) {
    return practiceKey(QStringLiteral("AuditHead"), location);
}

QString encryptedBackupsKey(const QString &location) {
    return practiceKey(QStringLiteral("EncryptedDailyBackups"), location);
}

// One entry per set of headers, named by their hash: headers may hold characters QSettings keys cannot.
QString importMappingKey(const QStringList &headers) {
    return QStringLiteral("ImportMappings/") + Sha256::hexOf(headers.join(QChar(0x1F)).toUtf8()).left(32);
}

} // namespace

QByteArray Settings::importMapping(const QStringList &headers) const {
    return m_settings.value(importMappingKey(headers)).toByteArray();
}

void Settings::setImportMapping(const QStringList &headers, const QByteArray &json) {
    m_settings.setValue(importMappingKey(headers), json);
}

Settings::Settings()
    : m_settings(settingsFile(), QSettings::IniFormat) {}

QStringList Settings::recentPractices() const {
    return m_settings.value(RecentPracticesKey).toStringList();
}

void Settings::addRecentPractice(const QString &location) {
    QStringList recent = recentPractices();
    recent.removeAll(location);
    recent.prepend(location);
    m_settings.setValue(RecentPracticesKey, recent.mid(0, MaxRecentPractices));
}

bool Settings::rememberServerPassword() const {
    return m_settings.value(RememberPasswordKey, true).toBool();
}

void Settings::setRememberServerPassword(bool remember) {
    m_settings.setValue(RememberPasswordKey, remember);
}

QByteArray Settings::windowGeometry() const {
    return m_settings.value(GeometryKey).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry) {
    m_settings.setValue(GeometryKey, geometry);
}

QByteArray Settings::clientsHeaderState() const {
    return m_settings.value(ClientsHeaderKey).toByteArray();
}

void Settings::setClientsHeaderState(const QByteArray &state) {
    m_settings.setValue(ClientsHeaderKey, state);
}

QByteArray Settings::incidentsHeaderState() const {
    return m_settings.value(IncidentsHeaderKey).toByteArray();
}

void Settings::setIncidentsHeaderState(const QByteArray &state) {
    m_settings.setValue(IncidentsHeaderKey, state);
}

QString Settings::lastDocumentFolder() const {
    return m_settings.value(LastDocumentFolderKey).toString();
}

void Settings::setLastDocumentFolder(const QString &folder) {
    m_settings.setValue(LastDocumentFolderKey, folder);
}

QString Settings::interfaceLanguage() const {
    return m_settings.value(InterfaceLanguageKey).toString();
}

void Settings::setInterfaceLanguage(const QString &language) {
    if (language.isEmpty())
        m_settings.remove(InterfaceLanguageKey);
    else
        m_settings.setValue(InterfaceLanguageKey, language);
}

QString Settings::integrityCheckState(const QString &databasePath) const {
    return m_settings.value(integrityKey(databasePath)).toString();
}

void Settings::setIntegrityCheckState(const QString &databasePath, const QString &state) {
    m_settings.setValue(integrityKey(databasePath), state);
}

QString Settings::auditHead(const QString &location) const {
    return m_settings.value(auditHeadKey(location)).toString();
}

void Settings::setAuditHead(const QString &location, const QString &head) {
    m_settings.setValue(auditHeadKey(location), head);
}

bool Settings::trayReminders() const {
    return m_settings.value(TrayRemindersKey, true).toBool();
}

void Settings::setTrayReminders(bool shown) {
    m_settings.setValue(TrayRemindersKey, shown);
}

bool Settings::dailyBackupsEncrypted(const QString &location) const {
    return m_settings.value(encryptedBackupsKey(location), false).toBool();
}

void Settings::setDailyBackupsEncrypted(const QString &location, bool encrypted) {
    if (encrypted)
        m_settings.setValue(encryptedBackupsKey(location), true);
    else
        m_settings.remove(encryptedBackupsKey(location));
}

void Settings::clear() {
    m_settings.clear();
}

} // namespace bk
