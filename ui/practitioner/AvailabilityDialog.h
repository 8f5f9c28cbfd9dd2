// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"
#include "app/practitioner/AvailabilityService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace bk {

class NoticeBar;

/// When something personal affects the service: the practitioner enters a period of reduced availability
/// (its days, what changes, a colleague covering, and a reason that stays private), sees the clients with
/// something due in it, moves their follow-ups out of it in one step, and sends each client a short notice in
/// their document language (copied, opened in the mail program or saved as PDF, then recorded as sent).
class AvailabilityDialog : public QDialog {
    Q_OBJECT
public:
    explicit AvailabilityDialog(OpenPractice database, QWidget *parent = nullptr);

    /// The period shown; 0 while a new one is being entered.
    qint64 periodId() const { return m_periodId; }

private:
    QWidget *buildPeriod();
    QWidget *buildClients();
    void loadPeriods(qint64 select);
    void showPeriod();
    void recordPeriod();
    void loadClients();
    void showNotice();
    void moveFollowUps();
    void copyNotice();
    void mailNotice();
    void saveNoticePdf();
    void recordSent();
    void setMethod(SummaryMethod method);
    void showProblem(const QString &text);
    const AffectedClient *selectedClient() const;

    const OpenPractice m_db;
    AvailabilityService m_service;
    qint64 m_periodId = 0;
    QList<AffectedClient> m_clients;

    QComboBox *m_periods = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_noSessions = nullptr;
    QCheckBox *m_slowerReplies = nullptr;
    QLineEdit *m_coveredBy = nullptr;
    QLineEdit *m_contact = nullptr;
    QComboBox *m_reason = nullptr;
    QPushButton *m_record = nullptr;
    NoticeBar *m_problem = nullptr;
    QGroupBox *m_clientsBox = nullptr;
    QListWidget *m_clientList = nullptr;
    QPushButton *m_move = nullptr;
    QPlainTextEdit *m_notice = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_mail = nullptr;
    QPushButton *m_pdf = nullptr;
    QLabel *m_pdfSaved = nullptr;
    QComboBox *m_method = nullptr;
    QPushButton *m_recordSent = nullptr;
    QLabel *m_sentState = nullptr;
};

} // namespace bk
