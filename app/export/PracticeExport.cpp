// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/export/PracticeExport.h"

#include "app/audit/AuditTrail.h"
#include "app/common/Clock.h"
#include "app/common/CsvText.h"
#include "app/export/ExportFolder.h"
#include "app/policy/PolicyService.h"
#include "app/practitioner/PractitionerService.h"
#include "app/storage/Database.h"
#include "app/storage/DatabaseSnapshot.h"
#include "app/storage/SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace bk {

namespace {

// The format of the folder, for programs that read it.
const QString FormatName = QStringLiteral("boundary-keeper-export/1");

// Tables whose signed rows carry a PDF, written as a file of its own; the column then names that file.
bool holdsSignedPdfs(const QString &table) {
    return table == QLatin1String("agreements") || table == QLatin1String("contracts");
}

// A column value as JSON: times as UTC ISO 8601 ending in Z, binary data as base64.
QJsonValue jsonValue(const QVariant &value) {
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return QString::fromLatin1(value.toByteArray().toBase64());
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return value.toLongLong();
    case QMetaType::Double:
        return value.toDouble();
    default:
        return value.toString();
    }
}

QString csvText(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    default:
        return value.toString();
    }
}

struct TableFiles {
    QByteArray csv;
    QByteArray json;
    qint64 rows = 0;
};

// Reads `table` in the order of its first column, writing its signed PDFs as files on the way.
Result<TableFiles> dumpTable(const Database &database, const QString &table, ExportFolder &folder) {
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    const QString quoted = database.connection().driver()->escapeIdentifier(table, QSqlDriver::TableName);
    if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(quoted)))
        return database.errorFrom(query.lastError(), PracticeExport::tr("reading the table %1").arg(table));
    const QSqlRecord columns = query.record();
    QStringList names;
    for (int i = 0; i < columns.count(); ++i)
        names.append(columns.fieldName(i));
    TableFiles files;
    files.csv = (CsvText::record(names) + CsvText::LineEnd).toUtf8();
    files.json = "[";
    const int pdfColumn = holdsSignedPdfs(table) ? columns.indexOf(QStringLiteral("pdf")) : -1;
    const int documentColumn = columns.indexOf(QStringLiteral("document_id"));
    while (query.next()) {
        QJsonObject row;
        QStringList cells;
        for (int i = 0; i < columns.count(); ++i) {
            QJsonValue value = jsonValue(query.value(i));
            if (i == pdfColumn && !query.value(i).isNull()) {
                const QString file =
                    QStringLiteral("pdf/%1/%2.pdf").arg(table, query.value(documentColumn).toString());
                if (Status written = folder.write(file, query.value(i).toByteArray()); !written)
                    return written.error();
                value = file;
            }
            row.insert(names.at(i), value);
            cells.append(csvText(value));
        }
        files.csv += (CsvText::record(cells) + CsvText::LineEnd).toUtf8();
        files.json +=
            (files.rows == 0 ? "\n  " : ",\n  ") + QJsonDocument(row).toJson(QJsonDocument::Compact);
        ++files.rows;
    }
    if (query.lastError().isValid())
        return database.errorFrom(query.lastError(), PracticeExport::tr("reading the table %1").arg(table));
    files.json += "\n]\n";
    return files;
}

// Whose view of the practice this is: everything on a file; on a server what the practitioner signed in may
// see.
QJsonObject viewOf(const Database &database) {
    QJsonObject view{{QStringLiteral("engine"),
                      database.isServer() ? QStringLiteral("postgresql") : QStringLiteral("sqlite")},
                     {QStringLiteral("source"), database.path()}};
    const Result<PractitionerAccount> account = PractitionerService(database).signedIn();
    if (account && account.value().id != 0) {
        view.insert(QStringLiteral("practitioner"), account.value().login);
        view.insert(QStringLiteral("role"), PracticeRoles::key(account.value().role));
    }
    // An owner sees every row; anyone else on a server only their clients' (row-level security).
    const bool everything = !database.isServer() || (account && account.value().role == PracticeRole::Owner);
    view.insert(QStringLiteral("complete"), everything);
    return view;
}

} // namespace

QJsonValue PracticeExport::auditChainHead(const Database &database) {
    // As `audit head` prints it. An empty trail has none; a practitioner who may not read the trail (on a
    // server only owners may) exports without it rather than with a guess.
    const Result<AuditHead> head = AuditTrail(database).head();
    return head && head.value().isValid() ? QJsonValue(head.value().text())
                                          : QJsonValue(QJsonValue::Undefined);
}

Result<PracticeExport::Summary> PracticeExport::write(const Database &database, const QString &path,
                                                      const Progress &progress) {
    const Result<QList<DatabaseSnapshot::TableCount>> tables = DatabaseSnapshot::count(database);
    if (!tables)
        return tables.error();
    Result<ExportFolder> created = ExportFolder::create(path);
    if (!created)
        return created.error();
    ExportFolder folder = std::move(created).value();
    const Error cancelled{Error::Kind::Io,
                          tr("The export was cancelled; the folder %1 is incomplete.").arg(path)};

    Summary summary;
    QJsonArray tableList;
    const int total = int(tables.value().size()) + 1;
    for (const DatabaseSnapshot::TableCount &table : tables.value()) {
        const Result<TableFiles> files = dumpTable(database, table.table, folder);
        if (!files)
            return files.error();
        const QString csvName = QStringLiteral("tables/%1.csv").arg(table.table);
        const QString jsonName = QStringLiteral("tables/%1.json").arg(table.table);
        if (Status written = folder.write(csvName, files.value().csv); !written)
            return written.error();
        if (Status written = folder.write(jsonName, files.value().json); !written)
            return written.error();
        tableList.append(QJsonObject{{QStringLiteral("name"), table.table},
                                     {QStringLiteral("rows"), files.value().rows},
                                     {QStringLiteral("csv"), csvName},
                                     {QStringLiteral("json"), jsonName}});
        ++summary.tables;
        summary.rows += files.value().rows;
        if (progress && !progress(summary.tables, total))
            return cancelled;
    }

    // Each published policy version in its canonical text, whose SHA-256 the agreements signed under it name.
    const PolicyService policy(database);
    const Result<QList<PolicyVersionSummary>> versions = policy.versions();
    if (!versions)
        return versions.error();
    for (const PolicyVersionSummary &summaryOfVersion : versions.value()) {
        const Result<PolicyVersion> version = policy.version(summaryOfVersion.version);
        if (!version)
            return version.error();
        if (Status written =
                folder.write(QStringLiteral("policy/version-%1.json").arg(version.value().version),
                             version.value().canonicalText);
            !written)
            return written.error();
    }
    if (progress && !progress(total, total))
        return cancelled;

    summary.files = int(folder.files().size());
    QJsonObject manifest{{QStringLiteral("format"), FormatName},
                         {QStringLiteral("schema_version"), database.schemaVersion()},
                         {QStringLiteral("created"), SqlValues::fromUtc(Clock::nowUtc())},
                         {QStringLiteral("view"), viewOf(database)},
                         {QStringLiteral("tables"), tableList}};
    if (const QJsonValue head = auditChainHead(database); !head.isUndefined())
        manifest.insert(QStringLiteral("audit_chain_head"), head);
    if (Status written = folder.writeManifest(manifest); !written)
        return written.error();
    return summary;
}

} // namespace bk
