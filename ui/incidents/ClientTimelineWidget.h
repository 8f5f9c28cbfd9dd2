// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"

#include <QHash>
#include <QWidget>

class QAction;
class QLabel;
class QTreeWidget;

namespace bk {

/// One client's history on a single timeline: their incidents with every step and follow-up outcome, their
/// agreements and their contracts, oldest first. A signed document opens from its line; an open draft can be
/// discarded from its line.
class ClientTimelineWidget : public QWidget {
    Q_OBJECT
public:
    enum Column { WhenColumn, WhatColumn, DetailsColumn };
    /// Item data: the incident an entry belongs to (0 for an agreement).
    static constexpr int IncidentIdRole = Qt::UserRole + 1;
    /// Item data: when the entry happened (UTC QDateTime).
    static constexpr int AtRole = Qt::UserRole + 2;
    /// Item data: the agreement an entry stands for (0 for other entries).
    static constexpr int AgreementIdRole = Qt::UserRole + 3;
    /// Item data: the contract an entry stands for (0 for other entries).
    static constexpr int ContractIdRole = Qt::UserRole + 4;
    /// Item data: the open draft agreement an entry stands for (0 for other entries).
    static constexpr int DraftAgreementIdRole = Qt::UserRole + 5;
    /// Item data: the open draft contract an entry stands for (0 for other entries).
    static constexpr int DraftContractIdRole = Qt::UserRole + 6;

    explicit ClientTimelineWidget(OpenPractice database, QWidget *parent = nullptr);

    /// Shows the timeline of client `id` (0: none).
    void setClientId(qint64 id);
    qint64 clientId() const { return m_clientId; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    /// The user chose an entry of incident `id` (double-click or Enter).
    void incidentActivated(qint64 id);
    /// The user chose a signed agreement (double-click or Enter).
    void signedAgreementActivated(qint64 agreementId);
    /// The user chose a signed contract (double-click or Enter).
    void signedContractActivated(qint64 contractId);

private:
    void loadTitles();
    /// Asks, then discards the draft agreement or contract of the current line.
    void discardSelectedDraft();

    const OpenPractice m_db;
    qint64 m_clientId = 0;
    bool m_titlesLoaded = false;
    QHash<QString, QString> m_boundaryTitles;
    QHash<QString, QString> m_stepTitles;
    QLabel *m_title = nullptr;
    QTreeWidget *m_tree = nullptr;
    QAction *m_discardDraft = nullptr;
};

} // namespace bk
