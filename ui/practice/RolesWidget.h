// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/policy/PracticeProfile.h"

#include <QWidget>

class QPlainTextEdit;

namespace bk {

/// Edits the roles on both sides and the scope of services. Saves nothing itself.
class RolesWidget : public QWidget {
    Q_OBJECT
public:
    explicit RolesWidget(QWidget *parent = nullptr);

    /// Shows the roles and scope part of `profile`.
    void setProfile(const PracticeProfile &profile);
    /// Writes the roles and scope shown into `profile`, leaving its other parts alone.
    void applyTo(PracticeProfile &profile) const;
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void changed();

private:
    QPlainTextEdit *addEditor(const QString &name, const QString &placeholder, const QString &whatsThis);

    QPlainTextEdit *m_practitionerRole = nullptr;
    QPlainTextEdit *m_clientRole = nullptr;
    QPlainTextEdit *m_servicesOffered = nullptr;
    QPlainTextEdit *m_servicesNotOffered = nullptr;
};

} // namespace bk
