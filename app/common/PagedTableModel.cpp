// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/PagedTableModel.h"

#include <limits>

namespace bk {

PagedTableModelBase::PagedTableModelBase(QObject *parent)
    : QAbstractTableModel(parent) {
    m_sampling.setInterval(0);
    connect(&m_sampling, &QTimer::timeout, this, [this]() {
        if (!sampleNext())
            m_sampling.stop();
    });
}

int PagedTableModelBase::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_rowCount;
}

void PagedTableModelBase::setRowCount(qint64 count) {
    m_rowCount = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
}

void PagedTableModelBase::reportError(const Error &error) const {
    m_lastError = error.message;
    Q_EMIT const_cast<PagedTableModelBase *>(this)->loadFailed(error.message);
}

} // namespace bk
