// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"
#include "app/incidents/Incident.h"
#include "ui/incidents/StepWidget.h"

#include <QUrl>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace bk {

/// The second ladder step: the written summary for the client, generated from the conversation record and
/// what the practitioner writes for the client (the conversation's own note stays private), editable; copied,
/// opened in the mail program or saved as PDF in the client's private folder, then recorded as sent with its
/// method.
class SummaryStepWidget : public StepWidget {
    Q_OBJECT
public:
    explicit SummaryStepWidget(OpenPractice database, QWidget *parent = nullptr);

    void showData(const IncidentDetails &detail) override;
    void setRecordingEnabled(bool enabled) override;

    /// A mailto: link to `address` with `subject` and `body`, every part percent-encoded (RFC 6068: line
    /// breaks as CRLF), so any text survives the trip to the mail program.
    static QUrl mailtoUrl(const QString &address, const QString &subject, const QString &body);
    /// How a summary reached the client, in words.
    static QString methodLabel(SummaryMethod method);

private:
    void regenerate();
    /// A fresh draft with what to tell the client, unless the letter was edited since the last draft.
    void forClientChanged();
    void copy();
    void openInMail();
    void savePdf();
    void record();
    void setMethod(SummaryMethod method);

    qint64 m_incidentId = 0;
    QString m_email;
    QString m_subject;
    bool m_haveConversation = false;
    QPlainTextEdit *m_forClient = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QString m_draft; ///< the text of the last draft, to tell whether the letter was edited
    QLabel *m_recorded = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_mail = nullptr;
    QPushButton *m_pdf = nullptr;
    QLabel *m_pdfSaved = nullptr;
    QDateTimeEdit *m_sentAt = nullptr;
    QComboBox *m_method = nullptr;
    QPushButton *m_record = nullptr;
    QLabel *m_sentNote = nullptr;
};

} // namespace bk
