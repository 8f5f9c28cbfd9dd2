// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <memory>

class QTranslator;

namespace bk {

/// One language a document is written in, whatever language the interface shows: a translator of its own
/// (the language's .qm, never installed on the application) and the QLocale for dates and day names.
///
/// Document builders look their fixed text up with text(context, source) instead of tr(); the sources stay
/// in QT_TRANSLATE_NOOP with the context they are looked up in, so lupdate still files them there.
class DocumentLanguage {
    Q_DECLARE_TR_FUNCTIONS(DocumentLanguage)

public:
    /// The language `code` ("en", "de", "es", "fr"); English for a code that is not supported.
    explicit DocumentLanguage(const QString &code = QStringLiteral("en"));

    /// The languages documents can be written in, as codes, English first.
    static QStringList codes();
    static bool isSupported(const QString &code);
    /// The language's name in the interface language ("German"), the code itself when unknown.
    static QString name(const QString &code);
    /// The language the interface shows now when documents support it, else English: what a new client
    /// and the practice's own policy texts start in.
    static QString interfaceCode();

    QString code() const { return m_code; }
    QLocale locale() const { return m_locale; }
    /// `source` as translated in `context` for this language; `source` itself where there is no
    /// translation (English). `%n` is replaced by `n` when n >= 0, as tr() does.
    QString text(const char *context, const char *source, const char *disambiguation = nullptr,
                 int n = -1) const;

private:
    QString m_code;
    QLocale m_locale;
    std::shared_ptr<const QTranslator> m_translator; // shared: every language object shares its loaded file
};

} // namespace bk
