// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/common/ConnectDialog.h"

#include "app/common/OpenedPractice.h"
#include "app/common/PasswordStore.h"
#include "app/common/Settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

namespace bk {

namespace {

QString encoded(const QString &text) {
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent, const QString &address, const QString &reason)
    : QDialog(parent) {
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to practice server"));

    auto *intro = new QLabel(tr("Where is the practice's PostgreSQL server? Ask whoever runs it for these "
                                "details, or paste the whole address they gave you."),
                             this);
    intro->setWordWrap(true);

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("hostLineEdit"));
    m_host->setPlaceholderText(tr("db.example.org (empty: this computer)"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpinBox"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("databaseLineEdit"));
    m_database->setPlaceholderText(tr("practice"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userLineEdit"));
    m_tlsMode = new QComboBox(this);
    m_tlsMode->setObjectName(QStringLiteral("tlsModeComboBox"));
    // libpq's sslmode values; verify-full is the one for a server outside the practice's own network.
    m_tlsMode->addItem(tr("Encrypt when the server offers it (prefer)"), QStringLiteral("prefer"));
    m_tlsMode->addItem(tr("Always encrypt (require)"), QStringLiteral("require"));
    m_tlsMode->addItem(tr("Encrypt and check the server's certificate and name (verify-full; for a server "
                          "outside the practice)"),
                       QStringLiteral("verify-full"));
    m_tlsMode->addItem(tr("Never encrypt (disable)"), QStringLiteral("disable"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("urlLineEdit"));
    m_url->setPlaceholderText(tr("postgresql://anna@db.example.org/practice?sslmode=verify-full"));
    m_url->setClearButtonEnabled(true);
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordLineEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("Remember password in the system keyring"), this);
    m_remember->setObjectName(QStringLiteral("rememberPasswordCheckBox"));
    m_keyringNote = new QLabel(this);
    m_keyringNote->setObjectName(QStringLiteral("keyringNoteLabel"));
    m_keyringNote->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("connectStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&TLS:"), m_tlsMode);
    form->addRow(tr("Or &address:"), m_url);
    form->addRow(tr("Pass&word:"), m_passwordEdit);
    form->addRow(QString(), m_remember);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("dialogButtonBox"));
    QPushButton *connectButton = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(QStringLiteral("connectPushButton"));
    connectButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::startAttempt);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        // Cancel stops waiting for a connection first; a second Cancel closes the dialog.
        if (m_busy) {
            ++m_attempt;
            setBusy(false);
            m_status->setText(tr("Connecting was cancelled."));
            return;
        }
        reject();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_keyringNote);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    m_url->setText(address);
    // Whether a keyring answers at all, and the password it keeps for this server.
    const Result<QString> kept = PasswordStore::instance().read(
        address.isEmpty() ? QStringLiteral("postgresql://") : OpenedPractice::withoutPassword(address));
    m_keyringAvailable = kept.ok();
    if (m_keyringAvailable) {
        m_remember->setChecked(Settings().rememberServerPassword());
        if (!address.isEmpty())
            m_passwordEdit->setText(kept.value());
        m_keyringNote->hide();
    } else {
        m_remember->setChecked(false);
        m_remember->setEnabled(false);
        m_keyringNote->setText(tr("%1 The password is asked for each time (or taken from PGPASSWORD or your "
                                  "PostgreSQL password file).")
                                   .arg(kept.error().message));
    }
    if (!reason.isEmpty()) {
        // The server refused the password the keyring kept: it is typed anew.
        m_status->setText(reason);
        m_passwordEdit->clear();
    }
    (address.isEmpty() ? m_host : m_passwordEdit)->setFocus();
}

ConnectDialog::~ConnectDialog() {
    if (m_busy)
        QApplication::restoreOverrideCursor();
}

QString ConnectDialog::enteredUrl() const {
    const QString pasted = m_url->text().trimmed();
    if (!pasted.isEmpty())
        return pasted;
    QString url = QStringLiteral("postgresql://");
    if (!m_user->text().trimmed().isEmpty())
        url += encoded(m_user->text().trimmed()) + QLatin1Char('@');
    const QString host = m_host->text().trimmed();
    if (!host.isEmpty())
        url +=
            (host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : encoded(host)) +
            QLatin1Char(':') + QString::number(m_port->value());
    url += QLatin1Char('/') + encoded(m_database->text().trimmed());
    const QString tls = m_tlsMode->currentData().toString();
    // libpq prefers TLS by itself; only a different choice is written into the address.
    if (tls != QLatin1String("prefer"))
        url += QStringLiteral("?sslmode=") + tls;
    if (host.isEmpty() && m_port->value() != 5432)
        url += (tls != QLatin1String("prefer") ? QLatin1Char('&') : QLatin1Char('?')) +
               QStringLiteral("port=") + QString::number(m_port->value());
    return url;
}

void ConnectDialog::setBusy(bool busy) {
    m_busy = busy;
    for (QWidget *field : std::initializer_list<QWidget *>{m_url, m_host, m_port, m_database, m_user,
                                                           m_tlsMode, m_passwordEdit})
        field->setEnabled(!busy);
    m_remember->setEnabled(!busy && m_keyringAvailable);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(busy ? tr("&Stop") : tr("Cancel"));
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(!busy);
    }
    if (busy)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QApplication::restoreOverrideCursor();
}

void ConnectDialog::startAttempt() {
    if (m_busy)
        return;
    const QString url = enteredUrl();
    if (!OpenedPractice::isServerUrl(url)) {
        m_status->setText(tr("A server's address begins with postgresql:// (or postgres://)."));
        m_url->setFocus();
        return;
    }
    m_tried = OpenedPractice::withoutPassword(url);
    QString password = OpenedPractice::passwordIn(url);
    if (password.isEmpty())
        password = m_passwordEdit->text();
    if (password.isEmpty() && m_keyringAvailable) {
        const Result<QString> kept = PasswordStore::instance().read(m_tried);
        if (kept)
            password = kept.value();
    }
    m_triedPassword = password;
    const int attempt = ++m_attempt;
    setBusy(true);
    m_status->setText(tr("Connecting to %1…").arg(m_tried));

    // The attempt runs in a thread of its own with its own connection; a cancelled one ends by itself
    // (libpq gives up after its connect time-out) and its answer is ignored.
    struct Outcome {
        Status status;
    };
    auto outcome = std::make_shared<Outcome>();
    QThread *thread = QThread::create(
        [outcome, url, password] { outcome->status = OpenedPractice::tryServer(url, password); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, attempt, outcome] {
        const Status &status = outcome->status;
        attemptFinished(attempt, status.ok(), status.ok() ? QString() : status.error().message,
                        status.ok() ? QString() : status.error().details,
                        !status.ok() && status.error().kind == Error::Kind::Denied);
    });
    thread->start();
}

void ConnectDialog::attemptFinished(int attempt, bool ok, const QString &message, const QString &details,
                                    bool denied) {
    if (attempt != m_attempt)
        return;
    setBusy(false);
    if (!ok) {
        m_status->setText(details.isEmpty() ? message : message + QLatin1Char('\n') + details);
        if (denied) {
            m_passwordEdit->setFocus();
            m_passwordEdit->selectAll();
        }
        return;
    }
    m_location = m_tried;
    m_password = m_triedPassword;
    if (m_keyringAvailable) {
        Settings().setRememberServerPassword(m_remember->isChecked());
        PasswordStore &store = PasswordStore::instance();
        // A password libpq found itself (PGPASSWORD, the password file) is not copied into the keyring.
        const Status kept = m_remember->isChecked() && !m_password.isEmpty()
                                ? store.write(m_location, m_password)
                                : store.remove(m_location);
        if (!kept)
            qWarning("%s", qPrintable(kept.error().message));
    }
    accept();
}

} // namespace bk
