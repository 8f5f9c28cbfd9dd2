// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/ReflectionRepository.h"

#include "app/storage/Database.h"
#include "app/storage/KeysetQuery.h"
#include "app/storage/MetaRepository.h"
#include "app/storage/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace bk {

namespace {

// The meta key that says the practitioner saved their own redirect phrases (an empty list included).
const QString PhrasesSavedKey = QStringLiteral("redirect_phrases");

const QString Columns = QStringLiteral(
    "r.id, r.client_id, c.full_name, r.entry_date, r.serves_client, r.relevant_to_goal, r.brief, "
    "r.focus_returns, r.comfortable_in_record, r.recommendation, r.decision, r.note, r.recorded_at");
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
    return entry;
}

ReflectionEntry listedFrom(const QSqlQuery &query, const QVariantList &) {
    return entryFrom(query);
}

QVariant textOrNull(const QString &text) {
    return text.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

KeysetQuery ReflectionRepository::keyset(const ReflectionFilter &filter) const {
    QStringList conditions;
    if (filter.clientId > 0)
        conditions.append(QStringLiteral("r.client_id = :client"));
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
                              }});
}

Result<qint64> ReflectionRepository::insert(const ReflectionEntry &entry) const {
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "INSERT INTO reflection_entries (client_id, entry_date, serves_client, relevant_to_goal, brief, "
        "focus_returns, comfortable_in_record, recommendation, decision, note, recorded_at, created_by) "
        "VALUES "
        "(:client, :date, :serves, :relevant, :brief, :focus, :record, :recommendation, :decision, :note, "
        ":recorded, :me) RETURNING id"));
    // Reflection is private: on a server only its author (and an owner) reads it.
    query.bindValue(QStringLiteral(":me"), SqlValues::idOrNull(m_db.practitionerId()));
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
    query.bindValue(QStringLiteral(":recorded"), SqlValues::fromUtc(entry.recordedAt));
    return m_db.execReturningId(query, tr("the reflection entry"));
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
                                                                int limit) const {
    return keyset(filter).pageNextTo({{SqlValues::fromDate(row.date)}, row.id}, before, limit, listedFrom,
                                     tr("listing reflection entries"));
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

} // namespace bk
