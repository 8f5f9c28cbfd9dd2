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

// A valid number in 64 bits: its country code (at most 999) in the top ten, then the count of its leading
// zeros (Italy's, at most 7) and whether it has one, then its national number (E.164 allows 15 digits in all,
// below 2^50). ReadAgain when it does not fit.
constexpr int NationalBits = 50;
constexpr int ItalianBit = 50;
constexpr int ZerosShift = 51;
constexpr int CountryShift = 54;

quint64 packed(const PhoneNumber &number) {
    const quint64 national = number.national_number();
    const int zeros = number.has_number_of_leading_zeros() ? number.number_of_leading_zeros() : 1;
    if (number.country_code() <= 0 || number.country_code() > 999 ||
        national >= (quint64(1) << NationalBits) || zeros < 0 || zeros > 7)
        return PhoneNumbers::ReadAgain;
    return quint64(number.country_code()) << CountryShift | quint64(zeros) << ZerosShift |
           quint64(number.italian_leading_zero() ? 1 : 0) << ItalianBit | national;
}

PhoneNumber unpacked(quint64 packed) {
    PhoneNumber number;
    number.set_country_code(int(packed >> CountryShift));
    number.set_national_number(packed & ((quint64(1) << NationalBits) - 1));
    if ((packed >> ItalianBit) & 1) {
        number.set_italian_leading_zero(true);
        number.set_number_of_leading_zeros(int((packed >> ZerosShift) & 7));
    }
    return number;
}
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
        reading.number = packed(number);
    }
    return reading;
}

QString PhoneNumbers::written(const QString &phone, quint64 number) const {
    if (number == AsTyped)
        return phone.trimmed();
    if (number == ReadAgain)
        return read(phone).written;
    std::string formatted;
    PhoneNumberUtil::GetInstance()->Format(unpacked(number), PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

} // namespace bk
