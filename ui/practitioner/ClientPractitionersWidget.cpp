// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/practitioner/ClientPractitionersWidget.h"

#include "app/common/ChangeNotifier.h"
#include "app/practitioner/PractitionerService.h"
#include "ui/common/MessageBox.h"
#include "ui/common/StatusPalette.h"
#include "ui/practitioner/PractitionerPickerDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace bk {

ClientPractitionersWidget::ClientPractitionersWidget(OpenPractice database, QWidget *parent)
    : QWidget(parent)
    , m_db(database) {
    setObjectName(QStringLiteral("clientPractitionersWidget"));
    const auto label = [this](const QString &name) {
        auto *shown = new QLabel(this);
        shown->setObjectName(name);
        shown->setWordWrap(true);
        shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return shown;
    };
    m_responsibleLabel = label(QStringLiteral("responsibleLabel"));
    m_sharedLabel = label(QStringLiteral("sharedWithLabel"));
    m_authors = label(QStringLiteral("authorsLabel"));
    setStatusColor(m_authors, StatusColors::Status::Muted);

    // Sharing and handing over act at once (not on Save): they change who may see the client, not the record.
    m_buttons = new QWidget(this);
    auto *buttonRow = new QHBoxLayout(m_buttons);
    buttonRow->setContentsMargins(0, 0, 0, 0);
    const auto button = [this, buttonRow](const QString &text, const QString &name, const QString &tip,
                                          void (ClientPractitionersWidget::*act)()) {
        auto *pushButton = new QPushButton(text, m_buttons);
        pushButton->setObjectName(name);
        pushButton->setToolTip(tip);
        connect(pushButton, &QPushButton::clicked, this, act);
        buttonRow->addWidget(pushButton);
    };
    button(tr("Share &with…"), QStringLiteral("shareWithPushButton"),
           tr("Let another practitioner see and work with this client (at once)"),
           &ClientPractitionersWidget::shareWith);
    button(tr("Stop sharin&g…"), QStringLiteral("stopSharingPushButton"),
           tr("Stop sharing this client with a practitioner (at once)"),
           &ClientPractitionersWidget::stopSharing);
    button(tr("Hand &over to…"), QStringLiteral("handOverPushButton"),
           tr("Make another practitioner responsible for this client (at once)"),
           &ClientPractitionersWidget::handOver);
    buttonRow->addStretch();
    m_buttons->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_authors);
    layout->addWidget(m_responsibleLabel);
    layout->addWidget(m_sharedLabel);
    layout->addWidget(m_buttons);

    // Another desktop sharing, handing over or renaming a practitioner shows here at once.
    connect(m_db.notifier(), &ChangeNotifier::changed, this, [this](const QString &table) {
        if (table == QLatin1String("clients") || table == QLatin1String("practitioners"))
            reload();
    });
}

void ClientPractitionersWidget::setClient(qint64 clientId) {
    m_clientId = clientId;
    // Only a server has practitioners to share with; a read-only practice changes nothing.
    m_buttons->setVisible(clientId != 0 && m_db.isServer() && !m_db.isReadOnly());
    reload();
}

void ClientPractitionersWidget::reload() {
    const PractitionerService practitioners(m_db);
    m_sharedLabel->setVisible(false);
    m_authors->setVisible(false);
    if (m_clientId == 0) {
        const Result<PractitionerAccount> me = practitioners.signedIn();
        m_responsibleLabel->setText(me && me.value().id > 0
                                        ? tr("Responsible practitioner: %1 (you)").arg(me.value().shownName())
                                        : QString());
        m_responsibleLabel->setVisible(!m_responsibleLabel->text().isEmpty());
        return;
    }
    const Result<RecordAuthors> authors = practitioners.clientAuthors(m_clientId);
    if (!authors) {
        // Handed over by this practitioner, or no longer shared with them: the server hides the client now.
        const bool hidden = m_db.isServer() && authors.error().kind == Error::Kind::NotFound;
        m_responsibleLabel->setText(hidden ? tr("You no longer see this client: they are neither yours nor "
                                                "shared with you.")
                                           : authors.error().message);
        if (hidden)
            m_buttons->setVisible(false);
        return;
    }
    const auto named = [this](const PractitionerAccount &practitioner) {
        return practitioner.id > 0 ? practitioner.shownName() : tr("nobody recorded");
    };
    m_responsible = authors.value().responsible;
    m_responsibleLabel->setText(tr("Responsible practitioner: %1").arg(named(m_responsible)));
    m_authors->setText(tr("Created by %1 · last changed by %2")
                           .arg(named(authors.value().createdBy), named(authors.value().changedBy)));
    m_authors->setVisible(true);
    if (!m_db.isServer())
        return;
    const Result<QList<PractitionerAccount>> shared = practitioners.sharedWith(m_clientId);
    m_sharedWith = shared ? shared.value() : QList<PractitionerAccount>();
    QStringList names;
    for (const PractitionerAccount &practitioner : std::as_const(m_sharedWith))
        names.append(practitioner.shownName());
    m_sharedLabel->setText(!shared           ? shared.error().message
                           : names.isEmpty() ? tr("Shared with nobody")
                                             : tr("Shared with: %1").arg(names.join(QStringLiteral(", "))));
    m_sharedLabel->setVisible(true);
}

void ClientPractitionersWidget::finish(const QString &title, const Status &done) {
    if (!done)
        MessageBox::inform(this, title, done.error().message, MessageBox::Kind::Warning);
    reload();
}

void ClientPractitionersWidget::shareWith() {
    const QString title = tr("Share the client");
    const PractitionerService practitioners(m_db);
    if (const Status allowed = practitioners.mayShare(); !allowed)
        return finish(title, allowed);
    const Result<QList<PractitionerAccount>> working = practitioners.working();
    if (!working)
        return finish(title, working.error());
    QList<PractitionerAccount> choices;
    for (const PractitionerAccount &practitioner : working.value()) {
        const bool sees = practitioner.id == m_responsible.id ||
                          std::any_of(m_sharedWith.cbegin(), m_sharedWith.cend(),
                                      [&](const PractitionerAccount &p) { return p.id == practitioner.id; });
        if (!sees)
            choices.append(practitioner);
    }
    if (choices.isEmpty())
        return finish(title, Error{Error::Kind::Invalid,
                                   tr("Every practitioner who works with clients already sees this client. "
                                      "Add a practitioner first (File ▸ Practitioners…).")});
    const QString login = PractitionerPickerDialog::pick(this, title, tr("Share the client with:"), choices);
    if (!login.isEmpty())
        finish(title, practitioners.share(m_clientId, login));
}

void ClientPractitionersWidget::stopSharing() {
    const QString title = tr("Stop sharing the client");
    const PractitionerService practitioners(m_db);
    if (const Status allowed = practitioners.mayShare(); !allowed)
        return finish(title, allowed);
    if (m_sharedWith.isEmpty())
        return finish(title, Error{Error::Kind::Invalid, tr("The client is not shared with anyone.")});
    const QString login =
        PractitionerPickerDialog::pick(this, title, tr("Stop sharing the client with:"), m_sharedWith);
    if (!login.isEmpty())
        finish(title, practitioners.unshare(m_clientId, login));
}

void ClientPractitionersWidget::handOver() {
    const QString title = tr("Hand the client over");
    const PractitionerService practitioners(m_db);
    if (const Status allowed = practitioners.mayHandOver(m_clientId); !allowed)
        return finish(title, allowed);
    const Result<QList<PractitionerAccount>> working = practitioners.working();
    if (!working)
        return finish(title, working.error());
    QList<PractitionerAccount> choices = working.value();
    choices.removeIf([this](const PractitionerAccount &p) { return p.id == m_responsible.id; });
    if (choices.isEmpty())
        return finish(title, Error{Error::Kind::Invalid,
                                   tr("There is no other practitioner to hand the client over to. Add a "
                                      "practitioner first (File ▸ Practitioners…).")});
    const QString login =
        PractitionerPickerDialog::pick(this, title, tr("Make responsible for the client:"), choices);
    if (!login.isEmpty())
        finish(title, practitioners.handOver(m_clientId, login));
}

} // namespace bk
