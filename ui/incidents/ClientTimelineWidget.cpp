// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/incidents/ClientTimelineWidget.h"

#include "app/agreements/AgreementService.h"
#include "app/agreements/ContractService.h"
#include "app/clients/ClientService.h"
#include "app/common/ChangeNotifier.h"
#include "app/common/Clock.h"
#include "app/common/OpenPractice.h"
#include "app/incidents/ClientTimeline.h"
#include "app/incidents/IncidentService.h"
#include "ui/common/MessageBox.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bk {

namespace {

QString oneLine(const QString &text) {
    return text.simplified();
}

} // namespace

ClientTimelineWidget::ClientTimelineWidget(OpenPractice database, QWidget *parent)
    : QWidget(parent)
    , m_db(database) {
    setObjectName(QStringLiteral("clientTimelineWidget"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("timelineTitleLabel"));
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("timelineTreeWidget"));
    m_tree->setAccessibleName(tr("Timeline"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("When"), tr("What"), tr("Details")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(true);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_tree->setColumnWidth(WhenColumn,
                           fontMetrics().horizontalAdvance(QLocale().toString(
                               QDateTime(QDate(2026, 12, 30), QTime(23, 59, 59)), QLocale::ShortFormat)) +
                               em);
    m_tree->setColumnWidth(WhatColumn, 28 * em);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(WhenColumn, IncidentIdRole).toLongLong(); id > 0)
            Q_EMIT incidentActivated(id);
        else if (const qint64 agreement = item->data(WhenColumn, AgreementIdRole).toLongLong(); agreement > 0)
            Q_EMIT signedAgreementActivated(agreement);
        else if (const qint64 contract = item->data(WhenColumn, ContractIdRole).toLongLong(); contract > 0)
            Q_EMIT signedContractActivated(contract);
    });

    // A draft that will not be finished is discarded from its line: kept in the records, marked discarded.
    m_discardDraft = new QAction(tr("&Discard draft…"), m_tree);
    m_discardDraft->setObjectName(QStringLiteral("discardDraftAction"));
    m_discardDraft->setShortcut(QKeySequence::Delete);
    m_discardDraft->setShortcutContext(Qt::WidgetShortcut);
    m_discardDraft->setEnabled(false);
    connect(m_discardDraft, &QAction::triggered, this, &ClientTimelineWidget::discardSelectedDraft);
    m_tree->addAction(m_discardDraft);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_discardDraft->setEnabled(!m_db.isReadOnly() && item &&
                                   (item->data(WhenColumn, DraftAgreementIdRole).toLongLong() > 0 ||
                                    item->data(WhenColumn, DraftContractIdRole).toLongLong() > 0));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_tree, 1);

    connect(database.notifier(), &ChangeNotifier::changed, this, [this](const QString &table) {
        if (table.startsWith(QLatin1String("policy_")))
            m_titlesLoaded = false;
        if (m_clientId != 0 && (table == QLatin1String("incidents") || table == QLatin1String("agreements") ||
                                table == QLatin1String("contracts") || table == QLatin1String("clients") ||
                                table.startsWith(QLatin1String("policy_"))))
            refresh();
    });
    refresh();
}

void ClientTimelineWidget::discardSelectedDraft() {
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || m_db.isReadOnly())
        return;
    const qint64 agreementId = item->data(WhenColumn, DraftAgreementIdRole).toLongLong();
    const qint64 contractId = item->data(WhenColumn, DraftContractIdRole).toLongLong();
    if (agreementId == 0 && contractId == 0)
        return;
    const QString question = agreementId != 0 ? tr("Discard this draft agreement? It stays in the records, "
                                                   "marked discarded, and can no longer be "
                                                   "finished.")
                                              : tr("Discard this draft contract? It stays in the records, "
                                                   "marked discarded, and can no longer be "
                                                   "finished.");
    if (MessageBox::confirm(this, tr("Discard the draft"), question, tr("Discard"), MessageBox::Kind::Warning,
                            true) != MessageBox::Answer::Confirmed)
        return;
    const Status discarded = agreementId != 0 ? AgreementService(m_db).discardDraft(agreementId)
                                              : ContractService(m_db).discardDraft(contractId);
    if (!discarded)
        MessageBox::inform(this, tr("The draft was not discarded"), discarded.error().message);
}

void ClientTimelineWidget::setClientId(qint64 id) {
    if (id == m_clientId)
        return;
    m_clientId = id;
    refresh();
}

void ClientTimelineWidget::loadTitles() {
    if (m_titlesLoaded)
        return;
    m_titlesLoaded = true;
    m_boundaryTitles.clear();
    m_stepTitles.clear();
    const Result<CurrentPolicy> policy = IncidentService(m_db).currentPolicy();
    if (!policy)
        return;
    for (const Boundary &boundary : policy.value().document.boundaries)
        m_boundaryTitles.insert(boundary.key, boundary.title);
    for (const LadderStep &step : policy.value().document.ladder)
        m_stepTitles.insert(step.key, step.title);
}

void ClientTimelineWidget::refresh() {
    m_tree->clear();
    if (m_clientId == 0) {
        m_title->setText(tr("History"));
        auto *item = new QTreeWidgetItem(m_tree, {QString(), tr("Select a client to see their history.")});
        item->setFlags(Qt::NoItemFlags);
        return;
    }
    const Result<Client> client = ClientService(m_db).get(m_clientId);
    m_title->setText(client ? tr("History of %1").arg(client.value().fullName) : tr("History"));
    const Result<QList<ClientTimelineEntry>> entries = ClientTimeline::of(m_db, m_clientId);
    if (!entries) {
        auto *item = new QTreeWidgetItem(m_tree, {QString(), entries.error().message});
        item->setFlags(Qt::NoItemFlags);
        return;
    }
    loadTitles();
    const QLocale locale;
    const QIcon incidentIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon agreementIcon = style()->standardIcon(QStyle::SP_FileDialogDetailedView);
    QTreeWidgetItem *last = nullptr;
    QHash<qint64, QString> boundaryOf; // an incident's boundary, named on its steps' lines too
    for (const ClientTimelineEntry &entry : entries.value()) {
        QString what;
        QString details;
        qint64 incidentId = 0;
        qint64 signedAgreementId = 0;
        qint64 signedContractId = 0;
        qint64 draftAgreementId = 0;
        qint64 draftContractId = 0;
        if (entry.agreement) {
            const AgreementSummary &agreement = *entry.agreement;
            const bool isSigned = agreement.state == AgreementState::Signed;
            what = isSigned ? tr("Agreement signed (policy version %1)").arg(agreement.policyVersion)
                   : agreement.state == AgreementState::Discarded
                       ? tr("Agreement draft discarded (policy version %1)").arg(agreement.policyVersion)
                       : tr("Agreement drafted (policy version %1)").arg(agreement.policyVersion);
            details = tr("Document %1").arg(agreement.documentId);
            signedAgreementId = isSigned ? agreement.id : 0;
            draftAgreementId = agreement.state == AgreementState::Draft ? agreement.id : 0;
        } else if (entry.contract) {
            const ContractSummary &contract = *entry.contract;
            const bool isSigned = contract.state == AgreementState::Signed;
            what = isSigned ? tr("Contract signed (review on %1)")
                                  .arg(locale.toString(contract.reviewDate, QLocale::ShortFormat))
                   : contract.state == AgreementState::Discarded ? tr("Contract draft discarded")
                                                                 : tr("Contract drafted");
            details = isSigned ? tr("Document %1").arg(contract.documentId) : QString();
            signedContractId = isSigned ? contract.id : 0;
            draftContractId = contract.state == AgreementState::Draft ? contract.id : 0;
        } else {
            const TimelineEntry &record = *entry.incident;
            incidentId = record.incidentId;
            switch (record.kind) {
            case TimelineEntry::Kind::Incident:
                boundaryOf.insert(incidentId, m_boundaryTitles.value(record.key, record.key));
                what = tr("Incident: %1").arg(boundaryOf.value(incidentId));
                break;
            case TimelineEntry::Kind::Step:
                what = record.correctsId != 0
                           ? tr("Corrected: %1").arg(m_stepTitles.value(record.key, record.key))
                           : m_stepTitles.value(record.key, record.key);
                what = tr("%1 · %2").arg(what, boundaryOf.value(incidentId));
                break;
            case TimelineEntry::Kind::FollowUpOutcome: {
                const QString result = FollowUpResults::label(
                    FollowUpResults::fromKey(record.key).value_or(FollowUpResult::Met));
                what = record.correctsId != 0 ? tr("Follow-up corrected: %1").arg(result)
                                              : tr("Follow-up: %1").arg(result);
                break;
            }
            }
            details = oneLine(record.text);
        }
        last = new QTreeWidgetItem(
            m_tree, {locale.toString(Clock::toLocal(entry.at), QLocale::ShortFormat), what, details});
        last->setData(WhenColumn, IncidentIdRole, incidentId);
        last->setData(WhenColumn, AtRole, entry.at);
        last->setData(WhenColumn, AgreementIdRole, signedAgreementId);
        last->setData(WhenColumn, ContractIdRole, signedContractId);
        last->setData(WhenColumn, DraftAgreementIdRole, draftAgreementId);
        last->setData(WhenColumn, DraftContractIdRole, draftContractId);
        last->setToolTip(DetailsColumn, details);
        if (signedAgreementId != 0 || signedContractId != 0)
            last->setToolTip(WhatColumn, tr("Double-click or press Enter to open the signed PDF"));
        else if (draftAgreementId != 0 || draftContractId != 0)
            last->setToolTip(WhatColumn, tr("Right-click or press Delete to discard the draft"));
        if (entry.agreement || entry.contract) {
            last->setIcon(WhatColumn, agreementIcon);
        } else if (entry.incident->kind == TimelineEntry::Kind::Incident) {
            last->setIcon(WhatColumn, incidentIcon);
            QFont bold = last->font(WhatColumn);
            bold.setBold(true);
            last->setFont(WhatColumn, bold);
        }
    }
    if (!last) {
        auto *item =
            new QTreeWidgetItem(m_tree, {QString(), tr("No incidents, agreements or contracts yet.")});
        item->setFlags(Qt::NoItemFlags);
        return;
    }
    m_tree->scrollToItem(last);
}

} // namespace bk
