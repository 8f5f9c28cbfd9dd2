// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/practice/PracticePage.h"

#include "app/common/ChangeNotifier.h"
#include "app/common/Clock.h"
#include "app/common/OpenPractice.h"
#include "app/policy/PracticeProfileConflict.h"
#include "ui/common/ConflictDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/common/NoticeBar.h"
#include "ui/common/StatusPalette.h"
#include "ui/practice/BoundaryCatalogueWidget.h"
#include "ui/practice/CommunicationWidget.h"
#include "ui/practice/LadderWidget.h"
#include "ui/practice/PolicyHtml.h"
#include "ui/practice/PracticeDetailsWidget.h"
#include "ui/practice/RolesWidget.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace bk {

namespace {

// Enough of a SHA-256 to tell versions apart at a glance; the full hash is one click away.
constexpr int ShortHashLength = 12;

enum VersionColumn { NumberColumn, PublishedColumn, HashColumn, BoundaryCountColumn };

} // namespace

PracticePage::PracticePage(OpenPractice database, QWidget *parent)
    : QWidget(parent)
    , m_db(database)
    , m_practice(database)
    , m_policy(database) {
    setObjectName(QStringLiteral("practicePage"));

    m_errorBar = new NoticeBar(this);
    m_errorBar->setObjectName(QStringLiteral("practiceErrorNoticeBar"));

    m_details = new PracticeDetailsWidget(this);
    m_roles = new RolesWidget(this);
    m_communication = new CommunicationWidget(this);
    m_profileTabs[DetailsTab].load = [this](const PracticeProfile &p) {
        m_details->setProfile(p);
    };
    m_profileTabs[DetailsTab].apply = [this](PracticeProfile &p) {
        m_details->applyTo(p);
    };
    m_profileTabs[RolesTab].load = [this](const PracticeProfile &p) {
        m_roles->setProfile(p);
    };
    m_profileTabs[RolesTab].apply = [this](PracticeProfile &p) {
        m_roles->applyTo(p);
    };
    m_profileTabs[CommunicationTab].load = [this](const PracticeProfile &p) {
        m_communication->setProfile(p);
    };
    m_profileTabs[CommunicationTab].apply = [this](PracticeProfile &p) {
        m_communication->applyTo(p);
    };
    m_profileTabs[CommunicationTab].validate = [this] {
        return m_communication->showProblems();
    };
    connect(m_details, &PracticeDetailsWidget::changed, this, &PracticePage::updateProfileButtons);
    connect(m_roles, &RolesWidget::changed, this, &PracticePage::updateProfileButtons);
    connect(m_communication, &CommunicationWidget::changed, this, &PracticePage::updateProfileButtons);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("practiceTabWidget"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(wrapProfileTab(m_details, m_profileTabs[DetailsTab], QStringLiteral("Details")),
                   tabTitle(DetailsTab));
    m_tabs->addTab(wrapProfileTab(m_roles, m_profileTabs[RolesTab], QStringLiteral("Roles")),
                   tabTitle(RolesTab));
    m_tabs->addTab(
        wrapProfileTab(m_communication, m_profileTabs[CommunicationTab], QStringLiteral("Communication")),
        tabTitle(CommunicationTab));
    m_tabs->addTab(buildBoundariesTab(), tabTitle(BoundariesTab));
    m_tabs->addTab(buildVersionsTab(), tabTitle(VersionsTab));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_errorBar);
    layout->addWidget(m_tabs, 1);

    const bool readOnly = database.isReadOnly();
    m_details->setReadOnly(readOnly);
    m_roles->setReadOnly(readOnly);
    m_communication->setReadOnly(readOnly);
    m_catalogue->setReadOnly(readOnly);
    m_ladder->setReadOnly(readOnly);

    connect(database.notifier(), &ChangeNotifier::changed, this, &PracticePage::databaseChanged);
    loadProfile();
    loadDraft();
    loadVersions();
}

QWidget *PracticePage::wrapProfileTab(QWidget *editor, ProfileTab &tab, const QString &name) {
    auto *page = new QWidget(this);
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    // Not a stop of its own: Tab goes to the controls inside, and the area scrolls to show each.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(editor);

    tab.name = name;
    tab.revert = new QPushButton(tr("Revert"), page);
    tab.revert->setObjectName(QStringLiteral("revert%1PushButton").arg(name));
    tab.revert->setToolTip(tr("Go back to what was last saved"));
    tab.save = new QPushButton(tr("Save"), page);
    tab.save->setObjectName(QStringLiteral("save%1PushButton").arg(name));
    tab.save->setDefault(true);
    connect(tab.revert, &QPushButton::clicked, this, [this, &tab] {
        tab.load(m_savedProfile);
        updateProfileButtons();
    });
    connect(tab.save, &QPushButton::clicked, this, [this, &tab] { saveProfileTab(tab); });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(tab.revert);
    buttons->addWidget(tab.save);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget *PracticePage::buildBoundariesTab() {
    auto *page = new QWidget(this);
    m_catalogue = new BoundaryCatalogueWidget(page);
    m_ladder = new LadderWidget(page);
    connect(m_catalogue, &BoundaryCatalogueWidget::changed, this, &PracticePage::updatePolicyButtons);
    connect(m_ladder, &LadderWidget::changed, this, &PracticePage::updatePolicyButtons);

    auto *parts = new QTabWidget(page);
    parts->setObjectName(QStringLiteral("policyPartsTabWidget"));
    parts->addTab(m_catalogue, tr("Catalogue"));
    parts->addTab(m_ladder, tr("Consequence ladder"));

    m_draftStatus = new QLabel(page);
    m_draftStatus->setObjectName(QStringLiteral("draftStatusLabel"));
    m_draftStatus->setWordWrap(true);

    m_publishedBox = new QWidget(page);
    m_publishedLabel = new QLabel(m_publishedBox);
    m_publishedLabel->setObjectName(QStringLiteral("publishedLabel"));
    m_publishedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *copy = new QPushButton(tr("Copy hash"), m_publishedBox);
    copy->setObjectName(QStringLiteral("copyHashPushButton"));
    copy->setToolTip(tr("Copy the full SHA-256 of the published version"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_publishedHash); });
    auto *publishedLayout = new QHBoxLayout(m_publishedBox);
    publishedLayout->setContentsMargins(0, 0, 0, 0);
    publishedLayout->addWidget(m_publishedLabel);
    publishedLayout->addWidget(copy);
    publishedLayout->addStretch(1);
    m_publishedBox->setVisible(false);

    m_revertDraft = new QPushButton(tr("Revert"), page);
    m_revertDraft->setObjectName(QStringLiteral("revertDraftPushButton"));
    m_revertDraft->setToolTip(tr("Go back to the draft as last saved"));
    connect(m_revertDraft, &QPushButton::clicked, this, &PracticePage::loadDraft);
    m_saveDraft = new QPushButton(tr("Save draft"), page);
    m_saveDraft->setObjectName(QStringLiteral("saveDraftPushButton"));
    m_saveDraft->setToolTip(tr("Keep the changes as a draft; clients see them once they are published"));
    connect(m_saveDraft, &QPushButton::clicked, this, &PracticePage::saveDraft);
    m_publish = new QPushButton(tr("Publish…"), page);
    m_publish->setObjectName(QStringLiteral("publishPushButton"));
    m_publish->setToolTip(tr("Freeze the draft as the next version of the policy"));
    connect(m_publish, &QPushButton::clicked, this, &PracticePage::publish);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_draftStatus, 1);
    buttons->addWidget(m_revertDraft);
    buttons->addWidget(m_saveDraft);
    buttons->addWidget(m_publish);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(parts, 1);
    layout->addWidget(m_publishedBox);
    layout->addLayout(buttons);
    return page;
}

QWidget *PracticePage::buildVersionsTab() {
    auto *page = new QWidget(this);
    m_versions = new QTableWidget(0, 4, page);
    m_versions->setObjectName(QStringLiteral("versionsTableWidget"));
    m_versions->setHorizontalHeaderLabels({tr("Version"), tr("Published"), tr("SHA-256"), tr("Boundaries")});
    m_versions->setAccessibleName(tr("Published versions"));
    m_versions->verticalHeader()->setVisible(false);
    m_versions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versions->setSelectionMode(QAbstractItemView::MultiSelection);
    m_versions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versions->setShowGrid(false);
    m_versions->setAlternatingRowColors(true);
    m_versions->horizontalHeader()->setStretchLastSection(true);
    m_versions->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_versions, &QTableWidget::itemSelectionChanged, this, &PracticePage::updateVersionView);

    m_versionHint = new QLabel(page);
    m_versionHint->setObjectName(QStringLiteral("versionHintLabel"));
    setStatusColor(m_versionHint, StatusColors::Status::Muted);
    m_showVersion = new QPushButton(tr("Show"), page);
    m_showVersion->setObjectName(QStringLiteral("showVersionPushButton"));
    m_showVersion->setToolTip(tr("Show the full text of the selected version"));
    connect(m_showVersion, &QPushButton::clicked, this, &PracticePage::showSelectedVersion);
    auto *row = new QHBoxLayout;
    row->addWidget(m_versionHint, 1);
    row->addWidget(m_showVersion);

    auto *listSide = new QWidget(page);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_versions, 1);
    listLayout->addLayout(row);

    m_versionText = new QTextBrowser(page);
    m_versionText->setObjectName(QStringLiteral("versionTextBrowser"));
    m_versionText->setOpenLinks(false);
    m_versionText->setAccessibleName(tr("Text of the selected version"));

    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listSide);
    splitter->addWidget(m_versionText);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(splitter);
    return page;
}

bool PracticePage::hasUnsavedChanges() const {
    if (m_db.isReadOnly())
        return false;
    for (const ProfileTab &tab : m_profileTabs) {
        if (isModified(tab))
            return true;
    }
    return editedDraft() != m_savedDraft;
}

bool PracticePage::confirmLeave() {
    if (!hasUnsavedChanges())
        return true;
    const MessageBox::Answer answer =
        MessageBox::confirm(this, tr("Unsaved changes"),
                            tr("Some changes in the Practice section are not saved yet. Leave and discard "
                               "them, or stay to save them?"),
                            tr("Discard changes"), MessageBox::Kind::Warning, true);
    if (answer != MessageBox::Answer::Confirmed)
        return false;
    loadProfile();
    loadDraft();
    return true;
}

void PracticePage::showTab(Tab tab) {
    m_tabs->setCurrentIndex(tab);
}

QString PracticePage::tabTitle(Tab tab) {
    switch (tab) {
    case DetailsTab:
        return tr("Practice details");
    case RolesTab:
        return tr("Roles && scope");
    case CommunicationTab:
        return tr("Communication");
    case BoundariesTab:
        return tr("Boundaries");
    case VersionsTab:
        break;
    }
    return tr("Versions");
}

void PracticePage::markTab(Tab tab, bool modified) {
    // A dot after the title, as editors mark unsaved documents.
    if (m_tabs && m_tabs->count() > tab)
        m_tabs->setTabText(tab, modified ? tabTitle(tab) + QStringLiteral(" •") : tabTitle(tab));
}

void PracticePage::loadProfile() {
    Result<PracticeProfile> loaded = m_practice.load();
    if (!loaded) {
        m_errorBar->showMessage(loaded.error().message, NoticeBar::Kind::Warning);
        return;
    }
    m_savedProfile = loaded.value();
    for (ProfileTab &tab : m_profileTabs)
        tab.load(m_savedProfile);
    updateProfileButtons();
}

bool PracticePage::isModified(const ProfileTab &tab) const {
    PracticeProfile edited = m_savedProfile;
    tab.apply(edited);
    return edited != m_savedProfile;
}

void PracticePage::saveProfileTab(ProfileTab &tab) {
    if (m_db.isReadOnly())
        return;
    if (tab.validate && !tab.validate())
        return;
    PracticeProfile edited = m_savedProfile;
    tab.apply(edited);
    if (const QStringList problems = edited.problems(); !problems.isEmpty()) {
        MessageBox::inform(this, tr("Not saved"), problems.join(QLatin1Char('\n')),
                           MessageBox::Kind::Warning);
        return;
    }
    PracticeProfile theirs;
    Status saved = m_practice.save(edited, &theirs);
    PracticeProfile opened = m_savedProfile;
    while (!saved && saved.error().kind == Error::Kind::Stale) {
        // Saved elsewhere since this page read it: both versions side by side, part by part, and what is
        // chosen is saved on top of theirs (which may meet a newer one again). Nothing is saved otherwise,
        // and every tab keeps what is being edited.
        const PracticeProfileConflict conflict(opened, edited, theirs);
        QList<bool> keepMine;
        if (!conflict.fields().isEmpty()) {
            ConflictDialog dialog(tr("The practice profile"), conflict.conflicts(), this);
            if (dialog.exec() != QDialog::Accepted) {
                MessageBox::inform(this, tr("Not saved"),
                                   tr("%1 Your changes are still here; save again to compare them with the "
                                      "newer version.")
                                       .arg(saved.error().message),
                                   MessageBox::Kind::Warning);
                return;
            }
            keepMine = dialog.keepMine();
        }
        opened = theirs;
        edited = conflict.combined(keepMine);
        saved = m_practice.save(edited, &theirs);
    }
    if (!saved) {
        reportFailure(tr("Not saved"), saved.error());
        return;
    }
    // This tab and the unchanged ones show the saved state; the others keep what is being edited there.
    QList<bool> modified;
    for (const ProfileTab &each : m_profileTabs)
        modified.append(&each != &tab && isModified(each));
    if (Result<PracticeProfile> reloaded = m_practice.load())
        m_savedProfile = reloaded.value();
    for (qsizetype i = 0; i < modified.size(); ++i) {
        if (!modified.at(i))
            m_profileTabs[i].load(m_savedProfile);
    }
    updateProfileButtons();
}

void PracticePage::updateProfileButtons() {
    const bool writable = !m_db.isReadOnly();
    for (int index = 0; index < 3; ++index) {
        ProfileTab &tab = m_profileTabs[index];
        const bool modified = writable && isModified(tab);
        tab.save->setEnabled(modified);
        tab.revert->setEnabled(modified);
        markTab(Tab(index), modified);
    }
}

void PracticePage::loadDraft() {
    Result<PolicyDocument> draft = m_policy.draft();
    if (!draft) {
        m_errorBar->showMessage(draft.error().message, NoticeBar::Kind::Warning);
        return;
    }
    m_savedDraft = draft.value();
    m_catalogue->setDocument(m_savedDraft);
    m_ladder->setDocument(m_savedDraft);
    updatePolicyButtons();
}

PolicyDocument PracticePage::editedDraft() const {
    PolicyDocument document = m_savedDraft;
    m_catalogue->applyTo(document);
    m_ladder->applyTo(document);
    return document;
}

void PracticePage::updatePolicyButtons() {
    const bool writable = !m_db.isReadOnly();
    const bool modified = writable && editedDraft() != m_savedDraft;
    m_saveDraft->setEnabled(modified);
    m_revertDraft->setEnabled(modified);
    const Result<bool> differs = m_policy.draftDiffersFromLatest();
    const Result<int> latest = m_policy.latestVersionNumber();
    m_publish->setEnabled(writable && (modified || (differs.ok() && differs.value())));
    QString status;
    if (modified)
        status = tr("The draft has unsaved changes.");
    else if (latest.ok() && latest.value() == 0)
        status = tr("Nothing is published yet: clients can acknowledge the policy once it is.");
    else if (differs.ok() && differs.value())
        status = tr("The saved draft differs from version %1. Publish it when it is ready for clients.")
                     .arg(latest.value());
    else if (latest.ok())
        status = tr("The draft is the same as version %1.").arg(latest.value());
    m_draftStatus->setText(status);
    markTab(BoundariesTab, modified);
}

void PracticePage::saveDraft() {
    if (m_db.isReadOnly())
        return;
    const PolicyDocument document = editedDraft();
    if (const QStringList problems = document.problems(); !problems.isEmpty()) {
        MessageBox::inform(this, tr("Draft not saved"), problems.join(QLatin1Char('\n')),
                           MessageBox::Kind::Warning);
        return;
    }
    if (Status saved = m_policy.saveDraft(document); !saved) {
        reportFailure(tr("Draft not saved"), saved.error());
        return;
    }
    loadDraft();
}

void PracticePage::publish() {
    if (m_db.isReadOnly())
        return;
    if (editedDraft() != m_savedDraft) {
        saveDraft();
        if (editedDraft() != m_savedDraft)
            return;
    }
    const Result<PolicyDiff> diff = m_policy.draftDiff();
    const Result<int> latest = m_policy.latestVersionNumber();
    if (!diff || !latest) {
        reportFailure(tr("Not published"), !diff ? diff.error() : latest.error());
        return;
    }
    if (diff.value().isEmpty()) {
        MessageBox::inform(this, tr("Nothing to publish"),
                           tr("The draft is the same as version %1.").arg(latest.value()),
                           MessageBox::Kind::Question);
        return;
    }
    const int next = latest.value() + 1;
    const QString text =
        latest.value() == 0
            ? tr("Publish the policy as version 1? Once published, a version cannot be changed.\n\n%1")
                  .arg(PolicyHtml::summary(diff.value()))
            : tr("Publish version %1? Compared with version %2:\n\n%3\n\nOnce published, a version cannot be "
                 "changed, and clients who acknowledged an earlier version are asked to acknowledge it "
                 "again.")
                  .arg(next)
                  .arg(latest.value())
                  .arg(PolicyHtml::summary(diff.value()));
    if (MessageBox::confirm(this, tr("Publish version %1").arg(next), text, tr("Publish")) !=
        MessageBox::Answer::Confirmed)
        return;
    const Result<PolicyVersion> published = m_policy.publish();
    if (!published) {
        reportFailure(tr("Not published"), published.error());
        return;
    }
    m_publishedHash = published.value().sha256;
    m_publishedLabel->setText(tr("Version %1 published · SHA-256 %2…")
                                  .arg(published.value().version)
                                  .arg(m_publishedHash.left(ShortHashLength)));
    m_publishedLabel->setToolTip(m_publishedHash);
    m_publishedBox->setVisible(true);
    loadDraft();
    loadVersions();
}

void PracticePage::loadVersions() {
    const Result<QList<PolicyVersionSummary>> versions = m_policy.versions();
    if (!versions) {
        m_errorBar->showMessage(versions.error().message, NoticeBar::Kind::Warning);
        return;
    }
    const QSignalBlocker block(m_versions);
    m_versions->clearSelection();
    m_versions->setRowCount(int(versions.value().size()));
    // The practice's clock, named when the computer is elsewhere (the zone may have changed since).
    m_versions->horizontalHeaderItem(PublishedColumn)->setText(Clock::headerWithZone(tr("Published")));
    const QLocale locale;
    // Newest first: the version in force is the one looked at most.
    int row = 0;
    for (auto it = versions.value().crbegin(); it != versions.value().crend(); ++it, ++row) {
        auto *number = new QTableWidgetItem(QString::number(it->version));
        number->setData(Qt::UserRole, it->version);
        m_versions->setItem(row, NumberColumn, number);
        m_versions->setItem(
            row, PublishedColumn,
            new QTableWidgetItem(locale.toString(Clock::toLocal(it->publishedAt), QLocale::ShortFormat)));
        auto *hash = new QTableWidgetItem(it->sha256.left(ShortHashLength));
        hash->setToolTip(it->sha256);
        hash->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_versions->setItem(row, HashColumn, hash);
        m_versions->setItem(row, BoundaryCountColumn,
                            new QTableWidgetItem(QString::number(it->boundaryCount)));
    }
    m_versions->resizeColumnsToContents();
    updateVersionView();
}

void PracticePage::updateVersionView() {
    QList<int> selected;
    for (const QModelIndex &index : m_versions->selectionModel()->selectedRows())
        selected.append(m_versions->item(index.row(), NumberColumn)->data(Qt::UserRole).toInt());
    std::sort(selected.begin(), selected.end());
    m_showVersion->setEnabled(selected.size() == 1);
    if (m_versions->rowCount() == 0) {
        m_versionHint->setText(tr("No version is published yet. Publish the draft in the Boundaries tab."));
        m_versionText->clear();
    } else if (selected.size() == 2) {
        m_versionHint->setText(
            tr("Comparing version %1 with version %2.").arg(selected.at(0)).arg(selected.at(1)));
        const Result<PolicyDiff> diff = m_policy.diff(selected.at(0), selected.at(1));
        if (diff)
            m_versionText->setHtml(PolicyHtml::comparison(diff.value(), tr("Version %1").arg(selected.at(0)),
                                                          tr("Version %1").arg(selected.at(1))));
        else
            m_versionText->setPlainText(diff.error().message);
    } else if (selected.size() > 2) {
        m_versionHint->setText(tr("Select two versions to compare them."));
    } else {
        m_versionHint->setText(tr("Select a version to show it, or two to compare them."));
    }
}

void PracticePage::showSelectedVersion() {
    const QModelIndexList rows = m_versions->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const Result<PolicyVersion> version =
        m_policy.version(m_versions->item(rows.first().row(), NumberColumn)->data(Qt::UserRole).toInt());
    if (version)
        m_versionText->setHtml(PolicyHtml::version(version.value()));
    else
        m_versionText->setPlainText(version.error().message);
}

void PracticePage::databaseChanged(const QString &table) {
    // Writes from elsewhere (another window, the setup) are shown unless they would overwrite edits.
    if (table == QLatin1String("policy_versions")) {
        loadVersions();
        updatePolicyButtons();
    } else if (table == QLatin1String("policy_draft") && editedDraft() == m_savedDraft) {
        loadDraft();
    } else if (table == QLatin1String("practice_profile")) {
        bool modified = false;
        for (const ProfileTab &tab : m_profileTabs)
            modified = modified || isModified(tab);
        if (!modified)
            loadProfile();
    }
}

void PracticePage::reportFailure(const QString &title, const Error &error) {
    MessageBox::inform(this, title, error.message);
}

} // namespace bk
