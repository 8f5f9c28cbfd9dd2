// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/incidents/ResourceStepWidget.h"

#include "app/common/Clock.h"
#include "app/incidents/IncidentDetails.h"
#include "app/incidents/IncidentService.h"
#include "app/incidents/ResourceLibraryService.h"
#include "ui/incidents/ResourceLibraryDialog.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace bk {

namespace {
constexpr int ResourceIdRole = Qt::UserRole + 1;
}

ResourceStepWidget::ResourceStepWidget(OpenPractice database, QWidget *parent)
    : StepWidget(database, QStringLiteral("resourceStepWidget"), parent) {
    auto *libraryBox = new QGroupBox(tr("The practice's library"), this);
    m_library = new QListWidget(libraryBox);
    m_library->setObjectName(QStringLiteral("resourcesListWidget"));
    m_library->setAccessibleName(libraryBox->title());
    m_library->setAlternatingRowColors(true);
    connect(m_library, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const qint64 id = item->data(ResourceIdRole).toLongLong();
        m_checked.removeAll(id);
        if (item->checkState() == Qt::Checked)
            m_checked.append(id);
    });
    m_wholeLibrary = new QCheckBox(tr("Show the whole library"), libraryBox);
    m_wholeLibrary->setObjectName(QStringLiteral("wholeLibraryCheckBox"));
    m_wholeLibrary->setToolTip(tr("Also show resources listed for other boundaries"));
    connect(m_wholeLibrary, &QCheckBox::toggled, this, &ResourceStepWidget::loadLibrary);
    m_add = new QPushButton(tr("Add to library…"), libraryBox);
    m_add->setObjectName(QStringLiteral("addResourcePushButton"));
    connect(m_add, &QPushButton::clicked, this, &ResourceStepWidget::addToLibrary);
    auto *libraryButtons = new QHBoxLayout;
    libraryButtons->addWidget(m_wholeLibrary);
    libraryButtons->addStretch(1);
    libraryButtons->addWidget(m_add);
    auto *libraryLayout = new QVBoxLayout(libraryBox);
    libraryLayout->addWidget(m_library, 1);
    libraryLayout->addLayout(libraryButtons);

    auto *recordBox = new QGroupBox(tr("Record the ticked resources as provided"), this);
    m_recorded = new QLabel(recordBox);
    m_recorded->setObjectName(QStringLiteral("resourcesRecordedLabel"));
    m_recorded->setWordWrap(true);
    m_recorded->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_when = makeWhenEdit(recordBox, QStringLiteral("resourcesWhenDateTimeEdit"));
    m_note = new QLineEdit(recordBox);
    m_note->setObjectName(QStringLiteral("resourcesNoteLineEdit"));
    m_note->setPlaceholderText(tr("Optional: how they were shared"));
    m_record = new QPushButton(tr("Record as provided"), recordBox);
    m_record->setObjectName(QStringLiteral("recordResourcesPushButton"));
    connect(m_record, &QPushButton::clicked, this, &ResourceStepWidget::record);
    auto *form = new QFormLayout(recordBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_recorded);
    form->addRow(tr("&Provided:"), m_when);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(QString(), m_record);

    body()->addWidget(libraryBox, 1);
    body()->addWidget(recordBox);
}

void ResourceStepWidget::showData(const IncidentDetails &detail) {
    if (const LadderStep *step = detail.step(QString::fromLatin1(StepKeys::Resources)))
        setStepIntro(step->title, step->description);
    if (detail.incident.id != m_incidentId)
        m_checked.clear();
    m_incidentId = detail.incident.id;
    m_boundaryKey = detail.incident.boundaryKey;
    m_boundaries = detail.boundaries;
    m_wholeLibrary->setText(tr("Show the whole library, not only \"%1\"").arg(detail.boundary.title));
    QStringList provided;
    for (const StepEntry &entry : detail.effectiveEntries()) {
        if (entry.stepKey != QLatin1String(StepKeys::Resources))
            continue;
        for (const PracticeResource &resource : StepDetails::resources(entry))
            provided.append(
                tr("%1 (%2)").arg(resource.title, dateText(Clock::toLocal(entry.happenedAt).date())));
    }
    m_recorded->setText(provided.isEmpty()
                            ? tr("No resources recorded as provided yet.")
                            : tr("Provided so far: %1").arg(provided.join(QStringLiteral("; "))));
    loadLibrary();
}

void ResourceStepWidget::loadLibrary() {
    const Result<QList<PracticeResource>> library =
        ResourceLibraryService(m_db).resources(m_wholeLibrary->isChecked() ? QString() : m_boundaryKey);
    const QSignalBlocker blocker(m_library);
    m_library->clear();
    if (!library) {
        showError(tr("The library could not be read. %1").arg(library.error().message));
        return;
    }
    for (const PracticeResource &resource : library.value()) {
        auto *item = new QListWidgetItem(resource.location.isEmpty()
                                             ? resource.title
                                             : tr("%1 — %2").arg(resource.title, resource.location),
                                         m_library);
        item->setData(ResourceIdRole, resource.id);
        item->setToolTip(resource.location);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(m_checked.contains(resource.id) ? Qt::Checked : Qt::Unchecked);
    }
    if (library.value().isEmpty()) {
        auto *item = new QListWidgetItem(m_wholeLibrary->isChecked()
                                             ? tr("The library is empty. Add the guides, courses and reading "
                                                  "you share with clients.")
                                             : tr("Nothing in the library for this boundary yet."),
                                         m_library);
        item->setFlags(Qt::NoItemFlags);
    }
}

void ResourceStepWidget::setRecordingEnabled(bool enabled) {
    for (QWidget *widget : std::initializer_list<QWidget *>{m_when, m_note, m_record})
        widget->setEnabled(enabled);
}

void ResourceStepWidget::setLibraryEditable(bool editable) {
    m_add->setEnabled(editable);
}

void ResourceStepWidget::addToLibrary() {
    ResourceLibraryDialog dialog(m_db, m_boundaries, m_boundaryKey, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The new entry is most likely what the practitioner wants to hand over now.
    m_checked.append(dialog.savedId());
    loadLibrary();
}

void ResourceStepWidget::record() {
    const Result<qint64> id = IncidentService(m_db).recordResources(
        m_incidentId, Clock::fromWallClock(m_when->dateTime()), m_note->text(), m_checked);
    if (report(id, tr("%n resource(s) recorded as provided.", nullptr, int(m_checked.size())))) {
        m_checked.clear();
        m_note->clear();
        loadLibrary();
    }
}

} // namespace bk
