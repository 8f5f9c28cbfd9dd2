// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/ContactChannel.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <array>
#include <optional>

namespace bk {

/// A person who works with clients in the practice.
struct Practitioner {
    QString name;
    QString title; ///< e.g. "Coach" or "Personal trainer"; may be empty

    friend bool operator==(const Practitioner &, const Practitioner &) = default;
};

/// The working hours of one weekday, in the practice's time zone.
struct WorkingDay {
    bool open = false;
    QTime start; ///< valid and before `end` when open
    QTime end;   ///< after `start` when open (23:59 at the latest: a QTime has no 24:00)

    friend bool operator==(const WorkingDay &, const WorkingDay &) = default;
};

/// Whether the practice uses a contact channel and how soon it answers there.
struct ChannelTerms {
    ContactChannel channel = ContactChannel::Other;
    bool allowed = false;
    /// What the client can expect, in words, e.g. "Within two working days".
    QString responseTime;
    /// The same promise in hours, for reminders and reports; 0 when none is made.
    int responseHours = 0;

    friend bool operator==(const ChannelTerms &, const ChannelTerms &) = default;
};

/// Paper for printed and PDF documents.
enum class PaperSize { A4, UsLetter };

namespace PaperSizes {
/// Stable key stored in the database: "a4" or "us_letter".
QString key(PaperSize size);
std::optional<PaperSize> fromKey(const QString &key);
QString label(PaperSize size);
/// US Letter where the system locale measures in US units, A4 elsewhere.
PaperSize forSystemLocale();
} // namespace PaperSizes

/// Everything a client is told about the practice itself: who it is, the roles on both sides, the scope of
/// services and the communication terms. Part of every agreement.
struct PracticeProfile {
    QString name;
    /// One line with how to reach the practice, e.g. address, phone and website.
    QString contactLine;
    /// PNG bytes, empty when the practice has no logo.
    QByteArray logoPng;
    QList<Practitioner> practitioners;

    QString practitionerRole; ///< the practitioner's role and responsibilities
    QString clientRole;       ///< the client's role and what is expected of them
    QString servicesOffered;
    QString servicesNotOffered;

    /// IANA id of the time zone the working hours are in, e.g. "Europe/London".
    QByteArray timeZoneId;
    /// Monday first (index 0) to Sunday (index 6); use day() and setDay() to index by Qt::DayOfWeek.
    std::array<WorkingDay, 7> hours;
    /// One entry per ContactChannel, in ContactChannels::all() order.
    QList<ChannelTerms> channels;
    /// Response-time expectations in words (non-urgent messages, urgent matters outside hours).
    QString responseTimes;
    QString emergencyDefinition; ///< what counts as an emergency
    QString emergencyContact;    ///< whom to contact in one, and how

    PaperSize paperSize = PaperSize::A4;

    /// The version of the saved profile this was read at (row_version): a save is refused as Stale when
    /// the profile was saved elsewhere since. 0 for a profile never saved (the defaults).
    int rowVersion = 0;

    WorkingDay day(Qt::DayOfWeek weekday) const { return hours.at(std::size_t(weekday) - 1); }
    void setDay(Qt::DayOfWeek weekday, const WorkingDay &day) { hours.at(std::size_t(weekday) - 1) = day; }
    /// The terms for `channel`; a channel missing from the list counts as not allowed.
    ChannelTerms channelTerms(ContactChannel channel) const;
    void setChannelTerms(const ChannelTerms &terms);
    QList<ContactChannel> allowedChannels() const;

    /// Sentences describing what must be corrected before the profile can be saved; empty when valid.
    QStringList problems() const;

    /// The profile of a practice that has not described itself yet: the system time zone, weekdays 9:00 to
    /// 17:00, sensible channels and the default texts (translated).
    static PracticeProfile defaults();

    friend bool operator==(const PracticeProfile &, const PracticeProfile &) = default;
};

/// Whether the short first-run setup has been completed, skipped or not seen yet.
enum class SetupState { NotDone, Done, Skipped };

} // namespace bk
