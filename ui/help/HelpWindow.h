// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "ui/help/HelpTopic.h"

#include <QMainWindow>

class QTextBrowser;

namespace bk {

/// The guide (Qt Help, in the interface language): its contents and index at the side, the page on the
/// right, with back and forward. A window of its own that belongs to `parent`.
class HelpWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit HelpWindow(QWidget *parent);

    void showTopic(HelpTopic topic);
    void showUrl(const QUrl &url);
    /// The page shown, as a qthelp:// URL.
    QUrl currentUrl() const;
    /// The shown page's title.
    QString pageTitle() const;
    /// Whether the guide was found; without it the window says where it should be.
    bool isAvailable() const { return m_available; }

private:
    QTextBrowser *m_browser = nullptr;
    bool m_available = false;
};

} // namespace bk
