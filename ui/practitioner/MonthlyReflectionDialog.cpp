// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/practitioner/MonthlyReflectionDialog.h"

#include "app/common/Clock.h"
#include "ui/common/NoticeBar.h"
#include "ui/common/StatusPalette.h"
#include "ui/help/ContextHelp.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace bk {

MonthlyReflectionDialog::MonthlyReflectionDialog(OpenPractice database, const QDate &month, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_service(database)
    , m_month(ReflectionService::monthOf(month)) {
    setObjectName(QStringLiteral("monthlyReflectionDialog"));
    ContextHelp::setTopic(this, HelpTopic::Reflection);
    const QString monthName = QLocale().toString(m_month, QStringLiteral("MMMM yyyy"));
    setWindowTitle(tr("Monthly reflection: %1").arg(monthName));
    m_problem = new NoticeBar(this);
    m_problem->setObjectName(QStringLiteral("monthlyReflectionProblemNoticeBar"));
    m_review = new QTextBrowser(this);
    m_review->setObjectName(QStringLiteral("monthlyReviewTextBrowser"));
    m_review->setAccessibleName(tr("What the month looked like"));
    const Result<MonthlyReview> review = m_service.monthlyReview(m_month);
    if (review)
        m_review->setHtml(reviewHtml(review.value()));
    else
        m_problem->showMessage(review.error().message, NoticeBar::Kind::Warning);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(m_review, 1);
    auto *privacy = new QLabel(tr("Private: your answers never appear in anything a client receives."), this);
    setStatusColor(privacy, StatusColors::Status::Muted);
    layout->addWidget(privacy);
    QStringList recorded;
    if (const Result<QList<MonthlyReflection>> all = m_service.monthlyReflections(); all) {
        for (const MonthlyReflection &reflection : all.value())
            recorded = reflection.month == m_month ? reflection.answers : recorded;
    }
    const QStringList questions = ReflectionService::monthlyQuestions();
    for (qsizetype i = 0; i < questions.size(); ++i) {
        auto *question = new QLabel(questions.at(i), this);
        question->setWordWrap(true);
        auto *answer = new QPlainTextEdit(recorded.value(i), this);
        answer->setObjectName(QStringLiteral("monthlyAnswer%1PlainTextEdit").arg(i + 1));
        answer->setAccessibleName(questions.at(i));
        answer->setTabChangesFocus(true);
        answer->setFixedHeight(answer->fontMetrics().lineSpacing() * 4 + 12);
        question->setBuddy(answer);
        layout->addWidget(question);
        layout->addWidget(answer);
        m_answers.append(answer);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *skip = buttons->addButton(tr("S&kip this month"), QDialogButtonBox::ResetRole);
    skip->setObjectName(QStringLiteral("skipMonthPushButton"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveMonthlyReflectionPushButton"));
    buttons->button(QDialogButtonBox::Save)->setEnabled(!m_db.isReadOnly());
    skip->setEnabled(!m_db.isReadOnly());
    connect(buttons, &QDialogButtonBox::accepted, this, &MonthlyReflectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(skip, &QPushButton::clicked, this, &MonthlyReflectionDialog::skip);
    layout->addWidget(buttons);
    resize(640, 640);
    if (!m_answers.isEmpty())
        m_answers.first()->setFocus();
}

QString MonthlyReflectionDialog::reviewHtml(const MonthlyReview &review) {
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(locale.toString(review.month, QStringLiteral("MMMM yyyy")).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p><ul>")
                .arg(tr("Your own lapses: %n", nullptr, int(review.ownLapses.size())).toHtmlEscaped());
    for (const OwnLapse &lapse : review.ownLapses)
        html += QStringLiteral("<li>%1</li>")
                    .arg((lapse.outsideHours ? tr("%1, %2 — outside working hours") : tr("%1, %2"))
                             .arg(locale.toString(Clock::toLocal(lapse.occurredAt), QLocale::ShortFormat),
                                  lapse.clientName)
                             .toHtmlEscaped());
    html += QStringLiteral("</ul><p>%1</p>")
                .arg(tr("Contacts you initiated outside working hours: %n", nullptr,
                        int(review.outsideHoursContacts()))
                         .toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p><ul>")
                .arg(tr("Clients with repeated incidents: %n", nullptr, int(review.repeatedClients.size()))
                         .toHtmlEscaped());
    for (const RepeatedClient &client : review.repeatedClients)
        html += QStringLiteral("<li>%1</li>")
                    .arg(tr("%1 (%Ln incident(s))", nullptr, int(client.incidents))
                             .arg(client.name)
                             .toHtmlEscaped());
    html += QStringLiteral("</ul><p>%1</p>")
                .arg(tr("Disclosure checks taken: %1 (you shared after %2)")
                         .arg(review.disclosureChecks)
                         .arg(review.disclosureShared)
                         .toHtmlEscaped());
    return html;
}

void MonthlyReflectionDialog::accept() {
    QStringList answers;
    for (const QPlainTextEdit *answer : std::as_const(m_answers))
        answers.append(answer->toPlainText());
    const Result<qint64> id = m_service.reflectOnMonth(m_month, answers);
    if (!id) {
        m_problem->showMessage(id.error().message, NoticeBar::Kind::Warning);
        return;
    }
    QDialog::accept();
}

void MonthlyReflectionDialog::skip() {
    if (const Status skipped = m_service.skipMonth(m_month); !skipped) {
        m_problem->showMessage(skipped.error().message, NoticeBar::Kind::Warning);
        return;
    }
    QDialog::accept();
}

} // namespace bk
