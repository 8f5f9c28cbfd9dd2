// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/practice/CommunicationWidget.h"

#include "app/common/StatusColors.h"
#include "ui/common/StatusPalette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace bk {

namespace {

constexpr int DayCount = 7;
constexpr int MaxResponseHours = 24 * 30;

QString dayKey(int index) {
    static const char *const keys[] = {"monday", "tuesday",  "wednesday", "thursday",
                                       "friday", "saturday", "sunday"};
    return QString::fromLatin1(keys[index]);
}

QLabel *makeErrorLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    setStatusColor(label, StatusColors::Status::Alert);
    label->setWordWrap(true);
    return label;
}

} // namespace

CommunicationWidget::CommunicationWidget(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("communicationWidget"));

    auto *hoursBox = new QGroupBox(tr("Working hours"), this);
    auto *hoursLayout = new QVBoxLayout(hoursBox);
    hoursLayout->addWidget(buildHours());

    m_timeZone = new QComboBox(this);
    m_timeZone->setObjectName(QStringLiteral("timeZoneComboBox"));
    m_timeZone->setWhatsThis(
        tr("The time zone your working hours are in. Contact outside them is flagged, across daylight-saving "
           "changes too."));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    // Typing "london" finds "Europe/London": the completer matches anywhere in the id.
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &CommunicationWidget::edited);
    auto *zoneRow = new QFormLayout;
    zoneRow->addRow(tr("&Time zone:"), m_timeZone);
    hoursLayout->addLayout(zoneRow);
    hoursLayout->addStretch(1);

    auto *channelsBox = new QGroupBox(tr("Contact channels"), this);
    auto *channelsLayout = new QVBoxLayout(channelsBox);
    channelsLayout->addWidget(buildChannels());

    auto *topRow = new QHBoxLayout;
    topRow->addWidget(hoursBox);
    topRow->addWidget(channelsBox, 1);

    m_responseTimes = new QPlainTextEdit(this);
    m_responseTimes->setObjectName(QStringLiteral("responseTimesPlainTextEdit"));
    m_responseTimes->setWhatsThis(tr("How soon clients can expect an answer, on which channels and days."));
    m_responseTimes->setPlaceholderText(
        tr("When clients can expect an answer, e.g. messages within two working days; nothing is answered "
           "outside working hours"));
    m_emergencyDefinition = new QPlainTextEdit(this);
    m_emergencyDefinition->setObjectName(QStringLiteral("emergencyDefinitionPlainTextEdit"));
    m_emergencyDefinition->setWhatsThis(tr(
        "What counts as an emergency, the one reason to reach you outside the agreed hours and channels."));
    m_emergencyDefinition->setPlaceholderText(
        tr("What counts as an emergency, e.g. a risk to someone's life or safety"));
    m_emergencyContact = new QPlainTextEdit(this);
    m_emergencyContact->setObjectName(QStringLiteral("emergencyContactPlainTextEdit"));
    m_emergencyContact->setWhatsThis(tr("Whom the client contacts in an emergency, and how."));
    m_emergencyContact->setPlaceholderText(
        tr("Whom to contact in an emergency and how, e.g. the local emergency number or a crisis line"));
    for (QPlainTextEdit *editor : {m_responseTimes, m_emergencyDefinition, m_emergencyContact}) {
        editor->setTabChangesFocus(true);
        editor->setMinimumHeight(fontMetrics().height() * 3);
        editor->setMaximumHeight(fontMetrics().height() * 6);
        connect(editor, &QPlainTextEdit::textChanged, this, &CommunicationWidget::edited);
    }
    auto *texts = new QFormLayout;
    texts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    texts->addRow(tr("Response ti&mes:"), m_responseTimes);
    texts->addRow(tr("What counts as an &emergency:"), m_emergencyDefinition);
    texts->addRow(tr("Whom to c&ontact:"), m_emergencyContact);

    m_problems = makeErrorLabel(this);
    m_problems->setObjectName(QStringLiteral("communicationProblemsLabel"));
    m_problems->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(topRow);
    layout->addLayout(texts);
    layout->addWidget(m_problems);
}

QWidget *CommunicationWidget::buildHours() {
    auto *hours = new QWidget(this);
    auto *grid = new QGridLayout(hours);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    for (int index = 0; index < DayCount; ++index) {
        DayRow &row = m_days[index];
        const QString key = dayKey(index);
        row.open = new QCheckBox(QLocale().dayName(index + 1), hours);
        row.open->setObjectName(key + QStringLiteral("OpenCheckBox"));
        row.open->setWhatsThis(tr(
            "Whether you work on this day, and from when to when. Contact outside these hours is flagged as "
            "after hours."));
        row.start = new QTimeEdit(hours);
        row.start->setObjectName(key + QStringLiteral("StartTimeEdit"));
        row.end = new QTimeEdit(hours);
        row.end->setObjectName(key + QStringLiteral("EndTimeEdit"));
        row.start->setAccessibleName(tr("%1, from").arg(QLocale().dayName(index + 1)));
        row.end->setAccessibleName(tr("%1, until").arg(QLocale().dayName(index + 1)));
        for (QTimeEdit *edit : {row.start, row.end}) {
            edit->setDisplayFormat(QStringLiteral("HH:mm"));
            connect(edit, &QTimeEdit::timeChanged, this, [this, index] {
                updateDay(index);
                edited();
            });
        }
        row.error = makeErrorLabel(hours);
        row.error->setObjectName(key + QStringLiteral("ErrorLabel"));
        connect(row.open, &QCheckBox::toggled, this, [this, index] {
            updateDay(index);
            edited();
        });
        grid->addWidget(row.open, index, 0);
        grid->addWidget(row.start, index, 1);
        grid->addWidget(new QLabel(QStringLiteral("–"), hours), index, 2);
        grid->addWidget(row.end, index, 3);
        grid->addWidget(row.error, index, 4);
        updateDay(index);
    }
    grid->setColumnStretch(4, 1);
    return hours;
}

QWidget *CommunicationWidget::buildChannels() {
    const QList<ContactChannel> channels = ContactChannels::all();
    m_channels = new QTableWidget(int(channels.size()), 4, this);
    m_channels->setObjectName(QStringLiteral("channelsTableWidget"));
    m_channels->setHorizontalHeaderLabels({tr("Channel"), tr("Allowed"), tr("Response time"), tr("Hours")});
    m_channels->setAccessibleName(tr("Contact channels"));
    m_channels->verticalHeader()->setVisible(false);
    m_channels->setSelectionMode(QAbstractItemView::NoSelection);
    m_channels->setShowGrid(false);
    m_channels->setAlternatingRowColors(true);
    // Arrow keys move between cells; Tab leaves the table instead of cycling through it for good.
    m_channels->setTabKeyNavigation(false);
    QHeaderView *header = m_channels->horizontalHeader();
    header->setSectionResizeMode(ChannelNameColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AllowedColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ResponseTimeColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ResponseHoursColumn, QHeaderView::ResizeToContents);
    for (int row = 0; row < channels.size(); ++row) {
        auto *name = new QTableWidgetItem(ContactChannels::label(channels.at(row)));
        name->setFlags(Qt::ItemIsEnabled);
        name->setData(Qt::UserRole, ContactChannels::key(channels.at(row)));
        m_channels->setItem(row, ChannelNameColumn, name);
        auto *allowed = new QTableWidgetItem;
        allowed->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        allowed->setCheckState(Qt::Unchecked);
        m_channels->setItem(row, AllowedColumn, allowed);
        auto *response = new QTableWidgetItem;
        response->setToolTip(tr("What the client can expect, in words, e.g. \"By the next working day\""));
        m_channels->setItem(row, ResponseTimeColumn, response);
        auto *hours = new QSpinBox(m_channels);
        hours->setObjectName(ContactChannels::key(channels.at(row)) + QStringLiteral("HoursSpinBox"));
        hours->setRange(0, MaxResponseHours);
        hours->setSpecialValueText(tr("none"));
        hours->setSuffix(tr(" h"));
        hours->setAccessibleName(
            tr("%1: response time in hours").arg(ContactChannels::label(channels.at(row))));
        hours->setFrame(false);
        hours->setToolTip(tr("The same promise in hours, for reminders; \"none\" when no promise is made"));
        connect(hours, &QSpinBox::valueChanged, this, &CommunicationWidget::edited);
        m_channels->setCellWidget(row, ResponseHoursColumn, hours);
    }
    connect(m_channels, &QTableWidget::itemChanged, this, &CommunicationWidget::edited);
    m_channels->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    int height = m_channels->horizontalHeader()->sizeHint().height() + 2 * m_channels->frameWidth();
    for (int row = 0; row < m_channels->rowCount(); ++row)
        height += m_channels->rowHeight(row);
    m_channels->setMinimumHeight(height);
    return m_channels;
}

void CommunicationWidget::setProfile(const PracticeProfile &profile) {
    {
        const QSignalBlocker block(this);
        for (int index = 0; index < DayCount; ++index) {
            const WorkingDay day = profile.day(Qt::DayOfWeek(index + 1));
            DayRow &row = m_days[index];
            row.open->setChecked(day.open);
            row.start->setTime(day.start.isValid() ? day.start : QTime(9, 0));
            row.end->setTime(day.end.isValid() ? day.end : QTime(17, 0));
            updateDay(index);
        }
        m_timeZone->setCurrentText(QString::fromUtf8(profile.timeZoneId));
        const QList<ContactChannel> channels = ContactChannels::all();
        for (int row = 0; row < channels.size(); ++row) {
            const ChannelTerms terms = profile.channelTerms(channels.at(row));
            m_channels->item(row, AllowedColumn)->setCheckState(terms.allowed ? Qt::Checked : Qt::Unchecked);
            m_channels->item(row, ResponseTimeColumn)->setText(terms.responseTime);
            qobject_cast<QSpinBox *>(m_channels->cellWidget(row, ResponseHoursColumn))
                ->setValue(terms.responseHours);
        }
        m_responseTimes->setPlainText(profile.responseTimes);
        m_emergencyDefinition->setPlainText(profile.emergencyDefinition);
        m_emergencyContact->setPlainText(profile.emergencyContact);
    }
    m_problems->setVisible(false);
}

void CommunicationWidget::applyTo(PracticeProfile &profile) const {
    for (int index = 0; index < DayCount; ++index) {
        const DayRow &row = m_days[index];
        profile.setDay(Qt::DayOfWeek(index + 1), row.open->isChecked()
                                                     ? WorkingDay{true, row.start->time(), row.end->time()}
                                                     : WorkingDay{});
    }
    profile.timeZoneId = m_timeZone->currentText().trimmed().toUtf8();
    const QList<ContactChannel> channels = ContactChannels::all();
    for (int row = 0; row < channels.size(); ++row) {
        profile.setChannelTerms(
            {channels.at(row), m_channels->item(row, AllowedColumn)->checkState() == Qt::Checked,
             m_channels->item(row, ResponseTimeColumn)->text().trimmed(),
             qobject_cast<QSpinBox *>(m_channels->cellWidget(row, ResponseHoursColumn))->value()});
    }
    profile.responseTimes = m_responseTimes->toPlainText().trimmed();
    profile.emergencyDefinition = m_emergencyDefinition->toPlainText().trimmed();
    profile.emergencyContact = m_emergencyContact->toPlainText().trimmed();
}

void CommunicationWidget::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    for (int index = 0; index < DayCount; ++index) {
        m_days[index].open->setEnabled(!readOnly);
        updateDay(index);
    }
    m_timeZone->setEnabled(!readOnly);
    m_channels->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                         : QAbstractItemView::AllEditTriggers);
    for (int row = 0; row < m_channels->rowCount(); ++row) {
        QTableWidgetItem *allowed = m_channels->item(row, AllowedColumn);
        allowed->setFlags(readOnly ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        m_channels->cellWidget(row, ResponseHoursColumn)->setEnabled(!readOnly);
    }
    for (QPlainTextEdit *editor : {m_responseTimes, m_emergencyDefinition, m_emergencyContact})
        editor->setReadOnly(readOnly);
}

QStringList CommunicationWidget::problems() const {
    PracticeProfile terms;
    applyTo(terms);
    return terms.problems();
}

bool CommunicationWidget::showProblems() {
    const QStringList current = problems();
    m_problems->setText(current.join(QLatin1Char('\n')));
    m_problems->setVisible(!current.isEmpty());
    return current.isEmpty();
}

void CommunicationWidget::updateDay(int index) {
    DayRow &row = m_days[index];
    const bool open = row.open->isChecked();
    row.start->setEnabled(open && !m_readOnly);
    row.end->setEnabled(open && !m_readOnly);
    const bool backwards = open && row.start->time() >= row.end->time();
    row.error->setText(backwards ? tr("Must end after it starts") : QString());
}

void CommunicationWidget::edited() {
    // A problem list shown after a refused save follows the corrections as they are made.
    if (m_problems->isVisible()) {
        const QStringList current = problems();
        m_problems->setText(current.join(QLatin1Char('\n')));
        m_problems->setVisible(!current.isEmpty());
    }
    Q_EMIT changed();
}

} // namespace bk
