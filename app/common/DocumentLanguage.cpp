// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/DocumentLanguage.h"

#include <QHash>
#include <QMutex>
#include <QTranslator>

namespace bk {

namespace {

const char *const LanguageNames[][2] = {
    {"en", QT_TRANSLATE_NOOP("DocumentLanguage", "English")},
    {"de", QT_TRANSLATE_NOOP("DocumentLanguage", "German")},
    {"es", QT_TRANSLATE_NOOP("DocumentLanguage", "Spanish")},
    {"fr", QT_TRANSLATE_NOOP("DocumentLanguage", "French")},
};

// The translation of `code`, loaded once for the whole program (a document in a language is made often: the
// dashboard reads the default policy's titles each time it computes); null when there is none. The same files
// the interface installs (app/CMakeLists.txt): loaded here only, never installed, so the interface keeps its
// language. English has only plural forms, which is all English needs.
std::shared_ptr<const QTranslator> translatorFor(const QString &code) {
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const QTranslator>> loaded;
    const QMutexLocker lock(&mutex);
    if (const auto found = loaded.constFind(code); found != loaded.constEnd())
        return *found;
    auto translator = std::make_shared<QTranslator>();
    std::shared_ptr<const QTranslator> result;
    if (translator->load(QStringLiteral(":/i18n/boundary-keeper_") + code))
        result = std::move(translator);
    loaded.insert(code, result);
    return result;
}

} // namespace

DocumentLanguage::DocumentLanguage(const QString &code)
    : m_code(isSupported(code) ? code : QStringLiteral("en"))
    , m_locale(m_code)
    , m_translator(translatorFor(m_code)) {}

QStringList DocumentLanguage::codes() {
    QStringList result;
    for (const auto &entry : LanguageNames)
        result.append(QString::fromLatin1(entry[0]));
    return result;
}

bool DocumentLanguage::isSupported(const QString &code) {
    return codes().contains(code);
}

QString DocumentLanguage::name(const QString &code) {
    for (const auto &entry : LanguageNames) {
        if (code == QLatin1String(entry[0]))
            return tr(entry[1]);
    }
    return code;
}

QString DocumentLanguage::interfaceCode() {
    // The interface's translator is picked from QLocale()'s languages (Translations::install()); follow the
    // same order.
    for (const QString &language : QLocale().uiLanguages()) {
        const QString code = language.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
        if (isSupported(code))
            return code;
    }
    return QStringLiteral("en");
}

QString DocumentLanguage::text(const char *context, const char *source, const char *disambiguation,
                               int n) const {
    QString result = m_translator ? m_translator->translate(context, source, disambiguation, n) : QString();
    if (result.isEmpty())
        result = QString::fromUtf8(source);
    if (n >= 0) {
        result.replace(QLatin1String("%Ln"), m_locale.toString(n));
        result.replace(QLatin1String("%n"), QString::number(n));
    }
    return result;
}

} // namespace bk
