// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"
#include "app/storage/AuditChain.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <functional>

namespace bk {

class Database;

/// Checks a practice's audit trail: the hash chain, every record's current state against its last event,
/// and the heads noted outside the database (anchors).
class AuditTrail {
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    /// A head noted somewhere outside the database, and where ("in the backup …").
    struct Anchor {
        AuditHead head;
        QString where;
    };

    struct Report {
        qint64 events = 0;
        qint64 records = 0;
        qint64 anchors = 0;
        /// What is broken, the first broken link of the chain first; empty when the trail is intact.
        QStringList problems;
        bool intact() const { return problems.isEmpty(); }
    };

    /// Reports how far it got (done of total steps); returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit AuditTrail(const Database &database)
        : m_db(database) {}

    /// The head noted in `file`: a signed agreement's or contract's PDF, or a backup (the head in its
    /// manifest), with where it was noted ("in the PDF … (document …)", "in the backup …"). Refused with
    /// the reason when the file notes none.
    static Result<Anchor> anchorIn(const QString &file);

    /// The newest event's head (invalid for an empty trail).
    Result<AuditHead> head() const;
    /// Walks the chain, recomputes every record's digest and checks `anchors`, the head this computer noted
    /// and the head every signed agreement's and contract's stored PDF carries (more problems than a few
    /// dozen are counted, not listed).
    Result<Report> verify(const QList<Anchor> &anchors, const Progress &progress = {}) const;

    static constexpr int MaxProblemsListed = 50;

private:
    /// The heads the stored PDFs of signed agreements and contracts carry, each naming its document.
    Result<QList<Anchor>> signedDocumentAnchors() const;

    const Database &m_db;
};

} // namespace bk
