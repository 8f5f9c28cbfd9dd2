// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/OpenPractice.h"

#include "app/storage/Database.h"

namespace bk {

bool OpenPractice::isReadOnly() const {
    return m_db->isReadOnly();
}

bool OpenPractice::isReadOnlyByFile() const {
    return m_db->isReadOnlyByFile();
}

QString OpenPractice::path() const {
    return m_db->path();
}

Status OpenPractice::checkWritable() const {
    return m_db->checkWritable();
}

ChangeNotifier *OpenPractice::notifier() const {
    return m_db->notifier();
}

} // namespace bk
