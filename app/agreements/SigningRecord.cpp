// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/SigningRecord.h"

#include "app/common/Clock.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QUuid>
#include <QtGlobal>
#include <algorithm>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace bk {

namespace {

// lupdate files these messages under "SigningRecord", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(SigningRecord)
};

bool hasEvent(const SigningRecord &record, const QString &kind) {
    return std::any_of(record.events.cbegin(), record.events.cend(),
                       [&kind](const AgreementEvent &event) { return event.kind == kind; });
}

} // namespace

namespace AgreementEvents {

QString opened() {
    return QStringLiteral("opened");
}
QString stepCompleted() {
    return QStringLiteral("step_completed");
}
QString consentGiven() {
    return QStringLiteral("consent_given");
}
QString paperChosen() {
    return QStringLiteral("paper_chosen");
}
QString signedByClient() {
    return QStringLiteral("signed");
}
QString countersigned() {
    return QStringLiteral("countersigned");
}
QString pdfProduced() {
    return QStringLiteral("pdf_produced");
}

QString describe(const AgreementEvent &event) {
    QString text;
    if (event.kind == opened())
        text = Tr::tr("Document opened");
    else if (event.kind == stepCompleted())
        text = Tr::tr("Step completed");
    else if (event.kind == consentGiven())
        text = Tr::tr("Consent to sign electronically given");
    else if (event.kind == paperChosen())
        text = Tr::tr("Signing on paper chosen");
    else if (event.kind == signedByClient())
        text = Tr::tr("Signed by the client");
    else if (event.kind == countersigned())
        text = Tr::tr("Countersigned by the practitioner");
    else if (event.kind == pdfProduced())
        text = Tr::tr("Signed PDF produced");
    else
        text = event.kind;
    return event.detail.isEmpty() ? text : Tr::tr("%1: %2").arg(text, event.detail);
}

} // namespace AgreementEvents

namespace Workstation {

QString hostName() {
    const QString name = QSysInfo::machineHostName();
    return name.isEmpty() ? Tr::tr("Unknown computer") : name;
}

QString osUser() {
#ifdef Q_OS_UNIX
    // The account the process runs as, which an environment variable cannot fake.
    if (const passwd *entry = getpwuid(geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    return user.isEmpty() ? Tr::tr("Unknown user") : user;
}

} // namespace Workstation

void SigningRecord::addEvent(const QString &kind, const QString &detail) {
    events.append({Clock::nowUtc(), kind, detail});
}

void SigningRecord::beginDraft(qint64 client, const QString &name, const PracticeProfile &profile) {
    documentId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    clientId = client;
    clientName = name.trimmed();
    terms = profile;
    workstation = Workstation::hostName();
    osUser = Workstation::osUser();
    createdAt = Clock::nowUtc();
    updatedAt = createdAt;
    events.append({createdAt, AgreementEvents::opened(), {}});
}

QStringList SigningRecord::signingProblems() const {
    QStringList problems;
    if (!consentGiven) {
        problems.append(signingMode == SigningMode::Electronic
                            ? Tr::tr("The client has not consented to sign electronically.")
                            : Tr::tr("It has not been confirmed that the signed paper original exists."));
    }
    if (intentText.trimmed().isEmpty())
        problems.append(Tr::tr("The statement of intent to sign is missing."));
    const auto check = [&](const std::optional<Signature> &signature, const QString &missing) {
        if (!signature) {
            problems.append(missing);
            return;
        }
        if (signingMode == SigningMode::Paper && signature->method != SignatureMethod::Paper)
            problems.append(Tr::tr("When signing on paper, %1 must be recorded as signed on paper.")
                                .arg(signature->signerName));
        if (signingMode == SigningMode::Electronic && signature->method == SignatureMethod::Paper)
            problems.append(Tr::tr("%1 signed on paper, but the document is signed electronically.")
                                .arg(signature->signerName));
        for (const QString &problem : signature->problems())
            problems.append(problem);
    };
    check(clientSignature, Tr::tr("The client has not signed."));
    check(practitionerSignature, Tr::tr("The practitioner has not countersigned."));
    return problems;
}

QString SigningRecord::defaultPractitionerName() const {
    return terms.practitioners.isEmpty() ? QString() : terms.practitioners.first().name;
}

void SigningRecord::completeTimeline() {
    if (clientSignature && !hasEvent(*this, AgreementEvents::signedByClient()))
        events.append({clientSignature->signedAt, AgreementEvents::signedByClient(), {}});
    if (practitionerSignature && !hasEvent(*this, AgreementEvents::countersigned()))
        events.append({practitionerSignature->signedAt, AgreementEvents::countersigned(), {}});
    signedAt = Clock::nowUtc();
    events.append({signedAt, AgreementEvents::pdfProduced(), {}});
    std::stable_sort(events.begin(), events.end(),
                     [](const AgreementEvent &a, const AgreementEvent &b) { return a.at < b.at; });
}

} // namespace bk
