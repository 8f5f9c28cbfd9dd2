// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/common/MovePracticeDialog.h"

#include "ui/common/MessageBox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace bk {

MovePracticeDialog::MovePracticeDialog(const QString &filePath, QWidget *parent)
    : QDialog(parent)
    , m_filePath(filePath)
    , m_move(new PracticeMove(this)) {
    setObjectName(QStringLiteral("movePracticeDialog"));
    setWindowTitle(tr("Move the practice to a server"));

    auto *intro = new QLabel(
        tr("The practice in %1 is copied into an empty database on a PostgreSQL server, in one go: every "
           "record count and every signed document is checked on both sides, and if anything differs or you "
           "cancel, nothing is kept on the server. The file itself is not changed.")
            .arg(QDir::toNativeSeparators(filePath)),
        this);
    intro->setWordWrap(true);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("serverUrlLineEdit"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://anna@db.example.org/practice"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("serverPasswordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Leave empty if the server does not ask for one"));
    auto *form = new QFormLayout;
    form->addRow(tr("Server &address:"), m_url);
    form->addRow(tr("&Password:"), m_password);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("moveProgressBar"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("moveStatusLabel"));
    m_status->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("moveDialogButtonBox"));
    m_moveButton = m_buttons->addButton(tr("&Move"), QDialogButtonBox::AcceptRole);
    m_moveButton->setObjectName(QStringLiteral("movePushButton"));
    m_moveButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MovePracticeDialog::startMove);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MovePracticeDialog::reject);

    connect(m_move, &PracticeMove::progressed, this, &MovePracticeDialog::showProgress);
    connect(m_move, &PracticeMove::finished, this, &MovePracticeDialog::moveFinished);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
}

QString MovePracticeDialog::urlWithPassword() const {
    QString url = m_url->text().trimmed();
    if (!m_password->text().isEmpty()) {
        // As a parameter rather than in the address's user part, which a URL without a host cannot have.
        url += (url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
               QStringLiteral("password=") + QString::fromLatin1(QUrl::toPercentEncoding(m_password->text()));
    }
    return url;
}

void MovePracticeDialog::setEditing(bool editing) {
    m_url->setEnabled(editing);
    m_password->setEnabled(editing);
    m_moveButton->setEnabled(editing);
}

void MovePracticeDialog::startMove() {
    if (const QString problem = PracticeMove::problemWithUrl(m_url->text()); !problem.isEmpty()) {
        m_status->setText(problem);
        m_url->setFocus();
        return;
    }
    setEditing(false);
    m_progress->setValue(0);
    m_progress->show();
    m_status->setText(tr("Connecting to the server…"));
    m_move->start(m_filePath, urlWithPassword());
}

void MovePracticeDialog::showProgress(const QString &table, qint64 done, qint64 total) {
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 1000);
    m_status->setText(
        tr("Copying %1: %2 of %3 records…").arg(table, QLocale().toString(done), QLocale().toString(total)));
}

void MovePracticeDialog::moveFinished(const QList<PracticeMove::Table> &tables, const QString &message,
                                      bool cancelled) {
    m_progress->hide();
    if (!message.isEmpty()) {
        setEditing(true);
        m_status->setText(message);
        if (!cancelled)
            MessageBox::inform(this, tr("The practice was not moved"), message);
        return;
    }
    qint64 records = 0;
    for (const PracticeMove::Table &table : tables)
        records += table.second;
    m_status->setText(tr("Moved."));
    const QString text =
        tr("%1 records in %2 tables are on the server; every table's record count and every signed "
           "document's SHA-256 match the file. The file was not changed.\n\nOpen the practice on the server "
           "now? Until you do, this window keeps working on the file.")
            .arg(QLocale().toString(records))
            .arg(tables.size());
    if (MessageBox::confirm(this, tr("The practice was moved"), text, tr("Open on the Server")) ==
        MessageBox::Answer::Confirmed)
        m_practiceToOpen = urlWithPassword();
    accept();
}

void MovePracticeDialog::reject() {
    // While copying, Cancel (and Escape, and closing the window) stops the copy; its end closes nothing, so
    // the user reads that nothing was kept.
    if (m_move->isRunning()) {
        m_status->setText(tr("Cancelling…"));
        m_move->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace bk
