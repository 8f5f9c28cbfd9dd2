// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/backup/BackupService.h"

#include "app/audit/AuditTrail.h"
#include "app/backup/BackupCipher.h"
#include "app/backup/BackupPassphrase.h"
#include "app/backup/BackupRotation.h"
#include "app/common/AppPaths.h"
#include "app/common/Clock.h"
#include "app/common/PrivateFile.h"
#include "app/common/Settings.h"
#include "app/common/Sha256.h"
#include "app/storage/Database.h"
#include "app/storage/PracticeRepository.h"
#include "app/storage/ServerAddress.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace bk {

namespace {

constexpr int ManifestFormat = 1;

QString shown(const QString &path) {
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QString manifestPathOf(const QString &backup) {
    return backup + QStringLiteral(".json");
}

const QList<QPair<BackupEntry::Kind, QString>> &kindNames() {
    static const QList<QPair<BackupEntry::Kind, QString>> names = {
        {BackupEntry::Kind::Daily, QStringLiteral("daily")},
        {BackupEntry::Kind::BeforeUpgrade, QStringLiteral("before-upgrade")},
        {BackupEntry::Kind::BeforeRestore, QStringLiteral("before-restore")},
        {BackupEntry::Kind::Manual, QStringLiteral("manual")}};
    return names;
}

Result<QString> sha256Of(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io,
                     BackupService::tr("%1 could not be read: %2").arg(shown(path), file.errorString())};
    Sha256 hash;
    if (!hash.add(file))
        return Error{Error::Kind::Io,
                     BackupService::tr("%1 could not be read: %2").arg(shown(path), file.errorString())};
    return QString::fromLatin1(hash.result().toHex());
}

QJsonObject toJson(const BackupEntry &entry) {
    QJsonObject tables;
    for (const DatabaseSnapshot::TableCount &table : entry.tables)
        tables.insert(table.table, table.rows);
    return {
        {QStringLiteral("format"), ManifestFormat},
        {QStringLiteral("file"), QFileInfo(entry.path).fileName()},
        {QStringLiteral("kind"), entry.kindName()},
        {QStringLiteral("created"), entry.created.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("source"), entry.source},
        {QStringLiteral("engine"), entry.server ? QStringLiteral("postgresql") : QStringLiteral("sqlite")},
        {QStringLiteral("schemaVersion"), entry.schemaVersion},
        {QStringLiteral("tables"), tables},
        {QStringLiteral("sha256"), entry.sha256},
        {QStringLiteral("encrypted"), entry.encrypted},
        {QStringLiteral("auditHead"), entry.auditHead},
        {QStringLiteral("timeZone"), QString::fromLatin1(entry.timeZone)}};
}

// The manifest of the backup at `backup`, or nothing when it has none that can be read.
std::optional<BackupEntry> readManifest(const QString &backup) {
    QFile file(manifestPathOf(backup));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (json.value(QStringLiteral("format")).toInt() != ManifestFormat)
        return std::nullopt;
    BackupEntry entry;
    entry.path = QFileInfo(backup).absoluteFilePath();
    entry.manifestPath = manifestPathOf(entry.path);
    const QString kind = json.value(QStringLiteral("kind")).toString();
    for (const auto &[value, name] : kindNames()) {
        if (name == kind)
            entry.kind = value;
    }
    entry.created =
        QDateTime::fromString(json.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    entry.source = json.value(QStringLiteral("source")).toString();
    entry.server = json.value(QStringLiteral("engine")).toString() == QLatin1String("postgresql");
    entry.schemaVersion = json.value(QStringLiteral("schemaVersion")).toInt();
    const QJsonObject tables = json.value(QStringLiteral("tables")).toObject();
    for (auto table = tables.begin(); table != tables.end(); ++table)
        entry.tables.append({table.key(), table.value().toInteger()});
    entry.sha256 = json.value(QStringLiteral("sha256")).toString();
    entry.encrypted = json.value(QStringLiteral("encrypted")).toBool();
    entry.auditHead = json.value(QStringLiteral("auditHead")).toString();
    entry.timeZone = json.value(QStringLiteral("timeZone")).toString().toLatin1();
    if (!entry.created.isValid() || entry.sha256.isEmpty())
        return std::nullopt;
    return entry;
}

// A name in `folder` that nothing has yet: "<stem>-20261206T142501Z-daily<extension>" (then "-2", "-3", …).
QString freeName(const QString &folder, const QString &stem, const QString &kind, const QString &extension) {
    const QString stamp = Clock::nowUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString name = folder + QLatin1Char('/') + stem + QLatin1Char('-') + stamp + QLatin1Char('-') + kind;
    QString candidate = name + extension;
    for (int n = 2; QFileInfo::exists(candidate) || QFileInfo::exists(manifestPathOf(candidate)); ++n)
        candidate = name + QLatin1Char('-') + QString::number(n) + extension;
    return candidate;
}

// A file name stem for the practice's backups: the database file's name, or the server database's.
QString stemOf(const Database &database) {
    if (!database.isServer())
        return QFileInfo(database.path()).completeBaseName();
    const Result<ServerAddress> address = ServerAddress::parse(database.path());
    const QString name = address ? address.value().database() : QString();
    return QStringLiteral("server-") + (name.isEmpty() ? QStringLiteral("practice") : name);
}

// A temporary name beside `path` (on its file system, so that a rename can follow) that nothing has.
QString temporaryBeside(const QString &path, const QString &purpose) {
    static QAtomicInteger<quint64> counter;
    const QFileInfo info(path);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + QLatin1Char('.') + purpose +
           QLatin1Char('-') + QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-') +
           QString::number(counter.fetchAndAddRelaxed(1));
}

bool syncFolder(const QString &folder) {
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

// A private folder of its own for a decrypted copy, removed with everything in it.
Result<std::unique_ptr<QTemporaryDir>> privateScratch(const QString &besidePath) {
    auto scratch = std::make_unique<QTemporaryDir>(QFileInfo(besidePath).absolutePath() +
                                                   QStringLiteral("/.bk-restore-XXXXXX"));
    if (!scratch->isValid())
        scratch = std::make_unique<QTemporaryDir>();
    if (!scratch->isValid())
        return Error{
            Error::Kind::Io,
            BackupService::tr("No private temporary folder could be made: %1").arg(scratch->errorString())};
    QFile::setPermissions(scratch->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return scratch;
}

} // namespace

QString BackupEntry::kindName() const {
    for (const auto &[value, name] : kindNames()) {
        if (value == kind)
            return name;
    }
    return {};
}

QString BackupService::defaultFolder(QString *error) {
    const QString data = AppPaths::dataFolder(error);
    if (data.isEmpty())
        return {};
    const QString folder = data + QStringLiteral("/backups");
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("Cannot create the backup folder %1.").arg(shown(folder));
        return {};
    }
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return folder;
}

BackupService::BackupService(const Database &database, QString folder)
    : m_db(database)
    , m_folder(std::move(folder)) {}

Result<BackupEntry> BackupService::write(const QString &file, BackupEntry::Kind kind,
                                         const QByteArray &passphrase, const Progress &progress) const {
    if (Status target = PrivateFile::checkTarget(file); !target)
        return target.error();
    if (QFileInfo::exists(file) || QFileInfo::exists(manifestPathOf(file)))
        return Error{Error::Kind::Invalid,
                     tr("%1 exists already; choose a new name for the backup.").arg(shown(file))};
    BackupEntry entry;
    entry.path = QFileInfo(file).absoluteFilePath();
    entry.manifestPath = manifestPathOf(entry.path);
    entry.kind = kind;
    entry.created = Clock::nowUtc();
    entry.source = m_db.path();
    entry.schemaVersion = m_db.schemaVersion();
    entry.server = m_db.isServer();
    entry.encrypted = !passphrase.isEmpty();
    Result<QList<DatabaseSnapshot::TableCount>> counts = DatabaseSnapshot::count(m_db);
    if (!counts)
        return counts.error();
    entry.tables = std::move(counts).value();
    // Read before the copy is taken, which holds at least this event.
    const Result<AuditHead> head = AuditTrail(m_db).head();
    if (!head)
        return head.error();
    entry.auditHead = head.value().isValid() ? head.value().text() : QString();
    // Only for showing times: a backup before a schema upgrade may find a profile this version cannot read,
    // and then keeps no zone, as backups did before.
    if (const Result<PracticeProfile> profile = PracticeRepository(m_db).load())
        entry.timeZone = profile.value().timeZoneId;

    // An encrypted backup is first written in the clear to a private folder of its own, beside the target.
    const QString plain = entry.encrypted ? temporaryBeside(entry.path, QStringLiteral("plain")) : entry.path;
    if (Status written = DatabaseSnapshot::writeFile(m_db, plain, progress); !written)
        return written.error();
    if (entry.encrypted) {
        const Status sealed = BackupCipher::encrypt(plain, entry.path, passphrase);
        QFile::remove(plain);
        if (!sealed)
            return sealed.error();
    }
    Result<QString> hash = sha256Of(entry.path);
    if (hash)
        entry.sha256 = hash.value();
    const Status manifest =
        hash ? PrivateFile::save(QJsonDocument(toJson(entry)).toJson(), entry.manifestPath) : hash.error();
    if (!manifest) {
        // A backup without its manifest is not listed or verified: it goes, so nothing half-made stays.
        QFile::remove(entry.path);
        return manifest.error();
    }
    syncFolder(QFileInfo(entry.path).absolutePath());
    return entry;
}

Result<BackupEntry> BackupService::backUpTo(const QString &file, const QByteArray &passphrase,
                                            const Progress &progress) const {
    return write(file, BackupEntry::Kind::Manual, passphrase, progress);
}

QString BackupService::folder() const {
    return m_folder.isEmpty() ? defaultFolder() : m_folder;
}

Result<BackupEntry> BackupService::backUpToFolder(BackupEntry::Kind kind,
                                                  const QByteArray &passphrase) const {
    QString error;
    const QString folder = m_folder.isEmpty() ? defaultFolder(&error) : m_folder;
    if (folder.isEmpty())
        return Error{Error::Kind::Io, error};
    if (!QDir().mkpath(folder))
        return Error{Error::Kind::Io, tr("Cannot create the backup folder %1.").arg(shown(folder))};
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString extension = (m_db.isServer() ? QStringLiteral(".pgdump") : QStringLiteral(".sqlite")) +
                              (passphrase.isEmpty() ? QString() : BackupCipher::suffix());
    BackupEntry probe;
    probe.kind = kind;
    Result<BackupEntry> written =
        write(freeName(folder, stemOf(m_db), probe.kindName(), extension), kind, passphrase, {});
    if (written && kind == BackupEntry::Kind::Daily)
        rotate();
    return written;
}

bool BackupService::isDue() const {
    if (m_db.isServer())
        return false;
    const QString folder = m_folder.isEmpty() ? defaultFolder() : m_folder;
    const QDate today = Clock::todayLocal();
    const QList<BackupEntry> entries = list(folder);
    return std::none_of(entries.begin(), entries.end(), [&](const BackupEntry &entry) {
        return entry.kind == BackupEntry::Kind::Daily && entry.source == m_db.path() &&
               Clock::toLocal(entry.created).date() == today;
    });
}

Result<std::optional<BackupEntry>> BackupService::backUpIfDue() const {
    if (!isDue())
        return std::optional<BackupEntry>();
    const Result<QByteArray> passphrase = BackupPassphrase::forDailyBackups(m_db.path());
    if (!passphrase)
        return passphrase.error();
    Result<BackupEntry> written = backUpToFolder(BackupEntry::Kind::Daily, passphrase.value());
    if (!written)
        return written.error();
    return std::optional<BackupEntry>(std::move(written).value());
}

void BackupService::rotate() const {
    const QString folder = m_folder.isEmpty() ? defaultFolder() : m_folder;
    QList<BackupEntry> daily;
    for (const BackupEntry &entry : list(folder)) {
        if (entry.kind == BackupEntry::Kind::Daily && entry.source == m_db.path())
            daily.append(entry);
    }
    QList<QDateTime> created;
    for (const BackupEntry &entry : std::as_const(daily))
        created.append(entry.created);
    const QSet<qsizetype> keep = BackupRotation::keep(created);
    for (qsizetype i = 0; i < daily.size(); ++i) {
        if (keep.contains(i))
            continue;
        // The backup first: a manifest without its backup is not listed, a backup without one never made.
        QFile::remove(daily.at(i).path);
        QFile::remove(daily.at(i).manifestPath);
    }
}

Status BackupService::beforeUpgrade(const Database &database) {
    if (database.isServer() && !DatabaseSnapshot::serverToolsAvailable()) {
        qWarning("%s", qPrintable(tr("pg_dump is not installed: the practice on %1 is upgraded without a "
                                     "backup taken first.")
                                      .arg(database.path())));
        return {};
    }
    const Result<BackupEntry> written =
        BackupService(database).backUpToFolder(BackupEntry::Kind::BeforeUpgrade);
    if (!written)
        return written.error();
    return {};
}

std::optional<BackupEntry> BackupService::entryOf(const QString &file) {
    return readManifest(file);
}

QList<BackupEntry> BackupService::list(const QString &folder) {
    QList<BackupEntry> entries;
    const QFileInfoList manifests =
        QDir(folder).entryInfoList({QStringLiteral("*.json")}, QDir::Files | QDir::NoDotAndDotDot);
    for (const QFileInfo &manifest : manifests) {
        const QString backup = manifest.absoluteFilePath().chopped(5);
        if (!QFileInfo::exists(backup))
            continue;
        if (std::optional<BackupEntry> entry = readManifest(backup))
            entries.append(*entry);
    }
    std::sort(entries.begin(), entries.end(),
              [](const BackupEntry &a, const BackupEntry &b) { return a.created > b.created; });
    return entries;
}

Status BackupService::verify(const BackupEntry &entry) {
    const Result<QString> hash = sha256Of(entry.path);
    if (!hash)
        return hash.error();
    if (hash.value() != entry.sha256)
        return Error{Error::Kind::Damaged,
                     tr("%1 has changed since it was written: its SHA-256 does not match its manifest.")
                         .arg(shown(entry.path))};
    if (entry.encrypted || entry.server)
        return {}; // its contents were checked when it was written; the hash shows it is unchanged
    const Result<DatabaseSnapshot::Contents> contents = DatabaseSnapshot::inspect(entry.path);
    if (!contents)
        return contents.error();
    auto byName = [](const DatabaseSnapshot::TableCount &a, const DatabaseSnapshot::TableCount &b) {
        return a.table < b.table;
    };
    QList<DatabaseSnapshot::TableCount> found = contents.value().tables;
    QList<DatabaseSnapshot::TableCount> expected = entry.tables;
    std::sort(found.begin(), found.end(), byName);
    std::sort(expected.begin(), expected.end(), byName);
    const bool same =
        std::equal(found.begin(), found.end(), expected.begin(), expected.end(),
                   [](const auto &a, const auto &b) { return a.table == b.table && a.rows == b.rows; });
    if (!same || contents.value().schemaVersion != entry.schemaVersion)
        return Error{Error::Kind::Damaged,
                     tr("%1 does not hold what its manifest says (schema version or row counts differ).")
                         .arg(shown(entry.path))};
    return {};
}

std::optional<BackupEntry> BackupService::newestGood(const QString &folder, const QString &source) {
    for (const BackupEntry &entry : list(folder)) {
        if (entry.source == source && verify(entry))
            return entry;
    }
    return std::nullopt;
}

QString BackupService::restoreAdvice(const QString &databasePath) {
    const QString folder = defaultFolder();
    if (folder.isEmpty())
        return {};
    const std::optional<BackupEntry> good = newestGood(folder, QFileInfo(databasePath).absoluteFilePath());
    if (!good)
        return {};
    return tr("The newest good backup is %1, taken %2; restore it with “boundary-keeper-cli --db %3 restore "
              "%1”.")
        .arg(shown(good->path), QLocale().toString(Clock::toLocal(good->created), QLocale::ShortFormat),
             shown(databasePath));
}

bool BackupService::isEncrypted(const QString &file) {
    return BackupCipher::isEncrypted(file);
}

Result<BackupService::Inspection> BackupService::inspect(const QString &file, const QByteArray &passphrase) {
    if (!QFileInfo(file).isFile())
        return Error{Error::Kind::NotFound, tr("There is no backup file %1.").arg(shown(file))};
    Inspection inspection;
    inspection.encrypted = BackupCipher::isEncrypted(file);
    const std::optional<BackupEntry> manifest = readManifest(file);
    inspection.created = manifest ? manifest->created : QFileInfo(file).lastModified().toUTC();

    std::unique_ptr<QTemporaryDir> scratch;
    QString plain = file;
    if (inspection.encrypted) {
        if (passphrase.isEmpty())
            return Error{Error::Kind::Invalid, tr("%1 is encrypted; give its passphrase.").arg(shown(file))};
        Result<std::unique_ptr<QTemporaryDir>> made = privateScratch(file);
        if (!made)
            return made.error();
        scratch = std::move(made).value();
        plain = scratch->filePath(QStringLiteral("backup"));
        if (Status opened = BackupCipher::decrypt(file, plain, passphrase); !opened)
            return opened.error();
    }
    if (DatabaseSnapshot::isServerDump(plain)) {
        inspection.server = true;
        if (manifest) {
            inspection.schemaVersion = manifest->schemaVersion;
            inspection.tables = manifest->tables;
        }
        return inspection;
    }
    const Result<DatabaseSnapshot::Contents> contents = DatabaseSnapshot::inspect(plain);
    if (!contents) {
        Error error = contents.error();
        if (inspection.encrypted) // the message names the scratch copy; name the user's file instead
            error.message.replace(QDir::toNativeSeparators(plain), shown(file));
        return error;
    }
    inspection.schemaVersion = contents.value().schemaVersion;
    inspection.tables = contents.value().tables;
    return inspection;
}

Result<QString> BackupService::restore(const QString &location, const QString &file,
                                       const QByteArray &passphrase, const QString &folderGiven) {
    QString error;
    const QString folder = folderGiven.isEmpty() ? defaultFolder(&error) : folderGiven;
    if (folder.isEmpty())
        return Error{Error::Kind::Io, error};
    QDir().mkpath(folder);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!QFileInfo(file).isFile())
        return Error{Error::Kind::NotFound, tr("There is no backup file %1.").arg(shown(file))};

    const bool server = Database::isServerUrl(location);
    const QString target = server ? location : QFileInfo(location).absoluteFilePath();
    // The backup in the clear: the file itself, or a decrypted copy in a private folder beside the target
    // (on its file system, so that the swap is a rename).
    std::unique_ptr<QTemporaryDir> scratch;
    QString plain = file;
    if (BackupCipher::isEncrypted(file)) {
        if (passphrase.isEmpty())
            return Error{Error::Kind::Invalid, tr("%1 is encrypted; give its passphrase.").arg(shown(file))};
        Result<std::unique_ptr<QTemporaryDir>> made =
            privateScratch(server ? folder + QStringLiteral("/x") : target);
        if (!made)
            return made.error();
        scratch = std::move(made).value();
        plain = scratch->filePath(QStringLiteral("backup"));
        if (Status opened = BackupCipher::decrypt(file, plain, passphrase); !opened)
            return opened.error();
    }

    if (server) {
        if (!DatabaseSnapshot::isServerDump(plain))
            return Error{Error::Kind::Invalid,
                         tr("%1 is a backup of a database file, not of a practice on a server; open it as a "
                            "file and copy it to the server with “migrate --to”.")
                             .arg(shown(file))};
        QString kept;
        {
            Database::Options options;
            options.create = false;
            Result<std::unique_ptr<Database>> current = Database::open(location, options);
            if (current) {
                const Result<BackupEntry> written =
                    BackupService(*current.value(), folder).backUpToFolder(BackupEntry::Kind::BeforeRestore);
                if (!written)
                    return written.error();
                kept = written.value().path;
            } else if (current.error().kind != Error::Kind::NotFound) {
                return current.error();
            }
        }
        if (Status restored = DatabaseSnapshot::restoreServer(location, plain); !restored)
            return restored.error();
        if (const Result<ServerAddress> address = ServerAddress::parse(location); address)
            Settings().setAuditHead(address.value().shown(), QString());
        return kept;
    }

    if (DatabaseSnapshot::isServerDump(plain))
        return Error{Error::Kind::Invalid,
                     tr("%1 is a backup of a practice on a server; restore it with --db and the server's "
                        "address.")
                         .arg(shown(file))};
    // A checked copy beside the target, under a name of its own.
    const QString incoming = temporaryBeside(target, QStringLiteral("restoring"));
    if (Status copied = DatabaseSnapshot::copyFile(plain, incoming); !copied)
        return copied.error();
    scratch.reset();
    auto abandon = [&incoming](const Error &why) -> Result<QString> {
        QFile::remove(incoming);
        return why;
    };
    const Result<DatabaseSnapshot::Contents> contents = DatabaseSnapshot::inspect(incoming);
    if (!contents) {
        Error why = contents.error();
        why.message.replace(QDir::toNativeSeparators(incoming), shown(file));
        return abandon(why);
    }

    // The current file is kept first: as a checked backup in the folder when it can be read, otherwise
    // (damaged) under another name beside itself, by a hard link that writes nothing to it.
    QString kept;
    if (QFileInfo(target).isFile() && QFileInfo(target).size() > 0) {
        const QString stem = QFileInfo(target).completeBaseName();
        const QString backup =
            freeName(folder, stem, QStringLiteral("before-restore"), QStringLiteral(".sqlite"));
        const Result<DatabaseSnapshot::Contents> current = DatabaseSnapshot::copyFile(target, backup)
                                                               ? DatabaseSnapshot::inspect(backup)
                                                               : Result<DatabaseSnapshot::Contents>(Error{});
        if (current) {
            BackupEntry entry;
            entry.path = backup;
            entry.manifestPath = manifestPathOf(backup);
            entry.kind = BackupEntry::Kind::BeforeRestore;
            entry.created = Clock::nowUtc();
            entry.source = target;
            entry.schemaVersion = current.value().schemaVersion;
            entry.tables = current.value().tables;
            const Result<QString> hash = sha256Of(backup);
            entry.sha256 = hash ? hash.value() : QString();
            if (!hash || !PrivateFile::save(QJsonDocument(toJson(entry)).toJson(), entry.manifestPath)) {
                QFile::remove(backup);
                return abandon(Error{Error::Kind::Io, tr("The current database could not be kept as a backup "
                                                         "in %1; nothing was restored.")
                                                          .arg(shown(folder))});
            }
            kept = backup;
        } else {
            QFile::remove(backup);
            const QString aside = target + QStringLiteral(".before-restore-") +
                                  Clock::nowUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
            for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
                // An empty write-ahead log holds nothing to keep.
                if (!QFileInfo::exists(target + suffix) || QFileInfo(target + suffix).size() == 0)
                    continue;
                if (::link(QFile::encodeName(target + suffix).constData(),
                           QFile::encodeName(aside + suffix).constData()) != 0)
                    return abandon(
                        Error{Error::Kind::Io,
                              tr("The current database could not be kept under %1 (%2); nothing "
                                 "was restored.")
                                  .arg(shown(aside + suffix), QString::fromLocal8Bit(::strerror(errno)))});
            }
            kept = aside;
        }
    }

    // The swap: one rename. The old file's write-ahead log and index would be read with the new file, so
    // they go; the kept backup holds what they held.
    if (::rename(QFile::encodeName(incoming).constData(), QFile::encodeName(target).constData()) != 0)
        return abandon(
            Error{Error::Kind::Io, tr("%1 could not be replaced: %2; it was not changed.")
                                       .arg(shown(target), QString::fromLocal8Bit(::strerror(errno)))});
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    syncFolder(QFileInfo(target).absolutePath());
    Settings().setAuditHead(target, QString());
    return kept;
}

} // namespace bk
