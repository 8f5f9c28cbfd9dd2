// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/agreements/Contract.h"
#include "app/common/OpenPractice.h"

#include <QDateTime>
#include <QDialog>
#include <memory>

class QCheckBox;
class QLabel;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QPlainTextEdit;
class QTextBrowser;
class QTextDocument;

namespace bk {

class ScanAttachmentWidget;
class SignaturePadWidget;

/// Signs a behavioural contract the way an agreement is signed: on screen (the client consents to signing
/// electronically, both sign on the signature pad, drawn or typed), or on paper (a printed copy both sign by
/// hand, recorded with the date, who countersigned, where the original is kept and optionally a scan). The
/// signed PDF with its evidence page is stored, saved to the client's folder and recorded on the incident's
/// ladder. Cancel keeps a draft.
class ContractSigningDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Electronic, Paper };

    /// Signs `content` for incident `incidentId`, resuming the incident's saved draft when there is one.
    ContractSigningDialog(OpenPractice database, qint64 incidentId, const BehaviouralContract &content,
                          Mode mode = Mode::Electronic, QWidget *parent = nullptr);
    ~ContractSigningDialog() override;

    /// Whether the contract could be prepared; when not, problem() says why.
    bool isReady() const { return m_ready; }
    QString problem() const { return m_problem; }
    /// Where the signed PDF was saved; empty until signed.
    QString savedPath() const { return m_savedPath; }

    /// Signs, stores and saves; with something missing the dialog stays open and says what.
    void accept() override;
    /// Keeps what was prepared as a draft of the incident, to resume later.
    void reject() override;

private:
    /// The contract with the consent, intent and signatures on screen (or the paper original's record).
    Contract current() const;
    /// The signatures on paper, dated the day chosen (now when that is today).
    void addPaperSignatures(Contract &contract) const;
    QWidget *buildPaper();
    void printUnsignedCopy();

    const OpenPractice m_db;
    Contract m_contract;
    bool m_ready = false;
    QString m_problem;
    QString m_savedPath;
    std::unique_ptr<QTextDocument> m_preview;
    QDateTime m_clientSignedAt;
    QDateTime m_practitionerSignedAt;

    QTextBrowser *m_text = nullptr;
    QPlainTextEdit *m_intent = nullptr;
    QCheckBox *m_consent = nullptr;
    SignaturePadWidget *m_clientPad = nullptr;
    SignaturePadWidget *m_practitionerPad = nullptr;
    QLineEdit *m_practitionerName = nullptr;
    const Mode m_mode;
    QCheckBox *m_paperOriginal = nullptr;
    QDateEdit *m_paperDate = nullptr;
    QLineEdit *m_paperNote = nullptr;
    ScanAttachmentWidget *m_scan = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace bk
