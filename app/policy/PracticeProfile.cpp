// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/policy/PracticeProfile.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace bk {

namespace {

// lupdate files these messages under "PracticeProfile", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(PracticeProfile)
};

QString text(const char *source) {
    return QCoreApplication::translate("DefaultPractice", source);
}

// Largest logo kept in the database; a logo is printed small, so this leaves ample room.
constexpr qsizetype MaxLogoBytes = 2 * 1024 * 1024;

} // namespace

namespace PaperSizes {

QString key(PaperSize size) {
    return size == PaperSize::UsLetter ? QStringLiteral("us_letter") : QStringLiteral("a4");
}

std::optional<PaperSize> fromKey(const QString &text) {
    if (text == QLatin1String("a4"))
        return PaperSize::A4;
    if (text == QLatin1String("us_letter"))
        return PaperSize::UsLetter;
    return std::nullopt;
}

QString label(PaperSize size) {
    return size == PaperSize::UsLetter ? QCoreApplication::translate("PaperSize", "US Letter")
                                       : QCoreApplication::translate("PaperSize", "A4");
}

PaperSize forSystemLocale() {
    return QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? PaperSize::UsLetter
                                                                              : PaperSize::A4;
}

} // namespace PaperSizes

ChannelTerms PracticeProfile::channelTerms(ContactChannel channel) const {
    for (const ChannelTerms &terms : channels) {
        if (terms.channel == channel)
            return terms;
    }
    return ChannelTerms{channel, false, QString(), 0};
}

void PracticeProfile::setChannelTerms(const ChannelTerms &terms) {
    for (ChannelTerms &existing : channels) {
        if (existing.channel == terms.channel) {
            existing = terms;
            return;
        }
    }
    channels.append(terms);
}

QList<ContactChannel> PracticeProfile::allowedChannels() const {
    QList<ContactChannel> allowed;
    for (ContactChannel channel : ContactChannels::all()) {
        if (channelTerms(channel).allowed)
            allowed.append(channel);
    }
    return allowed;
}

QStringList PracticeProfile::problems() const {
    QStringList problems;
    for (const Practitioner &practitioner : practitioners) {
        if (practitioner.name.trimmed().isEmpty()) {
            problems.append(Tr::tr("Every practitioner needs a name."));
            break;
        }
    }
    if (!timeZoneId.isEmpty() && !QTimeZone(timeZoneId).isValid())
        problems.append(
            Tr::tr("The time zone \"%1\" is not known on this computer.").arg(QString::fromUtf8(timeZoneId)));
    if (timeZoneId.isEmpty())
        problems.append(Tr::tr("Choose the time zone the working hours are in."));
    for (int weekday = Qt::Monday; weekday <= Qt::Sunday; ++weekday) {
        const WorkingDay working = day(Qt::DayOfWeek(weekday));
        if (!working.open)
            continue;
        const QString dayName = QLocale().dayName(weekday);
        if (!working.start.isValid() || !working.end.isValid())
            problems.append(Tr::tr("Enter the opening and closing time for %1.").arg(dayName));
        else if (working.start >= working.end)
            problems.append(Tr::tr("On %1 the working hours must end after they start.").arg(dayName));
    }
    for (const ChannelTerms &terms : channels) {
        if (terms.responseHours < 0)
            problems.append(Tr::tr("The response time for %1 cannot be negative.")
                                .arg(ContactChannels::label(terms.channel)));
    }
    if (!logoPng.isEmpty()) {
        if (!logoPng.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)))
            problems.append(Tr::tr("The logo must be a PNG image."));
        else if (logoPng.size() > MaxLogoBytes)
            problems.append(Tr::tr("The logo is larger than 2 MB; please use a smaller image."));
    }
    return problems;
}

PracticeProfile PracticeProfile::defaults() {
    PracticeProfile profile;
    profile.practitionerRole = text(QT_TRANSLATE_NOOP(
        "DefaultPractice", "Your practitioner guides you towards the goals you set together, holds you "
                           "accountable to them, prepares each session, keeps appointments and promises, "
                           "and treats you with respect, honesty and integrity. They work within their "
                           "competence and tell you when someone else can help you better."));
    profile.clientRole = text(QT_TRANSLATE_NOOP(
        "DefaultPractice", "You take an active part in the work: you come to sessions prepared and on "
                           "time, let us know in good time when you cannot attend, do the agreed work "
                           "between sessions, and tell your practitioner openly when something is not "
                           "working for you."));
    profile.servicesOffered = text(QT_TRANSLATE_NOOP(
        "DefaultPractice", "Scheduled sessions towards the goals we agree, preparation and follow-up for "
                           "them, and answers to questions about our work through the agreed channels."));
    profile.servicesNotOffered = text(QT_TRANSLATE_NOOP(
        "DefaultPractice", "Crisis or emergency support, medical, legal or financial advice, and help with "
                           "matters outside the agreed goals. Your practitioner can point you to the "
                           "right service for these."));
    // A system without time zone data may name a zone it cannot load; UTC is always known.
    profile.timeZoneId = QTimeZone::systemTimeZoneId();
    if (!QTimeZone(profile.timeZoneId).isValid())
        profile.timeZoneId = QByteArrayLiteral("UTC");
    for (int weekday = Qt::Monday; weekday <= Qt::Friday; ++weekday)
        profile.setDay(Qt::DayOfWeek(weekday), WorkingDay{true, QTime(9, 0), QTime(17, 0)});
    const QString nextWorkingDay = text(QT_TRANSLATE_NOOP("DefaultPractice", "By the next working day"));
    const QString twoWorkingDays = text(QT_TRANSLATE_NOOP("DefaultPractice", "Within two working days"));
    for (ContactChannel channel : ContactChannels::all()) {
        switch (channel) {
        case ContactChannel::InPerson:
            profile.channels.append({channel, true, QString(), 0});
            break;
        case ContactChannel::Phone:
        case ContactChannel::TextMessage:
            profile.channels.append({channel, true, nextWorkingDay, 24});
            break;
        case ContactChannel::Email:
            profile.channels.append({channel, true, twoWorkingDays, 48});
            break;
        case ContactChannel::VideoCall:
            profile.channels.append({channel, true, QString(), 0});
            break;
        case ContactChannel::MessagingApp:
        case ContactChannel::SocialMedia:
        case ContactChannel::Other:
            profile.channels.append({channel, false, QString(), 0});
            break;
        }
    }
    profile.responseTimes = text(QT_TRANSLATE_NOOP(
        "DefaultPractice", "Non-urgent messages are answered within 24 to 48 hours on working days. For "
                           "anything urgent outside working hours, please send an email; it is answered "
                           "on the next working day."));
    profile.emergencyDefinition = text(QT_TRANSLATE_NOOP(
        "DefaultPractice", "An emergency is a situation where someone's health or safety is at risk right "
                           "now. A change of plans, a missed session or a difficult day is important, but "
                           "it is not an emergency."));
    profile.emergencyContact = text(QT_TRANSLATE_NOOP(
        "DefaultPractice", "In an emergency, call the local emergency number first. Afterwards, let your "
                           "practitioner know by phone or email."));
    profile.paperSize = PaperSizes::forSystemLocale();
    return profile;
}

} // namespace bk
