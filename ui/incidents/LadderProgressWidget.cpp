// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/incidents/LadderProgressWidget.h"

#include "app/common/Clock.h"
#include "app/common/StatusColors.h"
#include "app/incidents/IncidentDetails.h"
#include "ui/incidents/StepWidget.h"

#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace bk {

namespace {
constexpr int StepKeyRole = Qt::UserRole + 1;
}

LadderProgressWidget::LadderProgressWidget(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("ladderProgressWidget"));
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("ladderStepsListWidget"));
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    // Reached by Tab too: the arrow keys read the steps and Enter opens one, as a double-click does.
    m_steps->setAccessibleName(tr("Steps on the ladder"));
    m_steps->setToolTip(tr("Double-click a step to work on it"));
    m_steps->setFrameShape(QFrame::NoFrame);
    m_steps->setStyleSheet(QStringLiteral("QListWidget { background: transparent; }"));
    m_steps->setIconSize(QSize(16, 16));
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_steps->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_steps, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT stepActivated(item->data(StepKeyRole).toString()); });
    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("nextActionLabel"));
    m_next->setWordWrap(true);
    m_next->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_steps);
    layout->addWidget(m_next);
}

void LadderProgressWidget::showData(const IncidentDetails &detail) {
    // The latest date each step was taken, from the entries in force.
    QHash<QString, QDateTime> done;
    for (const StepEntry &entry : detail.effectiveEntries()) {
        if (!done.contains(entry.stepKey) || entry.happenedAt > done.value(entry.stepKey))
            done.insert(entry.stepKey, entry.happenedAt);
    }
    m_steps->clear();
    QFont bold = font();
    bold.setBold(true);
    int number = 0;
    for (const LadderStep &step : detail.ladder) {
        ++number;
        auto *item = new QListWidgetItem(m_steps);
        item->setData(StepKeyRole, step.key);
        item->setToolTip(step.description);
        const bool isDone = done.contains(step.key);
        // "next" only when taking this step is the next action, as the Contract tab says too.
        const bool isNext = detail.isStepDueNext(step.key);
        QString text = tr("%1. %2").arg(number).arg(step.title);
        if (isDone) {
            text = tr("%1\ndone %2")
                       .arg(text, StepWidget::dateText(Clock::toLocal(done.value(step.key)).date()));
            item->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
        } else if (isNext) {
            text = tr("%1\nnext").arg(text);
            item->setIcon(style()->standardIcon(QStyle::SP_ArrowRight));
        } else {
            item->setForeground(StatusColors::text(StatusColors::Status::Muted, palette()));
        }
        // The furthest step recorded stands out: it is where the incident is now.
        if (step.key == detail.position.currentStep)
            item->setFont(bold);
        item->setText(text);
    }
    // Every step in view without scrolling: the whole ladder is the point.
    int height = 2 * m_steps->frameWidth() + 4;
    for (int row = 0; row < m_steps->count(); ++row)
        height += m_steps->sizeHintForRow(row);
    m_steps->setFixedHeight(height);
    QString next;
    if (!detail.isOpen()) {
        next = tr("<b>Closed</b> on %1.")
                   .arg(StepWidget::dateTimeText(detail.incident.closedAt).toHtmlEscaped());
    } else if (!detail.position.nextAction.isEmpty()) {
        const bool overdue =
            detail.position.nextDue.isValid() && detail.position.nextDue < Clock::todayLocal();
        const QString due =
            detail.position.nextDue.isValid()
                ? (overdue ? QStringLiteral("<span style=\"color:%1;\">%2</span>")
                                 .arg(StatusColors::text(StatusColors::Status::Alert, palette()).name(),
                                      tr("<b>overdue since %1</b>"))
                           : tr("due %1"))
                      .arg(StepWidget::dateText(detail.position.nextDue).toHtmlEscaped())
                : QString();
        next = tr("<b>Next:</b> %1<br>%2").arg(detail.position.nextAction.toHtmlEscaped(), due);
    }
    m_next->setText(next);
}

} // namespace bk
