// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/policy/BoundaryPolicy.h"

#include "app/common/DocumentLanguage.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

namespace bk {

namespace {

// lupdate files these messages under "BoundaryPolicy", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(BoundaryPolicy)
};

// Default texts live in their own context ("DefaultPolicy") so translators see them together. Each language's
// texts come from its own translator; the first language is the main one.
Boundary defaultBoundary(const QList<DocumentLanguage> &languages, const char *key, const char *title,
                         const char *description, const char *appropriate, const char *consequence) {
    const auto texts = [&](const DocumentLanguage &language) {
        return BoundaryTexts{
            language.text("DefaultPolicy", title), language.text("DefaultPolicy", description),
            language.text("DefaultPolicy", appropriate), language.text("DefaultPolicy", consequence)};
    };
    const BoundaryTexts main = texts(languages.first());
    Boundary boundary{QString::fromLatin1(key),
                      main.title,
                      main.description,
                      main.appropriate,
                      main.consequence,
                      false,
                      {}};
    for (qsizetype i = 1; i < languages.size(); ++i)
        boundary.translations.insert(languages.at(i).code(), texts(languages.at(i)));
    return boundary;
}

LadderStep defaultStep(const QList<DocumentLanguage> &languages, const char *key, const char *title,
                       const char *description) {
    const DocumentLanguage &main = languages.first();
    LadderStep step{QString::fromLatin1(key),
                    main.text("DefaultPolicy", title),
                    main.text("DefaultPolicy", description),
                    {}};
    for (qsizetype i = 1; i < languages.size(); ++i)
        step.translations.insert(languages.at(i).code(),
                                 StepTexts{languages.at(i).text("DefaultPolicy", title),
                                           languages.at(i).text("DefaultPolicy", description)});
    return step;
}

template <typename Item>
void checkItems(const QList<Item> &items, const QString &missingTitle, QStringList *problems) {
    QSet<QString> seen;
    for (const Item &item : items) {
        const QString name = item.title.trimmed().isEmpty() ? item.key : item.title.trimmed();
        if (item.title.trimmed().isEmpty())
            problems->append(missingTitle);
        if (!PolicyKeys::isValid(item.key))
            problems->append(
                Tr::tr("\"%1\" needs a key of lower-case letters, digits and underscores, starting "
                       "with a letter.")
                    .arg(name));
        else if (seen.contains(item.key))
            problems->append(Tr::tr("The key \"%1\" is used more than once.").arg(item.key));
        seen.insert(item.key);
    }
}

} // namespace

QList<Boundary> PolicyDocument::activeBoundaries() const {
    QList<Boundary> active;
    for (const Boundary &item : boundaries) {
        if (!item.retired)
            active.append(item);
    }
    return active;
}

PolicyDocument PolicyDocument::publishable() const {
    return PolicyDocument{activeBoundaries(), ladder, language};
}

const Boundary *PolicyDocument::boundary(const QString &key) const {
    for (const Boundary &item : boundaries) {
        if (item.key == key)
            return &item;
    }
    return nullptr;
}

Boundary *PolicyDocument::boundary(const QString &key) {
    for (Boundary &item : boundaries) {
        if (item.key == key)
            return &item;
    }
    return nullptr;
}

const LadderStep *PolicyDocument::step(const QString &key) const {
    for (const LadderStep &item : ladder) {
        if (item.key == key)
            return &item;
    }
    return nullptr;
}

QStringList PolicyDocument::languages() const {
    QStringList result{language};
    for (const QString &code : DocumentLanguage::codes()) {
        if (code != language && missingTexts(code).isEmpty())
            result.append(code);
    }
    return result;
}

QStringList PolicyDocument::missingTexts(const QString &code) const {
    QStringList missing;
    if (code == language)
        return missing;
    for (const Boundary &item : boundaries) {
        if (!item.retired && item.translations.value(code).title.trimmed().isEmpty())
            missing.append(item.title);
    }
    for (const LadderStep &item : ladder) {
        if (item.translations.value(code).title.trimmed().isEmpty())
            missing.append(item.title);
    }
    return missing;
}

PolicyDocument PolicyDocument::inLanguage(const QString &code) const {
    PolicyDocument result = *this;
    if (code == language)
        return result;
    result.language = code;
    for (Boundary &item : result.boundaries) {
        const BoundaryTexts texts = item.translations.value(code);
        if (!texts.title.trimmed().isEmpty()) {
            item.title = texts.title;
            item.description = texts.description;
            item.appropriate = texts.appropriate;
            item.consequence = texts.consequence;
        }
    }
    for (LadderStep &item : result.ladder) {
        const StepTexts texts = item.translations.value(code);
        if (!texts.title.trimmed().isEmpty()) {
            item.title = texts.title;
            item.description = texts.description;
        }
    }
    return result;
}

QStringList PolicyDocument::problems() const {
    QStringList problems;
    checkItems(boundaries, Tr::tr("Every boundary needs a title."), &problems);
    checkItems(ladder, Tr::tr("Every step of the consequence ladder needs a title."), &problems);
    if (!DocumentLanguage::isSupported(language))
        problems.append(
            Tr::tr("The policy's language \"%1\" is not one documents can be written in.").arg(language));
    // A translation is there once it has a title; texts without one would silently go unused.
    const auto checkTranslations = [&](const QString &name, const QStringList &codes, const auto &titleOf) {
        for (const QString &code : codes) {
            if (!DocumentLanguage::isSupported(code))
                problems.append(Tr::tr("\"%1\" has texts in \"%2\", which is not a language documents can be "
                                       "written in.")
                                    .arg(name, code));
            else if (titleOf(code).trimmed().isEmpty())
                problems.append(
                    Tr::tr("\"%1\" needs a title in %2.").arg(name, DocumentLanguage::name(code)));
        }
    };
    for (const Boundary &item : boundaries)
        checkTranslations(item.title, item.translations.keys(),
                          [&item](const QString &code) { return item.translations.value(code).title; });
    for (const LadderStep &item : ladder)
        checkTranslations(item.title, item.translations.keys(),
                          [&item](const QString &code) { return item.translations.value(code).title; });
    problems.removeDuplicates();
    return problems;
}

namespace {

// The default policy with `language` as its main language and the others as translations.
PolicyDocument makeDefaults(const QString &language) {
    PolicyDocument document;
    document.language = language;
    QList<DocumentLanguage> languages{DocumentLanguage(document.language)};
    for (const QString &code : DocumentLanguage::codes()) {
        if (code != document.language)
            languages.append(DocumentLanguage(code));
    }
    document.boundaries = {
        defaultBoundary(
            languages, "personal_space", QT_TRANSLATE_NOOP("DefaultPolicy", "Personal space and touch"),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "We each keep a comfortable distance. There is no unwanted or inappropriate "
                              "touching or show of affection, and no one crowds or intimidates the other "
                              "by standing too close."),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "Any physical contact the work needs, such as correcting a posture, is "
                              "explained first and happens only with your agreement. Either of us can "
                              "ask for more space at any time, and the other respects it."),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "We talk about it straight away, in private. If it happens again, the "
                              "consequence ladder applies, and unwelcome touching can end the engagement "
                              "at once.")),
        defaultBoundary(
            languages, "after_hours_contact", QT_TRANSLATE_NOOP("DefaultPolicy", "Each other's time"),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "Work happens within working hours. Please do not call outside them unless "
                              "it is an emergency; in the same way, your practitioner does not contact you "
                              "after hours unless an appointment was arranged."),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "Outside working hours, send non-urgent matters by email; they are answered "
                              "on the next working day. Appointments at unusual times are agreed in "
                              "advance."),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "We talk about it and agree how to reach each other. Calls outside hours are "
                              "not answered, and repeated after-hours contact moves up the consequence "
                              "ladder.")),
        defaultBoundary(
            languages, "body_language",
            QT_TRANSLATE_NOOP("DefaultPolicy", "Respectful body language and gestures"),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "We use only respectful body language with each other: no rude gestures, "
                              "poses or mimicking."),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "Disagreement and frustration are welcome in words. If something annoys "
                              "you, say so, and we will look at it together."),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "We pause and talk about what happened. If it continues, the consequence "
                              "ladder applies.")),
        defaultBoundary(
            languages, "respectful_language",
            QT_TRANSLATE_NOOP("DefaultPolicy", "No yelling, cursing or name-calling"),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "Neither of us yells at, curses at or calls the other names. This applies to "
                              "both sides equally."),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "We speak calmly, even when the conversation is difficult. Either of us can "
                              "ask for a short break and come back to the topic."),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "The session pauses until we can talk calmly. We then discuss what happened, "
                              "and repeated incidents move up the consequence ladder.")),
        defaultBoundary(
            languages, "no_bullying", QT_TRANSLATE_NOOP("DefaultPolicy", "No bullying"),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "There is no bullying of any kind: no threats, intimidation, humiliation or "
                              "pressure, in person or online."),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "We raise concerns openly and respectfully, and we accept a clear \"no\"."),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "Bullying is addressed at once. Depending on how serious it is, we may start "
                              "higher on the consequence ladder, up to ending the engagement.")),
        defaultBoundary(
            languages, "golden_rule", QT_TRANSLATE_NOOP("DefaultPolicy", "The golden rule"),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "We treat each other, and each other's property, the way we would want to be "
                              "treated ourselves."),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "Equipment, rooms and belongings are used with care, and we show equal "
                              "respect for each other's culture and beliefs."),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "We talk about it. Damage to property is put right, and repeated disrespect "
                              "moves up the consequence ladder.")),
        defaultBoundary(
            languages, "personal_questions", QT_TRANSLATE_NOOP("DefaultPolicy", "Personal questions"),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "Personal questions stay within the professional context of our work "
                              "together."),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "Questions that help the work are welcome. Either of us may decline to answer "
                              "a question that goes beyond it, without having to explain why."),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "We gently steer back to the work. If it keeps happening, we talk about it "
                              "and the consequence ladder applies.")),
        defaultBoundary(
            languages, "agreed_channels",
            QT_TRANSLATE_NOOP("DefaultPolicy", "Contact through agreed channels"),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "We contact each other only through the channels agreed in the communication "
                              "terms. Excessive contact, or contact through other channels, crosses this "
                              "boundary."),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "Use the agreed channels and allow for the response times stated there. One "
                              "message is enough; it will be answered."),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "Messages through other channels may go unanswered. We review the "
                              "communication terms together, and repeated contact outside them moves up "
                              "the consequence ladder.")),
        defaultBoundary(
            languages, "emotional_support",
            QT_TRANSLATE_NOOP("DefaultPolicy", "Emotional support within professional limits"),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "Support is part of good work together, within professional limits. Your "
                              "practitioner cannot be a friend, a confidant or a round-the-clock source of "
                              "support."),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "We use sessions to work towards your goals. When you need more support than "
                              "this relationship can give, your practitioner helps you find the right "
                              "person or service."),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "We talk openly about what you need, agree where the limits lie, and may "
                              "refer you to other support.")),
        defaultBoundary(
            languages, "confidentiality", QT_TRANSLATE_NOOP("DefaultPolicy", "Confidentiality"),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "What is shared in our work stays confidential, on both sides."),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "Your practitioner keeps your records private and shares information only "
                              "with your consent or where the law requires it. Please keep what you learn "
                              "about the practice and its other clients private too."),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "We talk about what was shared and how to prevent it happening again. A "
                              "serious breach can end the engagement.")),
        defaultBoundary(
            languages, "practitioner_focus",
            QT_TRANSLATE_NOOP("DefaultPolicy", "Personal and workplace problems stay out of sessions"),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "Your practitioner does not bring their own personal or workplace problems "
                              "into sessions. Sessions are about you: you are not there to listen to "
                              "your practitioner's troubles."),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "If something in your practitioner's life affects the service, such as "
                              "availability or a deadline, you are told openly how it is being handled "
                              "and what changes for you, without personal detail."),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "Please tell your practitioner if this happens. They record it, reflect on "
                              "it and, where needed, seek supervision.")),
    };
    document.ladder = {
        defaultStep(
            languages, "conversation", QT_TRANSLATE_NOOP("DefaultPolicy", "A private conversation"),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "We talk about it calmly and in private: the specific behaviour, the boundary, "
                              "why it matters and what happens instead. We look for the cause together and a "
                              "fair compromise where one is reasonable.")),
        defaultStep(
            languages, "written_summary", QT_TRANSLATE_NOOP("DefaultPolicy", "A written summary"),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "You receive a short written summary of the conversation and of anything we "
                              "agreed.")),
        defaultStep(
            languages, "goals_follow_up", QT_TRANSLATE_NOOP("DefaultPolicy", "Goals and follow-up"),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "We set clear goals for changing the behaviour and check progress on agreed "
                              "dates.")),
        defaultStep(languages, "behavioural_contract",
                    QT_TRANSLATE_NOOP("DefaultPolicy", "A behavioural contract"),
                    QT_TRANSLATE_NOOP(
                        "DefaultPolicy",
                        "If the behaviour continues, we meet and write a contract together: what is "
                        "appropriate, the behaviour that replaces it, measurable goals, the consequences "
                        "and a review date. We both sign it.")),
        defaultStep(
            languages, "training_resources", QT_TRANSLATE_NOOP("DefaultPolicy", "Training or resources"),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "Your practitioner offers training or resources that help you develop in this "
                              "area.")),
        defaultStep(
            languages, "supervision", QT_TRANSLATE_NOOP("DefaultPolicy", "Supervision and advice"),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "Your practitioner seeks advice from a colleague or supervisor on how best to "
                              "continue.")),
        defaultStep(
            languages, "ending_engagement", QT_TRANSLATE_NOOP("DefaultPolicy", "Ending the engagement"),
            QT_TRANSLATE_NOOP("DefaultPolicy",
                              "As the last step, the working relationship ends. This is explained to you in "
                              "writing.")),
    };
    return document;
}

} // namespace

PolicyDocument PolicyDocument::defaults() {
    // Made once per interface language: its texts are translated in every document language, and the
    // dashboard reads the default titles each time it computes while no policy is published.
    static QMutex mutex;
    static QHash<QString, PolicyDocument> made;
    const QString language = DocumentLanguage::interfaceCode();
    const QMutexLocker lock(&mutex);
    if (const auto found = made.constFind(language); found != made.constEnd())
        return *found;
    return *made.insert(language, makeDefaults(language));
}

namespace PolicyKeys {

bool isValid(const QString &key) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    return pattern.match(key).hasMatch();
}

QString fromTitle(const QString &title, const QStringList &taken) {
    // Decompose so that accented letters keep their base letter ("Zoë" -> "zoe").
    const QString decomposed = title.normalized(QString::NormalizationForm_KD).toLower();
    QString key;
    for (QChar c : decomposed) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            key.append(c);
        else if (c.isLetterOrNumber() || c.isSpace() || c.isPunct() || c.isSymbol())
            key.append(QLatin1Char('_'));
    }
    key.replace(QRegularExpression(QStringLiteral("_+")), QStringLiteral("_"));
    while (key.startsWith(QLatin1Char('_')))
        key.remove(0, 1);
    key = key.left(56);
    while (key.endsWith(QLatin1Char('_')))
        key.chop(1);
    if (key.isEmpty() || !key.at(0).isLower())
        key.prepend(QStringLiteral("boundary_"));
    QString candidate = key;
    for (int suffix = 2; taken.contains(candidate); ++suffix)
        candidate = key + QLatin1Char('_') + QString::number(suffix);
    return candidate;
}

} // namespace PolicyKeys

} // namespace bk
