// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/common/NoticeBar.h"

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
    // Soft tints that read on light and dark palettes alike, with the palette's own text colour.
    setStyleSheet(warning
                      ? QStringLiteral("bk--NoticeBar { background: rgba(230, 160, 40, 0.22); "
                                       "border: 1px solid rgba(200, 130, 20, 0.55); border-radius: 4px; }")
                      : QStringLiteral("bk--NoticeBar { background: rgba(60, 130, 220, 0.16); "
                                       "border: 1px solid rgba(60, 130, 220, 0.45); border-radius: 4px; }"));
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
