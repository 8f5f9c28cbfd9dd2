// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/practitioner/ReflectionService.h"

#include "app/common/Clock.h"
#include "app/common/SupportedDates.h"
#include "app/common/TextChecks.h"
#include "app/storage/ClientRepository.h"
#include "app/storage/Database.h"
#include "app/storage/ReflectionRepository.h"

#include <QLocale>
#include <algorithm>

namespace bk {

Result<ReflectionEntry> ReflectionService::checked(const NewReflection &reflection) const {
    const std::optional<DisclosureAdvice> advice = DisclosureCheck::advise(reflection.answers);
    if (!advice)
        return Error{
            Error::Kind::Invalid,
            tr("Answer all five questions of the check (“Not sure” is an answer) before recording it.")};
    if (!reflection.decision)
        return Error{
            Error::Kind::Invalid,
            tr("Say what you decided: whether you shared it, kept it to yourself or will talk it over "
               "with your supervisor.")};
    const QDate today = Clock::todayLocal();
    const QDate date = reflection.date.isValid() ? reflection.date : today;
    if (!SupportedDates::contains(date))
        return Error{Error::Kind::Invalid, SupportedDates::rangeSentence()};
    if (date > today)
        return Error{
            Error::Kind::Invalid,
            tr("The date %1 is in the future; a reflection looks back.").arg(date.toString(Qt::ISODate))};
    const QString note = reflection.note.trimmed();
    if (note.size() > MaxNoteLength)
        return Error{Error::Kind::Invalid, tr("The note is longer than %1 characters.").arg(MaxNoteLength)};
    if (const QString found = TextChecks::firstControlCharacter(note, true); !found.isEmpty())
        return Error{Error::Kind::Invalid, tr("The note holds a control character (%1); only printable "
                                              "characters, tabs and line breaks are allowed.")
                                               .arg(found)};

    ReflectionEntry entry;
    entry.clientId = reflection.clientId;
    entry.date = date;
    entry.answers = reflection.answers;
    entry.recommendation = advice->recommendation;
    entry.decision = *reflection.decision;
    entry.note = note;
    entry.recordedAt = Clock::nowUtc();
    return entry;
}

Result<qint64> ReflectionService::record(const NewReflection &reflection) const {
    const Result<ReflectionEntry> entry = checked(reflection);
    if (!entry)
        return entry.error();
    return m_db.insert(QStringLiteral("reflection_entries"), [&]() -> Result<qint64> {
        if (entry.value().clientId != 0) {
            if (const Result<Client> client = ClientRepository(m_db).get(entry.value().clientId); !client)
                return client.error();
        }
        return ReflectionRepository(m_db).insert(entry.value());
    });
}

Result<ReflectionEntry> ReflectionService::ownEntry(qint64 id) const {
    Result<ReflectionEntry> entry = ReflectionRepository(m_db).get(id);
    if (!entry)
        return entry;
    // Reflection is private: even an owner, who may read everyone's on a server, changes only their own.
    if (entry.value().createdBy != 0 && entry.value().createdBy != m_db.practitionerId())
        return Error{
            Error::Kind::Forbidden,
            tr("Reflection entry %1 is another practitioner's; only its author can change it.").arg(id)};
    return entry;
}

Status ReflectionService::update(qint64 id, const NewReflection &reflection) const {
    Result<ReflectionEntry> checkedEntry = checked(reflection);
    if (!checkedEntry)
        return checkedEntry.error();
    ReflectionEntry entry = std::move(checkedEntry).value();
    entry.id = id;
    return m_db.change(QStringLiteral("reflection_entries"), [&]() -> Status {
        if (const Result<ReflectionEntry> own = ownEntry(id); !own)
            return own.error();
        if (entry.clientId != 0) {
            if (const Result<Client> client = ClientRepository(m_db).get(entry.clientId); !client)
                return client.error();
        }
        return ReflectionRepository(m_db).update(entry);
    });
}

Status ReflectionService::remove(qint64 id) const {
    return m_db.change(QStringLiteral("reflection_entries"), [&]() -> Status {
        if (const Result<ReflectionEntry> own = ownEntry(id); !own)
            return own.error();
        return ReflectionRepository(m_db).remove(id);
    });
}

Result<ReflectionEntry> ReflectionService::get(qint64 id) const {
    return ReflectionRepository(m_db).get(id);
}

Result<qint64> ReflectionService::count(const ReflectionFilter &filter) const {
    return ReflectionRepository(m_db).count(filter);
}

Result<QList<ReflectionEntry>> ReflectionService::entries(const ReflectionFilter &filter,
                                                          const ReflectionEntry *after, int limit) const {
    const ReflectionRepository repository(m_db);
    return after ? repository.pageNextTo(filter, {}, *after, false, limit)
                 : repository.pageAt(filter, {}, 0, limit);
}

Result<QStringList> ReflectionService::redirectPhrases() const {
    const Result<std::optional<QStringList>> saved = ReflectionRepository(m_db).redirectPhrases();
    if (!saved)
        return saved.error();
    return saved.value().value_or(defaultRedirectPhrases());
}

Status ReflectionService::saveRedirectPhrases(const QStringList &phrases) const {
    if (Status writable = m_db.checkWritable(); !writable)
        return writable;
    QStringList clean;
    for (const QString &phrase : phrases) {
        const QString trimmed = phrase.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (trimmed.size() > MaxPhraseLength)
            return Error{Error::Kind::Invalid,
                         tr("“%1…” is longer than %2 characters; a redirect phrase is one "
                            "short sentence.")
                             .arg(trimmed.left(40))
                             .arg(MaxPhraseLength)};
        if (const QString found = TextChecks::firstControlCharacter(trimmed, false); !found.isEmpty())
            return Error{Error::Kind::Invalid,
                         tr("A phrase holds a control character (%1); only printable characters are allowed.")
                             .arg(found)};
        clean.append(trimmed);
    }
    const Status saved =
        m_db.transaction([&]() { return ReflectionRepository(m_db).saveRedirectPhrases(clean); });
    if (saved)
        m_db.announce(QStringLiteral("redirect_phrases"));
    return saved;
}

QStringList ReflectionService::defaultRedirectPhrases() {
    return {
        tr("That's enough about me — what matters for you here is…"),
        tr("I appreciate you asking. Let's come back to what you wanted from today."),
        tr("That's a story for another time; I'd rather hear how this week went for you."),
        tr("Thank you for sharing that. How does it connect with the goal we set?"),
        tr("Let's keep this time for you: where would you like to pick up?"),
    };
}

QStringList ReflectionService::monthlyQuestions() {
    return {tr("Where did a boundary blur this month, on your side or a client's?"),
            tr("What tempted you to reply out of hours or to share something personal, and what helped?"),
            tr("What will you do differently next month, and what will you take to supervision?")};
}

QDate ReflectionService::monthOf(const QDate &date) {
    return QDate(date.year(), date.month(), 1);
}

Result<MonthlyReview> ReflectionService::monthlyReview(const QDate &date) const {
    const QDate first = monthOf(date);
    const QDate last = first.addMonths(1).addDays(-1);
    // The practitioner's local days: a lapse at 23:30 on the last evening belongs to that month.
    const QDateTime from = first.startOfDay().toUTC();
    const QDateTime to = first.addMonths(1).startOfDay().toUTC();
    return ReflectionRepository(m_db).monthlyReview(first, last, from, to);
}

Result<qint64> ReflectionService::reflectOnMonth(const QDate &date, const QStringList &answers) const {
    const QDate month = monthOf(date);
    if (!date.isValid() || !SupportedDates::contains(date))
        return Error{Error::Kind::Invalid, SupportedDates::rangeSentence()};
    if (month > monthOf(Clock::todayLocal()))
        return Error{Error::Kind::Invalid, tr("%1 is still to come; a reflection looks back.")
                                               .arg(QLocale().standaloneMonthName(month.month()))};
    QStringList written;
    for (const QString &answer : answers) {
        const QString trimmed = answer.trimmed();
        if (trimmed.size() > MaxAnswerLength)
            return Error{
                Error::Kind::Invalid,
                tr("An answer is longer than %1 characters; a few lines are enough.").arg(MaxAnswerLength)};
        if (const QString found = TextChecks::firstControlCharacter(trimmed, true); !found.isEmpty())
            return Error{Error::Kind::Invalid, tr("An answer holds a control character (%1); only printable "
                                                  "characters, tabs and line breaks are allowed.")
                                                   .arg(found)};
        written.append(trimmed);
    }
    if (std::all_of(written.begin(), written.end(), [](const QString &answer) { return answer.isEmpty(); }))
        return Error{Error::Kind::Invalid,
                     tr("Answer at least one question in a few lines, or skip the month.")};
    return m_db.insert(QStringLiteral("monthly_reflections"), [&]() {
        return ReflectionRepository(m_db).saveMonthly(
            MonthlyReflection{0, month, false, written, Clock::nowUtc()});
    });
}

Status ReflectionService::skipMonth(const QDate &date) const {
    const QDate month = monthOf(date);
    return m_db.change(QStringLiteral("monthly_reflections"), [&]() -> Status {
        const Result<std::optional<MonthlyReflection>> earlier = ReflectionRepository(m_db).monthly(month);
        if (!earlier)
            return earlier.error();
        if (earlier.value() && !earlier.value()->skipped)
            return Error{Error::Kind::Invalid,
                         tr("You reflected on %1 already; it is not skipped.")
                             .arg(QLocale().toString(month, QStringLiteral("MMMM yyyy")))};
        const Result<qint64> saved =
            ReflectionRepository(m_db).saveMonthly(MonthlyReflection{0, month, true, {}, Clock::nowUtc()});
        if (!saved)
            return saved.error();
        return {};
    });
}

Result<QList<MonthlyReflection>> ReflectionService::monthlyReflections() const {
    return ReflectionRepository(m_db).monthlyReflections();
}

Result<std::optional<QDate>> ReflectionService::monthDue() const {
    const QDate thisMonth = monthOf(Clock::todayLocal());
    const QDate lastMonth = thisMonth.addMonths(-1);
    const ReflectionRepository repository(m_db);
    const Result<bool> inUse = repository.inUseBefore(thisMonth.startOfDay().toUTC());
    if (!inUse)
        return inUse.error();
    if (!inUse.value())
        return std::optional<QDate>();
    const Result<std::optional<MonthlyReflection>> recorded = repository.monthly(lastMonth);
    if (!recorded)
        return recorded.error();
    return recorded.value() ? std::optional<QDate>() : std::optional<QDate>(lastMonth);
}

} // namespace bk
