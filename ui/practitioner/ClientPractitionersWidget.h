// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"
#include "app/practitioner/PractitionerAccount.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace bk {

/// Who works with a client: the responsible practitioner, with whom the client is shared, and who created and
/// last changed the record. On a practice server it shares the client, stops sharing it and hands it over,
/// each at once through PractitionerService, which refuses what the signed-in role may not do.
class ClientPractitionersWidget : public QWidget {
    Q_OBJECT
public:
    explicit ClientPractitionersWidget(OpenPractice database, QWidget *parent = nullptr);

    /// Shows client `clientId`; 0: a new client, for whom the signed-in practitioner will be responsible.
    void setClient(qint64 clientId);

private:
    void reload();
    void shareWith();
    void stopSharing();
    void handOver();
    /// Tells `error` when `done` failed, and reads the client again either way.
    void finish(const QString &title, const Status &done);

    const OpenPractice m_db;
    qint64 m_clientId = 0;
    PractitionerAccount m_responsible;
    QList<PractitionerAccount> m_sharedWith;

    QLabel *m_responsibleLabel = nullptr;
    QLabel *m_sharedLabel = nullptr;
    QLabel *m_authors = nullptr;
    QWidget *m_buttons = nullptr;
};

} // namespace bk
