// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/practitioner/Availability.h"

#include <QStringList>

namespace bk {

namespace {

// Notice text is looked up in the client's document language under this context (QT_TRANSLATE_NOOP files
// it there).
const char *const Context = "AvailabilityNotice";

struct Message {
    const char *source;
    const char *disambiguation;
};

QString dayText(const DocumentLanguage &language, const QDate &date) {
    static constexpr Message Format = QT_TRANSLATE_NOOP3(
        "AvailabilityNotice", "dddd d MMMM yyyy", "date format (QLocale): weekday, day, month name, year");
    return language.locale().toString(date, language.text(Context, Format.source, Format.disambiguation));
}

// What falls due, in a few words for the client; nothing about the incident itself.
QString dueText(const DocumentLanguage &language, const DueInPeriod &due) {
    switch (due.kind) {
    case DueKind::ContractReview:
        return language.text(Context, QT_TRANSLATE_NOOP("AvailabilityNotice", "the review of our agreement"));
    case DueKind::Goal:
        return language.text(Context, QT_TRANSLATE_NOOP("AvailabilityNotice", "our check-in on your goal"));
    case DueKind::FollowUp:
        break;
    }
    return language.text(Context, QT_TRANSLATE_NOOP("AvailabilityNotice", "our follow-up"));
}

} // namespace

QList<AvailabilityReason> AvailabilityReasons::all() {
    return {AvailabilityReason::Illness, AvailabilityReason::Family, AvailabilityReason::Bereavement,
            AvailabilityReason::Workplace, AvailabilityReason::Other};
}

QString AvailabilityReasons::key(AvailabilityReason reason) {
    switch (reason) {
    case AvailabilityReason::Illness:
        return QStringLiteral("illness");
    case AvailabilityReason::Family:
        return QStringLiteral("family");
    case AvailabilityReason::Bereavement:
        return QStringLiteral("bereavement");
    case AvailabilityReason::Workplace:
        return QStringLiteral("workplace");
    case AvailabilityReason::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<AvailabilityReason> AvailabilityReasons::fromKey(const QString &key) {
    for (AvailabilityReason reason : all()) {
        if (AvailabilityReasons::key(reason) == key)
            return reason;
    }
    return std::nullopt;
}

QString AvailabilityReasons::label(AvailabilityReason reason) {
    switch (reason) {
    case AvailabilityReason::Illness:
        return tr("Illness or health");
    case AvailabilityReason::Family:
        return tr("Family matters");
    case AvailabilityReason::Bereavement:
        return tr("Bereavement");
    case AvailabilityReason::Workplace:
        return tr("A workplace matter");
    case AvailabilityReason::Other:
        break;
    }
    return tr("Something else");
}

namespace DueKinds {

QString key(DueKind kind) {
    switch (kind) {
    case DueKind::ContractReview:
        return QStringLiteral("contract_review");
    case DueKind::Goal:
        return QStringLiteral("goal");
    case DueKind::FollowUp:
        break;
    }
    return QStringLiteral("follow_up");
}

std::optional<DueKind> fromKey(const QString &key) {
    for (DueKind kind : {DueKind::FollowUp, DueKind::ContractReview, DueKind::Goal}) {
        if (DueKinds::key(kind) == key)
            return kind;
    }
    return std::nullopt;
}

} // namespace DueKinds

QString AvailabilityNotice::subject(const AvailabilityPeriod &period, const QString &language) {
    const DocumentLanguage document(language);
    return document
        .text(Context, QT_TRANSLATE_NOOP("AvailabilityNotice", "A change in my availability: %1 to %2"))
        .arg(document.locale().toString(period.from, QLocale::ShortFormat),
             document.locale().toString(period.to, QLocale::ShortFormat));
}

QString AvailabilityNotice::text(const AvailabilityPeriod &period, const AffectedClient &client,
                                 const PracticeProfile &practice) {
    const DocumentLanguage language(client.documentLanguage);
    auto say = [&language](const char *source) {
        return language.text(Context, source);
    };
    QStringList paragraphs;
    paragraphs
        << say(QT_TRANSLATE_NOOP("AvailabilityNotice", "Dear %1,")).arg(client.displayName().trimmed());

    QStringList changes;
    changes << say(QT_TRANSLATE_NOOP(
                       "AvailabilityNotice",
                       "I would like to let you know in good time that my availability is reduced "
                       "from %1 to %2."))
                   .arg(dayText(language, period.from), dayText(language, period.to));
    if (period.noSessions)
        changes << say(
            QT_TRANSLATE_NOOP("AvailabilityNotice", "There will be no sessions during this time."));
    if (period.slowerReplies)
        changes << say(
            QT_TRANSLATE_NOOP("AvailabilityNotice", "Replies to messages will take longer than usual."));
    paragraphs << changes.join(QLatin1Char(' '));

    QStringList forYou;
    for (const DueInPeriod &due : client.due) {
        forYou << (due.movedTo.isValid()
                       ? say(QT_TRANSLATE_NOOP("AvailabilityNotice",
                                               "We had planned %1 for %2; it moves to %3."))
                             .arg(dueText(language, due), dayText(language, due.due),
                                  dayText(language, due.movedTo))
                       : say(QT_TRANSLATE_NOOP(
                                 "AvailabilityNotice",
                                 "We had planned %1 for %2; I will be in touch to find a new date."))
                             .arg(dueText(language, due), dayText(language, due.due)));
    }
    forYou.removeDuplicates();
    if (!forYou.isEmpty())
        paragraphs << forYou.join(QLatin1Char(' '));

    const QString coveredBy = period.coveredBy.trimmed();
    const QString contact = period.coveredContact.trimmed();
    if (!coveredBy.isEmpty() && !contact.isEmpty())
        paragraphs << say(QT_TRANSLATE_NOOP(
                              "AvailabilityNotice",
                              "My colleague %1 covers for me meanwhile. For anything that cannot "
                              "wait, please contact them: %2."))
                          .arg(coveredBy, contact);
    else if (!coveredBy.isEmpty())
        paragraphs << say(QT_TRANSLATE_NOOP(
                              "AvailabilityNotice",
                              "My colleague %1 covers for me meanwhile; please turn to them for "
                              "anything that cannot wait."))
                          .arg(coveredBy);
    else
        paragraphs << say(QT_TRANSLATE_NOOP(
            "AvailabilityNotice", "For anything that cannot wait, please write to me as usual; I will "
                                  "answer as soon as I can."));
    paragraphs << say(QT_TRANSLATE_NOOP(
                          "AvailabilityNotice",
                          "From %1 everything is back as usual. Thank you for your understanding."))
                      .arg(dayText(language, period.to.addDays(1)));

    QString signature = say(QT_TRANSLATE_NOOP("AvailabilityNotice", "Kind regards,"));
    if (!practice.practitioners.isEmpty() && !practice.practitioners.first().name.trimmed().isEmpty())
        signature += QLatin1Char('\n') + practice.practitioners.first().name.trimmed();
    if (!practice.name.trimmed().isEmpty())
        signature += QLatin1Char('\n') + practice.name.trimmed();
    paragraphs << signature;
    return paragraphs.join(QStringLiteral("\n\n"));
}

} // namespace bk
