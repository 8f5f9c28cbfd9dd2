// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/audit/ActivityDialog.h"

#include "app/audit/AuditEventModel.h"
#include "app/common/Clock.h"
#include "app/practitioner/PractitionerService.h"
#include "ui/help/ContextHelp.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace bk {

ActivityDialog::ActivityDialog(OpenPractice practice, QWidget *parent)
    : QDialog(parent)
    , m_db(practice)
    , m_model(new AuditEventModel(practice, this)) {
    setObjectName(QStringLiteral("activityDialog"));
    ContextHelp::setTopic(this, HelpTopic::VerifyRecords);
    setWindowTitle(tr("Activity"));

    m_who = new QComboBox(this);
    m_who->setObjectName(QStringLiteral("activityWhoComboBox"));
    m_who->addItem(tr("Anyone"), qint64(0));
    if (const auto practitioners = PractitionerService(practice).list(); practitioners) {
        for (const PractitionerAccount &account : practitioners.value())
            m_who->addItem(account.shownName(), account.id);
    }
    m_what = new QComboBox(this);
    m_what->setObjectName(QStringLiteral("activityWhatComboBox"));
    m_what->addItem(tr("Any change"), QString());
    for (const QString &action : {QStringLiteral("insert"), QStringLiteral("update"),
                                  QStringLiteral("delete"), QStringLiteral("baseline")})
        m_what->addItem(AuditEventModel::actionLabel(action), action);
    m_table = new QComboBox(this);
    m_table->setObjectName(QStringLiteral("activityTableComboBox"));
    m_table->addItem(tr("Any record"), QString());
    for (const QString &table : m_model->tables())
        m_table->addItem(table, table);
    m_record = new QLineEdit(this);
    m_record->setObjectName(QStringLiteral("activityRecordLineEdit"));
    m_record->setPlaceholderText(tr("Any"));
    m_period = new QCheckBox(tr("From"), this);
    m_period->setObjectName(QStringLiteral("activityPeriodCheckBox"));
    const QDate today = Clock::todayLocal();
    m_from = new QDateEdit(today.addMonths(-1), this);
    m_from->setObjectName(QStringLiteral("activityFromDateEdit"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(today, this);
    m_from->setAccessibleName(tr("First day of the period"));
    m_to->setAccessibleName(tr("Last day of the period"));
    m_to->setObjectName(QStringLiteral("activityToDateEdit"));
    m_to->setCalendarPopup(true);
    m_from->setEnabled(false);
    m_to->setEnabled(false);

    auto *period = new QHBoxLayout;
    period->addWidget(m_period);
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addStretch();
    auto *filters = new QFormLayout;
    filters->addRow(tr("&Who:"), m_who);
    filters->addRow(tr("W&hat:"), m_what);
    filters->addRow(tr("&Kind of record:"), m_table);
    filters->addRow(tr("&Record number:"), m_record);
    filters->addRow(tr("Period:"), period);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("activityTableView"));
    m_view->setAccessibleName(tr("Activity"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("activityErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(720, 520);

    connect(m_who, &QComboBox::currentIndexChanged, this, &ActivityDialog::applyFilter);
    connect(m_what, &QComboBox::currentIndexChanged, this, &ActivityDialog::applyFilter);
    connect(m_table, &QComboBox::currentIndexChanged, this, &ActivityDialog::applyFilter);
    connect(m_record, &QLineEdit::textChanged, this, &ActivityDialog::applyFilter);
    connect(m_period, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &ActivityDialog::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &ActivityDialog::applyFilter);
    connect(m_view, &QTableView::activated, this, &ActivityDialog::openEvent);
}

void ActivityDialog::applyFilter() {
    AuditFilter filter;
    filter.practitionerId = m_who->currentData().toLongLong();
    filter.action = m_what->currentData().toString();
    filter.table = m_table->currentData().toString();
    filter.record = m_record->text().trimmed();
    if (m_period->isChecked()) {
        // Whole local days, the last one included.
        filter.from = m_from->date().startOfDay().toUTC();
        filter.to = m_to->date().addDays(1).startOfDay().toUTC();
    }
    m_model->setFilter(filter);
    m_error->setText(m_model->lastError());
    m_error->setVisible(!m_model->lastError().isEmpty());
}

void ActivityDialog::openEvent(const QModelIndex &index) {
    const QString table = index.data(AuditEventModel::TableRole).toString();
    bool isNumber = false;
    const qint64 id = index.data(AuditEventModel::RecordRole).toString().toLongLong(&isNumber);
    if (!isNumber)
        return;
    if (table == QLatin1String("clients"))
        Q_EMIT clientRequested(id);
    else if (table == QLatin1String("incidents"))
        Q_EMIT incidentRequested(id);
}

} // namespace bk
