// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/incidents/StepWidget.h"

#include "app/common/Clock.h"
#include "app/common/StatusColors.h"
#include "ui/common/StatusPalette.h"

#include <QDateTimeEdit>
#include <QLabel>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>
#include <QVBoxLayout>

namespace bk {

StepWidget::StepWidget(OpenPractice database, const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_db(database) {
    setObjectName(name);
    m_intro = new QLabel(this);
    m_intro->setObjectName(name + QStringLiteral("IntroLabel"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::RichText);
    m_intro->setVisible(false);
    m_error = makeErrorLabel(this, name + QStringLiteral("ErrorLabel"));
    m_body = new QVBoxLayout;
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_body, 1);
    layout->addWidget(m_error);
}

QString StepWidget::dateTimeText(const QDateTime &utc) {
    return utc.isValid() ? QLocale().toString(Clock::toLocal(utc), dateTimeFormat()) : QString();
}

QString StepWidget::dateTimeFormat() {
    // Seconds mean nothing in a record of a conversation; the locale's short formats carry them in some
    // locales.
    const QLocale locale;
    return locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') +
           locale.timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss"));
}

QString StepWidget::dateText(const QDate &date) {
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString StepWidget::recordedText(const QDateTime &recordedAt, const QString &recordedBy) {
    return recordedBy.isEmpty() ? tr("recorded on %1").arg(dateTimeText(recordedAt))
                                : tr("recorded on %1 by %2").arg(dateTimeText(recordedAt), recordedBy);
}

QDateTimeEdit *StepWidget::makeWhenEdit(QWidget *parent, const QString &objectName) {
    auto *edit = new QDateTimeEdit(Clock::toWallClock(Clock::nowUtc()), parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(dateTimeFormat());
    return edit;
}

QLabel *StepWidget::makeErrorLabel(QWidget *parent, const QString &objectName) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    setStatusColor(label, StatusColors::Status::Alert);
    label->setVisible(false);
    return label;
}

void StepWidget::printText(QWidget *parent, const QString &title, const QString &text) {
    printDocument(parent, title, [&text] {
        auto document = std::make_unique<QTextDocument>();
        document->setPlainText(text);
        return document;
    });
}

void StepWidget::printDocument(QWidget *parent, const QString &title,
                               const std::function<std::unique_ptr<QTextDocument>()> &make) {
    QPrinter printer;
    printer.setDocName(title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(tr("Print – %1").arg(title));
    connect(&preview, &QPrintPreviewDialog::paintRequested, parent,
            [&make](QPrinter *target) { make()->print(target); });
    preview.exec();
}

void StepWidget::setStepIntro(const QString &title, const QString &description) {
    m_intro->setText(
        QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), description.toHtmlEscaped()));
    m_intro->setVisible(!title.isEmpty());
}

void StepWidget::showError(const QString &error) {
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

bool StepWidget::report(const QString &error, const QString &message) {
    if (!error.isEmpty()) {
        showError(tr("Nothing was recorded. %1").arg(error));
        return false;
    }
    showError(QString());
    Q_EMIT recorded(message);
    return true;
}

} // namespace bk
