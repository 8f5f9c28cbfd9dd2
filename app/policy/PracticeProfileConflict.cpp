// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/policy/PracticeProfileConflict.h"

#include <QLocale>
#include <utility>

namespace bk {

namespace {

using Field = PracticeProfileConflict::Field;

const QList<Field> AllFields = {Field::Name,
                                Field::ContactLine,
                                Field::Logo,
                                Field::Practitioners,
                                Field::PaperSize,
                                Field::PractitionerRole,
                                Field::ClientRole,
                                Field::ServicesOffered,
                                Field::ServicesNotOffered,
                                Field::TimeZone,
                                Field::Hours,
                                Field::Channels,
                                Field::ResponseTimes,
                                Field::EmergencyDefinition,
                                Field::EmergencyContact};

// Whether the part is the same in both, compared as stored (texts trimmed), not as shown: two logos of
// the same size are still two logos.
bool same(const PracticeProfile &a, const PracticeProfile &b, Field field) {
    switch (field) {
    case Field::Logo:
        return a.logoPng == b.logoPng;
    case Field::Practitioners: {
        if (a.practitioners.size() != b.practitioners.size())
            return false;
        for (qsizetype i = 0; i < a.practitioners.size(); ++i) {
            if (a.practitioners.at(i).name.trimmed() != b.practitioners.at(i).name.trimmed() ||
                a.practitioners.at(i).title.trimmed() != b.practitioners.at(i).title.trimmed())
                return false;
        }
        return true;
    }
    case Field::Hours:
        return a.hours == b.hours;
    case Field::Channels:
        for (ContactChannel channel : ContactChannels::all()) {
            const ChannelTerms x = a.channelTerms(channel);
            const ChannelTerms y = b.channelTerms(channel);
            if (x.allowed != y.allowed || x.responseTime.trimmed() != y.responseTime.trimmed() ||
                x.responseHours != y.responseHours)
                return false;
        }
        return true;
    default:
        return PracticeProfileConflict::text(a, field) == PracticeProfileConflict::text(b, field);
    }
}

void copyField(Field field, const PracticeProfile &from, PracticeProfile &to) {
    switch (field) {
    case Field::Name:
        to.name = from.name;
        break;
    case Field::ContactLine:
        to.contactLine = from.contactLine;
        break;
    case Field::Logo:
        to.logoPng = from.logoPng;
        break;
    case Field::Practitioners:
        to.practitioners = from.practitioners;
        break;
    case Field::PaperSize:
        to.paperSize = from.paperSize;
        break;
    case Field::PractitionerRole:
        to.practitionerRole = from.practitionerRole;
        break;
    case Field::ClientRole:
        to.clientRole = from.clientRole;
        break;
    case Field::ServicesOffered:
        to.servicesOffered = from.servicesOffered;
        break;
    case Field::ServicesNotOffered:
        to.servicesNotOffered = from.servicesNotOffered;
        break;
    case Field::TimeZone:
        to.timeZoneId = from.timeZoneId;
        break;
    case Field::Hours:
        to.hours = from.hours;
        break;
    case Field::Channels:
        to.channels = from.channels;
        break;
    case Field::ResponseTimes:
        to.responseTimes = from.responseTimes;
        break;
    case Field::EmergencyDefinition:
        to.emergencyDefinition = from.emergencyDefinition;
        break;
    case Field::EmergencyContact:
        to.emergencyContact = from.emergencyContact;
        break;
    }
}

} // namespace

PracticeProfileConflict::PracticeProfileConflict(PracticeProfile opened, PracticeProfile mine,
                                                 PracticeProfile theirs)
    : m_opened(std::move(opened))
    , m_mine(std::move(mine))
    , m_theirs(std::move(theirs)) {
    for (Field field : AllFields) {
        if (!same(m_mine, m_theirs, field))
            m_fields.append(field);
    }
}

QList<FieldConflict> PracticeProfileConflict::conflicts() const {
    QList<FieldConflict> conflicts;
    for (Field field : m_fields) {
        conflicts.append({label(field), text(m_theirs, field), text(m_mine, field),
                          !same(m_mine, m_opened, field), !same(m_theirs, m_opened, field)});
    }
    return conflicts;
}

PracticeProfile PracticeProfileConflict::combined(const QList<bool> &keepMine) const {
    PracticeProfile profile = m_theirs;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (keepMine.value(i))
            copyField(m_fields.at(i), m_mine, profile);
    }
    return profile;
}

QString PracticeProfileConflict::label(Field field) {
    switch (field) {
    case Field::Name:
        return tr("Practice name");
    case Field::ContactLine:
        return tr("Contact line");
    case Field::Logo:
        return tr("Logo");
    case Field::Practitioners:
        return tr("Practitioners");
    case Field::PaperSize:
        return tr("Paper size");
    case Field::PractitionerRole:
        return tr("Practitioner's role");
    case Field::ClientRole:
        return tr("Client's role");
    case Field::ServicesOffered:
        return tr("Services offered");
    case Field::ServicesNotOffered:
        return tr("Services not offered");
    case Field::TimeZone:
        return tr("Time zone");
    case Field::Hours:
        return tr("Working hours");
    case Field::Channels:
        return tr("Contact channels");
    case Field::ResponseTimes:
        return tr("Response times");
    case Field::EmergencyDefinition:
        return tr("What counts as an emergency");
    case Field::EmergencyContact:
        return tr("Emergency contact");
    }
    return {};
}

QString PracticeProfileConflict::text(const PracticeProfile &profile, Field field) {
    const QLocale locale;
    QStringList lines;
    switch (field) {
    case Field::Name:
        return profile.name.trimmed();
    case Field::ContactLine:
        return profile.contactLine.trimmed();
    case Field::Logo:
        return profile.logoPng.isEmpty()
                   ? tr("No logo")
                   : tr("A logo (%1)").arg(locale.formattedDataSize(profile.logoPng.size()));
    case Field::Practitioners:
        for (const Practitioner &person : profile.practitioners) {
            lines.append(person.title.trimmed().isEmpty()
                             ? person.name.trimmed()
                             : tr("%1, %2").arg(person.name.trimmed(), person.title.trimmed()));
        }
        return lines.join(QLatin1Char('\n'));
    case Field::PaperSize:
        return PaperSizes::label(profile.paperSize);
    case Field::PractitionerRole:
        return profile.practitionerRole.trimmed();
    case Field::ClientRole:
        return profile.clientRole.trimmed();
    case Field::ServicesOffered:
        return profile.servicesOffered.trimmed();
    case Field::ServicesNotOffered:
        return profile.servicesNotOffered.trimmed();
    case Field::TimeZone:
        return QString::fromUtf8(profile.timeZoneId);
    case Field::Hours:
        for (int weekday = Qt::Monday; weekday <= Qt::Sunday; ++weekday) {
            const WorkingDay day = profile.day(Qt::DayOfWeek(weekday));
            const QString name = locale.dayName(weekday);
            lines.append(day.open ? tr("%1 %2–%3")
                                        .arg(name, locale.toString(day.start, QLocale::ShortFormat),
                                             locale.toString(day.end, QLocale::ShortFormat))
                                  : tr("%1 closed").arg(name));
        }
        return lines.join(QLatin1Char('\n'));
    case Field::Channels:
        for (ContactChannel channel : ContactChannels::all()) {
            const ChannelTerms terms = profile.channelTerms(channel);
            if (!terms.allowed)
                lines.append(tr("%1: not used").arg(ContactChannels::label(channel)));
            else if (terms.responseTime.trimmed().isEmpty())
                lines.append(ContactChannels::label(channel));
            else
                lines.append(tr("%1: %2").arg(ContactChannels::label(channel), terms.responseTime.trimmed()));
        }
        return lines.join(QLatin1Char('\n'));
    case Field::ResponseTimes:
        return profile.responseTimes.trimmed();
    case Field::EmergencyDefinition:
        return profile.emergencyDefinition.trimmed();
    case Field::EmergencyContact:
        return profile.emergencyContact.trimmed();
    }
    return {};
}

} // namespace bk
