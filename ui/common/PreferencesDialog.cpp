// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/common/PreferencesDialog.h"

#include "app/common/Settings.h"
#include "app/common/Translations.h"
#include "app/policy/PracticeService.h"
#include "ui/common/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace bk {

PreferencesDialog::PreferencesDialog(OpenPractice database, QWidget *parent)
    : QDialog(parent)
    , m_db(database) {
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));

    m_startLanguage = Settings().interfaceLanguage();
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("interfaceLanguageComboBox"));
    // The system's language is named in itself, like the others, for someone who reads only that one.
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    m_language->addItem(Translations::languages().contains(system)
                            ? tr("System language (%1)").arg(Translations::nativeName(system))
                            : tr("System language"),
                        QString());
    for (const QString &language : Translations::languages())
        m_language->addItem(Translations::nativeName(language), language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_startLanguage)));
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateRestartNote);
    m_restartNote = new QLabel(tr("Boundary Keeper speaks the new language from its next start."), this);
    m_restartNote->setObjectName(QStringLiteral("restartNoteLabel"));
    m_restartNote->setWordWrap(true);
    m_restartNote->setVisible(false);

    auto *languageForm = new QFormLayout;
    languageForm->addRow(tr("&Language:"), m_language);
    languageForm->addRow(m_restartNote);
    auto *languageBox = new QGroupBox(tr("This computer"), this);
    auto *languageLayout = new QVBoxLayout(languageBox);
    languageLayout->addLayout(languageForm);
    languageLayout->addWidget(
        new QLabel(tr("The command-line program follows the language of the terminal (LANG)."), languageBox));

    m_paperSize = new QComboBox(this);
    m_paperSize->setObjectName(QStringLiteral("paperSizeComboBox"));
    for (PaperSize size : {PaperSize::A4, PaperSize::UsLetter})
        m_paperSize->addItem(PaperSizes::label(size), PaperSizes::key(size));
    m_paperNote = new QLabel(this);
    m_paperNote->setObjectName(QStringLiteral("paperNoteLabel"));
    m_paperNote->setWordWrap(true);
    const Result<PracticeProfile> profile = PracticeService(m_db).load();
    if (profile) {
        m_startPaperSize = profile.value().paperSize;
        m_paperSize->setCurrentIndex(m_paperSize->findData(PaperSizes::key(*m_startPaperSize)));
    }
    if (!profile) {
        m_paperSize->setEnabled(false);
        m_paperNote->setText(profile.error().message);
    } else if (m_db.isReadOnly()) {
        m_paperSize->setEnabled(false);
        m_paperNote->setText(tr("This practice is open read-only: its paper size cannot be changed."));
    } else {
        m_paperNote->setText(tr("Agreements, contracts, summaries and reports of this practice are laid out "
                                "on this paper, whoever prints them."));
    }

    auto *documentForm = new QFormLayout;
    documentForm->addRow(tr("&Paper size:"), m_paperSize);
    documentForm->addRow(m_paperNote);
    auto *documentBox = new QGroupBox(tr("The practice's documents"), this);
    documentBox->setLayout(documentForm);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(languageBox);
    layout->addWidget(documentBox);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

void PreferencesDialog::updateRestartNote() {
    m_restartNote->setVisible(m_language->currentData().toString() != m_startLanguage);
}

void PreferencesDialog::accept() {
    const std::optional<PaperSize> paperSize = PaperSizes::fromKey(m_paperSize->currentData().toString());
    if (m_paperSize->isEnabled() && paperSize && paperSize != m_startPaperSize) {
        // The profile is read again here so that only the paper size changes, whatever else was saved since.
        Result<PracticeProfile> loaded = PracticeService(m_db).load();
        Status saved = loaded ? Status() : Status(loaded.error());
        if (loaded) {
            PracticeProfile profile = std::move(loaded).value();
            profile.paperSize = *paperSize;
            saved = PracticeService(m_db).save(profile);
        }
        if (!saved) {
            MessageBox::inform(this, tr("Paper size not saved"), saved.error().message);
            return;
        }
    }
    Settings().setInterfaceLanguage(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace bk
