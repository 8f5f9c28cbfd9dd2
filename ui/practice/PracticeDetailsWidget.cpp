// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/practice/PracticeDetailsWidget.h"

#include "app/common/StatusColors.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/StatusPalette.h"

#include <QBuffer>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bk {

namespace {

// A logo is printed a few centimetres wide: 600 pixels are plenty and keep the database small.
constexpr int MaxLogoSide = 600;
constexpr int PreviewHeight = 64;

} // namespace

PracticeDetailsWidget::PracticeDetailsWidget(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("practiceDetailsWidget"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("practiceNameLineEdit"));
    m_name->setPlaceholderText(tr("e.g. Northbridge Coaching"));
    m_contactLine = new QLineEdit(this);
    m_contactLine->setObjectName(QStringLiteral("contactLineLineEdit"));
    m_contactLine->setPlaceholderText(tr("Address, phone and website, as printed on agreements"));

    m_logoPreview = new QLabel(tr("No logo"), this);
    m_logoPreview->setObjectName(QStringLiteral("logoPreviewLabel"));
    m_logoPreview->setFixedSize(PreviewHeight * 3, PreviewHeight + 8);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    setStatusColor(m_logoPreview, StatusColors::Status::Muted);
    m_chooseLogo = new QPushButton(tr("Choose…"), this);
    m_chooseLogo->setObjectName(QStringLiteral("chooseLogoPushButton"));
    m_chooseLogo->setToolTip(tr("Use a PNG or JPEG image as the logo on printed documents"));
    connect(m_chooseLogo, &QPushButton::clicked, this, &PracticeDetailsWidget::chooseLogo);
    m_removeLogo = new QPushButton(tr("Remove"), this);
    m_removeLogo->setObjectName(QStringLiteral("removeLogoPushButton"));
    connect(m_removeLogo, &QPushButton::clicked, this, [this] {
        setLogo({});
        Q_EMIT changed();
    });
    m_logoError = new QLabel(this);
    m_logoError->setObjectName(QStringLiteral("logoErrorLabel"));
    setStatusColor(m_logoError, StatusColors::Status::Alert);
    m_logoError->setWordWrap(true);
    m_logoError->setVisible(false);
    auto *logoButtons = new QVBoxLayout;
    logoButtons->addWidget(m_chooseLogo);
    logoButtons->addWidget(m_removeLogo);
    logoButtons->addStretch(1);
    logoButtons->setSpacing(4);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPreview);
    logoRow->addLayout(logoButtons);
    logoRow->addStretch(1);
    auto *logoBox = new QVBoxLayout;
    logoBox->addLayout(logoRow);
    logoBox->addWidget(m_logoError);

    m_practitioners = new QTableWidget(0, 2, this);
    m_practitioners->setObjectName(QStringLiteral("practitionersTableWidget"));
    m_practitioners->setHorizontalHeaderLabels({tr("Name"), tr("Title")});
    m_practitioners->setAccessibleName(tr("Practitioners"));
    m_practitioners->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_practitioners->verticalHeader()->setVisible(false);
    m_practitioners->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_practitioners->setSelectionMode(QAbstractItemView::SingleSelection);
    m_practitioners->setFixedHeight(fontMetrics().height() * 9);
    m_practitioners->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    connect(m_practitioners, &QTableWidget::itemChanged, this, &PracticeDetailsWidget::changed);
    connect(m_practitioners, &QTableWidget::itemSelectionChanged, this,
            &PracticeDetailsWidget::updateButtons);

    m_addPractitioner = new QPushButton(tr("Add"), this);
    m_addPractitioner->setObjectName(QStringLiteral("addPractitionerPushButton"));
    connect(m_addPractitioner, &QPushButton::clicked, this, &PracticeDetailsWidget::addPractitioner);
    m_removePractitioner = new QPushButton(tr("Remove"), this);
    m_removePractitioner->setObjectName(QStringLiteral("removePractitionerPushButton"));
    connect(m_removePractitioner, &QPushButton::clicked, this, &PracticeDetailsWidget::removePractitioner);
    m_upPractitioner = new QPushButton(tr("Move up"), this);
    m_upPractitioner->setObjectName(QStringLiteral("upPractitionerPushButton"));
    connect(m_upPractitioner, &QPushButton::clicked, this, [this] { movePractitioner(-1); });
    m_downPractitioner = new QPushButton(tr("Move down"), this);
    m_downPractitioner->setObjectName(QStringLiteral("downPractitionerPushButton"));
    connect(m_downPractitioner, &QPushButton::clicked, this, [this] { movePractitioner(1); });
    auto *practitionerButtons = new QVBoxLayout;
    for (QPushButton *button :
         {m_addPractitioner, m_removePractitioner, m_upPractitioner, m_downPractitioner})
        practitionerButtons->addWidget(button);
    practitionerButtons->addStretch(1);
    auto *practitionerRow = new QHBoxLayout;
    practitionerRow->addWidget(m_practitioners, 1);
    practitionerRow->addLayout(practitionerButtons);

    m_paperSize = new QComboBox(this);
    m_paperSize->setObjectName(QStringLiteral("paperSizeComboBox"));
    for (PaperSize size : {PaperSize::A4, PaperSize::UsLetter})
        m_paperSize->addItem(PaperSizes::label(size), PaperSizes::key(size));
    m_paperSize->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(m_paperSize, &QComboBox::currentIndexChanged, this, &PracticeDetailsWidget::changed);

    connect(m_name, &QLineEdit::textEdited, this, &PracticeDetailsWidget::changed);
    connect(m_contactLine, &QLineEdit::textEdited, this, &PracticeDetailsWidget::changed);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Practice na&me:"), m_name);
    form->addRow(tr("Contact lin&e:"), m_contactLine);
    form->addRow(tr("Logo:"), logoBox);
    form->addRow(tr("Practitioners:"), practitionerRow);
    form->addRow(tr("Pa&per size:"), m_paperSize);
    // Extra height goes below the form, not between its rows.
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    setLogo({});
}

void PracticeDetailsWidget::setProfile(const PracticeProfile &profile) {
    const QSignalBlocker blockTable(m_practitioners);
    const QSignalBlocker blockPaper(m_paperSize);
    m_name->setText(profile.name);
    m_contactLine->setText(profile.contactLine);
    setLogo(profile.logoPng);
    m_logoError->setVisible(false);
    m_practitioners->setRowCount(0);
    for (const Practitioner &practitioner : profile.practitioners) {
        const int row = m_practitioners->rowCount();
        m_practitioners->insertRow(row);
        m_practitioners->setItem(row, 0, new QTableWidgetItem(practitioner.name));
        m_practitioners->setItem(row, 1, new QTableWidgetItem(practitioner.title));
    }
    m_paperSize->setCurrentIndex(m_paperSize->findData(PaperSizes::key(profile.paperSize)));
    updateButtons();
}

void PracticeDetailsWidget::applyTo(PracticeProfile &profile) const {
    profile.name = m_name->text().trimmed();
    profile.contactLine = m_contactLine->text().trimmed();
    profile.logoPng = m_logoPng;
    profile.practitioners.clear();
    for (int row = 0; row < m_practitioners->rowCount(); ++row) {
        const QTableWidgetItem *name = m_practitioners->item(row, 0);
        const QTableWidgetItem *title = m_practitioners->item(row, 1);
        profile.practitioners.append(
            {name ? name->text().trimmed() : QString(), title ? title->text().trimmed() : QString()});
    }
    profile.paperSize = PaperSizes::fromKey(m_paperSize->currentData().toString()).value_or(PaperSize::A4);
}

void PracticeDetailsWidget::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    m_name->setReadOnly(readOnly);
    m_contactLine->setReadOnly(readOnly);
    m_paperSize->setEnabled(!readOnly);
    m_practitioners->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                              : QAbstractItemView::AllEditTriggers);
    updateButtons();
}

bool PracticeDetailsWidget::setLogoFromFile(const QString &path) {
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        m_logoError->setText(tr("This file could not be read as an image. Choose a PNG or JPEG file."));
        m_logoError->setVisible(true);
        return false;
    }
    if (image.width() > MaxLogoSide || image.height() > MaxLogoSide)
        image = image.scaled(MaxLogoSide, MaxLogoSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    m_logoError->setVisible(false);
    setLogo(png);
    Q_EMIT changed();
    return true;
}

void PracticeDetailsWidget::chooseLogo() {
    const QString path = FileDialogs::openFile(this, QStringLiteral("logoFileDialog"), tr("Choose a logo"),
                                               {tr("Images (*.png *.jpg *.jpeg)")});
    if (!path.isEmpty())
        setLogoFromFile(path);
}

void PracticeDetailsWidget::setLogo(const QByteArray &png) {
    m_logoPng = png;
    QPixmap pixmap;
    if (!png.isEmpty() && pixmap.loadFromData(png, "PNG")) {
        m_logoPreview->setPixmap(pixmap.scaledToHeight(PreviewHeight, Qt::SmoothTransformation));
    } else {
        m_logoPreview->setPixmap({});
        m_logoPreview->setText(tr("No logo"));
    }
    updateButtons();
}

void PracticeDetailsWidget::addPractitioner() {
    const int row = m_practitioners->rowCount();
    {
        const QSignalBlocker block(m_practitioners);
        m_practitioners->insertRow(row);
        m_practitioners->setItem(row, 0, new QTableWidgetItem);
        m_practitioners->setItem(row, 1, new QTableWidgetItem);
    }
    m_practitioners->setCurrentCell(row, 0);
    m_practitioners->editItem(m_practitioners->item(row, 0));
    Q_EMIT changed();
}

void PracticeDetailsWidget::removePractitioner() {
    const int row = m_practitioners->currentRow();
    if (row < 0)
        return;
    m_practitioners->removeRow(row);
    updateButtons();
    Q_EMIT changed();
}

void PracticeDetailsWidget::movePractitioner(int delta) {
    const int row = m_practitioners->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_practitioners->rowCount())
        return;
    {
        const QSignalBlocker block(m_practitioners);
        for (int column = 0; column < 2; ++column) {
            QTableWidgetItem *moving = m_practitioners->takeItem(row, column);
            QTableWidgetItem *other = m_practitioners->takeItem(target, column);
            m_practitioners->setItem(target, column, moving);
            m_practitioners->setItem(row, column, other);
        }
    }
    m_practitioners->setCurrentCell(target, m_practitioners->currentColumn());
    Q_EMIT changed();
}

void PracticeDetailsWidget::updateButtons() {
    const int row = m_practitioners->currentRow();
    const bool selected = row >= 0 && !m_practitioners->selectedItems().isEmpty();
    m_chooseLogo->setEnabled(!m_readOnly);
    m_removeLogo->setEnabled(!m_readOnly && !m_logoPng.isEmpty());
    m_addPractitioner->setEnabled(!m_readOnly);
    m_removePractitioner->setEnabled(!m_readOnly && selected);
    m_upPractitioner->setEnabled(!m_readOnly && selected && row > 0);
    m_downPractitioner->setEnabled(!m_readOnly && selected && row < m_practitioners->rowCount() - 1);
}

} // namespace bk
