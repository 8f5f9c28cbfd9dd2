// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QSqlQuery>
#include <memory>

namespace bk {

/// A statement from Database::prepareKept(), used through `*` like the QSqlQuery it holds: finished when it
/// goes out of scope, so that it keeps nothing of its results open until its next use.
class KeptQuery {
public:
    explicit KeptQuery(std::shared_ptr<QSqlQuery> query)
        : m_query(std::move(query)) {}
    ~KeptQuery() {
        if (m_query)
            m_query->finish();
    }
    KeptQuery(KeptQuery &&) = default;
    KeptQuery(const KeptQuery &) = delete;
    KeptQuery &operator=(const KeptQuery &) = delete;
    KeptQuery &operator=(KeptQuery &&) = delete;

    QSqlQuery &operator*() const { return *m_query; }

private:
    std::shared_ptr<QSqlQuery> m_query;
};

} // namespace bk
