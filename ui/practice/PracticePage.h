// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"
#include "app/policy/BoundaryPolicy.h"
#include "app/policy/PolicyService.h"
#include "app/policy/PracticeProfile.h"
#include "app/policy/PracticeService.h"

#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace bk {

class BoundaryCatalogueWidget;
class CommunicationWidget;
class LadderWidget;
class NoticeBar;
class PracticeDetailsWidget;
class RolesWidget;

/// The Practice section: the profile, the boundary policy draft with publishing, and the published versions
/// with their comparison.
class PracticePage : public QWidget {
    Q_OBJECT
public:
    enum Tab { DetailsTab, RolesTab, CommunicationTab, BoundariesTab, VersionsTab };

    explicit PracticePage(OpenPractice database, QWidget *parent = nullptr);

    bool hasUnsavedChanges() const;
    /// Asks whether to discard unsaved changes; true when there are none or the user discards them.
    bool confirmLeave();

    void showTab(Tab tab);

public Q_SLOTS:
    void saveDraft();
    /// Confirms with a summary of the changes, saves the draft if needed and publishes it.
    void publish();

private:
    /// A profile tab: one editing widget with its own Save and Revert.
    struct ProfileTab {
        QString name;
        std::function<void(const PracticeProfile &)> load;
        std::function<void(PracticeProfile &)> apply;
        std::function<bool()> validate;
        QPushButton *save = nullptr;
        QPushButton *revert = nullptr;
    };

    static QString tabTitle(Tab tab);
    void markTab(Tab tab, bool modified);
    QWidget *wrapProfileTab(QWidget *editor, ProfileTab &tab, const QString &name);
    QWidget *buildBoundariesTab();
    QWidget *buildVersionsTab();
    void loadProfile();
    void saveProfileTab(ProfileTab &tab);
    void updateProfileButtons();
    bool isModified(const ProfileTab &tab) const;
    void loadDraft();
    PolicyDocument editedDraft() const;
    void updatePolicyButtons();
    void loadVersions();
    void updateVersionView();
    void showSelectedVersion();
    void databaseChanged(const QString &table);
    void reportFailure(const QString &title, const Error &error);

    const OpenPractice m_db;
    PracticeService m_practice;
    PolicyService m_policy;
    PracticeProfile m_savedProfile;
    PolicyDocument m_savedDraft;
    QString m_publishedHash;

    QTabWidget *m_tabs = nullptr;
    NoticeBar *m_errorBar = nullptr;
    PracticeDetailsWidget *m_details = nullptr;
    RolesWidget *m_roles = nullptr;
    CommunicationWidget *m_communication = nullptr;
    ProfileTab m_profileTabs[3];

    BoundaryCatalogueWidget *m_catalogue = nullptr;
    LadderWidget *m_ladder = nullptr;
    QLabel *m_draftStatus = nullptr;
    QWidget *m_publishedBox = nullptr;
    QLabel *m_publishedLabel = nullptr;
    QPushButton *m_revertDraft = nullptr;
    QPushButton *m_saveDraft = nullptr;
    QPushButton *m_publish = nullptr;

    QTableWidget *m_versions = nullptr;
    QPushButton *m_showVersion = nullptr;
    QLabel *m_versionHint = nullptr;
    QTextBrowser *m_versionText = nullptr;
};

} // namespace bk
