// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QWidget>

namespace bk {

/// A quiet page for a section that is not built yet: it says what will come there, and shows no data.
class PlaceholderPage : public QWidget {
    Q_OBJECT
public:
    PlaceholderPage(const QIcon &icon, const QString &title, const QString &text, QWidget *parent = nullptr);
};

} // namespace bk
