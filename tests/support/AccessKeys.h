// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMultiHash>
#include <QStringList>
#include <QTabBar>

namespace bk::test {

/// The access key of a text ("&Save" → "s"), or an empty string ("Terms & conditions" has none).
inline QString accessKey(const QString &text) {
    for (qsizetype at = text.indexOf(QLatin1Char('&')); at >= 0 && at + 1 < text.size();
         at = text.indexOf(QLatin1Char('&'), at + 2)) {
        if (text.at(at + 1).isLetterOrNumber())
            return text.at(at + 1).toLower();
    }
    return {};
}

/// The access keys that more than one visible control of `window` answers to (Alt+key then reaches only
/// one of them), each with the texts that share it; the menus of a menu bar are checked one by one.
inline QStringList accessKeyClashes(const QWidget *window) {
    QStringList clashes;
    const auto check = [&clashes](const QStringList &texts) {
        QMultiHash<QString, QString> byKey;
        for (const QString &text : texts) {
            const QString key = accessKey(text);
            if (!key.isEmpty())
                byKey.insert(key, text);
        }
        for (const QString &key : byKey.uniqueKeys()) {
            if (byKey.count(key) > 1)
                clashes.append(key + QStringLiteral(": ") +
                               QStringList(byKey.values(key)).join(QStringLiteral(" | ")));
        }
    };
    QStringList texts;
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (button->isVisible())
            texts.append(button->text());
    }
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (label->isVisible() && label->buddy())
            texts.append(label->text());
    }
    for (const QGroupBox *box : window->findChildren<QGroupBox *>()) {
        if (box->isVisible() && box->isCheckable())
            texts.append(box->title());
    }
    for (const QTabBar *bar : window->findChildren<QTabBar *>()) {
        if (bar->isVisible()) {
            for (int tab = 0; tab < bar->count(); ++tab)
                texts.append(bar->tabText(tab));
        }
    }
    if (const auto *mainWindow = qobject_cast<const QMainWindow *>(window)) {
        QStringList titles;
        for (const QAction *menu : mainWindow->menuBar()->actions()) {
            titles.append(menu->text());
            if (menu->menu()) {
                QStringList items;
                for (const QAction *item : menu->menu()->actions())
                    items.append(item->text());
                check(items);
            }
        }
        texts += titles;
    }
    check(texts);
    return clashes;
}

} // namespace bk::test
