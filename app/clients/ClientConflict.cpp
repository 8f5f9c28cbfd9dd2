// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientConflict.h"

#include <QLocale>
#include <utility>

namespace bk {

namespace {

const QList<ClientConflict::Field> AllFields = {
    ClientConflict::Field::FullName,  ClientConflict::Field::PreferredName, ClientConflict::Field::Email,
    ClientConflict::Field::Phone,     ClientConflict::Field::Channel,       ClientConflict::Field::Status,
    ClientConflict::Field::StartDate, ClientConflict::Field::Notes,         ClientConflict::Field::Archived};

void copyField(ClientConflict::Field field, const Client &from, Client &to) {
    using Field = ClientConflict::Field;
    switch (field) {
    case Field::FullName:
        to.fullName = from.fullName;
        break;
    case Field::PreferredName:
        to.preferredName = from.preferredName;
        break;
    case Field::Email:
        to.email = from.email;
        break;
    case Field::Phone:
        to.phone = from.phone;
        break;
    case Field::Channel:
        to.preferredChannel = from.preferredChannel;
        break;
    case Field::Status:
        to.status = from.status;
        break;
    case Field::StartDate:
        to.startDate = from.startDate;
        break;
    case Field::Notes:
        to.notes = from.notes;
        break;
    case Field::Archived:
        to.archived = from.archived;
        break;
    }
}

} // namespace

ClientConflict::ClientConflict(Client opened, Client mine, Client theirs)
    : m_opened(std::move(opened))
    , m_mine(std::move(mine))
    , m_theirs(std::move(theirs)) {
    for (Field field : AllFields) {
        if (text(m_mine, field) != text(m_theirs, field))
            m_fields.append(field);
    }
}

QList<FieldConflict> ClientConflict::conflicts() const {
    QList<FieldConflict> conflicts;
    for (Field field : m_fields) {
        const QString before = text(m_opened, field);
        conflicts.append({label(field), text(m_theirs, field), text(m_mine, field),
                          text(m_mine, field) != before, text(m_theirs, field) != before});
    }
    return conflicts;
}

Client ClientConflict::combined(const QList<bool> &keepMine) const {
    Client client = m_theirs;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (keepMine.value(i))
            copyField(m_fields.at(i), m_mine, client);
    }
    return client;
}

QString ClientConflict::label(Field field) {
    switch (field) {
    case Field::FullName:
        return tr("Full name");
    case Field::PreferredName:
        return tr("Preferred name");
    case Field::Email:
        return tr("Email");
    case Field::Phone:
        return tr("Phone");
    case Field::Channel:
        return tr("Preferred channel");
    case Field::Status:
        return tr("Status");
    case Field::StartDate:
        return tr("Start date");
    case Field::Notes:
        return tr("Notes");
    case Field::Archived:
        return tr("Archived");
    }
    return {};
}

QString ClientConflict::text(const Client &client, Field field) {
    // Names and contact details are stored trimmed: surrounding spaces are no difference.
    switch (field) {
    case Field::FullName:
        return client.fullName.trimmed();
    case Field::PreferredName:
        return client.preferredName.trimmed();
    case Field::Email:
        return client.email.trimmed();
    case Field::Phone:
        return client.phone.trimmed();
    case Field::Channel:
        return client.preferredChannel ? ContactChannels::label(*client.preferredChannel)
                                       : tr("No preference");
    case Field::Status:
        return ClientStatuses::label(client.status);
    case Field::StartDate:
        return client.startDate.isValid() ? QLocale().toString(client.startDate, QLocale::LongFormat)
                                          : tr("Not known");
    case Field::Notes:
        return client.notes;
    case Field::Archived:
        return client.archived ? tr("Yes") : tr("No");
    }
    return {};
}

} // namespace bk
