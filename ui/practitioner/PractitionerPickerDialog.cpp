// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/practitioner/PractitionerPickerDialog.h"

#include "ui/common/StatusPalette.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bk {

namespace {
enum Column { NameColumn, LoginColumn, RoleColumn, ColumnCount };
}

PractitionerPickerDialog::PractitionerPickerDialog(const QString &title, const QString &question,
                                                   const QList<PractitionerAccount> &choices, QWidget *parent)
    : QDialog(parent)
    , m_choices(choices) {
    setObjectName(QStringLiteral("practitionerPickerDialog"));
    setWindowTitle(title);

    auto *questionLabel = new QLabel(question, this);
    questionLabel->setObjectName(QStringLiteral("pickerQuestionLabel"));
    questionLabel->setWordWrap(true);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("practitionerFilterLineEdit"));
    m_filter->setPlaceholderText(tr("Type a part of the name or sign-in"));
    m_filter->setAccessibleName(tr("Filter the practitioners"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    auto *filterLabel = new QLabel(tr("&Find:"), this);
    filterLabel->setBuddy(m_filter);

    m_table = new QTableWidget(int(choices.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("practitionerChoicesTableWidget"));
    m_table->setAccessibleName(tr("Practitioners to choose from"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Sign-in"), tr("Role")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int row = 0; row < choices.size(); ++row) {
        const PractitionerAccount &practitioner = choices.at(row);
        const QStringList cells{practitioner.displayName, practitioner.login,
                                PracticeRoles::label(practitioner.role)};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PractitionerPickerDialog::updateOk);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &QDialog::accept);

    m_none = new QLabel(tr("No practitioner matches."), this);
    m_none->setObjectName(QStringLiteral("noMatchLabel"));
    setStatusColor(m_none, StatusColors::Status::Muted);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("dialogButtonBox"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(questionLabel);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_none);
    layout->addWidget(m_buttons);
    resize(520, 320);

    connect(m_filter, &QLineEdit::textChanged, this, &PractitionerPickerDialog::applyFilter);
    applyFilter();
    m_filter->setFocus();
}

QString PractitionerPickerDialog::chosenLogin() const {
    const int row = m_table->currentRow();
    if (!m_table->selectionModel()->hasSelection() || row < 0 || row >= m_choices.size() ||
        m_table->isRowHidden(row))
        return {};
    return m_choices.at(row).login;
}

QString PractitionerPickerDialog::pick(QWidget *parent, const QString &title, const QString &question,
                                       const QList<PractitionerAccount> &choices) {
    PractitionerPickerDialog dialog(title, question, choices, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.chosenLogin() : QString();
}

void PractitionerPickerDialog::applyFilter() {
    const QString text = m_filter->text().trimmed();
    int firstVisible = -1;
    for (int row = 0; row < m_choices.size(); ++row) {
        const PractitionerAccount &practitioner = m_choices.at(row);
        const bool matches = practitioner.displayName.contains(text, Qt::CaseInsensitive) ||
                             practitioner.login.contains(text, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !matches);
        if (matches && firstVisible < 0)
            firstVisible = row;
    }
    m_none->setVisible(firstVisible < 0);
    // The selection stays on a row still shown, otherwise moves to the first one shown.
    if (chosenLogin().isEmpty()) {
        if (firstVisible >= 0)
            m_table->selectRow(firstVisible);
        else
            m_table->clearSelection();
    }
    updateOk();
}

void PractitionerPickerDialog::updateOk() {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosenLogin().isEmpty());
}

bool PractitionerPickerDialog::eventFilter(QObject *watched, QEvent *event) {
    // Up and down in the filter move through the list, so that typing, arrows and Enter pick someone.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            QApplication::sendEvent(m_table, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace bk
