// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QObject>
#include <QPointer>
#include <memory>
#include <vector>

class QWidget;

namespace bk {

class MainWindow;
class OpenedPractice;

/// The practice the desktop has open and its window. Opening another file, connecting to another server or
/// choosing a recent practice replaces both, once the new one could be opened; every practice opened is
/// remembered in the settings, a server's without its password.
class PracticeSwitcher : public QObject {
    Q_OBJECT
public:
    explicit PracticeSwitcher(QObject *parent = nullptr);
    ~PracticeSwitcher() override;

    /// Opens the practice at `location` as the desktop does: a server's password from the system keyring when
    /// the URL holds none; when the server refuses it, the Connect dialog asks. With `atStart`, a server that
    /// cannot be reached offers a choice (try again, another server, the practice file on this computer,
    /// quit); otherwise the failure is shown. nullptr when the user gave up.
    static std::unique_ptr<OpenedPractice> openAsking(QWidget *parent, const QString &location,
                                                      const QString &password, bool atStart);

    /// Shows a window on `practice` (and remembers it), replacing the one shown before.
    void show(std::unique_ptr<OpenedPractice> practice, bool demo = false);
    /// Switches the window to the practice at `location`; keeps the current one when the user stays (unsaved
    /// changes) or the new one cannot be opened (the reason is shown). Whether it switched.
    bool switchTo(const QString &location, const QString &password);
    MainWindow *window() const { return m_window; }

private:
    /// A window replaced by another and its practice, kept until the window's deferred deletion (the entry
    /// goes when the window is destroyed).
    struct Retired {
        MainWindow *window;
        std::unique_ptr<OpenedPractice> practice;
    };

    std::unique_ptr<OpenedPractice> m_practice;
    QPointer<MainWindow> m_window;
    std::vector<Retired> m_retired;
};

} // namespace bk
