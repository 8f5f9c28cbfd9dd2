// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/common/NoticeBar.h"

#include "app/common/StatusColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace bk {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_iconLabel(new QLabel(this))
    , m_textLabel(new QLabel(this)) {
    m_textLabel->setObjectName(QStringLiteral("noticeTextLabel"));
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(10);
    layout->addWidget(m_iconLabel, 0, Qt::AlignTop);
    layout->addWidget(m_textLabel, 1);
    setVisible(false);
}

void NoticeBar::showMessage(const QString &text, Kind kind) {
    m_textLabel->setText(text);
    const bool warning = kind == Kind::Warning;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_iconLabel->setPixmap(
        style()
            ->standardIcon(warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation)
            .pixmap(iconSize, iconSize));
    // A soft tint of the palette in use under the palette's own text colour.
    const StatusColors::Status status =
        warning ? StatusColors::Status::Caution : StatusColors::Status::Accent;
    setStyleSheet(
        QStringLiteral("bk--NoticeBar { background: %1; border: 1px solid %2; border-radius: 4px; }")
            .arg(StatusColors::tint(status, palette()).name(),
                 StatusColors::graphic(status, palette()).name()));
    setVisible(!text.isEmpty());
}

QString NoticeBar::text() const {
    return m_textLabel->text();
}

QPushButton *NoticeBar::addButton(const QString &text) {
    auto *button = new QPushButton(text, this);
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    static_cast<QHBoxLayout *>(layout())->addWidget(button, 0, Qt::AlignVCenter);
    return button;
}

} // namespace bk
