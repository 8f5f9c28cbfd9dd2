// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace bk::Translations {

void install() {
    QCoreApplication *app = QCoreApplication::instance();
    Q_ASSERT(app);
    const QLocale locale;
    // Parented to the application, the translators live as long as it does.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *own = new QTranslator(app);
    const QString folder = QStringLiteral(":/i18n");
    const QString name = QStringLiteral("boundary-keeper");
    if (own->load(locale, name, QStringLiteral("_"), folder) ||
        own->load(name + QStringLiteral("_en"), folder))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

} // namespace bk::Translations
