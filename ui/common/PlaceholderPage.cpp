// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "PlaceholderPage.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace bk {

PlaceholderPage::PlaceholderPage(const QIcon &icon, const QString &title, const QString &text,
                                 QWidget *parent)
    : QWidget(parent) {
    auto *iconLabel = new QLabel(this);
    iconLabel->setPixmap(icon.pixmap(48, 48));
    iconLabel->setAlignment(Qt::AlignCenter);

    auto *titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("placeholderTitleLabel"));
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleLabel->setFont(titleFont);
    titleLabel->setAlignment(Qt::AlignCenter);

    auto *textLabel = new QLabel(text, this);
    textLabel->setObjectName(QStringLiteral("placeholderTextLabel"));
    textLabel->setWordWrap(true);
    textLabel->setAlignment(Qt::AlignCenter);
    textLabel->setMaximumWidth(460);
    textLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(iconLabel);
    layout->addSpacing(8);
    layout->addWidget(titleLabel);
    layout->addWidget(textLabel, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

} // namespace bk
