// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/clients/ClientValidator.h"

#include "app/common/DocumentLanguage.h"
#include "app/common/SupportedDates.h"
#include "app/common/TextChecks.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace bk {

namespace {
// lupdate files these messages under "ClientValidator", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(ClientValidator)
};
constexpr int MaxNameLength = 200;
constexpr int MaxNotesLength = 100000;

// A control character (ESC, BEL, CR…) in a field: refused, as it would drive the terminal that shows it.
// `message` names the field and takes the character as %1.
void checkControls(QList<ClientValidator::Problem> &problems, ClientValidator::Field field,
                   const QString &text, bool multiLine, const QString &message) {
    const QString found = TextChecks::firstControlCharacter(text, multiLine);
    if (!found.isEmpty())
        problems.append({field, message.arg(found)});
}
} // namespace

bool ClientValidator::isValidEmail(const QString &email) {
    // Deliberately simple: one @, a non-empty local part, a dotted domain, no spaces.
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return pattern.match(email).hasMatch();
}

bool ClientValidator::isValidPhone(const QString &phone) {
    // A leading +, then digits and the separators people type; at least 3 digits. A loop rather than
    // expressions: an import checks every row's number twice.
    int digits = 0;
    for (qsizetype i = 0; i < phone.size(); ++i) {
        const char16_t c = phone.at(i).unicode();
        if (c >= u'0' && c <= u'9')
            ++digits;
        else if (!(c == u'+' && i == 0) && !QStringView(u" ()./-").contains(QChar(c)))
            return false;
    }
    return digits >= 3;
}

QList<ClientValidator::Problem> ClientValidator::validate(const Client &client, const QDate &today) {
    QList<Problem> problems;
    const QString name = client.fullName.trimmed();
    if (name.isEmpty())
        problems.append({Field::FullName, Tr::tr("Enter the client's full name.")});
    else if (name.size() > MaxNameLength)
        problems.append(
            {Field::FullName, Tr::tr("The name is longer than %1 characters.").arg(MaxNameLength)});
    checkControls(problems, Field::FullName, client.fullName, false,
                  Tr::tr("The name holds a control character (%1); only printable characters are allowed."));
    if (client.preferredName.trimmed().size() > MaxNameLength)
        problems.append({Field::PreferredName,
                         Tr::tr("The preferred name is longer than %1 characters.").arg(MaxNameLength)});

    checkControls(
        problems, Field::PreferredName, client.preferredName, false,
        Tr::tr("The preferred name holds a control character (%1); only printable characters are allowed."));

    const QString email = client.email.trimmed();
    if (TextChecks::hasControlCharacters(email, false))
        problems.append(
            {Field::Email,
             Tr::tr("The email address holds a control character (%1); only printable characters are "
                    "allowed.")
                 .arg(TextChecks::firstControlCharacter(email, false))});
    else if (!email.isEmpty() && !isValidEmail(email))
        problems.append(
            {Field::Email,
             Tr::tr("“%1” is not an email address; it should look like name@example.com.").arg(email)});

    const QString phone = client.phone.trimmed();
    if (!phone.isEmpty() && !isValidPhone(phone))
        problems.append(
            {Field::Phone, Tr::tr("A phone number has at least 3 digits and may contain only digits, "
                                  "spaces, a leading + and ( ) - . /")});

    if (!client.startDate.isNull() && !SupportedDates::contains(client.startDate))
        problems.append({Field::StartDate, Tr::tr("The start date %1 is outside the supported range. %2")
                                               .arg(client.startDate.toString(QStringLiteral("yyyy-MM-dd")),
                                                    SupportedDates::rangeSentence())});
    else if (client.startDate.isValid() && client.startDate > today.addDays(MaxDaysAhead))
        problems.append(
            {Field::StartDate, Tr::tr("The start date %1 is more than a year ahead; check the year.")
                                   .arg(client.startDate.toString(Qt::ISODate))});
    if (client.notes.size() > MaxNotesLength)
        problems.append(
            {Field::Notes, Tr::tr("The notes are longer than %1 characters.").arg(MaxNotesLength)});
    checkControls(problems, Field::Notes, client.notes, true,
                  Tr::tr("The notes hold a control character (%1); only printable characters, tabs and line "
                         "breaks are allowed."));
    if (!client.documentLanguage.isEmpty() && !DocumentLanguage::isSupported(client.documentLanguage))
        problems.append(
            {Field::DocumentLanguage,
             Tr::tr("Documents cannot be written in \"%1\"; choose one of: %2.")
                 .arg(client.documentLanguage, DocumentLanguage::codes().join(QStringLiteral(", ")))});
    return problems;
}

QString ClientValidator::summary(const QList<Problem> &problems) {
    QStringList messages;
    for (const Problem &problem : problems)
        messages.append(problem.message);
    return messages.join(QLatin1Char(' '));
}

} // namespace bk
