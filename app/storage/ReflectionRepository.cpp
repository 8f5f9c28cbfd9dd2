// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/ReflectionRepository.h"

#include "app/incidents/Incident.h"
#include "app/storage/Database.h"
#include "app/storage/KeysetQuery.h"
#include "app/storage/MetaRepository.h"
#include "app/storage/SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace bk {

namespace {

// The meta key that says the practitioner saved their own redirect phrases (an empty list included).
const QString PhrasesSavedKey = QStringLiteral("redirect_phrases");

const QString Columns = QStringLiteral(
    "r.id, r.client_id, c.full_name, r.entry_date, r.serves_client, r.relevant_to_goal, r.brief, "
    "r.focus_returns, r.comfortable_in_record, r.recommendation, r.decision, r.note, r.recorded_at, "
    "r.created_by");
const QString ListedFrom = QStringLiteral("reflection_entries r LEFT JOIN clients c ON c.id = r.client_id");

// A stored answer: 1 yes, 0 no, NULL not sure. Unanswered is never stored.
QVariant answerValue(CheckAnswer answer) {
    switch (answer) {
    case CheckAnswer::Yes:
        return true;
    case CheckAnswer::No:
        return false;
    case CheckAnswer::NotSure:
    case CheckAnswer::Unanswered:
        break;
    }
    return QVariant(QMetaType::fromType<bool>());
}

CheckAnswer answerFrom(const QVariant &value) {
    if (value.isNull())
        return CheckAnswer::NotSure;
    return value.toBool() ? CheckAnswer::Yes : CheckAnswer::No;
}

// A row whose columns are Columns.
ReflectionEntry entryFrom(const QSqlQuery &query) {
    ReflectionEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.clientId = query.value(1).toLongLong();
    entry.clientName = query.value(2).toString();
    entry.date = SqlValues::toDate(query.value(3));
    entry.answers.servesClient = answerFrom(query.value(4));
    entry.answers.relevantToGoal = answerFrom(query.value(5));
    entry.answers.brief = answerFrom(query.value(6));
    entry.answers.focusReturns = answerFrom(query.value(7));
    entry.answers.comfortableInRecord = answerFrom(query.value(8));
    entry.recommendation =
        DisclosureCheck::recommendationFromKey(query.value(9).toString()).value_or(Recommendation::BetterNot);
    entry.decision =
        DisclosureDecisions::fromKey(query.value(10).toString()).value_or(DisclosureDecision::HeldBack);
    entry.note = query.value(11).toString();
    entry.recordedAt = SqlValues::toUtc(query.value(12));
    entry.createdBy = query.value(13).toLongLong();
    return entry;
}

ReflectionEntry listedFrom(const QSqlQuery &query, const QVariantList &) {
    return entryFrom(query);
}

QVariant textOrNull(const QString &text) {
    return text.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// Binds the values an entry's row is written with to the named placeholders insert and update share.
void bindEntry(QSqlQuery &query, const ReflectionEntry &entry) {
    query.bindValue(QStringLiteral(":client"),
                    entry.clientId > 0 ? QVariant(entry.clientId) : QVariant(QMetaType::fromType<qint64>()));
    query.bindValue(QStringLiteral(":date"), SqlValues::fromDate(entry.date));
    query.bindValue(QStringLiteral(":serves"), answerValue(entry.answers.servesClient));
    query.bindValue(QStringLiteral(":relevant"), answerValue(entry.answers.relevantToGoal));
    query.bindValue(QStringLiteral(":brief"), answerValue(entry.answers.brief));
    query.bindValue(QStringLiteral(":focus"), answerValue(entry.answers.focusReturns));
    query.bindValue(QStringLiteral(":record"), answerValue(entry.answers.comfortableInRecord));
    query.bindValue(QStringLiteral(":recommendation"),
                    DisclosureCheck::recommendationKey(entry.recommendation));
    query.bindValue(QStringLiteral(":decision"), DisclosureDecisions::key(entry.decision));
    query.bindValue(QStringLiteral(":note"), textOrNull(entry.note));
}

} // namespace

KeysetQuery ReflectionRepository::keyset(const ReflectionFilter &filter) const {
    QStringList conditions;
    if (filter.clientId > 0)
        conditions.append(QStringLiteral("r.client_id = :client"));
    if (filter.from.isValid())
        conditions.append(QStringLiteral("r.entry_date >= :from"));
    if (filter.to.isValid())
        conditions.append(QStringLiteral("r.entry_date <= :to"));
    return KeysetQuery(m_db, {.idColumn = QStringLiteral("r.id"),
                              .sortExpressions = {QStringLiteral("r.entry_date")},
                              .order = Qt::DescendingOrder,
                              .countFrom = QStringLiteral("reflection_entries r"),
                              .positionFrom = QStringLiteral("reflection_entries r"),
                              .pageFrom = ListedFrom,
                              .conditions = conditions,
                              .pageConditions = conditions,
                              .columns = Columns,
                              .rowsFrom = {},
                              .bind = [filter](QSqlQuery &query) {
                                  if (filter.clientId > 0)
                                      query.bindValue(QStringLiteral(":client"), filter.clientId);
                                  if (filter.from.isValid())
                                      query.bindValue(QStringLiteral(":from"),
                                                      SqlValues::fromDate(filter.from));
                                  if (filter.to.isValid())
                                      query.bindValue(QStringLiteral(":to"), SqlValues::fromDate(filter.to));
                              }});
}

Result<qint64> ReflectionRepository::insert(const ReflectionEntry &entry) const {
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "INSERT INTO reflection_entries (client_id, entry_date, serves_client, relevant_to_goal, brief, "
        "focus_returns, comfortable_in_record, recommendation, decision, note, recorded_at, created_by) "
        "VALUES "
        "(:client, :date, :serves, :relevant, :brief, :focus, :record, :recommendation, :decision, :note, "
        ":recorded, :me) RETURNING id"));
    bindEntry(query, entry);
    query.bindValue(QStringLiteral(":recorded"), SqlValues::fromUtc(entry.recordedAt));
    // Reflection is private: on a server only its author (and an owner) reads it.
    query.bindValue(QStringLiteral(":me"), SqlValues::idOrNull(m_db.practitionerId()));
    return m_db.execReturningId(query, tr("the reflection entry"));
}

Status ReflectionRepository::update(const ReflectionEntry &entry) const {
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "UPDATE reflection_entries SET client_id = :client, entry_date = :date, serves_client = :serves, "
        "relevant_to_goal = :relevant, brief = :brief, focus_returns = :focus, comfortable_in_record = "
        ":record, recommendation = :recommendation, decision = :decision, note = :note WHERE id = :id"));
    bindEntry(query, entry);
    query.bindValue(QStringLiteral(":id"), entry.id);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("saving the reflection entry"));
    if (query.numRowsAffected() != 1)
        return Error{Error::Kind::NotFound, tr("There is no reflection entry with id %1.").arg(entry.id)};
    return {};
}

Status ReflectionRepository::remove(qint64 id) const {
    QSqlQuery query = m_db.prepare(QStringLiteral("DELETE FROM reflection_entries WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("deleting the reflection entry"));
    if (query.numRowsAffected() != 1)
        return Error{Error::Kind::NotFound, tr("There is no reflection entry with id %1.").arg(id)};
    return {};
}

Result<ReflectionEntry> ReflectionRepository::get(qint64 id) const {
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM ") +
                                   ListedFrom + QStringLiteral(" WHERE r.id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("reading the reflection entry"));
    if (!query.next())
        return Error{Error::Kind::NotFound, tr("There is no reflection entry with id %1.").arg(id)};
    return entryFrom(query);
}

Result<qint64> ReflectionRepository::count(const ReflectionFilter &filter) const {
    return keyset(filter).count(tr("counting reflection entries"));
}

Result<QList<ReflectionEntry>> ReflectionRepository::pageAt(const ReflectionFilter &filter,
                                                            const ReflectionSort &, qint64 offset,
                                                            int limit) const {
    return keyset(filter).pageAt(offset, limit, listedFrom, tr("listing reflection entries"));
}

Result<QList<ReflectionEntry>> ReflectionRepository::pageFromEnd(const ReflectionFilter &filter,
                                                                 const ReflectionSort &, qint64 offsetFromEnd,
                                                                 int limit) const {
    return keyset(filter).pageFromEnd(offsetFromEnd, limit, listedFrom, tr("listing reflection entries"));
}

Result<QList<ReflectionEntry>> ReflectionRepository::pageNextTo(const ReflectionFilter &filter,
                                                                const ReflectionSort &,
                                                                const ReflectionEntry &row, bool before,
                                                                int limit, qint64 skip) const {
    return keyset(filter).pageNextTo({{SqlValues::fromDate(row.date)}, row.id}, before, limit, listedFrom,
                                     tr("listing reflection entries"), skip);
}

Result<qint64> ReflectionRepository::positionOf(const ReflectionFilter &filter, const ReflectionSort &,
                                                qint64 id) const {
    return keyset(filter).positionOf(id, tr("finding the reflection entry"));
}

Result<std::optional<QStringList>> ReflectionRepository::redirectPhrases() const {
    const Result<QString> saved = MetaRepository(m_db).value(PhrasesSavedKey);
    if (!saved)
        return saved.error();
    if (saved.value().isEmpty())
        return std::optional<QStringList>();
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT phrase FROM redirect_phrases ORDER BY position"));
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("reading the redirect phrases"));
    QStringList phrases;
    while (query.next())
        phrases.append(query.value(0).toString());
    return std::optional<QStringList>(phrases);
}

Status ReflectionRepository::saveRedirectPhrases(const QStringList &phrases) const {
    return m_db.transaction([&]() -> Status {
        QSqlQuery clear = m_db.prepare(QStringLiteral("DELETE FROM redirect_phrases"));
        if (!clear.exec())
            return m_db.errorFrom(clear.lastError(), tr("saving the redirect phrases"));
        QSqlQuery insert = m_db.prepare(
            QStringLiteral("INSERT INTO redirect_phrases (position, phrase) VALUES (:position, :phrase)"));
        for (qsizetype i = 0; i < phrases.size(); ++i) {
            insert.bindValue(QStringLiteral(":position"), qint64(i));
            insert.bindValue(QStringLiteral(":phrase"), phrases.at(i));
            if (!insert.exec())
                return m_db.errorFrom(insert.lastError(), tr("saving the redirect phrases"));
        }
        return MetaRepository(m_db).setValue(PhrasesSavedKey, QStringLiteral("saved"));
    });
}

namespace {

MonthlyReflection monthlyFrom(const QSqlQuery &query) {
    MonthlyReflection reflection;
    reflection.id = query.value(0).toLongLong();
    reflection.month = QDate::fromString(query.value(1).toString() + QStringLiteral("-01"), Qt::ISODate);
    reflection.skipped = query.value(2).toBool();
    for (const QJsonValue &answer : QJsonDocument::fromJson(query.value(3).toString().toUtf8()).array())
        reflection.answers.append(answer.toString());
    reflection.recordedAt = SqlValues::toUtc(query.value(4));
    return reflection;
}

const QString MonthlyColumns = QStringLiteral("m.id, m.month, m.skipped, m.answers, m.recorded_at");

} // namespace

Result<MonthlyReview> ReflectionRepository::monthlyReview(const QDate &first, const QDate &last,
                                                          const QDateTime &fromUtc,
                                                          const QDateTime &toUtc) const {
    MonthlyReview review;
    review.month = first;
    QSqlQuery lapses = m_db.prepare(
        QStringLiteral(
            "SELECT i.id, i.occurred_at, c.full_name, i.boundary_key, i.outside_hours FROM incidents i "
            "JOIN clients c ON c.id = i.client_id WHERE i.crossed_by = %1 AND i.occurred_at >= :from "
            "AND i.occurred_at < :to ORDER BY i.occurred_at, i.id")
            .arg(int(CrossedBy::Practitioner)));
    lapses.bindValue(QStringLiteral(":from"), SqlValues::fromUtc(fromUtc));
    lapses.bindValue(QStringLiteral(":to"), SqlValues::fromUtc(toUtc));
    if (!lapses.exec())
        return m_db.errorFrom(lapses.lastError(), tr("reading your own lapses"));
    while (lapses.next())
        review.ownLapses.append(OwnLapse{lapses.value(0).toLongLong(), SqlValues::toUtc(lapses.value(1)),
                                         lapses.value(2).toString(), lapses.value(3).toString(),
                                         lapses.value(4).toBool()});

    QSqlQuery repeated = m_db.prepare(
        QStringLiteral(
            "SELECT i.client_id, c.full_name, count(*) FROM incidents i JOIN clients c ON "
            "c.id = i.client_id WHERE i.crossed_by = %1 AND i.occurred_at >= :from AND i.occurred_at < :to "
            "GROUP BY i.client_id, c.full_name HAVING count(*) >= 2 ORDER BY 3 DESC, 1")
            .arg(int(CrossedBy::Client)));
    repeated.bindValue(QStringLiteral(":from"), SqlValues::fromUtc(fromUtc));
    repeated.bindValue(QStringLiteral(":to"), SqlValues::fromUtc(toUtc));
    if (!repeated.exec())
        return m_db.errorFrom(repeated.lastError(), tr("reading the clients with repeated incidents"));
    while (repeated.next())
        review.repeatedClients.append(RepeatedClient{
            repeated.value(0).toLongLong(), repeated.value(1).toString(), repeated.value(2).toLongLong()});

    QSqlQuery checks = m_db.prepare(QStringLiteral(
        "SELECT count(*), count(CASE WHEN r.decision = 'shared' THEN 1 END) FROM reflection_entries r "
        "WHERE r.entry_date >= :first AND r.entry_date <= :last"));
    checks.bindValue(QStringLiteral(":first"), SqlValues::fromDate(first));
    checks.bindValue(QStringLiteral(":last"), SqlValues::fromDate(last));
    if (!checks.exec() || !checks.next())
        return m_db.errorFrom(checks.lastError(), tr("counting the disclosure checks"));
    review.disclosureChecks = checks.value(0).toLongLong();
    review.disclosureShared = checks.value(1).toLongLong();
    return review;
}

Result<qint64> ReflectionRepository::saveMonthly(const MonthlyReflection &reflection) const {
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "INSERT INTO monthly_reflections (month, skipped, answers, recorded_at, created_by) VALUES "
        "(:month, :skipped, :answers, :recorded, :me) ON CONFLICT (created_by, month) DO UPDATE SET "
        "skipped = excluded.skipped, answers = excluded.answers, recorded_at = excluded.recorded_at "
        "RETURNING id"));
    query.bindValue(QStringLiteral(":month"), reflection.month.toString(QStringLiteral("yyyy-MM")));
    query.bindValue(QStringLiteral(":skipped"), reflection.skipped);
    query.bindValue(
        QStringLiteral(":answers"),
        QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(reflection.answers)).toJson(QJsonDocument::Compact)));
    query.bindValue(QStringLiteral(":recorded"), SqlValues::fromUtc(reflection.recordedAt));
    query.bindValue(QStringLiteral(":me"), SqlValues::idOrNull(m_db.practitionerId()));
    return m_db.execReturningId(query, tr("the monthly reflection"));
}

Result<std::optional<MonthlyReflection>> ReflectionRepository::monthly(const QDate &month) const {
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT ") + MonthlyColumns +
                                   QStringLiteral(" FROM monthly_reflections m WHERE m.month = :month AND "
                                                  "m.created_by = :me"));
    query.bindValue(QStringLiteral(":month"), month.toString(QStringLiteral("yyyy-MM")));
    query.bindValue(QStringLiteral(":me"), SqlValues::idOrNull(m_db.practitionerId()));
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("reading the monthly reflection"));
    if (!query.next())
        return std::optional<MonthlyReflection>();
    return std::optional<MonthlyReflection>(monthlyFrom(query));
}

Result<QList<MonthlyReflection>> ReflectionRepository::monthlyReflections() const {
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT ") + MonthlyColumns +
                     QStringLiteral(" FROM monthly_reflections m ORDER BY m.month DESC, m.id DESC"));
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("listing the monthly reflections"));
    QList<MonthlyReflection> list;
    while (query.next())
        list.append(monthlyFrom(query));
    return list;
}

Result<bool> ReflectionRepository::inUseBefore(const QDateTime &moment) const {
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM clients c WHERE c.created_at < :moment)"));
    query.bindValue(QStringLiteral(":moment"), SqlValues::fromUtc(moment));
    if (!query.exec() || !query.next())
        return m_db.errorFrom(query.lastError(), tr("reading when the practice started"));
    return query.value(0).toBool();
}

} // namespace bk
