// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "tests/support/MainViews.h"

#include "app/clients/ClientService.h"
#include "app/incidents/IncidentService.h"
#include "ui/common/MainWindow.h"
#include "ui/common/SignatureCanvas.h"
#include "ui/common/SignaturePadWidget.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/incidents/IncidentDetailDialog.h"
#include "ui/onboarding/OnboardingWizard.h"
#include "ui/practice/PracticePage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QTest>

namespace bk::test {

namespace {

// The demo's clients in the order DemoPractice adds them.
constexpr qint64 DanielOkafor = 2;
constexpr qint64 GraceONeill = 5;

// Lets queued layouts, deferred loads and pending paints run.
void settle() {
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(20);
    }
}

template <typename T> T *visibleChild(const QWidget *parent, const char *name) {
    for (T *widget : parent->findChildren<T *>(QString::fromLatin1(name))) {
        if (widget->isVisible())
            return widget;
    }
    QTest::qFail(qPrintable(QStringLiteral("No visible %1").arg(QString::fromLatin1(name))), __FILE__,
                 __LINE__);
    return nullptr;
}

// The latest incident of `clientId` that is still open, or 0.
qint64 latestOpenIncident(const Database &database, qint64 clientId) {
    const IncidentService incidents(database);
    qint64 latest = 0;
    QDateTime latestAt;
    for (qint64 id = 1;; ++id) {
        const Result<Incident> incident = incidents.get(id);
        if (!incident)
            break;
        if (incident.value().clientId == clientId && !incident.value().closedAt.isValid() &&
            (!latestAt.isValid() || incident.value().occurredAt > latestAt)) {
            latest = id;
            latestAt = incident.value().occurredAt;
        }
    }
    return latest;
}

bool isClient(const Database &database, qint64 id, const QString &name) {
    const Result<Client> client = ClientService(database).get(id);
    if (client && client.value().fullName == name)
        return true;
    QTest::qFail(qPrintable(QStringLiteral("The demo's client %1 is not %2").arg(id).arg(name)), __FILE__,
                 __LINE__);
    return false;
}

} // namespace

void drawStroke(SignatureCanvas *canvas, double fromX, double toX) {
    const QRectF paper = canvas->paperRect();
    const auto at = [&paper](double x, double y) {
        return QPoint(int(paper.left() + x * paper.width()), int(paper.top() + y * paper.height()));
    };
    QTest::mousePress(canvas, Qt::LeftButton, {}, at(fromX, 0.6));
    for (int i = 1; i <= 12; ++i)
        QTest::mouseMove(canvas, at(fromX + (toX - fromX) * i / 12.0, i % 2 ? 0.35 : 0.65));
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, at(toX, 0.6));
}

bool visitMainViews(const Database &database, const QSize &windowSize,
                    const std::function<void(const QString &name, QWidget *window)> &visit) {
    {
        MainWindow window(database);
        window.resize(windowSize);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        for (const auto &[name, section] : MainWindow::sectionNames()) {
            window.showSection(section);
            settle();
            if (section == MainWindow::DashboardSection) {
                DashboardPage *dashboard = window.dashboardPage();
                if (!QTest::qWaitFor([dashboard] {
                        return !dashboard->isUpdating() && dashboard->figures().request.from.isValid();
                    }))
                    return false;
                settle();
            }
            if (section == MainWindow::PracticeSection) {
                // The two published versions of the policy, compared.
                window.practicePage()->showTab(PracticePage::VersionsTab);
                auto *versions = visibleChild<QTableWidget>(&window, "versionsTableWidget");
                if (!versions)
                    return false;
                versions->selectAll();
                settle();
            }
            visit(name, &window);
        }
    }

    if (!isClient(database, DanielOkafor, QStringLiteral("Daniel Okafor")) ||
        !isClient(database, GraceONeill, QStringLiteral("Grace O'Neill")))
        return false;
    {
        // The latest incident of a client whose behaviour continued: a contract is proposed.
        const qint64 incident = latestOpenIncident(database, DanielOkafor);
        if (incident == 0) {
            QTest::qFail("The demo has no open incident of Daniel Okafor", __FILE__, __LINE__);
            return false;
        }
        IncidentDetailDialog dialog(database, incident);
        dialog.resize(windowSize);
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            return false;
        settle();
        visit(QStringLiteral("incident-ladder"), &dialog);
    }
    {
        // A client who is being onboarded: the boundaries talked through one by one, then both sign.
        OnboardingWizard wizard(database);
        if (Status started = wizard.startWithClient(GraceONeill); !started) {
            QTest::qFail(qPrintable(started.error().message), __FILE__, __LINE__);
            return false;
        }
        wizard.resize(windowSize);
        wizard.show();
        if (!QTest::qWaitForWindowExposed(&wizard))
            return false;
        while (wizard.currentId() != OnboardingWizard::BoundariesPage && wizard.currentId() != -1)
            wizard.next();
        auto *list = visibleChild<QListWidget>(&wizard, "boundariesListWidget");
        auto *discussed = visibleChild<QCheckBox>(&wizard, "discussedCheckBox");
        if (!list || !discussed)
            return false;
        list->setCurrentRow(3);
        settle();
        visit(QStringLiteral("onboarding-boundaries"), &wizard);

        for (int row = 0; row < list->count(); ++row) {
            list->setCurrentRow(row);
            discussed->setChecked(true);
        }
        while (wizard.currentId() != OnboardingWizard::SigningPage && wizard.currentId() != -1)
            wizard.next();
        if (wizard.currentId() != OnboardingWizard::SigningPage) {
            QTest::qFail("The onboarding wizard did not reach the signing page", __FILE__, __LINE__);
            return false;
        }
        auto *consent = visibleChild<QCheckBox>(&wizard, "consentCheckBox");
        auto *clientPad = visibleChild<SignaturePadWidget>(&wizard, "clientSignaturePadWidget");
        auto *practitionerPad = visibleChild<SignaturePadWidget>(&wizard, "practitionerSignaturePadWidget");
        if (!consent || !clientPad || !practitionerPad)
            return false;
        consent->setChecked(true);
        drawStroke(clientPad->findChild<SignatureCanvas *>(), 0.08, 0.62);
        visibleChild<QCheckBox>(practitionerPad, "typeInsteadCheckBox")->setChecked(true);
        QTest::keyClicks(visibleChild<QLineEdit>(practitionerPad, "typedSignatureLineEdit"),
                         QStringLiteral("Alex Morgan"));
        settle();
        visit(QStringLiteral("onboarding-signatures"), &wizard);
    }
    return true;
}

} // namespace bk::test
