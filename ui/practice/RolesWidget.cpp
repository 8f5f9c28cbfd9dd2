// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/practice/RolesWidget.h"

#include <QFormLayout>
#include <QPlainTextEdit>

namespace bk {

RolesWidget::RolesWidget(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("rolesWidget"));
    m_practitionerRole =
        addEditor(QStringLiteral("practitionerRolePlainTextEdit"),
                  tr("What you do for your clients and what you hold yourself to, e.g. prepare each session, "
                     "keep appointments, work within your competence"),
                  tr("Your role and responsibilities as every agreement states them."));
    m_clientRole =
        addEditor(QStringLiteral("clientRolePlainTextEdit"),
                  tr("What you ask of your clients, e.g. come prepared and on time, cancel in good "
                     "time, do the agreed work between sessions"),
                  tr("What you expect of the client, as every agreement states it."));
    m_servicesOffered = addEditor(QStringLiteral("servicesOfferedPlainTextEdit"),
                                  tr("The services clients can expect from you"),
                                  tr("The scope of your services. Being clear about it early prevents "
                                     "misunderstandings later."));
    m_servicesNotOffered =
        addEditor(QStringLiteral("servicesNotOfferedPlainTextEdit"),
                  tr("What you do not offer and where clients can turn instead, e.g. crisis support or "
                     "medical advice"),
                  tr("What is outside your scope, and where clients can turn for it."));

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(tr("The &practitioner's role:"), m_practitionerRole);
    form->addRow(tr("The client's rol&e:"), m_clientRole);
    form->addRow(tr("Services &offered:"), m_servicesOffered);
    form->addRow(tr("Services no&t offered:"), m_servicesNotOffered);
}

QPlainTextEdit *RolesWidget::addEditor(const QString &name, const QString &placeholder,
                                       const QString &whatsThis) {
    auto *editor = new QPlainTextEdit(this);
    editor->setObjectName(name);
    editor->setPlaceholderText(placeholder);
    editor->setWhatsThis(whatsThis);
    editor->setTabChangesFocus(true);
    editor->setMinimumHeight(fontMetrics().height() * 4);
    connect(editor, &QPlainTextEdit::textChanged, this, &RolesWidget::changed);
    return editor;
}

void RolesWidget::setProfile(const PracticeProfile &profile) {
    const QSignalBlocker block(this);
    m_practitionerRole->setPlainText(profile.practitionerRole);
    m_clientRole->setPlainText(profile.clientRole);
    m_servicesOffered->setPlainText(profile.servicesOffered);
    m_servicesNotOffered->setPlainText(profile.servicesNotOffered);
}

void RolesWidget::applyTo(PracticeProfile &profile) const {
    profile.practitionerRole = m_practitionerRole->toPlainText().trimmed();
    profile.clientRole = m_clientRole->toPlainText().trimmed();
    profile.servicesOffered = m_servicesOffered->toPlainText().trimmed();
    profile.servicesNotOffered = m_servicesNotOffered->toPlainText().trimmed();
}

void RolesWidget::setReadOnly(bool readOnly) {
    for (QPlainTextEdit *editor : {m_practitionerRole, m_clientRole, m_servicesOffered, m_servicesNotOffered})
        editor->setReadOnly(readOnly);
}

} // namespace bk
