// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/incidents/ResourceLibraryDialog.h"

#include "app/common/OpenPractice.h"
#include "app/incidents/ResourceLibraryService.h"
#include "ui/common/FileDialogs.h"
#include "ui/help/ContextHelp.h"
#include "ui/incidents/StepWidget.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace bk {

namespace {
constexpr int KeyRole = Qt::UserRole + 1;
}

ResourceLibraryDialog::ResourceLibraryDialog(OpenPractice database, const QList<Boundary> &boundaries,
                                             const QString &preselected, QWidget *parent)
    : QDialog(parent)
    , m_db(database) {
    setObjectName(QStringLiteral("resourceLibraryDialog"));
    ContextHelp::setTopic(this, HelpTopic::EscalationLadder);
    setWindowTitle(tr("Add to the resource library"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("resourceTitleLineEdit"));
    m_title->setPlaceholderText(tr("Required, e.g. Working hours: a one-page guide"));
    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("resourceLocationLineEdit"));
    m_location->setPlaceholderText(tr("https://… or a file"));
    auto *browse = new QPushButton(tr("Choose file…"), this);
    browse->setObjectName(QStringLiteral("resourceBrowsePushButton"));
    connect(browse, &QPushButton::clicked, this, &ResourceLibraryDialog::browse);
    auto *locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(browse);
    m_boundaries = new QListWidget(this);
    m_boundaries->setObjectName(QStringLiteral("resourceBoundariesListWidget"));
    m_boundaries->setAccessibleName(tr("Boundaries it helps with"));
    for (const Boundary &boundary : boundaries) {
        auto *item = new QListWidgetItem(boundary.title, m_boundaries);
        item->setData(KeyRole, boundary.key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(boundary.key == preselected ? Qt::Checked : Qt::Unchecked);
    }
    m_error = StepWidget::makeErrorLabel(this, QStringLiteral("resourceErrorLabel"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    auto *locationLabel = new QLabel(tr("&Link or file:"), this);
    locationLabel->setBuddy(m_location);
    form->addRow(locationLabel, locationRow);
    form->addRow(tr("Helps with:"), m_boundaries);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("resourceDialogButtonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ResourceLibraryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 420);
}

void ResourceLibraryDialog::browse() {
    const QString file =
        FileDialogs::openFile(this, QStringLiteral("resourceFileDialog"), tr("Choose the resource's file"));
    if (!file.isEmpty())
        m_location->setText(file);
}

void ResourceLibraryDialog::accept() {
    PracticeResource resource;
    resource.title = m_title->text().trimmed();
    resource.location = m_location->text().trimmed();
    for (int row = 0; row < m_boundaries->count(); ++row) {
        if (m_boundaries->item(row)->checkState() == Qt::Checked)
            resource.boundaryKeys.append(m_boundaries->item(row)->data(KeyRole).toString());
    }
    QString problem;
    const Result<qint64> id = ResourceLibraryService(m_db).add(resource);
    if (id)
        m_savedId = id.value();
    else if (id.error().kind == Error::Kind::Invalid)
        problem = id.error().message;
    else
        problem = tr("Nothing was saved. %1").arg(id.error().message);
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace bk
