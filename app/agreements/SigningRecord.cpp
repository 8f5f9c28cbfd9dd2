// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/SigningRecord.h"

#include "app/common/Clock.h"
#include "app/common/DocumentLanguage.h"

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

namespace {

// The English description of a known event, nullptr for another kind; looked up under "SigningRecord".
const char *describeSource(const QString &kind) {
    if (kind == opened())
        return QT_TRANSLATE_NOOP("SigningRecord", "Document opened");
    if (kind == stepCompleted())
        return QT_TRANSLATE_NOOP("SigningRecord", "Step completed");
    if (kind == consentGiven())
        return QT_TRANSLATE_NOOP("SigningRecord", "Consent to sign electronically given");
    if (kind == paperChosen())
        return QT_TRANSLATE_NOOP("SigningRecord", "Signing on paper chosen");
    if (kind == signedByClient())
        return QT_TRANSLATE_NOOP("SigningRecord", "Signed by the client");
    if (kind == countersigned())
        return QT_TRANSLATE_NOOP("SigningRecord", "Countersigned by the practitioner");
    if (kind == pdfProduced())
        return QT_TRANSLATE_NOOP("SigningRecord", "Signed PDF produced");
    return nullptr;
}

} // namespace

QString describe(const AgreementEvent &event) {
    const char *source = describeSource(event.kind);
    const QString text = source ? Tr::tr(source) : event.kind;
    return event.detail.isEmpty() ? text : Tr::tr("%1: %2").arg(text, event.detail);
}

QString describe(const AgreementEvent &event, const DocumentLanguage &language) {
    const char *source = describeSource(event.kind);
    const QString text = source ? language.text("SigningRecord", source) : event.kind;
    return event.detail.isEmpty()
               ? text
               : language.text("SigningRecord", QT_TRANSLATE_NOOP("SigningRecord", "%1: %2"))
                     .arg(text, event.detail);
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
    // The terms are a frozen copy, not the editable profile: the version it was read at is not part of them
    // (it is not in the terms' JSON either, so a resumed draft compares equal).
    terms.rowVersion = 0;
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

void SigningRecord::completeTimeline(const AuditHead &head) {
    auditHead = head;
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
