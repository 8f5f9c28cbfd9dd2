// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace bk {

/// The user's settings file (window layout, last folder, interface language, integrity checks), one typed
/// accessor per entry so no key is spelled in two places.
class Settings {
public:
    /// Opens the settings file in the configuration folder, creating the folder when missing.
    Settings();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray clientsHeaderState() const;
    void setClientsHeaderState(const QByteArray &state);
    QByteArray incidentsHeaderState() const;
    void setIncidentsHeaderState(const QByteArray &state);

    /// The folder of the last document the user chose in a file dialog; empty when none yet.
    QString lastDocumentFolder() const;
    void setLastDocumentFolder(const QString &folder);

    /// The column mapping (ImportMapping JSON) last confirmed for an import file with exactly `headers`;
    /// empty when none.
    QByteArray importMapping(const QStringList &headers) const;
    void setImportMapping(const QStringList &headers, const QByteArray &json);

    /// The language the window speaks ("de", "en", "es" or "fr"); empty: the system's language.
    QString interfaceLanguage() const;
    void setInterfaceLanguage(const QString &language);

    /// The state of the database file at `databasePath` when it was last closed after a full integrity
    /// check; empty when never recorded.
    QString integrityCheckState(const QString &databasePath) const;
    void setIntegrityCheckState(const QString &databasePath, const QString &state);

    /// The head of the audit trail ("sequence:hash") this computer last saw in the practice at `location` (a
    /// database file's path or a server's URL), kept outside the database so that events deleted behind
    /// the application's back are named when it next opens the practice; empty when never recorded.
    QString auditHead(const QString &location) const;
    void setAuditHead(const QString &location, const QString &head);

    /// The practices opened last, the last first: database files' paths and servers' URLs, never with a
    /// password (the caller passes what Database::path() says). At most MaxRecentPractices.
    QStringList recentPractices() const;
    /// Puts `location` first among the recent practices.
    void addRecentPractice(const QString &location);
    static constexpr int MaxRecentPractices = 6;
    /// Whether the user chose to keep a server's password in the system keyring (asked again each time).
    bool rememberServerPassword() const;
    void setRememberServerPassword(bool remember);

    /// Whether follow-ups falling due while Boundary Keeper runs are announced through the system tray (on
    /// unless the user turned it off; the reminder bar in the window stays either way).
    bool trayReminders() const;
    void setTrayReminders(bool shown);

    /// Whether the daily backups of the practice at `location` are encrypted with a passphrase kept in the
    /// system keyring (BackupPassphrase). Kept here too, so that a keyring that cannot be read stops the
    /// backup instead of leaving it unencrypted.
    bool dailyBackupsEncrypted(const QString &location) const;
    void setDailyBackupsEncrypted(const QString &location, bool encrypted);

    /// Forgets every setting. For tests.
    void clear();

private:
    QSettings m_settings;
};

} // namespace bk
