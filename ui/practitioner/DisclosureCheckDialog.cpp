// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/practitioner/DisclosureCheckDialog.h"

#include "app/common/Clock.h"
#include "app/common/OpenPractice.h"
#include "app/common/StatusColors.h"
#include "ui/common/StatusPalette.h"
#include "ui/help/ContextHelp.h"
#include "ui/incidents/ClientPicker.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace bk {

namespace {

// Object names of the answers' radio buttons: "<question key><Answer>RadioButton", e.g.
// "serves_clientYesRadioButton" — tests and accessibility tools find them by name.
QString radioName(DisclosureQuestion question, CheckAnswer answer) {
    const QString suffix = answer == CheckAnswer::Yes  ? QStringLiteral("Yes")
                           : answer == CheckAnswer::No ? QStringLiteral("No")
                                                       : QStringLiteral("NotSure");
    return DisclosureCheck::questionKey(question) + suffix + QStringLiteral("RadioButton");
}

// Calm tints of the palette in use for the recommendation, under the palette's own text colour.
QString adviceStyle(std::optional<Recommendation> recommendation, const QPalette &palette) {
    StatusColors::Status status = StatusColors::Status::Muted;
    if (recommendation == Recommendation::GoAhead)
        status = StatusColors::Status::Success;
    else if (recommendation == Recommendation::BetterNot)
        status = StatusColors::Status::Alert;
    else if (recommendation == Recommendation::TalkToSupervisor)
        status = StatusColors::Status::Caution;
    return QStringLiteral(
               "QFrame#adviceFrame { background: %1; border: 1px solid %2; border-left: 5px solid %2; "
               "border-radius: 4px; }")
        .arg(StatusColors::tint(status, palette).name(), StatusColors::graphic(status, palette).name());
}

// The decision that follows the recommendation, offered until the practitioner picks one.
DisclosureDecision suggestedDecision(Recommendation recommendation) {
    switch (recommendation) {
    case Recommendation::GoAhead:
        return DisclosureDecision::Shared;
    case Recommendation::BetterNot:
        return DisclosureDecision::HeldBack;
    case Recommendation::TalkToSupervisor:
        return DisclosureDecision::TalkToSupervisor;
    }
    return DisclosureDecision::HeldBack;
}

} // namespace

DisclosureCheckDialog::DisclosureCheckDialog(OpenPractice database, qint64 clientId, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_service(database) {
    setObjectName(QStringLiteral("disclosureCheckDialog"));
    ContextHelp::setTopic(this, HelpTopic::Reflection);
    setWindowTitle(tr("Before you share"));

    auto *intro = new QLabel(
        tr("Something personal can help a client when it serves them. Five questions, then a plain "
           "recommendation. Your answers stay private."),
        this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);

    m_client = new ClientPicker(database, this);
    m_client->setObjectName(QStringLiteral("clientPicker"));
    m_client->setPlaceholderText(tr("Type a name, or leave empty for no particular client"));
    m_client->setAccessibleName(tr("Client"));
    auto *clientForm = new QFormLayout;
    clientForm->addRow(tr("&Client:"), m_client);

    QWidget *questions = buildQuestions();

    m_adviceFrame = new QFrame(this);
    m_adviceFrame->setObjectName(QStringLiteral("adviceFrame"));
    m_adviceFrame->setAccessibleName(tr("Recommendation"));
    m_recommendation = new QLabel(m_adviceFrame);
    m_recommendation->setObjectName(QStringLiteral("recommendationLabel"));
    QFont headline = m_recommendation->font();
    headline.setBold(true);
    headline.setPointSizeF(headline.pointSizeF() * 1.15);
    m_recommendation->setFont(headline);
    m_recommendation->setWordWrap(true);
    m_reasons = new QLabel(m_adviceFrame);
    m_reasons->setObjectName(QStringLiteral("reasonsLabel"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::PlainText);
    auto *adviceLayout = new QVBoxLayout(m_adviceFrame);
    adviceLayout->setContentsMargins(12, 8, 12, 8);
    adviceLayout->addWidget(m_recommendation);
    adviceLayout->addWidget(m_reasons);

    QWidget *record = buildRecord();

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    setStatusColor(m_problem, StatusColors::Status::Alert);
    m_problem->setVisible(false);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("dialogButtonBox"));
    m_record = buttons->addButton(tr("&Record in my reflection"), QDialogButtonBox::AcceptRole);
    m_record->setObjectName(QStringLiteral("recordPushButton"));
    m_record->setDefault(true);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closePushButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DisclosureCheckDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_db.isReadOnly()) {
        m_record->setEnabled(false);
        m_record->setToolTip(
            tr("The practice is open read-only: the check works, but it cannot be recorded."));
    }

    auto *left = new QVBoxLayout;
    left->addWidget(intro);
    left->addLayout(clientForm);
    left->addWidget(questions);
    left->addWidget(m_adviceFrame);
    left->addWidget(record);
    left->addStretch(1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addWidget(buildPhrases(), 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    m_client->setClientId(clientId);
    updateAdvice();
    loadPhrases();
    // The first answer takes the focus when the client is known; otherwise the client field does.
    QWidget *first = clientId > 0 ? m_answerGroups.value(DisclosureQuestion::ServesClient)->buttons().first()
                                  : static_cast<QWidget *>(m_client);
    first->setFocus(Qt::OtherFocusReason);
    resize(std::max(sizeHint().width(), 1000), sizeHint().height());
}

QWidget *DisclosureCheckDialog::buildQuestions() {
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("questionsWidget"));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    int number = 0;
    for (DisclosureQuestion question : DisclosureCheck::questions()) {
        auto *group =
            new QGroupBox(tr("%1. %2").arg(++number).arg(DisclosureCheck::questionText(question)), box);
        group->setObjectName(DisclosureCheck::questionKey(question) + QStringLiteral("GroupBox"));
        group->setAccessibleName(DisclosureCheck::questionText(question));
        group->setAccessibleDescription(DisclosureCheck::questionHint(question));
        auto *row = new QHBoxLayout(group);
        row->setContentsMargins(10, 4, 10, 6);
        auto *answers = new QButtonGroup(group);
        answers->setExclusive(true);
        for (CheckAnswer answer : {CheckAnswer::Yes, CheckAnswer::No, CheckAnswer::NotSure}) {
            auto *radio = new QRadioButton(DisclosureCheck::answerLabel(question, answer), group);
            radio->setObjectName(radioName(question, answer));
            radio->setAccessibleName(DisclosureCheck::questionText(question) + QLatin1Char(' ') +
                                     DisclosureCheck::answerLabel(question, answer));
            answers->addButton(radio, int(answer));
            row->addWidget(radio);
        }
        row->addStretch(1);
        auto *hint = new QLabel(DisclosureCheck::questionHint(question), group);
        setStatusColor(hint, StatusColors::Status::Muted);
        hint->setWordWrap(true);
        row->addWidget(hint, 2);
        connect(answers, &QButtonGroup::idToggled, this, [this](int, bool checked) {
            if (checked)
                updateAdvice();
        });
        m_answerGroups.insert(question, answers);
        layout->addWidget(group);
    }
    return box;
}

QWidget *DisclosureCheckDialog::buildPhrases() {
    auto *box = new QGroupBox(tr("Turning back to the client"), this);
    box->setObjectName(QStringLiteral("redirectPhrasesGroupBox"));
    auto *text =
        new QLabel(tr("Acknowledge, then return to their agenda. Copy a phrase, or make the list your "
                      "own."),
                   box);
    text->setWordWrap(true);
    m_phrases = new QListWidget(box);
    m_phrases->setObjectName(QStringLiteral("redirectPhrasesListWidget"));
    m_phrases->setAccessibleName(tr("Redirect phrases"));
    m_phrases->setWordWrap(true);
    m_phrases->setAlternatingRowColors(true);
    m_phrases->setTextElideMode(Qt::ElideNone);
    m_phrases->setSpacing(3);
    // Enter or a double-click copies the phrase, as the Copy button does.
    connect(m_phrases, &QListWidget::itemActivated, this, &DisclosureCheckDialog::copySelectedPhrase);

    m_copyPhrase = new QPushButton(tr("Co&py phrase"), box);
    m_copyPhrase->setObjectName(QStringLiteral("copyPhrasePushButton"));
    m_copyPhrase->setAutoDefault(false);
    connect(m_copyPhrase, &QPushButton::clicked, this, &DisclosureCheckDialog::copySelectedPhrase);
    m_editPhrases = new QPushButton(tr("&Edit phrases…"), box);
    m_editPhrases->setObjectName(QStringLiteral("editPhrasesPushButton"));
    m_editPhrases->setAutoDefault(false);
    m_editPhrases->setEnabled(!m_db.isReadOnly());
    connect(m_editPhrases, &QPushButton::clicked, this, &DisclosureCheckDialog::editPhrases);
    auto *copied = new QLabel(box);
    copied->setObjectName(QStringLiteral("copiedLabel"));
    setStatusColor(copied, StatusColors::Status::Muted);
    connect(m_copyPhrase, &QPushButton::clicked, copied,
            [copied, this] { copied->setText(m_phrases->currentItem() ? tr("Copied.") : QString()); });
    connect(m_phrases, &QListWidget::itemActivated, copied, [copied] { copied->setText(tr("Copied.")); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyPhrase);
    buttons->addWidget(copied, 1);
    buttons->addWidget(m_editPhrases);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(text);
    layout->addWidget(m_phrases, 1);
    layout->addLayout(buttons);
    return box;
}

QWidget *DisclosureCheckDialog::buildRecord() {
    auto *box = new QGroupBox(tr("For your reflection (private)"), this);
    box->setObjectName(QStringLiteral("recordGroupBox"));
    m_decision = new QComboBox(box);
    m_decision->setObjectName(QStringLiteral("decisionComboBox"));
    m_decision->setAccessibleName(tr("What you decided"));
    m_decision->addItem(tr("Choose…"), QString());
    for (DisclosureDecision decision : DisclosureDecisions::all())
        m_decision->addItem(DisclosureDecisions::label(decision), DisclosureDecisions::key(decision));
    connect(m_decision, &QComboBox::activated, this, [this] { m_decisionChosen = true; });

    m_note = new QPlainTextEdit(box);
    m_note->setObjectName(QStringLiteral("notePlainTextEdit"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(
        tr("A few words for yourself: what you wanted to share, what you noticed. It never "
           "appears in anything the client receives."));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(fontMetrics().lineSpacing() * 3 + 14);

    m_date = new QDateEdit(Clock::todayLocal(), box);
    m_date->setObjectName(QStringLiteral("entryDateEdit"));
    m_date->setAccessibleName(tr("Date"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(Clock::todayLocal());
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));

    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("I &decided:"), m_decision);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("D&ate:"), m_date);
    box->setEnabled(!m_db.isReadOnly());
    return box;
}

void DisclosureCheckDialog::editEntry(const ReflectionEntry &entry) {
    m_editedId = entry.id;
    setWindowTitle(
        tr("Your disclosure check of %1").arg(QLocale().toString(entry.date, QLocale::ShortFormat)));
    m_record->setText(tr("&Save changes"));
    m_client->setClientId(entry.clientId);
    for (DisclosureQuestion question : DisclosureCheck::questions()) {
        if (QAbstractButton *answer =
                m_answerGroups.value(question)->button(int(entry.answers.answer(question))))
            answer->setChecked(true);
    }
    m_decisionChosen = true;
    m_decision->setCurrentIndex(m_decision->findData(DisclosureDecisions::key(entry.decision)));
    m_note->setPlainText(entry.note);
    m_date->setDate(entry.date);
    updateAdvice();
    m_answerGroups.value(DisclosureQuestion::ServesClient)->checkedButton()->setFocus(Qt::OtherFocusReason);
}

DisclosureAnswers DisclosureCheckDialog::answers() const {
    DisclosureAnswers answers;
    for (auto it = m_answerGroups.cbegin(); it != m_answerGroups.cend(); ++it) {
        const int checked = it.value()->checkedId();
        answers.setAnswer(it.key(), checked < 0 ? CheckAnswer::Unanswered : CheckAnswer(checked));
    }
    return answers;
}

void DisclosureCheckDialog::updateAdvice() {
    const std::optional<DisclosureAdvice> advice = DisclosureCheck::advise(answers());
    m_adviceFrame->setStyleSheet(
        adviceStyle(advice ? std::optional(advice->recommendation) : std::nullopt, palette()));
    if (!advice) {
        m_recommendation->setText(tr("Answer the five questions to see the recommendation."));
        m_reasons->clear();
        m_reasons->setVisible(false);
        m_adviceFrame->setAccessibleDescription({});
        return;
    }
    m_recommendation->setText(DisclosureCheck::recommendationLabel(advice->recommendation));
    m_reasons->setText(advice->reasons.join(QLatin1Char('\n')));
    m_reasons->setVisible(true);
    m_adviceFrame->setAccessibleDescription(m_recommendation->text() + QStringLiteral(". ") +
                                            advice->reasons.join(QLatin1Char(' ')));
    if (!m_decisionChosen)
        m_decision->setCurrentIndex(
            m_decision->findData(DisclosureDecisions::key(suggestedDecision(advice->recommendation))));
}

void DisclosureCheckDialog::loadPhrases() {
    m_phrases->clear();
    const Result<QStringList> phrases = m_service.redirectPhrases();
    if (!phrases) {
        showProblem(phrases.error().message);
        return;
    }
    m_phrases->addItems(phrases.value());
    if (m_phrases->count() > 0)
        m_phrases->setCurrentRow(0);
    m_copyPhrase->setEnabled(m_phrases->count() > 0);
}

void DisclosureCheckDialog::copySelectedPhrase() {
    if (const QListWidgetItem *item = m_phrases->currentItem())
        QApplication::clipboard()->setText(item->text());
}

void DisclosureCheckDialog::editPhrases() {
    QDialog editor(this);
    editor.setObjectName(QStringLiteral("editPhrasesDialog"));
    editor.setWindowTitle(tr("Redirect phrases"));
    auto *text = new QLabel(tr("One phrase per line, in the order you want them offered."), &editor);
    auto *edit = new QPlainTextEdit(&editor);
    edit->setObjectName(QStringLiteral("phrasesPlainTextEdit"));
    edit->setAccessibleName(tr("Redirect phrases, one per line"));
    edit->setTabChangesFocus(true);
    QStringList current;
    for (int row = 0; row < m_phrases->count(); ++row)
        current.append(m_phrases->item(row)->text());
    edit->setPlainText(current.join(QLatin1Char('\n')));
    auto *problem = new QLabel(&editor);
    problem->setObjectName(QStringLiteral("phrasesProblemLabel"));
    problem->setWordWrap(true);
    setStatusColor(problem, StatusColors::Status::Alert);
    problem->setVisible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &editor);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("savePhrasesPushButton"));
    QPushButton *defaults = buttons->addButton(tr("Use the &defaults"), QDialogButtonBox::ResetRole);
    defaults->setObjectName(QStringLiteral("defaultPhrasesPushButton"));
    connect(defaults, &QPushButton::clicked, edit, [edit] {
        edit->setPlainText(ReflectionService::defaultRedirectPhrases().join(QLatin1Char('\n')));
    });
    connect(buttons, &QDialogButtonBox::rejected, &editor, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &editor, [&] {
        const Status saved = m_service.saveRedirectPhrases(edit->toPlainText().split(QLatin1Char('\n')));
        if (!saved) {
            // Nothing typed is lost: the editor stays open with the text as it is.
            problem->setText(tr("The phrases were not saved. %1").arg(saved.error().message));
            problem->setVisible(true);
            return;
        }
        editor.accept();
    });
    auto *layout = new QVBoxLayout(&editor);
    layout->addWidget(text);
    layout->addWidget(edit, 1);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    editor.resize(560, 320);
    if (editor.exec() == QDialog::Accepted)
        loadPhrases();
}

void DisclosureCheckDialog::showProblem(const QString &text) {
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void DisclosureCheckDialog::accept() {
    if (m_recordedId != 0 || m_db.isReadOnly())
        return;
    showProblem({});
    m_client->resolve();
    if (const QString picker = m_client->problem(); !picker.isEmpty()) {
        showProblem(picker);
        m_client->setFocus(Qt::OtherFocusReason);
        return;
    }
    NewReflection entry;
    entry.clientId = m_client->clientId();
    entry.date = m_date->date();
    entry.answers = answers();
    entry.decision = DisclosureDecisions::fromKey(m_decision->currentData().toString());
    entry.note = m_note->toPlainText();
    if (m_editedId != 0) {
        if (const Status saved = m_service.update(m_editedId, entry); !saved) {
            showProblem(tr("Nothing was saved. %1").arg(saved.error().message));
            return;
        }
        m_recordedId = m_editedId;
        QDialog::accept();
        return;
    }
    const Result<qint64> recorded = m_service.record(entry);
    if (!recorded) {
        showProblem(tr("Nothing was recorded. %1").arg(recorded.error().message));
        return;
    }
    m_recordedId = recorded.value();
    QDialog::accept();
}

} // namespace bk
