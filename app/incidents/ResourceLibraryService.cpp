// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/incidents/ResourceLibraryService.h"

#include "app/storage/Database.h"
#include "app/storage/ResourceRepository.h"

#include <QCoreApplication>

namespace bk {

namespace {

// lupdate files these messages under "ResourceLibraryService", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(ResourceLibraryService)
};

} // namespace

Result<qint64> ResourceLibraryService::add(const PracticeResource &resource) const {
    if (Status writable = m_db.checkWritable(); !writable)
        return writable.error();
    PracticeResource clean = resource;
    clean.title = clean.title.trimmed();
    clean.location = clean.location.trimmed();
    if (clean.title.isEmpty())
        return Error{Error::Kind::Invalid, Tr::tr("Give the resource a title.")};
    if (clean.boundaryKeys.isEmpty())
        return Error{
            Error::Kind::Invalid,
            Tr::tr(
                "Tick at least one boundary the resource helps with, so it is offered for those incidents.")};
    return m_db.insert(QStringLiteral("practice_resources"),
                       [&]() { return ResourceRepository(m_db).addResource(clean); });
}

Result<QList<PracticeResource>> ResourceLibraryService::resources(const QString &boundaryKey) const {
    return ResourceRepository(m_db).resources(boundaryKey);
}

} // namespace bk
