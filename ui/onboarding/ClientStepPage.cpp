// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/onboarding/ClientStepPage.h"

#include "app/clients/ClientService.h"
#include "app/clients/ClientTableModel.h"
#include "ui/clients/ClientFormWidget.h"
#include "ui/onboarding/OnboardingWizard.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace bk {

ClientStepPage::ClientStepPage(OnboardingWizard *wizard)
    : OnboardingPage(wizard, tr("Client"),
                     tr("Who is the agreement with? Choose a client from your register or add a new one."))
    , m_model(new ClientTableModel(wizard->database(), this)) {
    setObjectName(QStringLiteral("clientStepPage"));

    m_existing = new QRadioButton(tr("An &existing client"), this);
    m_existing->setObjectName(QStringLiteral("existingClientRadioButton"));
    m_existing->setWhatsThis(
        tr("Make the agreement with someone already in your register. A client who has an agreement or a "
           "draft is asked about first."));
    m_new = new QRadioButton(tr("A ne&w client"), this);
    m_new->setObjectName(QStringLiteral("newClientRadioButton"));
    m_new->setWhatsThis(tr(
        "Add the client here, with the same checks as the client form, and make the agreement with them."));
    auto *group = new QButtonGroup(this);
    group->addButton(m_existing);
    group->addButton(m_new);
    m_existing->setChecked(true);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("clientSearchLineEdit"));
    m_search->setWhatsThis(
        tr("Type part of the client's name, email address or phone number to find them in your register."));
    m_search->setPlaceholderText(tr("Search name, email or phone"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search clients"));
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &ClientStepPage::applySearch);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("clientsTableView"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Clients"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int column = 0; column < ClientTableModel::ColumnCount; ++column) {
        const bool shown =
            column == ClientTableModel::NameColumn || column == ClientTableModel::EmailColumn ||
            column == ClientTableModel::StatusColumn || column == ClientTableModel::AgreementColumn;
        m_table->setColumnHidden(column, !shown);
    }
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_table->horizontalHeader()->resizeSection(ClientTableModel::NameColumn, 18 * em);
    m_table->horizontalHeader()->resizeSection(ClientTableModel::EmailColumn, 18 * em);
    m_table->horizontalHeader()->resizeSection(ClientTableModel::StatusColumn, 8 * em);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QWizardPage::completeChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QWizardPage::completeChanged);
    // Enter or a double click on a client goes on, as a person expects from a list they choose from.
    connect(m_table, &QAbstractItemView::activated, this, [this] {
        if (isComplete())
            onboarding()->next();
    });

    auto *existingPage = new QWidget(this);
    auto *existingLayout = new QVBoxLayout(existingPage);
    existingLayout->setContentsMargins(0, 0, 0, 0);
    existingLayout->addWidget(m_search);
    existingLayout->addWidget(m_table, 1);

    m_form = new ClientFormWidget;
    auto *formScroll = new QScrollArea(this);
    formScroll->setWidgetResizable(true);
    // Not a stop of its own: Tab goes to the controls inside, and the area scrolls to show each.
    formScroll->setFocusPolicy(Qt::NoFocus);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setWidget(m_form);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("clientChoiceStackedWidget"));
    m_stack->addWidget(existingPage);
    m_stack->addWidget(formScroll);
    connect(m_new, &QRadioButton::toggled, this, [this](bool isNew) {
        m_stack->setCurrentIndex(isNew ? 1 : 0);
        Q_EMIT completeChanged();
    });

    m_error = ClientFormWidget::makeErrorLabel(this, QStringLiteral("clientStepErrorLabel"));

    auto *choice = new QHBoxLayout;
    choice->addWidget(m_existing);
    choice->addSpacing(16);
    choice->addWidget(m_new);
    choice->addStretch(1);
    contentLayout()->addLayout(choice);
    contentLayout()->addWidget(m_stack, 1);
    contentLayout()->addWidget(m_error);
}

void ClientStepPage::setNewClient(bool newClient) {
    (newClient ? m_new : m_existing)->setChecked(true);
}

void ClientStepPage::initializePage() {
    OnboardingPage::initializePage();
    // Typing starts where the choice needs it: the search, or the new client's name.
    if (m_new->isChecked())
        m_form->focusFirstField();
    else
        m_search->setFocus(Qt::OtherFocusReason);
}

void ClientStepPage::applySearch() {
    m_searchTimer->stop();
    ClientFilter filter;
    filter.search = m_search->text().trimmed();
    m_model->setFilter(filter);
}

qint64 ClientStepPage::selectedClientId() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const Client *client = m_model->clientAt(rows.first().row());
    return client ? client->id : 0;
}

bool ClientStepPage::isComplete() const {
    return m_new->isChecked() || selectedClientId() != 0;
}

bool ClientStepPage::validatePage() {
    m_error->setVisible(false);
    qint64 clientId = selectedClientId();
    if (m_new->isChecked()) {
        if (!m_form->validate())
            return false;
        const ClientService clients(onboarding()->database());
        Client client = m_form->client();
        Status saved;
        if (m_addedClientId != 0) {
            // Saved at the version this page wrote last: a change made elsewhere since is refused, not lost.
            client.id = m_addedClientId;
            if (const Result<int> updated = clients.update(client); updated) {
                client.rowVersion = updated.value();
                m_form->setClient(client);
            } else {
                saved = updated.error();
            }
        } else if (Result<qint64> added = clients.add(client); added) {
            m_addedClientId = added.value();
            client.id = m_addedClientId;
            if (const Result<Client> stored = clients.get(m_addedClientId); stored)
                client.rowVersion = stored.value().rowVersion;
            m_form->setClient(client);
        } else {
            saved = added.error();
        }
        if (!saved) {
            m_error->setText(tr("The client was not saved. %1").arg(saved.error().message));
            m_error->setVisible(true);
            return false;
        }
        clientId = m_addedClientId;
    }
    if (Status chosen = onboarding()->chooseClient(clientId); !chosen) {
        m_error->setText(chosen.error().message);
        m_error->setVisible(true);
        return false;
    }
    return OnboardingPage::validatePage();
}

} // namespace bk
