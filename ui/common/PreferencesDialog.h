// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"
#include "app/policy/PracticeProfile.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace bk {

/// File ▸ Preferences: the language the window speaks (this user's, kept in the settings file; used from
/// the next start) and the paper size of the practice's documents (the practice's, kept in its profile).
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(OpenPractice database, QWidget *parent = nullptr);

    void accept() override;

private:
    void updateRestartNote();

    const OpenPractice m_db;
    QString m_startLanguage;
    std::optional<PaperSize> m_startPaperSize;
    QComboBox *m_language = nullptr;
    QLabel *m_restartNote = nullptr;
    QComboBox *m_paperSize = nullptr;
    QLabel *m_paperNote = nullptr;
};

} // namespace bk
