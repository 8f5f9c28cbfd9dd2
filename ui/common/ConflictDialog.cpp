// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/common/ConflictDialog.h"

#include "ui/common/StatusPalette.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace bk {

namespace {

// A value as read-only, selectable plain text: notes can be long and hold anything.
QLabel *valueLabel(const QString &text, const QString &name, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    if (text.isEmpty()) {
        label->setText(ConflictDialog::tr("(empty)"));
        setStatusColor(label, StatusColors::Status::Muted);
    } else {
        label->setText(text);
    }
    return label;
}

} // namespace

ConflictDialog::ConflictDialog(const QString &record, const QList<FieldConflict> &fields, QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed elsewhere – %1").arg(record));

    auto *intro = new QLabel(
        tr("<b>%1</b> was saved by someone else after you opened it. Nothing of yours has been saved yet. "
           "Choose for each field which version to keep; saving stores the combination.")
            .arg(record.toHtmlEscaped()),
        this);
    intro->setObjectName(QStringLiteral("conflictIntroLabel"));
    intro->setWordWrap(true);

    auto *grid = new QWidget(this);
    auto *layout = new QGridLayout(grid);
    const auto header = [grid](const QString &text) {
        auto *label = new QLabel(text, grid);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        return label;
    };
    layout->addWidget(header(tr("Field")), 0, 0);
    layout->addWidget(header(tr("Saved elsewhere")), 0, 1);
    layout->addWidget(header(tr("Yours")), 0, 2);
    layout->addWidget(header(tr("Keep")), 0, 3);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const FieldConflict &field = fields.at(i);
        const int row = int(i) + 1;
        QString name = field.label;
        if (field.changedByMe && field.changedByThem)
            name = tr("%1\n(changed on both sides)").arg(field.label);
        auto *fieldLabel = new QLabel(name, grid);
        fieldLabel->setObjectName(QStringLiteral("field%1NameLabel").arg(i));
        fieldLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        layout->addWidget(fieldLabel, row, 0);
        layout->addWidget(valueLabel(field.theirs, QStringLiteral("field%1TheirsLabel").arg(i), grid), row,
                          1);
        layout->addWidget(valueLabel(field.mine, QStringLiteral("field%1MineLabel").arg(i), grid), row, 2);

        auto *theirs = new QRadioButton(tr("Theirs"), grid);
        theirs->setObjectName(QStringLiteral("field%1TakeTheirsRadioButton").arg(i));
        theirs->setToolTip(tr("Take the value saved elsewhere for %1").arg(field.label));
        auto *mine = new QRadioButton(tr("Mine"), grid);
        mine->setObjectName(QStringLiteral("field%1KeepMineRadioButton").arg(i));
        mine->setToolTip(tr("Keep your value for %1").arg(field.label));
        auto *group = new QButtonGroup(this);
        group->addButton(theirs, 0);
        group->addButton(mine, 1);
        // A field only the other side changed is theirs by default, so that both sides' edits survive.
        (field.changedByMe || !field.changedByThem ? mine : theirs)->setChecked(true);
        m_choices.append(group);
        auto *choice = new QWidget(grid);
        auto *choiceLayout = new QVBoxLayout(choice);
        choiceLayout->setContentsMargins(0, 0, 0, 0);
        choiceLayout->addWidget(mine);
        choiceLayout->addWidget(theirs);
        layout->addWidget(choice, row, 3, Qt::AlignTop);
    }
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(2, 1);
    layout->setRowStretch(int(fields.size()) + 1, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("conflictFieldsScrollArea"));
    scroll->setWidgetResizable(true);
    // Not a stop of its own: Tab goes to the controls inside, and the area scrolls to show each.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(grid);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("conflictButtonBox"));
    QPushButton *allMine = buttons->addButton(tr("Keep all &mine"), QDialogButtonBox::ActionRole);
    allMine->setObjectName(QStringLiteral("keepAllMinePushButton"));
    QPushButton *allTheirs = buttons->addButton(tr("Take all &theirs"), QDialogButtonBox::ActionRole);
    allTheirs->setObjectName(QStringLiteral("takeAllTheirsPushButton"));
    QPushButton *save = buttons->addButton(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveCombinationPushButton"));
    save->setToolTip(tr("Save the chosen values on top of the version saved elsewhere"));
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelPushButton"));
    connect(allMine, &QPushButton::clicked, this, &ConflictDialog::keepAllMine);
    connect(allTheirs, &QPushButton::clicked, this, &ConflictDialog::takeAllTheirs);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *outer = new QVBoxLayout(this);
    outer->addWidget(intro);
    outer->addWidget(scroll, 1);
    outer->addWidget(buttons);
    resize(720, 480);
}

QList<bool> ConflictDialog::keepMine() const {
    QList<bool> choices;
    for (const QButtonGroup *group : m_choices)
        choices.append(group->checkedId() == 1);
    return choices;
}

void ConflictDialog::keepAllMine() {
    setAll(true);
}

void ConflictDialog::takeAllTheirs() {
    setAll(false);
}

void ConflictDialog::setAll(bool mine) {
    for (QButtonGroup *group : std::as_const(m_choices))
        group->button(mine ? 1 : 0)->setChecked(true);
}

} // namespace bk
