// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/AgreementFiles.h"

#include "app/agreements/Agreement.h"
#include "app/agreements/Contract.h"
#include "app/common/AppPaths.h"
#include "app/common/Clock.h"
#include "app/common/PrivateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace bk::AgreementFiles {

namespace {

// lupdate files these messages under "AgreementFiles", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(AgreementFiles)
};

constexpr QFile::Permissions PrivateFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

/// "<stem>-[unsigned-]<signing date or today>-<first 8 of the document ID>.pdf"
QString fileName(const QString &stem, const SigningRecord &record, bool unsignedCopy) {
    const QDateTime when = record.signedAt.isValid() ? record.signedAt : Clock::nowUtc();
    return QStringLiteral("%1-%2%3-%4.pdf")
        .arg(stem, unsignedCopy ? QStringLiteral("unsigned-") : QString(),
             when.toUTC().date().toString(Qt::ISODate), record.documentId.left(8));
}

} // namespace

QString slug(const QString &name) {
    // Decomposing first turns "é" into "e" plus an accent that is then dropped.
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toLower();
    QString result;
    for (const QChar c : decomposed) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            result.append(c);
        else if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.'))
            if (!result.isEmpty() && !result.endsWith(QLatin1Char('-')))
                result.append(QLatin1Char('-'));
    }
    while (result.endsWith(QLatin1Char('-')))
        result.chop(1);
    return result.isEmpty() ? QStringLiteral("client") : result.left(60);
}

Result<QString> defaultFolder(qint64 clientId, const QString &clientName) {
    QString error;
    const QString data = AppPaths::dataFolder(&error);
    if (data.isEmpty())
        return Error{Error::Kind::Io, error};
    // "clients", not "agreements": the folder holds the client's letters and notices too. A folder made
    // under the earlier name moves along with everything in it.
    const QString name = QStringLiteral("%1-%2").arg(clientId).arg(slug(clientName));
    const QString folder = QDir(data).filePath(QStringLiteral("clients/") + name);
    const QString earlier = QDir(data).filePath(QStringLiteral("agreements/") + name);
    if (!QDir(folder).exists() && QDir(earlier).exists() && QDir(data).mkpath(QStringLiteral("clients")) &&
        QFile::setPermissions(QDir(data).filePath(QStringLiteral("clients")), PrivateFolder))
        QDir().rename(earlier, folder);
    for (const QString &path : {QDir(data).filePath(QStringLiteral("clients")), folder}) {
        if (QDir(path).exists())
            continue;
        if (!QDir().mkdir(path) || !QFile::setPermissions(path, PrivateFolder))
            return Error{Error::Kind::Io,
                         Tr::tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(path))};
    }
    return folder;
}

QString defaultFileName(const Agreement &agreement, bool unsignedCopy) {
    return fileName(QStringLiteral("boundary-agreement-v%1").arg(agreement.policyVersion), agreement,
                    unsignedCopy);
}

QString defaultFileName(const Contract &contract, bool unsignedCopy) {
    return fileName(QStringLiteral("behavioural-contract"), contract, unsignedCopy);
}

Status savePdf(const QByteArray &pdf, const QString &path) {
    return PrivateFile::save(pdf, path);
}

} // namespace bk::AgreementFiles
