// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "Agreement.h"

#include "clients/Client.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QUuid>
#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace bk {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("Agreement", text);
}

const QString TermsFormat = QStringLiteral("boundary-keeper-terms/1");

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
        text = tr("Agreement opened");
    else if (event.kind == stepCompleted())
        text = tr("Step completed");
    else if (event.kind == consentGiven())
        text = tr("Consent to sign electronically given");
    else if (event.kind == paperChosen())
        text = tr("Signing on paper chosen");
    else if (event.kind == signedByClient())
        text = tr("Signed by the client");
    else if (event.kind == countersigned())
        text = tr("Countersigned by the practitioner");
    else if (event.kind == pdfProduced())
        text = tr("Signed PDF produced");
    else
        text = event.kind;
    return event.detail.isEmpty() ? text : tr("%1: %2").arg(text, event.detail);
}

} // namespace AgreementEvents

namespace AgreementTerms {

QByteArray toJson(const PracticeProfile &terms) {
    QJsonArray practitioners;
    for (const Practitioner &practitioner : terms.practitioners)
        practitioners.append(QJsonObject{{QStringLiteral("name"), practitioner.name},
                                         {QStringLiteral("title"), practitioner.title}});
    QJsonArray hours;
    for (const WorkingDay &day : terms.hours)
        hours.append(QJsonObject{{QStringLiteral("open"), day.open},
                                 {QStringLiteral("start"), day.start.toString(QStringLiteral("HH:mm"))},
                                 {QStringLiteral("end"), day.end.toString(QStringLiteral("HH:mm"))}});
    QJsonArray channels;
    for (const ChannelTerms &channel : terms.channels)
        channels.append(QJsonObject{{QStringLiteral("channel"), ContactChannels::key(channel.channel)},
                                    {QStringLiteral("allowed"), channel.allowed},
                                    {QStringLiteral("response_time"), channel.responseTime},
                                    {QStringLiteral("response_hours"), channel.responseHours}});
    const QJsonObject object{
        {QStringLiteral("format"), TermsFormat},
        {QStringLiteral("name"), terms.name},
        {QStringLiteral("contact_line"), terms.contactLine},
        {QStringLiteral("logo_png"), QString::fromLatin1(terms.logoPng.toBase64())},
        {QStringLiteral("practitioners"), practitioners},
        {QStringLiteral("practitioner_role"), terms.practitionerRole},
        {QStringLiteral("client_role"), terms.clientRole},
        {QStringLiteral("services_offered"), terms.servicesOffered},
        {QStringLiteral("services_not_offered"), terms.servicesNotOffered},
        {QStringLiteral("time_zone"), QString::fromLatin1(terms.timeZoneId)},
        {QStringLiteral("hours"), hours},
        {QStringLiteral("channels"), channels},
        {QStringLiteral("response_times"), terms.responseTimes},
        {QStringLiteral("emergency_definition"), terms.emergencyDefinition},
        {QStringLiteral("emergency_contact"), terms.emergencyContact},
        {QStringLiteral("paper_size"), PaperSizes::key(terms.paperSize)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<PracticeProfile> fromJson(const QByteArray &json) {
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("format")).toString() != TermsFormat)
        return std::nullopt;
    const auto text = [&object](const char *key) {
        return object.value(QLatin1String(key)).toString();
    };
    PracticeProfile terms;
    terms.name = text("name");
    terms.contactLine = text("contact_line");
    terms.logoPng = QByteArray::fromBase64(text("logo_png").toLatin1());
    for (const QJsonValue &value : object.value(QStringLiteral("practitioners")).toArray()) {
        const QJsonObject practitioner = value.toObject();
        terms.practitioners.append({practitioner.value(QStringLiteral("name")).toString(),
                                    practitioner.value(QStringLiteral("title")).toString()});
    }
    terms.practitionerRole = text("practitioner_role");
    terms.clientRole = text("client_role");
    terms.servicesOffered = text("services_offered");
    terms.servicesNotOffered = text("services_not_offered");
    terms.timeZoneId = text("time_zone").toLatin1();
    const QJsonArray hours = object.value(QStringLiteral("hours")).toArray();
    if (hours.size() != qsizetype(terms.hours.size()))
        return std::nullopt;
    for (qsizetype i = 0; i < hours.size(); ++i) {
        const QJsonObject day = hours.at(i).toObject();
        terms.hours.at(std::size_t(i)) = {
            day.value(QStringLiteral("open")).toBool(),
            QTime::fromString(day.value(QStringLiteral("start")).toString(), QStringLiteral("HH:mm")),
            QTime::fromString(day.value(QStringLiteral("end")).toString(), QStringLiteral("HH:mm"))};
    }
    for (const QJsonValue &value : object.value(QStringLiteral("channels")).toArray()) {
        const QJsonObject channel = value.toObject();
        const std::optional<ContactChannel> key =
            ContactChannels::fromKey(channel.value(QStringLiteral("channel")).toString());
        if (!key)
            return std::nullopt;
        terms.channels.append({*key, channel.value(QStringLiteral("allowed")).toBool(),
                               channel.value(QStringLiteral("response_time")).toString(),
                               channel.value(QStringLiteral("response_hours")).toInt()});
    }
    terms.responseTimes = text("response_times");
    terms.emergencyDefinition = text("emergency_definition");
    terms.emergencyContact = text("emergency_contact");
    terms.paperSize = PaperSizes::fromKey(text("paper_size")).value_or(PaperSize::A4);
    return terms;
}

} // namespace AgreementTerms

Agreement Agreement::start(const Client &client, const PolicyVersion &policy,
                           const PracticeProfile &profile) {
    Agreement agreement;
    agreement.documentId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    agreement.clientId = client.id;
    agreement.clientName = client.fullName.trimmed();
    agreement.policyVersion = policy.version;
    agreement.policySha256 = policy.sha256;
    agreement.terms = profile;
    for (const Boundary &boundary : policy.document.boundaries)
        agreement.discussions.append({boundary.key, false, {}, {}});
    agreement.consentText = defaultConsentText();
    agreement.intentText = defaultIntentText(agreement.clientName, profile.name);
    agreement.workstation = Workstation::hostName();
    agreement.osUser = Workstation::osUser();
    agreement.createdAt = Clock::nowUtc();
    agreement.updatedAt = agreement.createdAt;
    agreement.events.append({agreement.createdAt, AgreementEvents::opened(), {}});
    return agreement;
}

QString Agreement::defaultConsentText() {
    return tr("I agree to sign this agreement electronically. My electronic signature has the same meaning "
              "as my handwritten signature, and I will receive a copy of the signed agreement.");
}

QString Agreement::defaultIntentText(const QString &clientName, const QString &practiceName) {
    return tr("By signing, I, %1, confirm that we have discussed each boundary in this agreement, that my "
              "questions have been answered, and that I intend to work with %2 on these terms.")
        .arg(clientName.trimmed().isEmpty() ? tr("the client") : clientName.trimmed(),
             practiceName.trimmed().isEmpty() ? tr("the practice") : practiceName.trimmed());
}

BoundaryDiscussion *Agreement::discussion(const QString &boundaryKey) {
    for (BoundaryDiscussion &entry : discussions) {
        if (entry.boundaryKey == boundaryKey)
            return &entry;
    }
    return nullptr;
}

const BoundaryDiscussion *Agreement::discussion(const QString &boundaryKey) const {
    return const_cast<Agreement *>(this)->discussion(boundaryKey);
}

void Agreement::addEvent(const QString &kind, const QString &detail) {
    events.append({Clock::nowUtc(), kind, detail});
}

QStringList Agreement::problemsForSigning(const PolicyVersion &policy) const {
    QStringList problems;
    if (isSigned())
        problems.append(tr("The agreement has already been signed."));
    if (policy.version != policyVersion || policy.sha256 != policySha256)
        problems.append(tr("The agreement was prepared on a different policy version than version %1.")
                            .arg(policy.version));
    for (const Boundary &boundary : policy.document.boundaries) {
        const BoundaryDiscussion *entry = discussion(boundary.key);
        if (!entry || !entry->discussed)
            problems.append(tr("The boundary \"%1\" has not been marked as discussed.").arg(boundary.title));
    }
    if (!consentGiven) {
        problems.append(signingMode == SigningMode::Electronic
                            ? tr("The client has not consented to sign electronically.")
                            : tr("It has not been confirmed that the signed paper original exists."));
    }
    if (intentText.trimmed().isEmpty())
        problems.append(tr("The statement of intent to sign is missing."));
    const auto check = [&](const std::optional<Signature> &signature, const QString &missing) {
        if (!signature) {
            problems.append(missing);
            return;
        }
        if (signingMode == SigningMode::Paper && signature->method != SignatureMethod::Paper)
            problems.append(tr("On a paper agreement, %1 must be recorded as signed on paper.")
                                .arg(signature->signerName));
        if (signingMode == SigningMode::Electronic && signature->method == SignatureMethod::Paper)
            problems.append(tr("%1 signed on paper, but the agreement is signed electronically.")
                                .arg(signature->signerName));
        for (const QString &problem : signature->problems())
            problems.append(problem);
    };
    check(clientSignature, tr("The client has not signed."));
    check(practitionerSignature, tr("The practitioner has not countersigned."));
    return problems;
}

namespace AgreementStatuses {

QString label(AgreementStatus status, int signedVersion) {
    switch (status) {
    case AgreementStatus::None:
        return QStringLiteral("—");
    case AgreementStatus::Draft:
        return tr("Draft");
    case AgreementStatus::Signed:
        return tr("Signed v%1").arg(signedVersion);
    case AgreementStatus::ReacknowledgementDue:
        return tr("Re-acknowledgement due");
    }
    return {};
}

} // namespace AgreementStatuses

namespace Workstation {

QString hostName() {
    const QString name = QSysInfo::machineHostName();
    return name.isEmpty() ? tr("Unknown computer") : name;
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
    return user.isEmpty() ? tr("Unknown user") : user;
}

} // namespace Workstation

} // namespace bk
