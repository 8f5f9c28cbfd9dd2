// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/PracticeRepository.h"

#include "app/common/Clock.h"
#include "app/storage/Database.h"
#include "app/storage/MetaRepository.h"
#include "app/storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace bk {

namespace {

// lupdate files these messages under "PracticeRepository", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(PracticeRepository)
};

const QString SetupKey = QStringLiteral("first_run_setup");

int minutesOf(const QTime &time) {
    return time.isValid() ? time.hour() * 60 + time.minute() : 0;
}

QTime timeOf(int minutes) {
    return minutes >= 0 && minutes < 24 * 60 ? QTime(minutes / 60, minutes % 60) : QTime(23, 59);
}

} // namespace

JoinedRead PracticeRepository::rowVersionRead() {
    return {QString(),
            QStringLiteral("(SELECT row_version FROM practice_profile WHERE id = 1) AS saved_profile"), 1};
}

int PracticeRepository::rowVersionFrom(const QSqlQuery &query, int first) {
    return int(query.value(first).toLongLong());
}

Result<bool> PracticeRepository::hasSavedProfile() const {
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT count(*) FROM practice_profile"));
    if (!query.exec() || !query.next())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the practice profile"));
    return query.value(0).toLongLong() > 0;
}

Result<PracticeProfile> PracticeRepository::load() const {
    const QString reading = Tr::tr("reading the practice profile");
    // Kept statements: every incident logged reads the terms (IncidentService::termsForClient()).
    const KeptQuery kept = m_db.prepareKept(QStringLiteral(
        "SELECT name, contact_line, logo_png, practitioner_role, client_role, services_offered, "
        "services_not_offered, time_zone, response_times, emergency_definition, emergency_contact, "
        "paper_size, row_version "
        "FROM practice_profile WHERE id = 1"));
    QSqlQuery &query = *kept;
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), reading);
    if (!query.next())
        return PracticeProfile::defaults();

    PracticeProfile profile;
    profile.name = query.value(0).toString();
    profile.contactLine = query.value(1).toString();
    profile.logoPng = query.value(2).toByteArray();
    profile.practitionerRole = query.value(3).toString();
    profile.clientRole = query.value(4).toString();
    profile.servicesOffered = query.value(5).toString();
    profile.servicesNotOffered = query.value(6).toString();
    profile.timeZoneId = query.value(7).toString().toUtf8();
    profile.responseTimes = query.value(8).toString();
    profile.emergencyDefinition = query.value(9).toString();
    profile.emergencyContact = query.value(10).toString();
    profile.paperSize = PaperSizes::fromKey(query.value(11).toString()).value_or(PaperSize::A4);
    profile.rowVersion = query.value(12).toInt();
    query.finish();

    const KeptQuery keptPeople =
        m_db.prepareKept(QStringLiteral("SELECT name, title FROM practice_practitioners ORDER BY position"));
    QSqlQuery &people = *keptPeople;
    if (!people.exec())
        return m_db.errorFrom(people.lastError(), reading);
    while (people.next())
        profile.practitioners.append({people.value(0).toString(), people.value(1).toString()});

    const KeptQuery keptHours = m_db.prepareKept(
        QStringLiteral("SELECT weekday, open, start_minute, end_minute FROM practice_hours"));
    QSqlQuery &hours = *keptHours;
    if (!hours.exec())
        return m_db.errorFrom(hours.lastError(), reading);
    while (hours.next()) {
        const int weekday = hours.value(0).toInt();
        if (weekday < Qt::Monday || weekday > Qt::Sunday)
            continue;
        const bool open = hours.value(1).toInt() != 0;
        profile.setDay(Qt::DayOfWeek(weekday),
                       open ? WorkingDay{true, timeOf(hours.value(2).toInt()), timeOf(hours.value(3).toInt())}
                            : WorkingDay{});
    }

    const KeptQuery keptChannels = m_db.prepareKept(
        QStringLiteral("SELECT channel, allowed, response_time, response_hours FROM practice_channels"));
    QSqlQuery &channels = *keptChannels;
    if (!channels.exec())
        return m_db.errorFrom(channels.lastError(), reading);
    QList<ChannelTerms> stored;
    while (channels.next()) {
        if (const auto channel = ContactChannels::fromKey(channels.value(0).toString())) {
            stored.append({*channel, channels.value(1).toInt() != 0, channels.value(2).toString(),
                           int(channels.value(3).toLongLong())});
        }
    }
    // Always one entry per channel in the documented order, whatever the table holds.
    for (ContactChannel channel : ContactChannels::all()) {
        ChannelTerms terms{channel, false, QString(), 0};
        for (const ChannelTerms &candidate : stored) {
            if (candidate.channel == channel)
                terms = candidate;
        }
        profile.channels.append(terms);
    }
    return profile;
}

Status PracticeRepository::save(const PracticeProfile &profile) const {
    const QString saving = Tr::tr("saving the practice profile");
    return m_db.transaction([&]() -> Status {
        QSqlQuery query = m_db.prepare(QStringLiteral(
            "INSERT INTO practice_profile (id, name, contact_line, logo_png, practitioner_role, client_role, "
            "services_offered, services_not_offered, time_zone, response_times, emergency_definition, "
            "emergency_contact, paper_size, updated_at) VALUES (1, :name, :contact_line, :logo, "
            ":practitioner_role, :client_role, :offered, :not_offered, :time_zone, :response_times, "
            ":emergency_definition, :emergency_contact, :paper_size, :now) ON CONFLICT (id) DO UPDATE SET "
            "name = excluded.name, contact_line = excluded.contact_line, logo_png = excluded.logo_png, "
            "practitioner_role = excluded.practitioner_role, client_role = excluded.client_role, "
            "services_offered = excluded.services_offered, "
            "services_not_offered = excluded.services_not_offered, time_zone = excluded.time_zone, "
            "response_times = excluded.response_times, "
            "emergency_definition = excluded.emergency_definition, "
            "emergency_contact = excluded.emergency_contact, paper_size = excluded.paper_size, "
            "updated_at = excluded.updated_at, row_version = practice_profile.row_version + 1 "
            // Conditional on the version the profile was read at (0: none saved yet), so that a save never
            // overwrites one made since.
            "WHERE practice_profile.row_version = :row_version RETURNING row_version"));
        query.bindValue(QStringLiteral(":name"), SqlValues::text(profile.name.trimmed()));
        query.bindValue(QStringLiteral(":contact_line"), SqlValues::text(profile.contactLine.trimmed()));
        // A null QByteArray binds as SQL NULL: no logo.
        query.bindValue(QStringLiteral(":logo"), profile.logoPng.isEmpty()
                                                     ? QVariant(QMetaType::fromType<QByteArray>())
                                                     : QVariant(profile.logoPng));
        query.bindValue(QStringLiteral(":practitioner_role"),
                        SqlValues::text(profile.practitionerRole.trimmed()));
        query.bindValue(QStringLiteral(":client_role"), SqlValues::text(profile.clientRole.trimmed()));
        query.bindValue(QStringLiteral(":offered"), SqlValues::text(profile.servicesOffered.trimmed()));
        query.bindValue(QStringLiteral(":not_offered"),
                        SqlValues::text(profile.servicesNotOffered.trimmed()));
        query.bindValue(QStringLiteral(":time_zone"), QString::fromUtf8(profile.timeZoneId));
        query.bindValue(QStringLiteral(":response_times"), SqlValues::text(profile.responseTimes.trimmed()));
        query.bindValue(QStringLiteral(":emergency_definition"),
                        SqlValues::text(profile.emergencyDefinition.trimmed()));
        query.bindValue(QStringLiteral(":emergency_contact"),
                        SqlValues::text(profile.emergencyContact.trimmed()));
        query.bindValue(QStringLiteral(":paper_size"), PaperSizes::key(profile.paperSize));
        query.bindValue(QStringLiteral(":now"), SqlValues::fromUtc(Clock::nowUtc()));
        query.bindValue(QStringLiteral(":row_version"), profile.rowVersion);
        const Result<qint64> version = m_db.execReturningId(query, saving);
        if (!version)
            return version.error();
        if (version.value() == 0)
            return Error{Error::Kind::Stale,
                         Tr::tr("The practice profile was changed elsewhere after it was read.")};

        for (const QString &table : {QStringLiteral("practice_practitioners"),
                                     QStringLiteral("practice_hours"), QStringLiteral("practice_channels")}) {
            QSqlQuery clear = m_db.prepare(QStringLiteral("DELETE FROM ") + table);
            if (!clear.exec())
                return m_db.errorFrom(clear.lastError(), saving);
        }

        QSqlQuery person = m_db.prepare(QStringLiteral(
            "INSERT INTO practice_practitioners (position, name, title) VALUES (:position, :name, :title)"));
        for (qsizetype i = 0; i < profile.practitioners.size(); ++i) {
            person.bindValue(QStringLiteral(":position"), int(i));
            person.bindValue(QStringLiteral(":name"), profile.practitioners.at(i).name.trimmed());
            person.bindValue(QStringLiteral(":title"),
                             SqlValues::text(profile.practitioners.at(i).title.trimmed()));
            if (!person.exec())
                return m_db.errorFrom(person.lastError(), saving);
        }

        QSqlQuery hours = m_db.prepare(QStringLiteral(
            "INSERT INTO practice_hours (weekday, open, start_minute, end_minute) VALUES (:weekday, :open, "
            ":start, :end)"));
        for (int weekday = Qt::Monday; weekday <= Qt::Sunday; ++weekday) {
            const WorkingDay day = profile.day(Qt::DayOfWeek(weekday));
            hours.bindValue(QStringLiteral(":weekday"), weekday);
            hours.bindValue(QStringLiteral(":open"), day.open);
            hours.bindValue(QStringLiteral(":start"), day.open ? minutesOf(day.start) : 0);
            hours.bindValue(QStringLiteral(":end"), day.open ? minutesOf(day.end) : 0);
            if (!hours.exec())
                return m_db.errorFrom(hours.lastError(), saving);
        }

        QSqlQuery channel = m_db.prepare(QStringLiteral("INSERT INTO practice_channels (channel, allowed, "
                                                        "response_time, response_hours) VALUES (:channel, "
                                                        ":allowed, :response_time, :response_hours)"));
        for (ContactChannel each : ContactChannels::all()) {
            const ChannelTerms terms = profile.channelTerms(each);
            channel.bindValue(QStringLiteral(":channel"), ContactChannels::key(each));
            channel.bindValue(QStringLiteral(":allowed"), terms.allowed);
            channel.bindValue(QStringLiteral(":response_time"),
                              SqlValues::text(terms.responseTime.trimmed()));
            channel.bindValue(QStringLiteral(":response_hours"), terms.responseHours);
            if (!channel.exec())
                return m_db.errorFrom(channel.lastError(), saving);
        }
        return {};
    });
}

Result<SetupState> PracticeRepository::setupState() const {
    const Result<QString> value = MetaRepository(m_db).value(SetupKey);
    if (!value.ok())
        return value.error();
    if (value.value() == QLatin1String("done"))
        return SetupState::Done;
    if (value.value() == QLatin1String("skipped"))
        return SetupState::Skipped;
    return SetupState::NotDone;
}

Status PracticeRepository::setSetupState(SetupState state) const {
    QString value;
    switch (state) {
    case SetupState::NotDone:
        value = QStringLiteral("not_done");
        break;
    case SetupState::Done:
        value = QStringLiteral("done");
        break;
    case SetupState::Skipped:
        value = QStringLiteral("skipped");
        break;
    }
    return MetaRepository(m_db).setValue(SetupKey, value);
}

} // namespace bk
