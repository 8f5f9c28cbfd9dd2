// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/common/PracticeSwitcher.h"

#include "app/common/AppPaths.h"
#include "app/common/OpenedPractice.h"
#include "app/common/PasswordStore.h"
#include "app/common/Settings.h"
#include "ui/common/CheckingProgress.h"
#include "ui/common/ConnectDialog.h"
#include "ui/common/MainWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/practice/SetupWizard.h"

#include <QMessageBox>
#include <QPushButton>
#include <utility>

namespace bk {

PracticeSwitcher::PracticeSwitcher(QObject *parent)
    : QObject(parent) {}

PracticeSwitcher::~PracticeSwitcher() {
    // Each window goes before the practice it shows, replaced ones whose deletion is still pending too.
    delete m_window;
    const std::vector<Retired> retired = std::exchange(m_retired, {});
    for (const Retired &old : retired)
        delete old.window;
}

std::unique_ptr<OpenedPractice> PracticeSwitcher::openAsking(QWidget *parent, const QString &location,
                                                             const QString &password, bool atStart) {
    QString current = location;
    QString currentPassword = password;
    for (;;) {
        const bool server = OpenedPractice::isServerUrl(current);
        if (server && currentPassword.isEmpty() && OpenedPractice::passwordIn(current).isEmpty()) {
            // Without a keyring libpq still looks in PGPASSWORD and the password file.
            const Result<QString> kept =
                PasswordStore::instance().read(OpenedPractice::withoutPassword(current));
            if (kept)
                currentPassword = kept.value();
        }
        CheckingProgress checking(parent, current);
        Result<std::unique_ptr<OpenedPractice>> opened =
            OpenedPractice::open(current, currentPassword, checking.callback());
        if (opened)
            return std::move(opened).value();
        const Error &error = opened.error();
        if (error.kind == Error::Kind::Cancelled)
            return nullptr;
        if (server && error.kind == Error::Kind::Denied) {
            ConnectDialog dialog(parent, OpenedPractice::withoutPassword(current), error.message);
            if (dialog.exec() != QDialog::Accepted)
                return nullptr;
            current = dialog.location();
            currentPassword = dialog.password();
            continue;
        }
        if (!(server && atStart)) {
            MessageBox::inform(parent, tr("Cannot open the practice"), error.message,
                               MessageBox::Kind::Critical, {}, error.details);
            return nullptr;
        }
        // At start there is no window to go back to: the user chooses what to open instead.
        QMessageBox box(QMessageBox::Warning, tr("Practice server not reached"), error.message,
                        QMessageBox::NoButton, parent);
        box.setObjectName(QStringLiteral("serverChoiceMessageBox"));
        box.setInformativeText(tr("What would you like to do?"));
        if (!error.details.isEmpty())
            box.setDetailedText(error.details);
        QPushButton *retry = box.addButton(tr("Try &again"), QMessageBox::AcceptRole);
        retry->setObjectName(QStringLiteral("tryAgainPushButton"));
        QPushButton *other = box.addButton(tr("&Connect to another server…"), QMessageBox::ActionRole);
        other->setObjectName(QStringLiteral("otherServerPushButton"));
        QPushButton *file =
            box.addButton(tr("Open the practice &file on this computer"), QMessageBox::ActionRole);
        file->setObjectName(QStringLiteral("localFilePushButton"));
        QPushButton *quit = box.addButton(tr("&Quit"), QMessageBox::RejectRole);
        quit->setObjectName(QStringLiteral("quitPushButton"));
        box.setDefaultButton(retry);
        box.exec();
        if (box.clickedButton() == retry)
            continue;
        if (box.clickedButton() == other) {
            ConnectDialog dialog(parent, OpenedPractice::withoutPassword(current));
            if (dialog.exec() != QDialog::Accepted)
                return nullptr;
            current = dialog.location();
            currentPassword = dialog.password();
            continue;
        }
        if (box.clickedButton() == file) {
            current = AppPaths::defaultDatabasePath();
            currentPassword.clear();
            continue;
        }
        return nullptr;
    }
}

void PracticeSwitcher::show(std::unique_ptr<OpenedPractice> practice, bool demo) {
    if (!demo)
        Settings().addRecentPractice(practice->practice().path());
    auto *window = new MainWindow(practice->practice(), demo);
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(window, &MainWindow::practiceChosen, this,
            [this](const QString &location, const QString &password) { switchTo(location, password); });
    window->show();
    // The old window may be the one whose menu asked for the switch: it goes once that call has returned,
    // and its practice with it.
    if (MainWindow *old = m_window) {
        old->hide();
        connect(old, &QObject::destroyed, this, [this, old](QObject *) {
            std::erase_if(m_retired, [old](const Retired &retired) { return retired.window == old; });
        });
        m_retired.push_back({old, std::move(m_practice)});
        old->deleteLater();
    }
    m_window = window;
    m_practice = std::move(practice);
}

bool PracticeSwitcher::switchTo(const QString &location, const QString &password) {
    if (m_window && !m_window->prepareToClose())
        return false;
    std::unique_ptr<OpenedPractice> opened = openAsking(m_window, location, password, false);
    if (!opened)
        return false;
    if (!opened->practice().isReadOnly() && SetupWizard::isNeeded(opened->practice())) {
        SetupWizard setup(opened->practice(), m_window);
        setup.exec();
    }
    show(std::move(opened));
    return true;
}

} // namespace bk
