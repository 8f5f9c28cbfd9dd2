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
} // namespace

QString PhoneNumbers::regionOf(const QByteArray &timeZoneId) {
    const QTimeZone zone(timeZoneId);
    QLocale::Territory territory = zone.isValid() ? zone.territory() : QLocale::AnyTerritory;
    if (territory == QLocale::AnyTerritory)
        territory = QLocale::system().territory();
    return QLocale::territoryToCode(territory);
}

PhoneNumbers::Reading PhoneNumbers::read(const QString &phone) const {
    Reading reading{phone.trimmed(), QString()};
    if (reading.written.isEmpty())
        return reading;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(reading.written.toStdString(), m_region.toStdString(), &number) !=
        PhoneNumberUtil::NO_PARSING_ERROR) {
        for (const QChar c : reading.written) {
            if (c.isDigit())
                reading.key.append(c);
        }
        return reading;
    }
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    reading.key = QString::fromStdString(formatted);
    // A number with an extension ("ext. 12") stays as typed: the extension is part of it.
    if (util->IsValidNumber(number) && !number.has_extension()) {
        util->Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
        reading.written = QString::fromStdString(formatted);
    }
    return reading;
}

} // namespace bk
