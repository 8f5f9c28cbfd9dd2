// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace bk::Translations {

namespace {

// The translators install() put in place last, removed when it installs others.
QPointer<QTranslator> g_qt;
QPointer<QTranslator> g_own;

void replace(QPointer<QTranslator> &installed, QTranslator *translator) {
    if (installed) {
        QCoreApplication::removeTranslator(installed);
        delete installed;
    }
    installed = translator;
    if (translator)
        QCoreApplication::installTranslator(translator);
}

} // namespace

QStringList languages() {
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr")};
}

QString nativeName(const QString &language) {
    // Endonyms, the same in every interface language; QLocale's are lower case for some ("español").
    if (language == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (language == QLatin1String("es"))
        return QStringLiteral("Español");
    if (language == QLatin1String("fr"))
        return QStringLiteral("Français");
    return QStringLiteral("English");
}

void install(const QString &language) {
    QCoreApplication *app = QCoreApplication::instance();
    Q_ASSERT(app);
    if (languages().contains(language))
        QLocale::setDefault(QLocale(language));
    const QLocale locale;
    // Parented to the application, the translators live as long as it does.
    auto *qt = new QTranslator(app);
    if (!qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        delete qt;
        qt = nullptr;
    }
    replace(g_qt, qt);

    auto *own = new QTranslator(app);
    const QString folder = QStringLiteral(":/i18n");
    const QString name = QStringLiteral("boundary-keeper");
    if (!own->load(locale, name, QStringLiteral("_"), folder) &&
        !own->load(name + QStringLiteral("_en"), folder)) {
        delete own;
        own = nullptr;
    }
    replace(g_own, own);
}

} // namespace bk::Translations
