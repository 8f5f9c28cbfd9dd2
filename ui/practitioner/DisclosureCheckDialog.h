// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"
#include "app/practitioner/ReflectionService.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QFrame;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace bk {

class ClientPicker;

/// A short check to take before sharing something personal with a client: five questions, answered with the
/// keyboard or the mouse, lead to a plain recommendation with its reasons (DisclosureCheck). Phrases for
/// turning the conversation back to the client are at hand to copy and edit. The practitioner can record
/// what they decided as a private reflection entry.
class DisclosureCheckDialog : public QDialog {
    Q_OBJECT
public:
    /// `clientId` preselects the client the check is about (0: the practitioner picks one, or none).
    explicit DisclosureCheckDialog(OpenPractice database, qint64 clientId = 0, QWidget *parent = nullptr);

    DisclosureAnswers answers() const;
    /// The id of the recorded entry; 0 until it has been recorded.
    qint64 recordedEntryId() const { return m_recordedId; }
    /// Shows `entry` as recorded, to change it: accepting saves the changes over it.
    void editEntry(const ReflectionEntry &entry);

    /// Records the entry (or saves the changes to the one edited); with a problem the dialog stays open and
    /// keeps everything entered.
    void accept() override;

private:
    QWidget *buildQuestions();
    QWidget *buildPhrases();
    QWidget *buildRecord();
    void updateAdvice();
    void loadPhrases();
    void copySelectedPhrase();
    void editPhrases();
    void showProblem(const QString &text);

    const OpenPractice m_db;
    ReflectionService m_service;
    qint64 m_recordedId = 0;
    qint64 m_editedId = 0;         ///< the entry being edited; 0: a new check
    bool m_decisionChosen = false; ///< the user picked a decision; the recommendation no longer suggests one

    ClientPicker *m_client = nullptr;
    QHash<DisclosureQuestion, QButtonGroup *> m_answerGroups;
    QFrame *m_adviceFrame = nullptr;
    QLabel *m_recommendation = nullptr;
    QLabel *m_reasons = nullptr;
    QListWidget *m_phrases = nullptr;
    QPushButton *m_copyPhrase = nullptr;
    QPushButton *m_editPhrases = nullptr;
    QComboBox *m_decision = nullptr;
    QDateEdit *m_date = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_record = nullptr;
};

} // namespace bk
