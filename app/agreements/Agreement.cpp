// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/Agreement.h"

#include "app/agreements/DocumentParts.h"
#include "app/clients/Client.h"
#include "app/common/DocumentLanguage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <tuple>

namespace bk {

namespace {

// lupdate files these messages under "Agreement", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Agreement)
};

const QString TermsFormat = QStringLiteral("boundary-keeper-terms/1");

} // namespace

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
    agreement.beginDraft(client.id, client.fullName, profile);
    agreement.policyVersion = policy.version;
    agreement.policySha256 = policy.sha256;
    for (const Boundary &boundary : policy.document.boundaries)
        agreement.discussions.append({boundary.key, false, {}, {}});
    // The statements the client reads and signs are in the client's document language.
    if (!client.documentLanguage.isEmpty())
        agreement.language = client.documentLanguage;
    const DocumentLanguage language(agreement.language);
    // The consent ends with whom to ask for paper copies or to withdraw it: the practice's contact details.
    agreement.consentText =
        defaultConsentText(language) + QLatin1Char('\n') + DocumentParts::consentContact(language, profile);
    agreement.intentText = defaultIntentText(agreement.clientName, profile.name, language);
    return agreement;
}

void Agreement::carryOver(const Agreement &earlier) {
    const PracticeProfile &was = earlier.terms;
    terms.practitionerRole = was.practitionerRole;
    terms.clientRole = was.clientRole;
    terms.servicesOffered = was.servicesOffered;
    terms.servicesNotOffered = was.servicesNotOffered;
    terms.timeZoneId = was.timeZoneId;
    terms.hours = was.hours;
    terms.channels = was.channels;
    terms.responseTimes = was.responseTimes;
    terms.emergencyDefinition = was.emergencyDefinition;
    terms.emergencyContact = was.emergencyContact;
    for (BoundaryDiscussion &entry : discussions) {
        if (const BoundaryDiscussion *before = earlier.discussion(entry.boundaryKey)) {
            entry.questions = before->questions;
            entry.answers = before->answers;
        }
    }
}

QStringList Agreement::adjustedParts(const PracticeProfile &terms, const PracticeProfile &profile) {
    QStringList parts;
    if (std::tie(terms.practitionerRole, terms.clientRole, terms.servicesOffered, terms.servicesNotOffered) !=
        std::tie(profile.practitionerRole, profile.clientRole, profile.servicesOffered,
                 profile.servicesNotOffered))
        parts.append(Tr::tr("roles and scope"));
    if (std::tie(terms.timeZoneId, terms.hours) != std::tie(profile.timeZoneId, profile.hours))
        parts.append(Tr::tr("working hours"));
    if (terms.channels != profile.channels)
        parts.append(Tr::tr("contact channels"));
    if (terms.responseTimes != profile.responseTimes)
        parts.append(Tr::tr("response times"));
    if (std::tie(terms.emergencyDefinition, terms.emergencyContact) !=
        std::tie(profile.emergencyDefinition, profile.emergencyContact))
        parts.append(Tr::tr("emergencies"));
    return parts;
}

namespace {

// The default statements, looked up under "Agreement" in the interface's or a document's language.
const char *const ConsentText = QT_TRANSLATE_NOOP(
    "Agreement",
    "I agree to sign this agreement electronically. My electronic signature has the same meaning "
    "as my handwritten signature, and I will receive a copy of the signed agreement as a PDF file. "
    "I have been told that I may sign on paper instead; that I may ask the practice for a paper copy "
    "of the signed agreement at any time, free of charge; and that I may withdraw this consent at "
    "any time by telling the practice, after which documents will be given to me on paper (what I "
    "signed before stays valid). To open and keep the signed agreement I need a device that shows "
    "PDF files, and somewhere to save or print it.");
const char *const IntentText = QT_TRANSLATE_NOOP(
    "Agreement", "By signing, I, %1, confirm that we have discussed each boundary in this agreement, that my "
                 "questions have been answered, and that I intend to work with %2 on these terms.");

} // namespace

QString Agreement::defaultConsentText() {
    return Tr::tr(ConsentText);
}

QString Agreement::defaultConsentText(const DocumentLanguage &language) {
    return language.text("Agreement", ConsentText);
}

QString Agreement::defaultIntentText(const QString &clientName, const QString &practiceName) {
    return Tr::tr(IntentText)
        .arg(clientName.trimmed().isEmpty() ? Tr::tr("the client") : clientName.trimmed(),
             practiceName.trimmed().isEmpty() ? Tr::tr("the practice") : practiceName.trimmed());
}

QString Agreement::defaultIntentText(const QString &clientName, const QString &practiceName,
                                     const DocumentLanguage &language) {
    return language.text("Agreement", IntentText)
        .arg(clientName.trimmed().isEmpty()
                 ? language.text("Agreement", QT_TRANSLATE_NOOP("Agreement", "the client"))
                 : clientName.trimmed(),
             practiceName.trimmed().isEmpty()
                 ? language.text("Agreement", QT_TRANSLATE_NOOP("Agreement", "the practice"))
                 : practiceName.trimmed());
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

QStringList Agreement::problemsForSigning(const PolicyVersion &policy) const {
    QStringList problems;
    if (isSigned())
        problems.append(Tr::tr("The agreement has already been signed."));
    if (policy.version != policyVersion || policy.sha256 != policySha256)
        problems.append(Tr::tr("The agreement was prepared on a different policy version than version %1.")
                            .arg(policy.version));
    for (const Boundary &boundary : policy.document.boundaries) {
        const BoundaryDiscussion *entry = discussion(boundary.key);
        if (!entry || !entry->discussed)
            problems.append(
                Tr::tr("The boundary \"%1\" has not been marked as discussed.").arg(boundary.title));
    }
    problems.append(signingProblems());
    return problems;
}

namespace AgreementStatuses {

QString label(AgreementStatus status, int signedVersion) {
    switch (status) {
    case AgreementStatus::None:
        return QStringLiteral("—");
    case AgreementStatus::Draft:
        return Tr::tr("Draft");
    case AgreementStatus::Signed:
        return Tr::tr("Signed v%1").arg(signedVersion);
    case AgreementStatus::ReacknowledgementDue:
        return Tr::tr("Re-acknowledgement due");
    }
    return {};
}

} // namespace AgreementStatuses

} // namespace bk
