// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/onboarding/BoundariesStepPage.h"

#include "app/policy/PolicyService.h"
#include "ui/common/StatusPalette.h"
#include "ui/onboarding/BoundaryDiscussionWidget.h"
#include "ui/onboarding/OnboardingWizard.h"
#include "ui/practice/PolicyHtml.h"

#include <QLabel>
#include <QSet>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace bk {

BoundariesStepPage::BoundariesStepPage(OnboardingWizard *wizard, Mode mode)
    : OnboardingPage(wizard, mode == Mode::AllBoundaries ? tr("Boundaries") : tr("What changed"),
                     mode == Mode::AllBoundaries
                         ? tr("Go through each boundary together: what it means, what happens when it is "
                              "crossed, and any questions. Tick each one once it has been discussed.")
                         : tr("The policy has changed since the client last signed. Go through the changes "
                              "together and tick each added or changed boundary once it has been discussed."))
    , m_mode(mode)
    , m_discussion(new BoundaryDiscussionWidget(this)) {
    setObjectName(mode == Mode::AllBoundaries ? QStringLiteral("boundariesStepPage")
                                              : QStringLiteral("changesStepPage"));
    connect(m_discussion, &BoundaryDiscussionWidget::changed, this, &QWizardPage::completeChanged);
    if (mode == Mode::AllBoundaries) {
        contentLayout()->addWidget(m_discussion, 1);
        return;
    }
    m_comparison = new QTextBrowser(this);
    m_comparison->setObjectName(QStringLiteral("changesTextBrowser"));
    m_comparison->setWhatsThis(tr(
        "The policy version the client signed beside the current one: what was added, changed and removed."));
    m_comparison->setOpenLinks(false);
    m_carriedOver = new QLabel(this);
    m_carriedOver->setObjectName(QStringLiteral("carriedOverLabel"));
    m_carriedOver->setWordWrap(true);
    setStatusColor(m_carriedOver, StatusColors::Status::Muted);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_comparison);
    splitter->addWidget(m_discussion);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    // The comparison is what this step is about: it gets the larger half to start with.
    splitter->setSizes({560, 440});
    contentLayout()->addWidget(splitter, 1);
    contentLayout()->addWidget(m_carriedOver);
}

QString BoundariesStepPage::stepName() const {
    return m_mode == Mode::AllBoundaries
               ? tr("Boundaries")
               : tr("Changes since version %1").arg(onboarding()->previousVersion());
}

void BoundariesStepPage::initializePage() {
    OnboardingPage::initializePage();
    if (!onboarding()->hasAgreement())
        return;
    const Agreement &agreement = onboarding()->agreement();
    const QList<Boundary> &all = onboarding()->policy().document.boundaries;
    if (m_mode == Mode::AllBoundaries) {
        m_discussion->setBoundaries(all, agreement.discussions);
        return;
    }
    const int from = onboarding()->previousVersion();
    const int to = onboarding()->policy().version;
    const Result<PolicyDiff> diff = PolicyService(onboarding()->database()).diff(from, to);
    QSet<QString> changed;
    if (diff) {
        m_comparison->setHtml(PolicyHtml::comparison(diff.value(), tr("Version %1 (signed)").arg(from),
                                                     tr("Version %1 (now)").arg(to)));
        for (const PolicyItemChange &change : diff.value().boundaries) {
            if (change.kind != PolicyItemChange::Kind::Removed)
                changed.insert(change.key);
        }
    } else {
        // Without the comparison every boundary is gone through again, which is never less than needed.
        m_comparison->setPlainText(diff.error().message);
        for (const Boundary &boundary : all)
            changed.insert(boundary.key);
    }
    QList<Boundary> toDiscuss;
    for (const Boundary &boundary : all) {
        if (changed.contains(boundary.key))
            toDiscuss.append(boundary);
    }
    m_discussion->setBoundaries(toDiscuss, agreement.discussions);
    const qsizetype unchanged = all.size() - toDiscuss.size();
    m_carriedOver->setText(
        toDiscuss.isEmpty()
            ? tr("No boundary was added or changed. The %n boundaries were discussed when version %1 was "
                 "signed and are recorded as discussed.",
                 nullptr, int(unchanged))
                  .arg(from)
            : tr("The %n boundaries that did not change were discussed when version %1 was signed and are "
                 "recorded as discussed.",
                 nullptr, int(unchanged))
                  .arg(from));
}

bool BoundariesStepPage::isComplete() const {
    return onboarding()->hasAgreement() && m_discussion->allDiscussed();
}

void BoundariesStepPage::store() {
    if (!onboarding()->hasAgreement())
        return;
    Agreement &agreement = onboarding()->agreement();
    QSet<QString> shown;
    for (const BoundaryDiscussion &discussion : m_discussion->discussions()) {
        shown.insert(discussion.boundaryKey);
        if (BoundaryDiscussion *entry = agreement.discussion(discussion.boundaryKey))
            *entry = discussion;
    }
    if (m_mode == Mode::ChangesOnly) {
        for (BoundaryDiscussion &entry : agreement.discussions) {
            if (!shown.contains(entry.boundaryKey))
                entry.discussed = true;
        }
    }
}

} // namespace bk
