// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/practitioner/PractitionersDialog.h"

#include "app/common/ChangeNotifier.h"
#include "app/practitioner/PractitionerService.h"
#include "ui/clients/ClientFormWidget.h"
#include "ui/common/MessageBox.h"
#include "ui/common/StatusPalette.h"
#include "ui/practitioner/AddPractitionerDialog.h"
#include "ui/practitioner/PractitionerPickerDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bk {

namespace {
enum Column { NameColumn, LoginColumn, RoleColumn, ActiveColumn, ColumnCount };
const QString PractitionersTable = QStringLiteral("practitioners");
} // namespace

PractitionersDialog::PractitionersDialog(OpenPractice database, QWidget *parent)
    : QDialog(parent)
    , m_db(database) {
    setObjectName(QStringLiteral("practitionersDialog"));
    setWindowTitle(tr("Practitioners"));

    // Only an owner changes anything; the service's refusal says why to everyone else.
    const PractitionerService practitioners(m_db);
    const Status allowed = practitioners.checkOwnerOnServer(tr("managing practitioners"));
    if (const Result<PractitionerAccount> me = practitioners.signedIn())
        m_me = me.value().id;
    m_mayChange = allowed.ok() && !m_db.isReadOnly();
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("practitionersNoteLabel"));
    m_note->setWordWrap(true);
    setStatusColor(m_note, StatusColors::Status::Muted);
    if (!allowed)
        m_note->setText(allowed.error().message + QLatin1Char(' ') +
                        tr("You can see who works in the practice and their roles."));
    else if (m_db.isReadOnly())
        m_note->setText(tr("The practice is open read-only: you can see the practitioners, but not change "
                           "them."));
    else
        m_note->setText(tr("Everyone here signs in to the practice server as themselves. An owner sees and "
                           "changes everything; a practitioner works with their own clients and those "
                           "shared with them; an administrator looks after the practice without seeing "
                           "any client."));

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("practitionersTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Sign-in"), tr("Role"), tr("Active")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Practitioners"));
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PractitionersDialog::showSelected);

    m_add = new QPushButton(tr("&Add practitioner…"), this);
    m_add->setObjectName(QStringLiteral("addPractitionerPushButton"));
    m_add->setEnabled(m_mayChange);
    connect(m_add, &QPushButton::clicked, this, &PractitionersDialog::addPractitioner);

    auto *roleLabel = new QLabel(tr("&Role of the selected practitioner:"), this);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleComboBox"));
    AddPractitionerDialog::addRoles(m_role);
    roleLabel->setBuddy(m_role);
    m_changeRole = new QPushButton(tr("Change r&ole"), this);
    m_changeRole->setObjectName(QStringLiteral("changeRolePushButton"));
    connect(m_changeRole, &QPushButton::clicked, this, &PractitionersDialog::changeRole);
    connect(m_role, &QComboBox::currentIndexChanged, this, &PractitionersDialog::updateButtons);

    m_deactivate = new QPushButton(tr("&Deactivate…"), this);
    m_deactivate->setObjectName(QStringLiteral("deactivatePushButton"));
    m_deactivate->setToolTip(tr("For someone who leaves the practice: they can no longer sign in, and their "
                                "records keep their name"));
    connect(m_deactivate, &QPushButton::clicked, this, &PractitionersDialog::deactivate);
    m_reactivate = new QPushButton(tr("R&eactivate"), this);
    m_reactivate->setObjectName(QStringLiteral("reactivatePushButton"));
    m_reactivate->setToolTip(tr("Let the selected practitioner sign in again, in the role they had"));
    connect(m_reactivate, &QPushButton::clicked, this, &PractitionersDialog::reactivate);

    m_problem = ClientFormWidget::makeErrorLabel(this, QStringLiteral("practitionersProblemLabel"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("dialogButtonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *roleRow = new QHBoxLayout;
    roleRow->addWidget(roleLabel);
    roleRow->addWidget(m_role, 1);
    roleRow->addWidget(m_changeRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    auto *manageRow = new QHBoxLayout;
    manageRow->addWidget(m_add);
    manageRow->addStretch();
    manageRow->addWidget(m_deactivate);
    manageRow->addWidget(m_reactivate);
    layout->addLayout(manageRow);
    layout->addLayout(roleRow);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(640, 420);

    // Another desktop adding a practitioner or changing a role shows here at once.
    connect(m_db.notifier(), &ChangeNotifier::changed, this, [this](const QString &table) {
        if (table == PractitionersTable)
            reload();
    });
    reload();
}

void PractitionersDialog::reload() {
    const QString login = selected() ? selected()->login : QString();
    const Result<QList<PractitionerAccount>> practitioners = PractitionerService(m_db).list();
    m_practitioners = practitioners ? practitioners.value() : QList<PractitionerAccount>();
    if (!practitioners) {
        m_problem->setText(practitioners.error().message);
        m_problem->setVisible(true);
    }
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_practitioners.size()));
    for (int row = 0; row < m_practitioners.size(); ++row) {
        const PractitionerAccount &practitioner = m_practitioners.at(row);
        const QStringList cells{practitioner.id == m_me ? tr("%1 (you)").arg(practitioner.displayName)
                                                        : practitioner.displayName,
                                practitioner.login, PracticeRoles::label(practitioner.role),
                                practitioner.active ? tr("Yes") : tr("No")};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    select(login);
}

void PractitionersDialog::select(const QString &login) {
    for (int row = 0; row < m_practitioners.size(); ++row) {
        if (m_practitioners.at(row).login == login) {
            m_table->selectRow(row);
            break;
        }
    }
    showSelected();
}

const PractitionerAccount *PractitionersDialog::selected() const {
    const int row = m_table->currentRow();
    return m_table->selectionModel()->hasSelection() && row >= 0 && row < m_practitioners.size()
               ? &m_practitioners.at(row)
               : nullptr;
}

void PractitionersDialog::showSelected() {
    if (const PractitionerAccount *practitioner = selected()) {
        const QSignalBlocker blocker(m_role);
        m_role->setCurrentIndex(m_role->findData(PracticeRoles::key(practitioner->role)));
    }
    m_role->setEnabled(m_mayChange && selected());
    updateButtons();
}

void PractitionersDialog::updateButtons() {
    const PractitionerAccount *practitioner = selected();
    m_changeRole->setEnabled(m_mayChange && practitioner &&
                             m_role->currentData().toString() != PracticeRoles::key(practitioner->role));
    m_deactivate->setEnabled(m_mayChange && practitioner && practitioner->active && practitioner->id != m_me);
    m_reactivate->setEnabled(m_mayChange && practitioner && !practitioner->active);
}

void PractitionersDialog::showProblem(const Status &status) {
    m_problem->setVisible(!status);
    if (!status)
        m_problem->setText(status.error().message);
}

void PractitionersDialog::addPractitioner() {
    m_problem->setVisible(false);
    AddPractitionerDialog dialog(m_db, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    select(dialog.addedLogin());
}

void PractitionersDialog::changeRole() {
    m_problem->setVisible(false);
    const std::optional<PracticeRole> role = PracticeRoles::fromKey(m_role->currentData().toString());
    const PractitionerAccount *practitioner = selected();
    if (!role || !practitioner)
        return;
    showProblem(PractitionerService(m_db).setRole(practitioner->login, *role));
    reload();
}

void PractitionersDialog::deactivate() {
    m_problem->setVisible(false);
    const PractitionerAccount *selectedOne = selected();
    if (!selectedOne)
        return;
    const PractitionerAccount leaving = *selectedOne;
    const PractitionerService practitioners(m_db);
    const Result<int> clients = practitioners.responsibleCount(leaving.login);
    if (!clients)
        return showProblem(clients.error());
    const QString title = tr("Deactivate %1").arg(leaving.shownName());
    const QString consequence =
        tr("%1 will no longer be able to sign in; their records keep their name.").arg(leaving.shownName());
    QString successor;
    if (clients.value() > 0) {
        // No client is left without an active responsible practitioner: someone takes them all over.
        const Result<QList<PractitionerAccount>> working = practitioners.working();
        if (!working)
            return showProblem(working.error());
        QList<PractitionerAccount> choices = working.value();
        choices.removeIf([&leaving](const PractitionerAccount &p) { return p.id == leaving.id; });
        if (choices.isEmpty())
            return showProblem(Error{Error::Kind::Invalid,
                                     tr("%1 is responsible for %n client(s), and there is nobody else to "
                                        "take them over. Add a practitioner first.",
                                        nullptr, clients.value())
                                         .arg(leaving.shownName())});
        successor = PractitionerPickerDialog::pick(
            this, title,
            tr("%1 is responsible for %n client(s). Who takes them over?", nullptr, clients.value())
                    .arg(leaving.shownName()) +
                QLatin1Char(' ') + consequence,
            choices);
        if (successor.isEmpty())
            return;
    } else if (MessageBox::confirm(this, title, consequence, tr("Deactivate"), MessageBox::Kind::Warning,
                                   true) != MessageBox::Answer::Confirmed) {
        return;
    }
    showProblem(practitioners.deactivate(leaving.login, successor));
    reload();
}

void PractitionersDialog::reactivate() {
    m_problem->setVisible(false);
    if (const PractitionerAccount *practitioner = selected())
        showProblem(PractitionerService(m_db).reactivate(practitioner->login));
    reload();
}

} // namespace bk
