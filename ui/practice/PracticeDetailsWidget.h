// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/policy/PracticeProfile.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace bk {

/// Edits who the practice is: name, contact line, logo, practitioners and paper size. Saves nothing itself.
class PracticeDetailsWidget : public QWidget {
    Q_OBJECT
public:
    explicit PracticeDetailsWidget(QWidget *parent = nullptr);

    /// Shows the details part of `profile`.
    void setProfile(const PracticeProfile &profile);
    /// Writes the details shown into `profile`, leaving its other parts alone.
    void applyTo(PracticeProfile &profile) const;
    void setReadOnly(bool readOnly);

    /// Reads a PNG or JPEG file as the logo (scaled down when very large); false with a message when the
    /// file is not an image.
    bool setLogoFromFile(const QString &path);
    QByteArray logoPng() const { return m_logoPng; }

Q_SIGNALS:
    void changed();

private:
    void chooseLogo();
    void setLogo(const QByteArray &png);
    void addPractitioner();
    void removePractitioner();
    void movePractitioner(int delta);
    void updateButtons();

    bool m_readOnly = false;
    QByteArray m_logoPng;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_contactLine = nullptr;
    QLabel *m_logoPreview = nullptr;
    QLabel *m_logoError = nullptr;
    QPushButton *m_chooseLogo = nullptr;
    QPushButton *m_removeLogo = nullptr;
    QTableWidget *m_practitioners = nullptr;
    QPushButton *m_addPractitioner = nullptr;
    QPushButton *m_removePractitioner = nullptr;
    QPushButton *m_upPractitioner = nullptr;
    QPushButton *m_downPractitioner = nullptr;
    QComboBox *m_paperSize = nullptr;
};

} // namespace bk
