// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/onboarding/BoundaryDiscussionWidget.h"

#include "app/common/StatusColors.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

namespace bk {

namespace {

constexpr int KeyRole = Qt::UserRole;

QString paragraph(const QString &text) {
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

BoundaryDiscussionWidget::BoundaryDiscussionWidget(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("boundaryDiscussionWidget"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("boundariesListWidget"));
    m_list->setWhatsThis(tr("Every boundary of your policy. Talk each one through with the client; a tick "
                            "marks those discussed."));
    m_list->setAccessibleName(tr("Boundaries; tick each one once it has been discussed"));
    m_list->setSpacing(1);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setStyleSheet(QStringLiteral("QListWidget::item { padding: 5px 4px; }"));
    connect(m_list, &QListWidget::currentRowChanged, this, &BoundaryDiscussionWidget::showBoundary);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const QString key = item->data(KeyRole).toString();
        const bool discussed = item->checkState() == Qt::Checked;
        if (m_entries.value(key).discussed == discussed)
            return;
        m_entries[key].discussed = discussed;
        if (key == currentKey()) {
            const QSignalBlocker block(m_discussed);
            m_discussed->setChecked(discussed);
        }
        updateProgress();
        Q_EMIT changed();
    });

    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("discussedProgressLabel"));

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_list, 1);
    listLayout->addWidget(m_progress);

    // A browser rather than a label: a long boundary scrolls instead of pushing the tick off the page.
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("boundaryTextBrowser"));
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setOpenLinks(false);
    // Reached by Tab, so a long text can be read and scrolled from the keyboard.
    m_text->setAccessibleName(tr("The boundary"));
    QPalette plain = m_text->palette();
    plain.setColor(QPalette::Base, palette().color(QPalette::Window));
    m_text->setPalette(plain);

    m_discussed = new QCheckBox(tr("Discussed &with the client, questions answered"), this);
    m_discussed->setObjectName(QStringLiteral("discussedCheckBox"));
    m_discussed->setWhatsThis(
        tr("Tick once you have talked this boundary through and the client understands it and what happens "
           "when it is crossed. Next is enabled when every boundary is ticked."));
    connect(m_discussed, &QCheckBox::toggled, this,
            [this](bool discussed) { setDiscussed(m_list->currentRow(), discussed); });

    m_questions = new QPlainTextEdit(this);
    m_questions->setObjectName(QStringLiteral("questionsPlainTextEdit"));
    m_questions->setWhatsThis(
        tr("The client's questions about this boundary, in their words. They are printed in the agreement."));
    m_questions->setPlaceholderText(tr("What the client asked, in their words"));
    m_questions->setTabChangesFocus(true);
    m_answers = new QPlainTextEdit(this);
    m_answers->setObjectName(QStringLiteral("answersPlainTextEdit"));
    m_answers->setWhatsThis(
        tr("The answers you gave. They are printed in the agreement beside the questions."));
    m_answers->setPlaceholderText(tr("The answer you gave"));
    m_answers->setTabChangesFocus(true);
    for (QPlainTextEdit *edit : {m_questions, m_answers})
        edit->setMaximumHeight(fontMetrics().height() * 5);
    connect(m_questions, &QPlainTextEdit::textChanged, this, [this] {
        if (const QString key = currentKey(); !key.isEmpty()) {
            m_entries[key].questions = m_questions->toPlainText();
            Q_EMIT changed();
        }
    });
    connect(m_answers, &QPlainTextEdit::textChanged, this, [this] {
        if (const QString key = currentKey(); !key.isEmpty()) {
            m_entries[key].answers = m_answers->toPlainText();
            Q_EMIT changed();
        }
    });

    m_next = new QPushButton(tr("Discussed – &go to the next"), this);
    m_next->setObjectName(QStringLiteral("discussedNextPushButton"));
    m_next->setAutoDefault(false);
    m_next->setToolTip(tr("Tick this boundary as discussed and go on to the next one"));
    connect(m_next, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        setDiscussed(row, true);
        if (row + 1 < m_list->count())
            m_list->setCurrentRow(row + 1);
        m_list->setFocus(Qt::OtherFocusReason);
    });

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Client's &questions:"), m_questions);
    form->addRow(tr("&Answers given:"), m_answers);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(12, 0, 0, 0);
    detailLayout->addWidget(m_text);
    detailLayout->addSpacing(4);
    detailLayout->addWidget(m_discussed);
    detailLayout->addLayout(form);
    auto *nextRow = new QHBoxLayout;
    nextRow->addStretch(1);
    nextRow->addWidget(m_next);
    detailLayout->addLayout(nextRow);
    detailLayout->addStretch(1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listSide);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    updateProgress();
}

void BoundaryDiscussionWidget::setBoundaries(const QList<Boundary> &boundaries,
                                             const QList<BoundaryDiscussion> &discussions) {
    m_boundaries = boundaries;
    m_entries.clear();
    for (const Boundary &boundary : boundaries)
        m_entries.insert(boundary.key, {boundary.key, false, {}, {}});
    for (const BoundaryDiscussion &discussion : discussions) {
        if (m_entries.contains(discussion.boundaryKey))
            m_entries.insert(discussion.boundaryKey, discussion);
    }
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (const Boundary &boundary : boundaries) {
            auto *item = new QListWidgetItem(boundary.title, m_list);
            item->setData(KeyRole, boundary.key);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(m_entries.value(boundary.key).discussed ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_list->setCurrentRow(boundaries.isEmpty() ? -1 : 0);
    showBoundary(m_list->currentRow());
    updateProgress();
}

QList<BoundaryDiscussion> BoundaryDiscussionWidget::discussions() const {
    QList<BoundaryDiscussion> result;
    for (const Boundary &boundary : m_boundaries) {
        BoundaryDiscussion entry = m_entries.value(boundary.key);
        entry.questions = entry.questions.trimmed();
        entry.answers = entry.answers.trimmed();
        result.append(entry);
    }
    return result;
}

int BoundaryDiscussionWidget::boundaryCount() const {
    return int(m_boundaries.size());
}

int BoundaryDiscussionWidget::discussedCount() const {
    int count = 0;
    for (const Boundary &boundary : m_boundaries)
        count += m_entries.value(boundary.key).discussed ? 1 : 0;
    return count;
}

QString BoundaryDiscussionWidget::currentKey() const {
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(KeyRole).toString() : QString();
}

void BoundaryDiscussionWidget::showBoundary(int row) {
    const bool valid = row >= 0 && row < m_boundaries.size();
    for (QWidget *widget : std::initializer_list<QWidget *>{m_discussed, m_questions, m_answers, m_next})
        widget->setEnabled(valid);
    const QSignalBlocker blockDiscussed(m_discussed);
    const QSignalBlocker blockQuestions(m_questions);
    const QSignalBlocker blockAnswers(m_answers);
    if (!valid) {
        m_text->clear();
        m_discussed->setChecked(false);
        m_questions->clear();
        m_answers->clear();
        return;
    }
    const Boundary &boundary = m_boundaries.at(row);
    const BoundaryDiscussion entry = m_entries.value(boundary.key);
    QString html = QStringLiteral("<h3 style='margin-top:0'>%1</h3><p>%2</p>")
                       .arg(boundary.title.toHtmlEscaped(), paragraph(boundary.description));
    if (!boundary.appropriate.trimmed().isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("What it looks like:"), paragraph(boundary.appropriate));
    html += QStringLiteral("<table width='100%' cellpadding='8' style='background-color:%1'><tr><td>"
                           "<b>%2</b> %3</td></tr></table>")
                .arg(StatusColors::tint(StatusColors::Status::Caution, m_text->palette()).name(),
                     tr("If it is crossed:"),
                     boundary.consequence.trimmed().isEmpty() ? tr("No consequence is stated.")
                                                              : paragraph(boundary.consequence));
    m_text->setHtml(html);
    fitText();
    m_discussed->setChecked(entry.discussed);
    m_questions->setPlainText(entry.questions);
    m_answers->setPlainText(entry.answers);
    m_next->setText(row + 1 < m_list->count() ? tr("Discussed – &go to the next") : tr("Discussed"));
}

void BoundaryDiscussionWidget::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    fitText();
}

void BoundaryDiscussionWidget::fitText() {
    m_text->document()->setTextWidth(m_text->viewport()->width());
    const int content = int(m_text->document()->size().height()) + 2 * m_text->frameWidth() + 2;
    // A very long boundary scrolls within half the height rather than pushing the questions away.
    m_text->setFixedHeight(std::clamp(content, fontMetrics().height() * 4, std::max(height() / 2, 120)));
}

void BoundaryDiscussionWidget::setDiscussed(int row, bool discussed) {
    if (QListWidgetItem *item = m_list->item(row))
        item->setCheckState(discussed ? Qt::Checked : Qt::Unchecked); // itemChanged does the rest
}

void BoundaryDiscussionWidget::updateProgress() {
    m_progress->setText(m_boundaries.isEmpty()
                            ? QString()
                            : tr("%1 of %2 discussed").arg(discussedCount()).arg(boundaryCount()));
}

} // namespace bk
