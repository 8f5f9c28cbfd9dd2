// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/import/PhoneNumbers.h"

#include <QLocale>
#include <QTimeZone>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

namespace bk {

namespace {
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

bool parse(const QString &phone, const QString &region, PhoneNumber *number) {
    const std::string text = phone.trimmed().toStdString();
    if (text.empty())
        return false;
    return PhoneNumberUtil::GetInstance()->Parse(text, region.toStdString(), number) ==
           PhoneNumberUtil::NO_PARSING_ERROR;
}
} // namespace

QString PhoneNumbers::regionOf(const QByteArray &timeZoneId) {
    const QTimeZone zone(timeZoneId);
    QLocale::Territory territory = zone.isValid() ? zone.territory() : QLocale::AnyTerritory;
    if (territory == QLocale::AnyTerritory)
        territory = QLocale::system().territory();
    return QLocale::territoryToCode(territory);
}

QString PhoneNumbers::key(const QString &phone) const {
    PhoneNumber number;
    if (parse(phone, m_region, &number)) {
        std::string formatted;
        PhoneNumberUtil::GetInstance()->Format(number, PhoneNumberUtil::E164, &formatted);
        return QString::fromStdString(formatted);
    }
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

QString PhoneNumbers::normalised(const QString &phone) const {
    PhoneNumber number;
    // A number with an extension ("ext. 12") stays as typed: the extension is part of it.
    if (!parse(phone, m_region, &number) || !PhoneNumberUtil::GetInstance()->IsValidNumber(number) ||
        number.has_extension())
        return phone.trimmed();
    std::string formatted;
    PhoneNumberUtil::GetInstance()->Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

} // namespace bk
