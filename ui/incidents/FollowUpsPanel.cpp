// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/incidents/FollowUpsPanel.h"

#include "app/common/ChangeNotifier.h"
#include "app/common/Clock.h"
#include "app/common/OpenPractice.h"
#include "app/common/StatusColors.h"
#include "ui/common/StatusPalette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>
#include <limits>

namespace bk {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QString dueText(const QDate &due, const QDate &today) {
    const qint64 days = today.daysTo(due);
    const QString date = QLocale().toString(due, QLocale::ShortFormat);
    if (days == 0)
        return FollowUpsPanel::tr("today");
    if (days == -1)
        return FollowUpsPanel::tr("%1, yesterday").arg(date);
    if (days < 0)
        return FollowUpsPanel::tr("%1, %n day(s) ago", nullptr, -days).arg(date);
    if (days == 1)
        return FollowUpsPanel::tr("%1, tomorrow").arg(date);
    return FollowUpsPanel::tr("%1, in %n day(s)", nullptr, days).arg(date);
}

} // namespace

FollowUpsPanel::FollowUpsPanel(OpenPractice database, QWidget *parent)
    : QWidget(parent)
    , m_db(database)
    , m_incidents(database) {
    setObjectName(QStringLiteral("followUpsPanel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    m_overdue = addColumn(QStringLiteral("overdue"), true);
    m_dueToday = addColumn(QStringLiteral("dueToday"), false);
    m_upcoming = addColumn(QStringLiteral("upcoming"), false);
    connect(database.notifier(), &ChangeNotifier::changed, this, [this](const QString &table) {
        if (table == QLatin1String("incidents") || table == QLatin1String("clients"))
            refresh();
    });
    refresh();
}

FollowUpsPanel::Column FollowUpsPanel::addColumn(const QString &name, bool prominent) {
    auto *box = new QWidget(this);
    Column column;
    column.title = new QLabel(box);
    column.title->setObjectName(name + QStringLiteral("TitleLabel"));
    QFont font = column.title->font();
    font.setBold(true);
    column.title->setFont(font);
    column.list = new QListWidget(box);
    column.list->setObjectName(name + QStringLiteral("ListWidget"));
    column.list->setAlternatingRowColors(false);
    column.list->setWordWrap(true);
    column.list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    column.list->setResizeMode(QListView::Adjust); // re-measure wrapped rows when the width changes
    column.list->setUniformItemSizes(false);
    column.list->setSpacing(2);
    column.list->setSelectionMode(QAbstractItemView::SingleSelection);
    if (prominent) {
        setStatusColor(column.title, StatusColors::Status::Alert);
        column.list->setStyleSheet(
            QStringLiteral("QListWidget { border: 1px solid %1; background: %2; }")
                .arg(StatusColors::graphic(StatusColors::Status::Alert, palette()).name(),
                     StatusColors::tint(StatusColors::Status::Alert, palette()).name()));
    }
    connect(column.list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const qint64 id = item->data(IdRole).toLongLong(); id > 0)
            Q_EMIT incidentActivated(id);
    });
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(column.title);
    layout->addWidget(column.list, 1);
    static_cast<QHBoxLayout *>(this->layout())->addWidget(box, 1);
    return column;
}

void FollowUpsPanel::setBoundaryTitles(const QHash<QString, QString> &titles) {
    m_boundaryTitles = titles;
    refresh();
}

void FollowUpsPanel::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void FollowUpsPanel::refresh() {
    // Only a panel on screen reads: with another section shown, it reads when it is shown.
    m_stale = !isVisible();
    if (m_stale)
        return;
    const QDate today = Clock::todayLocal();
    m_overdueCount = fill(m_overdue, FollowUpWindow::Overdue, tr("Overdue"), tr("Nothing overdue."), today);
    m_dueTodayCount =
        fill(m_dueToday, FollowUpWindow::DueToday, tr("Due today"), tr("Nothing due today."), today);
    m_upcomingCount = fill(m_upcoming, FollowUpWindow::Upcoming, tr("Next %1 days").arg(UpcomingDays),
                           tr("Nothing due in the next %1 days.").arg(UpcomingDays), today);
}

int FollowUpsPanel::fill(const Column &column, FollowUpWindow window, const QString &heading,
                         const QString &emptyText, const QDate &today) {
    column.list->clear();
    // The earliest MaxListed, and how many there are: a large practice can have tens of thousands overdue.
    const Result<QList<FollowUpItem>> items = m_incidents.followUpsIn(window, today, UpcomingDays, MaxListed);
    const Result<qint64> total = m_incidents.countFollowUpsIn(window, today, UpcomingDays);
    if (!items || !total) {
        column.title->setText(heading);
        column.list->setAccessibleName(heading);
        Q_EMIT loadFailed(!items ? items.error().message : total.error().message);
        return 0;
    }
    column.title->setText(tr("%1 (%2)").arg(heading, QLocale().toString(total.value())));
    // The heading names the list (an item view takes no name from a label).
    column.list->setAccessibleName(column.title->text());
    for (const FollowUpItem &item : items.value()) {
        const QString boundary = m_boundaryTitles.value(item.boundaryKey, item.boundaryKey);
        auto *row = new QListWidgetItem(
            // Who and when first: a long next action wraps below them.
            tr("%1 · %2\n%3 (%4)").arg(item.clientName, dueText(item.due, today), item.nextAction, boundary),
            column.list);
        row->setData(IdRole, item.incidentId);
        row->setToolTip(row->text() + QStringLiteral("\n\n") + tr("Double-click to show the incident."));
        if (window == FollowUpWindow::Overdue)
            row->setForeground(StatusColors::text(StatusColors::Status::Alert, palette()));
    }
    if (items.value().isEmpty()) {
        auto *row = new QListWidgetItem(emptyText, column.list);
        row->setFlags(Qt::NoItemFlags);
    } else if (const qint64 more = total.value() - items.value().size(); more > 0) {
        auto *row = new QListWidgetItem(
            tr("and %1 more: filter the incident table above to see them all.").arg(QLocale().toString(more)),
            column.list);
        row->setFlags(Qt::NoItemFlags);
    }
    return int(std::min<qint64>(total.value(), std::numeric_limits<int>::max()));
}

} // namespace bk
