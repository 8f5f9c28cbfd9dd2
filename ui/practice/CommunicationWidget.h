// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/policy/PracticeProfile.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;
class QTimeEdit;

namespace bk {

/// Edits the communication terms: working hours, time zone, contact channels, response times and the
/// emergency rule. Shows problems inline; saves nothing itself.
class CommunicationWidget : public QWidget {
    Q_OBJECT
public:
    enum ChannelColumn { ChannelNameColumn, AllowedColumn, ResponseTimeColumn, ResponseHoursColumn };

    explicit CommunicationWidget(QWidget *parent = nullptr);

    /// Shows the communication part of `profile`.
    void setProfile(const PracticeProfile &profile);
    /// Writes the communication terms shown into `profile`, leaving its other parts alone.
    void applyTo(PracticeProfile &profile) const;
    void setReadOnly(bool readOnly);

    /// What must be corrected before the terms can be saved; empty when they are fine.
    QStringList problems() const;
    /// Lists the problems below the form (kept up to date while they are corrected); true when there are
    /// none.
    bool showProblems();

Q_SIGNALS:
    void changed();

private:
    struct DayRow {
        QCheckBox *open = nullptr;
        QTimeEdit *start = nullptr;
        QTimeEdit *end = nullptr;
        QLabel *error = nullptr;
    };

    QWidget *buildHours();
    QWidget *buildChannels();
    void updateDay(int index);
    void edited();

    bool m_readOnly = false;
    DayRow m_days[7];
    QComboBox *m_timeZone = nullptr;
    QTableWidget *m_channels = nullptr;
    QPlainTextEdit *m_responseTimes = nullptr;
    QPlainTextEdit *m_emergencyDefinition = nullptr;
    QPlainTextEdit *m_emergencyContact = nullptr;
    QLabel *m_problems = nullptr;
};

} // namespace bk
